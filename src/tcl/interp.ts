// The Tcl interpreter: command table, frames and variables, completion codes, limits.
// It knows nothing of BIG-IP; the emulator adds its commands through the same registry.

import { Code, TclError, TclLimitError, wrongArgs } from './errors.js';
import { Frame, Layout, Var } from './frame.js';
import { str, type Value } from './value.js';
import type { CompileContext, Exec } from './compile-types.js';
import type { Command as CommandNode } from '../syntax/ast.js';

export type CommandFn = (interp: Interp, argv: Value[]) => Value;

/** A compile hook turns a command with known words into a specialised closure (like Tcl's
 * compileProc); it returns null to fall back to a generic call. */
export type CompileHook = (node: CommandNode, words: Exec[], ctx: CompileContext) => Exec | null;

export interface CommandDef {
  name: string;
  fn: CommandFn;
  compile?: CompileHook;
  /** Set for procs defined by scripts. */
  proc?: ProcDef;
}

export interface ProcParam {
  name: string;
  default?: Value;
}

export interface ProcDef {
  name: string;
  params: ProcParam[];
  argsText: Value;
  body: Value;
  layout: Layout;
  compiled?: Exec;
  /** Source position of the body, when it was a literal in a parsed file. */
  bodyStart?: import('../syntax/ast.js').Pos;
  source?: string;
}

export interface Limits {
  /** Commands executed per top-level evaluation (a rule event, an eval file). */
  maxCommands: number;
  /** Nesting of proc calls and evals. */
  maxDepth: number;
  /** Longest string a command may build. */
  maxStringLength: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxCommands: 50_000_000,
  maxDepth: 1000,
  maxStringLength: 64 * 1024 * 1024,
};

export interface ReturnState {
  code: number;
  level: number;
  errorCode?: string;
  errorInfo?: string;
}

export class Interp {
  readonly commands = new Map<string, CommandDef>();
  /** Bumped whenever a command is (re)defined or removed, so call sites re-resolve. */
  epoch = 0;
  readonly globalLayout = new Layout();
  readonly global: Frame = new Frame(this.globalLayout, 0, null, null);
  frame: Frame = this.global;
  /** Namespace variables (`::ns::x`, `static::x`), by name without leading colons. */
  readonly nsVars = new Map<string, Var>();
  /** Non-OK completion of the last command: RETURN, BREAK or CONTINUE (errors are thrown). */
  signal: Code = Code.OK;
  /** Options of the pending `return`. */
  ret: ReturnState = { code: 0, level: 1 };
  depth = 0;
  commandCount = 0;
  limits: Limits;
  /** Output of `puts` (irule eval); BIG-IP has no stdout. */
  out: (s: string) => void = () => {};
  err: (s: string) => void = () => {};
  /** Extra state attached by embedders (the BIG-IP emulator keeps its context here). */
  host: unknown = undefined;
  dialect: 'tcl' | 'irule' = 'tcl';
  errorInfo = '';
  errorCode = 'NONE';
  /** Cache of scripts compiled from strings at run time (eval, uplevel, computed bodies). */
  readonly scriptCache = new Map<string, Exec>();
  readonly exprCache = new Map<string, Exec>();

  /** limits.maxCommands, kept in a field the hot path reads directly. */
  maxCommands: number;

  constructor(limits: Partial<Limits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.maxCommands = this.limits.maxCommands;
  }

  // ---- commands ----------------------------------------------------------------------------------

  register(def: CommandDef): void {
    this.commands.set(def.name, def);
    this.epoch++;
  }

  define(name: string, fn: CommandFn, compile?: CompileHook): void {
    this.register(compile ? { name, fn, compile } : { name, fn });
  }

  lookupCommand(name: string): CommandDef | undefined {
    let def = this.commands.get(name);
    if (def === undefined && name.startsWith('::')) def = this.commands.get(name.replace(/^::+/, ''));
    return def;
  }

