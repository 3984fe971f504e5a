// Procedures: proc, rename, and calling a proc.

import { literalValue, type Pos } from '../../syntax/ast.js';
import { addTrace, compileText, type Exec } from '../compile.js';
import { Code, TclError, wrongArgs } from '../errors.js';
import { Frame, Layout, Var } from '../frame.js';
import { Interp, type CommandDef, type ProcDef, type ProcParam } from '../interp.js';
import { TclList, str, toList, type Value } from '../value.js';
import { applyCode } from './control.js';

function parseParams(procName: string, args: Value): ProcParam[] {
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
  const def: ProcDef = { name, params, argsText: args, body, layout, bodyStart, source };
  const qualified = name.replace(/^::+/, '');
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
  return def.bodyStart && def.source ? compileText(text, ctx, def.bodyStart) : compileText(text, { ...ctx, source: text });
}

export function callProc(interp: Interp, def: ProcDef, argv: Value[]): Value {
  const params = def.params;
  const np = params.length;
  const frame = new Frame(def.layout, interp.frame.level + 1, interp.frame, { name: def.name, argv });
  const variadic = np > 0 && params[np - 1]!.name === 'args';
  const fixed = variadic ? np - 1 : np;
  const given = argv.length - 1;
  if (given > fixed && !variadic) throw wrongArgs(usage(def, str(argv[0]!)));
  for (let i = 0; i < fixed; i++) {
    const v = new Var();
    if (i < given) v.value = argv[i + 1]!;
    else {
      const d = params[i]!.default;
      if (d === undefined) throw wrongArgs(usage(def, str(argv[0]!)));
      v.value = d;
    }
    frame.slots[i] = v;
  }
  if (variadic) {
    const v = new Var();
    v.value = new TclList(given > fixed ? argv.slice(fixed + 1) : []);
    frame.slots[fixed] = v;
  }
  const body = (def.compiled ??= compileProcBody(interp, def));
  interp.enter();
  const saved = interp.frame;
  interp.frame = frame;
  try {
    const r = body(interp);
    if (interp.signal === Code.OK) return r;
    return procSignal(interp, r);
  } catch (e) {
    const err = addTrace(e, '') as unknown;
    if (err instanceof TclError) {
      err.errorInfo = err.errorInfo.replace(/\n    (while executing|invoked from within)\n""$/, '');
      err.errorInfo += `\n    (procedure "${str(argv[0]!)}" line 1)`;
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
    return applyCode(interp, ret.code, r, ret.errorCode, ret.errorInfo);
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
