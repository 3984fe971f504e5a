// Control flow: if while for foreach break continue return catch error eval uplevel.

import { literalValue, type Word } from '../../syntax/ast.js';
import { compileBody, compileVarRef, evalValue, type CompileContext, type Exec } from '../compile.js';
import { Code, TclError, TclUncatchableError, errorOptions, wrongArgs } from '../errors.js';
import { compileCondition, exprBool } from '../expr/index.js';
import { Interp, returnOptions, type CommandDef, type ReturnState } from '../interp.js';
import { parseInt_ } from '../numbers.js';
import { compileVarAccess, dynamicVarAccess } from './vars.js';
import { TclList, str, toList, type Value } from '../value.js';

type Cond = (interp: Interp) => boolean;

/** A condition word: compiled once when literal, else evaluated as an expression at run time. */
function compileCond(word: Word, exec: Exec, ctx: CompileContext): Cond {
  const lit = literalValue(word);
  if (lit !== undefined) {
    const start = word.kind === 'braced' ? word.contentStart : undefined;
    return compileCondition(word.kind === 'braced' && word.raw !== undefined ? word.raw : lit, ctx, start);
  }
  return (interp) => exprBool(interp, exec(interp));
}

// ---- if ------------------------------------------------------------------------------------------

interface IfClause<C, B> {
  cond: C;
  body: B;
}

/** Splits the words of an if command into clauses, with Tcl's error messages. */
function ifStructure<T>(words: T[], text: (w: T) => string | undefined): { clauses: IfClause<T, T>[]; orElse: T | null } {
  const clauses: IfClause<T, T>[] = [];
  let orElse: T | null = null;
  let i = 1;
  for (;;) {
    if (i >= words.length) throw new TclError(`wrong # args: no expression after "${text(words[i - 1]!) ?? ''}" argument`, ['TCL', 'WRONGARGS']);
    const cond = words[i]!;
    i++;
    if (i < words.length && text(words[i]!) === 'then') i++;
    if (i >= words.length) throw new TclError(`wrong # args: no script following "${text(words[i - 1]!) ?? ''}" argument`, ['TCL', 'WRONGARGS']);
    clauses.push({ cond, body: words[i]! });
    i++;
    if (i >= words.length) break;
    const kw = text(words[i]!);
    if (kw === 'elseif') {
      i++;
      continue;
    }
    if (kw === 'else') {
      i++;
      if (i >= words.length) throw new TclError('wrong # args: no script following "else" argument', ['TCL', 'WRONGARGS']);
    }
    orElse = words[i]!;
    if (i + 1 < words.length) throw new TclError('wrong # args: extra words after "else" clause in "if" command', ['TCL', 'WRONGARGS']);
    break;
  }
  return { clauses, orElse };
}

const ifCommand: CommandDef = {
  name: 'if',
  fn: (interp, argv) => {
    const { clauses, orElse } = ifStructure(argv, (v) => str(v));
    for (const c of clauses) if (exprBool(interp, c.cond)) return evalValue(interp, c.body);
    return orElse === null ? '' : evalValue(interp, orElse);
  },
  compile: (node, words, ctx) => {
    // The structure (then/elseif/else) must be literal to compile; otherwise the generic path decides.
    const texts = node.words.map((w) => literalValue(w));
    let shape;
    try {
      shape = ifStructure(node.words.map((_, i) => i), (i) => texts[i]);
    } catch {
      return null;
    }
    const conds = shape.clauses.map((c) => compileCond(node.words[c.cond]!, words[c.cond]!, ctx));
    const bodies = shape.clauses.map((c) => compileBody(node.words[c.body]!, ctx));
    const orElse = shape.orElse === null ? null : compileBody(node.words[shape.orElse]!, ctx);
    if (conds.length === 1) {
      const [c] = conds as [Cond];
      const [b] = bodies as [Exec];
      return orElse ? (interp) => (c(interp) ? b(interp) : orElse(interp)) : (interp) => (c(interp) ? b(interp) : '');
    }
    const n = conds.length;
    return (interp) => {
      for (let i = 0; i < n; i++) if (conds[i]!(interp)) return bodies[i]!(interp);
      return orElse ? orElse(interp) : '';
    };
  },
};

