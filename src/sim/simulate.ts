// Replaying traffic through the emulated virtual server: one output record per request, in
// request order, and a summary. Streaming: records leave as soon as nothing more can happen to
// them (the response arrived, the connection moved on or closed), so memory stays bounded.

import { FileReadError, readInputFile } from '../input/files.js';
import { NotTextError } from '../input/bytes.js';
import { literalValue } from '../syntax/ast.js';
import { parseRuleFile } from '../syntax/irule.js';
import { forEachCommand } from '../syntax/visit.js';
import { RuleLoadError, VirtualServer, type RuleSource, type TransactionOutcome } from '../bigip/virtual.js';
import { setClockSource } from '../tcl/commands/clock.js';
import { InputError, type Scenario, type TrafficEvent } from './types.js';
import { readTraffic } from './traffic.js';
import { Summary } from './summary.js';
import { jsonLine } from './jsonline.js';
import { heapGuard } from './memory.js';
import { conversationOf, DEFAULT_CONVERSATION } from './conversation.js';
import { PinTracker, type PinBreak } from './continuity.js';
import type { MemberState } from './types.js';

/** Epoch seconds of t = 0 (`clock seconds` in rules reads the simulated clock from here). */
export const SCENARIO_EPOCH = Date.UTC(2026, 0, 1) / 1000;

export interface OutputRecord {
  seq: number;
  t: number;
  conn: string;
  request: string;
  member: string | null;
  persist: { mode: string; key: string; result: string | null; timeout: number } | null;
  headers: { inserted: [string, string][]; removed: string[] };
  logs: string[];
  response: Record<string, unknown> | null;
  error: string | null;
  /** How the member was chosen (persist, lb, keep-alive, member, node, responded, lb-failed, virtual, error). */
  why: string;
  /** `virtual NAME`: the virtual server the request was sent to. */
  virtual?: string;
  /** The response body after the stream profile's rewrites (STREAM::expression), when they changed it. */
  streamed?: string;
  /** Present when this request broke its conversation's pin (docs/pinning.md "Pin breaks"). */
  pinBreak?: Omit<PinBreak, 'seq' | 't'>;
}

interface Pending {
  outcome: TransactionOutcome;
  done: boolean;
  /** The conversation the request belongs to (scenario `conversation:`), null when none says. */
  conversation: string | null;
  pinBreak: PinBreak | null;
}

/** What an observer (compare, the HTML report) learns with each record beyond the SPEC output. */
export interface RecordContext {
  outcome: TransactionOutcome;
  conversation: string | null;
  pinBreak: PinBreak | null;
  vs: VirtualServer;
}

export interface SimulationResult {
  summary: Record<string, unknown>;
}

export interface SimulateOptions {
  /** Called for each record, in request order. */
  onRecord(r: OutputRecord, context: RecordContext): void;
  /** Called every `sampleEvery` simulated seconds (and at the end), for time series. */
  onSample?(t: number, vs: VirtualServer): void;
  sampleEvery?: number;
  /** Called for each member state change. */
  onMemberState?(t: number, member: string, state: string): void;
  /** Called now and then with the number of traffic events read (for a progress bar). */
  onProgress?(events: number): void;
}

export function buildVirtualServer(scenario: Scenario, clock: { now(): number }): VirtualServer {
  const read = (file: string, attached: boolean): RuleSource => {
    const inline = scenario.ruleSources?.get(file);
    if (inline !== undefined) return { file, source: inline, attached };
    try {
      return { file, source: readInputFile(file), attached };
    } catch (e) {
      if (e instanceof FileReadError) throw new InputError(scenario.file, null, 'rules', `cannot read rule file ${e.message}`);
      if (e instanceof NotTextError) throw new InputError(file, e.line, null, e.detail);
      throw e;
    }
  };
  const rules = [...scenario.rules.map((f) => read(f, true)), ...(scenario.libraryRules ?? []).map((f) => read(f, false))];
  if (!scenario.virtual.profiles.persistence || scenario.virtual.profiles.persistence.type !== 'universal') {
    for (const r of rules) requireUniversalProfile(r.file, r.source, scenario.file);
  }
  try {
    const vs = new VirtualServer({
      virtual: scenario.virtual,
      pool: scenario.pool,
      pools: scenario.pools,
      datagroups: scenario.datagroups,
      hostname: scenario.hostname,
      rules,
      clock,
      limits: scenario.limits,
      facts: scenario.facts,
    });
    setClockSource(vs.interp, () => (SCENARIO_EPOCH + clock.now()) * 1000);
    return vs;
  } catch (e) {
    if (e instanceof RuleLoadError) throw new InputError(e.file, e.line, null, `${e.detail} (BIG-IP would refuse to load this rule)`, e.column);
    throw e;
  }
}

