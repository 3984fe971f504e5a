// Lessons from linting published iRules: constructs BIG-IP loads that irule used to call errors,
// and defects it must keep reporting. Every rule here is written for this test.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/linter.js';

const errors = (src: string) => lintSource(src, 'r.tcl').filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column}`);

describe('no error for what BIG-IP loads', () => {
  it('HTTP request commands in LB_SELECTED, LB_FAILED, HTTP_REQUEST_RELEASE, ASM_* and ACCESS_* (F5\'s own examples; measurements §8: HTTP::uri in LB_SELECTED)', () => {
    expect(errors('when LB_SELECTED {\n  log local0. "[HTTP::uri] -> [LB::server]"\n}\nwhen LB_FAILED {\n  HTTP::redirect "https://[HTTP::host]/maintenance"\n}\n')).toEqual([]);
    expect(errors('when HTTP_REQUEST_RELEASE {\n  log local0. "[HTTP::host][HTTP::uri] [HTTP::header User-Agent]"\n}\n')).toEqual([]);
    expect(errors('when ASM_REQUEST_DONE {\n  if { [HTTP::path] starts_with "/upload" } { log local0. [HTTP::host] }\n}\n')).toEqual([]);
    expect(errors('when ACCESS_POLICY_COMPLETED {\n  HTTP::respond 302 Location "https://[HTTP::host]/"\n}\n')).toEqual([]);
    expect(errors('when HTTP_PROXY_REQUEST {\n  log local0. [HTTP::host]\n}\n')).toEqual([]);
  });
  it('an unmeasured event cell missing from a list is a warning naming its source', () => {
    const ds = lintSource('when CLIENT_ACCEPTED {\n  HTTP::close\n}\n', 'r.tcl').filter((d) => d.code === 'IR2004');
    expect(ds.map((d) => d.severity)).toEqual(['warning']);
    expect(ds[0]!.message).toMatch(/may not be valid in CLIENT_ACCEPTED: (F5's "valid during" list|irule's own list)/);
  });
  it('sideband close after connect (https://clouddocs.f5.com/api/irules/close.html)', () => {
    expect(errors('when HTTP_REQUEST {\n  set c [connect -protocol TCP -timeout 100 10.0.0.9:80]\n  send $c "ping"\n  close $c\n}\n')).toEqual([]);
  });
  it('IP::local_addr and IP::remote_addr take clientside|serverside (https://clouddocs.f5.com/api/irules/IP__local_addr.html)', () => {
    expect(errors('when HTTP_RESPONSE {\n  log local0. "[IP::local_addr clientside] [IP::remote_addr serverside] [IP::local_addr serverside]"\n}\n')).toEqual([]);
  });
  it('GTM/DNS answers cname and host in a DNS rule (https://clouddocs.f5.com/api/irules/cname.html)', () => {
    expect(errors('when DNS_REQUEST {\n  if { [DNS::question name] eq "old.example" } {\n    cname new.example\n  } else {\n    host 192.0.2.10\n  }\n}\n')).toEqual([]);
  });
  it('clock format with -format and -gmt (six words, Tcl 8.4 manual)', () => {
    expect(errors('when HTTP_RESPONSE {\n  HTTP::header insert Expires [clock format [clock seconds] -format "%a, %d %b %Y %T GMT" -gmt 1]\n}\n')).toEqual([]);
  });
});

describe('still errors: true defects found in published rules', () => {
  it('an if whose body is cut off by a comment line (N4: the body is not picked up)', () => {
    // BIG-IP refuses it at load, `missing a script after "if"` (measurements §2): a load failure.
    expect(errors('when HTTP_REQUEST {\n  if { [HTTP::uri] eq "/" }\n  # old test\n  {\n    pool a\n  }\n}\n')).toEqual(['IR1001 2:3']);
  });
  it('a missing space glues the loop variable to its list (foreach v$list)', () => {
    expect(errors('when HTTP_RESPONSE {\n  foreach c[HTTP::cookie names] {\n    HTTP::cookie remove $c\n  }\n}\n')).toEqual(['IR2003 2:3']);
  });
  it('catch with a third word: Tcl 8.4 (BIG-IP) takes at most two', () => {
    expect(errors('when HTTP_REQUEST {\n  if { [catch [string length x] contains "a"] } { pool a }\n}\n')).toEqual(['IR2003 2:42']);
  });
  it('two when blocks for one event at one priority ("Duplicate event")', () => {
    expect(errors('when LB_SELECTED {\n  log local0. a\n}\nwhen LB_SELECTED {\n  log local0. b\n}\n')).toEqual(['IR2015 4:6']);
  });
  it('HTTP::status in HTTP_REQUEST (measured refusal)', () => {
    expect(errors('when HTTP_REQUEST {\n  if { [HTTP::status] == 404 } { pool a }\n}\n')).toEqual(['IR2004 2:9']);
  });
});
