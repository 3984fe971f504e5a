// `string`, `format` and `scan` against real tclsh 8.6: every snippet runs under tclsh and under
// the engine in this test run, and the printed results (value or error message, completion code,
// variables set) must be identical. Nothing expected is written down here.
//
// Besides hand-picked snippets, seeded random batches (float and integer conversions, glob
// patterns, string subcommands with odd indexes) are compared as a whole.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runTclFile } from '../../src/tcl/run.js';
import { formatList } from '../../src/tcl/value.js';
import { globMatch } from '../../src/tcl/strings/glob.js';
import { tclFormat } from '../../src/tcl/strings/format.js';

const TCLSH = process.env['TCLSH'] || 'tclsh';
const TCL_ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

/** Prints each snippet's completion code and result, and the variables it left behind. */
const PRELUDE = String.raw`
proc t {script} {
  foreach v {a b c d x y fi} { uplevel 1 [list unset -nocomplain $v] }
  set code [catch {uplevel 1 $script} result]
  set vars {}
  foreach v {a b c d x y fi} {
    if {[uplevel 1 [list info exists $v]]} { lappend vars $v [uplevel 1 [list set $v]] }
  }
  puts "$code <$result> $vars"
}
`;

interface Group {
  name: string;
  setup?: string;
  snippets: string[];
}

