// The Tcl engine's public face: make an interpreter, compile and run scripts.

import { CORE_COMMANDS, EVAL_ONLY_COMMANDS } from './commands/index.js';
import { Interp, type Limits } from './interp.js';

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
}

export function createInterp(options: InterpOptions = {}): Interp {
  const interp = new Interp(options.limits);
  interp.dialect = options.dialect ?? 'tcl';
  for (const def of CORE_COMMANDS) interp.register(def);
  if (options.stdio) for (const def of EVAL_ONLY_COMMANDS) interp.register(def);
  return interp;
}
