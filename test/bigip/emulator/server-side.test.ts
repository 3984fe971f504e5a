// The server side of a request: events in BIG-IP's order, the server-side context of IP::/TCP::,
// clientside/serverside, LB::server and LB::select, OneConnect reuse, handlers never raised.
// Sources: https://clouddocs.f5.com/api/irules/SERVER_CONNECTED.html, HTTP_REQUEST_SEND.html,
// HTTP_REQUEST_RELEASE.html, SERVER_CLOSED.html, IP.html, IP__server_addr.html, clientside.html,
// serverside.html, LB__select.html, ONECONNECT__reuse.html (all under https://clouddocs.f5.com/api/irules/),
// and the DevCentral event order article https://devcentral.f5.com/articles/order-of-events-during-an-http-connection-

import { afterAll, describe, expect, it } from 'vitest';
import { M1, M2, cleanup, close, member, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

const EVENTS = [
  'CLIENT_ACCEPTED', 'HTTP_REQUEST', 'LB_SELECTED', 'SERVER_CONNECTED', 'HTTP_REQUEST_SEND', 'HTTP_REQUEST_RELEASE',
  'HTTP_RESPONSE', 'HTTP_RESPONSE_RELEASE', 'SERVER_CLOSED', 'CLIENT_CLOSED',
];
const tracer = EVENTS.map((e) => `when ${e} { log local0. "${e}" }`).join('\n');

describe('server-side events', () => {
  it('raise in BIG-IP order between LB_SELECTED and HTTP_RESPONSE; SERVER_CLOSED before CLIENT_CLOSED (no OneConnect)', async () => {
    const { records, summary } = await run({ rules: { tracer }, oneconnect: false, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), close(1, 'c1')] });
    // The record is complete with its response; what the close logs is in the summary.
    expect(messages(records[0]!)).toEqual(EVENTS.slice(0, 8));
    expect((summary.closedLogSample as string[]).map((l) => l.replace(/^Rule \S+ <[A-Z_]+>: /, ''))).toEqual(['SERVER_CLOSED', 'CLIENT_CLOSED']);
  });

  it('without OneConnect a keep-alive request reuses the server connection: no second SERVER_CONNECTED, but HTTP_REQUEST_SEND again', async () => {
    const { records } = await run({
      rules: { tracer },
      oneconnect: false,
      traffic: [req(0, 'c1', '/a'), resp(0.1, 'c1'), req(1, 'c1', '/b'), resp(1.1, 'c1')],
    });
    expect(messages(records[1]!)).toEqual(['HTTP_REQUEST', 'HTTP_REQUEST_SEND', 'HTTP_REQUEST_RELEASE', 'HTTP_RESPONSE', 'HTTP_RESPONSE_RELEASE']);
  });

  it('OneConnect returns the server connection to an idle pool: a later request to the same member reuses it (ONECONNECT::reuse)', async () => {
    const rule = `when SERVER_CONNECTED { log local0. "connected [IP::server_addr]" }
when HTTP_REQUEST_SEND { log local0. "send [IP::server_addr]" }`;
    const { records } = await run({
      rules: { rule },
      oneconnect: true,
      members: [M1, M2],
      traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), req(1, 'c2', '/'), resp(1.1, 'c2'), req(2, 'c3', '/'), resp(2.1, 'c3')],
    });
    expect(records.map(messages)).toEqual([
      ['connected 10.0.1.1', 'send 10.0.1.1'],
      ['connected 10.0.1.2', 'send 10.0.1.2'],
      ['send 10.0.1.1'], // round robin is back on M1, whose idle connection is reused
    ]);
  });

  it('a request BIG-IP answers itself raises no server-side event', async () => {
    const { records, summary } = await run({
      rules: { tracer: `${tracer}\nwhen HTTP_REQUEST priority 100 { HTTP::respond 200 content ok }` },
      traffic: [req(0, 'c1', '/'), close(1, 'c1')],
    });
    expect(messages(records[0]!)).toEqual(['CLIENT_ACCEPTED', 'HTTP_REQUEST']);
    expect((summary.closedLogSample as string[]).map((l) => l.replace(/^Rule \S+ <[A-Z_]+>: /, ''))).toEqual(['CLIENT_CLOSED']);
  });

  it('a Tcl error in HTTP_REQUEST_SEND resets the connection: the request gets no member', async () => {
    const { records } = await run({ rules: { bad: 'when HTTP_REQUEST_SEND { error boom }' }, traffic: [req(0, 'c1', '/')] });
    expect(records[0]!.error).toBe('01220001:3: TCL error: /Common/bad <HTTP_REQUEST_SEND> - boom');
    expect(records[0]!.member).toBeNull();
  });
});

