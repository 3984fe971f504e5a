// IR2003 against F5's own forms: every form an F5 page documents is accepted, and a word count that
// irule inferred (no page checked) is at most a warning that says so (issue 9, "errors only for
// what is known"). The forms below are written from the pages' synopses; each case names its page,
// and says whether the page was read (checked) or its synopsis known only as public tooling
// transcribes it (the model then records the count as inferred).
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/model/index.js';
import { expectClean, expectReports, lintWith } from '../tester.js';

const F5 = 'https://clouddocs.f5.com/api/irules/';
const TMSH = 'https://clouddocs.f5.com/cli/tmsh-reference/';

/** [event, call, the page that documents the form, page checked] */
const documented: [string, string, string, boolean][] = [
  ['CLIENTSSL_HANDSHAKE', 'SSL::tls13_secret client early', `${F5}SSL__tls13_secret.html`, false],
  ['CLIENTSSL_HANDSHAKE', 'SSL::tls13_secret server hs', `${F5}SSL__tls13_secret.html`, false],
  ['HTTP_REQUEST', 'SSL::sessionid desired', `${TMSH}v13/modules/ltm/ltm_rule_command_SSL_sessionid.html`, true],
  ['HTTP_REQUEST', 'SSL::session invalidate nodrop', `${TMSH}v16/modules/ltm/ltm_rule_command_SSL_session.html`, true],
  ['SERVER_CONNECTED', 'TCP::option set 28 [binary format S 1] next', `${F5}TCP__option.html`, true],
  ['CLIENT_ACCEPTED', 'TCP::option get 28', `${F5}TCP__option.html`, true],
  ['SERVER_CONNECTED', 'TCP::idletime 60', `${F5}TCP__idletime.html`, false],
  ['HTTP_REQUEST', 'ACCESS::flowid abc', `${F5}ACCESS__flowid.html`, false],
  ['USER_RESPONSE', 'LB::detach disable', `${F5}LB__detach.html`, false],
  ['HTTP_RESPONSE', 'HTTP::retry -reset $req', `${F5}HTTP__retry.html`, false],
  ['HTTP_REQUEST', 'HTTP::version -string 1.1', `${F5}HTTP__version.html`, false],
  ['HTTP_REQUEST', 'PROFILE::exists persist cookie my_cookie', `${F5}PROFILE__exists.html`, false],
  ['CLIENT_ACCEPTED', 'virtual vs_other 10.0.0.1 443', `${F5}virtual.html`, false],
  ['HTTP_REQUEST', 'STATS::setmax stats_profile hits', `${F5}STATS__setmax.html`, false],
  ['CLIENT_ACCEPTED', 'translate address', `${F5}translate.html`, false],
  ['DNS_REQUEST', 'DNS::disable dnssec gtm', `${F5}DNS__disable.html`, false],
  ['DNS_REQUEST', 'DNS::log', `${F5}DNS__log.html`, false],
  ['CLIENT_ACCEPTED', 'IP::tos serverside 16', `${F5}IP__tos.html`, false],
  ['CLIENT_ACCEPTED', 'IP::reputation 10.0.0.1 10.0.0.2', `${F5}IP__reputation.html`, false],
];

describe('IR2003 accepts the forms F5 documents', () => {
  it.each(documented)('%s: %s (%s, checked: %s)', (event, call) => {
    expectClean('IR2003', `when ${event} {\n  set r [${call}]\n}`);
  });
});

describe('IR2003 severity follows the provenance of the word counts', () => {
  it('is an error where the count comes from an F5 page (tmsh SSL::session SYNOPSIS)', () => {
    expectReports('IR2003', 'when HTTP_REQUEST {\n  SSL::session invalidate drop now\n}', [
      { line: 2, column: 32, message: 'SSL::session takes 1 to 2 arguments, got 3', severity: 'error' },
    ]);
  });
  it('is an error for a TCP::option form beyond clouddocs TCP__option.html', () => {
    expectReports('IR2003', 'when SERVER_CONNECTED {\n  TCP::option set 28 $v all more\n}', [{ line: 2, column: 29, severity: 'error' }]);
  });
  it('is a warning that says "inferred" where the page was not checked (SSL::tls13_secret)', () => {
    expectReports('IR2003', 'when CLIENTSSL_HANDSHAKE {\n  set s [SSL::tls13_secret client]\n}', [
      { line: 2, column: 10, message: /inferred word counts.*SSL__tls13_secret\.html.*BIG-IP may accept this/, severity: 'warning' },
    ]);
  });
  it('is never an error for any command whose syntax provenance is inferred', () => {
    const errors: string[] = [];
    for (const spec of COMMANDS.values()) {
      if (spec.provenance.syntax.kind !== 'inferred' || spec.args.max === null || spec.disabled) continue;
      const words = Array.from({ length: spec.args.max + 1 }, () => 'x').join(' ');
      for (const d of lintWith('IR2003', `when HTTP_REQUEST {\n  ${spec.name} ${words}\n}`)) {
        if (d.severity === 'error' || !d.message.includes('inferred')) errors.push(`${spec.name}: ${d.severity} ${d.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('names on F5 pages are known commands (IR2002)', () => {
  // https://clouddocs.f5.com/api/irules/JSON.html, JSON__root.html, JSON__render.html
  it('accepts the JSON namespace', () => {
    expectClean('IR2002', 'when HTTP_REQUEST_DATA {\n  set c [JSON::create]\n  set top [JSON::root $c]\n  JSON::set $top string hello\n  set out [JSON::render $c]\n}');
  });
});

describe('HTTP2::disable and HTTP2::enable (https://clouddocs.f5.com/api/irules/HTTP2__disable.html)', () => {
  it('accept the page\'s forms and an extra word is an error', () => {
    expectClean('IR2003', 'when HTTP_REQUEST {\n  HTTP2::disable serverside\n  HTTP2::disable discard\n}');
    expectReports('IR2003', 'when HTTP_REQUEST {\n  HTTP2::disable serverside now\n}', [{ line: 2, column: 29, severity: 'error' }]);
  });
  it('are not doubted in CLIENT_ACCEPTED, where F5\'s HTTP2__enable.html example calls them (IR2004)', () => {
    expectClean('IR2004', 'when CLIENT_ACCEPTED {\n  HTTP2::disable\n  if { [IP::addr [IP::client_addr] equals 10.0.0.0/8] } {\n    HTTP2::enable\n  }\n}');
  });
});

describe('HTTP::disable and HTTP::enable before any request (IR2004)', () => {
  // The pattern of F5's published SSL Orchestrator rules: no request yet, HTTP parsing switched off
  // on accept and back on when the first bytes show an HTTP request. irule's list is inferred.
  it('are not doubted in CLIENT_ACCEPTED and CLIENT_DATA', () => {
    expectClean('IR2004', 'when CLIENT_ACCEPTED {\n  HTTP::disable\n  TCP::collect\n}\nwhen CLIENT_DATA {\n  if { [TCP::payload] starts_with "GET " } {\n    HTTP::enable\n  }\n  TCP::release\n}');
  });
  it('are still doubted, as a warning, in an event no source puts them in (SERVER_CLOSED)', () => {
    const ds = lintWith('IR2004', 'when SERVER_CLOSED {\n  HTTP::enable\n}');
    expect(ds.map((d) => d.severity)).toEqual(['warning']);
  });
});
