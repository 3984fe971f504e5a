// IR4007 absolute-form-uri: path routing that misses `GET http://host/path`.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4007';

describe('IR4007 absolute-form-uri', () => {
  it('reports the first anchored path test of a handler that routes (once per handler)', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  if { [HTTP::path] starts_with "/admin/" } { reject }',
      '  switch -glob [HTTP::uri] { "/api/*" { pool api } }',
      '}',
    ].join('\n');
    expectReports(C, src, [{ line: 2, column: 8, message: 'docs/bigip-reference.md §3.2a', severity: 'info' }]);
    expectReports(C, 'when HTTP_REQUEST {\n  if { [HTTP::uri] eq "/" } { HTTP::redirect "/home" }\n  if { [HTTP::path] starts_with "/admin/" } { reject }\n}', [{ line: 3, column: 8 }]);
    expectReports(C, 'when HTTP_REQUEST {\n  switch [string tolower [HTTP::path]] {\n    "/login" { pool auth }\n  }\n}', [{ line: 2, column: 10 }]);
  });
  it('stays silent without a routing decision, with unanchored patterns, or when the rule handles absolute URIs', () => {
    expectClean(C, 'when HTTP_REQUEST {\n  if { [HTTP::path] starts_with "/api/" } { log local0. api }\n}');
    expectClean(C, 'when HTTP_REQUEST {\n  switch -glob [HTTP::path] { "*/api/*" { pool api } }\n}');
    expectClean(C, 'when HTTP_REQUEST {\n  if { not ([HTTP::path] starts_with "/") } { reject ; return }\n  if { [HTTP::path] starts_with "/admin/" } { reject }\n}');
    expectClean(C, 'when HTTP_REQUEST {\n  set path [URI::path [HTTP::uri]]\n  if { [HTTP::path] starts_with "/admin/" } { reject }\n}');
    expectClean(C, 'when HTTP_RESPONSE {\n  if { [HTTP::header Location] starts_with "/x" } { HTTP::respond 500 }\n}');
  });
});