// ---- loops ---------------------------------------------------------------------------------------

/**
 * Runs one loop iteration's body. Returns null to go on; otherwise the loop stops and returns the
 * value given: '' after `break`, the body's result when a `return` (or another code) passes through.
 */
function loopBody(interp: Interp, body: Exec): Value | null {
  interp.countCommand(); // an empty body still counts, so `while 1 {}` hits the command limit
  const r = body(interp);
  const s = interp.signal;
  if (s === Code.OK) return null;
  if (s === Code.CONTINUE) {
    interp.signal = Code.OK;
    return null;
  }
  if (s === Code.BREAK) {
    interp.signal = Code.OK;
    return '';
  }
  return r;
}

function runWhile(interp: Interp, cond: Cond, body: Exec): Value {
  while (cond(interp)) {
    const stop = loopBody(interp, body);
    if (stop !== null) return stop;
  }
  return '';
}

const whileCommand: CommandDef = {
  name: 'while',
  fn: (interp, argv) => {
    if (argv.length !== 3) throw wrongArgs('while test command');
    const test = argv[1]!;
    const body = argv[2]!;
    return runWhile(interp, (i) => exprBool(i, test), (i) => evalValue(i, body));
  },
  compile: (node, words, ctx) => {
    if (words.length !== 3) return null;
    const cond = compileCond(node.words[1]!, words[1]!, ctx);
    const body = compileBody(node.words[2]!, ctx);
    return (interp) => runWhile(interp, cond, body);
  },
};

// As Tcl 8.6's `for`: a break/continue in the start clause, or a continue in the next clause,
// ends the loop and is the loop's own completion code (catch sees 3 or 4; an enclosing loop
// takes it as its own break/continue). A break in the next clause ends the loop normally.
function runFor(interp: Interp, start: Exec, cond: Cond, next: Exec, body: Exec): Value {
  start(interp);
  if (interp.signal !== Code.OK) return '';
  while (cond(interp)) {
    const stop = loopBody(interp, body);
    if (stop !== null) return stop;
    next(interp);
    if (interp.signal !== Code.OK) {
      if (interp.signal === Code.BREAK) interp.signal = Code.OK;
      return '';
    }
  }
  return '';
}

const forCommand: CommandDef = {
  name: 'for',
  fn: (interp, argv) => {
    if (argv.length !== 5) throw wrongArgs('for start test next command');
    const [, start, test, next, body] = argv as [Value, Value, Value, Value, Value];
    return runFor(interp, (i) => evalValue(i, start), (i) => exprBool(i, test), (i) => evalValue(i, next), (i) => evalValue(i, body));
  },
  compile: (node, words, ctx) => {
    if (words.length !== 5) return null;
    const start = compileBody(node.words[1]!, ctx);
    const cond = compileCond(node.words[2]!, words[2]!, ctx);
    const next = compileBody(node.words[3]!, ctx);
    const body = compileBody(node.words[4]!, ctx);
    return (interp) => runFor(interp, start, cond, next, body);
  },
};

// foreach varList list ?varList list ...? body
/** Sets one loop variable: a scalar or an array element (`foreach a(x) ...`), as `set` would. */
type VarWriter = (interp: Interp, value: Value) => void;

function runForeach(interp: Interp, varLists: VarWriter[][], lists: Value[][], body: Exec): Value {
  let iterations = 0;
  for (let k = 0; k < lists.length; k++) {
    const n = Math.ceil(lists[k]!.length / varLists[k]!.length);
    if (n > iterations) iterations = n;
  }
  for (let it = 0; it < iterations; it++) {
    for (let k = 0; k < lists.length; k++) {
      const vars = varLists[k]!;
      const items = lists[k]!;
      for (let j = 0; j < vars.length; j++) {
        const item = items[it * vars.length + j];
        vars[j]!(interp, item === undefined ? '' : item);
      }
    }
    const stop = loopBody(interp, body);
    if (stop !== null) return stop;
  }
  return '';
}

