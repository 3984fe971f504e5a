// A HAR 1.2 file (browser devtools "Save all as HAR") as traffic (docs/formats.md "Traffic"):
// - each entry is a request on its own connection `har-N`, unless entries share a `connection` value
//   (then they are keep-alive requests on one connection, N counted in order of first use);
// - t = the entry's startedDateTime relative to the earliest entry, in seconds;
// - its response follows at t + time/1000 (on a shared connection, no later than the next request on it,
//   so every response answers its own request); entries whose response status is 0 (blocked or aborted
//   in the browser) have no response event;
// - the client is not in a HAR: 192.0.2.1 (TEST-NET-1) with one port per connection from 49152 up;
// - HTTP/2 pseudo-headers are dropped; `:authority` becomes Host when there is none (else the URL's host);
// - uri = path and query of request.url; httpVersion "HTTP/1.1" -> "1.1", "h2"/"HTTP/2" -> "2";
// - body = postData.text (or its params, form-encoded).

import { FileReadError, readInputFile } from '../input/files.js';
import { NotTextError } from '../input/bytes.js';
import { findJsonSyntaxError, jsonListOffsets, LineIndex, locateJson, type JsonPath } from '../input/jsonpos.js';
import { InputError, type RequestEvent, type ResponseEvent, type TrafficEvent } from './types.js';
import { describeValue, fieldPath } from './util.js';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function harVersion(v: unknown): string {
  const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (s === 'http/1.0') return '1.0';
  if (s === 'h2' || s === 'http/2' || s === 'http/2.0' || s === 'h2c') return '2';
  if (s === 'h3' || s.startsWith('h3-') || s === 'http/3' || s === 'http/3.0') return '3';
  return '1.1';
}

/** Path and query of a URL as written (no re-encoding), "/" when empty. */
function requestTarget(url: string): { target: string; authority: string | null } {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(url);
  let rest = m ? url.slice(m[0].length) : url;
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  if (rest === '' || rest.startsWith('?')) rest = `/${rest}`;
  const authority = m ? m[1]!.replace(/^[^@]*@/, '') : null;
  return { target: rest, authority: authority || null };
}

function nameValues(v: unknown): [string, string][] {
  if (!Array.isArray(v)) return [];
  const out: [string, string][] = [];
  for (const h of v) {
    if (h === null || typeof h !== 'object') continue;
    const { name, value } = h as { name?: unknown; value?: unknown };
    if (typeof name !== 'string' || name === '') continue;
    out.push([name, value === undefined || value === null ? '' : String(value)]);
  }
  return out;
}

function decodeBody(content: unknown): string {
  if (content === null || typeof content !== 'object') return '';
  const { text, encoding } = content as { text?: unknown; encoding?: unknown };
  if (typeof text !== 'string') return '';
  if (encoding !== 'base64') return text;
  const buf = Buffer.from(text, 'base64');
  const utf8 = buf.toString('utf8');
  return Buffer.from(utf8, 'utf8').equals(buf) ? utf8 : buf.toString('latin1');
}

/** Read a HAR file as traffic events, sorted by t. */
export function readHar(file: string): TrafficEvent[] {
  let text: string;
  try {
    text = readInputFile(file);
  } catch (e) {
    if (e instanceof FileReadError) throw new InputError(file, null, null, `cannot read the HAR file: ${e.reason}`);
    if (e instanceof NotTextError) throw new InputError(file, e.line, null, e.detail);
    throw e;
  }
  return harToEvents(text, file);
}

