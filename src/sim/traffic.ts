// Traffic: JSON Lines read as a stream (docs/formats.md "Traffic"), inline scenario lists, HAR files.
// Every event is checked field by field; a problem is an InputError naming the line and field.

import { NotTextError, TextStreamDecoder } from '../input/bytes.js';
import { createReadStream, type ReadStream } from 'node:fs';
import { FileReadError, getMaxInputBytes, requireRegularFile } from '../input/files.js';
import { HOST_PORT_EXPECTED, parseHostPort } from './address.js';
import { readHar } from './har.js';
import { headerLimitProblem } from './header-limits.js';
import { findJsonSyntaxError, type JsonPath } from '../input/jsonpos.js';
import { InputError, type MemberState, type Scenario, type TrafficEvent } from './types.js';
import { describeValue, fieldPath, unknownFieldMessage } from './util.js';

const MEMBER_STATES: readonly MemberState[] = ['up', 'down', 'disabled', 'forced-offline'];
const VERSIONS: Record<string, string> = {
  '1.0': '1.0',
  '1': '1.0',
  '1.1': '1.1',
  '2': '2',
  '2.0': '2',
  '3': '3',
  '3.0': '3',
  'HTTP/1.0': '1.0',
  'HTTP/1.1': '1.1',
  'HTTP/2': '2',
  'HTTP/2.0': '2',
  'HTTP/3': '3',
};
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELDS = {
  request: ['t', 'conn', 'client', 'method', 'uri', 'version', 'headers', 'body', 'conversation'],
  response: ['t', 'conn', 'response'],
  member: ['t', 'member', 'state'],
  close: ['t', 'close'],
} as const;
const REQUIRED = {
  request: 'a request has t, conn, client, method, uri and headers',
  response: 'a response has t, conn and response {status, headers}',
  member: 'a member state change has t, member and state',
  close: 'a close has t and close',
} as const;

/** Where an event's text is, for messages. */
export interface EventContext {
  file: string;
  /** Line of the event (a JSON Lines line, or the YAML line of an inline list item). */
  line: number;
  /** Field path of the event itself ("" for a JSON Lines line, "traffic[3]" inline). */
  prefix: string;
  /** Line of a field inside the event, when the source knows it (inline YAML). */
  lineOf?: (path: JsonPath) => number | null;
  /** Member addresses the traffic may name in state changes (normalised); any when absent. */
  members?: ReadonlySet<string>;
}

function fail(ctx: EventContext, path: JsonPath, detail: string): never {
  const line = (ctx.lineOf && ctx.lineOf(path)) ?? ctx.line;
  const rel = fieldPath(path);
  const field = ctx.prefix ? (rel ? (rel.startsWith('[') ? ctx.prefix + rel : `${ctx.prefix}.${rel}`) : ctx.prefix) : rel;
  throw new InputError(ctx.file, line, field || null, detail);
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function need(o: Record<string, unknown>, k: string, kind: keyof typeof REQUIRED, ctx: EventContext): unknown {
  const v = o[k];
  if (v === undefined) fail(ctx, [k], `is required (${REQUIRED[kind]})`);
  return v;
}

function connId(v: unknown, k: string, ctx: EventContext): string {
  if (typeof v === 'string' && v.length > 0) return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return fail(ctx, [k], `must be a connection id (a non-empty string), got ${describeValue(v)}`);
}

function headerList(v: unknown, path: JsonPath, ctx: EventContext): [string, string][] {
  if (!Array.isArray(v)) fail(ctx, path, `must be a list of [name, value] pairs, got ${describeValue(v)}`);
  const out: [string, string][] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const p = v[i];
    if (!Array.isArray(p) || p.length !== 2) fail(ctx, [...path, i], `expected a [name, value] pair, got ${describeValue(p)}`);
    const [name, value] = p as unknown[];
    if (typeof name !== 'string' || !TOKEN.test(name)) {
      fail(ctx, [...path, i, 0], `must be a header name (letters, digits and !#$%&'*+-.^_\`|~), got ${describeValue(name)}`);
    }
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
    else return fail(ctx, [...path, i, 1], `must be a header value (a string), got ${describeValue(value)}`);
    if (/[\r\n\0]/.test(text)) fail(ctx, [...path, i, 1], 'must not contain CR, LF or NUL');
    out[i] = [name, text];
  }
  return out;
}

