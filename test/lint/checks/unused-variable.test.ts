// IR2051 unused-variable: set, never read anywhere in the rule.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR2051';

describe('IR2051 unused-variable', () => {
  it('reports a variable set but never read (once, at its first assignment)', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  set backend [HTTP::header value "X-Backend"]\n  pool web_pool\n}\nwhen HTTP_RESPONSE {\n  set backend ""\n}', [
      { line: 2, column: 7, severity: 'info' },
    ]);
  });
  it('accepts reads in other events, info exists, array elements, loop and regexp variables, statics', () => {
    const src = [
      'when RULE_INIT { set static::max 10 }',
      'when HTTP_REQUEST {',
      '  set host [HTTP::host]',
      '  set flags(seen) 1',
      '  set redirected 1',
      '  foreach {name value} {a 1 b 2} { log local0. $value }',
      '  regexp {^/(\\w+)} [HTTP::path] -> first',
      '  log local0. $flags(x)',
      '}',
      'when HTTP_RESPONSE {',
      '  if { [info exists redirected] } { log local0. $host }',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
  it('stays silent when variables can be read dynamically', () => {
    expectClean(C, 'when HTTP_REQUEST {\n  set greeting hello\n  HTTP::respond 200 content [subst $static::page]\n}');
  });
});
