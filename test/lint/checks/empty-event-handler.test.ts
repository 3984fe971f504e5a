import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR5002 empty-event-handler', () => {
  it('reports an empty or comment-only handler', () => {
    expectReports('IR5002', 'when HTTP_REQUEST {\n}\nwhen HTTP_RESPONSE {\n  # TODO\n}', [
      { line: 1, column: 1, severity: 'info' },
      { line: 3, column: 1 },
    ]);
  });
  it('accepts handlers that do something', () => {
    expectClean('IR5002', 'when HTTP_REQUEST {\n  pool p\n}');
  });
});
