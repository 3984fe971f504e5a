// Variables (docs/bigip-reference.md §1.5) and events (§2): order, priorities, return, event disable, errors.

import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT, M1, cleanup, close, direct, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

describe('variables', () => {
  it('docs/bigip-reference.md §1.5: a static:: variable set in RULE_INIT is readable in later events', async () => {
    const { records } = await run({
      rules: {
        statics: `when RULE_INIT { set static::greeting "hello" ; set static::limit 3 }
when HTTP_REQUEST { log local0. "greeting=$static::greeting limit=$static::limit" }`,
      },
      traffic: [req(0, 'c1', '/'), req(1, 'c2', '/')],
    });
    expect(records.map(messages)).toEqual([['greeting=hello limit=3'], ['greeting=hello limit=3']]);
  });

  it('docs/bigip-reference.md §1.5: a variable set in CLIENT_ACCEPTED is visible in HTTP_REQUEST of the same connection only', async () => {
    const { records } = await run({
      rules: {
        connvars: `when CLIENT_ACCEPTED { set accepted_port [TCP::client_port] }
when HTTP_REQUEST {
  if {[HTTP::uri] eq "/mark"} { set marked yes }
  log local0. "port=$accepted_port marked=[info exists marked]"
}`,
      },
      traffic: [
        req(0, 'c1', '/mark', { client: '198.51.100.7:40001' }),
        req(1, 'c1', '/next', { client: '198.51.100.7:40001' }),
        req(2, 'c2', '/next', { client: '198.51.100.8:40002' }),
      ],
    });
    expect(records.map(messages)).toEqual([['port=40001 marked=1'], ['port=40001 marked=1'], ['port=40002 marked=0']]);
  });

  it('docs/bigip-reference.md §1.5: connection variables are shared by all rules on the virtual', async () => {
    const { records } = await run({
      rules: {
        setter: `when HTTP_REQUEST priority 100 { set user_tier gold }`,
        reader: `when HTTP_REQUEST { log local0. "tier=$user_tier" }`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.logs).toEqual(['Rule /Common/reader <HTTP_REQUEST>: tier=gold']);
    expect(records[0]!.error).toBeNull();
  });
});

describe('event order', () => {
  const tracer = `when CLIENT_ACCEPTED { log local0. "accepted" }
when HTTP_REQUEST { log local0. "request [HTTP::uri]" }
when LB_SELECTED { log local0. "selected [LB::server addr]" }
when HTTP_RESPONSE { log local0. "response [HTTP::status]" }
when CLIENT_CLOSED { log local0. "closed" }`;

  it('docs/bigip-reference.md §2.1/§2.5: CLIENT_ACCEPTED once per connection, then HTTP_REQUEST, LB_SELECTED and HTTP_RESPONSE for each request', async () => {
    const { records } = await run({
      rules: { tracer },
      oneconnect: true,
      traffic: [req(0, 'c1', '/a'), resp(0.1, 'c1', 200), req(1, 'c1', '/b'), resp(1.1, 'c1', 404)],
    });
    expect(records[0]!.logs).toEqual([
      'Rule /Common/tracer <CLIENT_ACCEPTED>: accepted',
      'Rule /Common/tracer <HTTP_REQUEST>: request /a',
      'Rule /Common/tracer <LB_SELECTED>: selected 10.0.1.1',
      'Rule /Common/tracer <HTTP_RESPONSE>: response 200',
    ]);
    expect(records[1]!.logs).toEqual([
      'Rule /Common/tracer <HTTP_REQUEST>: request /b',
      'Rule /Common/tracer <LB_SELECTED>: selected 10.0.1.2',
      'Rule /Common/tracer <HTTP_RESPONSE>: response 404',
    ]);
  });

  it('docs/bigip-reference.md §2.1: CLIENT_CLOSED runs last, when the client connection ends', async () => {
    // A request whose connection closes before any response: the close's logs join its record.
    const { records } = await run({ rules: { tracer }, traffic: [req(0, 'c1', '/a'), close(1, 'c1')] });
    expect(messages(records[0]!)).toEqual(['accepted', 'request /a', 'selected 10.0.1.1', 'closed']);
    // Driven directly: CLIENT_CLOSED runs on close after the response, and only once.
    const d = direct({ rules: { tracer } });
    d.request('c1', '/x');
    d.vs.response('c1', 200, [], '');
    expect(d.vs.close('c1')).toEqual(['Rule /Common/tracer <CLIENT_CLOSED>: closed']);
    expect(d.vs.close('c1')).toEqual([]);
  });

  it('docs/bigip-reference.md §2.1: a new connection raises CLIENT_ACCEPTED again', async () => {
    const { records } = await run({
      rules: { tracer },
      traffic: [req(0, 'c1', '/a'), req(1, 'c2', '/b'), req(2, 'c1', '/c')],
    });
    expect(records.map((r) => messages(r).filter((m) => m === 'accepted').length)).toEqual([1, 1, 0]);
  });
});

describe('priorities', () => {
  it('docs/bigip-reference.md §2.2: handlers run in ascending priority, ties in attachment order', async () => {
    const { records } = await run({
      rules: {
        late: `when HTTP_REQUEST priority 900 { log local0. "late-900" }`,
        first_default: `when HTTP_REQUEST { log local0. "first-500" }`,
        early: `when HTTP_REQUEST priority 10 { log local0. "early-10" }`,
        second_default: `when HTTP_REQUEST { log local0. "second-500" }`,
        rule_level: `priority 200\nwhen HTTP_REQUEST { log local0. "rule-level-200" }`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['early-10', 'rule-level-200', 'first-500', 'second-500', 'late-900']);
  });
});

describe('return and event disable', () => {
  it('docs/bigip-reference.md §2.3: return ends only the current rule handler; other rules still run', async () => {
    const { records } = await run({
      rules: {
        returner: `when HTTP_REQUEST priority 100 { log local0. "before"; return; log local0. "after" }
when LB_SELECTED { log local0. "returner-lb" }`,
        other: `when HTTP_REQUEST priority 200 { log local0. "other" }`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['before', 'other', 'returner-lb']);
    expect(records[0]!.member).toBe(M1);
  });

  it('docs/bigip-reference.md §2.3: event disable stops this event of this rule for the rest of the connection', async () => {
    const { records } = await run({
      rules: {
        once: `when HTTP_REQUEST { log local0. "once [HTTP::uri]"; event disable; log local0. "still running" }
when LB_SELECTED { log local0. "lb" }`,
        always: `when HTTP_REQUEST { log local0. "always [HTTP::uri]" }`,
      },
      traffic: [req(0, 'c1', '/1'), req(1, 'c1', '/2'), req(2, 'c2', '/3')],
    });
    expect(records.map(messages)).toEqual([
      ['once /1', 'still running', 'always /1', 'lb'],
      ['always /2', 'lb'],
      ['once /3', 'still running', 'always /3', 'lb'],
    ]);
  });

  it('docs/bigip-reference.md §2.3: event disable all stops every event of this rule on the connection but not the running handler', async () => {
    const { records } = await run({
      rules: {
        quiet: `when HTTP_REQUEST { log local0. "quiet [HTTP::uri]"; event disable all; log local0. "after disable all" }
when LB_SELECTED { log local0. "quiet-lb" }`,
        loud: `when LB_SELECTED { log local0. "loud-lb" }`,
      },
      traffic: [req(0, 'c1', '/1'), req(1, 'c1', '/2'), req(2, 'c2', '/3')],
    });
    expect(records.map(messages)).toEqual([
      ['quiet /1', 'after disable all', 'loud-lb'],
      ['loud-lb'],
      ['quiet /3', 'after disable all', 'loud-lb'],
    ]);
  });

  it('docs/bigip-reference.md §2.3: reject, drop and HTTP::respond do not end the running handler', async () => {
    const { records } = await run({
      rules: {
        stopper: `when HTTP_REQUEST {
  switch -- [HTTP::uri] {
    /reject { reject ; log local0. "after reject" }
    /drop { drop ; log local0. "after drop" }
    /respond { HTTP::respond 403 content denied ; log local0. "after respond" }
  }
}`,
      },
      traffic: [req(0, 'c1', '/reject'), req(1, 'c2', '/drop'), req(2, 'c3', '/respond')],
    });
    expect(records.map(messages)).toEqual([['after reject'], ['after drop'], ['after respond']]);
    expect(records.map((r) => r.response?.action)).toEqual(['reject', 'drop', 'respond']);
    expect(records.map((r) => r.member)).toEqual([null, null, null]);
  });
});

describe('Tcl errors', () => {
  it('docs/bigip-reference.md §2.4: a Tcl error aborts the handler, is reported as 01220001 and resets the connection', async () => {
    const { records, summary } = await run({
      rules: {
        fragile: `when CLIENT_ACCEPTED { log local0. "accepted" }
when HTTP_REQUEST {
  if {[HTTP::uri] eq "/boom"} { error "kaboom" }
  log local0. "ok [HTTP::uri]"
}`,
      },
      traffic: [req(0, 'c1', '/boom'), req(1, 'c1', '/fine'), req(2, 'c1', '/again')],
    });
    const [boom, fine, again] = records;
    expect(boom!.error).toBe('01220001:3: TCL error: /Common/fragile <HTTP_REQUEST> - kaboom');
    expect(boom!.member).toBeNull();
    expect(boom!.why).toBe('error');
    expect(messages(boom!)).toEqual(['accepted']); // "ok" never ran
    // The next request on the same conn id is a new connection: CLIENT_ACCEPTED again.
    expect(messages(fine!)).toEqual(['accepted', 'ok /fine']);
    expect(fine!.error).toBeNull();
    expect(fine!.member).toBe(M1);
    expect(messages(again!)).toEqual(['ok /again']);
    expect(summary.errors).toBe(1);
  });

  it('docs/bigip-reference.md §2.4: an error in CLIENT_ACCEPTED is reported with the connection first request, which then goes nowhere', async () => {
    const { records } = await run({
      rules: {
        early: `when CLIENT_ACCEPTED { if {[TCP::client_port] == 1} { set x $undefined_var } }
when HTTP_REQUEST { log local0. "request" }`,
      },
      traffic: [req(0, 'c1', '/', { client: '198.51.100.7:1' }), req(1, 'c2', '/', { client: '198.51.100.7:2' })],
    });
    expect(records[0]!.error).toBe('01220001:3: TCL error: /Common/early <CLIENT_ACCEPTED> - can\'t read "undefined_var": no such variable');
    expect(records[0]!.member).toBeNull();
    expect(messages(records[0]!)).toEqual([]);
    expect([records[1]!.error, records[1]!.member, messages(records[1]!)]).toEqual([null, M1, ['request']]);
  });

  it('docs/bigip-reference.md §2.4: an error in a later rule stops the remaining handlers, and catch avoids the reset', async () => {
    const { records } = await run({
      rules: {
        careful: `when HTTP_REQUEST priority 100 { if {[catch {expr {1 / 0}} msg]} { log local0. "caught: $msg" } }`,
        broken: `when HTTP_REQUEST priority 200 { set x [string repeat] }`,
        never: `when HTTP_REQUEST priority 300 { log local0. "never" }`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['caught: divide by zero']);
    expect(records[0]!.error).toMatch(/^01220001:3: TCL error: \/Common\/broken <HTTP_REQUEST> - wrong # args: should be "string repeat string count"$/);
    expect(records[0]!.member).toBeNull();
  });
});

describe('direct VirtualServer', () => {
  it('docs/bigip-reference.md §2.1: HTTP_RESPONSE runs only for a request that reached a server', () => {
    const d = direct({
      rules: {
        r: `when HTTP_REQUEST { if {[HTTP::uri] eq "/local"} { HTTP::respond 200 content hi } }
when HTTP_RESPONSE { log local0. "response [HTTP::status]" }`,
      },
    });
    const local = d.request('c1', '/local');
    d.vs.response('c1', 500, [], '');
    expect(local.txn.effects.logs).toEqual([]);
    const remote = d.request('c2', '/remote', undefined, CLIENT);
    d.vs.response('c2', 201, [], '');
    expect(remote.member).toBe(M1);
    expect(remote.txn.effects.logs).toEqual(['Rule /Common/r <HTTP_RESPONSE>: response 201']);
  });
});
