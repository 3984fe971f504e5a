// try (on / trap / finally handlers) and throw, as in Tcl 8.6.

import { literalValue } from '../../syntax/ast.js';
import { compileBody, evalValue, type Exec } from '../compile.js';
import { Code, TclError, TclUncatchableError, errorOptions, wrongArgs } from '../errors.js';
import { returnOptions, type CommandDef, type Interp, type ReturnState } from '../interp.js';
import { parseInt_ } from '../numbers.js';
import { TclList, str, toList, type Value } from '../value.js';

// ---- the outcome of running a script -------------------------------------------------------------

/** How a script completed: what `catch` would report, plus what is needed to re-raise it. */
interface Outcome {
  code: number;
  result: Value;
  options: Value[];
  /** The error, for code 1: re-raised as it was (errorInfo and errorCode kept). */
  error?: TclError;
  /** The pending `return`'s options, for code 2. */
  ret?: ReturnState;
}

/** Runs `exec` and reports its completion instead of propagating it (like `catch`). */
function capture(interp: Interp, exec: Exec, context: string): Outcome {
  const depth = interp.depth;
  const frame = interp.frame;
  try {
    const result = exec(interp);
    const s = interp.signal;
    interp.signal = Code.OK;
    if (s === Code.RETURN) {
      const r = interp.ret;
      const options = returnOptions(r);
      return { code: Code.RETURN, result, options, ret: r };
    }
    return { code: s, result, options: ['-code', s, '-level', 0] };
  } catch (e) {
    // Resource limits are not the script's to handle; internal errors are not Tcl errors.
    if (e instanceof TclUncatchableError || !(e instanceof TclError)) throw e;
    interp.depth = depth;
    interp.frame = frame;
    e.errorInfo += `\n    (${context} line 1)`;
    interp.errorInfo = e.errorInfo;
    interp.errorCode = e.errorCodeString;
    interp.global.get('errorInfo').value = e.errorInfo;
    interp.global.get('errorCode').value = e.errorCodeString;
    const options = errorOptions(e, e.line ?? 1);
    return { code: Code.ERROR, result: e.message, options, error: e };
  }
}

/** Completes the way `o` did: returns its result, raises its error or sets its signal again. */
function replay(interp: Interp, o: Outcome): Value {
  switch (o.code) {
    case Code.OK:
      return o.result;
    case Code.ERROR:
      throw o.error!;
    case Code.RETURN:
      interp.signal = Code.RETURN;
      interp.ret = o.ret!;
      return o.result;
    default:
      interp.signal = o.code as Code;
      return o.result;
  }
}

// ---- the structure of a try command --------------------------------------------------------------

interface Handler<B> {
  /** The completion code an `on` handler takes; 1 for `trap`. */
  code: number;
  /** The errorCode prefix of a `trap` handler. */
  pattern: string[] | null;
  vars: string[];
  /** null for a body of "-": falls through to the next handler's body. */
  body: B | null;
}

interface TrySpec<B> {
  body: B;
  handlers: Handler<B>[];
  fin: B | null;
}

const CODE_NAMES: Record<string, number> = { ok: 0, error: 1, return: 2, break: 3, continue: 4 };

function completionCode(s: string): number {
  const named = CODE_NAMES[s];
  if (named !== undefined) return named;
  const n = parseInt_(s);
  if (n === null) throw new TclError(`bad completion code "${s}": must be ok, error, return, break, continue, or an integer`, ['TCL', 'RESULT', 'ILLEGAL_CODE']);
  return Number(n);
}

