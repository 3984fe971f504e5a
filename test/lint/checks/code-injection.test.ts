// IR3002 code-injection: client data run as Tcl by eval/subst/uplevel/after.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR3002';

describe('IR3002 code-injection', () => {
  it('reports eval of a string built from a header, through a variable', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  set action [HTTP::header value "X-Action"]\n  eval "pool $action"\n}', [
      { line: 3, column: 8, message: 'X-Action header (line 2)', severity: 'error' },
    ]);
  });
  it('reports subst, uplevel and the script of after', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  set page [subst [HTTP::query]]\n  after 10 "log local0. [HTTP::uri]"\n  uplevel 1 [HTTP::header X-Cmd]\n}', [
      { line: 2, column: 19 },
      { line: 3, column: 12 },
      { line: 4, column: 13 },
    ]);
  });
  it('follows taint across events of the connection and through string operations', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  set t [string tolower [HTTP::cookie value tenant]]\n}\nwhen HTTP_RESPONSE {\n  eval [concat log local0. $t]\n}', [
      { line: 5, column: 8, message: 'tenant cookie (line 2)' },
    ]);
  });
  it('does not report list-quoted commands, literal scripts, validated values or non-client data', () => {
    expectClean(C, 'when HTTP_REQUEST {\n  eval [list pool [HTTP::header value "X-Pool"]]\n  eval { pool web_pool }\n  after 100 { log local0. "later" }\n  set c [IP::client_addr]\n  eval "log local0. $c"\n}');
    expectClean(C, 'when HTTP_REQUEST {\n  set p [HTTP::header value "X-Pool"]\n  if { [regexp {^[a-z_]{1,32}$} $p] } {\n    eval "pool $p"\n  }\n}');
    expectClean(C, 'when HTTP_REQUEST {\n  set x [subst -nocommands [HTTP::query]]\n  after cancel [HTTP::header X-Id]\n}');
  });
});
