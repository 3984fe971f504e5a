// IR1004: `#` after a command on the same line (measurements §6: `log local0. x # c` is refused).
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR1004 comment-as-argument', () => {
  it('an error for log (measured refusal), a warning for other commands', () => {
    expectReports('IR1004', 'when HTTP_REQUEST {\n  log local0. "hit" # debug only\n  pool web_pool # the default\n  set x 1 ## note\n}', [
      { line: 2, column: 21, message: 'BIG-IP refuses the rule', severity: 'error' },
      { line: 3, column: 17, message: '3 more argument(s) of pool', severity: 'warning' },
      { line: 4, column: 11, severity: 'warning' },
    ]);
  });
  it('leaves real comments, levels and values alone', () => {
    expectClean('IR1004', 'when HTTP_REQUEST {\n  # a comment\n  log local0. "hit" ;# debug\n  uplevel #0 { set y 1 }\n  set color #fff\n  HTTP::header insert X-Tag "#1 a"\n  set l {a # b}\n}');
  });
});
