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
  it('measurements §5: puts, trace, read and close are present on BIG-IP 21.1, not disabled', () => {
    expectClean('IR2006', 'when HTTP_REQUEST {\n  puts "uri [HTTP::uri]"\n  trace variable x w cb\n}');
  });
  it('close after connect is F5\'s sideband close, not an error', () => {
    expectClean('IR2006', 'when HTTP_REQUEST {\n  set conn [connect -timeout 1000 10.0.0.5:80]\n  send $conn "GET / HTTP/1.0\\r\\n\\r\\n"\n  set data [recv 100 $conn]\n  close $conn\n}');
  });
  it('accepts the commands BIG-IP keeps', () => {
    expectClean('IR2006', 'when HTTP_REQUEST {\n  log local0. "uri [HTTP::uri]"\n  set t [clock seconds]\n  set f [ifile get page]\n}');
  });
});
