// IR2018: global variables demote the virtual from CMP (https://clouddocs.f5.com/api/irules/CMPCompatibility.html,
// https://my.f5.com/manage/s/article/K13033).
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2018 global-variable', () => {
  it('reports $::name, set ::name and global name once per variable', () => {
    expectReports('IR2018', 'when RULE_INIT {\n  set ::host "a"\n}\nwhen HTTP_REQUEST {\n  log local0. $::host\n  global counter\n  incr counter\n}', [
      { line: 2, column: 7, message: 'demotes a virtual server whose rule uses one from CMP', severity: 'warning' },
      { line: 6, column: 10 },
    ]);
  });
  it('accepts static::, ::static::, namespaced names and Tcl\'s own globals', () => {
    expectClean('IR2018', 'when RULE_INIT {\n  set static::host "a"\n}\nwhen HTTP_REQUEST {\n  log local0. "$static::host $::static::host $::tcl_platform(os)"\n  set x 1\n}');
  });
});
