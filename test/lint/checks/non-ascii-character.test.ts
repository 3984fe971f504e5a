// IR3006 non-ascii-character: non-ASCII outside comments.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR3006';

describe('IR3006 non-ascii-character', () => {
  it('reports curly quotes, a non-breaking space and accented text in code', () => {
    const src = 'when HTTP_REQUEST {\n  if { [HTTP::path] eq \u201c/health\u201d } {\n    HTTP::respond 200 content "caf\u00e9"\n  }\n  pool\u00a0web_pool\n}';
    expectReports(C, src, [
      { line: 2, column: 24, message: 'curly double quote', endColumn: 25 },
      { line: 2, column: 32 },
      { line: 3, column: 35, message: 'U+00E9' },
      { line: 5, column: 7, message: 'non-breaking space' },
    ]);
  });
  it('does not report comments (top level, in bodies, in nested bodies) or escapes', () => {
    const src = '# r\u00e8gle \u2014 AI\nwhen HTTP_REQUEST {\n  # caf\u00e9\n  if { 1 } {\n    # \u201cquoted\u201d\n    HTTP::respond 200 content "caf\\u00e9"\n  }\n}';
    expectClean(C, src);
  });
  it('reports a byte-order mark', () => {
    expectReports(C, '\ufeffwhen HTTP_REQUEST {\n  pool web_pool\n}', [{ line: 1, column: 1, message: 'byte-order mark' }]);
  });
});
