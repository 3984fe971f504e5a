// Modules outside the rule whose answers are scenario facts (IP intelligence, iRules LX, the ASM policy,
// the ECA plugin, APM's user index), the HTTP filter's passthrough mode, FLOW_INIT and the `use`
// statement. Sources (under https://clouddocs.f5.com/api/irules/): IP__reputation.html, ILX__init.html,
// ILX__call.html, ASM_REQUEST_DONE.html, ASM_REQUEST_VIOLATION.html, ASM__status.html, ASM__violation.html,
// ASM__disable.html, ECA__enable.html, ECA__select.html, ECA__status.html, ACCESS__enable.html,
// ACCESS__user.html, HTTP__disable.html, HTTP__enable.html, FLOW_INIT.html, use.html.

import { afterAll, describe, expect, it } from 'vitest';
import { NOT_EMULATED } from '../../../src/model/emulation.js';
import { cleanup, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

const one = [req(0, 'c1', '/'), resp(0.1, 'c1')];

describe('IP::reputation reads the scenario reputation map (default: no category)', () => {
  const rule = 'when HTTP_REQUEST { log local0. "<[IP::reputation [IP::client_addr]]> <[IP::reputation 192.0.2.1]>" }';
  it('an address the scenario does not list has no category: an empty list', async () => {
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(messages(records[0]!)).toEqual(['<> <>']);
  });
  it('the most specific network containing the address gives its categories', async () => {
    const reputation = { '198.51.100.0/24': ['Proxy'], '198.51.100.7': ['Scanners', 'Web Attacks'] };
    const { records } = await run({ rules: { r: rule }, extra: { reputation }, traffic: one });
    expect(messages(records[0]!)).toEqual(['<Scanners {Web Attacks}> <>']);
  });
  it('a reputation key that is not an address or network is a scenario error naming the field', async () => {
    await expect(run({ rules: { r: rule }, extra: { reputation: { 'not-an-ip': ['Proxy'] } }, traffic: one })).rejects.toThrow(/reputation/);
  });
});

describe('ILX::init / ILX::call reply from the scenario ilx map, never a made-up reply', () => {
  const rule = `when HTTP_REQUEST {
  set h [ILX::init form_pl form_ext]
  set r [ILX::call $h -timeout 1000 form2json a=1]
  log local0. "[lindex $r 0] [lindex $r 1]"
}`;
  it('the reply of the method is the scenario value (a Tcl list)', async () => {
    const { records } = await run({ rules: { r: rule }, extra: { ilx: { 'form_pl/form_ext': { form2json: '0 {{"a":"1"}}' } } }, traffic: one });
    expect(messages(records[0]!)).toEqual(['0 {"a":"1"}']);
  });
  it('no reply in the scenario: one error naming the field', async () => {
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(records[0]!.error).toMatch(/ - ILX::call needs ilx\["form_pl\/form_ext"\] .* in the scenario$/);
    const other = await run({ rules: { r: rule }, extra: { ilx: { form_ext: { other: '1' } } }, traffic: one });
    expect(other.records[0]!.error).toMatch(/ILX::call needs ilx\["form_pl\/form_ext"\]\.form2json .* in the scenario/);
  });
});

describe('ASM request events when the scenario has a security policy', () => {
  const rule = `when HTTP_REQUEST { log local0. req }
when ASM_REQUEST_DONE { log local0. "done [ASM::policy] [ASM::status] [ASM::violation count] [ASM::violation names]" }
when LB_SELECTED { log local0. lb }`;
  it('ASM_REQUEST_DONE runs after HTTP_REQUEST and before load balancing, with the verdict the scenario gives', async () => {
    const asm = { policy: '/Common/waf', verdicts: [{ uri: '/admin*', status: 'Alarm', violations: ['VIOL_URL', 'VIOL_PARAMETER'] }] };
    const { records } = await run({ rules: { r: rule }, extra: { asm }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), req(1, 'c1', '/admin/x'), resp(1.1, 'c1')] });
    expect(messages(records[0]!)).toEqual(['req', 'done /Common/waf Clear 0 ', 'lb']);
    expect(messages(records[1]!)).toEqual(['req', 'done /Common/waf Alarm 2 VIOL_URL VIOL_PARAMETER', 'lb']);
  });
  it('compatibility mode raises ASM_REQUEST_VIOLATION for a request with violations only', async () => {
    const r = 'when ASM_REQUEST_VIOLATION { log local0. "viol [ASM::status]" }';
    const asm = { policy: '/Common/waf', mode: 'compatibility', verdicts: [{ method: 'POST', status: 'Alarm', violations: ['VIOL_X'] }] };
    const { records } = await run({ rules: { r }, extra: { asm }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), req(1, 'c1', '/', { method: 'POST' }), resp(1.1, 'c1')] });
    expect(messages(records[0]!)).toEqual([]);
    expect(messages(records[1]!)).toEqual(['viol Alarm']);
  });
  it('without a policy the ASM handler is reported as never running, and ASM:: commands name the field', async () => {
    const { summary } = await run({ rules: { r: rule }, traffic: one });
    expect(JSON.stringify(summary.notRaised)).toMatch(/ASM_REQUEST_DONE.*needs an ASM security policy: give it as asm in the scenario/);
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { log local0. [ASM::status] }' }, traffic: one });
    expect(records[0]!.error).toMatch(/ASM::status needs asm .* in the scenario/);
  });
  it('ASM::disable stops the ASM events for the connection', async () => {
    const r = 'when HTTP_REQUEST { if {[HTTP::uri] eq "/off"} { ASM::disable } }\nwhen ASM_REQUEST_DONE { log local0. done }';
    const { records } = await run({ rules: { r }, extra: { asm: { policy: '/Common/waf' } }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), req(1, 'c1', '/off'), resp(1.1, 'c1'), req(2, 'c1', '/'), resp(2.1, 'c1')] });
    expect(records.map((x) => messages(x).length)).toEqual([1, 0, 0]);
  });
});

