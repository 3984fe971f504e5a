// The Tcl interpreter: command table, frames and variables, completion codes, limits.
// It knows nothing of BIG-IP; the emulator adds its commands through the same registry.

import { Code, TclError, TclLimitError, wrongArgs } from './errors.js';
import { Frame, Layout, Var } from './frame.js';
import { setListStringLimit, str, type Value } from './value.js';
import { setIntegerBitLimit } from './expr/arith.js';
import { tryInt32 } from './strings/intarg.js';
import { DEFAULT_REGEX_STEPS, newRegexBudget, type RegexBudget } from './regex/match.js';
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
  /** The namespace the body runs in (qualified, without leading colons; '' is the global one). */
  ns?: string;
}

/** A namespace other than the global one: what `namespace` needs to remember about it. */
export interface NamespaceInfo {
  /** Qualified name without leading colons ('' for the global namespace). */
  name: string;
  /** `namespace export` patterns, in the order given. */
  exports: string[];
  /** `namespace path`: namespaces searched for commands after this one (qualified names). */
  path: string[];
  /** Variables declared with `variable NAME` (no value yet), by tail: they exist for name lookup. */
  declared: Set<string>;
  /** Keys of the ensemble commands bound to this namespace (deleted with it). */
  ensembles: string[];
}

/**
 * The budget of one run (a rule event in the emulator, a whole file in `irule eval`): untrusted
 * code cannot loop, recurse, allocate or compute without bound. Exceeding any part is a Tcl error
 * (TclLimitError) that the rule's own `catch`/`try` cannot intercept, with -errorcode
 * {IRULE LIMIT <budget>}. Defaults and overrides: docs/tcl.md "Budgets".
 */
export interface Limits {
  /** Steps per run: every command and expression operation (a big-integer one costs 8, plus 1 per 64 bits of its result). */
  maxCommands: number;
  /** Nesting of proc calls and evals. */
  maxDepth: number;
  /** Longest string a command may build (characters). */
  maxStringLength: number;
  /** Longest list a command may build (elements). */
  maxListLength: number;
  /** Widest integer an expression may build (bits). */
  maxIntegerBits: number;
  /** Wall-clock time per run (milliseconds). */
  maxMillis: number;
  /** Regex matcher steps per run, over all its regexp/regsub/switch/lsearch commands (src/tcl/regex/match.ts). */
  maxRegexSteps: number;
}

const DEFAULT_LIMITS: Limits = {
  maxCommands: 50_000_000,
  maxDepth: 1000,
  maxStringLength: 64 * 1024 * 1024,
  maxListLength: 4 * 1024 * 1024,
  maxIntegerBits: 1 << 22,
  maxMillis: 20_000,
  maxRegexSteps: DEFAULT_REGEX_STEPS,
};

/** Budget names as users write them (scenario `limits:`, `--limit NAME=N`) and in -errorcode. */
export const BUDGET_NAMES: Record<keyof Limits, string> = {
  maxCommands: 'steps',
  maxDepth: 'depth',
  maxStringLength: 'string',
  maxListLength: 'list',
  maxIntegerBits: 'integer-bits',
  maxMillis: 'time-ms',
  maxRegexSteps: 'regex-steps',
};

/** The Limits key a budget name means (`steps` -> maxCommands), or undefined. */
export function budgetKey(name: string): keyof Limits | undefined {
  return (Object.keys(BUDGET_NAMES) as (keyof Limits)[]).find((k) => BUDGET_NAMES[k] === name);
}

/** Steps between two looks at the clock (the hot path only compares a counter). */
const CHECK_INTERVAL = 4096;

/** Bulk work (characters, elements) between two readings of the clock: about a millisecond of building. */
const WORK_PER_CLOCK_CHECK = 1 << 20;

export function budgetError(name: keyof Limits, detail: string): TclLimitError {
  const key = BUDGET_NAMES[name];
  return new TclLimitError(`budget exceeded: ${key} (${detail})`, ['IRULE', 'LIMIT', key.toUpperCase()]);
}

export interface ReturnState {
  code: number;
  level: number;
  errorCode?: string;
  errorInfo?: string;
  /** The options given to `return` other than -code and -level (pairs, first position kept). */
  options?: Value[];
}

