// Types shared by the compiler, the commands' compile hooks and the expression compiler.

import type { Dialect } from '../syntax/lexer.js';
import type { Interp } from './interp.js';
import type { Layout } from './frame.js';
import type { Value } from './value.js';

/** A compiled piece of code: a script, a word or an expression, run against an interpreter. */
export type Exec = (interp: Interp) => Value;

export interface CompileContext {
  interp: Interp;
  /** The variable layout of the frames this code runs in; null when unknown (eval of a string). */
  layout: Layout | null;
  dialect: Dialect;
  /** The text that source positions refer to (for error traces). */
  source: string;
  /** Name used in traces, e.g. the file name. */
  fileName?: string;
  /** How many scripts deep the code being compiled is (absent: the top level; parser.ts MAX_NESTING). */
  depth?: number;
}