describe('ECA plugin: its NTLM result is the scenario eca fact', () => {
  const rule = `when HTTP_REQUEST {
  ECA::enable
  ECA::select select_ntlm:/Common/ntlm_config
  log local0. "[ECA::status] [ECA::domainname]\\\\[ECA::username]"
}`;
  it('with eca given, the request goes on and ECA:: reports the result', async () => {
    const { records } = await run({ rules: { r: rule }, extra: { eca: { status: 'NTLM_STATUS_OK', username: 'alice', domainname: 'CORP' } }, traffic: one });
    expect(records[0]!.error).toBeFalsy();
    expect(messages(records[0]!)).toEqual(['NTLM_STATUS_OK CORP\\alice']);
  });
  it('without eca: one error naming the field; a failed authentication is not emulated (the plugin answers the client)', async () => {
    expect((await run({ rules: { r: rule }, traffic: one })).records[0]!.error).toMatch(/ECA::enable needs eca .* in the scenario/);
    const failed = await run({ rules: { r: rule }, extra: { eca: { status: 'NTLM_STATUS_WRONG_PASSWORD' } }, traffic: one });
    expect(failed.records[0]!.error).toMatch(/not emulated: ECA::enable/);
  });
  it('ECA::select accepts only select_ntlm:NAME / select_kerberos:NAME', async () => {
    const r = 'when HTTP_REQUEST { ECA::select ntlm_config }';
    expect((await run({ rules: { r }, traffic: one })).records[0]!.error).toMatch(/must be select_ntlm:NAME or select_kerberos:NAME/);
  });
});

describe('APM: ACCESS::enable and ACCESS::user getsid', () => {
  it('ACCESS::user getsid returns the scenario session id when its session.user.uuid is the key, else none', async () => {
    const rule = 'when HTTP_REQUEST { ACCESS::disable\n ACCESS::enable\n log local0. "<[ACCESS::user getsid alice:10.1.1.1]> <[ACCESS::user getsid bob]>" }';
    const apm = { 'session.id': 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 'session.user.uuid': 'alice:10.1.1.1' };
    const { records } = await run({ rules: { r: rule }, extra: { apm }, traffic: one });
    expect(messages(records[0]!)).toEqual(['<a1b2c3d4e5f60718293a4b5c6d7e8f90> <>']);
  });
});

