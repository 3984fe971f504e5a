// More hostile input (issue 12), found by probing every command: each case ends
// fast with one clear line, never a stack trace, a hang or a file's content in a message.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpr, MAX_EXPR_PARENS } from '../../src/syntax/expr/parser.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/irule');
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
const tclsh = (script: string) => spawnSync('tclsh', [], { input: script, encoding: 'utf8', timeout: 60_000 });

/** A folder with a scenario naming `rule` and one GET. */
function scenarioDir(rule: string, extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'irule-hostile-'));
  writeFileSync(join(dir, 'scenario.yaml'), `name: t\nrules: [${rule}]\nvirtual: { name: /Common/vs, address: 203.0.113.1:80, profiles: { http: {} } }\npool: { name: /Common/p, members: [10.0.1.1:80] }\ntraffic: requests.jsonl\n${extra}`);
  writeFileSync(join(dir, 'requests.jsonl'), '{"t": 0, "conn": "c1", "client": "198.51.100.7:40001", "method": "GET", "uri": "/", "headers": [["Host", "h"]]}\n');
  return dir;
}

function oneLine(r: ReturnType<typeof run>): string {
  expect(r.stderr + r.stdout).not.toMatch(/internal error|\n\s+at /);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  return lines[0]!;
}

describe('files a scenario names through a symbolic link', () => {
  it('rule.tcl linking to a file without a rule extension outside the scenario folder is refused, its content never shown', () => {
    const outside = mkdtempSync(join(tmpdir(), 'irule-secret-'));
    writeFileSync(join(outside, 'secret'), 'root:$6$hash:20228:0:99999:7:::\n');
    const dir = scenarioDir('rule.tcl');
    symlinkSync(join(outside, 'secret'), join(dir, 'rule.tcl'));
    const r = run(['simulate', join(dir, 'scenario.yaml')]);
    expect(r.status).toBe(1);
    const line = oneLine(r);
    expect(line).toMatch(/rules\[0\]: rule file .*rule\.tcl \(a symbolic link to .*secret\) is outside the folders/);
    expect(r.stdout + r.stderr).not.toContain('$6$hash');
  });

  it('a link to a rule file elsewhere still works (the extension of the file read counts)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'irule-shared-'));
    writeFileSync(join(outside, 'shared.tcl'), 'when HTTP_REQUEST { log local0. hi }\n');
    const dir = scenarioDir('rule.tcl');
    symlinkSync(join(outside, 'shared.tcl'), join(dir, 'rule.tcl'));
    const r = run(['simulate', join(dir, 'scenario.yaml'), '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
  });
});

describe('scenarios nested deeply', () => {
  it('a JSON scenario of a million nested arrays: the scenario error, no stack overflow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-deep-'));
    writeFileSync(join(dir, 'scenario.json'), `{"name": "x", "rules": ["r.tcl"], "v": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
    const r = run(['simulate', join(dir, 'scenario.json')]);
    expect(r.status).toBe(1);
    expect(oneLine(r)).toMatch(/scenario\.json:1: virtual: is required/);
  });

  it('a YAML scenario of 100,000 nested flow sequences is refused before the YAML parser recurses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-deep-'));
    writeFileSync(join(dir, 'scenario.yaml'), `name: x\nrules: [r.tcl]\nv: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const t0 = Date.now();
    const r = run(['simulate', join(dir, 'scenario.yaml')]);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.status).toBe(1);
    expect(oneLine(r)).toMatch(/scenario\.yaml:3: invalid YAML: nested more than 200 levels deep/);
  });

  it('brackets in quoted YAML scalars and comments do not count', () => {
    const brackets = '['.repeat(300);
    const dir = scenarioDir('rule.tcl', `# ${brackets}\nconversation: "${brackets}"\n`);
    writeFileSync(join(dir, 'rule.tcl'), 'when HTTP_REQUEST { log local0. hi }\n');
    const r = run(['simulate', join(dir, 'scenario.yaml'), '--format', 'json']);
    expect(r.stderr).not.toMatch(/nested more than/);
  });
});

describe('standard output that cannot be written', () => {
  it('> /dev/full is one line on stderr and exit 2, for every command that prints', () => {
    for (const args of [['lint', 'rules/ai-stream-pin.tcl'], ['simulate', 'fixtures/ai-stream-pin/headers/scenario.yaml', '--format', 'json']]) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" ${args.join(' ')} > /dev/full`], { cwd: root, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim()).toBe('irule: cannot write the output to standard output (no space left on the device)');
    }
  });
});

describe('expressions nested or chained deeply', () => {
  const evalScript = (script: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-expr-'));
    writeFileSync(join(dir, 'x.tcl'), script);
    const t0 = Date.now();
    const r = run(['eval', join(dir, 'x.tcl')]);
    return { ...r, ms: Date.now() - t0 };
  };

  it('2**2**...**2 of 50,000 terms fails as tclsh does, without computing the failing end once per operator', () => {
    const script = `puts [catch {expr {${Array(50_000).fill('2').join('**')}}} m]; puts $m\n`;
    const r = evalScript(script);
    expect(r.ms).toBeLessThan(15_000);
    expect(r.stdout).toBe(tclsh(script).stdout);
    expect(r.stdout).toBe('1\nexponent too large\n');
  });

  it('a sum of 100,000 literals and a chain of 100,000 unary minus compute as tclsh does', () => {
    for (const script of [`puts [expr {${Array(100_000).fill('1').join('+')}}]\n`, `puts [expr {${'-'.repeat(100_000)}1}]\n`]) {
      const r = evalScript(script);
      expect(r.ms).toBeLessThan(15_000);
      expect(r.stdout).toBe(tclsh(script).stdout);
    }
  });

  it(`parentheses nest to ${MAX_EXPR_PARENS}; one more is "expression is too deeply nested" at that parenthesis, found before parsing`, () => {
    const deep = (n: number) => `${'('.repeat(n)}1${')'.repeat(n)}`;
    expect(evalScript(`puts [expr {${deep(MAX_EXPR_PARENS)}}]\n`).stdout).toBe('1\n');
    const t0 = Date.now();
    const e = parseExpr(`1 + ${deep(100_000)}`).error;
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(e?.message).toBe('expression is too deeply nested');
    expect(e?.errorCode).toEqual(['TCL', 'LIMIT', 'EXPR']);
    expect(e?.loc.start.offset).toBe(4 + MAX_EXPR_PARENS);
    const r = evalScript(`puts [catch {expr {${deep(MAX_EXPR_PARENS + 1)}}} m]; puts $m; puts $errorCode\n`);
    expect(r.stdout).toBe('1\nexpression is too deeply nested\nTCL LIMIT EXPR\n');
  });
});
