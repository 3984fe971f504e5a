// IR4006 path-prefix-without-boundary: "/chat" also matches "/chatbot".
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4006';

describe('IR4006 path-prefix-without-boundary', () => {
  it('reports starts_with, string match, matches_glob and switch -glob prefixes without a boundary', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  if { [HTTP::path] starts_with "/chat" } { pool chat }',
      '  set p [string tolower [HTTP::uri]]',
      '  if { [string match "/api*" $p] } { pool api }',
      '  if { $p matches_glob "/v1/stream*" } { pool s }',
      '  switch -glob [HTTP::path] {',
      '    "/ws*" { pool ws }',
      '  }',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 2, column: 33, message: 'eq "/chat" or starts_with "/chat/"', severity: 'warning' },
      { line: 4, column: 22 },
      { line: 5, column: 24 },
      { line: 7, column: 5 },
    ]);
  });
  it('accepts boundaries, files, partial-segment prefixes ending in punctuation, and non-path values', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  if { [HTTP::path] eq "/chat" or [HTTP::path] starts_with "/chat/" } { pool chat }',
      '  if { [HTTP::path] starts_with "/ws/" or [HTTP::path] starts_with "/favicon.ico" } { pool ws }',
      '  if { [HTTP::path] starts_with "/img-" } { pool img }',
      '  if { [HTTP::header Referer] starts_with "/chat" } { pool r }',
      '  switch -glob [HTTP::path] { "/api" - "/api/*" { pool api } "/static/*" { pool s } }',
      '  if { [HTTP::host] starts_with "api" } { pool a }',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
