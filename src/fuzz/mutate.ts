// The mutation fuzzer's input generator: seeds from the repository (rules, fixtures, differential
// cases, scenarios, traffic) and the hostile cases of issue 12, changed by small edits that tend to
// find parser, engine and loader bugs: Tcl metacharacters, splices of two seeds, repeated chunks
// (nesting), numbers swapped for extreme ones, and the hostile snippets pasted in.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// One seeded PRNG for the project (mulberry32): a fuzz run is reproducible from its seed.
export { rng } from '../sim/generate.js';

/** The hostile cases of issue 12 and their neighbours, as snippets the mutator pastes in. */
export const HOSTILE_TCL = [
  'regexp {(.*)(.*)(.*)(.*)(.*)\\5x} [string repeat a 3000]',
  'regexp {\\d+\\d+\\d+\\d+(?=x)} [string repeat 1 20000]',
  'regexp {(a+)+\\1b} [string repeat a 40]',
  'regexp {((a*)*)*(?!b)\\2} [string repeat a 100]',
  'set x 1; while {9223372036854775808 << $x} {}',
  'set x [expr {1 << 100000}]; while 1 {set x [expr {$x * $x}]}',
  'expr {2 ** 100000000}',
  'puts "\\UFFFFFFFF"',
  'puts "\\U0010FFFFF\\u00\\x"',
  'split [string repeat a 64000000] ""',
  'format %2147483647d 1',
  'format %.999999999f 1.0',
  'format %*s 2000000000 x',
  'string repeat [string repeat x 100000] 100000',
  'lrepeat 2000000000 a',
  'lrepeat 100000 [lrepeat 100000 a]',
  'binary format a2147483647 x',
  'binary format x2000000000',
  'binary format @1000000000',
  'proc f {n} {uplevel 1 [list f [incr n]]}; f 0',
  'proc f {n} {f [incr n]}; catch {f 0}; f 0',
  'proc f {} {eval f}; f',
  'interp recursionlimit {} 100000',
  'after 1000000; after 0 {while 1 {}}',
  'for {set i 0} {1} {incr i} {after 1}',
  'set l {}; while 1 {lappend l $l}',
  'set s x; while 1 {append s $s}',
  'string map [list a [string repeat b 100000]] [string repeat a 100000]',
  'lsort -command {apply {{a b} {lsort [lrepeat 1000 x]}}} [lrepeat 1000 y]',
  'dict create {*}[lrepeat 1000000 a]',
  'scan [string repeat 9 100000] %d x',
  'set a [string repeat {[} 5000]',
  'subst [string repeat {[} 300]x[string repeat {]} 300]',
  'expr [string repeat ( 5000]1[string repeat ) 5000]',
  // Nesting as deep as Tcl compiles (1254 scripts), one level more, and far more (issue 12).
  'eval [string repeat "if 1 \\{" 1253]puts[string repeat "\\}" 1253]',
  'eval [string repeat "if 1 \\{" 1254]puts[string repeat "\\}" 1254]',
  'eval [string repeat {[} 100000]list[string repeat {]} 100000]',
  'eval [string repeat {catch f[} 5000]',
  'set x [string repeat "\\{" 100000]x[string repeat "\\}" 100000]; puts [string length [eval "list $x"]]',
];

export const HOSTILE_IRULE = [
  'when HTTP_REQUEST { HTTP::header insert "X-a\\r\\nSet-Cookie: evil=1" [HTTP::uri] }',
  'when HTTP_REQUEST { HTTP::redirect "https://x/\\r\\nLocation: http://evil" }',
  'when HTTP_REQUEST { HTTP::respond 99999 content hi }',
  'when HTTP_REQUEST { HTTP::respond 200 content x "X-\\0" v }',
  'when HTTP_REQUEST { HTTP::uri "/a\\nb" }',
  'when HTTP_REQUEST { HTTP::header replace Location [URI::decode [HTTP::query]] }',
  'when HTTP_REQUEST { eval [HTTP::header value X-Cmd] }',
  'when HTTP_REQUEST { table set [string repeat k 100000] [string repeat v 1000000] }',
  'when HTTP_REQUEST priority 2000000000 { }',
];

const WORDS = [
  '{', '}', '[', ']', '"', '$', '\\', ';', '\n', ' ', '#', '{*}', '$x(', ')', '\\\n', '\r\n', '\0', '\\x', '\\u', '\\U',
  '0x', '9223372036854775808', '-9223372036854775809', '1e308', 'nan', 'inf', '2147483648', '-1', 'end+1', 'end-2147483648',
  'when', 'HTTP_REQUEST', 'proc', 'if', 'else', 'elseif', 'switch', 'foreach', 'while', 'expr', 'eval', 'uplevel', 'upvar',
  'regexp', 'regsub', 'format', 'binary', 'string', 'list', 'dict', 'array', 'namespace', 'apply', 'try', 'catch', 'return -code',
  'HTTP::header', 'HTTP::respond', 'HTTP::redirect', 'HTTP::uri', 'table', 'persist', 'class', 'pool', '::', 'static::', '%',
  '&&', '||', '**', '<<', '?', ':', 'eq', '(', 'a*', '(?=', '\\1', '{1000}', '*+', '---', '- ', ': ', '&a', '*a', '<<: *a',
];

