// irule compare: the numbers, checked against small cases computed by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/sim/compare.js';
import { loadScenario } from '../../src/sim/scenario.js';

function scenario(rule: string, traffic: object[], extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'irule-compare-'));
  writeFileSync(join(dir, 'rule.tcl'), rule);
  writeFileSync(join(dir, 'traffic.jsonl'), traffic.map((l) => JSON.stringify(l)).join('\n') + '\n');
  writeFileSync(
    join(dir, 'scenario.yaml'),
    `name: hand\nrules: [rule.tcl]\nvirtual: { name: /Common/vs, address: 203.0.113.1:443, profiles: { http: {}, oneconnect: true, persistence: { type: universal, timeout: 100 } } }\npool: { name: /Common/p, lb: round-robin, members: [10.0.0.1:80, 10.0.0.2:80] }\ntraffic: traffic.jsonl\n${extra}`,
  );
  return join(dir, 'scenario.yaml');
}

const byHeader = 'when HTTP_REQUEST {\n  persist uie [HTTP::header value X-Key] 100\n}\n';
const req = (t: number, conn: string, key: string, conversation: string) => ({ t, conn, client: '198.51.100.1:1000', method: 'GET', uri: '/', headers: [['X-Key', key]], conversation });

describe('compare metrics (hand-computed cases)', () => {
  it('a conversation whose key changes breaks ("new key"); a stable one does not: 1 of 2 follow-ups kept', async () => {
    const file = scenario(byHeader, [req(0, 'a', 'k1', 'A'), req(1, 'b', 'k2', 'B'), req(2, 'c', 'k1', 'A'), req(3, 'd', 'k3', 'B')]);
    // Round-robin: k1 -> .1, k2 -> .2, k1 hit -> .1, k3 new -> .1 (B moved from .2 to .1 by a new key).
    const m = await measure(loadScenario(file), 'r');
    expect(m.conversations).toBe(2);
    expect([m.pinKept, m.pinEligible, m.pinContinuity]).toEqual([1, 2, 0.5]);
    expect(m.brokenConversations).toBe(1);
    expect(m.pinBreaks).toEqual({ 'new-key': 1 });
    expect(m.breaks).toEqual([{ conversation: 'B', seq: 4, t: 3, from: '10.0.0.2:80', to: '10.0.0.1:80', cause: 'new-key', detail: 'header X-Key changed: "k2" → "k3"' }]);
    expect(m.perMember).toEqual({ '10.0.0.1:80': 3, '10.0.0.2:80': 1 });
    expect(m.skew).toBe(3);
  });

  it('a member that got no request is "idle", not an infinite skew', async () => {
    const m = await measure(loadScenario(scenario(byHeader, [req(0, 'a', 'k1', 'A')])), 'r');
    expect(m.skew).toBeNull();
    expect(m.idleMembers).toEqual(['10.0.0.2:80']);
  });

  it('a move because the member went down is a failover, not a break: continuity stays 1', async () => {
    const file = scenario(byHeader, [req(0, 'a', 'k1', 'A'), { t: 5, member: '10.0.0.1:80', state: 'down' }, req(10, 'b', 'k1', 'A')]);
    const m = await measure(loadScenario(file), 'r');
    expect(m.pinContinuity).toBe(1);
    expect([m.pinKept, m.pinEligible]).toEqual([0, 0]);
    expect(m.movedByFailover).toBe(1);
    expect(m.timelines[0]!.moves).toEqual([{ t: 10, from: '10.0.0.1:80', to: '10.0.0.2:80', cause: 'member-down' }]);
  });

  it('idle expiry (timeout 100 s) counts as a break when the new pick differs', async () => {
    const file = scenario(byHeader, [req(0, 'a', 'k1', 'A'), req(1, 'x', 'k9', 'X'), req(150, 'b', 'k1', 'A')]);
    // k1 -> .1, k9 -> .2, at 150 s k1 expired (last use 0 + 100) -> round-robin gives .1 again: no move.
    const same = await measure(loadScenario(file), 'r');
    expect(same.movedByExpiry).toBe(0);
    expect(same.pinContinuity).toBe(1);
    const file2 = scenario(byHeader, [req(0, 'a', 'k1', 'A'), req(150, 'b', 'k1', 'A')]);
    // k1 -> .1; at 150 s expired -> .2: moved by expiry.
    const m = await measure(loadScenario(file2), 'r');
    expect(m.movedByExpiry).toBe(1);
    expect(m.pinBreaks).toEqual({ 'idle-expiry': 1 });
    expect(m.pinContinuity).toBe(0);
  });

  it('the persistence table size is sampled over time', async () => {
    const file = scenario(byHeader, [req(0, 'a', 'k1', 'A'), req(5, 'b', 'k2', 'B'), req(250, 'c', 'k3', 'C')]);
    const m = await measure(loadScenario(file), 'r', 50);
    // Samples at 0, 50, 100, 150, 200, 250 (before the event at 250 is applied) and at the end.
    expect(m.series.t).toEqual([0, 50, 100, 150, 200, 250, 250]);
    expect(m.series.table).toEqual([0, 2, 1, 0, 0, 0, 1]);
  });
});
