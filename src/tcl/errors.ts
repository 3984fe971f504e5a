// Tcl errors and completion codes. Errors travel as JS exceptions (they are rare and abort
// evaluation); return/break/continue travel as a completion code on the interpreter (they are
// frequent, and a thrown exception per proc return would dominate the run time).

import { formatList, type Value } from './value.js';

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
  /** Tcl's ERR_ALREADY_LOGGED: the errorInfo was given (`error msg info`, `return -errorinfo`),
   * so the command that raised it adds no "while executing" line of its own. */
  alreadyLogged = false;
  /** Raised by a proc's `return -code error` as the proc returns: no "(procedure ...)" line. */
  fromReturn = false;
  /** Options given to `return`/`error` (pairs, in order), which catch's options dict keeps. */
  options: Value[] | undefined = undefined;
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

/**
 * An error the script's own `catch`/`try` cannot intercept: it is about the run, not the script
 * (a resource limit; a fact the embedding application lacks), so it ends the run.
 */
export class TclUncatchableError extends TclError {}

/** Raised when a rule exceeds a resource limit: not catchable by the rule's own `catch`. */
export class TclLimitError extends TclUncatchableError {}

export function wrongArgs(usage: string): TclError {
  return new TclError(`wrong # args: should be "${usage}"`, ['TCL', 'WRONGARGS']);
}

/** The options dict of a caught error, as Tcl 8.6 builds it: the options the script gave to
 * `return`/`error` first (in their order), then -code, -level, -errorstack, the -errorcode and
 * -errorinfo not given, -errorline. */
export function errorOptions(e: TclError, line: number): Value[] {
  const out: Value[] = [];
  let hasCode = false;
  let hasInfo = false;
  const given = e.options ?? [];
  for (let i = 0; i + 1 < given.length; i += 2) {
    const k = given[i]!;
    if (k === '-errorcode') {
      hasCode = true;
      out.push(k, e.errorCodeString);
    } else if (k === '-errorinfo') {
      hasInfo = true;
      out.push(k, e.errorInfo);
    } else out.push(k, given[i + 1]!);
  }
  out.push('-code', 1, '-level', 0, '-errorstack', '');
  if (!hasCode) out.push('-errorcode', e.errorCodeString);
  if (!hasInfo) out.push('-errorinfo', e.errorInfo);
  out.push('-errorline', line);
  return out;
}
