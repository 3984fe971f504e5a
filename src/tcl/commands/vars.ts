// Variable commands: set unset incr append global upvar.

import { literalValue } from '../../syntax/ast.js';
import { compileVarRef, type CompileContext, type Exec } from '../compile.js';
import { TclError, wrongArgs } from '../errors.js';
import { elementVar, Frame, NamespaceFrame, Var } from '../frame.js';
import { splitArrayName, readScalar, readElement, writeScalar, writeElement, type CommandDef, type Interp } from '../interp.js';
import { getInt, normInt, type TclInt } from '../numbers.js';
import { str, type Value } from '../value.js';

/** A compiled accessor for a variable name known at compile time (`x` or `a(literal)` or `a($i)`). */
interface VarAccess {
  read(interp: Interp): Value;
  write(interp: Interp, v: Value): Value;
  /** The current value, or undefined when unset (for incr/append/lappend which create). */
  peek(interp: Interp): Value | undefined;
}

export function compileVarAccess(name: string, ctx: CompileContext): VarAccess {
  const [base, index] = splitArrayName(name);
  const ref = compileVarRef(base, ctx);
  if (index === undefined) {
    return {
      read: (interp) => {
        const v = ref(interp);
        return v.value !== undefined ? v.value : readScalar(v, name);
      },
      write: (interp, x) => {
        const v = ref(interp);
        if (v.arr === null) {
          v.value = x;
          return x;
        }
        return writeScalar(v, name, x);
      },
      peek: (interp) => {
        const v = ref(interp);
        // peek serves read-modify-write commands (incr, append, lappend): Tcl reports the write.
        if (v.arr !== null) throw new TclError(`can't set "${name}": variable is array`, ['TCL', 'WRITE', 'VARNAME']);
        return v.value;
      },
    };
  }
  return {
    read: (interp) => readElement(ref(interp), base, index),
    write: (interp, x) => writeElement(ref(interp), base, index, x),
    peek: (interp) => {
      const v = ref(interp);
      if (v.arr === null) {
        if (v.value !== undefined) throw new TclError(`can't set "${name}": variable isn't array`, ['TCL', 'LOOKUP', 'VARNAME', base]);
        return undefined;
      }
      return v.arr.get(index);
    },
  };
}

/** Accessor for a name computed at run time. */
export function dynamicVarAccess(interp: Interp, name: string): VarAccess {
  const [base, index] = splitArrayName(name);
  const v: Var = interp.resolveVar(base);
  if (index === undefined) {
    return {
      read: () => readScalar(v, name),
      write: (_i, x) => writeScalar(v, name, x),
      peek: () => {
        if (v.arr !== null) throw new TclError(`can't set "${name}": variable is array`, ['TCL', 'WRITE', 'VARNAME']);
        return v.value;
      },
    };
  }
  return {
    read: () => readElement(v, base, index),
    write: (_i, x) => writeElement(v, base, index, x),
    peek: () => {
      if (v.arr === null) {
        if (v.value !== undefined) throw new TclError(`can't set "${name}": variable isn't array`, ['TCL', 'LOOKUP', 'VARNAME', base]);
        return undefined;
      }
      return v.arr.get(index);
    },
  };
}

function addInts(a: TclInt, b: TclInt): TclInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

/** TclIncrObj: the variable's value is checked before the increment (both as Tcl_GetIntFromObj). */
function incrValue(current: Value | undefined, by: Value | undefined): TclInt {
  if (current === undefined) return by === undefined ? 1 : getInt(by, 'INTEGER');
  const cur = getInt(current, 'INTEGER');
  return addInts(cur, by === undefined ? 1 : getInt(by, 'INTEGER'));
}

function appendValues(current: Value | undefined, parts: Value[], interp: Interp): string {
  let s = current === undefined ? '' : str(current);
  for (const p of parts) s += str(p);
  interp.checkLength(s.length);
  return s;
}

/** Compile hooks apply when the variable name is a literal word. */
function literalName(words: import('../../syntax/ast.js').Word[], i: number): string | undefined {
  const w = words[i];
  return w ? literalValue(w) : undefined;
}

const set: CommandDef = {
  name: 'set',
  fn: (interp, argv) => {
    if (argv.length === 2) return interp.getVar(str(argv[1]!));
    if (argv.length === 3) return interp.setVar(str(argv[1]!), argv[2]!);
    throw wrongArgs('set varName ?newValue?');
  },
  compile: (node, words, ctx) => {
    const name = literalName(node.words, 1);
    if (name === undefined || (words.length !== 2 && words.length !== 3)) return null;
    const access = compileVarAccess(name, ctx);
    if (words.length === 2) return access.read;
    const value = words[2]!;
    return (interp) => access.write(interp, value(interp));
  },
};

