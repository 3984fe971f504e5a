import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2003 wrong-arguments', () => {
  it('reports too many arguments at the first extra word', () => {
    expectReports('IR2003', 'when HTTP_REQUEST {\n  HTTP::redirect "https://" [HTTP::host]\n}', [{ line: 2, column: 29, message: 'HTTP::redirect takes 1 argument, got 2', severity: 'error' }]);
  });
  it('reports too few arguments at the command', () => {
    expectReports('IR2003', 'when HTTP_REQUEST {\n  persist uie\n}', [{ line: 2, column: 11, message: 'persist uie takes 1 to 2 arguments, got 0' }]);
  });
  it('reports an unknown subcommand with a suggestion', () => {
    expectReports('IR2003', 'when HTTP_REQUEST {\n  table lokup -- k\n}', [{ line: 2, column: 9, message: 'did you mean "lookup"?' }]);
  });
  it('reports `event disable NAME` (BIG-IP expects "all")', () => {
    expectReports('IR2003', 'when HTTP_REQUEST {\n  event disable HTTP_RESPONSE\n}', [{ line: 2, column: 17, message: 'event HTTP_RESPONSE disable' }]);
  });
  it('checks call against the proc\'s arguments', () => {
    expectReports('IR2003', 'proc f {a {b 1}} { return $a$b }\nwhen HTTP_REQUEST {\n  call f\n  call f 1 2 3\n}', [
      { line: 3, column: 8, message: 'takes 1 to 2 arguments, got 0' },
      { line: 4, column: 14, message: 'got 3' },
    ]);
  });
  it('accepts real-world forms, computed subcommands and {*}', () => {
    expectClean(
      'IR2003',
      [
        'proc v {args} { return [llength $args] }',
        'when HTTP_REQUEST {',
        '  HTTP::header insert X-A 1 X-B 2',
        '  set h [HTTP::header X-Forwarded-For]',
        '  HTTP::cookie insert name sid value 1 path /',
        '  table set -subtable s -- k v 60 3600',
        '  class match -value -- [HTTP::host] equals hosts',
        '  persist add uie [HTTP::cookie sid] 1800',
        '  log -noname local0.info "msg"',
        '  event HTTP_RESPONSE disable',
        '  event disable all',
        '  set op lookup',
        '  table $op k',
        '  HTTP::respond 200 content ok Content-Type text/plain Connection close',
        '  call v 1 2 3 4',
        '  LB::status pool p member 10.0.0.1 80',
        '}',
      ].join('\n'),
    );
  });
});
