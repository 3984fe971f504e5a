// IR3003 missing-option-terminator: a client value where options are parsed, with no `--`.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR3003';

describe('IR3003 missing-option-terminator', () => {
  it('reports switch, class, table, regexp and unset subjects that may start with "-"', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  switch [HTTP::header value "X-Tenant"] {',
      '    acme { pool acme_pool }',
      '  }',
      '  set t [HTTP::cookie value tenant]',
      '  if { [class match $t equals tenants] } { pool p }',
      '  table lookup -subtable seen [HTTP::cookie value sid]',
      '  regexp -nocase [HTTP::header X-Re] "abc"',
      '  unset [HTTP::header X-Var]',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 2, column: 10, message: 'option of switch', severity: 'warning' },
      { line: 6, column: 21 },
      { line: 7, column: 31 },
      { line: 8, column: 18 },
      { line: 9, column: 9 },
    ]);
  });
  it('reports the request line too: HTTP::uri and HTTP::path are what the client sent', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  switch -glob [string tolower [HTTP::path]] { "/api/*" { pool api_pool } }\n  if { [class match [HTTP::uri] starts_with api_paths] } { pool p }\n}', [
      { line: 2, column: 16, message: 'put -- before it', severity: 'warning' },
      { line: 3, column: 21 },
    ]);
  });
  it('does not report with --, or for prefixed words', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  switch -- [HTTP::header value "X-Tenant"] { acme { pool acme_pool } }',
      '  switch -glob -- [string tolower [HTTP::path]] { "/api/*" { pool api_pool } }',
      '  switch -glob -- [HTTP::uri] { "/api/*" { pool api_pool } }',
      '  if { [regexp -- {^/a} "/x[HTTP::uri]"] } { pool p }',
      '  if { [class match -- [HTTP::header X-T] equals tenants] } { pool p }',
      '  table set -subtable seen -- [HTTP::cookie value sid] 1 60',
      '  table lookup -subtable seen "sid:[HTTP::cookie value sid]"',
      '  switch [IP::client_addr] { 10.0.0.1 { pool p } }',
      '  if { [class match [IP::client_addr] equals allowed] } { pool p }',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
  it('reports a value validated by a pattern that still allows a leading "-"', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  set id [HTTP::header value "X-Conversation-ID"]',
      '  if { [regexp {^[A-Za-z0-9._:-]{1,128}$} $id] } {',
      '    table set -subtable seen $id 1 60',
      '  }',
      '  set ok [HTTP::header value "X-Other"]',
      '  if { [regexp {^[A-Za-z0-9]{1,64}$} $ok] } { table set -subtable seen $ok 1 60 }',
      '}',
    ].join('\n');
    expectReports(C, src, [{ line: 4, column: 30, message: 'X-Conversation-ID header (line 2)' }]);
  });
});