function bodyText(o: Record<string, unknown>, path: JsonPath, ctx: EventContext): string {
  const v = o.body;
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') fail(ctx, path, `must be a string, got ${describeValue(v)}`);
  return v;
}

/**
 * Check one parsed traffic event and build the TrafficEvent. Throws InputError on the first problem.
 * Used for JSON Lines lines and inline scenario lists alike, so both give the same messages.
 */
export function toTrafficEvent(raw: unknown, ctx: EventContext): TrafficEvent {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(ctx, [], `expected an event object {"t": ..., ...}, got ${describeValue(raw)}`);
  }
  const o = raw as Record<string, unknown>;
  const kind: keyof typeof FIELDS = has(o, 'response')
    ? 'response'
    : has(o, 'close')
      ? 'close'
      : has(o, 'member') || has(o, 'state')
        ? 'member'
        : 'request';
  if (kind === 'request' && !has(o, 'method') && !has(o, 'uri') && !has(o, 'client')) {
    fail(ctx, [], 'expected an event: a request (method, uri, ...), a response, a member state change or a close');
  }
  const allowed: readonly string[] = FIELDS[kind];
  for (const k in o) {
    if (!allowed.includes(k)) fail(ctx, [k], unknownFieldMessage(k, allowed, `a ${kind === 'member' ? 'member state change' : kind} event`));
  }
  const t = need(o, 't', kind, ctx);
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) fail(ctx, ['t'], `must be a number of seconds >= 0, got ${describeValue(t)}`);
  const origin = { file: ctx.file, line: ctx.line };

  switch (kind) {
    case 'request': {
      const conn = connId(need(o, 'conn', kind, ctx), 'conn', ctx);
      const client = need(o, 'client', kind, ctx);
      const hp = typeof client === 'string' ? parseHostPort(client) : null;
      if (!hp) return fail(ctx, ['client'], `${HOST_PORT_EXPECTED}, got ${describeValue(client)}`);
      const method = need(o, 'method', kind, ctx);
      if (typeof method !== 'string' || !TOKEN.test(method)) {
        fail(ctx, ['method'], `must be an HTTP method like "GET", got ${describeValue(method)}`);
      }
      const uri = need(o, 'uri', kind, ctx);
      if (typeof uri !== 'string' || uri.length === 0 || /[\s\0]/.test(uri)) {
        fail(ctx, ['uri'], `must be a request target like "/path?query" (no spaces), got ${describeValue(uri)}`);
      }
      let version = '1.1';
      const vraw = o.version;
      if (vraw !== undefined) {
        const v = typeof vraw === 'string' || typeof vraw === 'number' ? VERSIONS[String(vraw)] : undefined;
        if (!v) fail(ctx, ['version'], `must be "1.0", "1.1", "2" or "3", got ${describeValue(vraw)}`);
        version = v;
      }
      const headers = headerList(need(o, 'headers', kind, ctx), ['headers'], ctx);
      const tooBig = headerLimitProblem(headers);
      if (tooBig) fail(ctx, ['headers'], tooBig);
      const body = bodyText(o, ['body'], ctx);
      // Optional ground truth written by `irule traffic`: which conversation this request belongs to.
      if (o.conversation !== undefined && typeof o.conversation !== 'string') fail(ctx, ['conversation'], `must be a string, got ${describeValue(o.conversation)}`);
      const conversation = typeof o.conversation === 'string' ? o.conversation : undefined;
      return { kind, t, conn, client: hp.text, method, uri, version, headers, body, origin, ...(conversation !== undefined ? { conversation } : {}) };
    }
    case 'response': {
      const conn = connId(need(o, 'conn', kind, ctx), 'conn', ctx);
      const r = o.response;
      if (r === null || typeof r !== 'object' || Array.isArray(r)) {
        return fail(ctx, ['response'], `must be a map {status, headers, body}, got ${describeValue(r)}`);
      }
      const ro = r as Record<string, unknown>;
      for (const k in ro) {
        if (k !== 'status' && k !== 'headers' && k !== 'body') fail(ctx, ['response', k], unknownFieldMessage(k, ['status', 'headers', 'body'], 'a response'));
      }
      const status = ro.status;
      if (status === undefined) fail(ctx, ['response', 'status'], 'is required (a response has status and headers)');
      if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
        fail(ctx, ['response', 'status'], `must be an HTTP status code (100-599), got ${describeValue(status)}`);
      }
      if (ro.headers === undefined) fail(ctx, ['response', 'headers'], 'is required (a response has status and headers)');
      const headers = headerList(ro.headers, ['response', 'headers'], ctx);
      const body = bodyText(ro, ['response', 'body'], ctx);
      return { kind, t, conn, status, headers, body, origin };
    }
    case 'member': {
      const m = need(o, 'member', kind, ctx);
      const hp = typeof m === 'string' ? parseHostPort(m) : null;
      if (!hp) return fail(ctx, ['member'], `${HOST_PORT_EXPECTED}, got ${describeValue(m)}`);
      if (ctx.members && !ctx.members.has(hp.text)) {
        const list = [...ctx.members];
        const shown = list.slice(0, 6).join(', ') + (list.length > 6 ? ', ...' : '');
        fail(ctx, ['member'], `${hp.text} is not a member of any pool${list.length ? ` (members: ${shown})` : ''}`);
      }
      const state = need(o, 'state', kind, ctx);
      if (typeof state !== 'string' || !(MEMBER_STATES as readonly string[]).includes(state)) {
        fail(ctx, ['state'], `must be one of ${MEMBER_STATES.join(', ')}, got ${describeValue(state)}`);
      }
      return { kind, t, member: hp.text, state: state as MemberState, origin };
    }
    case 'close': {
      const conn = connId(o.close, 'close', ctx);
      return { kind, t, conn, origin };
    }
  }
}

