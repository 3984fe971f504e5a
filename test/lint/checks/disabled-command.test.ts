import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2006 disabled-command', () => {
  it('reports Tcl commands BIG-IP disables', () => {
    expectReports('IR2006', 'when HTTP_REQUEST {\n  gets stdin line\n  set ns [namespace current]\n  catch { exec ls }\n}', [
      { line: 2, column: 3, message: 'command is disabled: "gets"', severity: 'error' },
      { line: 3, column: 11, message: '"namespace"' },
      { line: 4, column: 11, message: '"exec"' },
    ]);
  });
  it('accepts the commands BIG-IP keeps', () => {
    expectClean('IR2006', 'when HTTP_REQUEST {\n  log local0. "uri [HTTP::uri]"\n  set t [clock seconds]\n  set f [ifile get page]\n}');
  });
});
