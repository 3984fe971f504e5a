// `irule eval` behaves like `tclsh FILE` on stdout, stderr's first line and the exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/irule', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
const tclsh = (file: string) => spawnSync('tclsh', [file], { encoding: 'utf8' });

describe('irule eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irule-eval-'));
  it('prints what tclsh prints and exits 0', () => {
    const f = join(dir, 'ok.tcl');
    writeFileSync(f, 'proc sq {x} { expr {$x * $x} }\nforeach i {1 2 3} { puts [sq $i] }\n');
    const a = run(['eval', f]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(tclsh(f).stdout);
  });
  it('an uncaught error prints the message on stderr and exits 1, after the output before it', () => {
    const f = join(dir, 'err.tcl');
    writeFileSync(f, 'puts before\nset y $nosuch\nputs after\n');
    const a = run(['eval', f]);
    const t = tclsh(f);
    expect(a.status).toBe(1);
    expect(t.status).toBe(1);
    expect(a.stdout).toBe(t.stdout);
    expect(a.stderr.split('\n')[0]).toBe(t.stderr.split('\n')[0]);
  });
  it('half of a surrogate pair is written with the bytes tclsh writes (not U+FFFD)', () => {
    const f = join(dir, 'half.tcl');
    writeFileSync(f, 'set s "a\u{1F600}b"\nputs [string index $s 1]\nputs [string range $s 0 2]\nputs [string index $s 2]\n');
    const a = spawnSync(process.execPath, [bin, 'eval', f]);
    const t = spawnSync('tclsh', [f]);
    expect(a.stdout.toString('hex')).toBe(t.stdout.toString('hex'));
    expect(a.stdout.subarray(0, 3).toString('hex')).toBe('eda0bd');
  });
  it('reads the script from standard input with -', () => {
    const a = run(['eval', '-'], 'puts [string toupper hello]\n');
    expect(a.stdout).toBe('HELLO\n');
  });
  it('a missing file is a one-line error with exit 2', () => {
    const a = run(['eval', join(dir, 'missing.tcl')]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/missing\.tcl: cannot read \(no such file\)/);
    expect(a.stderr).not.toMatch(/at .*\.js/);
  });
});