/** Convert HAR text (from `file`, named in messages) to traffic events, sorted by t. */
export function harToEvents(text: string, file: string): TrafficEvent[] {
  let har: unknown;
  let lines: LineIndex | null = null;
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(text));
  try {
    har = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const err = findJsonSyntaxError(text);
    const pos = lineIndex().pos(err?.offset ?? 0);
    throw new InputError(file, pos.line, null, `invalid JSON: ${err?.message ?? 'syntax error'}`, pos.column);
  }
  const fail = (path: JsonPath, detail: string): never => {
    const loc = locateJson(text, path);
    throw new InputError(file, lineIndex().pos(loc.offset).line, fieldPath(path), detail);
  };
  const log = (har as { log?: unknown } | null)?.log;
  const entries = (log as { entries?: unknown } | null | undefined)?.entries;
  if (!Array.isArray(entries)) {
    return fail(['log', 'entries'], 'expected a HAR 1.2 file: an object {"log": {"entries": [...]}}');
  }
  const offsets = jsonListOffsets(text, ['log', 'entries']);

  interface Item {
    index: number;
    start: number;
    duration: number;
    entry: Record<string, unknown>;
  }
  const items: Item[] = [];
  entries.forEach((e: unknown, index) => {
    if (e === null || typeof e !== 'object' || Array.isArray(e)) fail(['log', 'entries', index], `expected a HAR entry object, got ${describeValue(e)}`);
    const entry = e as Record<string, unknown>;
    const started = entry.startedDateTime;
    const start = typeof started === 'string' ? Date.parse(started) : NaN;
    if (Number.isNaN(start)) {
      fail(['log', 'entries', index, 'startedDateTime'], `must be an ISO 8601 date and time, got ${describeValue(started)}`);
    }
    const time = entry.time;
    const duration = typeof time === 'number' && Number.isFinite(time) && time > 0 ? time : 0;
    items.push({ index, start, duration, entry });
  });
  items.sort((a, b) => a.start - b.start || a.index - b.index);
  const t0 = items.length ? items[0]!.start : 0;
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;

  // Connections, in order of first use.
  const connOf = new Map<string, { id: string; client: string }>();
  const perEntryConn: { id: string; client: string }[] = [];
  let nConns = 0;
  const newConn = (): { id: string; client: string } => {
    const n = nConns++;
    const host = 1 + Math.floor(n / 16384);
    return { id: `har-${n + 1}`, client: `192.0.2.${host}:${49152 + (n % 16384)}` };
  };
  for (const it of items) {
    const c = it.entry.connection;
    if ((typeof c === 'string' && c !== '') || typeof c === 'number') {
      const key = String(c);
      let conn = connOf.get(key);
      if (!conn) connOf.set(key, (conn = newConn()));
      perEntryConn.push(conn);
    } else perEntryConn.push(newConn());
  }

  // The next request's time on the same connection, to keep each response before it.
  const nextOnConn: number[] = new Array(items.length).fill(Infinity);
  const lastIdx = new Map<string, number>();
  for (let i = items.length - 1; i >= 0; i--) {
    const id = perEntryConn[i]!.id;
    const j = lastIdx.get(id);
    if (j !== undefined) nextOnConn[i] = round((items[j]!.start - t0) / 1000);
    lastIdx.set(id, i);
  }

  const events: TrafficEvent[] = [];
  items.forEach((it, i) => {
    const { entry, index } = it;
    const at = (...p: (string | number)[]): JsonPath => ['log', 'entries', index, ...p];
    const origin = { file, line: lineIndex().pos(offsets[index] ?? 0).line };
    const req = entry.request as Record<string, unknown> | undefined;
    if (req === null || typeof req !== 'object') return fail(at('request'), `must be a HAR request object, got ${describeValue(req)}`);
    const method = req.method;
    if (typeof method !== 'string' || !TOKEN.test(method)) fail(at('request', 'method'), `must be an HTTP method like "GET", got ${describeValue(method)}`);
    const url = req.url;
    if (typeof url !== 'string' || url === '') return fail(at('request', 'url'), `must be a URL, got ${describeValue(url)}`);
    const { target, authority } = requestTarget(url);

    const headers: [string, string][] = [];
    let pseudoAuthority: string | null = null;
    for (const [name, value] of nameValues(req.headers)) {
      if (name.startsWith(':')) {
        if (name.toLowerCase() === ':authority') pseudoAuthority = value;
        continue;
      }
      if (TOKEN.test(name)) headers.push([name, value.replace(/[\r\n\0]/g, ' ')]);
    }
    if (!headers.some(([n]) => n.toLowerCase() === 'host')) {
      const host = pseudoAuthority ?? authority;
      if (host) headers.unshift(['Host', host]);
    }

    let body = '';
    const post = req.postData as { text?: unknown; params?: unknown } | undefined;
    if (post && typeof post === 'object') {
      if (typeof post.text === 'string') body = post.text;
      else if (Array.isArray(post.params)) {
        body = nameValues(post.params)
          .map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`)
          .join('&');
      }
    }
    const conn = perEntryConn[i]!;
    const t = round((it.start - t0) / 1000);
    const request: RequestEvent = {
      kind: 'request',
      t,
      conn: conn.id,
      client: conn.client,
      method: method as string,
      uri: target.replace(/[\s\0]/g, (c) => encodeURIComponent(c)),
      version: harVersion(req.httpVersion),
      headers,
      body,
      origin,
    };
    events.push(request);

    const res = entry.response as Record<string, unknown> | undefined;
    if (res && typeof res === 'object') {
      const status = res.status;
      if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) {
        const response: ResponseEvent = {
          kind: 'response',
          t: Math.max(t, Math.min(round(t + it.duration / 1000), nextOnConn[i]!)),
          conn: conn.id,
          status,
          headers: nameValues(res.headers)
            .filter(([n]) => !n.startsWith(':') && TOKEN.test(n))
            .map(([n, v]) => [n, v.replace(/[\r\n\0]/g, ' ')]),
          body: decodeBody(res.content),
          origin,
        };
        events.push(response);
      }
    }
  });
  // Stable: a response clamped to the next request's time stays before that request.
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.t - b.e.t || a.i - b.i).map((x) => x.e);
}
