// The iRule dialect behaves as BIG-IP's Tcl 8.4.6 where 8.4 and 8.6 differ observably. There is no
// tclsh 8.4 to run here, so each expectation cites the 8.4.6 source it comes from (tag core-8-4-6
// of github.com/tcltk/tcl), or the measurement on a live BIG-IP (tcl-lsp's
// docs/design/bigip-irule-parser-measurements.md §4). The same scripts under the tcl dialect give
// tclsh 8.6's answers, which the differential suite (test/diff) checks against the real tclsh.

import { describe, expect, it } from 'vitest';
import { VirtualServer } from '../../src/bigip/virtual.js';
import { compileText, createInterp, TclError, type Interp } from '../../src/tcl/index.js';
import { str } from '../../src/tcl/value.js';

function run(interp: Interp, src: string): string {
  try {
    const exec = compileText(src, { interp, layout: interp.globalLayout, dialect: interp.dialect, source: src, fileName: 't.tcl' });
    return str(exec(interp));
  } catch (e) {
    if (e instanceof TclError) return 'ERROR: ' + e.message;
    throw e;
  }
}

const irule = () => createInterp({ dialect: 'irule' });
const tcl = () => createInterp({ dialect: 'tcl' });

describe('Tcl 8.4.6 in the iRule dialect', () => {
  it('switch: only -exact/-glob/-regexp/--, the last mode wins (generic/tclCmdMZ.c 2701-2727)', () => {
    const i = irule();
    expect(run(i, 'switch -glob -exact a* {a* {set r exact}}')).toBe('exact');
    expect(run(i, 'switch -exact -glob abc {a* {set r glob}}')).toBe('glob');
    expect(run(i, 'switch -nocase A {a {set r 1}}')).toBe('ERROR: bad option "-nocase": must be -exact, -glob, -regexp, or --');
    expect(run(i, 'switch -regexp -matchvar m a {a {}}')).toBe('ERROR: bad option "-matchvar": must be -exact, -glob, -regexp, or --');
    // 8.4 reads every leading "-" word as an option: `switch -a {...}` is an error there.
    expect(run(i, 'switch -a {-a {set r 1}}')).toBe('ERROR: bad option "-a": must be -exact, -glob, -regexp, or --');
    // tclCmdMZ.c line 2727: 8.4's usage text.
    expect(run(i, 'switch a')).toBe('ERROR: wrong # args: should be "switch ?switches? string pattern body ... ?default body?"');
    expect(run(tcl(), 'switch -glob -exact a {a {}}')).toBe('ERROR: bad option "-exact": -glob option already found');
  });

  it('string: no cat/reverse, no is list/entier/wideinteger (generic/tclCmdMZ.c 1221-1227, 1505-1509)', () => {
    const i = irule();
    expect(run(i, 'string reverse abc')).toMatch(/^ERROR: bad option "reverse": must be bytelength, compare, equal, .* wordend, or wordstart$/);
    expect(run(i, 'string is list {a b}')).toMatch(/^ERROR: bad class "list": must be alnum, alpha, ascii, control, boolean, digit, double, false, graph, integer, lower, print, punct, space, true, upper, wordchar, or xdigit$/);
    expect(run(i, 'string is integer 42')).toBe('1');
    expect(run(i, 'string toupper abc')).toBe('ABC');
    expect(run(tcl(), 'string reverse abc')).toBe('cba');
  });

  it('lsort and lsearch: 8.4 options only (generic/tclCmdIL.c 3268-3269 and 2780-2783)', () => {
    const i = irule();
    expect(run(i, 'lsort -nocase {b A}')).toBe('ERROR: bad option "-nocase": must be -ascii, -command, -decreasing, -dictionary, -increasing, -index, -integer, -real, or -unique');
    expect(run(i, 'lsort -stride 2 {b 1 a 2}')).toMatch(/^ERROR: bad option "-stride"/);
    expect(run(i, 'lsort -decreasing -integer {3 10 2}')).toBe('10 3 2');
    expect(run(i, 'lsearch -nocase {a B} b')).toMatch(/^ERROR: bad option "-nocase": must be -all, -ascii, .* -sorted, or -start$/);
    expect(run(i, 'lsearch -index 0 {{a 1}} a')).toMatch(/^ERROR: bad option "-index"/);
    expect(run(i, 'lsearch -all -glob {ab ac b} a*')).toBe('0 1');
    expect(run(tcl(), 'lsearch -nocase {a B} b')).toBe('1');
  });

  it('info: 8.4 subcommands, and version 8.4.6 (generic/tclCmdIL.c 400-404; measured on BIG-IP)', () => {
    const i = irule();
    expect(run(i, 'info frame')).toMatch(/^ERROR: bad option "frame": must be args, body, cmdcount, .* tclversion, or vars$/);
    expect(run(i, 'info patchlevel')).toBe('8.4.6');
    expect(run(i, 'info tclversion')).toBe('8.4');
    expect(run(i, 'list $tcl_version $tcl_patchLevel')).toBe('8.4 8.4.6');
    expect(run(tcl(), 'list $tcl_version $tcl_patchLevel [info patchlevel]')).toBe('8.6 8.6.13 8.6.13');
  });

  it('global needs a name (generic/tclVar.c 3766-3769)', () => {
    expect(run(irule(), 'global')).toBe('ERROR: wrong # args: should be "global varName ?varName ...?"');
    expect(run(tcl(), 'global')).toBe('');
  });

  it('encoding: 8.4 options; the system encoding is 8.4\'s Unix default (generic/tclCmdAH.c 430; unix/tclUnixInit.c 50)', () => {
    const i = irule();
    expect(run(i, 'encoding dirs')).toBe('ERROR: bad option "dirs": must be convertfrom, convertto, names, or system');
    expect(run(i, 'encoding system')).toBe('iso8859-1');
    expect(run(i, 'binary scan [encoding convertto utf-8 \u00e9] H* h; set h')).toBe('c3a9');
    expect(run(tcl(), 'encoding system')).toBe('utf-8');
  });

  it('tcl_platform as TMM fabricates it (measurements §4: os BIG-IP, machine = host name)', () => {
    const vs = new VirtualServer({
      virtual: { name: '/Common/vs', address: '203.0.113.10:80', profiles: { http: true, oneconnect: false, websocket: false, persistence: null } },
      pool: { name: '/Common/p', lb: 'round-robin', members: [{ address: '10.0.0.1:80', ratio: 1, state: 'up' }] },
      rules: [],
      clock: { now: () => 0 },
      hostname: 'bigip-lab',
    });
    const i = vs.interp;
    expect(run(i, 'list $tcl_platform(os) $tcl_platform(machine) $tcl_platform(wordSize) $tcl_platform(tmmVersion)')).toBe('BIG-IP bigip-lab 8 26');
    expect(run(i, 'info exists tcl_platform(user)')).toBe('0');
  });
  it('expr: no **, in, ni, 0b or 0o, with 8.4\'s messages (generic/tclParseExpr.c 282, 386, 1147, 1446, 1483, 1919; measured §4a)', () => {
    const i = irule();
    // ParsePrimaryExpr's default case (line 1483) meets the second `*`.
    expect(run(i, 'expr {2**3}')).toBe('ERROR: syntax error in expression "2**3": unexpected operator *');
    // A word after a complete operand is a FUNC_NAME no operator takes: the error is what the
    // enclosing construct wanted next (lines 282, 1147, 1446, 386).
    expect(run(i, 'expr {"a" in {a b}}')).toBe('ERROR: syntax error in expression ""a" in {a b}": extra tokens at end of expression');
    expect(run(i, 'expr {(1 ni {2})}')).toBe('ERROR: syntax error in expression "(1 ni {2})": looking for close parenthesis');
    expect(run(i, 'expr {abs(1 in {1})}')).toBe('ERROR: syntax error in expression "abs(1 in {1})": missing close parenthesis at end of function call');
    expect(run(i, 'expr {1 ? 0o7 : 2}')).toBe('ERROR: syntax error in expression "1 ? 0o7 : 2": missing colon from ternary conditional');
    // TclParseInteger (line 1919) knows only 0x: `0` is the literal and `b101` is left over.
    expect(run(i, 'expr {0b101}')).toBe('ERROR: syntax error in expression "0b101": extra tokens at end of expression');
    expect(run(i, 'if {1 ? 2 : 0B1} {set r 1}')).toBe('ERROR: syntax error in expression "1 ? 2 : 0B1": extra tokens at end of expression');
    // Computed at run time too, and caught like any error; 8.4 sets no errorCode here.
    expect(run(i, 'set e {2 ** 2}; list [catch {expr $e} m] $m $errorCode')).toBe('1 {syntax error in expression "2 ** 2": unexpected operator *} NONE');
    // LogSyntaxError (line 2093) shows 60 characters of a longer expression.
    expect(run(i, `expr {${'1+'.repeat(30)}2**2}`)).toBe(`ERROR: syntax error in expression "${'1+'.repeat(30)}...": unexpected operator *`);
    expect(run(i, 'expr {0x1F + 010 + [string length a]}')).toBe('40');
    const t = tcl();
    expect(run(t, 'list [expr {2**3}] [expr {"a" in {a b}}] [expr {0b101}] [expr {0o17}]')).toBe('8 1 5 15');
  });

  it('expr: only 8.4\'s built-in math functions; another name is "unknown math function" and its arguments do not run (generic/tclExecute.c 388-418, generic/tclCompExpr.c 849-853)', () => {
    const i = irule();
    expect(run(i, 'expr {max(1, 2)}')).toBe('ERROR: unknown math function "max"');
    expect(run(i, 'set n 0; list [catch {expr {SomeFunc([incr n])}} m] $m $n')).toBe('1 {unknown math function "SomeFunc"} 0');
    expect(run(i, 'list [expr {abs(-3)}] [expr {wide(7)}] [expr {round(2.5)}] [expr {fmod(7, 4)}] [expr {int(hypot(3, 4))}]')).toBe('3 7 3 3.0 5');
    // 8.6 has min/max/entier and reaches tcl::mathfunc for other names.
    const t = tcl();
    expect(run(t, 'list [expr {max(1, 2)}] [expr {entier(2.5)}]')).toBe('2 2');
    expect(run(t, 'expr {SomeFunc()}')).toBe('ERROR: invalid command name "tcl::mathfunc::SomeFunc"');
  });

  it('indexes: only N, end (or e, en) and end-N, with 8.4\'s message (generic/tclUtil.c 2240-2320, 2381-2440, 2472-2510)', () => {
    const i = irule();
    expect(run(i, 'list [string index abcdef end-1] [lindex {a b c} end-0] [string index abc e] [lrange {a b c d} 0 end-1] [string range abcdef 1 end--1]')).toBe('e c c {a b c} bcdef');
    expect(run(i, 'string index abc end+1')).toBe('ERROR: bad index "end+1": must be integer or end?-integer?');
    expect(run(i, 'lindex {a b c} 1+1')).toBe('ERROR: bad index "1+1": must be integer or end?-integer?');
    expect(run(i, 'string toupper abc != BG')).toBe('ERROR: bad index "!=": must be integer or end?-integer?');
    expect(run(i, 'string index abc 08')).toBe('ERROR: bad index "08": must be integer or end?-integer? (looks like invalid octal number)');
    expect(run(i, 'lreplace {a b c} end-08 end x')).toBe('ERROR: bad index "end-08": must be integer or end?-integer? (looks like invalid octal number)');
    expect(run(i, 'set l {a b c}; lset l end+1 d')).toBe('ERROR: bad index "end+1": must be integer or end?-integer?');
    // lsearch -start and lsort -index read an 8.4 index (generic/tclCmdIL.c 2923, 3325); lsort -index is one index.
    expect(run(i, 'lsearch -start end-1 {a b a} a')).toBe('2');
    expect(run(i, 'lsearch -start 0+1 {a b a} a')).toBe('ERROR: bad index "0+1": must be integer or end?-integer?');
    expect(run(i, 'lsort -index end {{b 2} {a 1}}')).toBe('{a 1} {b 2}');
    expect(run(i, 'lsort -index {1 0} {{a {b c}}}')).toBe('ERROR: bad index "1 0": must be integer or end?-integer?');
    // regexp/regsub -start take a plain integer in 8.4 (Tcl_GetIntFromObj: generic/tclCmdMZ.c 278, 600).
    expect(run(i, 'regexp -start end a abc')).toBe('ERROR: expected integer but got "end"');
    expect(run(i, 'regexp -start 1 -inline {[a-c]} abc')).toBe('b');
    // 8.6 takes the arithmetic forms (tclsh 8.6 agrees).
    const t = tcl();
    expect(run(t, 'list [string index abc end+1] [lindex {a b c} 1+1] [lsearch -start 0+1 {a b a} a] [regexp -start end c abc]')).toBe('{} c 2 0');
  });
});
