import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2012 unreachable-branch', () => {
  it('reports a switch -glob pattern covered by a broader one', () => {
    expectReports('IR2012', 'when HTTP_REQUEST {\n  switch -glob -- [HTTP::path] {\n    "/api*" { pool api }\n    "/api/v1*" { pool v1 }\n    "*.jpg" { pool img }\n    "/img/*.jpg" { pool img2 }\n    * { pool web }\n    default { pool other }\n  }\n}', [
      { line: 4, column: 5, message: 'broader pattern "/api*"', severity: 'warning' },
      { line: 6, column: 5, message: '"*.jpg"' },
      { line: 8, column: 5, message: 'default branch' },
    ]);
  });
  it('reports duplicate switch patterns', () => {
    expectReports('IR2012', 'when HTTP_REQUEST {\n  switch [HTTP::host] {\n    a.example { pool a }\n    b.example { pool b }\n    a.example { pool c }\n  }\n}', [{ line: 5, column: 5, message: 'duplicate' }]);
  });
  it('reports repeated and narrowed elseif conditions', () => {
    expectReports('IR2012', 'when HTTP_REQUEST {\n  if { [HTTP::path] starts_with "/api" } {\n    pool api\n  } elseif { [HTTP::path] starts_with "/api/v1" } {\n    pool v1\n  } elseif { $x == 1 } {\n  } elseif {$x   == 1} {\n  }\n}', [
      { line: 4, column: 12, message: 'covered by the condition on line 2' },
      { line: 7, column: 12, message: 'repeats the condition on line 6' },
    ]);
  });
  it('accepts specific-first orders and unrelated tests', () => {
    expectClean('IR2012', 'when HTTP_REQUEST {\n  switch -glob -- [HTTP::path] {\n    "/api/v1*" { pool v1 }\n    "/api*" { pool api }\n    "*.js" - "*.css" { pool static }\n    default { pool web }\n  }\n  if { [HTTP::path] starts_with "/api/v1" } { } elseif { [HTTP::path] starts_with "/api" } { } elseif { [HTTP::host] starts_with "/api/v1" } { }\n  if { [incr n] == 1 } { } elseif { [incr n] == 1 } { }\n}');
  });
});
