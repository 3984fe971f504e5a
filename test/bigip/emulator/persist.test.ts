// Persistence (docs/bigip-reference.md §4): records, idle timeout, member states, persist none/add/lookup/delete/source_addr.

import { afterAll, describe, expect, it } from 'vitest';
import { M1, M2, M3, cleanup, direct, member, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

/** A rule pinning on the X-Key header; X-Timeout, when sent, overrides the profile timeout. */
const pin = `when HTTP_REQUEST {
  set k [HTTP::header X-Key]
  if {$k eq ""} { return }
  if {[HTTP::header exists X-Timeout]} { persist uie $k [HTTP::header X-Timeout] } else { persist uie $k }
}`;

const keyed = (t: number, conn: string, key: string, extra: [string, string][] = []) =>
  req(t, conn, '/', { headers: [['Host', 'app.example'], ['X-Key', key], ...extra] });

describe('records', () => {
  it('docs/bigip-reference.md §4.1/§4.2: a record is created when load balancing succeeds; later requests with the key hit it', async () => {
    const { records, summary } = await run({
      rules: { pin },
      traffic: [keyed(0, 'c1', 'alice'), keyed(1, 'c2', 'bob'), keyed(2, 'c3', 'alice'), keyed(3, 'c4', 'bob'), keyed(4, 'c5', 'carol')],
    });
    expect(records.map((r) => [r.member, r.persist?.result, r.why])).toEqual([
      [M1, 'new', 'lb'],
      [M2, 'new', 'lb'],
      [M1, 'hit', 'persist'],
      [M2, 'hit', 'persist'],
      [M3, 'new', 'lb'],
    ]);
    expect(records[0]!.persist).toEqual({ mode: 'uie', key: 'alice', result: 'new', timeout: 180 });
    expect(summary.keys).toBe(3);
    expect(summary.persistRecords).toBe(3);
    expect(summary.pinContinuity).toBe(1);
  });

  it('docs/bigip-reference.md §4.2: no record is created when load balancing fails', async () => {
    const { records } = await run({
      rules: { pin },
      members: [{ address: M1, state: 'down' }, M2],
      traffic: [member(0, M2, 'down'), keyed(1, 'c1', 'alice'), member(2, M2, 'up'), keyed(3, 'c2', 'alice'), keyed(4, 'c3', 'alice')],
    });
    expect(records.map((r) => [r.member, r.persist?.result ?? null, r.why])).toEqual([
      [null, null, 'lb-failed'],
      [M2, 'new', 'lb'],
      [M2, 'hit', 'persist'],
    ]);
  });
});

describe('idle timeout', () => {
  it('docs/bigip-reference.md §4.3: every hit restarts the idle timer', async () => {
    const { records, summary } = await run({
      rules: { pin },
      persistTimeout: 10,
      traffic: [keyed(0, 'c1', 'k'), keyed(8, 'c2', 'k'), keyed(16, 'c3', 'k'), keyed(25.5, 'c4', 'k'), keyed(35.5, 'c5', 'k')],
    });
    expect(records.map((r) => r.persist?.result)).toEqual(['new', 'hit', 'hit', 'hit', 'expired-new']);
    expect(records.slice(0, 4).every((r) => r.member === M1)).toBe(true);
    expect(records[4]!.member).toBe(M2);
    expect(summary.movedByExpiry).toBe(1);
  });

  it('docs/bigip-reference.md §4.3: a record expires exactly at lastUsed + timeout (a hit just before, expired-new at the boundary)', async () => {
    const { records } = await run({
      rules: { pin },
      persistTimeout: 10,
      traffic: [
        keyed(0, 'c1', 'before'),
        keyed(0, 'c2', 'at'),
        keyed(9.999, 'c3', 'before'),
        keyed(10, 'c4', 'at'),
      ],
    });
    expect(records.map((r) => [r.persist?.key, r.persist?.result])).toEqual([
      ['before', 'new'],
      ['at', 'new'],
      ['before', 'hit'],
      ['at', 'expired-new'],
    ]);
  });

  it('docs/bigip-reference.md §4.1/§4.3: persist uie KEY TIMEOUT overrides the profile default for that record', async () => {
    const { records } = await run({
      rules: { pin },
      persistTimeout: 180,
      traffic: [
        keyed(0, 'c1', 'short', [['X-Timeout', '5']]),
        keyed(0, 'c2', 'long'),
        keyed(6, 'c3', 'short', [['X-Timeout', '5']]),
        keyed(6, 'c4', 'long'),
        keyed(179, 'c5', 'long'),
        keyed(359, 'c6', 'long'),
      ],
    });
    expect(records.map((r) => [r.persist?.key, r.persist?.result, r.persist?.timeout])).toEqual([
      ['short', 'new', 5],
      ['long', 'new', 180],
      ['short', 'expired-new', 5],
      ['long', 'hit', 180],
      ['long', 'hit', 180],
      ['long', 'expired-new', 180],
    ]);
  });
});

describe('member states', () => {
  it('docs/bigip-reference.md §4.4: a disabled member keeps its persistent traffic but takes no new load-balanced traffic', async () => {
    const { records } = await run({
      rules: { pin },
      traffic: [
        keyed(0, 'c1', 'alice'),
        member(1, M1, 'disabled'),
        keyed(2, 'c2', 'alice'),
        keyed(3, 'c3', 'bob'),
        keyed(4, 'c4', 'carol'),
        keyed(5, 'c5', 'dave'),
        req(6, 'c6', '/'), // no key: plain load balancing
        keyed(7, 'c7', 'alice'),
      ],
    });
    expect(records.map((r) => [r.member, r.persist?.result ?? null])).toEqual([
      [M1, 'new'],
      [M1, 'hit'],
      [M2, 'new'],
      [M3, 'new'],
      [M2, 'new'],
      [M3, null],
      [M1, 'hit'],
    ]);
  });

  for (const state of ['down', 'forced-offline'] as const) {
    it(`docs/bigip-reference.md §4.4: a ${state} member loses its persistent traffic: member-down-new and the record is replaced`, async () => {
      const { records, summary } = await run({
        rules: { pin, watch: `when PERSIST_DOWN { log local0. "persist down" }` },
        traffic: [
          keyed(0, 'c1', 'alice'),
          member(1, M1, state),
          keyed(2, 'c2', 'alice'),
          member(3, M1, 'up'),
          keyed(4, 'c3', 'alice'),
        ],
      });
      expect(records.map((r) => [r.member, r.persist?.result, r.why])).toEqual([
        [M1, 'new', 'lb'],
        [M2, 'member-down-new', 'lb'],
        [M2, 'hit', 'persist'], // the record now points at M2, even after M1 came back
      ]);
      expect(messages(records[1]!)).toEqual(['persist down']);
      expect(summary.movedByFailover).toBe(1);
      expect(summary.pinContinuity).toBe(1);
    });
  }
});

describe('persist subcommands', () => {
  it('docs/bigip-reference.md §4.5: persist none disables persistence for the request (no record, no lookup)', async () => {
    const { records } = await run({
      rules: {
        r: `when HTTP_REQUEST {
  persist uie [HTTP::header X-Key]
  if {[HTTP::path] starts_with "/static"} { persist none }
}`,
      },
      traffic: [
        req(0, 'c1', '/static/a.css', { headers: [['X-Key', 'alice']] }),
        req(1, 'c2', '/app', { headers: [['X-Key', 'alice']] }),
        req(2, 'c3', '/static/b.css', { headers: [['X-Key', 'alice']] }),
      ],
    });
    expect(records.map((r) => [r.member, r.persist?.result ?? null, r.why])).toEqual([
      [M1, null, 'lb'],
      [M2, 'new', 'lb'],
      [M3, null, 'lb'],
    ]);
    expect(records[0]!.persist).toBeNull();
  });

  it('docs/bigip-reference.md §4.5: persist add uie in HTTP_RESPONSE records the selected member for later requests', async () => {
    const { records } = await run({
      rules: {
        learn: `when HTTP_REQUEST { if {[HTTP::header exists X-Session]} { persist uie [HTTP::header X-Session] } }
when HTTP_RESPONSE { if {[HTTP::header exists X-Session]} { persist add uie [HTTP::header X-Session] 60 } }`,
      },
      traffic: [
        req(0, 'c1', '/login'),
        resp(0.1, 'c1', 200),
        req(1, 'c2', '/login'),
        resp(1.1, 'c2', 200, [['X-Session', 's-42']]),
        req(2, 'c3', '/cart', { headers: [['X-Session', 's-42']] }),
        req(3, 'c4', '/cart', { headers: [['X-Session', 's-42']] }),
      ],
    });
    expect(records.map((r) => [r.member, r.persist?.result ?? null])).toEqual([
      [M1, null],
      [M2, null],
      [M2, 'hit'],
      [M2, 'hit'],
    ]);
  });

  it('docs/bigip-reference.md §4.5: persist lookup returns node, port and pool (or empty); persist delete removes the record', async () => {
    const { records } = await run({
      rules: {
        r: `when HTTP_REQUEST {
  set k [HTTP::header X-Key]
  switch -- [HTTP::path] {
    /lookup { log local0. "node=[persist lookup uie $k node] port=[persist lookup uie $k port] pool=[persist lookup uie $k pool] all=[llength [persist lookup uie $k]]" }
    /missing { log local0. "missing=<[persist lookup uie nobody]>" }
    /delete { persist delete uie $k ; log local0. "after delete=<[persist lookup uie $k]>" }
    default { persist uie $k }
  }
}`,
      },
      traffic: [
        req(0, 'c1', '/', { headers: [['X-Key', 'z']] }),
        req(0, 'c2', '/', { headers: [['X-Key', 'alice']] }),
        req(1, 'c3', '/lookup', { headers: [['X-Key', 'alice']] }),
        req(2, 'c4', '/missing'),
        req(3, 'c5', '/delete', { headers: [['X-Key', 'alice']] }),
        req(4, 'c6', '/', { headers: [['X-Key', 'alice']] }),
      ],
    });
    expect(messages(records[2]!)).toEqual(['node=10.0.1.2 port=8080 pool=/Common/web_pool all=3']);
    expect(messages(records[3]!)).toEqual(['missing=<>']);
    expect(messages(records[4]!)).toEqual(['after delete=<>']);
    expect(records[5]!.persist?.result).toBe('new');
  });

  it('docs/bigip-reference.md §4.5: persist source_addr persists on the client address (without port)', async () => {
    const { records } = await run({
      rules: { r: `when HTTP_REQUEST { persist source_addr 255.255.255.255 60 }` },
      traffic: [
        req(0, 'c1', '/', { client: '198.51.100.7:1111' }),
        req(1, 'c2', '/', { client: '198.51.100.8:2222' }),
        req(2, 'c3', '/', { client: '198.51.100.7:3333' }),
      ],
    });
    expect(records.map((r) => [r.member, r.persist])).toEqual([
      [M1, { mode: 'source_addr', key: '198.51.100.7', result: 'new', timeout: 60 }],
      [M2, { mode: 'source_addr', key: '198.51.100.8', result: 'new', timeout: 60 }],
      [M1, { mode: 'source_addr', key: '198.51.100.7', result: 'hit', timeout: 60 }],
    ]);
  });

  it('docs/bigip-reference.md §4.2/§4.6: a record only applies to the pool that created it', () => {
    const d = direct({
      rules: {
        r: `when HTTP_REQUEST { persist uie same ; if {[HTTP::path] eq "/api"} { pool api_pool } }`,
      },
      pools: [{ name: '/Common/api_pool', members: ['10.0.2.1:80', '10.0.2.2:80'] }],
    });
    expect(d.request('c1', '/').persist?.result).toBe('new');
    const api = d.request('c2', '/api');
    expect([api.member, api.persist?.result]).toEqual(['10.0.2.1:80', 'new']);
    const again = d.request('c3', '/');
    expect([again.member, again.persist?.result]).toEqual([M1, 'hit']);
  });
});
