// scripts/preflight.mjs (run by `npm test` before anything else): with tclsh or chromium missing it
// installs Debian's packages when root with apt-get, else stops with one line naming the packages
// and the install command. Run as a real process with a PATH of its own: an empty folder, or a
// folder holding a fake apt-get that records its arguments and "installs" stand-in programs.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = new URL('../../scripts/preflight.mjs', import.meta.url).pathname;

function run(path: string, env: Record<string, string> = {}) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: path, ...env } });
  return { ...r, ms: Date.now() - t0 };
}

function executable(file: string, body: string): void {
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

/** A folder with an apt-get that logs its arguments and, on install, creates the named programs. */
function fakeApt(opts: { fail?: 'update' | 'install' } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'irule-preflight-'));
  executable(
    join(dir, 'apt-get'),
    [
      `echo "$@" >> ${dir}/apt.log`,
      `case "$1" in update) ${opts.fail === 'update' ? 'exit 100' : 'exit 0'} ;; esac`,
      opts.fail === 'install' ? 'exit 100' : '',
      `for p in "$@"; do case "$p" in tcl) printf '#!/bin/sh\\n' > ${dir}/tclsh; /bin/chmod +x ${dir}/tclsh ;; chromium) printf '#!/bin/sh\\n' > ${dir}/chromium; /bin/chmod +x ${dir}/chromium ;; esac; done`,
    ].join('\n'),
  );
  return dir;
}

describe('test preflight', () => {
  it('not root, nothing installed: one line naming both packages and the sudo command, exit 1 at once', () => {
    const empty = mkdtempSync(join(tmpdir(), 'irule-preflight-'));
    const r = run(empty, { IRULE_PREFLIGHT_UID: '1000' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Debian packages tcl chromium');
    expect(r.stderr).toContain('sudo apt-get install -y tcl chromium');
    expect(r.ms).toBeLessThan(5000); // "in the first seconds": nothing is waited for
  });

  it('root without apt-get: the line names the command without sudo', () => {
    const r = run(mkdtempSync(join(tmpdir(), 'irule-preflight-')), { IRULE_PREFLIGHT_UID: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/: apt-get install -y tcl chromium\n$/);
  });

  it('root with apt-get: updates, installs only what is missing, then passes', () => {
    const dir = fakeApt();
    const r = run(dir, { IRULE_PREFLIGHT_UID: '0', CHROMIUM_PATH: process.execPath });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'apt.log'), 'utf8').trim().split('\n')).toEqual(['update -qq', 'install -y -qq tcl']);
    expect(existsSync(join(dir, 'tclsh'))).toBe(true);
    expect(r.stderr).toContain('installing Debian package tcl');
  });

  it('root, apt-get fails: one line with the failure and the command, exit 1', () => {
    const r = run(fakeApt({ fail: 'install' }), { IRULE_PREFLIGHT_UID: '0' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2); // "installing ..." and the failure
    expect(lines[1]).toMatch(/apt-get install failed \(exit 100\).*apt-get install -y tcl chromium$/);
  });

  it('everything present: silent, exit 0, apt-get not called', () => {
    const dir = fakeApt();
    executable(join(dir, 'tclsh'), '');
    executable(join(dir, 'chromium'), '');
    const r = run(dir, { IRULE_PREFLIGHT_UID: '0' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(existsSync(join(dir, 'apt.log'))).toBe(false);
  });

  it('TCLSH pointing at a missing file counts as missing, even with tclsh on PATH', () => {
    const dir = fakeApt();
    executable(join(dir, 'tclsh'), '');
    executable(join(dir, 'chromium'), '');
    const r = run(dir, { IRULE_PREFLIGHT_UID: '1000', TCLSH: join(dir, 'tclsh8.6') });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Debian package tcl:');
  });
});
