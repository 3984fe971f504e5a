import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2009 static-write-outside-init', () => {
  it('reports writes to static:: variables in traffic events', () => {
    expectReports('IR2009', 'when HTTP_REQUEST {\n  incr static::requests\n  set static::last [HTTP::uri]\n  unset -nocomplain static::x\n}', [
      { line: 2, column: 8, message: 'each TMM has its own copy', severity: 'warning' },
      { line: 3, column: 7 },
      { line: 4, column: 21 },
    ]);
  });
  it('accepts RULE_INIT writes and reads anywhere', () => {
    expectClean('IR2009', 'when RULE_INIT {\n  set static::max 100\n  array set static::map {a 1}\n}\nwhen HTTP_REQUEST {\n  set m $static::max\n  if { $static::max > 1 } { set n [set static::max] }\n}');
  });
});
