// IR4001 secret-leak: credentials reaching log, HSL::send or another header.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4001';

describe('IR4001 secret-leak', () => {
  it('reports an API key in a log line and in an observability header, through a fallback variable', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  set id [HTTP::header value "X-Session-ID"]',
      '  if { $id eq "" } {',
      '    set id [HTTP::header value "X-API-Key"]',
      '  }',
      '  HTTP::header insert "X-Conversation" $id',
      '  log local0. "session=$id"',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 6, column: 40, message: 'X-API-Key header (line 4)', severity: 'warning' },
      { line: 7, column: 15, message: 'written to the log' },
    ]);
  });
  it('reports Authorization, session cookies and passwords sent to HSL or logged in a later event', () => {
    const src = [
      'when CLIENT_ACCEPTED { set hsl [HSL::open -proto UDP -pool syslog] }',
      'when HTTP_REQUEST {',
      '  set auth [HTTP::header Authorization]',
      '  HSL::send $hsl "auth=[HTTP::cookie value JSESSIONID] pw=[HTTP::password]"',
      '}',
      'when HTTP_RESPONSE {',
      '  log local0.info "request auth was $auth"',
      '  log local0. "set-cookie [HTTP::header value Set-Cookie]"',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 4, column: 18 },
      { line: 7, column: 19, message: 'Authorization header (line 3)' },
      { line: 8, column: 15, message: 'Set-Cookie response header' },
    ]);
  });
  it('does not report hashes, forwarding in credential headers, or ordinary headers', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  set key [HTTP::header value "X-API-Key"]',
      '  log local0. "key=[b64encode [sha256 $key]] last4=[string range $key end-3 end]"',
      '  HTTP::header replace Authorization "Bearer [HTTP::header value X-Token]"',
      '  HTTP::header insert Cookie "lb=[HTTP::cookie value JSESSIONID]"',
      '  log local0. "ua=[HTTP::header User-Agent] id=[HTTP::header X-Request-ID] [HTTP::cookie value lang]"',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