const GROUPS: Group[] = [
  {
    name: 'ensemble',
    snippets: [
      'string', 'string len', 'string len abc', '::string length', 'string t x', 'string "" x', 'string le x',
      'string l x', 'string frobnicate x', 'string bytelength', 'string cat', 'string cat a b c', 'string cat "a b" {c d}',
      'string reverse', 'string reverse "a\u00e9b"', 'string length "\u4e2d\u6587"', 'string bytelength "\u00e9\u4e2d\\0a"',
    ],
  },
  {
    name: 'compare-equal',
    snippets: [
      'string compare', 'string compare a', 'string compare -nocase a b c', 'string compare -length a b',
      'string compare -length x a b', 'string compare -foo a b', 'string compare -nocase -nocase a b',
      'string compare -len 2 abc abd', 'string compare -no abc ABC', 'string compare -length -1 abc abd',
      'string compare -length 0 abc abd', 'string compare - a b', 'string compare -length 2.5 a b',
      'string compare -length 99999999999 a b', 'string compare -length 4294967295 abc abd', 'string compare a\\0 a',
      'string compare "\u00e9" "\u00c9"', 'string compare -nocase "\u00e9" "\u00c9x"', 'string compare 10 9',
      'string equal', 'string equal -length 2 abc', 'string equal -foo a b', 'string equal -length 2.0 ab ab',
      'string equal -length 2 -nocase ABc abd', 'string equal -nocase -length 2 ABx abY', 'string equal 1 1.0',
      'string equal -nocase "\u00c9" "\u00e9"',
    ],
  },
  {
    name: 'first-last-index-range',
    snippets: [
      'string first', 'string first a b c d', 'string first a abc x', 'string first ab xxabab 3', 'string first ab xxabab end',
      'string first a abc -5', 'string first "" ""', 'string first a abc 4294967295', 'string first b abc 1.0',
      'string last a abc end-10', 'string last "" abc', 'string last a abca 100', 'string last ab xxabab 3',
      'string last ab xxabab 4', 'string last ab xxabab -1', 'string index', 'string index abc 1 2', 'string index abc 1.5',
      'string index abc end+1', 'string index abc " 1 "', 'string index abc 01', 'string index abc 08', 'string index abc 0x1',
      'string index abc end--1', 'string index abc end-', 'string index abc -0', 'string index abc +1', 'string index abc 1e0',
      'string index abc 2147483648', 'string index abc 4294967295', 'string index abc 4294967296', 'string index abc e',
      'string index abc en', 'string index abc ""', 'string index abc end-08', 'string index abc " 08"', 'string index abc 1+08',
      'string index abc "end-1 "', 'string index abc " 1+1"', 'string index abc "1 +1"', 'string index abc "end- 1"',
      'string index abc 1--1', 'string index abc 0o8', 'string index abc 2147483647+2147483647', 'string index abc end-4294967295',
      'string index abc [string repeat 9 60]', 'string range abc 1 0', 'string range abc -1 end', 'string range abc end-1 1',
      'string range abc 1 end+5', 'string range abcdef 1 4294967295', 'string range a b c d',
    ],
  },
  {
    name: 'is',
    snippets: [
      'string is', 'string is integer', 'string is integer -strict', 'string is integer -foo x', 'string is integer -failindex',
      'string is integer a b', 'string is int 5', 'string is 5', 'string is integer -failindex x', 'string is int -failindex x',
      'string is a x', 'string is -strict integer x', 'string is integer - x', 'string is integer -s x',
      'string is integer -strict -strict -strict x', 'string is "" x', 'string is Integer x',
      'string is integer -failindex a -failindex b 5x', 'string is integer -strict -failindex fi ""',
      'string is double -strict -failindex fi ""', 'string is list -strict -failindex fi ""',
      'string is integer [expr {2**40}]', 'string is double [expr {1.5}]', 'string is wideinteger -failindex fi 99999999999999999999',
      'string is entier -failindex fi 1.5', 'string is digit -failindex fi 12a', 'string is list -failindex fi "a \\{b"',
      'string is list -failindex fi "  \\{a\\}  \\{b"', 'string is list -failindex fi {"a"b c}', 'string is true -failindex fi 0',
      'string is boolean -failindex fi o', 'string is space "\u00a0\u2028"', 'string is wordchar "a_\u00e9"',
    ],
  },
  {
    name: 'map-match',
    snippets: [
      'string map', 'string map a', 'string map -nocase a b c', 'string map -foo a b', 'string map {a} abc',
      'string map {a b c} abc', 'string map "\\{a" abc', 'string map -n {a b} a', 'string map - {a b} a',
      'string map {abc 1 ab 2 a 3} abcabx', 'string map {"" x} abc', 'string map -nocase {AB x} aBab',
      'string map {a {} b {}} abc', 'string map {a b a c} aa', 'string map {aa b} aaaaa', 'string map {} hello',
      'string map -nocase {\u00c9 e} "\u00e9t\u00c9"', 'string match', 'string match a', 'string match -foo a b',
      'string match -nocase', 'string match -nocase a', 'string match -n A a', 'string match - A a',
      'string match {[a-]]} a]', 'string match {[a-]]} -', 'string match {[abc} b', 'string match a\\\\ a', 'string match a\\\\ a\\\\',
      'string match {*[} a', 'string match -nocase {[A-Z]} q', 'string match -nocase {[Z-a]} _',
    ],
  },
  {
    name: 'repeat-replace-case-trim-word',
    snippets: [
      'string repeat', 'string repeat a -1', 'string repeat a 1.0', 'string repeat ab 0x2', 'string repeat "" 99999999999',
      'string repeat a 4294967295', 'string repeat ab 4294967297', 'string replace', 'string replace a b',
      'string replace a 0 0 x y', 'string replace abcdef -1 1 X', 'string replace abcdef 2 10 X', 'string replace abcdef 10 12 X',
      'string replace abcdef 3 -1 X', 'string replace abcdef 3 2 X', 'string replace abcdef end-1 end', 'string replace "" 0 0 X',
      'string tolower', 'string tolower a 1 2 3', 'string tolower ABC x', 'string tolower ABCDEF 2', 'string tolower ABCDEF 2 1',
      'string tolower ABCDEF -5 2', 'string tolower ABCDEF 4 100', 'string toupper abcdef end',
      'string totitle "hELLO wORLD" 6', 'string totitle "hELLO wORLD" 6 end', 'string totitle abc 5', 'string totitle abc -1 0',
      'string toupper "stra\u00dfe \u01c6"', 'string totitle "\u01c6a"', 'string tolower "\u0130"', 'string trim',
      'string trim a b c', 'string trim xxaxx ""', 'string trim abcba ab', 'string trimleft "  a  " " a"',
      'string trim "\u00a0a\u3000"', 'string trim "\\0a\\0"', 'string trimright "a\\x1c"', 'string wordend', 'string wordend abc x',
      'string wordstart abc -1', 'string wordend abc 10', 'string wordend abc -1', 'string wordstart abc 10',
      'string wordstart "" 0', 'string wordend "" 0', 'string wordstart "ab cd" 3', 'string wordend "a_b.c" 0',
      'string wordend "\u00e9 x" 0',
    ],
  },
  {
    name: 'format',
    snippets: [
      'format', 'format %', 'format % 1', 'format abc% 1', 'format %z', 'format %lz 1', 'format %p 1', 'format %Ld 1',
      'format {%1$s %s} a b', 'format {%s %1$s} a b', 'format {%3$s} a b', 'format {%0$s} a', 'format {%2$s %1$s} a b',
      'format %*d 1', 'format %*d -5 1', 'format %.*f -2 1.5', 'format %*d x 1', 'format %f 1,5', 'format %f ""',
      'format %d ""', 'format %d [string repeat a 60]', 'format %f 08', 'format %f 08x', 'format %d 08', 'format %f NaN',
      'format %f Inf', 'format %010f -Inf', 'format %G inf', 'format %c 0x1F600', 'format %c -1', 'format %c 4294967295',
      'format %c 4294967296', 'format %d 12345678901234567890', 'format %d -18446744073709551615', 'format %hd 70000',
      'format %lld 12345678901234567890', 'format %llu 1', 'format %llx -255', 'format %+llx 5', 'format %-05d 42',
      'format %-05s ab', 'format %05s ab', 'format %05c 65', 'format %08.3d 5', 'format %#.5o 8', 'format %#o 0',
      'format %#x 0', 'format %5%', 'format %5% 1', 'format %.0f 2.5', 'format %.0f 3.5', 'format %.1f 0.25',
      'format %.2f 2.675', 'format %.0e 25', 'format %.0e 35', 'format %#.0e 1', 'format %.0g 0.5', 'format %#g 0',
      'format %g 999999.5', 'format %.3f 1e300', 'format %.25f 0.1', 'format %e 1e-320', 'format %.3000f 1',
      'format %+.3e -0.0', 'format {%-+5d|} 3', 'format "% 5d" 3', 'format %u -1', 'format %hu -1', 'format %b -1',
      'format %.3s \u65e5\u672c\u8a9e\u65e5', 'format {|%5s|} \u00e9',
    ],
  },
  {
    name: 'scan',
    snippets: [
      'scan', 'scan abc', 'scan {10 20} {%d %d} a b', 'scan 10 {%d %d} a b', 'scan abc %d a', 'scan {} %d a',
      'scan {   } %d a', 'scan {1 2 3} {%d %*d %d} a b', 'scan {a b} {%s %n} x y', 'scan {12 34} {%2$d %1$d} a b',
      'scan abc %c%c%c%c a b c d', 'scan 12 %d%d a b', 'scan 5 %s%s a', 'scan 5 %s a b', 'scan {ab} {%1$c%1$c} a',
      'scan {a} {%2$s} a b', 'scan {0x1A} %x a', 'scan {0x1A} %i a', 'scan {-12} %u a', 'scan {1e5} %d%s a b',
      'scan {} %n a', 'scan "\u00e9 x" {%s %n} a b', 'scan {077 088} {%o %o} a b', 'scan 123456 %2d%2d%2d a b c',
      'scan a {%[a} a', 'scan {]} {%[]]} a', 'scan x {%[^]]} a', 'scan abc %5c', 'scan abc %lc', 'scan abc %ls', 'scan abc %y',
      'scan abc {%[^}', 'scan "" %s', 'scan a "%s %s"', 'scan a a%s', 'scan a b%s', 'scan "" %n', 'scan abc %*s%n',
      'scan nan %f', 'scan inf %f', 'scan -infinity %G', 'scan 0x1p3 %f', 'scan 1.5e+3 %3f', 'scan -.5 %2f', 'scan .e5 %f',
      'scan 99999999999999999999 %d', 'scan 18446744073709551615 %d', 'scan -5 %u', 'scan -5 %llu',
      'scan 99999999999999999999 %lld', 'scan 0x10 %o', 'scan 0b101 %i', 'scan 101 %b', 'scan 1 %qd', 'scan 1 %',
      'scan {%3$s} {%3$s}', 'scan {a b c} {%3$s %1$s}', 'scan 1 {%1$s %*s}', 'scan "\\0x" %c%c',
    ],
  },
];

