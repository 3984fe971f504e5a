// Procedures: proc, rename, and calling a proc.

import { literalValue, type Pos } from '../../syntax/ast.js';
import { addTrace, compileText, type Exec } from '../compile.js';
import { Code, TclError, wrongArgs } from '../errors.js';
import { Frame, Layout, Var } from '../frame.js';
import { Interp, type CommandDef, type ProcDef, type ProcParam } from '../interp.js';
import { TclList, str, toList, type Value } from '../value.js';
import { applyCode } from './control.js';

export function parseParams(procName: string, args: Value): ProcParam[] {
  const params: ProcParam[] = [];
  for (const spec of toList(args)) {
    const parts = toList(spec);
    if (parts.length === 0) throw new TclError(`argument with no name`, ['TCL', 'OPERATION', 'PROC', 'FORMALARGUMENTFORMAT']);
    if (parts.length > 2) {
      throw new TclError(`too many fields in argument specifier "${str(spec)}"`, ['TCL', 'OPERATION', 'PROC', 'FORMALARGUMENTFORMAT']);
    }
    const name = str(parts[0]!);
    if (name.includes('::')) throw new TclError(`formal parameter "${name}" is not a simple name`, ['TCL', 'OPERATION', 'PROC', 'FORMALARGUMENTFORMAT']);
    if (/\(.*\)$/.test(name)) throw new TclError(`formal parameter "${name}" is an array element`, ['TCL', 'OPERATION', 'PROC', 'FORMALARGUMENTFORMAT']);
    params.push(parts.length === 2 ? { name, default: parts[1]! } : { name });
  }
  void procName;
  return params;
}

export function defineProc(interp: Interp, name: string, args: Value, body: Value, bodyStart?: Pos, source?: string): void {
  const params = parseParams(name, args);
  const layout = new Layout();
  for (const p of params) layout.slot(p.name);
  const qualified = interp.qualifyCommandName(name);
  const last = qualified.lastIndexOf('::');
  const ns = last < 0 ? '' : qualified.slice(0, last).replace(/:+$/, '');
  // In plain Tcl a proc runs in the namespace its name puts it in, which must exist. BIG-IP keeps
  // rule procs as `rule::name` without namespaces (they run like global code, as before).
  let procNs = '';
  if (interp.dialect === 'tcl') {
    if (!interp.namespaces.has(ns)) throw new TclError(`can't create procedure "${name}": unknown namespace`, ['TCL', 'VALUE', 'COMMAND']);
    procNs = ns;
  }
  const def: ProcDef = { name, params, argsText: args, body, layout, bodyStart, source, ns: procNs };
  interp.register({ name: qualified, fn: (i, argv) => callProc(i, def, argv), proc: def });
}

function usage(def: ProcDef, invokedAs: string): string {
  const parts = [invokedAs];
  def.params.forEach((p, i) => {
    if (p.name === 'args' && i === def.params.length - 1) parts.push('?arg ...?');
    else if (p.default !== undefined) parts.push(`?${p.name}?`);
    else parts.push(p.name);
  });
  return parts.join(' ');
}

function compileProcBody(interp: Interp, def: ProcDef): Exec {
  const text = str(def.body);
  const ctx = { interp, layout: def.layout, dialect: interp.dialect, source: def.source ?? text };
  // A proc body is one script deep, as when Tcl compiles it for a call from the top level.
  return def.bodyStart && def.source ? compileText(text, ctx, def.bodyStart, 1) : compileText(text, { ...ctx, source: text }, undefined, 1);
}

/** Lambdas (`apply`) take their arguments after the lambda word and name it in their usage. */
const LAMBDA = new WeakSet<ProcDef>();

export function markLambda(def: ProcDef): void {
  LAMBDA.add(def);
}

/** A new frame for a call of `def`, with the arguments bound (or Tcl's wrong # args error). */
function bindArgs(interp: Interp, def: ProcDef, argv: Value[]): Frame {
  const lambda = LAMBDA.has(def);
  const first = lambda ? 2 : 1;
  const params = def.params;
  const np = params.length;
  const frame = new Frame(def.layout, interp.frame.level + 1, interp.frame, { name: def.name, argv }, def.ns ?? '');
  const variadic = np > 0 && params[np - 1]!.name === 'args';
  const fixed = variadic ? np - 1 : np;
  const given = argv.length - first;
  const wrong = () => wrongArgs(usage(def, lambda ? `${str(argv[0]!)} lambdaExpr` : str(argv[0]!)));
  if (given > fixed && !variadic) throw wrong();
  for (let i = 0; i < fixed; i++) {
    const v = new Var();
    if (i < given) v.value = argv[i + first]!;
    else {
      const d = params[i]!.default;
      if (d === undefined) throw wrong();
      v.value = d;
    }
    frame.slots[i] = v;
  }
  if (variadic) {
    const v = new Var();
    v.value = new TclList(given > fixed ? argv.slice(fixed + first) : []);
    frame.slots[fixed] = v;
  }
  return frame;
}

