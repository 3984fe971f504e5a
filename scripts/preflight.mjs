#!/usr/bin/env node
// Before the tests: the Debian packages they need outside node_modules. `tcl` gives tclsh (the
// engine is compared with the real Tcl) and `chromium` opens the HTML report in a real browser.
// Missing ones are installed when that can be done without asking (root, apt-get on PATH);
// otherwise the run stops at once with one line naming the packages and the command that
// installs them, instead of a test failing later with a JavaScript error.
//
// Plain Node with no imports outside node: so it runs before `npm ci` has built anything.
// Looked up on the PATH it is given, so a test can point it at an empty or fake PATH.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The packages the tests need: Debian package name, what is looked for, and how to override it. */
export const NEEDS = [
  { pkg: 'tcl', program: 'tclsh', override: 'TCLSH' },
  { pkg: 'chromium', program: 'chromium', override: 'CHROMIUM_PATH' },
];

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Full path of `program` on `PATH` (or the program itself when it is a path), or null. */
export function which(program, env = process.env) {
  if (program.includes('/')) return isExecutable(program) ? program : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const file = join(dir, program);
    if (isExecutable(file)) return file;
  }
  return null;
}

/** Where the tests find one need: its override variable when set, else the program on PATH. */
export function locate(need, env = process.env) {
  const override = env[need.override];
  return override ? which(override, env) : which(need.program, env);
}

/** The needs that cannot be found. */
export function missing(env = process.env) {
  return NEEDS.filter((n) => locate(n, env) === null);
}

export function installHint(pkgs) {
  return `apt-get install -y ${pkgs.join(' ')}`;
}

/** One line for a person: what is missing and the command that installs it. */
export function missingLine(needs, asRoot) {
  const pkgs = needs.map((n) => n.pkg);
  const what = needs.map((n) => `${n.program}${n.override ? ` (or ${n.override}=path)` : ''}`).join(', ');
  return `irule tests: missing ${what}; install Debian package${pkgs.length > 1 ? 's' : ''} ${pkgs.join(' ')}: ${asRoot ? '' : 'sudo '}${installHint(pkgs)}`;
}

/**
 * Checks, and installs what is missing when it may: returns the exit code and prints at most a
 * couple of lines. `uid` is the effective user (root installs); `install: false` only checks.
 */
export function preflight({ env = process.env, uid = process.getuid?.() ?? -1, install = true, log = (s) => process.stderr.write(s + '\n') } = {}) {
  let needs = missing(env);
  if (needs.length === 0) return 0;
  const aptGet = which('apt-get', env);
  if (install && uid === 0 && aptGet) {
    const pkgs = needs.map((n) => n.pkg);
    log(`irule tests: installing Debian package${pkgs.length > 1 ? 's' : ''} ${pkgs.join(' ')} (${needs.map((n) => n.program).join(', ')} not found)`);
    const opts = { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: ['ignore', 'ignore', 'inherit'] };
    const update = spawnSync(aptGet, ['update', '-qq'], opts);
    const inst = update.status === 0 ? spawnSync(aptGet, ['install', '-y', '-qq', ...pkgs], opts) : update;
    needs = missing(env);
    if (needs.length === 0) return 0;
    log(`irule tests: apt-get ${update.status === 0 ? 'install' : 'update'} failed (exit ${inst.status ?? inst.signal}); ${missingLine(needs, true)}`);
    return 1;
  }
  log(missingLine(needs, uid === 0));
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const uid = process.env.IRULE_PREFLIGHT_UID !== undefined ? Number(process.env.IRULE_PREFLIGHT_UID) : undefined;
  process.exitCode = preflight({ uid, install: !process.argv.includes('--check') });
}
