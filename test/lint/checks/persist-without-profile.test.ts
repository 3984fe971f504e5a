import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2013 persist-without-profile', () => {
  it('reports persist uie without a universal profile', () => {
    expectReports('IR2013', 'when HTTP_REQUEST {\n  persist uie [HTTP::cookie sid] 1800\n}\nwhen HTTP_RESPONSE {\n  persist add uie [HTTP::cookie sid]\n}', [
      { line: 2, column: 11, severity: 'warning' },
      { line: 5, column: 15 },
    ], { virtual: { profiles: ['http'] } });
  });
  it('is silent when the profiles are unknown or include universal persistence', () => {
    expectClean('IR2013', 'when HTTP_REQUEST {\n  persist uie [HTTP::cookie sid]\n}');
    expectClean('IR2013', 'when HTTP_REQUEST {\n  persist uie [HTTP::cookie sid]\n  persist source_addr\n}', { virtual: { profiles: ['http', 'universal'] } });
  });
});
