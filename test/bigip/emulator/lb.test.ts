// Connections and load balancing (docs/bigip-reference.md §5): OneConnect, methods, pool selection, LB events, WebSocket.

import { afterAll, describe, expect, it } from 'vitest';
import { M1, M2, M3, cleanup, close, direct, member, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

const pin = `when HTTP_REQUEST { persist uie [HTTP::header X-Key] }`;
const keyed = (t: number, conn: string, key: string) => req(t, conn, '/', { headers: [['Host', 'a'], ['X-Key', key]] });

const A1 = '10.0.2.1:80';
const A2 = '10.0.2.2:80';
const apiPool = { name: '/Common/api_pool', members: [A1, A2] };

describe('OneConnect', () => {
  it('docs/bigip-reference.md §5.1: without OneConnect the decision is made once per connection (keep-alive)', async () => {
    const { records } = await run({
      rules: { pin },
      oneconnect: false,
      traffic: [keyed(0, 'c1', 'alice'), resp(0.1, 'c1'), keyed(1, 'c1', 'bob'), resp(1.1, 'c1'), keyed(2, 'c2', 'bob'), keyed(3, 'c3', 'alice')],
    });
    expect(records.map((r) => [r.conn, r.member, r.persist?.result ?? null, r.why])).toEqual([
      ['c1', M1, 'new', 'lb'],
      ['c1', M1, null, 'keep-alive'], // bob rides alice's server connection; no lookup, no record
      ['c2', M2, 'new', 'lb'],
      ['c3', M1, 'hit', 'persist'],
    ]);
  });

  it('docs/bigip-reference.md §5.1: with OneConnect every request is load-balanced and persisted on its own', async () => {
    const { records } = await run({
      rules: { pin },
      oneconnect: true,
      traffic: [keyed(0, 'c1', 'alice'), resp(0.1, 'c1'), keyed(1, 'c1', 'bob'), resp(1.1, 'c1'), keyed(2, 'c1', 'alice')],
    });
    expect(records.map((r) => [r.member, r.persist?.result, r.why])).toEqual([
      [M1, 'new', 'lb'],
      [M2, 'new', 'lb'],
      [M1, 'hit', 'persist'],
    ]);
  });
});

describe('load-balancing methods', () => {
  it('docs/bigip-reference.md §5.2: round-robin takes members in order, skipping members that cannot take new traffic', async () => {
    const traffic = [0, 1, 2, 3].map((i) => req(i, `c${i}`, '/'));
    const { records } = await run({ rules: { noop: `when HTTP_REQUEST { }` }, traffic: [...traffic, member(4, M2, 'down'), ...[5, 6, 7, 8].map((i) => req(i, `c${i}`, '/'))] });
    expect(records.map((r) => r.member)).toEqual([M1, M2, M3, M1, M3, M1, M3, M1]);
  });

  it('docs/bigip-reference.md §5.2: ratio-member gives members picks in proportion to their ratios (3:1 over 8 picks)', async () => {
    const { records, summary } = await run({
      rules: { noop: `when HTTP_REQUEST { }` },
      lb: 'ratio-member',
      members: [{ address: M1, ratio: 3 }, { address: M2, ratio: 1 }],
      traffic: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => req(i, `c${i}`, '/')),
    });
    expect(summary.perMember).toEqual({ [M1]: 6, [M2]: 2 });
    // Every cycle of four picks gives M1 three and M2 one.
    for (const cycle of [records.slice(0, 4), records.slice(4, 8)]) {
      expect(cycle.filter((r) => r.member === M2)).toHaveLength(1);
    }
  });

  it('docs/bigip-reference.md §5.2: least-connections-member picks the member with the fewest open connections, ties in pool order', async () => {
    const { records } = await run({
      rules: { noop: `when HTTP_REQUEST { }` },
      lb: 'least-connections-member',
      oneconnect: false,
      traffic: [
        req(0, 'c1', '/'), // M1 (all 0)
        req(1, 'c2', '/'), // M2
        req(2, 'c3', '/'), // M3
        req(3, 'c4', '/'), // tie at 1: M1 -> M1 has 2
        close(4, 'c2'), // M2 drops to 0
        req(5, 'c5', '/'), // M2
        req(6, 'c6', '/'), // M1 2, M2 1, M3 1: M2
      ],
    });
    expect(records.map((r) => r.member)).toEqual([M1, M2, M3, M1, M2, M2]);
  });
});