export function callProc(interp: Interp, def: ProcDef, argv: Value[]): Value {
  for (;;) {
    const frame = bindArgs(interp, def, argv);
    const r = runBody(interp, def, frame, argv);
    if (interp.tailcallFrame !== frame) return r;
    // `tailcall`: the proc's frame is gone and its command runs in the caller's place. A proc
    // target loops here rather than recursing, so tail-recursive procs run in constant stack.
    const next = interp.tailcallArgv!;
    interp.tailcallFrame = null;
    interp.tailcallArgv = null;
    const name = str(next[0]!);
    const target = interp.lookupCommandIn(def.ns ?? '', name);
    if (target === undefined) return interp.unknownCommand(name, next);
    if (target.proc === undefined) return target.fn(interp, next);
    interp.countCommand();
    def = target.proc;
    argv = next;
  }
}

function runBody(interp: Interp, def: ProcDef, frame: Frame, argv: Value[]): Value {
  const body = (def.compiled ??= compileProcBody(interp, def));
  interp.enter();
  const saved = interp.frame;
  interp.frame = frame;
  try {
    const r = body(interp);
    if (interp.signal === Code.OK) return r;
    return procSignal(interp, r);
  } catch (e) {
    if (interp.tailcallFrame === frame) {
      interp.tailcallFrame = null;
      interp.tailcallArgv = null;
    }
    if (e instanceof TclError && e.fromReturn) {
      // The proc returned with -code error: its caller logs it; the body has no line to show.
      e.fromReturn = false;
      throw e;
    }
    const err = addTrace(e, '') as unknown;
    if (err instanceof TclError) {
      err.errorInfo = err.errorInfo.replace(/\n    (while executing|invoked from within)\n""$/, '');
      err.errorInfo += LAMBDA.has(def) ? `\n    (lambda term "${str(argv[1]!)}" line 1)` : `\n    (procedure "${str(argv[0]!)}" line 1)`;
    }
    throw err;
  } finally {
    interp.frame = saved;
    interp.leave();
  }
}

/** A non-OK completion leaving a proc body. */
function procSignal(interp: Interp, r: Value): Value {
  const s = interp.signal;
  interp.signal = Code.OK;
  if (s === Code.RETURN) {
    const ret = interp.ret;
    if (ret.level > 1) {
      interp.signal = Code.RETURN;
      interp.ret = { ...ret, level: ret.level - 1 };
      return r;
    }
    return applyCode(interp, ret.code, r, ret, true);
  }
  if (s === Code.BREAK || s === Code.CONTINUE) throw new TclError(Interp.signalMessage(s), ['TCL', s === Code.BREAK ? 'BREAK' : 'CONTINUE']);
  // Codes above 4 are the script's own: they pass through the proc unchanged.
  interp.signal = s;
  return r;
}

const proc: CommandDef = {
  name: 'proc',
  fn: (interp, argv) => {
    if (argv.length !== 4) throw wrongArgs('proc name args body');
    defineProc(interp, str(argv[1]!), argv[2]!, argv[3]!);
    return '';
  },
  compile: (node, words, ctx) => {
    if (words.length !== 4) return null;
    const bodyWord = node.words[3]!;
    if (bodyWord.kind !== 'braced' || !bodyWord.contentStart || literalValue(bodyWord) === undefined) return null;
    const start = bodyWord.contentStart;
    const [, name, args] = words as [Exec, Exec, Exec, Exec];
    const rawBody = bodyWord.raw!;
    return (interp) => {
      defineProc(interp, str(name(interp)), args(interp), rawBody, start, ctx.source);
      return '';
    };
  },
};

const rename: CommandDef = {
  name: 'rename',
  fn: (interp, argv) => {
    if (argv.length !== 3) throw wrongArgs('rename oldName newName');
    interp.rename(str(argv[1]!), str(argv[2]!));
    return '';
  },
};

export const procCommands: CommandDef[] = [proc, rename];
