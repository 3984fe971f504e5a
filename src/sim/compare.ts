// Comparing pinning strategies on the same traffic: per rule, the pin continuity and its breaks (from
// continuity.ts through the simulation summary: the same numbers `simulate` prints), which requests
// broke a pin and why, load per member over time, and the size of the persistence table.

import type { VirtualServer } from '../bigip/virtual.js';
import type { Scenario } from './types.js';
import { simulate, type OutputRecord, type RecordContext } from './simulate.js';
import { isFailover, type BreakCause, type ContinuitySummary, type PinBreak } from './continuity.js';

export interface Move {
  t: number;
  from: string;
  to: string | null;
  cause: BreakCause;
}

export interface Timeline {
  conversation: string;
  broken: boolean;
  segments: { member: string; from: number; to: number; requests: number }[];
  moves: Move[];
}

/** One request, for the report's per-request table (small runs only). */
export interface RequestRow {
  seq: number;
  t: number;
  conversation: string | null;
  conn: string;
  request: string;
  member: string | null;
  why: string;
  persist: string;
  cause: BreakCause | null;
  error: string | null;
}

export interface RunMetrics extends ContinuitySummary {
  rule: string;
  scenario: string;
  requests: number;
  errors: number;
  responded: number;
  lbFailed: number;
  perMember: Record<string, number>;
  /** Busiest member's requests divided by the least busy one's; null when a member got none ("member idle"). */
  skew: number | null;
  /** Members that received no request. */
  idleMembers: string[];
  series: {
    t: number[];
    requests: Record<string, number[]>;
    connections: Record<string, number[]>;
    table: number[];
  };
  memberEvents: { t: number; member: string; state: string }[];
  /** The first BREAK_LIST breaks (failovers included), in request order; `breakCount` has them all. */
  breaks: PinBreak[];
  breakCount: number;
  /** Conversations that broke first (then failovers, then the first conversations), for the timeline chart. */
  timelines: Timeline[];
  /** Every request when the run has at most REQUEST_TABLE_LIMIT of them, else null. */
  requestRows: RequestRow[] | null;
  summary: Record<string, unknown>;
}

const TIMELINE_LIMIT = 40;
export const BREAK_LIST = 2000;
const REQUEST_TABLE_LIMIT = 2000;

interface ConvTrack {
  member: string;
  first: number;
  since: number;
  last: number;
  requests: number;
  timeline: Timeline | null;
}

/**
 * Timelines: the first TIMELINE_LIMIT conversations are drawn from their start; a later conversation is
 * drawn from its first move (its time on the first member is known from `since`). Broken conversations
 * push unbroken ones out of the chart. Memory: one small entry per conversation seen in the last
 * `horizon` seconds.
 */
class Timelines {
  private readonly convs = new Map<string, ConvTrack>();
  private readonly shown: Timeline[] = [];

  record(id: string, r: OutputRecord, brk: PinBreak | null): void {
    if (!r.member && !brk) return;
    let c = this.convs.get(id);
    if (!c) {
      if (!r.member) return;
      c = { member: r.member, first: r.t, since: r.t, last: r.t, requests: 0, timeline: null };
      if (this.shown.length < TIMELINE_LIMIT) c.timeline = this.start(id, c);
      this.convs.set(id, c);
    } else {
      this.convs.delete(id);
      this.convs.set(id, c);
    }
    if (brk) {
      if (!c.timeline) c.timeline = this.admit(id, c, !isFailover(brk.cause));
      if (c.timeline) {
        if (!isFailover(brk.cause)) c.timeline.broken = true;
        c.timeline.moves.push({ t: r.t, from: brk.from, to: brk.to, cause: brk.cause });
      }
      if (r.member) {
        c.member = r.member;
        c.since = r.t;
        c.requests = 0;
        c.timeline?.segments.push({ member: r.member, from: r.t, to: r.t, requests: 0 });
      }
    }
    c.last = r.t;
    c.requests++;
    const seg = c.timeline?.segments[c.timeline.segments.length - 1];
    if (seg && r.member) {
      seg.to = r.t;
      seg.requests++;
    }
    if (this.convs.size > 200_000) this.forget(r.t - 4 * 3600);
  }

  private start(id: string, c: ConvTrack): Timeline {
    const tl: Timeline = { conversation: id, broken: false, segments: [{ member: c.member, from: c.since, to: c.last, requests: c.requests }], moves: [] };
    this.shown.push(tl);
    return tl;
  }

