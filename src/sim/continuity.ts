// Pin continuity, the one definition (docs/pinning.md "Pin continuity"): of the requests of a
// conversation after its first, the share that reach the member the previous one reached, counted
// only while that member was up. Every request that does not is a pin break with a cause. simulate's
// summary, compare, test and the HTML report all read these numbers from this module.

import type { Routing } from '../bigip/virtual.js';
import { keySource, type ConversationInput } from './conversation.js';
import type { MemberState } from '../bigip/config.js';

export const BREAK_CAUSES = [
  'new-key',
  'idle-expiry',
  'keep-alive',
  'no-persistence',
  'persist-none',
  'rule-chose',
  'rule-error',
  'lb-failed',
  'member-down',
  'member-disabled',
  'member-forced-offline',
] as const;
export type BreakCause = (typeof BREAK_CAUSES)[number];

/** Moves forced by the member's state: listed, but not counted against continuity. */
export function isFailover(cause: BreakCause): boolean {
  return cause === 'member-down' || cause === 'member-disabled' || cause === 'member-forced-offline';
}

export const CAUSE_TEXT: Record<BreakCause, string> = {
  'new-key': 'new persistence key',
  'idle-expiry': 'persistence record expired (idle timeout)',
  'keep-alive': 'keep-alive connection reused without OneConnect',
  'no-persistence': 'no persistence on this path',
  'persist-none': 'load-balanced after persist none',
  'rule-chose': 'the rule chose a member or node',
  'rule-error': 'rule error (connection reset)',
  'lb-failed': 'no member could take it',
  'member-down': 'failover: member down',
  'member-disabled': 'failover: member disabled',
  'member-forced-offline': 'failover: member forced offline',
};

export interface PinBreak {
  conversation: string;
  seq: number;
  t: number;
  from: string;
  /** null when the request reached no member (rule error, LB failure). */
  to: string | null;
  cause: BreakCause;
  /** What changed, in words (which key source, which connection). */
  detail: string;
}

/** What the tracker needs to know about one request and the decision made for it. */
export interface PinObservation {
  seq: number;
  t: number;
  conn: string;
  clientIp: string;
  member: string | null;
  routing: Routing;
  persist: { mode: string; key: string; result: string | null } | null;
  /** The rule ran `persist none` for this request. */
  persistNone: boolean;
  /** The request as the client sent it (for naming the source of a key). */
  request: ConversationInput;
}

interface ConvState {
  member: string;
  key: string | null;
  keySource: string | null;
  /** How the previous request was routed (a detour explains a later return to the persisted member). */
  routing: Routing;
  /** The previous request had no persistence (`persist none` when `persistNone`). */
  unpersisted: boolean;
  persistNone: boolean;
  last: number;
  broken: boolean;
}

export interface ContinuitySummary {
  conversations: number;
  /** Requests after a conversation's first whose previous member was up (the denominator). */
  pinEligible: number;
  /** Of those, the ones that reached that member. */
  pinKept: number;
  pinContinuity: number;
  /** Conversations with at least one counted break. */
  brokenConversations: number;
  /** Breaks by cause, failovers included (they are not counted against continuity). */
  pinBreaks: Partial<Record<BreakCause, number>>;
  /** Breaks forced by the member's state (down, disabled, forced offline). */
  movedByFailover: number;
  /** Breaks by idle expiry. */
  movedByExpiry: number;
  /** Conversations dropped from memory after `horizon` seconds idle (0 on normal runs). */
  conversationsForgotten?: number;
}

/** kept / eligible, rounded down to 4 decimals: a run with one break never shows as 100%. */
export function ratio(kept: number, eligible: number): number {
  return eligible === 0 ? 1 : Math.floor((kept / eligible) * 10000 + 1e-9) / 10000;
}

