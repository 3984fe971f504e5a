// Runs a batch of expressions through the real tclsh 8.6 in one process, so tests can compare the
// engine with it. Expressions and results travel hex-encoded (they hold newlines, quotes, braces).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TCLSH = process.env['TCLSH'] || 'tclsh';

export interface Outcome {
  /** 0 for a result, 1 for an error. */
  code: number;
  /** The result or the error message. */
  message: string;
  /** The errorCode list as Tcl prints it (empty for results). */
  errorCode: string;
}

export type Mode = 'expr' | 'if';

const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
const unhex = (h: string) => Buffer.from(h, 'hex').toString('utf8');

// The loop runs in a proc so its variables cannot collide with those the setup script defines;
// expressions run at the global level, where the setup put its variables.
const DRIVER = `
fconfigure stdout -encoding binary -translation lf
proc __run {file} {
  set f [open $file]
  fconfigure $f -encoding binary
  uplevel #0 [encoding convertfrom utf-8 [binary format H* [gets $f]]]
  while {[gets $f line] >= 0} {
    lassign $line mode h
    set ex [encoding convertfrom utf-8 [binary format H* $h]]
    set ::errorCode NONE
    if {$mode eq "expr"} {
      set r [catch {uplevel #0 [list expr $ex]} m]
    } else {
      set r [catch {uplevel #0 [list if $ex {set ::__m 1} else {set ::__m 0}]} m]
    }
    set c [expr {$r ? $::errorCode : ""}]
    puts "$r [binary encode hex [encoding convertto utf-8 $m]] [binary encode hex [encoding convertto utf-8 $c]]"
  }
}
__run [lindex $argv 0]
`;

/** Evaluates each expression in tclsh after `setup`; `mode` 'if' reads it as an if condition. */
export function tclshEval(setup: string, exprs: readonly string[], mode: Mode = 'expr'): Outcome[] {
  const dir = mkdtempSync(join(tmpdir(), 'irule-expr-'));
  try {
    const driver = join(dir, 'driver.tcl');
    const input = join(dir, 'input.txt');
    writeFileSync(driver, DRIVER);
    writeFileSync(input, [hex(setup), ...exprs.map((e) => `${mode} ${hex(e) || '{}'}`)].join('\n') + '\n');
    const r = spawnSync(TCLSH, [driver, input], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    if (r.error) throw new Error(`cannot run ${TCLSH}: ${r.error.message}`);
    if (r.status !== 0) throw new Error(`tclsh failed: ${r.stderr}`);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    if (lines.length !== exprs.length) throw new Error(`tclsh answered ${lines.length} of ${exprs.length} expressions: ${r.stderr}`);
    return lines.map((l) => {
      const [code, m, c] = l.split(' ');
      return { code: Number(code), message: unhex(m ?? ''), errorCode: unhex(c ?? '') };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
