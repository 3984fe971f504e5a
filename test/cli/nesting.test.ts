// Deep nesting through the CLI (issue 12): at the limit (parser.ts MAX_NESTING, Tcl's), one level
// past it and 100,000 levels deep, `irule eval`, `lint`, `fmt` and `simulate` give an answer or one
// error line with file:line:col; never a JavaScript stack overflow, a hang or an internal error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../src/syntax/parser.js';

const bin = new URL('../../bin/irule', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
const tclsh = (file: string) => spawnSync('tclsh', [file], { encoding: 'utf8', timeout: 20_000 });
const dir = mkdtempSync(join(tmpdir(), 'irule-nesting-cli-'));
const TOO_DEEP = 'too many nested compilations (infinite loop?)';
const injection = '  eval [HTTP::header value X-Cmd]\n';

function file(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

function clean(r: { stdout: string; stderr: string }): void {
  expect(r.stderr + r.stdout).not.toMatch(/internal error|RangeError|call stack|\n\s+at .+:\d+:\d+/);
}

/** A when body whose header insert holds `k` nested [list ...]: the k-th is k + 1 scripts deep. */
const rule = (k: number) => `when HTTP_REQUEST {\n  HTTP::header insert X-Deep [string length ${'[list '.repeat(k - 1)}x${']'.repeat(k - 1)}]\n${injection}}\n`;

describe('irule eval', () => {
  const ifs = (n: number) => 'if 1 {'.repeat(n) + 'puts hi' + '}'.repeat(n);
  for (const n of [MAX_NESTING, MAX_NESTING + 1]) {
    it(`${n} nested bodies: as tclsh`, () => {
      const f = file(`eval-${n}.tcl`, `puts start\n${ifs(n)}\n`);
      const a = run(['eval', f]);
      const t = tclsh(f);
      clean(a);
      expect([a.status, a.stdout, a.stderr.split('\n')[0]]).toEqual([t.status, t.stdout, t.stderr.split('\n')[0]]);
    });
  }
  it('100,000 nested brackets: the limit error', () => {
    const a = run(['eval', file('eval-100k.tcl', `puts start\n${'['.repeat(100_000)}list a${']'.repeat(100_000)}\n`)]);
    clean(a);
    expect([a.status, a.stdout, a.stderr.split('\n')[0]]).toEqual([1, 'start\n', TOO_DEEP]);
  });
});

describe('irule lint', () => {
  it('at the limit: no syntax error, the injection is reported', () => {
    const a = run(['lint', '--format', 'json', file('lint-ok.tcl', rule(MAX_NESTING - 1))]);
    clean(a);
    const codes = (JSON.parse(a.stdout) as { diagnostics?: { code: string }[] }[]).flatMap((f) => f.diagnostics ?? []).map((d) => d.code);
    expect(codes).toContain('IR3002');
    expect(codes).not.toContain('IR1001');
    expect(a.status).toBe(1);
  });
  for (const k of [MAX_NESTING, 100_000]) {
    it(`${k} levels: the error at the first level too deep, and the injection`, () => {
      const f = file(`lint-${k}.tcl`, rule(k));
      const a = run(['lint', f]);
      clean(a);
      expect(a.status).toBe(1);
      // `  HTTP::header insert X-Deep [string length ` is 44 characters; then 6 per [list.
      expect(a.stdout).toContain(`2:${45 + 6 * (MAX_NESTING - 2)} `);
      expect(a.stdout).toContain(TOO_DEEP);
      expect(a.stdout).toMatch(/3:8 +error +eval runs client-controlled text/);
    });
  }
});

describe('irule fmt', () => {
  // Bodies nested to the limit, not indented: fmt indents them, and its output is canonical.
  const flat = (n: number) => `when HTTP_REQUEST {\n${'if {1} {\n'.repeat(n)}set x 1\n${'}\n'.repeat(n)}}\n`;
  it('at the limit: formatted, and formatting again changes nothing', () => {
    const f = file('fmt-ok.tcl', flat(MAX_NESTING - 1));
    const a = run(['fmt', '--stdout', f]);
    clean(a);
    expect(a.status).toBe(0);
    const lines = a.stdout.split('\n');
    expect(lines[MAX_NESTING - 1]).toBe(`${'  '.repeat(MAX_NESTING - 1)}if {1} {`);
    expect(lines[MAX_NESTING]).toBe(`${'  '.repeat(MAX_NESTING)}set x 1`);
    const again = run(['fmt', '--stdout', file('fmt-again.tcl', a.stdout)]);
    expect(again.stdout).toBe(a.stdout);
  });
  for (const n of [MAX_NESTING, 100_000]) {
    it(`${n} levels: left unchanged, with the error at its line and column`, () => {
      const f = file(`fmt-${n}.tcl`, flat(n));
      const a = run(['fmt', f]);
      clean(a);
      expect(a.status).toBe(1);
      expect(a.stderr).toContain(`${f}:${MAX_NESTING + 1}:9: error: ${TOO_DEEP}`);
      expect(readFileSync(f, 'utf8')).toBe(flat(n));
    });
  }
});

describe('irule simulate', () => {
  const scenario = (ruleFile: string) =>
    file(`scenario-${ruleFile}.yaml`, [
      'name: deep',
      `rules: [${ruleFile}]`,
      'virtual: { name: /Common/vs, address: 203.0.113.22:443, profiles: { http: {}, oneconnect: false, persistence: null } }',
      'pool: { name: /Common/pool, members: [10.0.1.1:8080] }',
      'traffic: [{ t: 0, conn: c1, client: "198.51.100.7:40001", method: GET, uri: /, headers: [[Host, www.example.com]] }]',
      '',
    ].join('\n'));
  it('at the limit: the rule runs on each request', () => {
    file('sim-ok.tcl', rule(MAX_NESTING - 1));
    const a = run(['simulate', '--format', 'json', scenario('sim-ok.tcl')]);
    clean(a);
    expect(a.status).toBe(0);
    expect(JSON.parse(a.stdout.split('\n')[0]!).headers.inserted).toEqual([['X-Deep', '1']]);
  });
  for (const k of [MAX_NESTING, 100_000]) {
    it(`${k} levels: the rule does not load, one line with its position`, () => {
      file(`sim-${k}.tcl`, rule(k));
      const a = run(['simulate', '--format', 'json', scenario(`sim-${k}.tcl`)]);
      clean(a);
      expect(a.status).not.toBe(0);
      expect(a.stderr).toContain(`sim-${k}.tcl:2:${45 + 6 * (MAX_NESTING - 2)}: ${TOO_DEEP}`);
      expect(a.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
