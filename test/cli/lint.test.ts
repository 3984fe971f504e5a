// `irule lint` reports syntax errors per SPEC (JSON shape, positions, exit codes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/irule', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('irule lint (syntax)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irule-lint-'));
  it('a missing close-brace inside an if body is reported with its position, category syntax, exit 1', () => {
    const f = join(dir, 'bad.tcl');
    writeFileSync(f, 'when HTTP_REQUEST {\n  if { 1 } {\n    set a "x\n  }\n}\n');
    const r = run(['lint', '--format', 'json', f]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out[0].file).toBe(f);
    const syntax = out[0].diagnostics.filter((d: { category: string }) => d.category === 'syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ code: 'IR1001', category: 'syntax', severity: 'error', line: 3, column: 11 });
  });
  it('the AI pinning rule has no syntax errors', () => {
    const r = run(['lint', '--format', 'json', new URL('../../rules/ai-stream-pin.tcl', import.meta.url).pathname]);
    const out = JSON.parse(r.stdout);
    expect(out[0].diagnostics.filter((d: { category: string }) => d.category === 'syntax')).toEqual([]);
  });
  it('}{ is accepted with a warning, a dangling else is an error', () => {
    const f = join(dir, 'style.tcl');
    writeFileSync(f, 'when HTTP_REQUEST {\n  if { 1 }{\n    pool a\n  }\n  if { 0 } {\n    pool a\n  }\n\n  else {\n    pool b\n  }\n}\n');
    const out = JSON.parse(run(['lint', '--format', 'json', f]).stdout)[0].diagnostics.filter((d: { category: string }) => d.category === 'syntax');
    expect(out.map((d: { code: string; line: number }) => `${d.code}@${d.line}`)).toEqual(['IR1002@2', 'IR1003@9']);
  });
  it('directories are searched; an unreadable path exits 2', () => {
    expect(run(['lint', join(dir, 'nope')]).status).toBe(2);
  });
});