/** `persist uie` needs a universal persistence profile (docs/behaviour.md: refused, not guessed). */
function requireUniversalProfile(file: string, source: string, scenarioFile: string): void {
  forEachCommand(parseRuleFile(source), ({ cmd }) => {
    const w = cmd.words.map((x) => literalValue(x));
    if (w[0] === 'persist' && (w[1] === 'uie' || w[1] === 'universal')) {
      throw new InputError(
        file,
        cmd.loc.start.line,
        null,
        `"persist ${w[1]}" needs a universal persistence profile on the virtual server, and ${scenarioFile} has none (virtual.profiles.persistence: { type: universal }); BIG-IP's behaviour without one is undocumented, so irule refuses this configuration`,
      );
    }
  });
}

export async function simulate(scenario: Scenario, options: SimulateOptions): Promise<SimulationResult> {
  let now = 0;
  const clock = { now: () => now };
  const vs = buildVirtualServer(scenario, clock);
  const summary = new Summary(vs);
  const pins = new PinTracker((m) => memberState(vs, m));
  const replay: Replay = { vs, summary, pins, sources: scenario.conversation ?? DEFAULT_CONVERSATION };
  const pending: Pending[] = [];
  const byConn = new Map<string, Pending>();
  const emit = (force: boolean) => {
    while (pending.length > 0 && (pending[0]!.done || force || pending.length > 50_000)) {
      const p = pending.shift()!;
      if (byConn.get(p.outcome.conn) === p) byConn.delete(p.outcome.conn);
      const rec = toRecord(p.outcome);
      if (p.pinBreak) {
        const { seq: _seq, t: _t, ...brk } = p.pinBreak;
        rec.pinBreak = brk;
      }
      summary.add(rec, p.outcome);
      options.onRecord(rec, { outcome: p.outcome, conversation: p.conversation, pinBreak: p.pinBreak, vs });
    }
  };
  const initLogs = vs.init();
  summary.initLogs = initLogs;
  let count = 0;
  const step = options.onSample ? options.sampleEvery ?? 10 : Infinity;
  let nextSample = options.onSample ? 0 : Infinity;
  const guard = heapGuard();
  for await (const ev of readTraffic(scenario)) {
    guard();
    while (nextSample <= ev.t) {
      now = nextSample;
      options.onSample!(nextSample, vs);
      nextSample += step;
    }
    now = ev.t;
    count++;
    if (ev.kind === 'member') options.onMemberState?.(ev.t, ev.member, ev.state);
    if (options.onProgress && count % 10_000 === 0) options.onProgress(count);
    handle(replay, ev, byConn, pending);
    emit(false);
  }
  emit(true);
  options.onSample?.(now, vs);
  // Handlers the emulator never runs are part of the result, never silent (docs/behaviour.md "Events").
  const notRaised = vs.notRaised.length > 0 ? { notRaised: vs.notRaised.map((n) => `${n.rule} <${n.event}>: ${n.reason}`) } : {};
  return { summary: { ...summary.toJSON(now, pins.summary()), ...notRaised } };
}

interface Replay {
  vs: VirtualServer;
  summary: Summary;
  pins: PinTracker;
  sources: readonly import('./conversation.js').ConversationSource[];
}

function memberState(vs: VirtualServer, address: string): MemberState | undefined {
  for (const p of vs.pools.values()) {
    const m = p.find(address);
    if (m) return m.state;
  }
  return undefined;
}

