import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR3001 unbraced-expression', () => {
  it('reports unbraced expr, if, while and for tests', () => {
    expectReports('IR3001', 'when HTTP_REQUEST {\n  set n [expr $x + 1]\n  if $debug { log local0. d }\n  while "$i < 3" { incr i }\n  for {set i 0} $i<3 {incr i} { }\n}', [
      { line: 2, column: 15, endColumn: 21, message: 'double substitution', severity: 'warning' },
      { line: 3, column: 6 },
      { line: 4, column: 9 },
      { line: 5, column: 17 },
    ]);
  });
  it('is an error with client-controlled data', () => {
    expectReports('IR3001', 'when HTTP_REQUEST {\n  if "[HTTP::header value X-Flag] == 1" { pool p }\n}', [{ line: 2, column: 6, severity: 'error', message: 'HTTP::header' }]);
  });
  it('accepts braced expressions and literal words', () => {
    expectClean('IR3001', 'when HTTP_REQUEST {\n  set n [expr { $x + 1 }]\n  if { $debug } { }\n  if 1 { }\n  while { $i < 3 } { incr i }\n  set m [expr 1 + 2]\n}');
  });
});