function buildScript(group: Group): string {
  let s = PRELUDE + (group.setup ?? '') + '\n';
  group.snippets.forEach((snippet, i) => {
    s += `puts "@@${i}"\nt {${snippet}}\n`;
  });
  return s;
}

function splitCases(out: string): Map<number, string> {
  const cases = new Map<number, string>();
  const parts = out.split(/^@@(\d+)\n/m);
  for (let i = 1; i < parts.length; i += 2) cases.set(Number(parts[i]), parts[i + 1]!);
  return cases;
}

function runBoth(group: Group): { want: Map<number, string>; got: Map<number, string>; wantErr: string; gotErr: string; status: number | null } {
  const script = buildScript(group);
  const want = spawnSync(TCLSH, [], { input: script, encoding: 'utf8', env: TCL_ENV, maxBuffer: 64 * 1024 * 1024 });
  const got = runTclFile(script, `${group.name}.tcl`);
  return { want: splitCases(want.stdout), got: splitCases(got.stdout), wantErr: want.stderr, gotErr: got.stderr, status: want.status };
}

for (const group of GROUPS) {
  describe(`string/format/scan vs tclsh: ${group.name}`, () => {
    const r = runBoth(group);
    it('runs to the end', () => {
      expect(r.status, `tclsh stderr: ${r.wantErr}`).toBe(0);
      expect(r.gotErr).toBe('');
    });
    group.snippets.forEach((snippet, i) => {
      it(snippet, () => {
        expect(r.got.get(i)).toBe(r.want.get(i));
      });
    });
  });
}

