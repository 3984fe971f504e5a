// Sideband connections against a responder the scenario describes: the emulator opens no socket.
// Sources: https://clouddocs.f5.com/api/irules/SIDEBAND.html, connect.html, send.html, recv.html, close.html
// and the tmsh v13 reference pages (ltm_rule_command_connect/send/recv.html) for the return values and the
// -status words (connect info's "connected": https://clouddocs.f5.com/api/irules/connect_info.html).

import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

const one = [req(0, 'c1', '/'), resp(0.1, 'c1')];
const authz = {
  '10.0.5.5:8080': {
    replies: [
      { request: 'GET /ok*', reply: 'HTTP/1.0 200 OK\r\nX-Role: admin\r\n\r\nallowed' },
      { reply: 'HTTP/1.0 403 Forbidden\r\n\r\n' },
    ],
  },
};

describe('connect / send / recv / close with the scenario sideband responder', () => {
  it('send returns the bytes sent; recv N returns up to N bytes of the reply; -status words as F5 documents', async () => {
    const rule = `when HTTP_REQUEST {
  set c [connect -protocol TCP -timeout 100 -idle 30 -status cs 10.0.5.5:8080]
  set n [send -timeout 100 -status ss $c "GET /ok HTTP/1.0\\r\\n\\r\\n"]
  set head [recv -timeout 100 -status rs 12 $c]
  log local0. "$cs $n $ss <$head> $rs"
  set line [recv -eol -peek $c]
  set got [recv -status rs2 1000 $c rest]
  log local0. "<[string trimright $line]> $got $rs2 [string match *allowed $rest]"
  close $c
}`;
    const { records } = await run({ rules: { r: rule }, extra: { sideband: authz }, traffic: one });
    expect(records[0]!.error).toBeNull();
    expect(messages(records[0]!)).toEqual(['connected 20 sent <HTTP/1.0 200> received', '< OK> 29 closed 1']);
  });
  it('the reply is the first whose request glob fits what was sent', async () => {
    const rule = 'when HTTP_REQUEST { set c [connect 10.0.5.5:8080] ; send $c "GET /nope HTTP/1.0\\r\\n\\r\\n" ; log local0. [string trim [recv 100 $c]] ; close $c }';
    const { records } = await run({ rules: { r: rule }, extra: { sideband: authz }, traffic: one });
    expect(messages(records[0]!)).toEqual(['HTTP/1.0 403 Forbidden']);
  });
  it('a destination the scenario does not describe is a missing fact, even inside catch (never a made-up reply)', async () => {
    const rule = 'when HTTP_REQUEST { if {[catch {connect 192.0.2.9:80} c]} { log local0. "caught $c" } }';
    const { records } = await run({ rules: { r: rule }, extra: { sideband: authz }, traffic: one });
    expect(records[0]!.error).toMatch(/connect needs sideband\["192\.0\.2\.9:80"\] \(what that destination replies\) in the scenario/);
    const none = await run({ rules: { r: rule }, traffic: one });
    expect(none.records[0]!.error).toMatch(/connect needs sideband/);
  });
  it('sent data no reply fits stops recv the same way; a closed connection id is a Tcl error', async () => {
    const strict = { '10.0.5.5:8080': { replies: [{ request: 'PING*', reply: 'PONG\n' }] } };
    const rule = 'when HTTP_REQUEST { set c [connect 10.0.5.5:8080] ; send $c HELLO ; recv 5 $c }';
    const { records } = await run({ rules: { r: rule }, extra: { sideband: strict }, traffic: one });
    expect(records[0]!.error).toMatch(/recv needs sideband\["10\.0\.5\.5:8080"\] \(a reply whose request matches "HELLO"\) in the scenario/);
    const closed = await run({ rules: { r: 'when HTTP_REQUEST { set c [connect 10.0.5.5:8080] ; close $c ; send $c PING }' }, extra: { sideband: strict }, traffic: one });
    expect(closed.records[0]!.error).toMatch(/send: no sideband connection "sideband1"/);
  });
  it('closeAfterReply false: a recv asking for more than the reply ends with status timeout, and the next send is answered', async () => {
    const keep = { '10.0.5.5:8080': { replies: [{ reply: 'PONG\n' }], closeAfterReply: false } };
    const rule = `when HTTP_REQUEST {
  set c [connect 10.0.5.5:8080]
  send $c PING ; set a [recv -status s1 100 $c]
  send $c PING ; set b [recv -status s2 -eol $c]
  log local0. "[string trim $a] $s1 [string trim $b] $s2"
}`;
    const { records } = await run({ rules: { r: rule }, extra: { sideband: keep }, traffic: one });
    expect(messages(records[0]!)).toEqual(['PONG timeout PONG received']);
  });
});
