// IR4004 unvalidated-persistence-key: client-controlled keys without a shape or length check.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4004';

describe('IR4004 unvalidated-persistence-key', () => {
  it('reports a header, a cookie and a query parameter used as keys', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  persist uie [HTTP::header value "X-Session-ID"] 1800',
      '  set sid [HTTP::cookie value JSESSIONID]',
      '  if { $sid ne "" } { persist uie $sid }',
      '  persist uie [URI::query [HTTP::uri] conversation]',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 2, column: 15, message: 'X-Session-ID header (line 2)', severity: 'warning' },
      { line: 4, column: 35 },
      { line: 5, column: 15 },
    ]);
  });
  it('accepts validated, length-bounded, hashed, data-group and address keys', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  set sid [HTTP::header value "X-Session-ID"]',
      '  if { [regexp {^[A-Za-z0-9-]{16,64}$} $sid] } { persist uie $sid 1800 }',
      '  set c [HTTP::cookie value conv]',
      '  if { [string length $c] > 0 && [string length $c] <= 64 } { persist uie $c }',
      '  persist uie [string range [HTTP::header X-Id] 0 63]',
      '  persist uie [b64encode [sha256 [HTTP::header X-Id]]]',
      '  persist uie [class lookup [HTTP::header X-Tenant] tenant_keys]',
      '  persist uie [IP::client_addr]',
      '  set t [HTTP::header X-Tenant]',
      '  if { $t matches_regex {^[a-z]{1,16}$} } { persist uie $t }',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
