// The strict CLI: values outside their lists, options that contradict each other, and arguments
// that name nothing are one-line errors with exit 2 (or get a sensible result); every command's
// --help lists its exit codes, and the README lists the same.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/cli/usage.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/irule');
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const SCENARIO = 'fixtures/ai-stream-pin/sse-chat-keepalive/scenario.yaml';

/** Exit 2 with exactly one line on stderr matching `pattern`. */
function usageError(args: string[], pattern: RegExp, cwd = root): void {
  const r = run(args, cwd);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe('one-line usage errors, exit 2', () => {
  it('unknown --format values, for every command that has one', () => {
    usageError(['lint', '--format', 'xml', 'rules/ai-stream-pin.tcl'], /unknown format "xml": expected stylish, text, json or sarif/);
    usageError(['simulate', '--format', 'stylish', SCENARIO], /unknown format "stylish": expected text or json/);
    usageError(['test', '--format', 'tap', 'fixtures/ai-stream-pin/headers'], /expected text or junit/);
    usageError(['compare', SCENARIO, '--rules', 'rules/ai-stream-pin.tcl', '--format', 'csv'], /expected text or json/);
  });
  it('a reversed or empty --failure window', () => {
    usageError(['traffic', 'ai-chat', '--failure', '10.0.1.1:8080@900-600'], /--failure 10\.0\.1\.1:8080@900-600: .*DOWN < UP/);
    usageError(['traffic', 'ai-chat', '--failure', '10.0.1.1:8080@600-600'], /DOWN < UP/);
  });
  it('--baseline together with --write-baseline', () => {
    usageError(['lint', '--baseline', 'a.json', '--write-baseline', 'b.json', 'rules/ai-stream-pin.tcl'], /--baseline and --write-baseline do not go together/);
  });
  it('irule test with no fixtures/ folder in the working directory', () => {
    usageError(['test'], /no fixtures\/ folder here/, mkdtempSync(join(tmpdir(), 'irule-strict-')));
  });
  it('--report FILE.html with a folder of several scenarios', () => {
    usageError(['simulate', '--format', 'json', '--report', join(tmpdir(), 'x.html'), 'fixtures/ai-stream-pin'], /scenarios: give a folder/);
  });
});

describe('sensible results', () => {
  it('irule test FILE.yaml runs the case of that scenario', () => {
    const r = run(['test', 'fixtures/ai-stream-pin/headers/scenario.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ fixtures\/ai-stream-pin\/headers/);
    expect(r.stdout).toMatch(/1 passed, 0 failed/);
  });
  it('--report FOLDER with several scenarios writes one report per scenario and an index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-reports-'));
    const src = join(dir, 'cases');
    for (const c of ['headers', 'sse-chat-keepalive']) cpSync(join(root, 'fixtures/ai-stream-pin', c), join(src, c), { recursive: true });
    // The fixtures name their rule relative to the repository: point them at it.
    for (const c of ['headers', 'sse-chat-keepalive']) {
      const f = join(src, c, 'scenario.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/\.\.\/\.\.\/\.\.\/rules\//g, `${root}rules/`));
    }
    const out = join(dir, 'reports');
    const r = run(['simulate', '--format', 'json', '--report', out, src], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cases_headers.html', 'cases_sse-chat-keepalive.html', 'index.html']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="cases_headers.html"');
    expect(r.stderr).toMatch(/2 reports written/);
  });
  it('--max-warnings says the limit was exceeded', () => {
    const r = run(['lint', '--max-warnings', '0', 'rules/ai-stream-pin.tcl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/irule: \d+ warning\(s\), more than --max-warnings 0/);
  });
});

describe('documented exit codes', () => {
  it("each command's --help ends with its exit codes; simulate --help shows the real default format", () => {
    for (const [name, codes] of Object.entries(EXIT_CODES)) {
      const r = run(name === 'traffic' ? ['traffic', 'ai-chat', '--help'] : [name, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout, name).toContain('Exit codes:');
      for (const [code, what] of Object.entries(codes)) expect(r.stdout.replace(/\s+/g, ' '), name).toContain(`${code} ${what}`);
    }
    expect(run(['simulate', '--help']).stdout.replace(/\s+/g, ' ')).toContain('default: text on a terminal, json otherwise');
  });
  it('the README lists the same exit codes', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const [name, codes] of Object.entries(EXIT_CODES)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`irule ${name}\``) && l.includes('exit'));
      expect(row, `README exit code row for ${name}`).toBeDefined();
      for (const code of Object.keys(codes)) expect(row!, name).toContain(code);
    }
  });
});
