// IR4002 inserted-header-not-removed: request headers inserted while the client's copy stays.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4002';

describe('IR4002 inserted-header-not-removed', () => {
  it('reports each inserted name (insert with several pairs, and lws)', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  HTTP::header insert X-Forwarded-For [IP::client_addr] X-User "anon"\n  HTTP::header insert lws X-Trace "abc"\n}', [
      { line: 2, column: 23, message: 'docs/bigip-reference.md §3.4', severity: 'warning' },
      { line: 2, column: 57 },
      { line: 3, column: 27 },
    ]);
  });
  it('reports a removal that comes after the insert', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  HTTP::header insert X-User "anon"\n  HTTP::header remove X-User\n}', [{ line: 2, column: 23 }]);
  });
  it('accepts remove/replace before, in an earlier event, a presence guard, sanitize, responses and Via', () => {
    const src = [
      'when HTTP_REQUEST priority 100 {',
      '  HTTP::header remove X-Early',
      '}',
      'when HTTP_REQUEST {',
      '  HTTP::header remove x-forwarded-for',
      '  HTTP::header insert X-Forwarded-For [IP::client_addr]',
      '  HTTP::header insert X-Early 1',
      '  HTTP::header replace X-User "anon"',
      '  HTTP::header insert X-User "second"',
      '  if { ![HTTP::header exists X-Real-IP] } { HTTP::header insert X-Real-IP [IP::client_addr] }',
      '  HTTP::header insert Via "1.1 bigip"',
      '}',
      'when HTTP_RESPONSE {',
      '  HTTP::header insert X-Served-By [LB::server addr]',
      '}',
    ].join('\n');
    expectClean(C, src);
    expectClean(C, 'when HTTP_REQUEST {\n  foreach h [HTTP::header names] { if { $h starts_with "X-AI-" } { HTTP::header remove $h } }\n  HTTP::header insert X-AI-Pinned 1\n}');
  });
});