const NUMBER = /-?\d+(\.\d+)?/g;
const EXTREMES = ['0', '-1', '2147483647', '2147483648', '4294967296', '9223372036854775807', '9223372036854775808', '1e308', '999999999999', '1000000000'];

export type SeedKind = 'tcl' | 'irule' | 'scenario' | 'traffic';

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      if (n === 'node_modules' || n.startsWith('.')) return [];
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : [];
    });
}

/** Seeds by kind, read from the repository at `root`; capped in size so one input stays fast. */
export function loadSeeds(root: string): Record<SeedKind, string[]> {
  const read = (ps: string[]) => ps.map((p) => readFileSync(p, 'utf8')).filter((s) => s.length < 200_000);
  const tcl = read([...files(join(root, 'test/diff/cases'), /\.tcl$/), ...files(join(root, 'test/expr/corpus'), /\.tcl$/)]);
  const irule = read([...files(join(root, 'rules'), /\.tcl$/), ...files(join(root, 'fixtures'), /\.tcl$/), ...files(join(root, 'test/lint'), /\.tcl$/)]);
  const scenario = read([...files(join(root, 'fixtures'), /^scenario\.(yaml|yml|json)$/), ...files(join(root, 'test/sim/data'), /\.(yaml|yml|json)$/)]);
  const traffic = read([...files(join(root, 'fixtures'), /\.jsonl$/), ...files(join(root, 'test/sim/data'), /\.jsonl$/)]).map((s) => s.split('\n').slice(0, 40).join('\n'));
  return {
    tcl: [...tcl, ...HOSTILE_TCL],
    irule: [...irule, ...HOSTILE_IRULE, ...HOSTILE_TCL.map((t) => `when HTTP_REQUEST {\n  ${t}\n}\n`)],
    scenario: scenario.length > 0 ? scenario : ['rules: []\n'],
    traffic: traffic.length > 0 ? traffic : ['{"t":0,"conn":"c1","client":"198.51.100.7:1","method":"GET","uri":"/"}\n'],
  };
}

/** One mutated input from `seeds`. */
export function mutate(seeds: readonly string[], random: () => number, kind: SeedKind): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  let s = pick(seeds);
  const edits = 1 + Math.floor(random() * 4);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * (s.length + 1));
    switch (Math.floor(random() * 9)) {
      case 0: s = s.slice(0, at) + pick(WORDS) + s.slice(at); break;
      case 1: s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 8)); break;
      case 2: {
        // Splice with another seed.
        const other = pick(seeds);
        const from = Math.floor(random() * (other.length + 1));
        s = s.slice(0, at) + other.slice(from, from + Math.floor(random() * 200)) + s.slice(at);
        break;
      }
      case 3: {
        // Repeat a chunk: nesting, long lines, many aliases.
        const len = 1 + Math.floor(random() * 12);
        const chunk = s.slice(at, at + len);
        const times = Math.floor(2 + random() * (random() < 0.2 ? 400 : 20));
        s = s.slice(0, at) + chunk.repeat(times) + s.slice(at);
        break;
      }
      case 4: {
        // A number becomes an extreme one.
        const nums = [...s.matchAll(NUMBER)];
        if (nums.length > 0) {
          const m = pick(nums);
          s = s.slice(0, m.index!) + pick(EXTREMES) + s.slice(m.index! + m[0].length);
        }
        break;
      }
      case 5:
        if (kind === 'tcl' || kind === 'irule') s = s.slice(0, at) + '\n' + pick(kind === 'tcl' ? HOSTILE_TCL : [...HOSTILE_IRULE, ...HOSTILE_TCL]) + '\n' + s.slice(at);
        else s = s.slice(0, at) + pick(WORDS) + s.slice(at);
        break;
      case 6: {
        // Wrap a region in brackets or braces (nesting).
        const end = at + Math.floor(random() * 40);
        const [o, c] = pick([['[', ']'], ['{', '}'], ['"', '"'], ['[list ', ']']]);
        s = s.slice(0, at) + o + s.slice(at, end) + c + s.slice(end);
        break;
      }
      case 7: {
        // Replace one character with a random byte-ish character.
        const code = random() < 0.5 ? Math.floor(random() * 128) : Math.floor(random() * 0x10000);
        s = s.slice(0, at) + String.fromCharCode(code) + s.slice(at + 1);
        break;
      }
      default:
        s = s.slice(0, at);
    }
  }
  return s.length > 1_000_000 ? s.slice(0, 1_000_000) : s;
}