const incr: CommandDef = {
  name: 'incr',
  fn: (interp, argv) => {
    if (argv.length !== 2 && argv.length !== 3) throw wrongArgs('incr varName ?increment?');
    const access = dynamicVarAccess(interp, str(argv[1]!));
    return access.write(interp, incrValue(access.peek(interp), argv[2]));
  },
  compile: (node, words, ctx) => {
    const name = literalName(node.words, 1);
    if (name === undefined || (words.length !== 2 && words.length !== 3)) return null;
    const access = compileVarAccess(name, ctx);
    const byWord: Exec | null = words.length === 3 ? words[2]! : null;
    return (interp) => {
      const by = byWord ? byWord(interp) : undefined;
      const cur = access.peek(interp);
      return access.write(interp, incrValue(cur, by));
    };
  },
};

const append: CommandDef = {
  name: 'append',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('append varName ?value ...?');
    const access = dynamicVarAccess(interp, str(argv[1]!));
    if (argv.length === 2) return access.read(interp);
    return access.write(interp, appendValues(access.peek(interp), argv.slice(2), interp));
  },
  compile: (node, words, ctx) => {
    const name = literalName(node.words, 1);
    if (name === undefined || words.length < 2) return null;
    const access = compileVarAccess(name, ctx);
    if (words.length === 2) return access.read;
    const parts = words.slice(2);
    return (interp) => access.write(interp, appendValues(access.peek(interp), parts.map((p) => p(interp)), interp));
  },
};

const unset: CommandDef = {
  name: 'unset',
  fn: (interp, argv) => {
    let i = 1;
    let complain = true;
    while (i < argv.length) {
      const a = str(argv[i]!);
      if (a === '-nocomplain') {
        complain = false;
        i++;
      } else if (a === '--') {
        i++;
        break;
      } else break;
    }
    for (; i < argv.length; i++) interp.unsetVar(str(argv[i]!), complain);
    return '';
  },
};

const global: CommandDef = {
  name: 'global',
  fn: (interp, argv) => {
    // Tcl 8.6 accepts `global` with no names (8.4 did not: see docs/tcl.md).
    if (argv.length < 2 && interp.dialect === 'irule') throw wrongArgs('global varName ?varName ...?');
    // Outside a proc body `global` does nothing (Tcl).
    if (interp.frame === interp.global || interp.frame instanceof NamespaceFrame) return '';
    for (let i = 1; i < argv.length; i++) {
      const name = str(argv[i]!);
      const local = name.replace(/^.*::/, '');
      if (splitArrayName(local)[1] !== undefined) {
        throw new TclError(`bad variable name "${local}": can't create a scalar variable that looks like an array element`, ['TCL', 'UPVAR', 'LOCAL_ELEMENT']);
      }
      const target = interp.namespaceVar(name.startsWith('::') ? name : '::' + name);
      interp.frame.link(local, target);
    }
    return '';
  },
};

const upvar: CommandDef = {
  name: 'upvar',
  fn: (interp, argv) => {
    if (argv.length < 3) throw wrongArgs('upvar ?level? otherVar localVar ?otherVar localVar ...?');
    // As Tcl_UpvarObjCmd: the parity of the word count says whether a level is given; that
    // level is resolved (and may fail) before anything else.
    const hasLevel = argv.length % 2 === 0;
    const levelWord = hasLevel ? str(argv[1]!) : '1';
    const { frame: target, consumed } = interp.optionalLevel(levelWord);
    if (!consumed) throw new TclError(`bad level "${levelWord}"`, ['TCL', 'LOOKUP', 'LEVEL', levelWord]);
    let i = hasLevel ? 2 : 1;
    for (; i < argv.length; i += 2) {
      const other = str(argv[i]!);
      const local = str(argv[i + 1]!);
      if (splitArrayName(local)[1] !== undefined) {
        throw new TclError(`bad variable name "${local}": can't create a scalar variable that looks like an array element`, ['TCL', 'UPVAR', 'LOCAL_ELEMENT']);
      }
      const [otherBase, otherKey] = splitArrayName(other);
      if (local.indexOf('::') >= 0 && otherBase.indexOf('::') < 0 && isProcFrame(interp, target)) {
        throw new TclError(`bad variable name "${local}": can't create namespace variable that refers to procedure variable`, ['TCL', 'UPVAR', 'INVERTED']);
      }
      const targetVar = otherKey === undefined ? interp.resolveVar(other, target) : elementVar(interp.resolveVar(otherBase, target), otherKey);
      if (local.indexOf('::') >= 0) {
        linkNamespaceVar(interp, local, targetVar);
        continue;
      }
      const existing = interp.frame.lookup(local);
      if (existing === targetVar) {
        // Already a link to it: nothing to do. The variable itself: TclPtrMakeUpvar (tclVar.c) refuses.
        if (interp.frame.isLink(local)) continue;
        throw new TclError("can't upvar from variable to itself", ['TCL', 'UPVAR', 'SELF']);
      }
      // An existing link may be re-pointed (upvar in a loop); an ordinary variable may not.
      if (existing && existing.exists() && !existing.linked && interp.frame !== target) {
        throw new TclError(`variable "${local}" already exists`, ['TCL', 'UPVAR', 'EXISTS']);
      }
      targetVar.linked = true;
      interp.frame.link(local, targetVar);
    }
    return '';
  },
};