// ---- seeded random batches -------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomFloatFormats(count: number): string[] {
  const rnd = mulberry32(1);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const value = (): string => {
    const k = rnd();
    if (k < 0.2) {
      words[0] = (rnd() * 2 ** 32) >>> 0;
      words[1] = (rnd() * 2 ** 32) >>> 0;
      return Number.isFinite(bits[0]!) ? String(bits[0]) : '1.5';
    }
    // Exact binary fractions: ties for %f and %e rounding.
    if (k < 0.45) return String((Math.floor(rnd() * 2000) - 1000) / 2 ** Math.floor(rnd() * 12));
    if (k < 0.55) {
      return pick(['0', '-0.0', '1e300', '5e-324', '1e-320', '2.675', '1.005', '0.125', '9.5', '99.95', '999999.5', '1e21',
        '1e22', '123456789012345678901234567890', '0.1', '1e-5', '9.9999e-5', '0x10', '4.35', 'Inf', '-Inf']);
    }
    if (k < 0.8) return String((rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20));
    return String(Math.floor(rnd() * 1e9) * 10 ** Math.floor(rnd() * 10 - 15));
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let flags = '';
    for (const f of ['-', '+', ' ', '0', '#']) if (rnd() < 0.15) flags += f;
    const width = rnd() < 0.5 ? '' : String(Math.floor(rnd() * 25));
    const prec = rnd() < 0.4 ? '' : '.' + (rnd() < 0.1 ? '' : String(Math.floor(rnd() * (rnd() < 0.9 ? 20 : 120))));
    out.push(formatList(['format', `%${flags}${width}${prec}${pick(['e', 'E', 'f', 'g', 'G', 'f', 'g'])}`, value()]));
  }
  return out;
}

function randomIntFormats(count: number): string[] {
  const rnd = mulberry32(2);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let flags = '';
    for (const f of ['-', '+', ' ', '0', '#']) if (rnd() < 0.15) flags += f;
    const width = rnd() < 0.5 ? '' : String(Math.floor(rnd() * 25));
    const prec = rnd() < 0.6 ? '' : '.' + String(Math.floor(rnd() * 25));
    const size = pick(['', '', '', 'h', 'l', 'll']);
    const conv = pick(['d', 'i', 'u', 'x', 'X', 'o', 'b', 'c', 's']);
    const v = pick([String(Math.floor((rnd() - 0.5) * 2 ** (rnd() * 70))), '0', '-1', '18446744073709551615',
      '-9223372036854775808', '123456789012345678901234567890', '-123456789012345678901234567890', '0x7f', '077', ' 12 ',
      '65535', '65536', '-32769']);
    out.push(formatList(['format', `%${flags}${width}${prec}${size}${conv}`, v]));
  }
  return out;
}

function randomGlobs(count: number): string[] {
  const rnd = mulberry32(3);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const pchars = ['a', 'b', 'A', '*', '*', '?', '[', ']', '-', '\\', 'c', 'z', '\u00e9', '\u00c9'];
  const tchars = ['a', 'b', 'A', 'B', '-', ']', '[', '\\', '*', 'c', '\u00e9', '\u00c9', 'z'];
  const word = (chars: string[], max: number): string => {
    let s = '';
    const n = Math.floor(rnd() * max);
    for (let k = 0; k < n; k++) s += pick(chars);
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = word(pchars, 9);
    const t = word(tchars, 8);
    out.push(formatList(rnd() < 0.3 ? ['string', 'match', '-nocase', p, t] : ['string', 'match', p, t]));
  }
  return out;
}

