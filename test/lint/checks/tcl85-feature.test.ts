import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2008 tcl85-feature', () => {
  it('reports in/ni and ** in expressions', () => {
    expectReports('IR2008', 'when HTTP_REQUEST {\n  if { [HTTP::method] in {PUT DELETE} } {\n    set x [expr { 2 ** 3 }]\n  }\n}', [
      { line: 2, column: 23, message: '"in" operator', severity: 'warning' },
      { line: 3, column: 21, message: '"**"' },
    ]);
  });
  it('reports {*}, string reverse and 8.5 options', () => {
    expectReports('IR2008', 'when HTTP_REQUEST {\n  log local0. {*}$parts\n  set r [string reverse abc]\n  set i [lsearch -nocase $l x]\n  switch -nocase -- $x { a { } }\n}', [
      { line: 2, column: 15, message: '{*}' },
      { line: 3, column: 17, message: 'string reverse' },
      { line: 4, column: 18, message: 'lsearch -nocase' },
      { line: 5, column: 10, message: 'switch -nocase' },
    ]);
  });
  it('reads the options of lsort up to its one operand (the Tcl 8.5 options of lsort in the model)', () => {
    // Tcl 8.4's lsort has no -nocase (tclsh8.4: bad option "-nocase"); its last word is the list.
    expectReports('IR2008', 'when HTTP_REQUEST {\n  set s [lsort -nocase $l]\n  set t [lsort -indices -ascii $l]\n}', [
      { line: 2, column: 16, message: 'lsort -nocase' },
      { line: 3, column: 16, message: 'lsort -indices' },
    ]);
    expectClean('IR2008', 'when HTTP_REQUEST {\n  set s [lsort -dictionary -unique $l]\n}');
  });
  it('accepts Tcl 8.4 forms', () => {
    expectClean('IR2008', 'when HTTP_REQUEST {\n  if { [lsearch -exact {PUT DELETE} [HTTP::method]] >= 0 } {\n    set x [expr { pow(2, 3) }]\n  }\n  switch -glob -- [string tolower [HTTP::path]] { /a* { } }\n  catch { set y 1 } err\n}');
  });
});