  /** A conversation that just moved: shown if there is room, or instead of one that never broke. */
  private admit(id: string, c: ConvTrack, broken: boolean): Timeline | null {
    if (this.shown.length < TIMELINE_LIMIT) return this.start(id, c);
    let victim = -1;
    for (let i = this.shown.length - 1; i >= 0 && victim < 0; i--) {
      const t = this.shown[i]!;
      if (!t.broken && (broken || t.moves.length === 0)) victim = i;
    }
    if (victim < 0) return null;
    const old = this.shown.splice(victim, 1)[0]!;
    const owner = this.convs.get(old.conversation);
    if (owner) owner.timeline = null;
    return this.start(id, c);
  }

  private forget(before: number): void {
    for (const [id, c] of this.convs) {
      if (c.last > before) break;
      this.convs.delete(id);
    }
  }

  list(): Timeline[] {
    const rank = (t: Timeline) => (t.broken ? 0 : t.moves.length > 0 ? 1 : 2);
    return [...this.shown].sort((a, b) => rank(a) - rank(b) || a.segments[0]!.from - b.segments[0]!.from);
  }
}

export async function measure(scenario: Scenario, ruleLabel: string, sampleEvery = 10, forward?: (r: OutputRecord, ctx: RecordContext) => void): Promise<RunMetrics> {
  const perMember: Record<string, number> = {};
  const series: RunMetrics['series'] = { t: [], requests: {}, connections: {}, table: [] };
  const bucket: Record<string, number> = {};
  const memberEvents: RunMetrics['memberEvents'] = [];
  const timelines = new Timelines();
  const breaks: PinBreak[] = [];
  let breakCount = 0;
  let rows: RequestRow[] | null = [];
  let memberNames: string[] = [];

  const onRecord = (r: OutputRecord, ctx: RecordContext) => {
    forward?.(r, ctx);
    if (memberNames.length === 0) memberNames = ctx.vs.members().map((m) => m.address);
    if (ctx.pinBreak) {
      breakCount++;
      if (breaks.length < BREAK_LIST) breaks.push(ctx.pinBreak);
    }
    if (rows) {
      if (rows.length >= REQUEST_TABLE_LIMIT) rows = null;
      else {
        const p = r.persist;
        rows.push({ seq: r.seq, t: r.t, conversation: ctx.conversation, conn: r.conn, request: r.request, member: r.member, why: r.why, persist: p ? `${p.result ?? 'no lookup'} ${p.key}` : '', cause: ctx.pinBreak?.cause ?? null, error: r.error });
      }
    }
    if (ctx.conversation !== null) timelines.record(ctx.conversation, r, ctx.pinBreak);
    if (!r.member) return;
    perMember[r.member] = (perMember[r.member] ?? 0) + 1;
    bucket[r.member] = (bucket[r.member] ?? 0) + 1;
  };

  const onSample = (t: number, vs: VirtualServer) => {
    if (memberNames.length === 0) memberNames = vs.members().map((m) => m.address);
    series.t.push(t);
    const conns = vs.connectionsByMember();
    for (const m of memberNames) {
      (series.requests[m] ??= []).push(bucket[m] ?? 0);
      (series.connections[m] ??= []).push(conns.get(m) ?? 0);
      bucket[m] = 0;
    }
    series.table.push(vs.persist.liveCount(t));
  };

  const { summary } = await simulate(scenario, {
    onRecord,
    onSample,
    sampleEvery,
    onMemberState: (t, member, state) => memberEvents.push({ t, member, state }),
  });

  const s = summary as unknown as ContinuitySummary & { requests: number; errors: number; responded: number; lbFailed: number };
  const counts = memberNames.map((m) => perMember[m] ?? 0);
  const max = Math.max(0, ...counts);
  const min = Math.min(...counts);
  return {
    rule: ruleLabel,
    scenario: scenario.name,
    requests: s.requests,
    errors: s.errors,
    responded: s.responded,
    lbFailed: s.lbFailed,
    conversations: s.conversations,
    pinEligible: s.pinEligible,
    pinKept: s.pinKept,
    pinContinuity: s.pinContinuity,
    brokenConversations: s.brokenConversations,
    pinBreaks: s.pinBreaks,
    movedByFailover: s.movedByFailover,
    movedByExpiry: s.movedByExpiry,
    ...(s.conversationsForgotten ? { conversationsForgotten: s.conversationsForgotten } : {}),
    perMember: Object.fromEntries(memberNames.map((m) => [m, perMember[m] ?? 0])),
    skew: min === 0 ? (max === 0 ? 1 : null) : round4(max / min),
    idleMembers: memberNames.filter((m) => (perMember[m] ?? 0) === 0),
    series,
    memberEvents,
    breaks,
    breakCount,
    timelines: timelines.list(),
    requestRows: rows,
    summary,
  };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** A scenario with its rules replaced by one rule file. */
export function withRule(scenario: Scenario, rule: string): Scenario {
  return { ...scenario, rules: [rule] };
}
