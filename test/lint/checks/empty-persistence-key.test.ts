// IR4005 empty-persistence-key: keys that are empty when the header is missing.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4005';

describe('IR4005 empty-persistence-key', () => {
  it('reports a header or cookie used as key without a presence check, and a literal empty key', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  persist uie [HTTP::header value "X-Session-ID"] 1800',
      '  set c [HTTP::cookie value conv]',
      '  persist uie $c',
      '  persist uie ""',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 2, column: 15, message: 'X-Session-ID header (line 2) is missing', severity: 'warning' },
      { line: 4, column: 15, message: 'conv cookie' },
      { line: 5, column: 15, message: 'empty' },
    ]);
  });
  it('accepts presence checks, fallbacks (the AI rule pattern) and keys with literal text', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  if { [HTTP::header exists "X-Session-ID"] } { persist uie [HTTP::header value "X-Session-ID"] }',
      '  set id [HTTP::header value "X-Conversation-ID"]',
      '  if { $id eq "" } { set id [IP::client_addr] }',
      '  persist uie $id',
      '  set c [HTTP::cookie value conv]',
      '  if { $c ne "" } { persist uie $c }',
      '  persist uie "conv:[HTTP::cookie value conv]"',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