describe('server-side context', () => {
  const rule = `when HTTP_REQUEST { log local0. "req remote=[IP::remote_addr]:[TCP::remote_port] local=[IP::local_addr]:[TCP::local_port] server=[IP::server_addr]" }
when SERVER_CONNECTED { log local0. "conn remote=[IP::remote_addr]:[TCP::remote_port] local=[IP::local_addr]:[TCP::local_port] client=[IP::client_addr]" }
when HTTP_RESPONSE { log local0. "resp remote=[IP::remote_addr] server=[IP::server_addr] clientside=[clientside {IP::remote_addr}] arg=[IP::remote_addr clientside]" }`;

  it('IP::remote_addr / TCP::remote_port name the pool member in server-side events and HTTP_RESPONSE; IP::server_addr is 0 before a server connection', async () => {
    const { records } = await run({ rules: { rule }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1')] });
    expect(messages(records[0]!)).toEqual([
      'req remote=198.51.100.7:50432 local=203.0.113.10:443 server=0',
      'conn remote=10.0.1.1:8080 local=198.51.100.7:50432 client=198.51.100.7',
      'resp remote=10.0.1.1 server=10.0.1.1 clientside=198.51.100.7 arg=198.51.100.7',
    ]);
  });

  it('IP::local_addr on the server side is the SNAT address the scenario gives (snat)', async () => {
    const { records } = await run({ rules: { rule }, extra: { snat: '10.0.0.5' }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1')] });
    expect(messages(records[0]!)[1]).toBe('conn remote=10.0.1.1:8080 local=10.0.0.5:50432 client=198.51.100.7');
  });

  it('serverside { } before a server connection exists is an error, not a guess', async () => {
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { serverside { IP::remote_addr } }' }, traffic: [req(0, 'c1', '/')] });
    expect(records[0]!.error).toMatch(/serverside: no server-side connection exists yet in HTTP_REQUEST/);
  });

  it('route-domain client addresses keep their %N suffix (IP::client_addr, https://clouddocs.f5.com/api/irules/IP__client_addr.html)', async () => {
    const { records } = await run({
      rules: { r: 'when HTTP_REQUEST { log local0. "[IP::client_addr] [IP::addr [IP::client_addr] equals 198.51.100.7%2]" }' },
      traffic: [req(0, 'c1', '/', { client: '198.51.100.7%2:40000' })],
    });
    expect(messages(records[0]!)).toEqual(['198.51.100.7%2 1']);
  });
});

describe('LB::server and LB::select', () => {
  it('LB::server forms in LB_SELECTED, and with every member down in LB_FAILED (pool name only)', async () => {
    const rule = `when LB_SELECTED { log local0. "sel [LB::server pool] [LB::server addr] [LB::server port]" }
when LB_FAILED { log local0. "failed pool=[LB::server pool] addr=[LB::server addr]" }`;
    const { records } = await run({
      rules: { rule },
      traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), member(0.5, M1, 'down'), member(0.5, M2, 'down'), member(0.5, '10.0.1.3:8080', 'down'), req(1, 'c2', '/')],
    });
    expect(messages(records[0]!)).toEqual(['sel /Common/web_pool 10.0.1.1 8080']);
    expect(messages(records[1]!)).toEqual(['failed pool=/Common/web_pool addr=']);
  });

  it('LB::select returns the pick as a pool command; evaluating it keeps that member', async () => {
    const rule = `when HTTP_REQUEST { set pick [LB::select]; log local0. $pick; eval $pick }`;
    const { records } = await run({ rules: { rule }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1')] });
    expect(messages(records[0]!)).toEqual(['pool /Common/web_pool member 10.0.1.1 8080']);
    expect(records[0]!.member).toBe(M1);
    expect(records[0]!.why).toBe('member');
  });
});

describe('handlers that never run are reported, never silent', () => {
  it('the summary lists each handler of an event the emulator does not raise, with the reason', async () => {
    const { summary } = await run({
      rules: { r: 'when HTTP_REQUEST { }\nwhen ASM_REQUEST_DONE { log local0. asm }\nwhen CLIENTSSL_HANDSHAKE { }' },
      traffic: [req(0, 'c1', '/')],
    });
    expect(summary.notRaised).toEqual([
      '/Common/r <ASM_REQUEST_DONE>: needs an ASM security policy: give it as asm in the scenario',
      '/Common/r <CLIENTSSL_HANDSHAKE>: needs a client SSL profile: give the TLS session as tls in the scenario',
    ]);
  });

  it('with tls in the scenario CLIENTSSL_CLIENTHELLO and CLIENTSSL_HANDSHAKE run after CLIENT_ACCEPTED', async () => {
    const { records, summary } = await run({
      rules: { r: 'when CLIENT_ACCEPTED { log local0. a }\nwhen CLIENTSSL_CLIENTHELLO { log local0. hello }\nwhen CLIENTSSL_HANDSHAKE { log local0. "hs [SSL::cipher version]" }' },
      extra: { tls: { version: 'TLSv1.3' } },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['a', 'hello', 'hs TLSv1.3']);
    expect(summary.notRaised).toBeUndefined();
  });

  // CLIENTSSL_CLIENTCERT is "triggered when the system receives a certificate message from the client"
  // (https://clouddocs.f5.com/api/irules/CLIENTSSL_CLIENTCERT.html), a message of the handshake, so before
  // CLIENTSSL_HANDSHAKE ("triggered when a client-side SSL handshake is completed",
  // https://clouddocs.f5.com/api/irules/CLIENTSSL_HANDSHAKE.html); SSL::cert reads the certificate there.
  it('CLIENTSSL_CLIENTCERT runs between the ClientHello and the completed handshake when the client sends a certificate', async () => {
    const r = `when CLIENTSSL_CLIENTHELLO { log local0. hello }
when CLIENTSSL_CLIENTCERT { set subject [X509::subject [SSL::cert 0]]; log local0. "cert [SSL::cert count] $subject" }
when CLIENTSSL_HANDSHAKE { log local0. hs }
when HTTP_REQUEST { log local0. "request $subject" }`;
    const { records, summary } = await run({
      rules: { r },
      extra: { tls: { version: 'TLSv1.2', clientCertificate: { subject: 'CN=alice,O=Example' } } },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['hello', 'cert 1 CN=alice,O=Example', 'hs', 'request CN=alice,O=Example']);
    expect(summary.notRaised).toBeUndefined();
  });

  it('a client that sends no certificate raises no CLIENTSSL_CLIENTCERT, and the summary says why', async () => {
    const { records, summary } = await run({
      rules: { r: 'when CLIENTSSL_CLIENTCERT { log local0. cert }\nwhen CLIENTSSL_HANDSHAKE { log local0. hs }' },
      extra: { tls: { version: 'TLSv1.2' } },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['hs']);
    expect(summary.notRaised).toEqual(['/Common/r <CLIENTSSL_CLIENTCERT>: the client sends no certificate: give it as tls.clientCertificate in the scenario']);
  });
});

describe('collect', () => {
  it('HTTP::collect raises HTTP_REQUEST_DATA with the body (https://clouddocs.f5.com/api/irules/HTTP__collect.html)', async () => {
    const rule = `when HTTP_REQUEST { HTTP::collect [HTTP::header Content-Length] }
when HTTP_REQUEST_DATA { log local0. "body=[HTTP::payload]"; HTTP::release }`;
    const { records } = await run({
      rules: { rule },
      traffic: [{ ...req(0, 'c1', '/login', { method: 'POST', headers: [['Host', 'a'], ['Content-Length', '5']] }), body: 'a=b&c' }],
    });
    expect(messages(records[0]!)).toEqual(['body=a=b&c']);
  });

  it('TCP::collect in CLIENT_ACCEPTED raises CLIENT_DATA with the request bytes (https://clouddocs.f5.com/api/irules/TCP__collect.html)', async () => {
    const rule = `when CLIENT_ACCEPTED { TCP::collect }
when CLIENT_DATA { log local0. "first line: [lindex [split [TCP::payload] \\r] 0]"; TCP::release }`;
    const { records } = await run({ rules: { rule }, traffic: [req(0, 'c1', '/x')] });
    expect(messages(records[0]!)).toEqual(['first line: GET /x HTTP/1.1']);
  });
});