function varListNames(v: Value): string[] {
  const names = toList(v).map(str);
  if (names.length === 0) throw new TclError('foreach varlist is empty', ['TCL', 'OPERATION', 'FOREACH', 'NEEDVARS']);
  return names;
}

const foreachCommand: CommandDef = {
  name: 'foreach',
  fn: (interp, argv) => {
    if (argv.length < 4 || argv.length % 2 !== 0) throw wrongArgs('foreach varList list ?varList list ...? command');
    const names: string[][] = [];
    const lists: Value[][] = [];
    for (let i = 1; i < argv.length - 1; i += 2) {
      names.push(varListNames(argv[i]!));
      lists.push(toList(argv[i + 1]!));
    }
    const writers = names.map((ns) => ns.map((n): VarWriter => (i, x) => void dynamicVarAccess(i, n).write(i, x)));
    const body = argv[argv.length - 1]!;
    return runForeach(interp, writers, lists, (i) => evalValue(i, body));
  },
  compile: (node, words, ctx) => {
    if (words.length < 4 || words.length % 2 !== 0) return null;
    const names: string[][] = [];
    const listExecs: Exec[] = [];
    for (let i = 1; i < words.length - 1; i += 2) {
      const lit = literalValue(node.words[i]!);
      if (lit === undefined) return null;
      let ns: string[];
      try {
        ns = varListNames(lit);
      } catch {
        return null;
      }
      names.push(ns);
      listExecs.push(words[i + 1]!);
    }
    const writers = names.map((ns) =>
      ns.map((n): VarWriter => {
        const access = compileVarAccess(n, ctx);
        return (i, x) => void access.write(i, x);
      }),
    );
    const body = compileBody(node.words[words.length - 1]!, ctx);
    return (interp) => runForeach(interp, writers, listExecs.map((e) => toList(e(interp))), body);
  },
};

// ---- break continue return error ----------------------------------------------------------------

const breakCommand: CommandDef = {
  name: 'break',
  fn: (interp, argv) => {
    if (argv.length !== 1) throw wrongArgs('break');
    interp.signal = Code.BREAK;
    return '';
  },
};

const continueCommand: CommandDef = {
  name: 'continue',
  fn: (interp, argv) => {
    if (argv.length !== 1) throw wrongArgs('continue');
    interp.signal = Code.CONTINUE;
    return '';
  },
};

const CODE_NAMES: Record<string, number> = { ok: 0, error: 1, return: 2, break: 3, continue: 4 };

function completionCode(v: Value): number {
  const s = str(v);
  const named = CODE_NAMES[s];
  if (named !== undefined) return named;
  const n = int32Of(s);
  if (n === null) throw new TclError(`bad completion code "${s}": must be ok, error, return, break, continue, or an integer`, ['TCL', 'RESULT', 'ILLEGAL_CODE']);
  return n;
}

function parsesAsList(s: string): boolean {
  try {
    toList(s);
    return true;
  } catch {
    return false;
  }
}

/** An integer as Tcl_GetIntFromObj reads it: anything within 32 bits, signed or unsigned, wrapped to
 * a signed 32-bit int (4294967295 is -1); wider is not an int (null). */
function int32Of(s: string): number | null {
  const n = parseInt_(s);
  if (n === null) return null;
  const b = BigInt(n);
  if (b > 0xffffffffn || b < -0xffffffffn) return null;
  return Number(BigInt.asIntN(32, b));
}

/** Applies a completion code at the point where it takes effect (after -level frames).
 * `atProc`: a proc is returning with this code (its caller logs the error, its body does not). */
