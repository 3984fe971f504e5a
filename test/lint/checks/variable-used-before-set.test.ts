// IR2050 variable-used-before-set: reads with no assignment on any earlier path.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR2050';

describe('IR2050 variable-used-before-set', () => {
  it('reports a read in an event that runs before the only assignment', () => {
    expectReports(C, 'when CLIENT_ACCEPTED {\n  log local0. "tenant $tenant"\n}\nwhen HTTP_REQUEST {\n  set tenant [HTTP::host]\n}', [
      { line: 2, column: 23, message: 'only set in HTTP_REQUEST', severity: 'warning' },
    ]);
  });
  it('reports a read before the assignment in the same handler, a never-set name, and a proc local', () => {
    const src = 'proc f { a } {\n  return $b\n}\nwhen HTTP_REQUEST {\n  if { $seen } { pool p }\n  set seen 1\n  log local0. $sene\n}';
    expectReports(C, src, [
      { line: 2, column: 10, message: 'not an argument of the proc' },
      { line: 5, column: 8, message: 'read before it is set (line 6)' },
      { line: 7, column: 15, message: 'never set in this rule' },
    ]);
  });
  it('accepts earlier events, branches, loops, info exists guards, catch, procs arguments and statics', () => {
    const src = [
      'proc add { a {b 1} } { return [expr {$a + $b}] }',
      'when RULE_INIT { set static::debug 0 }',
      'when CLIENT_ACCEPTED { set n 0 }',
      'when HTTP_REQUEST {',
      '  if { [HTTP::header exists X-A] } { set a 1 }',
      '  if { [HTTP::header exists X-A] } { log local0. $a }',
      '  foreach h [HTTP::header names] { lappend names $h }',
      '  set i 0',
      '  while { $i < 3 } { if { $i > 0 } { log local0. $prev } ; set prev $i ; incr i }',
      '  if { [info exists later] } { log local0. $later }',
      '  catch { log local0. $maybe }',
      '  regexp {^/(\\w+)} [HTTP::path] -> first',
      '  log local0. "$n $first $static::debug $::errorInfo"',
      '}',
      'when HTTP_RESPONSE { set later 1 ; incr n ; log local0. $n }',
    ].join('\n');
    expectClean(C, src);
  });
  it('stays silent when variables can be set dynamically', () => {
    expectClean(C, 'when HTTP_REQUEST {\n  set name x\n  set $name 1\n  log local0. $x\n}');
    expectClean(C, 'proc setit {} { upvar 1 v v ; set v 1 }\nwhen HTTP_REQUEST {\n  call setit\n  log local0. $v\n}');
  });
});
