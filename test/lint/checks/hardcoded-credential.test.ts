// IR3005 hardcoded-credential: passwords, keys and tokens written as literals.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR3005';

describe('IR3005 hardcoded-credential', () => {
  it('reports a credential compared with a literal, a credential variable set to a literal, and a literal credential header', () => {
    const src = [
      'when RULE_INIT {',
      '  set static::api_key "9f8a7b6c5d4e3f2a"',
      '}',
      'when HTTP_REQUEST {',
      '  if { [HTTP::header value "X-API-Key"] ne "k3y-9f8a7b6c5d4e" } { reject }',
      '  if { [HTTP::password] equals "hunter22" } { pool admin_pool }',
      '  HTTP::header replace Authorization "Basic dXNlcjpwYXNzd29yZA=="',
      '  HTTP::header insert X-Upstream-Token "Bearer abcdefghijklmnopqrstuvwxyz012345"',
      '  set auth [b64encode "admin:s3cret!"]',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 2, column: 23, severity: 'warning' },
      { line: 5, column: 44 },
      { line: 6, column: 32 },
      { line: 7, column: 38 },
      { line: 8, column: 40 },
      { line: 9, column: 23 },
    ]);
  });
  it('reports literals shaped like well-known keys anywhere', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  HSL::send $h "key=AKIAIOSFODNN7EXAMPLE"\n  set k "sk-proj-abcdefghijklmnopqrstuvwxyz"\n}', [
      { line: 2, column: 16, message: 'AWS access key' },
      { line: 3, column: 9, message: 'sk-' },
    ]);
  });
  it('does not report header names, empty checks, prefixes, cookies sentinels or hashes', () => {
    const src = [
      'when RULE_INIT {',
      '  set static::token_header "X-Auth-Token"',
      '  set static::api_key_header "X-API-Key"',
      '  set static::token_timeout 300',
      '  set static::password_length 12',
      '}',
      'when HTTP_REQUEST {',
      '  if { [HTTP::header value "X-API-Key"] eq "" } { reject }',
      '  if { [HTTP::header value Authorization] starts_with "Bearer " } { pool api }',
      '  if { [HTTP::cookie value session] eq "deleted" } { pool web }',
      '  set token [HTTP::header value "X-Auth-Token"]',
      '  set password [HTTP::password]',
      '  HTTP::header replace Authorization "Bearer $token"',
      '  HTTP::header insert X-Api-Key-Hash [b64encode [sha256 $token]]',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