/** The request's conversation and whether it broke the conversation's pin (at request time, when the member states are current). */
function classify(r: Replay, ev: Extract<TrafficEvent, { kind: 'request' }>, outcome: TransactionOutcome): { conversation: string | null; pinBreak: PinBreak | null } {
  const c = conversationOf(ev, r.sources);
  let id: string | null = c?.id ?? null;
  if (c?.by === 'persistence-key') id = outcome.persist ? (outcome.persist.mode === 'uie' ? outcome.persist.key : `${outcome.persist.mode}:${outcome.persist.key}`) : null;
  r.summary.countConversationSource(id === null ? 'none' : c!.by);
  if (id === null) return { conversation: null, pinBreak: null };
  const pinBreak = r.pins.observe(id, {
    seq: outcome.txn.seq,
    t: ev.t,
    conn: ev.conn,
    clientIp: ev.client.replace(/^\[?(.*?)\]?:\d+$/, '$1'),
    member: outcome.member,
    routing: outcome.routing,
    persist: outcome.persist,
    persistNone: outcome.txn.persist === 'none',
    request: ev,
  });
  return { conversation: id, pinBreak };
}

function handle(r: Replay, ev: TrafficEvent, byConn: Map<string, Pending>, pending: Pending[]): void {
  const { vs, summary } = r;
  switch (ev.kind) {
    case 'request': {
      const prev = byConn.get(ev.conn);
      if (prev) prev.done = true;
      const outcome = vs.request(ev.conn, ev.client, ev.t, {
        method: ev.method,
        uri: ev.uri,
        version: ev.version,
        headers: { items: ev.headers.map(([n, v]) => [n, v]) },
        body: ev.body,
      });
      const p: Pending = { outcome, done: outcome.member === null, ...classify(r, ev, outcome) };
      pending.push(p);
      byConn.set(ev.conn, p);
      break;
    }
    case 'response': {
      vs.response(ev.conn, ev.status, ev.headers, ev.body);
      const p = byConn.get(ev.conn);
      if (p && ev.status !== 101) p.done = true;
      else if (p && ev.status === 101) p.done = true;
      break;
    }
    case 'close': {
      const logs = vs.close(ev.conn);
      const p = byConn.get(ev.conn);
      if (p && !p.done) p.done = true;
      else if (logs.length > 0) summary.closeLogs.push(...logs);
      break;
    }
    case 'member':
      if (!vs.setMemberState(ev.member, ev.state)) {
        throw new InputError(ev.origin.file, ev.origin.line, 'member', `no pool member "${ev.member}" in the scenario`);
      }
      summary.memberEvent(ev.t, ev.member, ev.state);
      break;
  }
}

function toRecord(o: TransactionOutcome): OutputRecord {
  const txn = o.txn;
  const e = txn.effects;
  const req = txn.request;
  return {
    seq: txn.seq,
    t: txn.t,
    conn: o.conn,
    request: `${req.method} ${req.uri}`,
    member: o.member,
    persist: o.persist,
    headers: { inserted: e.inserted, removed: e.removed },
    logs: [...e.logs, ...e.hsl.map((m) => `HSL: ${m}`)],
    response: e.response ? responseJson(e.response) : null,
    error: txn.error,
    why: o.routing,
    ...(txn.virtualTarget ? { virtual: txn.virtualTarget } : {}),
    ...(txn.streamed !== null ? { streamed: txn.streamed } : {}),
  };
}

function responseJson(r: NonNullable<import('../bigip/host.js').RequestEffects['response']>): Record<string, unknown> {
  const out: Record<string, unknown> = { action: r.kind };
  if (r.status !== undefined) out.status = r.status;
  if (r.location !== undefined) out.location = r.location;
  if (r.headers !== undefined) out.headers = r.headers;
  if (r.body !== undefined) out.body = r.body;
  return out;
}

export function recordLine(r: OutputRecord): string {
  return jsonLine(r);
}

export function summaryLine(summary: Record<string, unknown>): string {
  return jsonLine({ summary });
}