/** How every output shows a continuity: "95.24%". */
export function formatContinuity(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** The one-line explanation next to it: "40 of 42 requests kept their member; 2 conversations broke". */
export function continuityDetail(s: Pick<ContinuitySummary, 'pinKept' | 'pinEligible' | 'brokenConversations' | 'conversations'>): string {
  return `${s.pinKept} of ${s.pinEligible} follow-up requests kept their member; ${s.brokenConversations} of ${s.conversations} conversations broke`;
}

/** "new-key 3, keep-alive 1, member-down 2 (failover)" */
export function breaksText(b: ContinuitySummary['pinBreaks']): string {
  const parts = BREAK_CAUSES.filter((k) => b[k]).map((k) => `${k} ${b[k]}${isFailover(k) ? ' (failover)' : ''}`);
  return parts.length ? parts.join(', ') : 'none';
}

/**
 * Tracks conversations and classifies each request. Memory: one small entry per conversation; when more
 * than `maxLive` are held, those idle for more than `horizon` seconds are forgotten (their persistence
 * records are long gone too) and counted in `conversationsForgotten`.
 */
export class PinTracker {
  private readonly convs = new Map<string, ConvState>();
  private conversations = 0;
  private eligible = 0;
  private kept = 0;
  private broken = 0;
  private failovers = 0;
  private forgotten = 0;
  private readonly causes = new Map<BreakCause, number>();

  constructor(
    private readonly memberState: (member: string) => MemberState | undefined,
    private readonly horizon = 4 * 3600,
    private readonly maxLive = 500_000,
  ) {}

  /** Classify one request of conversation `id`; returns the break it is, if any. */
  observe(id: string, o: PinObservation): PinBreak | null {
    let c = this.convs.get(id);
    if (c) {
      this.convs.delete(id); // re-inserted below: the map stays in order of last use
    } else {
      if (this.convs.size >= this.maxLive) this.forget(o.t);
      if (o.member === null) return null; // a conversation starts at its first request that reaches a member
      this.conversations++;
      c = { member: o.member, key: o.persist?.key ?? null, keySource: null, routing: o.routing, unpersisted: o.persist === null, persistNone: o.persistNone, last: o.t, broken: false };
      if (c.key !== null) c.keySource = keySource(c.key, o.request, o.clientIp);
      this.convs.set(id, c);
      return null;
    }
    let brk: PinBreak | null = null;
    if (o.routing !== 'responded') {
      const prevState = this.memberState(c.member) ?? 'up';
      const moved = o.member !== c.member;
      if (prevState === 'up') {
        this.eligible++;
        if (!moved) this.kept++;
      }
      if (moved) {
        const cause: BreakCause = prevState === 'up' ? this.cause(c, o) : prevState === 'down' ? 'member-down' : prevState === 'disabled' ? 'member-disabled' : 'member-forced-offline';
        brk = { conversation: id, seq: o.seq, t: o.t, from: c.member, to: o.member, cause, detail: this.detail(cause, c, o) };
        this.causes.set(cause, (this.causes.get(cause) ?? 0) + 1);
        if (isFailover(cause)) this.failovers++;
        else if (!c.broken) {
          c.broken = true;
          this.broken++;
        }
      }
      if (o.member !== null) c.member = o.member;
      c.routing = o.routing;
      c.unpersisted = o.persist === null;
      c.persistNone = o.persistNone;
      if (o.persist) {
        if (o.persist.key !== c.key) c.keySource = keySource(o.persist.key, o.request, o.clientIp);
        c.key = o.persist.key;
      }
    }
    c.last = o.t;
    this.convs.set(id, c);
    return brk;
  }

  private cause(c: ConvState, o: PinObservation): BreakCause {
    if (o.routing === 'error') return 'rule-error';
    if (o.routing === 'lb-failed') return 'lb-failed';
    if (o.routing === 'keep-alive') return 'keep-alive';
    if (o.routing === 'member' || o.routing === 'node') return 'rule-chose';
    if (o.persist) {
      if (o.persist.key !== c.key) return 'new-key';
      if (o.persist.result === 'expired-new') return 'idle-expiry';
      // Same key, and its record names another member than the previous request reached: that request
      // was a detour (it did not follow or update the record).
      if (c.routing === 'keep-alive') return 'keep-alive';
      if (c.routing === 'member' || c.routing === 'node') return 'rule-chose';
      if (c.unpersisted) return c.persistNone ? 'persist-none' : 'no-persistence';
      return 'new-key';
    }
    return o.persistNone ? 'persist-none' : 'no-persistence';
  }

  private detail(cause: BreakCause, c: ConvState, o: PinObservation): string {
    const short = (k: string) => JSON.stringify(k.length > 40 ? `${k.slice(0, 39)}…` : k);
    switch (cause) {
      case 'new-key': {
        const key = o.persist!.key;
        if (c.key === null) return `persisted by ${short(key)} after requests without persistence`;
        if (key === c.key) {
          return o.persist!.result === 'hit'
            ? `the record for ${short(key)} names another member (another request with this key replaced it)`
            : `record for ${short(key)} not found (${o.persist!.result ?? 'no lookup'}: deleted, another pool or member down)`;
        }
        const now = keySource(key, o.request, o.clientIp);
        const before = c.keySource;
        if (now && now === before) return `${now} changed: ${short(c.key)} → ${short(key)}`;
        return `key ${short(c.key)} (${before ?? 'computed'}) → ${short(key)} (${now ?? 'computed'})`;
      }
      case 'idle-expiry':
        return `record for ${short(o.persist!.key)} expired`;
      case 'keep-alive':
        return o.routing === 'keep-alive'
          ? `connection ${o.conn} keeps the server its first request chose (no OneConnect)`
          : `back to the persisted member after the previous request rode another connection's server (no OneConnect)`;
      case 'no-persistence':
        return o.persist ? `back to the record for ${short(o.persist.key)} after the previous request was load-balanced without persistence` : 'the rule set no persistence for this request: load-balanced';
      case 'persist-none':
        return o.persist ? `back to the record for ${short(o.persist.key)} after the previous request ran persist none` : 'persist none: load-balanced';
      case 'rule-chose':
        return o.routing === 'member' || o.routing === 'node' ? `${o.routing === 'node' ? 'node' : 'pool member'} chosen by the rule` : 'back to the persisted member after the rule chose another one';
      case 'rule-error':
        return 'a Tcl error reset the connection';
      case 'lb-failed':
        return 'load balancing found no member';
      default:
        return `${c.member} was ${cause.slice('member-'.length)} at ${o.t}`;
    }
  }

  private forget(now: number): void {
    for (const [id, c] of this.convs) {
      if (c.last > now - this.horizon) break;
      this.convs.delete(id);
      this.forgotten++;
    }
  }

  summary(): ContinuitySummary {
    const pinBreaks: ContinuitySummary['pinBreaks'] = {};
    for (const k of BREAK_CAUSES) if (this.causes.has(k)) pinBreaks[k] = this.causes.get(k)!;
    return {
      conversations: this.conversations,
      pinEligible: this.eligible,
      pinKept: this.kept,
      pinContinuity: ratio(this.kept, this.eligible),
      brokenConversations: this.broken,
      pinBreaks,
      movedByFailover: this.failovers,
      movedByExpiry: this.causes.get('idle-expiry') ?? 0,
      ...(this.forgotten ? { conversationsForgotten: this.forgotten } : {}),
    };
  }
}