export function applyCode(interp: Interp, code: number, value: Value, ret?: ReturnState, atProc = false): Value {
  switch (code) {
    case Code.OK:
      return value;
    case Code.ERROR: {
      const e = new TclError(str(value), ret?.errorCode ?? 'NONE');
      e.options = ret?.options;
      e.fromReturn = atProc;
      if (ret?.errorInfo !== undefined && ret.errorInfo !== '') {
        e.errorInfo = ret.errorInfo;
        e.traced = true;
        e.alreadyLogged = !atProc;
      }
      throw e;
    }
    case Code.RETURN:
      interp.signal = Code.RETURN;
      interp.ret = { code: Code.OK, level: 1 };
      return value;
    case Code.BREAK:
      interp.signal = Code.BREAK;
      return value;
    case Code.CONTINUE:
      interp.signal = Code.CONTINUE;
      return value;
    default:
      // An application-defined code (> 4) travels like break/continue until a catch takes it.
      interp.signal = code as Code;
      return value;
  }
}

const returnCommand: CommandDef = {
  name: 'return',
  fn: (interp, argv) => {
    let code = 0;
    let level = 1;
    let errorCode: string | undefined;
    let errorInfo: string | undefined;
    // Other options are kept for catch's options dict: a dict, so a repeated key keeps its
    // first position and takes the last value.
    const kept: Value[] = [];
    const keep = (k: string, v: Value): void => {
      for (let j = 0; j < kept.length; j += 2) {
        if (kept[j] === k) {
          kept[j + 1] = v;
          return;
        }
      }
      kept.push(k, v);
    };
    const n = argv.length;
    const options = (pairs: Value[]): void => {
      for (let k = 0; k + 1 < pairs.length; k += 2) {
        const opt = str(pairs[k]!);
        const val = pairs[k + 1]!;
        if (opt === '-code') code = completionCode(val);
        else if (opt === '-level') {
          const l = int32Of(str(val));
          if (l === null || l < 0) throw new TclError(`bad -level value: expected non-negative integer but got "${str(val)}"`, ['TCL', 'RESULT', 'ILLEGAL_LEVEL']);
          level = l;
        } else if (opt === '-options') {
          // TclMergeReturnOptions (tclResult.c) reads the value as a dict, with its own message.
          let inner: Value[] | null = null;
          try {
            inner = toList(val);
          } catch {
            inner = null;
          }
          if (inner === null || inner.length % 2 !== 0) throw new TclError(`expected dict but got "${str(val)}"`, ['TCL', 'RESULT', 'ILLEGAL_OPTIONS']);
          options(inner);
        } else {
          if (opt === '-errorcode') errorCode = str(val);
          else if (opt === '-errorinfo') errorInfo = str(val);
          keep(opt, val);
        }
      }
    };
    // Options come in pairs; an odd count leaves the last word as the result.
    const pairs = (n - 1) % 2 === 0 ? n - 1 : n - 2;
    options(argv.slice(1, 1 + pairs));
    if (errorCode !== undefined && !parsesAsList(errorCode)) {
      throw new TclError(`bad -errorcode value: expected a list but got "${errorCode}"`, ['TCL', 'RESULT', 'ILLEGAL_ERRORCODE']);
    }
    if (code === Code.RETURN) {
      // TclMergeReturnOptions (tclResult.c): `-code return` is one more level of an ordinary return.
      code = Code.OK;
      level++;
    }
    const i = 1 + pairs;
    const value = i < n ? argv[i]! : '';
    const ret: ReturnState = { code, level, errorCode, errorInfo, options: kept.length ? kept : undefined };
    if (level === 0) return applyCode(interp, code, value, ret);
    interp.signal = Code.RETURN;
    interp.ret = ret;
    return value;
  },
};

const errorCommand: CommandDef = {
  name: 'error',
  fn: (_interp, argv) => {
    if (argv.length < 2 || argv.length > 4) throw wrongArgs('error message ?errorInfo? ?errorCode?');
    const e = new TclError(str(argv[1]!), argv.length === 4 ? str(argv[3]!) : 'NONE');
    e.options = argv.length === 4 ? ['-errorinfo', argv[2]!, '-errorcode', argv[3]!] : argv.length === 3 ? ['-errorinfo', argv[2]!] : undefined;
    if (argv.length >= 3 && str(argv[2]!) !== '') {
      e.errorInfo = str(argv[2]!);
      e.traced = true;
      e.alreadyLogged = true;
    }
    throw e;
  },
};