describe('HTTP::disable / HTTP::enable: passthrough mode raises no HTTP events', () => {
  it('after HTTP::disable in CLIENT_ACCEPTED no HTTP_* event runs; the request still reaches a member', async () => {
    const rule = `when CLIENT_ACCEPTED { HTTP::disable }
when HTTP_REQUEST { log local0. req }
when HTTP_RESPONSE { log local0. resp }
when LB_SELECTED { log local0. lb }`;
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(messages(records[0]!)).toEqual(['lb']);
    expect(records[0]!.member).toBeTruthy();
  });
  it('HTTP::enable (here in CLIENT_DATA, before the request is parsed) turns full parsing back on', async () => {
    const rule = `when CLIENT_ACCEPTED { HTTP::disable\n TCP::collect }
when CLIENT_DATA { HTTP::enable\n TCP::release }
when HTTP_REQUEST { log local0. req }`;
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(messages(records[0]!)).toEqual(['req']);
  });
  it('HTTP::disable discard is not emulated', async () => {
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { HTTP::disable discard }' }, traffic: one });
    expect(records[0]!.error).toMatch(/not emulated: HTTP::disable discard/);
  });
});

describe('FLOW_INIT runs before CLIENT_ACCEPTED, in the connection', () => {
  it('a variable set in FLOW_INIT is there in CLIENT_ACCEPTED and HTTP_REQUEST; once per connection', async () => {
    const rule = `when FLOW_INIT { set flows [TMM::cmp_unit] ; log local0. flow }
when CLIENT_ACCEPTED { log local0. "accepted $flows" }
when HTTP_REQUEST { log local0. "req $flows" }`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), req(1, 'c1', '/'), resp(1.1, 'c1')] });
    expect(messages(records[0]!)).toEqual(['flow', 'accepted 0', 'req 0']);
    expect(messages(records[1]!)).toEqual(['req 0']);
  });
});

describe('use: the BIG-IP 4.x statement paired with pool, node, snat, ...', () => {
  it('use pool P is pool P', async () => {
    const { records } = await run({
      rules: { r: 'when HTTP_REQUEST { use pool other_pool }' },
      pools: [{ name: '/Common/other_pool', members: ['10.0.9.1:80'] }],
      traffic: one,
    });
    expect(records[0]!.member).toBe('10.0.9.1:80');
  });
  it('use with anything else stops with an error naming the documented pairings', async () => {
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { use [HTTP::header X-Forwarded-For] in replacement of [IP::client_addr] }' }, traffic: one });
    expect(records[0]!.error).toMatch(/use: "" is not one of clone, nexthop, node, pool, rateclass, snat, snatpool/);
  });
});

