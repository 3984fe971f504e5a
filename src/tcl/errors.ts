// Tcl errors and completion codes. Errors travel as JS exceptions (they are rare and abort
// evaluation); return/break/continue travel as a completion code on the interpreter (they are
// frequent, and a thrown exception per proc return would dominate the run time).

import { formatList } from './value.js';

export const enum Code {
  OK = 0,
  ERROR = 1,
  RETURN = 2,
  BREAK = 3,
  CONTINUE = 4,
}

export class TclError extends Error {
  /** errorInfo: the message plus the "while executing" trace, grown as the error unwinds. */
  errorInfo: string;
  /** Set once the innermost command has added its "while executing" line. */
  traced = false;
  /** Line (in the source file) of the innermost command that raised it. */
  line: number | undefined = undefined;
  /** The -level / -code of a `return -code error` (for catch's options dict). */
  constructor(
    message: string,
    public errorCode: readonly string[] | string = 'NONE',
  ) {
    super(message);
    this.errorInfo = message;
  }
  get errorCodeString(): string {
    return typeof this.errorCode === 'string' ? this.errorCode : formatList(this.errorCode);
  }
}

/** Raised when a rule exceeds a resource limit: not catchable by the rule's own `catch`. */
export class TclLimitError extends TclError {}

export function wrongArgs(usage: string): TclError {
  return new TclError(`wrong # args: should be "${usage}"`, ['TCL', 'WRONGARGS']);
}