/** Splits the words of `try` into body, handlers and finally, with Tcl's error messages. */
function parseTry<B>(n: number, word: (i: number) => Value, body: (i: number) => B): TrySpec<B> {
  if (n < 2) throw wrongArgs('try body ?handler ...? ?finally script?');
  const handlers: Handler<B>[] = [];
  let fin: B | null = null;
  for (let i = 2; i < n; ) {
    const kind = str(word(i));
    if (kind === 'on' || kind === 'trap') {
      if (i + 3 >= n) {
        const shape = kind === 'on' ? 'on code variableList script' : 'trap pattern variableList script';
        throw new TclError(`wrong # args to ${kind} clause: must be "... ${shape}"`, ['TCL', 'OPERATION', 'TRY', kind.toUpperCase(), 'ARGUMENT']);
      }
      let code = Code.ERROR as number;
      let pattern: string[] | null = null;
      if (kind === 'on') code = completionCode(str(word(i + 1)));
      else {
        const p = word(i + 1);
        try {
          pattern = toList(p).map(str);
        } catch {
          throw new TclError(`bad prefix '${str(p)}': must be a list`, ['TCL', 'OPERATION', 'TRY', 'TRAP', 'EXNFORMAT']);
        }
      }
      const vars = toList(word(i + 2)).map(str);
      const script = str(word(i + 3)) === '-' ? null : body(i + 3);
      handlers.push({ code, pattern, vars, body: script });
      i += 4;
    } else if (kind === 'finally') {
      if (i + 1 >= n) throw new TclError('wrong # args to finally clause: must be "... finally script"', ['TCL', 'OPERATION', 'TRY', 'FINALLY', 'ARGUMENT']);
      if (i + 2 !== n) throw new TclError('finally clause must be last', ['TCL', 'OPERATION', 'TRY', 'FINALLY', 'NONTERMINAL']);
      fin = body(i + 1);
      i += 2;
    } else {
      throw new TclError(`bad handler type "${kind}": must be finally, on, or trap`, ['TCL', 'LOOKUP', 'INDEX', 'handler type', kind]);
    }
  }
  if (handlers.length > 0 && handlers[handlers.length - 1]!.body === null) {
    throw new TclError('last non-finally clause must not have a body of "-"', ['TCL', 'OPERATION', 'TRY', 'BADFALLTHROUGH']);
  }
  return { body: body(1), handlers, fin };
}

// ---- running it ----------------------------------------------------------------------------------

function errorCodeWords(o: Outcome): string[] | null {
  try {
    return toList(o.error!.errorCodeString).map(str);
  } catch {
    return null;
  }
}

/** The index of the handler that takes `o`, or -1. */
function matchHandler(handlers: Handler<Exec>[], o: Outcome): number {
  let codeWords: string[] | null | undefined;
  for (let i = 0; i < handlers.length; i++) {
    const h = handlers[i]!;
    if (h.code !== o.code) continue;
    if (h.pattern === null) return i;
    codeWords ??= errorCodeWords(o);
    if (codeWords !== null && h.pattern.length <= codeWords.length && h.pattern.every((p, k) => p === codeWords![k])) return i;
  }
  return -1;
}

function runTry(interp: Interp, spec: TrySpec<Exec>): Value {
  let outcome = capture(interp, spec.body, '"try" body');
  let index = matchHandler(spec.handlers, outcome);
  if (index >= 0) {
    const h = spec.handlers[index]!;
    while (spec.handlers[index]!.body === null) index++;
    if (h.vars.length > 0) interp.setVar(h.vars[0]!, outcome.result);
    if (h.vars.length > 1) interp.setVar(h.vars[1]!, new TclList(outcome.options));
    outcome = capture(interp, spec.handlers[index]!.body!, `"try" handler`);
  }
  if (spec.fin !== null) {
    // The finally script's own result is dropped unless it fails (or breaks, returns, ...).
    const f = capture(interp, spec.fin, '"finally" body');
    if (f.code !== Code.OK) outcome = f;
  }
  return replay(interp, outcome);
}

const tryCommand: CommandDef = {
  name: 'try',
  fn: (interp, argv) => {
    const spec = parseTry(argv.length, (i) => argv[i]!, (i): Exec => {
      const script = argv[i]!;
      return (it) => evalValue(it, script);
    });
    return runTry(interp, spec);
  },
  compile: (node, _words, ctx) => {
    // Compiled when every word is literal (the usual `try {...} on error {m} {...}`); the bodies
    // then run against the frame's variable slots. Anything odd is left to the generic path,
    // which reports the errors at run time as tclsh does.
    const texts = node.words.map((w) => literalValue(w));
    if (texts.some((t) => t === undefined)) return null;
    try {
      const spec = parseTry(texts.length, (i) => texts[i]!, (i) => compileBody(node.words[i]!, ctx));
      return (interp) => runTry(interp, spec);
    } catch {
      return null;
    }
  },
};

const throwCommand: CommandDef = {
  name: 'throw',
  fn: (_interp, argv) => {
    if (argv.length !== 3) throw wrongArgs('throw type message');
    const type = argv[1]!;
    if (toList(type).length === 0) throw new TclError('type must be non-empty list', ['TCL', 'OPERATION', 'THROW', 'BADEXCEPTION']);
    throw new TclError(str(argv[2]!), str(type));
  },
};

export const tryCommands: CommandDef[] = [tryCommand, throwCommand];