describe('legacy ::name globals: shared by the connections, and the virtual is demoted from CMP', () => {
  it('a global set in RULE_INIT or by one connection is seen by the others; the summary reports the demotion (K13033)', async () => {
    const rule = `when RULE_INIT { set ::greeting hello }
when HTTP_REQUEST { incr ::hits ; log local0. "$::greeting $::hits" }`;
    const { records, summary } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1'), req(1, 'c2', '/'), resp(1.1, 'c2')] });
    expect(records.map((x) => messages(x)[0])).toEqual(['hello 1', 'hello 2']);
    expect(summary.cmp).toMatch(/^demoted: \/Common\/r <RULE_INIT> uses the global variable ::greeting, so TMM0 handles all of this virtual server's connections \(https:\/\/my\.f5\.com\/manage\/s\/article\/K13033\)$/);
  });
  it('static:: variables, connection variables and Tcl\'s own ::tcl_platform do not demote', async () => {
    const rule = 'when RULE_INIT { set static::g 1 }\nwhen HTTP_REQUEST { set x $static::g ; log local0. "$x $::tcl_platform(os)" }';
    const { records, summary } = await run({ rules: { r: rule }, traffic: one });
    expect(messages(records[0]!)).toEqual(['1 BIG-IP']);
    expect(summary.cmp).toBeUndefined();
  });
  it('F5\'s workaround `upvar #0 tcl_platform static::tcl_platform` in RULE_INIT maps the array into static:: (https://cdn.f5.com/product/bugtracker/ID423392.html)', async () => {
    const rule = 'when RULE_INIT { upvar #0 tcl_platform static::tcl_platform }\nwhen HTTP_REQUEST { log local0. "$static::tcl_platform(os) $static::tcl_platform(tmmVersion)" }';
    const { records, summary } = await run({ rules: { r: rule }, traffic: one });
    expect(records[0]!.error).toBeNull();
    expect(messages(records[0]!)).toEqual(['BIG-IP 26']);
    expect(summary.cmp).toBeUndefined();
  });
  it('static::tcl_platform reads the global array (bug 423392, fixed in 13.0.0), and `upvar #0 tcl_platform` in a proc an event calls reaches it too', async () => {
    const rule = `proc tmm {} { upvar #0 tcl_platform static::tcl_platform ; return $static::tcl_platform(tmmVersion) }
when HTTP_REQUEST { log local0. "$static::tcl_platform(os) [call tmm] $tcl_platform(wordSize)" }`;
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(records[0]!.error).toBeNull();
    expect(messages(records[0]!)).toEqual(['BIG-IP 26 8']);
  });
  it('a global a rule reads but never sets is a Tcl error, as on BIG-IP', async () => {
    const { records } = await run({ rules: { r: 'when HTTP_REQUEST { log local0. $::internal_hostname }' }, traffic: one });
    expect(records[0]!.error).toMatch(/can't read "::internal_hostname": no such variable/);
  });
});

describe('after (https://clouddocs.f5.com/api/irules/after.html): "Delays rule execution for the given milliseconds"', () => {
  it('after MS moves the clock the rule sees forward for the rest of the request (clock, table timeouts)', async () => {
    const rule = `when HTTP_REQUEST {
  set t0 [clock clicks -milliseconds]
  table set k v 1
  after 1500
  log local0. "waited [expr {[clock clicks -milliseconds] - $t0}] <[table lookup k]>"
}`;
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(messages(records[0]!)).toEqual(['waited 1500 <>']);
  });
  it('after 0 SCRIPT runs when the handler ends, on the same connection; after cancel removes it', async () => {
    const rule = `when HTTP_REQUEST {
  set n 1
  after 0 { log local0. "later $n" }
  set id [after 0 { log local0. never }]
  after cancel $id
  log local0. "now [llength [after info]]"
}`;
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(messages(records[0]!)).toEqual(['now 1', 'later 1']);
  });
  it('a later timer and -periodic are not emulated; a wait beyond the bound is an error', async () => {
    expect((await run({ rules: { r: 'when HTTP_REQUEST { after 10 { log local0. x } }' }, traffic: one })).records[0]!.error).toMatch(/not emulated: after MS SCRIPT/);
    expect((await run({ rules: { r: 'when HTTP_REQUEST { after 10 -periodic { log local0. x } }' }, traffic: one })).records[0]!.error).toMatch(/not emulated: after -periodic/);
    expect((await run({ rules: { r: 'when HTTP_REQUEST { while {1} { after 100000 } }' }, traffic: one })).records[0]!.error).toMatch(/would wait more than 3600 s/);
  });
});

describe('a missing scenario fact is not the rule\'s to catch', () => {
  it('catch around ILX::call does not turn a missing reply into the rule\'s error branch (no made-up outcome)', async () => {
    const rule = 'when HTTP_REQUEST { if {[catch {ILX::call [ILX::init p e] m} r]} { log local0. "rpc failed" } }';
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(messages(records[0]!)).toEqual([]);
    expect(records[0]!.error).toMatch(/ILX::call needs ilx\["p\/e"\] .* in the scenario$/);
  });
});

describe('BOTDEFENSE (https://clouddocs.f5.com/api/irules/BOTDEFENSE__disable.html): the emulator runs no Bot Defense', () => {
  it('BOTDEFENSE::disable turns off what does not run here: the request goes on to the pool', async () => {
    const rule = 'when CLIENT_ACCEPTED { if {[IP::addr [IP::client_addr] equals 198.51.100.0/24]} { BOTDEFENSE::disable } }';
    const { records } = await run({ rules: { r: rule }, traffic: one });
    expect(records[0]!.error).toBeNull();
    expect(records[0]!.why).toBe('lb');
  });
  it('BOTDEFENSE::action (its decision) and BOTDEFENSE::enable stay not emulated, the reason in the model (docs/commands)', async () => {
    for (const cmd of ['BOTDEFENSE::action', 'BOTDEFENSE::enable']) {
      const { records } = await run({ rules: { r: `when HTTP_REQUEST { ${cmd} }` }, traffic: one });
      expect(records[0]!.error).toMatch(new RegExp(`not emulated: ${cmd}$`));
      expect(NOT_EMULATED[cmd]).toMatch(/^Bot Defense is not emulated/);
    }
  });
});