// ---- catch ---------------------------------------------------------------------------------------

function catchRun(interp: Interp, body: Exec, resultVar: string | undefined, optionsVar: string | undefined): Value {
  let code: number;
  let result: Value;
  let options: Value[];
  const depth = interp.depth;
  const frame = interp.frame;
  try {
    result = body(interp);
    const s = interp.signal;
    interp.signal = Code.OK;
    if (s === Code.RETURN) {
      code = Code.RETURN;
      const r = interp.ret;
      options = returnOptions(r);
    } else {
      code = s;
      options = ['-code', s, '-level', 0];
    }
  } catch (e) {
    if (e instanceof TclUncatchableError || !(e instanceof TclError)) throw e;
    interp.depth = depth;
    interp.frame = frame;
    code = Code.ERROR;
    result = e.message;
    interp.errorInfo = e.errorInfo;
    interp.errorCode = e.errorCodeString;
    interp.global.get('errorInfo').value = e.errorInfo;
    interp.global.get('errorCode').value = e.errorCodeString;
    options = errorOptions(e, 1);
  }
  if (resultVar !== undefined) interp.setVar(resultVar, result);
  if (optionsVar !== undefined) interp.setVar(optionsVar, new TclList(options));
  return code;
}

const catchCommand: CommandDef = {
  name: 'catch',
  fn: (interp, argv) => {
    if (argv.length < 2 || argv.length > 4) throw wrongArgs('catch script ?resultVarName? ?optionVarName?');
    const script = argv[1]!;
    return catchRun(interp, (i) => evalValue(i, script), argv[2] === undefined ? undefined : str(argv[2]), argv[3] === undefined ? undefined : str(argv[3]));
  },
  compile: (node, words, ctx) => {
    if (words.length < 2 || words.length > 4) return null;
    const body = compileBody(node.words[1]!, ctx);
    const rv = words[2];
    const ov = words[3];
    return (interp) => catchRun(interp, body, rv ? str(rv(interp)) : undefined, ov ? str(ov(interp)) : undefined);
  },
};

// ---- eval uplevel --------------------------------------------------------------------------------

function concatArgs(argv: Value[], from: number): Value {
  if (argv.length === from + 1) return argv[from]!;
  const parts: string[] = [];
  for (let i = from; i < argv.length; i++) {
    const s = str(argv[i]!).trim();
    if (s !== '') parts.push(s);
  }
  return parts.join(' ');
}

const evalCommand: CommandDef = {
  name: 'eval',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('eval arg ?arg ...?');
    return evalValue(interp, concatArgs(argv, 1));
  },
  compile: (node, words, ctx) => {
    if (words.length !== 2 || literalValue(node.words[1]!) === undefined) return null;
    const body = compileBody(node.words[1]!, ctx);
    return (interp) => {
      interp.enter();
      try {
        return body(interp);
      } finally {
        interp.leave();
      }
    };
  },
};

const uplevelCommand: CommandDef = {
  name: 'uplevel',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('uplevel ?level? command ?arg ...?');
    // As Tcl_UplevelObjCmd: a lone word may still be a level (`uplevel 1` lacks its command).
    const { frame: target, consumed } = interp.optionalLevel(str(argv[1]!));
    const i = consumed ? 2 : 1;
    if (i >= argv.length) throw wrongArgs('uplevel ?level? command ?arg ...?');
    const script = concatArgs(argv, i);
    return interp.inFrame(target, () => evalValue(interp, script));
  },
};

export const controlCommands: CommandDef[] = [
  ifCommand, whileCommand, forCommand, foreachCommand, breakCommand, continueCommand, returnCommand,
  errorCommand, catchCommand, evalCommand, uplevelCommand,
];

