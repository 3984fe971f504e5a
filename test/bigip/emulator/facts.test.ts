// Facts a rule reads from outside the traffic come from the scenario (tls, apm, ifiles, tmmCount,
// virtuals, profiles), with an error naming the field a rule needs and the scenario lacks; and the
// commands added with them. Sources (under https://clouddocs.f5.com/api/irules/): SSL__cipher.html,
// SSL__cert.html, X509__subject.html, SSL__verify_result.html, ACCESS__session.html, ifile.html,
// TMM__cmp_count.html, virtual.html, PROFILE__exists.html, AES__key.html, STREAM__expression.html,
// session.html, log.html, sharedvar.html, IP__hops.html.

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

const TLS = {
  cipher: 'ECDHE-RSA-AES128-GCM-SHA256',
  version: 'TLSv1.2',
  bits: 128,
  clientCertificate: { subject: 'CN=alice,OU=Staff,O=Example,C=US', issuer: 'CN=Example CA,O=Example,C=US', verifyResult: 0 },
};

describe('client TLS from the scenario', () => {
  it('SSL::cipher name/version/bits and the client certificate read tls', async () => {
    const rule = `when HTTP_REQUEST {
  log local0. "[SSL::cipher name] [SSL::cipher version] [SSL::cipher bits] certs=[SSL::cert count]"
  log local0. "[X509::subject [SSL::cert 0]] | [X509::subject [SSL::cert 0] commonName] | [X509::issuer [SSL::cert 0]]"
  log local0. "verify=[X509::verify_cert_error_string [SSL::verify_result]]"
}`;
    const { records } = await run({ rules: { r: rule }, extra: { tls: TLS }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual([
      'ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 128 certs=1',
      'CN=alice,OU=Staff,O=Example,C=US | alice | CN=Example CA,O=Example,C=US',
      'verify=ok',
    ]);
  });

  it('a fact the scenario lacks is an error naming the field: "SSL::cipher needs tls.cipher in the scenario"', async () => {
    const rule = 'when HTTP_REQUEST { log local0. [SSL::cipher name] }';
    const without = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/')] });
    expect(without.records[0]!.error).toMatch(/ - SSL::cipher needs tls \(the client SSL profile's session\) in the scenario$/);
    const partial = await run({ rules: { r: rule }, extra: { tls: { version: 'TLSv1.3' } }, traffic: [req(0, 'c1', '/')] });
    expect(partial.records[0]!.error).toMatch(/ - SSL::cipher needs tls.cipher in the scenario$/);
  });

  // X509::hash is "the MD5 hash (fingerprint) of the specified X509 certificate"
  // (https://clouddocs.f5.com/api/irules/X509__hash.html). The certificate is a self-signed one made for this
  // test (openssl req -x509); the expected value is `openssl x509 -noout -fingerprint -md5` of it.
  it('X509::hash is the MD5 fingerprint of the PEM the scenario gives; without a PEM the error names the field', async () => {
    const pem = readFileSync(new URL('./data/client-cert.pem', import.meta.url), 'utf8');
    const rule = 'when CLIENTSSL_CLIENTCERT { log local0. [X509::hash [SSL::cert 0]] }';
    const { records } = await run({ rules: { r: rule }, extra: { tls: { ...TLS, clientCertificate: { ...TLS.clientCertificate, pem } } }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual(['8D:02:5B:A0:E3:93:66:B6:6A:4D:D6:DB:42:06:9C:F9']);
    const without = await run({ rules: { r: rule }, extra: { tls: TLS }, traffic: [req(0, 'c1', '/')] });
    expect(without.records[0]!.error).toMatch(/ - X509::hash needs tls.clientCertificate.pem in the scenario$/);
  });

  it('a client that sent no certificate: SSL::cert count is 0, SSL::cert 0 is empty', async () => {
    const { records } = await run({
      rules: { r: 'when HTTP_REQUEST { log local0. "[SSL::cert count] <[SSL::cert 0]>" }' },
      extra: { tls: { cipher: 'TLS_AES_128_GCM_SHA256' } },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['0 <>']);
  });

  it('the scenario schema rejects an unknown tls field with the field named', async () => {
    await expect(run({ rules: { r: 'when HTTP_REQUEST { }' }, extra: { tls: { chiper: 'x' } }, traffic: [req(0, 'c1', '/')] })).rejects.toThrow(/tls/);
  });
});

describe('CLIENTSSL_CLIENTCERT (https://clouddocs.f5.com/api/irules/CLIENTSSL_CLIENTCERT.html)', () => {
  const rule = 'when CLIENTSSL_CLIENTCERT { set dn [X509::subject [SSL::cert 0]] }\nwhen CLIENTSSL_HANDSHAKE { lappend seen hs }\nwhen HTTP_REQUEST { log local0. "$dn [info exists seen]" }';
  it('runs when the scenario gives a client certificate, before CLIENTSSL_HANDSHAKE', async () => {
    const { records } = await run({ rules: { r: rule }, extra: { tls: TLS }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual(['CN=alice,OU=Staff,O=Example,C=US 1']);
  });
  it('without a client certificate the handler is reported as never running, with the field to give', async () => {
    const { summary } = await run({ rules: { r: rule }, extra: { tls: { cipher: 'AES128-SHA', version: 'TLSv1.2' } }, traffic: [req(0, 'c1', '/')] });
    expect(JSON.stringify(summary)).toMatch(/CLIENTSSL_CLIENTCERT.*tls\.clientCertificate/);
  });
});

describe('APM, iFiles, TMMs, other virtuals, profiles', () => {
  it('ACCESS::session data get reads apm (an unlisted variable is ""), data set changes it; without apm the error names it', async () => {
    const rule = `when HTTP_REQUEST {
  log local0. "[ACCESS::session data get session.logon.last.username] <[ACCESS::session data get session.custom]>"
  ACCESS::session data set session.custom x
  log local0. [ACCESS::session data get session.custom]
}`;
    const { records } = await run({ rules: { r: rule }, extra: { apm: { 'session.logon.last.username': 'alice' } }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual(['alice <>', 'x']);
    const without = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/')] });
    expect(without.records[0]!.error).toMatch(/ACCESS::session needs apm .* in the scenario/);
  });

  it('ifile get returns the file the scenario names; a missing one names ifiles.NAME', async () => {
    const rule = 'when HTTP_REQUEST { HTTP::respond 200 content [ifile get /Common/maintenance_page] }';
    const { records } = await run({ rules: { r: rule }, extra: { ifiles: { maintenance_page: 'page.html' } }, files: { 'page.html': '<h1>down</h1>' }, traffic: [req(0, 'c1', '/')] });
    expect(records[0]!.response!.body).toBe('<h1>down</h1>');
    const without = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/')] });
    expect(without.records[0]!.error).toMatch(/ifile needs ifiles.maintenance_page in the scenario/);
  });

  it('TMM::cmp_count is tmmCount (default 1); TMM::cmp_unit is 0 (one TMM runs the traffic)', async () => {
    const rule = 'when HTTP_REQUEST { log local0. "[TMM::cmp_unit]/[TMM::cmp_count]" }';
    expect(messages((await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/')] })).records[0]!)).toEqual(['0/1']);
    expect(messages((await run({ rules: { r: rule }, extra: { tmmCount: 4 }, traffic: [req(0, 'c1', '/')] })).records[0]!)).toEqual(['0/4']);
  });

  it('virtual NAME sends the request to another virtual of the scenario (why: virtual); an unknown one names virtuals', async () => {
    const rule = 'when HTTP_REQUEST { log local0. [virtual name]; virtual vs_inner }';
    const { records } = await run({ rules: { r: rule }, extra: { virtuals: ['/Common/vs_inner'] }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual(['/Common/vs_test']);
    expect(records[0]!).toMatchObject({ member: null, why: 'virtual', virtual: '/Common/vs_inner' });
    const without = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/')] });
    expect(without.records[0]!.error).toMatch(/virtual needs virtuals \(a list naming \/Common\/vs_inner\) in the scenario/);
  });

  // sharedvar "shares a variable between virtual servers" a connection passes through
  // (https://clouddocs.f5.com/api/irules/sharedvar.html): a rule on an inner virtual reads what the rule of
  // the virtual that targeted it (`virtual NAME`) stored. That virtual is not emulated: what it shared is a fact.
  it('sharedvar NAME reads what a virtual earlier on the path shared (sharedvars: a value or an array); once per connection', async () => {
    const rule = `when CLIENT_ACCEPTED { sharedvar ctx; sharedvar SNI }
when HTTP_REQUEST {
  sharedvar ctx
  log local0. "$ctx(ptcl) $SNI [info exists ctx(none)]"
  set ctx(ptcl) changed
}`;
    const { records } = await run({
      rules: { r: rule },
      extra: { sharedvars: { ctx: { ptcl: 'https', port: 443 }, SNI: 'www.example.com' } },
      traffic: [req(0, 'c1', '/a'), resp(0.1, 'c1'), req(1, 'c1', '/b'), resp(1.1, 'c1')],
    });
    // the second request's sharedvar does not read the scenario again: the connection's value stands
    expect(records.map((r) => messages(r))).toEqual([['https www.example.com 0'], ['changed www.example.com 0']]);
    const without = await run({ rules: { r: 'when HTTP_REQUEST { sharedvar ctx; log local0. [info exists ctx] }' }, traffic: [req(0, 'c1', '/')] });
    expect(messages(without.records[0]!)).toEqual(['0']);
  });

  it('PROFILE::exists answers from the virtual\'s profiles and the scenario\'s profiles list', async () => {
    const rule = 'when HTTP_REQUEST { log local0. "[PROFILE::exists http] [PROFILE::exists clientssl] [PROFILE::exists stream]" }';
    const { records } = await run({ rules: { r: rule }, extra: { profiles: ['stream'] }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual(['1 0 1']);
  });
});

describe('commands real rules use', () => {
  it('whereis reads the scenario\'s geo records (most specific network); without geo the error names it', async () => {
    const rule = 'when HTTP_REQUEST { log local0. "[whereis [IP::client_addr] country] [whereis [IP::client_addr] continent state] <[whereis 192.0.2.1 country]>" }';
    const geo = { '198.51.100.0/24': { country: 'US', continent: 'NA', state: 'CA' }, '198.51.100.7': { country: 'SK', continent: 'EU', state: 'BL' } };
    const { records } = await run({ rules: { r: rule }, extra: { geo }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual(['SK EU BL <>']);
    const without = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/')] });
    expect(without.records[0]!.error).toMatch(/whereis needs geo .* in the scenario/);
  });

  it('IP::hops reads the scenario\'s hops for the peer of the side (https://clouddocs.f5.com/api/irules/IP__hops.html); a peer it does not cover is a missing fact, never a guess', async () => {
    const rule = 'when HTTP_REQUEST { log local0. "client [IP::hops]" }\nwhen HTTP_RESPONSE { log local0. "server [IP::hops]" }';
    const hops = { '198.51.100.0/24': 12, '198.51.100.7': 3, '10.0.1.0/24': 1 };
    const { records } = await run({ rules: { r: rule }, extra: { hops }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1')] });
    expect(messages(records[0]!)).toEqual(['client 3', 'server 1']);
    const uncovered = await run({ rules: { r: rule }, extra: { hops: { '192.0.2.0/24': 5 } }, traffic: [req(0, 'c1', '/')] });
    expect(uncovered.records[0]!.error).toMatch(/IP::hops needs hops \(the hop count of 198\.51\.100\.7, by address or network\) in the scenario/);
    const caught = await run({ rules: { r: 'when HTTP_REQUEST { catch {IP::hops} } ' }, traffic: [req(0, 'c1', '/')] });
    expect(caught.records[0]!.error).toMatch(/IP::hops needs hops/);
    await expect(run({ rules: { r: rule }, extra: { hops: { 'not-an-ip': 5 } }, traffic: [req(0, 'c1', '/')] })).rejects.toThrow(/hops/);
  });

  it('AES::encrypt then AES::decrypt with an AES::key gives the data back; another key does not', async () => {
    const rule = `when HTTP_REQUEST {
  set k [AES::key 256]
  set other [AES::key 256]
  set c [AES::encrypt $k "secret data"]
  log local0. "[lindex $k 0] [lindex $k 1] [string length [lindex $k 2]] <[AES::decrypt $k $c]> [expr {[AES::decrypt $other $c] ne {secret data}}]"
}`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/')] });
    // Another key almost always fails the padding check (""); when it passes by chance the bytes are garbage.
    expect(messages(records[0]!)).toEqual(['AES 256 64 <secret data> 1']);
  });

  it('STREAM::expression with STREAM::enable rewrites the response body (the record shows it as streamed)', async () => {
    const rule = `when HTTP_REQUEST { STREAM::disable }
when HTTP_RESPONSE { STREAM::expression {@http://internal\\.example@https://www.example@} ; STREAM::enable }`;
    const { records } = await run({
      rules: { r: rule },
      traffic: [req(0, 'c1', '/'), { t: 0.1, conn: 'c1', response: { status: 200, headers: [], body: 'see http://internal.example/a and http://internal.example/b' } }],
    });
    expect(records[0]!.streamed).toBe('see https://www.example/a and https://www.example/b');
  });

  it('session add / lookup / delete keep data per mode and key', async () => {
    const rule = `when HTTP_REQUEST {
  if {[HTTP::uri] eq "/set"} { session add uie user42 blue 60 }
  log local0. "<[session lookup uie user42]>"
  if {[HTTP::uri] eq "/del"} { session delete uie user42; log local0. "<[session lookup uie user42]>" }
}`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/set'), req(1, 'c2', '/get'), req(2, 'c3', '/del')] });
    expect(records.map(messages)).toEqual([['<blue>'], ['<blue>'], ['<blue>', '<>']]);
  });

  it('log to a remote syslog server is recorded with its destination', async () => {
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { log 192.0.2.5:514 local7.info "hello" }' }, traffic: [req(0, 'c1', '/')] });
    expect(records[0]!.logs).toEqual(['syslog 192.0.2.5:514: Rule /Common/r <HTTP_REQUEST>: hello']);
  });

  it('legacy names run as the command their model entry points to (client_addr -> IP::client_addr)', async () => {
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { log local0. "[client_addr]:[client_port]" }' }, traffic: [req(0, 'c1', '/')] });
    expect(messages(records[0]!)).toEqual(['198.51.100.7:50432']);
  });

  it('HTTP::payload replace changes the response body seen by later commands', async () => {
    const rule = `when HTTP_RESPONSE { HTTP::collect 100 }
when HTTP_RESPONSE_DATA { HTTP::payload replace 0 5 HOWDY; log local0. [HTTP::payload] }`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/'), { t: 0.1, conn: 'c1', response: { status: 200, headers: [], body: 'hello world' } }] });
    expect(messages(records[0]!)).toEqual(['HOWDY world']);
  });

  it('commands whose effect cannot be reproduced stay "not emulated: NAME" with the reason', async () => {
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { CACHE::enable }' }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1')] });
    expect(records[0]!.error).toMatch(/not emulated: CACHE::enable \(the emulator has no web acceleration cache/);
  });
});
