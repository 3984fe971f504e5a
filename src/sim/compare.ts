// Comparing pinning strategies on the same traffic (issue 6): per rule, how many conversations
// stayed on one member while it was up, what broke the others (failover, idle expiry, a new key,
// keep-alive reuse), load per member over time, and the size of the persistence table.

import type { VirtualServer } from '../bigip/virtual.js';
import type { Scenario } from './types.js';
import { simulate, type OutputRecord, type RecordContext } from './simulate.js';

export type MoveReason = 'failover' | 'expiry' | 'new-key' | 'keep-alive' | 'other';

export interface Move {
  t: number;
  from: string;
  to: string;
  reason: MoveReason;
}

export interface Timeline {
  conversation: string;
  segments: { member: string; from: number; to: number; requests: number }[];
  moves: Move[];
}

export interface RunMetrics {
  rule: string;
  scenario: string;
  requests: number;
  errors: number;
  responded: number;
  conversations: number;
  /** Share of conversations that never moved while their member was up. */
  continuity: number;
  brokenByFailover: number;
  brokenByExpiry: number;
  brokenByNewKey: number;
  brokenOther: number;
  perMember: Record<string, number>;
  /** Busiest member's requests divided by the least busy one's (Infinity when one got none). */
  skew: number;
  series: {
    t: number[];
    requests: Record<string, number[]>;
    connections: Record<string, number[]>;
    table: number[];
  };
  memberEvents: { t: number; member: string; state: string }[];
  /** The first conversations (by first request), for the timeline chart. */
  timelines: Timeline[];
  summary: Record<string, unknown>;
}

const TIMELINE_LIMIT = 40;

interface ConvState {
  member: string;
  moved: Set<MoveReason>;
  timeline: Timeline | null;
}

export async function measure(scenario: Scenario, ruleLabel: string, sampleEvery = 10, forward?: (r: OutputRecord) => void): Promise<RunMetrics> {
  const members = new Map<string, string>(); // member -> current state
  const convs = new Map<string, ConvState>();
  const perMember: Record<string, number> = {};
  const series: RunMetrics['series'] = { t: [], requests: {}, connections: {}, table: [] };
  const bucket: Record<string, number> = {};
  const memberEvents: RunMetrics['memberEvents'] = [];
  const timelines: Timeline[] = [];
  let requests = 0;
  let errors = 0;
  let responded = 0;
  let memberNames: string[] = [];

  const onRecord = (r: OutputRecord, ctx: RecordContext) => {
    forward?.(r);
    requests++;
    if (memberNames.length === 0) memberNames = ctx.vs.members().map((m) => m.address);
    if (r.error) errors++;
    if (r.response) responded++;
    if (!r.member) return;
    perMember[r.member] = (perMember[r.member] ?? 0) + 1;
    bucket[r.member] = (bucket[r.member] ?? 0) + 1;
    const id = ctx.conversation ?? (r.persist ? `${r.persist.mode}:${r.persist.key}` : null);
    if (id === null) return;
    let c = convs.get(id);
    if (!c) {
      c = { member: r.member, moved: new Set(), timeline: null };
      if (timelines.length < TIMELINE_LIMIT) {
        c.timeline = { conversation: id, segments: [{ member: r.member, from: r.t, to: r.t, requests: 0 }], moves: [] };
        timelines.push(c.timeline);
      }
      convs.set(id, c);
    }
    if (c.member !== r.member) {
      const prevState = members.get(c.member) ?? 'up';
      const reason: MoveReason =
        prevState === 'down' || prevState === 'forced-offline' ? 'failover'
          : r.persist?.result === 'expired-new' ? 'expiry'
            : r.persist?.result === 'new' ? 'new-key'
              : r.why === 'keep-alive' ? 'keep-alive'
                : 'other';
      c.moved.add(reason);
      c.timeline?.moves.push({ t: r.t, from: c.member, to: r.member, reason });
      c.timeline?.segments.push({ member: r.member, from: r.t, to: r.t, requests: 0 });
      c.member = r.member;
    }
    const seg = c.timeline?.segments[c.timeline.segments.length - 1];
    if (seg) {
      seg.to = r.t;
      seg.requests++;
    }
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
    onMemberState: (t, member, state) => {
      members.set(member, state);
      memberEvents.push({ t, member, state });
    },
  });

  let continuous = 0;
  let failover = 0;
  let expiry = 0;
  let newKey = 0;
  let other = 0;
  for (const c of convs.values()) {
    const nonFailover = [...c.moved].filter((m) => m !== 'failover');
    if (nonFailover.length === 0) continuous++;
    if (c.moved.has('failover')) failover++;
    if (c.moved.has('expiry')) expiry++;
    if (c.moved.has('new-key')) newKey++;
    if (c.moved.has('keep-alive') || c.moved.has('other')) other++;
  }
  const counts = memberNames.map((m) => perMember[m] ?? 0);
  const max = Math.max(0, ...counts);
  const min = Math.min(...counts);
  return {
    rule: ruleLabel,
    scenario: scenario.name,
    requests,
    errors,
    responded,
    conversations: convs.size,
    continuity: convs.size === 0 ? 1 : round4(continuous / convs.size),
    brokenByFailover: failover,
    brokenByExpiry: expiry,
    brokenByNewKey: newKey,
    brokenOther: other,
    perMember: Object.fromEntries(memberNames.map((m) => [m, perMember[m] ?? 0])),
    skew: min === 0 ? (max === 0 ? 1 : Infinity) : round4(max / min),
    series,
    memberEvents,
    timelines,
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
