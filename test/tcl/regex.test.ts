// Tcl regular expressions, regexp and regsub against the real tclsh 8.6: every expected value is
// computed by tclsh in the same run (nothing is hard-coded), then the engine must agree.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { regexpCommands } from '../../src/tcl/commands/regexp.js';
import { TclError } from '../../src/tcl/errors.js';
import { Interp } from '../../src/tcl/interp.js';
import { execTclRegex, getTclRegex, newRegexBudget } from '../../src/tcl/regex/index.js';
import { formatList, str, type Value } from '../../src/tcl/value.js';

const TCLSH = process.env['TCLSH'] || 'tclsh';

/** Runs each command (a list of words) in tclsh; returns [code, result] per command. */
function tclshResults(commands: string[][]): [number, string][] {
  let script = 'fconfigure stdout -translation lf -encoding utf-8\n';
  for (const words of commands) {
    // Words travel hex-encoded: stdin's end-of-line translation must not touch \r in them.
    const hex = words.map((w) => Buffer.from(w, 'utf8').toString('hex') || '{}').join(' ');
    script += `set __w {}; foreach __h {${hex}} { lappend __w [encoding convertfrom utf-8 [binary decode hex $__h]] }\n`;
    script += 'set __c [catch {{*}$__w} __r]\n';
    script += 'puts "$__c [binary encode hex [encoding convertto utf-8 $__r]]"\n';
  }
  const r = spawnSync(TCLSH, [], { input: script, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8', TZ: 'UTC' } });
  if (r.status !== 0) throw new Error(`tclsh failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').map((line) => {
    const [code, hex] = line.split(' ');
    return [Number(code), Buffer.from(hex ?? '', 'hex').toString('utf8')];
  });
}

function engineResult(interp: Interp, words: string[]): [number, string] {
  const def = regexpCommands.find((c) => c.name === words[0]);
  if (!def) throw new Error(`no command ${words[0]}`);
  try {
    return [0, str(def.fn(interp, words as Value[]))];
  } catch (e) {
    if (e instanceof TclError) return [1, e.message];
    throw e;
  }
}

/** Compares the engine and tclsh on many commands, each in a fresh interpreter. */
function agree(commands: string[][]): void {
  const want = tclshResults(commands);
  const got = commands.map((words) => engineResult(new Interp(), words));
  for (let i = 0; i < commands.length; i++) {
    expect(got[i], formatList(commands[i]!)).toEqual(want[i]);
  }
}

const re = (...args: string[]): string[] => ['regexp', ...args];
const rs = (...args: string[]): string[] => ['regsub', ...args];

describe('regex syntax errors match Tcl', () => {
  it('reports the same compile errors', () => {
    const bad = [
      '(', ')', 'a{2,1}', '*', 'a**', '+a', 'a{1', '[a', '[z-a]', '[[:foo:]]', '\\q', '\\1', '(a)\\2', 'a{300}',
      '(?z)a', 'a|*', '^*', '$*', '(?=a)*', '\\y*', '[\\D]', '[[.foo.]]', 'a)', '(?:', '(?', '\\m*', 'a{1,2}{3}',
      'a*?+', '\\k', '\\u', '(?=(a))\\1', '(a)(?=\\1)', '\\c', '[a-\\d]', '\\', 'a\\', 'a{1,256}', '***?', '**',
      '***', '(?i', '(?i)(?i)a', 'a(?i)', '[\\s-z]', '(a\\1)', 'a{1,2', 'a{1a}', '[[:alpha:]-z]', '[a-c-e]',
      '[[.', '[[:alpha', 'x{,', '\\x', '\\xg', '\\U', '(?x)a{ 1 , 2 }', '(?e)a*?', '(?b)a\\{1', '(?e)\\d',
      '(a){0}\\1', '[[=ab=]]', '[[..]]', '[[::]]',
    ];
    agree(bad.map((p) => re('-about', p)));
  });

  it('reports the same -about information for good patterns', () => {
    const good = [
      'a', '(a)(b)', 'a{,3}', 'x{', '[[=a=]]', '[[.a.]]', '\\xff', '(?#abc)x', '\\Z', '[[:<:]]', '\\B', '[]a]',
      '[^]a]', '[a-]', '[\\]]', '((((((((((a))))))))))\\10', '\\01', '\\012', '(a)\\01', '(a)|b*', 'a*?', 'a{2}?',
      '(?i)A', '(?:a)', '()', 'a||b', '|a', '(|a)', '[\\w]', '\\w+\\b', '\\Y', 'a??', '(a*)+', '\\e', '\\0', '\\A',
      '(?x) a b', 'a{1,2}b', 'a|b', '(?=a)', 'a+?', '***=a.b', '***:(?i)a', '(?q)a(', '(?e)a+', '(?b)a\\{2\\}',
      '(?b)\\(a\\)*', '(?e)a)', '(?b)*a', '(?b)a^b$c', '[[.space.]]', '[[.hyphen.]-z]', 'a(?!b)c', '\\cA',
      '(a)(?:b)(c)', 'a{0}', '(a){0}', 'x*?y+', 'x(y)*?', '[a-z]{2,5}?',
    ];
    agree(good.map((p) => re('-about', p)));
  });
});

describe('regexp matches like Tcl', () => {
  it('basic matching, classes, anchors', () => {
    const cases: string[][] = [
      re('-inline', '\\u41', 'A'), re('-inline', '\\x414', 'A4'), re('-inline', '\\x41g', 'Ag'), re('-inline', '\\U00000041', 'A'),
      re('-inline', 'a.b', 'a\nb'), re('-inline', '-line', 'a.b', 'a\nb'), re('-inline', '-linestop', 'a[^x]b', 'a\nb'),
      re('-inline', 'a[^x]b', 'a\nb'), re('-inline', '-linestop', 'a\\Db', 'a\nb'), re('-inline', '-linestop', 'a\\Sb', 'a\nb'),
      re('-all', '-inline', '-line', '^\\w+', 'one two\nthree four'), re('-all', '-inline', '^\\w+', 'one two\nthree four'),
      re('-all', '-inline', '-lineanchor', '\\w+$', 'one two\nthree four'), re('-all', '-inline', '\\w+$', 'a\nb\n'),
      re('-inline', '-line', '^(\\w+)$', 'a\r\nb'), re('\\mword\\M', 'a word here'), re('\\mword\\M', 'a swordfish'),
      re('-all', '-inline', '\\y\\w', 'ab cd'), re('-all', '-inline', '\\Y\\w', 'ab cd'), re('-inline', '\\w+', 'héllo wörld'),
      re('-inline', '\\w+', 'a\u203Fb'), re('-inline', '\\d+', '\u0661\u0662x'), re('-inline', '\\s+', 'a\u00a0\u2003b'),
      re('-all', '-inline', '[[:punct:]]', 'a!b$c+d_e'), re('-all', '-inline', '[[:blank:]]', 'a b\tc\u00a0d'),
      re('-all', '-inline', '[[:xdigit:]]+', 'fooBAR12\uff10'), re('-nocase', '-inline', 'É', 'é'),
      re('-all', '-inline', '[[:cntrl:]]', 'a\x01b\x7f'), re('-nocase', '-all', '-inline', '[[:upper:]]', 'aBc'),
      re('-inline', '(?i)[^a]+', 'AAbcA'), re('-inline', '-nocase', '[b-d]+', 'aBcDe'), re('-inline', '\\b', 'a\bb'),
      re('-inline', '\\B', 'a\\b'), re('-inline', '***=a.b', 'xa.b'), re('-inline', '(?q)(a', 'x(a'),
      re('-inline', '(?b)\\(a*\\)\\1', 'aaaa'), re('-inline', '(?e)a+|(b)', 'bb'), re('-inline', '[[.hyphen.]]', 'a-b'),
      re('-inline', '[[=e=]]', 'xe'), re('-inline', '-expanded', '( a ) # c\n b', 'ab'), re('-inline', '-expanded', '[ ]', 'a b'),
      re('-inline', '-expanded', 'a\\ b', 'a b'), re('-inline', '(?x)a{ 1 , 2 }', 'aaa'), re('-inline', '\\Aa', 'aa'),
      re('-inline', 'a\\Z', 'aa'), re('-inline', '^$', ''), re('^', ''), re('-inline', '(a)|b', 'b'),
      re('-indices', '-inline', '(a)|(b)', 'b'), re('-inline', '(?:(a)|b)+', 'ab'), re('-inline', '(a*)*', 'aa'), re('-inline', '(a|b)*', 'ab'),
      re('-inline', '(\\w+)\\s+\\1', 'bye bye'), re('-nocase', '-inline', '(a)\\1', 'aA'),
      re('-inline', '\\0101', 'A1\b1'), re('-inline', '\\19', '\x019'), re('-inline', '\\e', '\x1b'),
      re('-inline', 'a{,3}', 'a{,3}'), re('-inline', 'x{', 'x{'), re('-inline', '[]a]+', 'a]a'), re('-inline', '[^]a]+', 'a]bc'),
      re('-inline', '[a-]+', '-a-'), re('-inline', '[\\]]', ']'), re('-inline', '[\\w.]+', 'a.b c'), re('-inline', '[[:alpha:]_]+', 'ab_c1'),
      re('-inline', '(?=a)a', 'ba'), re('-inline', 'a(?!b)', 'abac'), re('-inline', '\\cA', '\x01'),
    ];
    agree(cases);
  });

  it('longest-match preference where it can be checked', () => {
    agree([
      re('-inline', 'cat|category', 'category'), re('-all', '-inline', 'a|ab|abc', 'abcab'), re('-inline', '(a?)(ab)?', 'ab'),
      re('-inline', 'x(a|ab)', 'xab'), re('-inline', '-nocase', 'GET|GETS', 'gets'), re('-indices', '-inline', 'a|ab', 'ab'),
      re('-inline', 'a.*?b', 'aabab'), re('-inline', '.*?', 'abc'),
    ]);
  });

  it('options, -all, -inline, -indices, -start and variables', () => {
    agree([
      re('-all', '-inline', '', 'abc'), re('-all', '-inline', 'x*', 'abc'), re('-all', '-indices', '-inline', 'x*', 'abc'),
      re('-all', '-inline', 'a*', 'baaac'), re('-all', '-indices', '-inline', 'a*', 'baaac'), re('-all', 'a*', 'baaac'),
      re('-all', '-inline', '', ''), re('-all', '', ''), re('-start', '1', '^b', 'ab'), re('-start', '1', '\\Ab', 'ab'),
      re('-start', '1', '\\mb', 'ab'), re('-start', '1', '\\yb', 'ab'), re('-start', '1', '\\Yb', 'ab'),
      re('-start', '2', '^b', 'a\nb'), re('-start', '10', 'a', 'abc'), re('-start', '-5', 'a', 'abc'),
      re('-inline', '-start', '3', '$', 'abc'), re('-indices', '-inline', '-start', '3', '$', 'abc'),
      re('-indices', '-inline', '-start', '5', '$', 'abc'), re('-all', '-inline', '-start', '1', '.', 'abc'),
      re('-all', '-indices', '-inline', '-start', '1', '.', 'abc'), re('-start', 'end', 'a', 'abca'),
      re('-start', 'end-1', '-inline', 'a', 'abca'), re('-all', '-inline', '-line', '^.*$', 'ab\ncd\n\nef'),
      re('-all', '-inline', '(\\w)(\\d)', 'a1 b2 c3'), re('-inline', '(\\d+)-(\\d+)', 'range 10-20 here'),
      re(), re('a'), re('-foo', 'a', 'b'), re('-start'), re('-start', 'x', 'a', 'b'), re('-all', '-about', 'a'),
      re('-about', '(a)(b)'), re('-inline', 'a', 'b', 'c'), re('--', '-a', '-a'), re('-ind', 'a', 'abc'), re('-', 'a', 'b'),
      re('-nocase', '-all', '-indices', '-inline', '-line', '-lineanchor', '-linestop', '-expanded', '-start', '0', '--', 'a', 'a'),
    ]);
  });

  it('sets match and sub-match variables', () => {
    const interp = new Interp();
    const run = (...words: string[]) => str(regexpCommands[0]!.fn(interp, ['regexp', ...words]));
    const script = [
      'set r [regexp {(a)(b)?(c)} ac m1 m2 m3 m4]; puts "$r <$m1><$m2><$m3><$m4>"',
      'set r [regexp -indices {(a)(b)?(c)} xac m1 m2 m3 m4]; puts "$r <$m1><$m2><$m3><$m4>"',
      'set r [regexp -all {(\\d)} a1b2 m d]; puts "$r $m $d"',
      'set m untouched; set r [regexp zzz abc m]; puts "$r $m"',
    ];
    const out = spawnSync(TCLSH, [], { input: script.join('\n'), encoding: 'utf8' }).stdout.split('\n');
    const mine: string[] = [];
    mine.push(`${run('(a)(b)?(c)', 'ac', 'm1', 'm2', 'm3', 'm4')} <${str(interp.getVar('m1'))}><${str(interp.getVar('m2'))}><${str(interp.getVar('m3'))}><${str(interp.getVar('m4'))}>`);
    mine.push(`${run('-indices', '(a)(b)?(c)', 'xac', 'm1', 'm2', 'm3', 'm4')} <${str(interp.getVar('m1'))}><${str(interp.getVar('m2'))}><${str(interp.getVar('m3'))}><${str(interp.getVar('m4'))}>`);
    mine.push(`${run('-all', '(\\d)', 'a1b2', 'm', 'd')} ${str(interp.getVar('m'))} ${str(interp.getVar('d'))}`);
    interp.setVar('m', 'untouched');
    mine.push(`${run('zzz', 'abc', 'm')} ${str(interp.getVar('m'))}`);
    expect(mine).toEqual(out.slice(0, 4));
  });
});

describe('regsub substitutes like Tcl', () => {
  it('handles specs, empty matches, -start and the literal fast path', () => {
    agree([
      rs('-all', 'a*', 'baaac', '-'), rs('-all', '', 'abc', '-'), rs('-all', 'x*', 'abc', '-'), rs('-all', 'y?', 'ab', '.'),
      rs('-all', '$', 'a\nb', 'X'), rs('-all', '-line', '$', 'a\nb', 'X'), rs('-all', '-line', '^', 'a\nb', 'X'),
      rs('-start', '1', '-all', '^', 'abc', 'X'), rs('-start', '1', '-all', '\\A', 'abc', 'X'), rs('-start', '1', '.', 'abc', 'X'),
      rs('-start', '10', '.', 'abc', 'X'), rs('-start', '10', '$', 'abc', 'X'), rs('-all', '-expanded', 'a b', 'a b ab', 'X'),
      rs('-all', '-nocase', 'AB', 'xaBab', 'Y'), rs('-all', '', '', 'Y'), rs('', '', 'Y'), rs('-all', 'a', '', 'Y'),
      rs('-start', '2', '^b', 'a\nb', 'X'), rs('-all', '\\w+', 'hello world', '<&>'), rs('(\\w+) (\\w+)', 'hello world', '\\2 \\1'),
      rs('-all', '(\\d)', 'a1b2', '[\\1]'), rs('x', 'axb', '\\&'), rs('x', 'axb', '\\\\'), rs('x', 'axb', 'a\\qb\\'),
      rs('(x)', 'axb', '\\0\\1\\2\\9&&'), rs('-all', '-nocase', 'a', 'AbaB', '_'), rs('-start', '3', 'a', 'banana', 'X'),
      rs('-all', '^', 'abc', '>'), rs('-all', '$', 'abc', '<'), rs('-all', 'b*', 'abc', '-'), rs('-start', 'end', 'a', 'abca', 'X'),
      rs('-start', 'end-1', 'a', 'abca', 'X'), rs(), rs('a', 'b'), rs('-foo', 'a', 'b', 'c'), rs('a', 'b', 'c', 'd', 'e'),
      rs('-command', 'a', 'b', 'c'), rs('-all', 'cat|category', 'category cat', '<&>'), rs('-all', '-line', '^\\s+', ' a\n  b', ''),
    ]);
  });
});

describe('safety', () => {
  it('runs patterns that backtrack exponentially in V8 on the automaton matcher, like tclsh', () => {
    const text = 'a'.repeat(40) + 'x'.repeat(40) + ' '.repeat(3);
    const script = ['(a+)+(?=b)', '(a|a)*\\1', '(\\w+\\s?)*$\\y', '(?:(a*)*)\\1', '(x+x+)+(?!y)', '(a+)+b', '(a|aa)+$', '(\\w+\\s?)+!']
      .map((p) => `puts [regexp -inline -indices {${p}} {${text}}]`)
      .join('\n');
    sameAsTclsh(script + '\n');
  });

  it('stops a match that exceeds the regex work budget with a Tcl error, quickly', () => {
    const t = Date.now();
    const rx = getTclRegex('(a*)\\1b');
    expect(() => execTclRegex(rx, 'a'.repeat(3000) + 'ab', 0, true, false, newRegexBudget(1_000_000))).toThrow(/regex work limit/);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('charges every match of a command to one budget', () => {
    const budget = newRegexBudget(5_000);
    const rx = getTclRegex('(b|a)+c');
    expect(() => {
      for (let i = 0; i < 100; i++) execTclRegex(rx, 'ab'.repeat(20) + 'c', 0, true, false, budget);
    }).toThrow(/regex work limit/);
  });

  it('caches compiled patterns', () => {
    expect(getTclRegex('a+b', { nocase: true })).toBe(getTclRegex('a+b', { nocase: true }));
  });
});

// ---- whole scripts: clock, binary, subst, and regexp through the interpreter ----------------------

import { runTclFile } from '../../src/tcl/run.js';

/** Runs a script under tclsh (UTC) and the engine; stdout and exit status must agree. */
function sameAsTclsh(script: string): void {
  const want = spawnSync(TCLSH, [], { input: script, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8', TZ: 'UTC' } });
  const got = runTclFile(script, 'test.tcl');
  expect(got.stdout).toBe(want.stdout);
  expect(got.exitCode).toBe(want.status);
}

/** `puts` of each command's catch code and result, one per line. */
function probe(commands: string[]): string {
  return commands.map((c) => `puts [list [catch {${c}} __m] $__m]`).join('\n') + '\n';
}

describe('clock', () => {
  it('formats every common code', () => {
    const codes = 'a A b B c C d D e g G h H I j J k l m M N p P Q r R s S T u U V w W x X y Y z Z % + q Ey Od'.split(' ');
    const times = [0, 1, 43200, 951782400, 978307199, 1700000000, 1704067200, 1703980800, -1, -86400 * 365 * 500, 4102444800];
    const cmds: string[] = [];
    for (const t of times) cmds.push(`clock format ${t} -gmt 1 -format {${codes.map((c) => `%${c}`).join('|')}}`);
    cmds.push('clock format 1700000000 -gmt 1', 'clock format 1700000000 -timezone :UTC', 'clock format 1700000000 -timezone :Etc/UTC');
    cmds.push('clock format 1700000000 -timezone +0530 -format {%Z %z %H}', 'clock format 1700000000 -timezone :America/New_York');
    cmds.push('clock format x', 'clock format 1 -foo 1', 'clock format 1 -gmt', 'clock format', 'clock format 1 -gmt x');
    cmds.push('clock foo', 'clock', 'clock format 1.5', 'clock format 1 -timezone :Foo/Bar', 'clock format 1 -gmt 1 -timezone :UTC');
    sameAsTclsh(probe(cmds));
  });

  it('scans with -format and adds units', () => {
    sameAsTclsh(probe([
      'clock scan {2023-11-14} -format {%Y-%m-%d} -gmt 1', 'clock scan { 2023-11-14 } -format {%Y-%m-%d} -gmt 1',
      'clock scan {2023-11-14   10:00} -format {%Y-%m-%d %H:%M} -gmt 1', 'clock scan {2023-1-4} -format {%Y-%m-%d} -gmt 1',
      'clock scan {23-1-4} -format {%y-%m-%d} -gmt 1', 'clock scan {38-1-4} -format {%y-%m-%d} -gmt 1',
      'clock scan {2023-11-14x} -format {%Y-%m-%d} -gmt 1', 'clock scan {Nov 14 2023} -format {%b %d %Y} -gmt 1',
      'clock scan {november 14 2023} -format {%B %d %Y} -gmt 1',
      'clock scan {Tue Nov 14 22:13:20 GMT 2023} -format {%a %b %d %H:%M:%S %Z %Y} -gmt 1',
      'clock scan {1700000000} -format {%s} -gmt 1', 'clock scan {10:30:00 PM} -format {%I:%M:%S %p} -gmt 1 -base 0',
      'clock scan {12:30:00 AM} -format {%I:%M:%S %p} -gmt 1 -base 0', 'clock scan {2023 100} -format {%Y %j} -gmt 1',
      'clock scan {2023-11-14 +0100} -format {%Y-%m-%d %z} -gmt 1', 'clock scan {2023-11-14T10:11:12} -format {%Y-%m-%dT%T} -gmt 1',
      'clock scan {11/14/2023} -format {%D} -gmt 1', 'clock scan {10:11} -format {%R} -gmt 1 -base 86400',
      'clock scan {2023-02-30} -format {%Y-%m-%d} -gmt 1', 'clock scan {2023-13-01} -format {%Y-%m-%d} -gmt 1',
      'clock scan {2023-11-14 25:00} -format {%Y-%m-%d %H:%M} -gmt 1', 'clock scan {2023-11-14} -format {%Y-%m-%d} -timezone :UTC',
      'clock scan {2023-11-14} -gmt 1', 'clock scan {2023-11-14 10:00:00} -gmt 1', 'clock scan {20231114T100000} -gmt 1',
      'clock scan {} -format {} -gmt 1 -base 5', 'clock scan', 'clock scan 1 -foo 1', 'clock scan {1582-10-04} -format {%Y-%m-%d} -gmt 1',
      'clock add 0 1 month -gmt 1', 'clock add 0 1 mon -gmt 1', 'clock add 0 1', 'clock add 0 x days', 'clock add 0 1 days 2 hours -gmt 1',
      'clock add 0 -1 year -gmt 1', 'clock add 951782400 1 year -gmt 1', 'clock add 0 1 Day -gmt 1', 'clock add',
      'clock add 1675123200 1 month -gmt 1', 'clock add 1675123200 13 months -gmt 1', 'clock add 0 2 weeks 3 minutes 4 seconds -gmt 1',
      'clock seconds 1', 'clock clicks -foo', 'clock add 0 1 day -timezone :UTC',
    ]));
  });

  it('reads the injected clock source', async () => {
    const { setClockSource } = await import('../../src/tcl/commands/clock.js');
    const { createInterp } = await import('../../src/tcl/index.js');
    const { evalValue } = await import('../../src/tcl/compile.js');
    const interp = createInterp({ dialect: 'tcl' });
    setClockSource(interp, () => 1_700_000_000_123.456);
    expect(str(evalValue(interp, 'list [clock seconds] [clock milliseconds] [clock microseconds] [clock clicks -milliseconds]')))
      .toBe('1700000000 1700000000123 1700000000123456 1700000000123');
    expect(str(evalValue(interp, 'clock format [clock seconds] -gmt 1 -format %T'))).toBe('22:13:20');
    expect(str(evalValue(interp, 'clock scan 10:00 -format %H:%M -gmt 1'))).toBe('1699956000');
  });
});

describe('binary', () => {
  it('formats and scans like Tcl', () => {
    const show = (c: string) => `binary encode hex [${c}]`;
    sameAsTclsh(probe([
      'binary format', 'binary format z', 'binary format a', show('binary format a* abc def'), 'binary format x*', show('binary format x3'),
      'binary format @', show('binary format a2X* abc'), show('binary format a3X2a a b'), 'binary format b 2', 'binary format h g',
      show('binary format H* abc'), show('binary format b* 101'), show('binary format B* 101100111'), 'binary format c2 {1}',
      'binary format c 1.5', show('binary format i 0x1ffffffff'), 'binary format w 99999999999999999999999', show('binary format f 1e40'),
      show('binary format f 1.1'), show('binary format d 1.1'), show('binary format Q 1.1'), show('binary format R -2.5'),
      show('binary format m 1'), show('binary format t 258'), show('binary format W -1'), show('binary format c* {}'),
      show('binary format a0 abc'), 'binary format "a 2" ab', 'binary format a1u ab', show('binary format cu 1'),
      show('binary format s 70000'), show('binary format i2 {1 2 3}'), 'binary format c {1 2}', 'binary format d x',
      show('binary format f2 {1 2}'), show('binary format a1@4a1 x y'), show('binary format a3@*a1 xyz q'), show('binary format A5 abc'),
      show('binary format h5 abcde'), show('binary format b10 1010101011'),
      'binary scan abc', 'binary scan abc a', 'binary scan abc a4 x', 'binary scan abc z x', 'binary scan abc a2a2 x y',
      'binary scan abc x5a x', 'binary scan abc x*a x', 'binary scan abc @5a x', 'binary scan abc @* x',
      'binary scan abc X5a* x; set x', 'binary scan \\x80\\xff cu2 x; set x', 'binary scan \\x80\\xff\\x01 s* x; set x',
      'binary scan \\x80\\xff\\x01 su* x; set x', 'binary scan [binary format f 1.1] f x; set x', 'binary scan [binary format d 1.5] d x; set x',
      'binary scan [binary format q 1.5] q x; set x', 'binary scan [binary format i -5] iu x; set x', 'binary scan [binary format w -5] wu x; set x',
      'binary scan [binary format w -5] w x; set x', 'binary scan abc b* x; set x', 'binary scan abc B5 x; set x', 'binary scan abc h* x; set x',
      'binary scan abc H3 x; set x', 'binary scan abc c x; set x', 'binary scan abc c0 x; set x', 'binary scan "ab  \\x00 " A* x; set x',
      'binary scan "" a* x; set x', 'binary scan "" c x', 'binary scan "" c* x; set x', 'binary scan \\x01\\x02\\x03\\x04 n x; set x',
      'binary scan \\x01\\x02\\x03\\x04 t x; set x', 'binary scan abcd i2 x', 'binary scan [binary format R 1.5] R x; set x',
      'binary scan [binary format r 1.5] r x; set x', 'binary scan [binary format Q 2.5] Q x; set x', 'binary scan abcdefgh W x; set x',
      'binary scan abcdefgh m x; set x', 'binary scan \\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff Wu x; set x',
    ]));
  });

  it('encodes and decodes like Tcl', () => {
    sameAsTclsh(probe([
      'binary encode hex \\u0141', 'binary encode base64 hello', 'binary encode base64 -maxlen 4 hello',
      'binary encode base64 -maxlen 4 -wrapchar | hello', 'binary decode base64 aGVsbG8=', 'binary decode base64 aGVsbG8',
      'binary decode base64 -strict aGVsbG8', 'binary decode base64 {aGVs bG8=}', 'binary decode base64 -strict {aGVs bG8=}',
      'binary decode base64 {aGV!sbG8=}', 'binary decode hex {48 69}', 'binary decode hex -strict {48 69}', 'binary decode hex 486',
      'binary decode hex 4g', 'binary decode hex -strict 4g', 'binary encode', 'binary encode foo x', 'binary decode foo x', 'binary foo',
      'binary', 'binary encode hex', 'binary encode hex a b', 'binary encode uuencode hello',
      'binary decode uuencode [binary encode uuencode hello]', 'binary encode base64 {}', 'binary encode base64 ab',
      'binary decode base64 YWI=', 'binary decode base64 YQ==', 'binary encode base64 [string repeat x 100]',
      'binary decode base64 [binary encode base64 [binary format c* {0 1 2 254 255}]]', 'binary enc hex A', 'binary decode hex {}',
    ]));
  });
});

describe('subst', () => {
  it('substitutes like Tcl, including break, continue and return', () => {
    sameAsTclsh('set a(k) V; set x X; set k k\n' + probe([
      'subst {a[break]b}', 'subst {a[continue]b}', 'subst {a[return R]b}', 'subst {a[return -code error E]b}', 'subst {a[error E]b}',
      'subst {[set y 1][}', 'set y', 'subst {[}', 'subst {a]b}', 'subst {$}', 'subst {a$}', 'subst {$(x)}', 'subst {${x}}',
      'subst {${x}y}', 'subst {$a(k}', 'subst {$a($k)}', 'subst -nocommands {$a([set k])}', 'subst -novariables {[set x]$x}',
      'subst -nobackslashes {$a(\\k)}', 'subst {$x::y}', 'subst {$x:y}', 'subst {$::x}', 'subst {$nosuch}', 'subst -nob {\\n}',
      'subst -foo {\\n}', 'subst', 'subst a b', 'subst -nocommands', 'subst {[list {a]b} "c]d"]}', 'subst {[list a]b c]}',
      'subst {[list {a}x]}', 'subst {[list "a"x]}', 'subst {[# comment ] x\nlist 1]}', 'subst {[set x "a[list ]]"]}',
      'subst {\\x41\\u0042\\101\\\n   x}', 'subst {[list a;list b]}', 'subst {[]}', 'subst {x[set x]$x}', 'subst {$a(k)(k)}',
      'subst {$a()}', 'subst {$x(}', 'subst -novariables {$a([set k])}', 'subst {[foreach i {1 2 3} {if {$i == 2} break}]z}',
      'subst {a[string cat [break]]b}', 'subst -no {a}', 'subst -nobackslashes {\\[set x]}', 'subst -nocommands {\\[set x]}',
      'subst {\\[set x]\\$x}', 'subst {[set x}', 'subst {["}', 'subst {[list "a}', 'subst {$a}', 'subst {${a}(k)}',
      'proc p {} { set r [subst {a[return R]b}]; return "<$r>" }; p', 'set i 0; while {$i < 3} { incr i; subst {[continue]} }; set i',
    ]));
  });
});

describe('regexp and regsub in scripts', () => {
  it('agree with tclsh', () => {
    sameAsTclsh(probe([
      'regexp {(\\w+)@(\\w+)} "mail bob@example now" all u h; list $all $u $h', 'set a(1) 1; regexp a a a',
      'regsub a a b a', 'regsub -all o "foo boo" 0 v; set v', 'set n [regexp -all -inline {\\d+} "a1b22c333"]; llength $n',
    ]));
  });
});