  rename(from: string, to: string): void {
    const def = this.lookupCommand(from);
    if (!def) {
      throw new TclError(
        `can't ${to === '' ? 'delete' : 'rename'} "${from}": command doesn't exist`,
        ['TCL', 'LOOKUP', 'COMMAND', from],
      );
    }
    if (to !== '' && this.lookupCommand(to)) throw new TclError(`can't rename to "${to}": command already exists`, ['TCL', 'OPERATION', 'RENAME', 'TARGET_EXISTS']);
    this.commands.delete(def.name);
    if (to !== '') this.commands.set(to.replace(/^::+/, ''), { ...def, name: to.replace(/^::+/, '') });
    this.epoch++;
  }

  /** Invokes a command by its words, as `eval` of a list would. */
  invoke(argv: Value[]): Value {
    const name = str(argv[0]!);
    const def = this.lookupCommand(name);
    if (!def) return this.unknownCommand(name, argv);
    return def.fn(this, argv);
  }

  unknownCommand(name: string, _argv: Value[]): never {
    throw new TclError(`invalid command name "${name}"`, ['TCL', 'LOOKUP', 'COMMAND', name]);
  }

  countCommand(): void {
    if (++this.commandCount > this.limits.maxCommands) {
      throw new TclLimitError(`command limit exceeded: more than ${this.limits.maxCommands} commands`, ['IRULE', 'LIMIT', 'COMMANDS']);
    }
  }

  enter(): void {
    if (++this.depth > this.limits.maxDepth) {
      this.depth--;
      throw new TclError('too many nested evaluations (infinite loop?)', ['TCL', 'LIMIT', 'STACK']);
    }
  }

  leave(): void {
    this.depth--;
  }

  checkLength(n: number): void {
    if (n > this.limits.maxStringLength) {
      throw new TclLimitError(`string too long: ${n} characters (limit ${this.limits.maxStringLength})`, ['IRULE', 'LIMIT', 'STRING']);
    }
  }

  // ---- variables ---------------------------------------------------------------------------------

  /** Resolves a variable name in the current frame (`::x`, `ns::x` go to namespaces). */
  resolveVar(name: string, frame: Frame = this.frame): Var {
    if (name.indexOf('::') >= 0) return this.namespaceVar(name);
    return frame.get(name);
  }

  namespaceVar(name: string): Var {
    const bare = name.replace(/^::+/, '');
    if (bare.indexOf('::') < 0) return this.global.get(bare);
    let v = this.nsVars.get(bare);
    if (!v) {
      v = new Var();
      this.nsVars.set(bare, v);
    }
    return v;
  }

  getVar(name: string): Value {
    const [base, index] = splitArrayName(name);
    return index === undefined ? readScalar(this.resolveVar(base), name) : readElement(this.resolveVar(base), base, index);
  }

  setVar(name: string, value: Value): Value {
    const [base, index] = splitArrayName(name);
    return index === undefined ? writeScalar(this.resolveVar(base), name, value) : writeElement(this.resolveVar(base), base, index, value);
  }

  varExists(name: string): boolean {
    const [base, index] = splitArrayName(name);
    const v = name.indexOf('::') >= 0 ? this.namespaceVar(base) : this.frame.lookup(base);
    if (!v) return false;
    if (index === undefined) return v.exists();
    return v.arr !== null && v.arr.has(index);
  }

  unsetVar(name: string, complain = true): void {
    const [base, index] = splitArrayName(name);
    const v = base.indexOf('::') >= 0 ? this.namespaceVar(base) : this.frame.lookup(base);
    if (index === undefined) {
      if (!v || !v.exists()) {
        if (complain) throw new TclError(`can't unset "${name}": no such variable`, ['TCL', 'LOOKUP', 'VARNAME', name]);
        return;
      }
      v.value = undefined;
      v.arr = null;
      return;
    }
    if (!v || v.arr === null) {
      if (complain) {
        const why = v && v.exists() ? "variable isn't array" : 'no such variable';
        throw new TclError(`can't unset "${name}": ${why}`, ['TCL', 'LOOKUP', 'VARNAME', base]);
      }
      return;
    }
    if (!v.arr.delete(index) && complain) {
      throw new TclError(`can't unset "${name}": no such element in array`, ['TCL', 'LOOKUP', 'ELEMENT', base, index]);
    }
  }

