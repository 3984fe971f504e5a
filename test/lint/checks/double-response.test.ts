import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2011 double-response', () => {
  it('reports two responses possible on one path', () => {
    expectReports('IR2011', 'when HTTP_REQUEST {\n  if { [TCP::local_port] == 80 } {\n    HTTP::redirect "https://[HTTP::host][HTTP::uri]"\n  }\n  if { [HTTP::path] eq "/old" } {\n    HTTP::redirect "/new"\n  }\n}', [
      { line: 6, column: 5, message: 'HTTP::redirect at line 3', severity: 'error' },
    ]);
  });
  it('reports a response after an unconditional one', () => {
    expectReports('IR2011', 'when HTTP_RESPONSE {\n  HTTP::respond 500\n  HTTP::respond 503\n}', [{ line: 3, column: 3 }]);
  });
  it('accepts exclusive conditions, returns, elseif and flag guards', () => {
    expectClean(
      'IR2011',
      [
        'when HTTP_REQUEST priority 100 {',
        '  if { [HTTP::host] eq "a.example" } { HTTP::redirect "https://a/" }',
        '  if { [HTTP::host] eq "b.example" } { HTTP::redirect "https://b/" }',
        '}',
        'when HTTP_REQUEST priority 150 {',
        '  if { [HTTP::path] starts_with "/a/" } { HTTP::respond 403 } elseif { [HTTP::path] starts_with "/b/" } { HTTP::respond 404 }',
        '  if { [HTTP::path] starts_with "/c/" } { HTTP::respond 410 }',
        '}',
        'when HTTP_REQUEST priority 200 {',
        '  switch -- [HTTP::path] {',
        '    /x { HTTP::respond 404 }',
        '    /y { HTTP::respond 410 }',
        '  }',
        '  if { [HTTP::path] eq "/z" } { HTTP::respond 403 }',
        '}',
        'when HTTP_REQUEST priority 300 {',
        '  if { [HTTP::path] starts_with "/old/" } {',
        '    HTTP::redirect "/new/"',
        '    set done 1',
        '  }',
        '  if { ![info exists done] } { HTTP::respond 403 }',
        '}',
        'when HTTP_REQUEST priority 400 {',
        '  if { [HTTP::path] eq "/q" } { HTTP::respond 200 ; return }',
        '  if { ![HTTP::has_responded] } { HTTP::respond 200 content fallback }',
        '}',
      ].join('\n'),
    );
  });
});
