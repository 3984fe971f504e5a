import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2015 duplicate-event', () => {
  it('reports the same event twice at the same priority', () => {
    expectReports('IR2015', 'when HTTP_REQUEST {\n  pool a\n}\nwhen HTTP_REQUEST {\n  pool b\n}\nwhen CLIENT_ACCEPTED priority 100 {\n}\nwhen CLIENT_ACCEPTED priority 100 {\n}', [
      { line: 4, column: 6, message: 'line 1', severity: 'error' },
      { line: 9, column: 6, message: 'priority 100' },
    ]);
  });
  it('accepts the same event at different priorities', () => {
    expectClean('IR2015', 'when HTTP_REQUEST priority 10 {\n  pool a\n}\nwhen HTTP_REQUEST priority 1000 {\n  pool b\n}\nwhen HTTP_REQUEST {\n}\npriority 200\nwhen HTTP_REQUEST {\n}');
  });
});
