// Running a plain Tcl file the way `tclsh FILE` does: same stdout, same error message on stderr.

import { compileText } from './compile.js';
import { Code, TclError } from './errors.js';
import { Interp, type Limits } from './interp.js';
import { createInterp } from './index.js';
import { str, type Value } from './value.js';
import { isStackOverflow, registerDeep, withDeepStack } from '../host/deep-stack.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * The text tclsh runs from a source file: Tcl_FSEvalFileEx reads it with "auto" end-of-line
 * translation (CRLF and CR become LF), with ^Z (U+001A) as the end-of-file character, and drops a
 * leading byte-order mark.
 */
function sourceText(source: string): string {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const eof = text.indexOf('\x1a');
  if (eof >= 0) text = text.slice(0, eof);
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** The globals tclsh sets for a script run as `tclsh FILE` with no further arguments (tclMain.c). */
function setScriptGlobals(interp: Interp, fileName: string): void {
  interp.scriptFile = fileName;
  interp.setVar('::argv0', fileName);
  interp.setVar('::argc', 0);
  interp.setVar('::argv', '');
  interp.setVar('::tcl_interactive', 0);
  // tclsh's env array holds the process environment (TclSetupEnv, tclEnv.c).
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== '') interp.setVar(`::env(${k})`, v);
}

/**
 * What becomes of a completion code that reaches the top of the file. As TclEvalObjEx at level 0
 * (ProcessUnexpectedResult, tclBasic.c): `return` ends the script with its `-code` once its levels are
 * used up; anything but ok and error is then an error.
 */
function topLevelCode(interp: Interp, signal: Code, result: Value): void {
  let code: number = signal;
  if (signal === Code.RETURN) {
    const ret = interp.ret;
    code = ret.level > 1 ? Code.RETURN : ret.code;
    if (code === Code.ERROR) throw new TclError(str(result), ret.errorCode ?? 'NONE');
  }
  if (code === Code.OK || code === Code.ERROR) return;
  if (code === Code.BREAK || code === Code.CONTINUE) throw new TclError(Interp.signalMessage(code as Code));
  throw new TclError(`command returned bad code: ${code}`);
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
  setScriptGlobals(interp, fileName);
  const text = sourceText(source);
  let exitCode = 0;
  try {
    const script = compileText(text, { interp, layout: interp.globalLayout, dialect: 'tcl', source: text, fileName });
    const result = script(interp);
    const s = interp.signal;
    interp.signal = Code.OK;
    if (s !== Code.OK) topLevelCode(interp, s, result);
  } catch (e) {
    if (isStackOverflow(e)) throw e; // redone where the stack suffices (withDeepStack)
    exitCode = 1;
    if (e instanceof TclError) err.push(`${e.errorInfo}\n    (file "${fileName}" line 1)\n`);
    else err.push(`irule: internal error while running ${fileName}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} (this is a bug in irule: please report it with the script that caused it)\n`);
  }
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

registerDeep('runTclFile', runHere);