/** Every member address of the scenario's pools (normalised), for checking member state events. */
export function scenarioMembers(s: Pick<Scenario, 'pool' | 'pools'>): Set<string> {
  const out = new Set<string>();
  for (const p of [s.pool, ...s.pools]) for (const m of p.members) out.add(m.address);
  return out;
}

/** Throws when `t` went backwards (`lastLine`: where the later time was). */
export function checkOrder(t: number, lastT: number, lastLine: number, ctx: EventContext): void {
  if (t < lastT) fail(ctx, ['t'], `must not decrease: ${t} comes after ${lastT} (line ${lastLine})`);
}

/**
 * The scenario's traffic, event by event, checked as it is read. A JSON Lines file is streamed (memory
 * stays bounded whatever its size); a HAR file is read whole; inline events were checked when loaded.
 * A problem surfaces as an InputError thrown from the iteration.
 */
export function readTraffic(scenario: Scenario): AsyncIterable<TrafficEvent> {
  const tr = scenario.traffic;
  if ('events' in tr) return fromList(tr.events);
  if (/\.har$/i.test(tr.file)) return fromList(readHar(tr.file));
  return readJsonLines(tr.file, scenarioMembers(scenario));
}

async function* fromList(events: TrafficEvent[]): AsyncGenerator<TrafficEvent> {
  yield* events;
}

/**
 * Stream a JSON Lines traffic file: one chunk of the file and its lines in memory at a time, each line
 * parsed and checked when the consumer asks for it (so events before a bad line are all delivered first).
 * `members`: the addresses member state events may name (any when absent).
 */
export function readJsonLines(file: string, members?: ReadonlySet<string>): AsyncIterable<TrafficEvent> {
  return { [Symbol.asyncIterator]: () => new JsonLinesReader(file, members) };
}

/** Longest traffic line (characters): the input size cap (--max-input-size), 64 MiB by default, as
 * long as the longest string a rule may build. The file as a whole streams and has no cap. */
const maxTrafficLine = (): number => getMaxInputBytes();

