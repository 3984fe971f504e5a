// Running a plain Tcl file the way `tclsh FILE` does: same stdout, same error message on stderr.

import { compileText } from './compile.js';
import { Code, TclError } from './errors.js';
import { Interp, type Limits } from './interp.js';
import { createInterp } from './index.js';
import { str } from './value.js';
import { isStackOverflow, registerDeep, withDeepStack } from '../host/deep-stack.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** tclsh reads source files with "auto" end-of-line translation: CRLF and CR become LF. */
function normalizeEol(source: string): string {
  return source.indexOf('\r') < 0 ? source : source.replace(/\r\n?/g, '\n');
}

export function runTclFile(source: string, fileName: string, limits: Partial<Limits> = {}): RunResult {
  // Deeply nested code runs on a thread whose stack takes it (src/host/deep-stack.ts).
  return withDeepStack(import.meta.url, 'runTclFile', [source, fileName, limits], [source], () => runHere(source, fileName, limits));
}

function runHere(source: string, fileName: string, limits: Partial<Limits>): RunResult {
  const out: string[] = [];
  const err: string[] = [];
  const interp = createInterp({ dialect: 'tcl', stdio: true, limits });
  interp.out = (s) => out.push(s);
  interp.err = (s) => err.push(s);
  const text = normalizeEol(source);
  let exitCode = 0;
  try {
    const script = compileText(text, { interp, layout: interp.globalLayout, dialect: 'tcl', source: text, fileName });
    const result = script(interp);
    const s = interp.signal;
    interp.signal = Code.OK;
    if (s === Code.BREAK || s === Code.CONTINUE) throw new TclError(Interp.signalMessage(s));
    if (s === Code.RETURN && interp.ret.code === Code.ERROR) throw new TclError(str(result), interp.ret.errorCode ?? 'NONE');
  } catch (e) {
    if (isStackOverflow(e)) throw e; // redone where the stack suffices (withDeepStack)
    exitCode = 1;
    if (e instanceof TclError) err.push(`${e.errorInfo}\n    (file "${fileName}" line 1)\n`);
    else err.push(`irule: internal error while running ${fileName}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} (this is a bug in irule: please report it with the script that caused it)\n`);
  }
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

registerDeep('runTclFile', runHere);
