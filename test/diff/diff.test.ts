// Differential test suite: every script under test/diff/cases/<area>/<name>.tcl
// is run by the real tclsh 8.6 and by the project's Tcl engine, and the two
// runs must agree on stdout, on the exit code and (when the script ends with an
// uncaught error) on the first line of stderr, which is the error message.
// The rest of stderr is the errorInfo trace and is deliberately not compared.
//
// tclsh is mandatory: when it is missing the suite fails, it never skips.
// See test/diff/README.md.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTclFile } from '../../src/tcl/run.js';

interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface Case {
  /** `<area>/<name>`, the test's name */
  id: string;
  /** absolute path of the .tcl file */
  file: string;
}

const CASES_DIR = fileURLToPath(new URL('./cases', import.meta.url));
/** `TCLSH=/path/to/tclsh8.6` may point at another binary; default is `tclsh` on PATH. */
const TCLSH = process.env['TCLSH'] || 'tclsh';
const TCLSH_TIMEOUT_MS = 10_000;

/**
 * Environment for tclsh: UTF-8 so that it reads the (UTF-8) case files and
 * writes stdout the way the engine is expected to, and UTC so nothing can
 * depend on the machine's time zone.
 */
const TCLSH_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TZ: 'UTC',
};

function discoverCases(dir: string): Case[] {
  const out: Case[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.tcl')) {
        out.push({ id: relative(dir, p).split(sep).join('/').replace(/\.tcl$/, ''), file: p });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Checks once that tclsh exists and is 8.6; returns an error text or null. */
function probeTclsh(): string | null {
  const r = spawnSync(TCLSH, [], {
    input: 'puts [info patchlevel]\n',
    encoding: 'utf8',
    timeout: TCLSH_TIMEOUT_MS,
    env: TCLSH_ENV,
  });
  if (r.error) {
    return `cannot run "${TCLSH}" (${r.error.message}). The differential suite needs Tcl 8.6's tclsh on PATH ` +
      `(e.g. "apt-get install tcl"), or TCLSH=/path/to/tclsh8.6.`;
  }
  const version = r.stdout.trim();
  if (r.status !== 0 || !version.startsWith('8.6')) {
    return `"${TCLSH}" must be Tcl 8.6, but reported "${version}" (exit ${r.status}, stderr: ${r.stderr.trim()})`;
  }
  return null;
}

function runTclsh(c: Case): RunResult {
  const r = spawnSync(TCLSH, [basename(c.file)], {
    cwd: dirname(c.file),
    encoding: 'utf8',
    timeout: TCLSH_TIMEOUT_MS,
    env: TCLSH_ENV,
    input: '',
  });
  if (r.error) throw new Error(`tclsh failed on ${c.id}: ${r.error.message}`);
  if (r.status === null) throw new Error(`tclsh was killed on ${c.id} (signal ${r.signal}); timeout is ${TCLSH_TIMEOUT_MS} ms`);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
}

function runEngine(c: Case): RunResult {
  const source = readFileSync(c.file, 'utf8');
  return runTclFile(source, basename(c.file));
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

const cases = discoverCases(CASES_DIR);
const tclshProblem = probeTclsh();

describe('differential: engine vs tclsh 8.6', () => {
  it('tclsh 8.6 is available', () => {
    if (tclshProblem) throw new Error(tclshProblem);
  });

  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(c.id, () => {
      if (tclshProblem) throw new Error(tclshProblem);
      const want = runTclsh(c);
      const got = runEngine(c);

      expect(got.stdout, `${c.id}: stdout`).toBe(want.stdout);
      expect(got.exitCode, `${c.id}: exit code (tclsh stderr: ${firstLine(want.stderr)})`).toBe(want.exitCode);
      if (want.exitCode !== 0) {
        expect(firstLine(got.stderr), `${c.id}: first line of stderr`).toBe(firstLine(want.stderr));
      }
    });
  }
});
