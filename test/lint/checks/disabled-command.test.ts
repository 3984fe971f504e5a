import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2006 disabled-command', () => {
  it('reports the commands BIG-IP 21.1 refuses at load (measurements §5) as errors', () => {
    expectReports('IR2006', 'when HTTP_REQUEST {\n  set ns [namespace current]\n  catch { exec ls }\n  set t [time { set x 1 }]\n  rename foo bar\n  set c [gets stdin]\n}', [
      { line: 2, column: 11, message: 'command is disabled: "namespace"', severity: 'error' },
      { line: 3, column: 11, message: '"exec"', severity: 'error' },
      { line: 4, column: 10, message: '"time"', severity: 'error' },
      { line: 5, column: 3, message: '"rename"', severity: 'error' },
      { line: 6, column: 10, message: '"gets"', severity: 'error' },
    ]);
  });
  it('puts, read and trace load on BIG-IP 21.1 (measurements §5: present): a warning, not an error', () => {
    expectReports('IR2006', 'when HTTP_REQUEST {\n  puts "uri [HTTP::uri]"\n  trace variable x w cb\n}', [
      { line: 2, column: 3, message: /does not refuse it.*log local0/, severity: 'warning' },
      { line: 3, column: 3, severity: 'warning' },
    ]);
  });
  it('close is F5\'s sideband command (after connect), not a disabled channel command', () => {
    expectClean('IR2006', 'when HTTP_REQUEST {\n  set conn [connect -timeout 1000 10.0.0.5:80]\n  send $conn "GET / HTTP/1.0\\r\\n\\r\\n"\n  set data [recv 100 $conn]\n  close $conn\n}');
  });
  it('accepts the commands BIG-IP keeps', () => {
    expectClean('IR2006', 'when HTTP_REQUEST {\n  log local0. "uri [HTTP::uri]"\n  set t [clock seconds]\n  set f [ifile get page]\n}');
  });
});