function randomStringOps(count: number): string[] {
  const rnd = mulberry32(4);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const word = (chars: string[], max: number): string => {
    let s = '';
    const n = Math.floor(rnd() * max);
    for (let k = 0; k < n; k++) s += pick(chars);
    return s;
  };
  const idx = (): string => pick(['0', '1', '2', '-1', 'end', 'end-1', 'end-3', 'end+1', '1+1', '3-1', '10', 'e', '5', '-3']);
  const C = ['a', 'b', 'A', 'B', 'c', ' ', '\u00e9', '\u00c9', '_', '.', '1'];
  const K = ['a', 'b', 'A', 'B', '\u00e9', '\u00c9'];
  const opt = <T,>(p: number, x: T[]): T[] => (rnd() < p ? x : []);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const s = word(C, 9);
    let cmd: string[];
    switch (Math.floor(rnd() * 12)) {
      case 0: {
        const m: string[] = [];
        const n = Math.floor(rnd() * 4) * 2;
        for (let k = 0; k < n; k++) m.push(word(K, 3));
        cmd = ['string', 'map', ...opt(0.4, ['-nocase']), formatList(m), s];
        break;
      }
      case 1: cmd = ['string', 'first', word(['a', 'b', '\u00e9'], 3), s, ...opt(0.5, [idx()])]; break;
      case 2: cmd = ['string', 'last', word(['a', 'b', '\u00e9'], 3), s, ...opt(0.5, [idx()])]; break;
      case 3: cmd = ['string', 'range', s, idx(), idx()]; break;
      case 4: cmd = ['string', pick(['trim', 'trimleft', 'trimright']), s, ...opt(0.6, [word(['a', 'b', ' ', '\u00e9'], 3)])]; break;
      case 5: cmd = ['string', pick(['tolower', 'toupper', 'totitle']), s, ...opt(0.6, [idx(), ...opt(0.5, [idx()])])]; break;
      case 6: cmd = ['string', pick(['wordstart', 'wordend']), s, idx()]; break;
      case 7:
      case 8:
        cmd = ['string', pick(['compare', 'equal']), ...opt(0.4, ['-nocase']), ...opt(0.4, ['-length', pick(['0', '1', '2', '-1', '5'])]),
          s, word(C, 9)];
        break;
      case 9: cmd = ['string', 'index', s, idx()]; break;
      case 10: cmd = ['string', 'repeat', word(C, 3), pick(['0', '1', '3', '-2'])]; break;
      default: cmd = ['string', pick(['reverse', 'length', 'bytelength']), s];
    }
    out.push(formatList(cmd));
  }
  return out;
}

/** Number syntax where Tcl's parser stops: -failindex, scan fields, error messages. */
function randomNumberSyntax(count: number): string[] {
  const rnd = mulberry32(5);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const A = ['0', '0', '1', '7', '8', '9', 'x', 'X', 'b', 'o', 'O', '.', 'e', 'E', '+', '-', ' ', 'i', 'n', 'f', 'a', '(', ')',
    'y', 't', 'N', 'I', 'F', 'd', '5'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rnd() * 8);
    for (let k = 0; k < n; k++) s += pick(A);
    const w = pick(['', '', '1', '2', '3', '5']);
    let cmd: string[];
    switch (Math.floor(rnd() * 8)) {
      case 0: cmd = ['string', 'is', pick(['double', 'entier', 'integer', 'wideinteger']), '-failindex', 'fi', s]; break;
      case 1: cmd = ['format', pick(['%f', '%e']), s]; break;
      case 2: cmd = ['format', '%d', s]; break;
      case 3: cmd = ['scan', s, `%${w}${pick(['d', 'i', 'o', 'x', 'b', 'u'])}%s`]; break;
      case 4: cmd = ['scan', s, `%${w}${pick(['f', 'e', 'g'])}%s`]; break;
      case 5: cmd = ['string', 'index', 'abcdefghij', s]; break;
      case 6: cmd = ['string', 'repeat', 'a', s]; break;
      default: cmd = ['scan', s, `%${w}${pick(['d', 'i', 'o', 'x', 'f'])}%n`];
    }
    out.push(formatList(cmd));
  }
  return out;
}

