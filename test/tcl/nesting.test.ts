// Deep nesting, against real tclsh: the engine runs code nested as deep as Tcl 8.6 compiles it
// (MAX_NESTING scripts) with tclsh's results, fails one level deeper with tclsh's error, takes
// braces of data at any depth, and ends with the same documented error far past the limit.
// Deep input runs on the deep-stack thread (src/host/deep-stack.ts), which loads the built
// modules: `npm run build` first (npm test does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../src/syntax/parser.js';
import { runTclFile } from '../../src/tcl/run.js';

const dir = mkdtempSync(join(tmpdir(), 'irule-nesting-'));
const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

function tclsh(script: string): { stdout: string; first: string; status: number | null } {
  const f = join(dir, 'case.tcl');
  writeFileSync(f, script);
  const r = spawnSync('tclsh', [f], { encoding: 'utf8', env, timeout: 20_000 });
  return { stdout: r.stdout, first: r.stderr.split('\n')[0]!, status: r.status };
}

function engine(script: string): { stdout: string; first: string; status: number } {
  const r = runTclFile(script, 'case.tcl');
  return { stdout: r.stdout, first: r.stderr.split('\n')[0]!, status: r.exitCode };
}

const brackets = (n: number, inner = 'list a') => '['.repeat(n) + inner + ']'.repeat(n);
const ifs = (n: number) => 'if 1 {'.repeat(n) + 'puts hi' + '}'.repeat(n);

/** [name, script]: each is run by tclsh and the engine, which must agree. */
const CASES: [string, string][] = [
  // Braces of data are not levels of code: Tcl takes any depth.
  ['5000 nested braces of data', `set x ${'{'.repeat(5000)}a${'}'.repeat(5000)}; puts [string length $x]; puts [llength $x]`],
  // MAX_NESTING nested bodies at the top level of a file compile; one more does not.
  [`${MAX_NESTING} nested if bodies`, ifs(MAX_NESTING)],
  [`${MAX_NESTING + 1} nested if bodies`, ifs(MAX_NESTING + 1)],
  // A proc body is one level deep already.
  [`${MAX_NESTING - 1} nested if bodies in a proc`, `proc p {} {${ifs(MAX_NESTING - 1)}}; p`],
  [`${MAX_NESTING} nested if bodies in a proc`, `proc p {} {${ifs(MAX_NESTING)}}; p`],
  [`${MAX_NESTING - 1} nested brackets in a proc`, `proc p {} {${brackets(MAX_NESTING - 1)}}; p`],
  [`${MAX_NESTING} nested brackets in a proc`, `proc p {} {${brackets(MAX_NESTING)}}; p`],
  [`${MAX_NESTING - 1} nested brackets in eval`, `eval {puts [string length ${brackets(MAX_NESTING - 1)}]}`],
  // A body and a bracket per level: half as many levels.
  ['627 levels of if {[...]}', `puts [${'if 1 {['.repeat(627)}list a${']}'.repeat(627)}]`],
  ['626 levels of if {[...]}', `puts [${'if 1 {['.repeat(626)}list a${']}'.repeat(626)}]`],
  // Command substitution in an expression is a level; parentheses are not.
  [`${MAX_NESTING - 1} nested [expr {...}]`, `puts [${'expr {['.repeat(MAX_NESTING - 1)}expr 1${']}'.repeat(MAX_NESTING - 1)}]`],
  [`${MAX_NESTING} nested [expr {...}]`, `puts [${'expr {['.repeat(MAX_NESTING)}expr 1${']}'.repeat(MAX_NESTING)}]`],
  // The recursion limit (docs/tcl.md "Budgets", depth): evals and proc calls.
  // (At exactly 1000 evals tclsh also counts the `puts` inside as a level and fails; irule counts
  // evals and proc calls only: docs/tcl.md "Budgets".)
  ['999 nested evals', 'eval {'.repeat(999) + 'puts hi' + '}'.repeat(999)],
  ['1001 nested evals', 'eval {'.repeat(1001) + 'puts hi' + '}'.repeat(1001)],
  ['1000 nested proc calls', 'proc p n {if {$n == 0} {return 0}; return [p [expr {$n-1}]]}; p 999; puts ok'],
  ['1001 nested proc calls', 'proc p n {if {$n == 0} {return 0}; return [p [expr {$n-1}]]}; p 1000; puts ok'],
  // Code built while the script runs, deeper than the main thread's stack takes.
  ['eval of a string of 600 nested brackets', `set s "${brackets(600).replace(/\[/g, '\\[').replace(/]/g, '\\]')}"; puts [catch {eval $s} m]; puts $m`],
  ['eval of a string of 1300 nested brackets', `set s [string repeat {[} 1300]list[string repeat {]} 1300]; puts [catch {eval $s} m]; puts $m`],
  // A bracket never closed, nested (found by the fuzzer: it hung): Tcl's parse error.
  ...[200, MAX_NESTING, MAX_NESTING + 1, 5000].map((n): [string, string] => [`${n} nested unclosed [catch f[`, 'catch f['.repeat(n)]),
  ['1000 nested unclosed [catch f[ after output', `puts before\n${'puts [catch f['.repeat(1000)}`],
];

describe('nesting: the engine against tclsh', () => {
  for (const [name, script] of CASES) {
    it(name, () => {
      const t = tclsh(script);
      expect(t.status, `tclsh: ${t.first}`).not.toBeNull();
      expect(engine(script)).toEqual({ stdout: t.stdout, first: t.first, status: t.status });
    });
  }
});

describe('nesting: far past the limit', () => {
  // tclsh itself crashes (C stack) or takes seconds here; the engine gives the error of the limit.
  const TOO_DEEP = 'too many nested compilations (infinite loop?)';
  it('100,000 nested brackets', () => {
    expect(engine(`puts start\n${brackets(100_000)}`)).toEqual({ stdout: 'start\n', first: TOO_DEEP, status: 1 });
  });
  it('100,000 nested if bodies, over many lines', () => {
    expect(engine(`puts start\n${'if 1 {\n'.repeat(100_000)}puts hi\n${'}\n'.repeat(100_000)}`)).toEqual({ stdout: 'start\n', first: TOO_DEEP, status: 1 });
  });
  it('100,000 nested [expr {...}]', () => {
    expect(engine(`puts [${'expr {['.repeat(100_000)}expr 1${']}'.repeat(100_000)}]`)).toEqual({ stdout: '', first: TOO_DEEP, status: 1 });
  });
  it('100,000 nested braces of data are data', () => {
    expect(engine(`set x ${'{'.repeat(100_000)}a${'}'.repeat(100_000)}; puts [string length $x]`)).toEqual({ stdout: '199999\n', first: '', status: 0 });
  });
  it('100,000 nested unclosed [catch f[ is a missing close-bracket', () => {
    expect(engine('catch f['.repeat(100_000))).toEqual({ stdout: '', first: 'missing close-bracket', status: 1 });
  });
});
