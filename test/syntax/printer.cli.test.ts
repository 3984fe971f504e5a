// `irule fmt`: in place (atomically), --check with a diff, --stdout, exit codes 0/1/2.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runFmt, type FmtOptions } from '../../src/cli/fmt.js';
import { UsageError } from '../../src/cli/io.js';

const bin = new URL('../../bin/irule', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

/** runFmt in-process (spawning is slow on a busy machine): exit code and captured output. */
function fmt(paths: string[], opts: FmtOptions = {}): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { status: runFmt(paths, { color: false, ...opts }), stdout, stderr };
  } catch (e) {
    if (e instanceof UsageError) return { status: e.exitCode, stdout, stderr: stderr + e.message };
    throw e;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
const original = readFileSync(new URL('../../rules/ai-stream-pin.tcl', import.meta.url), 'utf8');

const MESSY = 'when HTTP_REQUEST {\nif { 1 }{\n      pool a\n}\n}\n';
const CANONICAL = 'when HTTP_REQUEST {\n  if { 1 } {\n    pool a\n  }\n}\n';
const BROKEN = 'when HTTP_REQUEST {\n  if { 1 } {\n    set a "x\n  }\n}\n';

function fresh(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'irule-fmt-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('irule fmt', () => {
  it('rewrites files in place, through a temporary file, keeping the mode; canonical files are untouched', () => {
    const dir = fresh({ 'a.tcl': MESSY, 'sub/b.tcl': CANONICAL, 'notes.txt': MESSY });
    chmodSync(join(dir, 'a.tcl'), 0o640);
    const before = statSync(join(dir, 'sub/b.tcl')).mtimeMs;
    const r = fmt([dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${join(dir, 'a.tcl')}: formatted\n`);
    expect(readFileSync(join(dir, 'a.tcl'), 'utf8')).toBe(CANONICAL);
    expect(statSync(join(dir, 'a.tcl')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, 'sub/b.tcl')).mtimeMs).toBe(before);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe(MESSY);
    expect(readdirSync(dir).sort()).toEqual(['a.tcl', 'notes.txt', 'sub']);
  });

  it('--check writes nothing, lists the files that would change with a unified diff, exit 1', () => {
    const dir = fresh({ 'a.tcl': MESSY, 'b.tcl': CANONICAL });
    const r = fmt([dir], { check: true });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'a.tcl')}: would reformat\n`);
    expect(r.stdout).toContain('-if { 1 }{\n');
    expect(r.stdout).toContain('+  if { 1 } {\n');
    expect(r.stdout).toMatch(/^@@ -1,5 \+1,5 @@$/m);
    expect(r.stdout).not.toContain('b.tcl');
    expect(r.stderr).toBe('1 file would be reformatted, 1 already canonical\n');
    expect(readFileSync(join(dir, 'a.tcl'), 'utf8')).toBe(MESSY);
    expect(fmt([join(dir, 'b.tcl')], { check: true }).status).toBe(0);
  });

  it('--stdout prints the formatted text and leaves the file alone', () => {
    const dir = fresh({ 'a.tcl': MESSY });
    const r = fmt([join(dir, 'a.tcl')], { stdout: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(CANONICAL);
    expect(readFileSync(join(dir, 'a.tcl'), 'utf8')).toBe(MESSY);
  });

  it('the command is registered: "-" formats stdin to stdout', () => {
    const r = run(['fmt', '-'], MESSY);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(CANONICAL);
  });

  it('a file with syntax errors is left alone and reported, exit 1; the others are still formatted', () => {
    const dir = fresh({ 'a.tcl': MESSY, 'bad.tcl': BROKEN });
    const r = fmt([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'bad.tcl')}:3:11: error: missing "\n`);
    expect(r.stderr).toContain(`${join(dir, 'bad.tcl')}: not formatted (left unchanged)\n`);
    expect(readFileSync(join(dir, 'bad.tcl'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(join(dir, 'a.tcl'), 'utf8')).toBe(CANONICAL);
    const s = fmt([join(dir, 'bad.tcl')], { stdout: true });
    expect(s.status).toBe(1);
    expect(s.stdout).toBe(BROKEN);
  });

  it('exit 2 on unreadable input: a missing path, a dangling link (the rest is still done)', () => {
    expect(fmt(['/nonexistent/x.tcl'], { check: true }).status).toBe(2);
    const dir = fresh({ 'a.tcl': MESSY });
    symlinkSync(join(dir, 'gone.tcl'), join(dir, 'link.tcl'));
    const r = fmt([dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'link.tcl')}: cannot read (no such file)`);
    expect(readFileSync(join(dir, 'a.tcl'), 'utf8')).toBe(CANONICAL);
  });

  it('--check and --stdout together, or an unknown dialect, are usage errors (exit 2)', () => {
    expect(fmt(['-'], { check: true, stdout: true }).status).toBe(2);
    expect(fmt(['-'], { dialect: 'perl' }).status).toBe(2);
    expect(run(['fmt', '--check', '--stdout', '-'], '').status).toBe(2);
  });

  it('CRLF files become LF', () => {
    const dir = fresh({ 'a.tcl': CANONICAL.replace(/\n/g, '\r\n') });
    expect(fmt([dir], { check: true }).status).toBe(1);
    expect(fmt([dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'a.tcl'), 'utf8')).toBe(CANONICAL);
  });

  it('--dialect tcl formats plain scripts (no top-level blank lines added, }{ is an error)', () => {
    const dir = fresh({ 'a.tcl': 'set a 1\nforeach x {1 2} {\nputs $x\n}\n', 'b.tcl': 'if {1}{puts x}\n' });
    expect(fmt([join(dir, 'a.tcl')], { dialect: 'tcl', stdout: true }).stdout).toBe('set a 1\nforeach x {1 2} {\n  puts $x\n}\n');
    expect(fmt([join(dir, 'b.tcl')], { dialect: 'tcl', check: true }).status).toBe(1);
  });

  it('the formatted AI pinning rule passes --check (the original in rules/ has no indentation)', () => {
    const dir = fresh({ 'ai-stream-pin.tcl': original });
    expect(fmt([dir], { check: true }).status).toBe(1);
    expect(fmt([dir]).status).toBe(0);
    expect(fmt([dir], { check: true }).status).toBe(0);
  });
});