/** A proc's frame (its variables are locals), not the global frame or a `namespace eval` one. */
function isProcFrame(interp: Interp, frame: Frame): boolean {
  return frame.level > 0 && frame !== interp.global && !(frame instanceof NamespaceFrame);
}

/**
 * `upvar ... other ns::name`: a qualified local name is a namespace variable, whatever frame upvar runs
 * in (TclPtrMakeUpvar), so the link is made in the namespace, as `upvar #0 tcl_platform s::tp` in tclsh.
 */
function linkNamespaceVar(interp: Interp, local: string, targetVar: Var): void {
  const key = interp.namespaceVarKey(local, interp.frame.ns);
  const last = key.lastIndexOf('::');
  if (last < 0) {
    interp.global.link(key, targetVar);
    targetVar.linked = true;
    return;
  }
  if (interp.dialect === 'tcl' && !interp.namespaces.has(key.slice(0, last))) {
    throw new TclError(`can't create "${local}": parent namespace doesn't exist`, ['TCL', 'LOOKUP', 'NAMESPACE', local]);
  }
  const existing = interp.nsVars.get(key);
  if (existing === targetVar) return;
  if (existing && existing.exists() && !existing.linked) throw new TclError(`variable "${local}" already exists`, ['TCL', 'UPVAR', 'EXISTS']);
  targetVar.linked = true;
  interp.nsVars.set(key, targetVar);
}

/**
 * `variable name ?value? ...`: creates the namespace variable (relative to the current namespace)
 * and, in a proc body, makes the local name an alias of it.
 */
const variable: CommandDef = {
  name: 'variable',
  fn: (interp, argv) => {
    const frame = interp.frame;
    const inProc = frame !== interp.global && !(frame instanceof NamespaceFrame);
    for (let i = 1; i < argv.length; i += 2) {
      const name = str(argv[i]!);
      if (splitArrayName(name)[1] !== undefined) {
        throw new TclError(`can't define "${name}": name refers to an element in an array`, ['TCL', 'UPVAR', 'LOCAL_ELEMENT']);
      }
      const key = name.indexOf('::') >= 0 ? interp.namespaceVarKey(name, frame.ns) : frame.ns === '' ? name : `${frame.ns}::${name}`;
      const last = key.lastIndexOf('::');
      const info = interp.namespaces.get(last < 0 ? '' : key.slice(0, last));
      if (info === undefined && interp.dialect === 'tcl') {
        throw new TclError(`can't define "${name}": parent namespace doesn't exist`, ['TCL', 'LOOKUP', 'NAMESPACE', name]);
      }
      let target: Var;
      if (last < 0) target = interp.global.get(key);
      else {
        target = interp.nsVars.get(key) ?? new Var();
        interp.nsVars.set(key, target);
      }
      if (i + 1 < argv.length) writeScalar(target, name, argv[i + 1]!);
      else if (info !== undefined && last >= 0) info.declared.add(key.slice(last + 2));
      if (inProc) {
        const local = last < 0 ? key : key.slice(last + 2);
        const existing = frame.lookup(local);
        if (existing === target) continue;
        if (existing && existing.exists() && !existing.linked) throw new TclError(`variable "${local}" already exists`, ['TCL', 'UPVAR', 'EXISTS']);
        target.linked = true;
        frame.link(local, target);
      }
    }
    return '';
  },
};

export const varCommands: CommandDef[] = [set, incr, append, unset, global, upvar, variable];
