// The RuleTester itself (test/lint/tester.ts), on the existing syntax checks.
import { describe, expect, it } from 'vitest';
import { expectClean, expectReports, lintWith } from '../tester.js';

describe('tester', () => {
  it('expectReports matches positions and messages', () => {
    expectReports('IR1003', 'when HTTP_REQUEST {\n  if { 1 } {\n    pool a\n  }\n  # x\n  else {\n    pool b\n  }\n}', [
      { line: 6, column: 3, message: /same line/, severity: 'error' },
    ]);
  });
  it('accepts a check name and the severity option', () => {
    expectReports('missing-word-space', 'when HTTP_REQUEST {\n  if { 1 }{ pool a }\n}', [{ line: 2, column: 11, severity: 'info' }], { severity: 'info' });
  });
  it('expectClean', () => {
    expectClean('IR1001', 'when HTTP_REQUEST {\n  pool a\n}');
  });
  it('an unknown check code is an error', () => {
    expect(() => lintWith('IR9999', '')).toThrow(/no registered check/);
  });
});
