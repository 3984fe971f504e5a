// The summary line of a simulation (docs/formats.md): counts per member, persistence keys, and pin
// continuity with its breaks by cause (computed by continuity.ts, the one definition).

import type { VirtualServer, TransactionOutcome } from '../bigip/virtual.js';
import type { MemberState } from '../bigip/config.js';
import type { OutputRecord } from './simulate.js';
import type { ContinuitySummary } from './continuity.js';

export class Summary {
  requests = 0;
  errors = 0;
  responded = 0;
  lbFailed = 0;
  readonly perMember = new Map<string, number>();
  private readonly keys = new Set<string>();
  /** Requests per conversation source ("field", "header:X-Conversation-ID", "none", ...). */
  readonly conversationsBy = new Map<string, number>();
  private readonly memberStates = new Map<string, MemberState>();
  readonly memberEvents: { t: number; member: string; state: MemberState }[] = [];
  initLogs: string[] = [];
  /** CLIENT_CLOSED lines that came after their connection's record was written (bounded). */
  readonly closeLogs: { length: number; slice(a: number, b: number): string[]; push(...l: string[]): void } = boundedLog(50);

  constructor(private readonly vs: VirtualServer) {
    for (const m of vs.members()) {
      this.perMember.set(m.address, 0);
      this.memberStates.set(m.address, m.state);
    }
  }

  memberEvent(t: number, member: string, state: MemberState): void {
    this.memberStates.set(member, state);
    this.memberEvents.push({ t, member, state });
  }

  add(r: OutputRecord, o: TransactionOutcome): void {
    this.requests++;
    if (r.error) this.errors++;
    if (o.routing === 'responded') this.responded++;
    if (o.routing === 'lb-failed') this.lbFailed++;
    if (r.member) this.perMember.set(r.member, (this.perMember.get(r.member) ?? 0) + 1);
    const p = o.txn.persist;
    if (p && p !== 'none') this.keys.add(`${p.mode}:${p.key}`);
  }

  countConversationSource(by: string): void {
    this.conversationsBy.set(by, (this.conversationsBy.get(by) ?? 0) + 1);
  }

  toJSON(now: number, pins: ContinuitySummary): Record<string, unknown> {
    return {
      requests: this.requests,
      errors: this.errors,
      keys: this.keys.size,
      perMember: Object.fromEntries(this.perMember),
      conversationsBy: Object.fromEntries([...this.conversationsBy].sort((x, y) => y[1] - x[1])),
      ...pins,
      responded: this.responded,
      lbFailed: this.lbFailed,
      persistRecords: this.vs.persist.liveCount(now),
      // Lines logged outside any request's record: RULE_INIT, and CLIENT_CLOSED after the last
      // request of a connection was reported (the first 50 are kept; the count is exact).
      ruleInitLogs: this.initLogs,
      closedLogs: this.closeLogs.length,
      closedLogSample: this.closeLogs.slice(0, 50),
    };
  }
}

/** Keeps the first `keep` lines and counts the rest. */
function boundedLog(keep: number) {
  const lines: string[] = [];
  let count = 0;
  return {
    get length() {
      return count;
    },
    slice: (a: number, b: number) => lines.slice(a, b),
    push(...l: string[]) {
      count += l.length;
      for (const x of l) if (lines.length < keep) lines.push(x);
    },
  };
}