describe('pool selection', () => {
  it('docs/bigip-reference.md §5.3: pool NAME selects the pool, and it stays the connection pool for later requests', async () => {
    const { records } = await run({
      rules: { route: `when HTTP_REQUEST { if {[HTTP::path] starts_with "/api"} { pool api_pool } }` },
      pools: [apiPool],
      traffic: [req(0, 'c1', '/api/x'), resp(0.1, 'c1'), req(1, 'c1', '/home'), resp(1.1, 'c1'), req(2, 'c2', '/home')],
    });
    expect(records.map((r) => r.member)).toEqual([A1, A2, M1]);
  });

  it('docs/bigip-reference.md §5.3: the last pool command in an event wins', async () => {
    const { records } = await run({
      rules: {
        first: `when HTTP_REQUEST priority 100 { pool api_pool }`,
        second: `when HTTP_REQUEST priority 200 { pool web_pool }`,
      },
      pools: [apiPool],
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.member).toBe(M1);
  });

  it('docs/bigip-reference.md §5.3: a literal pool name that does not exist is a load-time error, a computed one a run-time error', async () => {
    await expect(
      run({ rules: { typo: `when HTTP_REQUEST {\n  if {[HTTP::uri] eq "/x"} {\n    pool api_pool_typo\n  }\n}` }, pools: [apiPool], traffic: [req(0, 'c1', '/')] }),
    ).rejects.toThrow(/[\\/]rules[\\/]typo\.tcl:3:10: unable to find pool \(api_pool_typo\)/);
    const { records } = await run({
      rules: { computed: `when HTTP_REQUEST { pool "[HTTP::header X-Pool]_pool" }` },
      pools: [apiPool],
      traffic: [req(0, 'c1', '/', { headers: [['X-Pool', 'api']] }), req(1, 'c2', '/', { headers: [['X-Pool', 'nosuch']] })],
    });
    expect(records[0]!.member).toBe(A1);
    expect(records[1]!.error).toBe('01220001:3: TCL error: /Common/computed <HTTP_REQUEST> - no such pool: nosuch_pool');
    expect(records[1]!.member).toBeNull();
  });

  it('docs/bigip-reference.md §5.3: pool NAME member ADDR PORT picks that member even when its monitor marks it down', async () => {
    const { records } = await run({
      rules: { pick: `when HTTP_REQUEST { pool web_pool member 10.0.1.2 8080 }` },
      members: [M1, { address: M2, state: 'down' }, M3],
      traffic: [req(0, 'c1', '/'), req(1, 'c2', '/')],
    });
    expect(records.map((r) => [r.member, r.why])).toEqual([
      [M2, 'member'],
      [M2, 'member'],
    ]);
  });

  it('docs/bigip-reference.md §5.3: LB::server gives the pool before selection and pool, address, port after', async () => {
    const { records } = await run({
      rules: {
        where: `when HTTP_REQUEST { log local0. "before=[LB::server]" }
when LB_SELECTED { log local0. "after=[LB::server] addr=[LB::server addr] port=[LB::server port] pool=[LB::server pool]" }`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['before=/Common/web_pool', 'after=/Common/web_pool 10.0.1.1 8080 addr=10.0.1.1 port=8080 pool=/Common/web_pool']);
  });

  it('docs/bigip-reference.md §5.3: active_members counts the members that can take traffic', async () => {
    const { records } = await run({
      rules: { count: `when HTTP_REQUEST { log local0. "web=[active_members web_pool] api=[active_members api_pool]" }` },
      pools: [apiPool],
      traffic: [req(0, 'c1', '/'), member(1, M2, 'down'), req(2, 'c2', '/'), member(3, A1, 'forced-offline'), req(4, 'c3', '/')],
    });
    expect(records.map(messages)).toEqual([['web=3 api=2'], ['web=2 api=2'], ['web=2 api=1']]);
  });

  it('docs/bigip-reference.md §2.1/§5.3: LB_FAILED runs when every member is down; the request gets no member', async () => {
    const { records, summary } = await run({
      rules: {
        r: `when LB_FAILED { log local0. "failed pool=[LB::server pool]" }
when LB_SELECTED { log local0. "selected" }`,
      },
      members: [{ address: M1, state: 'down' }, { address: M2, state: 'forced-offline' }, { address: M3, state: 'disabled' }],
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.member).toBeNull();
    expect(records[0]!.why).toBe('lb-failed');
    expect(messages(records[0]!)).toEqual(['failed pool=/Common/web_pool']);
    expect(summary.lbFailed).toBe(1);
  });

  it('docs/bigip-reference.md §5.3: LB::reselect in LB_FAILED picks again from another pool', async () => {
    const { records } = await run({
      rules: {
        r: `when LB_FAILED { log local0. "failed"; LB::reselect pool api_pool }
when LB_SELECTED { log local0. "selected [LB::server]" }`,
      },
      members: [{ address: M1, state: 'down' }],
      pools: [apiPool],
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.member).toBe(A1);
    expect(messages(records[0]!)).toEqual(['failed', 'selected /Common/api_pool 10.0.2.1 80']);
  });

  it('docs/bigip-reference.md §5.3/§4.2: LB::reselect in LB_SELECTED moves to the next member, and the new record names that member', () => {
    const d = direct({
      rules: {
        r: `when HTTP_REQUEST { persist uie [HTTP::header X-Key] ; log local0. "record=[persist lookup uie [HTTP::header X-Key] node]" }
when LB_SELECTED { if {[LB::server addr] eq "10.0.1.1"} { LB::reselect } }`,
      },
    });
    const first = d.request('c1', '/', [['X-Key', 'k']]);
    expect([first.member, first.persist?.result]).toEqual([M2, 'new']);
    const second = d.request('c2', '/', [['X-Key', 'k']]);
    expect([second.member, second.persist?.result]).toEqual([M2, 'hit']);
    expect(second.txn.effects.logs).toEqual(['Rule /Common/r <HTTP_REQUEST>: record=10.0.1.2']);
  });

  it('docs/bigip-reference.md §5.3/§4.2: after LB_FAILED and LB::reselect pool, the record is created for the member finally chosen', async () => {
    const { records } = await run({
      rules: {
        r: `when HTTP_REQUEST { persist uie [HTTP::header X-Key] }
when LB_FAILED { LB::reselect pool api_pool }
when LB_SELECTED { set k [HTTP::header X-Key] ; log local0. "record=[persist lookup uie $k node] [persist lookup uie $k pool]" }`,
      },
      members: [{ address: M1, state: 'down' }],
      pools: [apiPool],
      traffic: [keyed(0, 'c1', 'k')],
    });
    expect([records[0]!.member, records[0]!.persist?.result]).toEqual([A1, 'new']);
    expect(messages(records[0]!)).toEqual(['record=10.0.2.1 /Common/api_pool']);
  });
});

describe('WebSocket', () => {
  it('docs/bigip-reference.md §5.4: after a 101 response the connection raises no more HTTP_REQUEST and stays on its server', async () => {
    const { records } = await run({
      rules: {
        r: `when HTTP_REQUEST { log local0. "request [HTTP::uri]" }
when HTTP_RESPONSE { log local0. "response [HTTP::status]" }`,
      },
      lb: 'least-connections-member',
      oneconnect: true,
      traffic: [
        req(0, 'c1', '/ws', { headers: [['Host', 'a'], ['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZQ==']] }),
        resp(0.1, 'c1', 101, [['Upgrade', 'websocket'], ['Connection', 'Upgrade']]),
        req(1, 'c1', '/after'),
        req(2, 'c2', '/other'),
      ],
    });
    expect(messages(records[0]!)).toEqual(['request /ws', 'response 101']);
    expect(records[0]!.member).toBe(M1);
    expect(messages(records[1]!)).toEqual([]);
    expect(records[1]!.member).toBeNull();
    // The upgraded connection still holds M1 (OneConnect does not detach it): least-connections picks M2.
    expect(records[2]!.member).toBe(M2);
  });
});
