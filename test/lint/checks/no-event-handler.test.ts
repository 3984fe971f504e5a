import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR5001 no-event-handler', () => {
  it('reports a rule with no when block', () => {
    expectReports('IR5001', '# nothing here\npriority 100\n', [{ line: 1, column: 1, severity: 'warning' }]);
  });
  it('accepts rules with handlers, proc libraries and broken rules (syntax errors say more)', () => {
    expectClean('IR5001', 'when HTTP_REQUEST {\n  pool p\n}');
    expectClean('IR5001', 'proc helper {a} {\n  return $a\n}');
    expectClean('IR5001', 'when HTTP_REQUEST {\n  pool p\n');
  });
});
