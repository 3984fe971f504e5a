// The Tcl engine's public face: make an interpreter, compile and run scripts.

import { CORE_COMMANDS, EVAL_ONLY_COMMANDS } from './commands/index.js';
import { endianness, release, type, userInfo } from 'node:os';
import { Interp, type Limits } from './interp.js';
import { tclVersionOf } from './version.js';

export { tclVersionOf } from './version.js';

export { Interp } from './interp.js';
export type { CommandDef, CommandFn, Limits } from './interp.js';
export { TclError, Code } from './errors.js';
export { compileScript, compileText, evalValue } from './compile.js';
export * from './value.js';

export interface InterpOptions {
  dialect?: 'tcl' | 'irule';
  limits?: Partial<Limits>;
  /** Give the interpreter `puts` (irule eval). */
  stdio?: boolean;
  /** The elements of the global array `tcl_platform` (default: tclsh's on this machine; an
   * embedder such as the BIG-IP emulator passes its own). */
  platform?: Record<string, string>;
}

/** tclsh 8.6's tcl_platform on this machine (Linux/x86-64 in CI). */
function hostPlatform(): Record<string, string> {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry for the process: tclsh leaves it empty too.
  }
  const machine = process.arch === 'x64' ? 'x86_64' : process.arch === 'arm64' ? 'aarch64' : process.arch;
  return {
    byteOrder: endianness() === 'LE' ? 'littleEndian' : 'bigEndian', engine: 'Tcl', machine, os: type(), osVersion: release(),
    pathSeparator: ':', platform: 'unix', pointerSize: '8', threaded: '1', user, wordSize: '8',
  };
}

export function createInterp(options: InterpOptions = {}): Interp {
  const interp = new Interp(options.limits);
  interp.dialect = options.dialect ?? 'tcl';
  const v = tclVersionOf(interp.dialect);
  interp.setVar('::tcl_version', v.version);
  interp.setVar('::tcl_patchLevel', v.patchLevel);
  for (const [k, x] of Object.entries(options.platform ?? (interp.dialect === 'tcl' ? hostPlatform() : {}))) interp.setVar(`::tcl_platform(${k})`, x);
  for (const def of CORE_COMMANDS) interp.register(def);
  if (options.stdio) for (const def of EVAL_ONLY_COMMANDS) interp.register(def);
  return interp;
}