/** scan formats (literals, white space, widths, suppression, XPG, %n, sets) on random input. */
function randomScans(count: number): string[] {
  const rnd = mulberry32(6);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const convs = ['d', 's', 'c', 'f', 'x', 'n', '[a-c]', '[^ ]', '[]a-]', '[-^]', 'i', 'o', 'e', 'u', '%'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let f = '';
    const n = 1 + Math.floor(rnd() * 4);
    const xpg = rnd() < 0.15;
    for (let k = 0; k < n; k++) {
      if (rnd() < 0.3) f += pick([' ', ',', 'a', '-', ':']);
      const c = pick(convs);
      if (c === '%') {
        f += '%%';
        continue;
      }
      const width = c !== 'c' && c !== 'n' && rnd() < 0.3 ? pick(['1', '2', '3']) : '';
      f += '%' + (xpg ? `${k + 1}$` : rnd() < 0.15 ? '*' : '') + width + c;
    }
    let s = '';
    const m = Math.floor(rnd() * 10);
    for (let k = 0; k < m; k++) s += pick(['1', '2', '0', 'x', 'a', 'b', 'c', ' ', ',', '-', '.', 'e', '5', '%', ':', ']', '^', '\u00e9']);
    const vars = rnd() < 0.5 ? [] : ['a', 'b', 'c', 'd'].slice(0, n);
    out.push(formatList(['scan', s, f, ...vars]));
  }
  return out;
}

const RANDOM_BATCHES: [string, string[]][] = [
  ['scan: random formats and input', randomScans(3000)],
  ['number syntax: prefixes, octal, Inf/NaN, fields', randomNumberSyntax(4000)],
  ['format: floating-point conversions', randomFloatFormats(4000)],
  ['format: integer conversions', randomIntFormats(2000)],
  ['string match: glob patterns', randomGlobs(6000)],
  ['string subcommands with odd indexes', randomStringOps(4000)],
];

describe('string/format/scan vs tclsh: seeded random batches', () => {
  for (const [name, snippets] of RANDOM_BATCHES) {
    it(`${name} (${snippets.length} cases)`, () => {
      const r = runBoth({ name, snippets });
      expect(r.status, `tclsh stderr: ${r.wantErr}`).toBe(0);
      expect(r.gotErr).toBe('');
      const mismatches: string[] = [];
      snippets.forEach((snippet, i) => {
        if (r.got.get(i) !== r.want.get(i)) mismatches.push(`${snippet}\n  tclsh:  ${r.want.get(i)}  engine: ${r.got.get(i)}`);
      });
      expect(mismatches.slice(0, 10).join('\n')).toBe('');
    });
  }
});

// ---- direct checks -----------------------------------------------------------------------------------

describe('globMatch', () => {
  it('stays fast on patterns that make backtracking matchers exponential', () => {
    const text = 'a'.repeat(20000);
    const started = Date.now();
    expect(globMatch('*a*a*a*a*a*a*a*a*a*a*b', text)).toBe(false);
    expect(globMatch('*a*a*a*a*a*a*a*a*a*a*a', text)).toBe(true);
    expect(globMatch('*?*?*?*?*?*?*b', text, true)).toBe(false);
    // Malformed brackets take the NFA path, which must be just as safe (no 'b' in the text).
    expect(globMatch('*a*a*a*a*a*a*a*a*b[a-]', text)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('handles the simple shapes without the general matcher', () => {
    expect(globMatch('*.example.com', 'www.example.com')).toBe(true);
    expect(globMatch('/api/*', '/api/v1')).toBe(true);
    expect(globMatch('*admin*', 'xADMINx', true)).toBe(true);
    expect(globMatch('exact', 'exact')).toBe(true);
    expect(globMatch('***', '')).toBe(true);
  });
});

describe('tclFormat', () => {
  it('rounds exact binary ties to even, like glibc', () => {
    const f = (spec: string, v: string): string => tclFormat(spec, [v], { checkLength: () => {} });
    expect(f('%.0f', '0.5')).toBe('0');
    expect(f('%.0f', '1.5')).toBe('2');
    expect(f('%.2f', '0.125')).toBe('0.12');
    expect(f('%.1e', '0.25')).toBe('2.5e-01');
    expect(f('%.0e', '2.5')).toBe('2e+00');
  });
});
