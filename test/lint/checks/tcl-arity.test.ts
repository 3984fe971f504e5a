// IR2003 on Tcl core commands: every call reported is one the real tclsh refuses with Tcl's own
// error (wrong # args, bad option, bad switch), and every call accepted runs. The arity and the
// options come from the model (Tcl 8.4's manual); tclsh 8.6 agrees on all of these.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TCLSH } from '../../expr/tclsh.js';
import { expectClean, lintWith } from '../tester.js';

/** tclsh's error message for `script` (after a small setup), or "" when it runs. */
function tclError(script: string): string {
  const prog = `set x abc\nset l {a b c}\nif {[catch {${script}} m]} { puts -nonewline $m }`;
  const r = spawnSync(TCLSH, [], { input: prog, encoding: 'utf8' });
  return r.stdout;
}

const bad: [string, RegExp, RegExp][] = [
  ['set a b c', /wrong # args/, /set takes 1 to 2 arguments, got 3/],
  ['string frobulate x', /unknown or ambiguous subcommand|bad option/, /unknown subcommand "frobulate" of string/],
  ['lindex', /wrong # args/, /lindex takes at least 1 argument, got 0/],
  ['string length', /wrong # args/, /string takes at least 2 arguments, got 1/],
  ['string length a b', /wrong # args/, /string length takes 1 argument, got 2/],
  ['llength a b', /wrong # args/, /llength takes 1 argument, got 2/],
  ['regexp -nocse {a} $x', /bad option|bad switch/, /unknown option "-nocse" of regexp: did you mean "-nocase"/],
  ['regsub -bogus a $x b', /bad option|bad switch/, /unknown option "-bogus" of regsub/],
  ['switch -blob $x { a { set y 1 } }', /bad option/, /unknown option "-blob" of switch: did you mean "-glob"/],
  ['lsearch -exactly $l b', /bad option/, /unknown option "-exactly" of lsearch/],
  ['incr', /wrong # args/, /incr takes 1 to 2 arguments/],
];

const good = [
  'set a b',
  'string len $x',
  'string tolower $x',
  'lindex $l 1',
  'regexp -nocase -- {^A} $x',
  'regexp -start 1 {b} $x',
  'switch -glob -- $x { a* { set y 1 } }',
  'lsearch -exact $l b',
  'lsearch $l -exact',
  'string is integer -strict $x',
  'clock format [clock seconds] -format {%Y} -gmt 1',
];

describe('IR2003 on Tcl core commands, checked against tclsh', () => {
  it.each(bad)('%s: tclsh refuses it and lint reports it', (script, tcl, lint) => {
    expect(tclError(script)).toMatch(tcl);
    const found = lintWith('IR2003', `when HTTP_REQUEST {\n  ${script}\n}`);
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(lint)]);
    expect(found[0]!.severity).toBe('error');
  });
  it.each(good.map((s) => [s]))('%s: tclsh runs it and lint is silent', (script) => {
    expect(tclError(script)).toBe('');
    expectClean('IR2003', `when HTTP_REQUEST {\n  ${script}\n}`);
  });
});