  /** The frame `level` names (as upvar/uplevel read it: "1", "#0", ...). */
  frameAt(level: string, from: Frame = this.frame): Frame {
    let target: number;
    if (level.startsWith('#')) {
      target = parseLevel(level.slice(1), level);
    } else {
      target = from.level - parseLevel(level, level);
    }
    if (target < 0 || target > from.level) throw new TclError(`bad level "${level}"`, ['TCL', 'VALUE', 'STACKLEVEL']);
    let f: Frame | null = from;
    while (f && f.level > target) f = f.caller;
    if (!f) throw new TclError(`bad level "${level}"`, ['TCL', 'VALUE', 'STACKLEVEL']);
    return f;
  }

  /** Runs `fn` with `frame` as the current frame. */
  inFrame<T>(frame: Frame, fn: () => T): T {
    const saved = this.frame;
    this.frame = frame;
    try {
      return fn();
    } finally {
      this.frame = saved;
    }
  }

  /** The message of `return -code`/`break`/`continue` escaping where they make no sense. */
  static signalMessage(code: Code): string {
    return code === Code.BREAK ? 'invoked "break" outside of a loop' : code === Code.CONTINUE ? 'invoked "continue" outside of a loop' : '';
  }
}

function parseLevel(s: string, original: string): number {
  if (!/^\d+$/.test(s)) throw new TclError(`bad level "${original}"`, ['TCL', 'VALUE', 'STACKLEVEL']);
  return parseInt(s, 10);
}

/** `a(b)` -> ['a', 'b']; `a` -> ['a', undefined]. */
export function splitArrayName(name: string): [string, string | undefined] {
  if (name.charCodeAt(name.length - 1) !== 41 /* ) */) return [name, undefined];
  const open = name.indexOf('(');
  if (open <= 0) return [name, undefined];
  return [name.slice(0, open), name.slice(open + 1, -1)];
}

export function readScalar(v: Var, name: string): Value {
  const x = v.value;
  if (x !== undefined) return x;
  if (v.arr !== null) throw new TclError(`can't read "${name}": variable is array`, ['TCL', 'READ', 'VARNAME']);
  throw new TclError(`can't read "${name}": no such variable`, ['TCL', 'LOOKUP', 'VARNAME', name]);
}

export function readElement(v: Var, base: string, index: string): Value {
  if (v.arr === null) {
    const why = v.value !== undefined ? "variable isn't array" : 'no such variable';
    throw new TclError(`can't read "${base}(${index})": ${why}`, ['TCL', 'LOOKUP', 'VARNAME', base]);
  }
  const x = v.arr.get(index);
  if (x === undefined) throw new TclError(`can't read "${base}(${index})": no such element in array`, ['TCL', 'READ', 'VARNAME']);
  return x;
}

export function writeScalar(v: Var, name: string, value: Value): Value {
  if (v.arr !== null) throw new TclError(`can't set "${name}": variable is array`, ['TCL', 'WRITE', 'ARRAY']);
  v.value = value;
  return value;
}

export function writeElement(v: Var, base: string, index: string, value: Value): Value {
  if (v.arr === null) {
    if (v.value !== undefined) throw new TclError(`can't set "${base}(${index})": variable isn't array`, ['TCL', 'LOOKUP', 'VARNAME', base]);
    v.arr = new Map();
  }
  v.arr.set(index, value);
  return value;
}

export { wrongArgs };
