import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2007 deprecated', () => {
  it('reports deprecated commands with their replacement', () => {
    expectReports('IR2007', 'when HTTP_REQUEST {\n  if { [matchclass [HTTP::host] equals hosts] } {\n    set v [findclass [HTTP::host] host_map " "]\n  }\n  set u [http_uri]\n}', [
      { line: 2, column: 9, message: 'class match', severity: 'warning' },
      { line: 3, column: 12, message: 'class search' },
      { line: 5, column: 10, message: 'HTTP::uri' },
    ]);
  });
  it('reports deprecated events', () => {
    expectReports('IR2007', 'when AUTH_SUCCESS {\n  log local0. ok\n}', [{ line: 1, column: 6, message: 'AUTH_RESULT' }]);
  });
  it('accepts current commands', () => {
    expectClean('IR2007', 'when HTTP_REQUEST {\n  if { [class match [HTTP::host] equals hosts] } {\n    set v [class lookup [HTTP::host] host_map]\n  }\n}');
  });
});
