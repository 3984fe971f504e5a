import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2002 unknown-command', () => {
  it('reports a near miss, inside a condition too', () => {
    expectReports('IR2002', 'when HTTP_REQUEST {\n  if { [HTTP::heade exists "X"] } {\n    HTTP::heade remove "X"\n  }\n}', [
      { line: 2, column: 9, message: 'did you mean "HTTP::header"?', severity: 'error' },
      { line: 3, column: 5, message: 'did you mean "HTTP::header"?' },
    ]);
  });
  it('suggests the right case', () => {
    expectReports('IR2002', 'when HTTP_REQUEST {\n  http::header remove X\n}', [{ line: 2, column: 3, message: '"HTTP::header"' }]);
  });
  it('reports unknown commands inside catch (BIG-IP checks them on load)', () => {
    expectReports('IR2002', 'when HTTP_REQUEST {\n  catch { xlog local0. hi }\n}', [{ line: 2, column: 11, message: 'undefined procedure' }]);
  });
  it('reports Tcl 8.5+ commands, which BIG-IP\'s Tcl 8.4 lacks', () => {
    expectReports('IR2002', 'when HTTP_REQUEST {\n  lassign [split [HTTP::host] :] host port\n  dict set d a 1\n}', [
      { line: 2, column: 3, message: 'Tcl 8.5+' },
      { line: 3, column: 3, message: 'Tcl 8.5+' },
    ]);
  });
  it('reports a proc invoked without call', () => {
    expectReports('IR2002', 'proc norm {p} { return [string tolower $p] }\nwhen HTTP_REQUEST {\n  set p [norm [HTTP::path]]\n}', [{ line: 3, column: 10, message: 'call norm' }]);
  });
  it('reports call of a proc this rule does not define', () => {
    expectReports('IR2002', 'proc norm {p} { return $p }\nwhen HTTP_REQUEST {\n  set p [call nrom [HTTP::path]]\n}', [{ line: 3, column: 15, message: 'did you mean "norm"?' }]);
  });
  it('accepts catalog and core commands, procs through call, other rules\' procs, computed names', () => {
    expectClean(
      'IR2002',
      [
        'proc ns::norm {p} { return [string tolower $p] }',
        'proc helper {a} { return [call ns::norm $a] }',
        'when HTTP_REQUEST {',
        '  set p [call helper [HTTP::path]]',
        '  set q [call ns::norm $p]',
        '  set r [call library_rule::validate $p]',
        '  set cmd HTTP::uri',
        '  set u [$cmd]',
        '  ::HTTP::header remove X',
        '  if { [class match -- $p starts_with dg] } { pool p } else { LB::reselect }',
        '  foreach {a b} [list 1 2] { incr a $b }',
        '  after 10 { log local0. later }',
        '}',
      ].join('\n'),
    );
  });
  it('leaves disabled commands and dangling else to their own checks', () => {
    expectClean('IR2002', 'when HTTP_REQUEST {\n  puts hi\n  if { 1 } {\n  }\n  else {\n  }\n}');
  });
});

describe('IR2002 after a malformed proc or an unclosed body: no cascade', () => {
  it('a proc without an argument list is one IR1001 error, not also an undefined procedure at each call', () => {
    const src = 'proc make_id {\n  return [clock clicks]\n}\nwhen HTTP_REQUEST {\n  set id [call make_id]\n  set other [call make_idx]\n}';
    expectReports('IR2002', src, [{ line: 6, column: 19, message: 'undefined procedure "make_idx"' }]);
    expectReports('IR1001', src, [{ line: 1, column: 1, message: 'should be "proc name args body"' }]);
  });
  it('an event body whose brace never closes reports the brace, not what follows it', () => {
    const src = 'when RULE_INIT {\n  set static::a 1\n\nwhen HTTP_REQUEST {\n  ltm_thing [IP::client_addr]\n}\n';
    expectClean('IR2002', src);
    expectClean('IR2004', src);
    expectReports('IR1001', src, [{ line: 1, column: 16, message: 'missing close-brace' }]);
  });
});