/** The options dict of a `return` that a catch or try took (Tcl 8.6's order). */
export function returnOptions(r: ReturnState): Value[] {
  const out: Value[] = r.options ? r.options.slice() : [];
  out.push('-code', r.code, '-level', r.level);
  if (r.code === Code.ERROR) {
    if (r.errorCode === undefined) out.push('-errorcode', 'NONE');
    out.push('-errorline', 1);
  }
  return out;
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
  /** Namespaces that exist, by qualified name without leading colons ('' is the global one). */
  readonly namespaces = new Map<string, NamespaceInfo>();
  /** The frame whose proc called `tailcall`, and the command to run when that proc returns. */
  tailcallFrame: Frame | null = null;
  tailcallArgv: Value[] | null = null;
  /** Non-OK completion of the last command: RETURN, BREAK or CONTINUE (errors are thrown). */
  signal: Code = Code.OK;
  /** Options of the pending `return`. */
  ret: ReturnState = { code: 0, level: 1 };
  depth = 0;
  commandCount = 0;
  /** What `info script` says: the file `irule eval` runs (tclsh's Tcl_FSEvalFile), else empty. */
  scriptFile = '';
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

  /** The step count at which the hot path calls checkpoint(): the next clock check or the budget. */
  maxCommands: number;
  /** Steps charged beyond commands (big-integer work) in this run. */
  extraSteps = 0;
  /** performance.now() past which this run is out of time. */
  deadline = 0;
  /** The regex work left in this run, shared by every match the run makes. */
  regexBudget: RegexBudget = newRegexBudget();

  constructor(limits: Partial<Limits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.maxCommands = 0;
    this.beginRun();
    // tclsh starts with these children of `::` (namespace children/exists see them).
    for (const ns of ['', 'tcl', 'oo', 'zlib']) this.namespaces.set(ns, newNamespaceInfo(ns));
  }

  // ---- commands ----------------------------------------------------------------------------------

  register(def: CommandDef): void {
    this.commands.set(def.name, def);
    this.epoch++;
  }

  define(name: string, fn: CommandFn, compile?: CompileHook): void {
    this.register(compile ? { name, fn, compile } : { name, fn });
  }

  /** The command `name` as seen from the global namespace (absolute or relative to `::`). */
  lookupCommand(name: string): CommandDef | undefined {
    let def = this.commands.get(name);
    if (def === undefined && name.startsWith('::')) def = this.commands.get(name.replace(/^::+/, ''));
    return def;
  }

  /** The command `name` as a call in the current frame sees it: Tcl's namespace resolution. */
  resolveCommand(name: string): CommandDef | undefined {
    const ns = this.frame.ns;
    return ns === '' ? this.lookupCommand(name) : this.lookupCommandIn(ns, name);
  }

  /** Resolution from namespace `ns`: that namespace, then its `namespace path`, then the global one. */
  lookupCommandIn(ns: string, name: string): CommandDef | undefined {
    if (ns === '' || name.startsWith('::')) return this.lookupCommand(name);
    const own = this.commands.get(ns + '::' + name);
    if (own !== undefined) return own;
    const path = this.namespaces.get(ns)?.path;
    if (path !== undefined) {
      for (const p of path) {
        const found = this.commands.get(p === '' ? name : p + '::' + name);
        if (found !== undefined) return found;
      }
    }
    return this.commands.get(name);
  }

  /** The key a new command called `name` gets when defined from namespace `ns`. */
  qualifyCommandName(name: string, ns: string = this.frame.ns): string {
    if (name.startsWith('::')) return name.replace(/^::+/, '');
    return ns === '' ? name : ns + '::' + name;
  }

  rename(from: string, to: string): void {
    const def = this.resolveCommand(from);
    if (!def) {
      throw new TclError(
        `can't ${to === '' ? 'delete' : 'rename'} "${from}": command doesn't exist`,
        ['TCL', 'LOOKUP', 'COMMAND', from],
      );
    }
    const target = to === '' ? '' : this.qualifyCommandName(to);
    if (to !== '' && this.commands.has(target)) throw new TclError(`can't rename to "${to}": command already exists`, ['TCL', 'OPERATION', 'RENAME', 'TARGET_EXISTS']);
    this.commands.delete(def.name);
    if (to !== '') {
      this.commands.set(target, { ...def, name: target });
      // A proc runs in the namespace its command is in, so a proc moved by rename moves with it.
      if (def.proc && this.dialect === 'tcl') def.proc.ns = target.lastIndexOf('::') < 0 ? '' : target.slice(0, target.lastIndexOf('::'));
    }
    this.epoch++;
  }

  /** Invokes a command by its words, as `eval` of a list would. */
  invoke(argv: Value[]): Value {
    const name = str(argv[0]!);
    const def = this.resolveCommand(name);
    if (!def) return this.unknownCommand(name, argv);
    return def.fn(this, argv);
  }

  /**
   * A command that does not exist. In plain Tcl a script's own `unknown` proc gets the words (as
   * TclNREvalObjv does with the namespace's unknown handler, `::unknown` by default); tclsh's library
   * `unknown` only autoloads, so without one of the script's the command is an invalid name.
   */
  unknownCommand(name: string, argv: Value[]): Value {
    if (this.dialect === 'tcl') {
      const handler = this.commands.get('unknown');
      if (handler !== undefined) return handler.fn(this, ['unknown', ...argv]);
    }
    throw new TclError(`invalid command name "${name}"`, ['TCL', 'LOOKUP', 'COMMAND', name]);
  }

  /** Starts a run with a fresh budget (steps, depth, time). */
  beginRun(): void {
    this.commandCount = 0;
    this.extraSteps = 0;
    this.depth = 0;
    this.deadline = performance.now() + this.limits.maxMillis;
    this.regexBudget = newRegexBudget(this.limits.maxRegexSteps);
    setIntegerBitLimit(this.limits.maxIntegerBits);
    setListStringLimit(this.limits.maxStringLength);
    this.bulkWork = 0;
    this.maxCommands = Math.min(CHECK_INTERVAL, this.limits.maxCommands);
  }

  /** Counts one command (for commands that run without going through a compiled call). */
  countCommand(): void {
    if (++this.commandCount > this.maxCommands) this.checkpoint();
  }

  /** Charges `n` steps of work that is not a command (big-integer arithmetic). */
  charge(n: number): void {
    this.extraSteps += n;
    this.maxCommands -= n;
    if (this.commandCount > this.maxCommands) this.checkpoint();
  }

  /** Called by the hot path when the step counter passes maxCommands: enforces steps and time. */
  checkpoint(): void {
    const used = this.commandCount + this.extraSteps;
    const max = this.limits.maxCommands;
    if (used > max) {
      this.maxCommands = this.commandCount; // keeps failing until the next beginRun()
      throw budgetError('maxCommands', `more than ${max} commands and expression steps in one run`);
    }
    if (performance.now() > this.deadline) {
      this.maxCommands = this.commandCount;
      throw budgetError('maxMillis', `ran longer than ${this.limits.maxMillis} ms`);
    }
    this.maxCommands = this.commandCount + Math.min(CHECK_INTERVAL, max - used);
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
      throw budgetError('maxStringLength', `a string of ${n} characters, more than ${this.limits.maxStringLength}`);
    }
    this.chargeWork(n);
  }

  checkListLength(n: number): void {
    if (n > this.limits.maxListLength) {
      throw budgetError('maxListLength', `a list of ${n} elements, more than ${this.limits.maxListLength}`);
    }
    this.chargeWork(n);
  }

  /** Characters or elements built since the clock was last read. */
  private bulkWork = 0;

  /**
   * Counts bulk work (a string or list of `units` built): every few million units the time budget is
   * checked, so that a run of few commands that each build megabytes (an `lrepeat` of a million in a
   * loop) still ends at `time-ms`, where the step count alone would let it run for minutes.
   */
  chargeWork(units: number): void {
    this.bulkWork += units;
    if (this.bulkWork < WORK_PER_CLOCK_CHECK) return;
    this.bulkWork = 0;
    if (performance.now() > this.deadline) {
      this.maxCommands = this.commandCount;
      throw budgetError('maxMillis', `ran longer than ${this.limits.maxMillis} ms`);
    }
  }

  // ---- variables ---------------------------------------------------------------------------------

  /** Called with the name whenever code reaches a variable of the global namespace by name (`::x`, `global x`). */
  onGlobalVar: ((name: string) => void) | null = null;

  /** Resolves a variable name in the current frame (`::x`, `ns::x` go to namespaces). */
  resolveVar(name: string, frame: Frame = this.frame): Var {
    if (name.indexOf('::') >= 0) return this.namespaceVar(name, frame);
    return frame.get(name);
  }

  /** The namespace variable a qualified name means from `frame` (created when missing). */
  namespaceVar(name: string, frame: Frame = this.frame): Var {
    const key = this.namespaceVarKey(name, frame.ns);
    if (key.indexOf('::') < 0) {
      if (this.onGlobalVar !== null) this.onGlobalVar(key);
      return this.global.get(key);
    }
    let v = this.nsVars.get(key);
    if (!v) {
      // tclsh refuses to create a variable in a namespace that does not exist (BIG-IP's
      // `static::` namespace exists implicitly, so only plain Tcl checks).
      if (this.dialect === 'tcl' && !this.namespaces.has(key.slice(0, key.lastIndexOf('::')))) return orphanVar(name);
      v = new Var();
      this.nsVars.set(key, v);
    }
    return v;
  }

  /** `::a::x` -> `a::x`; a relative `b::x` in namespace `a` -> `a::b::x` when `::a::b` exists, else `b::x`. */
  namespaceVarKey(name: string, ns: string): string {
    let i = 0;
    while (name.charCodeAt(i) === 58 /* : */) i++;
    if (i >= 2) return name.slice(i);
    if (ns === '') return name;
    const last = name.lastIndexOf('::');
    if (last <= 0) return ns + '::' + name;
    return this.namespaces.has(ns + '::' + name.slice(0, last)) ? ns + '::' + name : name;
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
    const r = this.optionalLevel(level, from);
    if (!r.consumed) throw levelError('1');
    return r.frame;
  }

  /**
   * TclObjGetFrame: reads the optional level word of upvar/uplevel. An integer >= 0 counts up
   * from `from`, `#N` is absolute; a word that is neither (and does not start with a digit) is
   * not a level, and the default level 1 applies (consumed = false). A bad or unreachable level
   * is `bad level "..."` with -errorcode {TCL LOOKUP LEVEL ...}.
   */
  optionalLevel(word: string | undefined, from: Frame = this.frame): { frame: Frame; consumed: boolean } {
    let target: number | null = null;
    let consumed = false;
    let name = word ?? '1';
    if (word !== undefined) {
      const n = tryInt32(word);
      if (n !== null && n >= 0) {
        target = from.level - n;
        consumed = true;
      } else if (word.charCodeAt(0) === 35 /* # */) {
        const abs = tryInt32(word.slice(1));
        if (abs === null || abs < 0) throw levelError(word);
        target = abs;
        consumed = true;
      } else if (/^[0-9]/.test(word)) {
        throw levelError(word);
      }
    }
    if (!consumed) {
      target = from.level - 1;
      name = '1';
    }
    let f: Frame | null = from;
    while (f && f.level > target!) f = f.caller;
    if (!f || f.level !== target) throw levelError(name);
    return { frame: f, consumed };
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

export function newNamespaceInfo(name: string): NamespaceInfo {
  return { name, exports: [], path: [], declared: new Set(), ensembles: [] };
}

/** A variable of a namespace that does not exist: reads find nothing, writes fail as in tclsh. */
function orphanVar(name: string): Var {
  const v = new Var();
  const refuse = (): never => {
    throw new TclError(`can't set "${name}": parent namespace doesn't exist`, ['TCL', 'LOOKUP', 'NAMESPACE', name]);
  };
  Object.defineProperty(v, 'value', { get: () => undefined, set: (x: Value | undefined) => (x === undefined ? undefined : refuse()) });
  Object.defineProperty(v, 'arr', { get: () => null, set: (x: unknown) => (x === null ? undefined : refuse()) });
  return v;
}

function levelError(name: string): TclError {
  return new TclError(`bad level "${name}"`, ['TCL', 'LOOKUP', 'LEVEL', name]);
}

/** `a(b)` -> ['a', 'b']; `a` -> ['a', undefined]. */
export function splitArrayName(name: string): [string, string | undefined] {
  if (name.charCodeAt(name.length - 1) !== 41 /* ) */) return [name, undefined];
  const open = name.indexOf('(');
  if (open < 0) return [name, undefined];
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
  if (v.arr !== null) throw new TclError(`can't set "${name}": variable is array`, ['TCL', 'WRITE', 'VARNAME']);
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
