// IR4003 random-persistence-key: keys new on every connection or request.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4003';

describe('IR4003 random-persistence-key', () => {
  it('reports Sec-WebSocket-Key, X-Request-ID, clock, rand() and the client port as keys', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  persist uie [HTTP::header value "Sec-WebSocket-Key"] 1800',
      '  set rid [HTTP::header X-Request-ID]',
      '  persist uie "req-$rid"',
      '  persist uie "[IP::client_addr]:[TCP::client_port]"',
      '  persist hash [expr { int(rand() * 1000) }]',
      '  persist add uie [clock clicks]',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 2, column: 15, message: 'Sec-WebSocket-Key header (line 2)', severity: 'warning' },
      { line: 4, column: 15, message: 'X-Request-ID' },
      { line: 5, column: 15, message: 'TCP::client_port' },
      { line: 6, column: 16, message: 'rand()' },
      { line: 7, column: 19, message: 'clock clicks' },
    ]);
  });
  it('accepts stable keys: a conversation header, a cookie, the client address, a hash of a stable value', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  persist uie [HTTP::header value "X-Conversation-ID"] 1800',
      '  persist uie [HTTP::cookie value session]',
      '  persist uie [IP::client_addr]',
      '  persist uie [sha256 [HTTP::header value Authorization]]',
      '  set t [clock seconds]',
      '  persist lookup uie [HTTP::header X-Id]',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
