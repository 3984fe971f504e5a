// `irule lint` flags: --format sarif|json|stylish, --config and discovered configs, --max-warnings,
// --quiet, --baseline / --write-baseline, and the SPEC exit codes (0 clean or warnings within max,
// 1 errors, 2 usage / unreadable input / bad config).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/lint/checks/index.js';

const bin = new URL('../../../bin/irule', import.meta.url).pathname;
const run = (args: string[], cwd?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });

const dir = mkdtempSync(join(tmpdir(), 'irule-lint-cli-'));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
};
// Only the syntax checks these sources are about stay on (nearest config wins, so every config
// written below starts from these rules): other checks' findings must not interfere.
const base = Object.fromEntries(CHECKS.filter((c) => !['IR0001', 'IR1001', 'IR1002', 'IR1003'].includes(c.meta.code)).map((c) => [c.meta.code, 'off']));
const config = (rules: Record<string, string> = {}, rest: object = {}) => JSON.stringify({ rules: { ...base, ...rules }, ...rest });
write('irule.config.json', config());
const warn = write('warn.tcl', 'when HTTP_REQUEST {\n  if { 1 }{ pool a }\n  if { 2 }{ pool b }\n}\n'); // 2 warnings
const err = write('err.tcl', 'when HTTP_REQUEST {\n  if { 0 } {\n    pool a\n  }\n\n  else {\n    pool b\n  }\n}\n'); // 1 error (the blank line cuts the else off)
const clean = write('clean.tcl', 'when HTTP_REQUEST {\n  pool a\n}\n');
const json = (r: ReturnType<typeof run>) => JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; severity: string; line: number }[] }[];

describe('irule lint flags', () => {
  it('exit codes: 0 clean, 0 warnings only, 1 errors', () => {
    expect(run(['lint', clean]).status).toBe(0);
    expect(run(['lint', warn]).status).toBe(0);
    expect(run(['lint', err]).status).toBe(1);
  });
  it('--max-warnings N: exit 1 above N; a bad N is a usage error', () => {
    expect(run(['lint', '--max-warnings', '2', warn]).status).toBe(0);
    expect(run(['lint', '--max-warnings', '1', warn]).status).toBe(1);
    const bad = run(['lint', '--max-warnings', 'x', warn]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-warnings expects a non-negative integer/);
  });
  it('--quiet shows errors only (warnings still count against --max-warnings)', () => {
    const out = json(run(['lint', '-q', '--format', 'json', warn, err]));
    expect(out.flatMap((f) => f.diagnostics.map((d) => d.severity))).toEqual(['error']);
    expect(run(['lint', '-q', '--max-warnings', '0', warn]).status).toBe(1);
  });
  it('--format json keeps the SPEC shape exactly', () => {
    const out = json(run(['lint', '--format', 'json', err]));
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]!)).toEqual(['file', 'diagnostics']);
    expect(Object.keys(out[0]!.diagnostics[0]!)).toEqual(['code', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
  });
  it('--format sarif prints SARIF with paths relative to the working directory', () => {
    const r = run(['lint', '--format', 'sarif', 'err.tcl'], dir);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('err.tcl');
  });
  it('stylish and text print the findings; an unknown format is a usage error', () => {
    expect(run(['lint', '--format', 'text', err]).stdout).toMatch(/6:3 +error +"else" is a command of its own.*IR1003/);
    expect(run(['lint', '--format', 'stylish', err]).stdout).toMatch(/1 problem\(s\): 1 error\(s\)/);
    const r = run(['lint', '--format', 'xml', err]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown format "xml": expected stylish, text, json or sarif/);
  });
  it('a config file found walking up from the file applies; --config overrides; a bad config exits 2', () => {
    const f = write('proj/rules/w.tcl', readFileSync(warn, 'utf8'));
    write('proj/irule.config.json', config({ 'missing-word-space': 'error' }));
    expect(json(run(['lint', '--format', 'json', f]))[0]!.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
    const off = write('off.json', config({ IR1002: 'off' }));
    expect(json(run(['lint', '--format', 'json', '--config', off, f]))[0]!.diagnostics).toEqual([]);
    const bad = write('bad.json', config({ IR1002: 'warn' }));
    const r = run(['lint', '--config', bad, f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`irule: ${bad}: rules.IR1002: expected "off", "error", "warning" or "info", got "warn"\n`);
    write('proj2/.irulerc.json', '{"virtual": {"profile": []}}');
    const g = write('proj2/x.tcl', 'when HTTP_REQUEST {}\n');
    expect(run(['lint', g]).stderr).toMatch(/proj2\/\.irulerc\.json: virtual\.profile: unknown key/);
    expect(run(['lint', '--config', join(dir, 'missing.json'), clean]).status).toBe(2);
  });
  it('--write-baseline accepts the current findings; --baseline reports only new ones', () => {
    const f = write('bl/r.tcl', 'when HTTP_REQUEST {\n  if { 1 }{ pool a }\n}\n');
    const b = join(dir, 'bl/baseline.json');
    const w = run(['lint', '--write-baseline', b, f]);
    expect(w.status).toBe(0);
    expect(w.stderr).toMatch(/wrote 1 finding/);
    expect(JSON.parse(readFileSync(b, 'utf8')).findings[0]).toMatchObject({ file: 'r.tcl', code: 'IR1002', text: 'if { 1 }{ pool a }' });
    writeFileSync(f, 'when HTTP_REQUEST {\n  log local0. "moved"\n  if { 1 }{ pool a }\n  if { 0 } {\n  }\n\n  else {\n  }\n}\n');
    const r = run(['lint', '--format', 'json', '--baseline', b, f]);
    expect(r.status).toBe(1);
    expect(json(r)[0]!.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['IR1003@7']);
    expect(run(['lint', '--baseline', b, f]).stdout).toMatch(/1 finding\(s\) accepted by the baseline not shown/);
    const missing = run(['lint', '--baseline', join(dir, 'nope.json'), f]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read the baseline/);
  });
  it('inline suppressions apply in the CLI', () => {
    const f = write('sup.tcl', 'when HTTP_REQUEST {\n  # irule-disable-next-line IR1002\n  if { 1 }{ pool a }\n  if { 2 }{ pool b } ;# irule-disable-line missing-word-space\n}\n');
    expect(json(run(['lint', '--format', 'json', f]))[0]!.diagnostics).toEqual([]);
  });
});
