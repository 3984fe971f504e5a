import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2010 response-without-return', () => {
  it('reports a redirect after which other commands still run', () => {
    expectReports('IR2010', 'when HTTP_REQUEST {\n  if { [HTTP::host] eq "old.example.com" } {\n    HTTP::redirect "https://www.example.com[HTTP::uri]"\n  }\n  HTTP::header remove "X-Debug"\n}', [
      { line: 3, column: 5, message: '"HTTP::header" at line 5 still runs', severity: 'warning' },
    ]);
  });
  it('reports reject and drop followed by a pool choice', () => {
    expectReports('IR2010', 'when CLIENT_ACCEPTED {\n  if { [IP::addr [IP::client_addr] equals 10.0.0.0/8] } { reject }\n  pool p\n}', [{ line: 2, column: 59 }]);
  });
  it('accepts return, event disable, exclusive branches and harmless follow-ups', () => {
    expectClean(
      'IR2010',
      [
        'when HTTP_REQUEST {',
        '  if { [HTTP::host] eq "a" } {',
        '    HTTP::redirect "https://b/"',
        '    return',
        '  } elseif { [HTTP::path] eq "/x" } {',
        '    HTTP::respond 403',
        '    event disable all',
        '  }',
        '}',
        'when HTTP_REQUEST priority 200 {',
        '  switch -- [HTTP::path] {',
        '    /deny { reject ; log local0. "rejected" }',
        '    default { pool web }',
        '  }',
        '}',
        'when HTTP_REQUEST priority 300 {',
        '  if { [HTTP::host] eq "c" } { HTTP::respond 200 content c ; TCP::close }',
        '  if { [HTTP::host] eq "d" } { pool d }',
        '}',
      ].join('\n'),
    );
  });
});
