// Golden-file mechanics through the real command line (docs/formats.md "Golden test case layout"), on a copy
// of one fixture: pass, diff on change, --update, junit, and one-line input errors.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, tempDir } from './harness.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/irule');
const CASE = 'fixtures/ai-stream-pin/headers';

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function build(): void {
  // Others may be editing sources: tsc still emits on type errors, so only a missing output fails.
  spawnSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('build produced no dist/cli/main.js');
}

/** Runs the CLI; rebuilds and retries when the build looks half-written (exit 2 with a module or syntax error). */
function cli(args: string[], cwd: string): CliResult {
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000 });
    const broken = r.status === 2 && /not built yet|SyntaxError|ERR_MODULE|does not provide an export/.test(r.stderr);
    if (!broken || attempt >= 2) return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    build();
  }
}

/** A copy of one fixture in a temp folder, with the rule at the same relative path. */
function copyFixture(): { dir: string; caseDir: string } {
  const dir = tempDir('irule-golden-');
  const caseDir = join(dir, CASE);
  mkdirSync(caseDir, { recursive: true });
  cpSync(join(ROOT, CASE), caseDir, { recursive: true });
  mkdirSync(join(dir, 'rules'));
  cpSync(join(ROOT, 'rules/ai-stream-pin.tcl'), join(dir, 'rules/ai-stream-pin.tcl'));
  return { dir, caseDir };
}

beforeAll(build, 180_000);
afterAll(cleanup);

describe('golden files', () => {
  it('SPEC golden: an unchanged fixture passes, exit 0', () => {
    const { dir } = copyFixture();
    const r = cli(['test', 'fixtures', '--no-color'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 passed, 0 failed');
  });

  it('SPEC golden: an edited expected.jsonl fails with exit 1 and a unified diff naming the changed line; --update rewrites it', () => {
    const { dir, caseDir } = copyFixture();
    const expectedFile = join(caseDir, 'expected.jsonl');
    const original = readFileSync(expectedFile, 'utf8');
    const lines = original.split('\n');
    expect(lines[1]).toContain('"member": "10.0.1.2:8080"');
    lines[1] = lines[1]!.replace('"member": "10.0.1.2:8080"', '"member": "10.0.1.3:8080"');
    writeFileSync(expectedFile, lines.join('\n'));

    const r = cli(['test', 'fixtures', '--no-color'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^--- .*expected\.jsonl/m);
    expect(r.stdout).toMatch(/^\+\+\+ /m);
    expect(r.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
    expect(r.stdout).toContain(`-${lines[1]}`);
    expect(r.stdout).toContain(`+${original.split('\n')[1]}`);
    expect(r.stdout).toContain('0 passed, 1 failed');

    const junit = cli(['test', 'fixtures', '--format', 'junit'], dir);
    expect(junit.status).toBe(1);
    expect(junit.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuite [^>]*tests="1" failures="1"/);
    expect(junit.stdout).toMatch(/<testcase [^>]*name="fixtures\/ai-stream-pin\/headers"[^>]*>\s*<failure message="[^"]*">[^<]*<\/failure>\s*<\/testcase>/);
    expect(junit.stdout.trimEnd()).toMatch(/<\/testsuite>$/);

    const upd = cli(['test', 'fixtures', '--update', '--no-color'], dir);
    expect(upd.status).toBe(0);
    expect(readFileSync(expectedFile, 'utf8')).toBe(original);
    const again = cli(['test', 'fixtures', '--no-color'], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('1 passed, 0 failed');
  });
});

describe('input errors', () => {
  function oneLineError(r: CliResult): string {
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    return lines[0]!;
  }

  it('SPEC scenario: a malformed scenario field is one line "file:line: field: ..." on stderr, exit 1', () => {
    const { caseDir } = copyFixture();
    const file = join(caseDir, 'scenario.yaml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('lb: round-robin')) + 1;
    writeFileSync(file, text.replace('lb: round-robin', 'lb: fastest-guess'));
    const msg = oneLineError(cli(['simulate', 'scenario.yaml', '--format', 'json'], caseDir));
    expect(msg).toMatch(new RegExp(`scenario\\.yaml:${line}: pool\\.lb: .*fastest-guess`));
  });

  it('SPEC traffic: a malformed traffic line is one line "file:line: field: ..." on stderr, exit 1', () => {
    const { dir, caseDir } = copyFixture();
    const file = join(caseDir, 'requests.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('"t": 2.0', '"t": "soon"');
    writeFileSync(file, lines.join('\n'));
    // The copy is not in a git work tree and the rule is three folders up: --root allows it.
    const msg = oneLineError(cli(['simulate', 'scenario.yaml', '--format', 'json', '--root', dir], caseDir));
    expect(msg).toMatch(/requests\.jsonl:3: t: .*"soon"/);
  });
});