class JsonLinesReader implements AsyncIterator<TrafficEvent> {
  private stream: ReadStream | null = null;
  private chunks: AsyncIterator<Buffer> | null = null;
  /** Strict UTF-8 (src/input/bytes.ts): a binary or non-UTF-8 traffic file is named, not garbled. */
  private readonly decoder = new TextStreamDecoder();
  private lines: string[] = [];
  private next_ = 0;
  /** The unfinished last line, in the pieces it came in. */
  private restParts: string[] = [];
  private restLength = 0;
  private ended = false;
  private readonly ctx: EventContext;
  private lastT = 0;
  private lastLine = 0;

  constructor(private readonly file: string, members: ReadonlySet<string> | undefined) {
    this.ctx = { file, line: 0, prefix: '', members };
  }

  async next(): Promise<IteratorResult<TrafficEvent>> {
    try {
      for (;;) {
        while (this.next_ < this.lines.length) {
          const ev = this.parse(this.lines[this.next_++]!);
          if (ev) return { done: false, value: ev };
        }
        if (this.ended) {
          this.close();
          return { done: true, value: undefined };
        }
        await this.fill();
      }
    } catch (e) {
      this.close();
      this.ended = true;
      this.lines = [];
      throw e;
    }
  }

  async return(): Promise<IteratorResult<TrafficEvent>> {
    this.close();
    this.ended = true;
    this.lines = [];
    return { done: true, value: undefined };
  }

  private close(): void {
    this.stream?.destroy();
    this.stream = null;
  }

  private async fill(): Promise<void> {
    if (!this.chunks) {
      const file = this.file;
      try {
        requireRegularFile(file);
      } catch (e) {
        if (e instanceof FileReadError) throw new InputError(file, null, null, `cannot read the traffic file: ${e.reason}`);
        throw e;
      }
      this.stream = createReadStream(file, { highWaterMark: 1 << 16 });
      this.chunks = (this.stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    }
    const r = await this.chunks.next();
    this.next_ = 0;
    let text = '';
    try {
      if (r.done) this.decoder.end();
      else text = this.decoder.write(r.value);
    } catch (e) {
      if (e instanceof NotTextError) throw new InputError(this.file, e.line, null, e.detail);
      throw e;
    }
    if (r.done) {
      this.ended = true;
      const rest = this.restParts.join('');
      this.lines = rest === '' ? [] : [rest];
      this.restParts = [];
      this.restLength = 0;
      return;
    }
    // A line longer than a chunk is kept as pieces and joined once, at its newline: re-joining the
    // growing remainder at every chunk made one 30 MB line take seconds (quadratic).
    const chunk = text;
    const nl = chunk.indexOf('\n');
    if (nl < 0) {
      this.restLength += chunk.length;
      if (this.restLength > maxTrafficLine()) {
        throw new InputError(this.file, this.ctx.line + 1, null, `line longer than ${maxTrafficLine()} characters (the input limit; raise it with --max-input-size)`);
      }
      this.restParts.push(chunk);
      this.lines = [];
      return;
    }
    const parts = chunk.split('\n');
    this.restParts.push(parts[0]!);
    parts[0] = this.restParts.join('');
    this.restParts = [parts.pop()!];
    this.restLength = this.restParts[0]!.length;
    this.lines = parts;
  }

  private parse(text: string): TrafficEvent | null {
    const ctx = this.ctx;
    ctx.line++;
    if (text.length > maxTrafficLine()) {
      throw new InputError(this.file, ctx.line, null, `line longer than ${maxTrafficLine()} characters (the input limit; raise it with --max-input-size)`);
    }
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    if (ctx.line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const first = firstNonSpace(text);
    if (first < 0 || (text.charCodeAt(first) === 47 && text.charCodeAt(first + 1) === 47)) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      const err = findJsonSyntaxError(text);
      throw new InputError(this.file, ctx.line, null, `invalid JSON: ${err?.message ?? 'syntax error'}`, err ? err.offset + 1 : null);
    }
    const ev = toTrafficEvent(raw, ctx);
    if (ev.t < this.lastT) checkOrder(ev.t, this.lastT, this.lastLine, ctx);
    this.lastT = ev.t;
    this.lastLine = ctx.line;
    return ev;
  }
}

function firstNonSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return i;
  }
  return -1;
}
