// Variables and call frames.
//
// Like Tcl's compiled locals, a frame keeps its variables in slots, and the names of the slots are
// fixed by a Layout shared by every frame that runs the same code (all calls of one proc, all
// connections of one virtual server). Code compiled against a layout reads `slots[i]` directly;
// code compiled without one (eval of a computed string) looks the name up in the layout.

import type { Interp } from './interp.js';
import type { Value } from './value.js';

export class Var {
  /** Scalar value; undefined when the variable does not exist as a scalar. */
  value: Value | undefined = undefined;
  /** Array elements; null when the variable is not an array. */
  arr: Map<string, Value> | null = null;
  /** Set by `upvar`/`global`: a link that `upvar` may not re-point to another variable. */
  linked = false;

  exists(): boolean {
    return this.value !== undefined || this.arr !== null;
  }
}

/** `upvar a(k) e`: a variable whose value is one element of an array variable. */
export function elementVar(array: Var, key: string): Var {
  const v = new Var();
  v.linked = true;
  Object.defineProperty(v, 'value', {
    get: () => array.arr?.get(key),
    set: (x: Value | undefined) => {
      if (x === undefined) {
        array.arr?.delete(key);
        return;
      }
      if (array.arr === null) array.arr = new Map();
      array.arr.set(key, x);
    },
  });
  return v;
}

export class Layout {
  readonly names = new Map<string, number>();
  slot(name: string): number {
    let i = this.names.get(name);
    if (i === undefined) {
      i = this.names.size;
      this.names.set(name, i);
    }
    return i;
  }
}

export interface ProcInfo {
  name: string;
  argv: Value[];
}

export class Frame {
  readonly slots: (Var | undefined)[] = [];
  constructor(
    readonly layout: Layout,
    /** 0 for the global frame, +1 per proc call (what `info level` and `upvar N` count). */
    readonly level: number,
    /** The frame of the caller, for upvar/uplevel. */
    readonly caller: Frame | null,
    readonly proc: ProcInfo | null,
    /** The current namespace of code running in this frame ('' for the global one, else `a::b`). */
    readonly ns: string = '',
  ) {}

  /** The variable in slot i, created (as "not existing yet") on first use. */
  at(i: number): Var {
    let v = this.slots[i];
    if (v === undefined) {
      v = new Var();
      this.slots[i] = v;
    }
    return v;
  }

  lookup(name: string): Var | undefined {
    const i = this.layout.names.get(name);
    return i === undefined ? undefined : this.slots[i];
  }

  /** The variable named `name`, created when missing. */
  get(name: string): Var {
    return this.at(this.layout.slot(name));
  }

  /** Makes `name` in this frame an alias of `target` (upvar, global). */
  link(name: string, target: Var): void {
    const i = this.layout.slot(name);
    this.slots[i] = target;
    (this.links ??= new Set()).add(i);
  }

  /** Whether `name` here is a link made by upvar/global (not a variable of this frame's own). */
  isLink(name: string): boolean {
    const i = this.layout.names.get(name);
    return i !== undefined && this.links !== null && this.links.has(i);
  }

  /** Slots made links by upvar/global: `info vars` lists them even before the target exists. */
  private links: Set<number> | null = null;

  /** Names of the variables that exist in this frame (links included). */
  varNames(): string[] {
    const out: string[] = [];
    for (const [name, i] of this.layout.names) {
      const v = this.slots[i];
      if (v && (v.exists() || this.links?.has(i))) out.push(name);
    }
    return out;
  }
}

/**
 * The frame `namespace eval` pushes: its variables are the namespace's variables. As in Tcl 8.6, an
 * unqualified name that the namespace does not have but the global namespace does means the global
 * variable ("creative writing"); otherwise it is created in the namespace.
 */
export class NamespaceFrame extends Frame {
  private readonly prefix: string;
  constructor(
    private readonly interp: Interp,
    ns: string,
    caller: Frame,
    proc: ProcInfo,
  ) {
    super(new Layout(), caller.level + 1, caller, proc, ns);
    this.prefix = ns + '::';
  }

  private own(name: string): Var | undefined {
    const v = this.interp.nsVars.get(this.prefix + name);
    if (v !== undefined && (v.exists() || this.interp.namespaces.get(this.ns)?.declared.has(name))) return v;
    return undefined;
  }

  override lookup(name: string): Var | undefined {
    if (this.ns === '') return this.interp.global.lookup(name);
    const own = this.own(name);
    if (own !== undefined) return own;
    const g = this.interp.global.lookup(name);
    return g !== undefined && g.exists() ? g : undefined;
  }

  override get(name: string): Var {
    if (this.ns === '') return this.interp.global.get(name);
    const found = this.lookup(name);
    if (found !== undefined) return found;
    let v = this.interp.nsVars.get(this.prefix + name);
    if (v === undefined) {
      v = new Var();
      this.interp.nsVars.set(this.prefix + name, v);
    }
    return v;
  }

  override at(i: number): Var {
    for (const [name, slot] of this.layout.names) if (slot === i) return this.get(name);
    return super.at(i);
  }

  override isLink(name: string): boolean {
    // A namespace's variables are its own (its links are not told apart).
    return this.ns === '' ? this.interp.global.isLink(name) : false;
  }

  override link(name: string, target: Var): void {
    if (this.ns === '') this.interp.global.link(name, target);
    else this.interp.nsVars.set(this.prefix + name, target);
  }

  /** `info vars` here: the namespace's variables and the global ones. */
  override varNames(): string[] {
    const out = namespaceVarNames(this.interp, this.ns);
    for (const n of this.interp.global.varNames()) if (!out.includes(n)) out.push(n);
    return out;
  }
}

/** Tails of the variables of namespace `ns` that exist (or are declared by `variable`). */
export function namespaceVarNames(interp: Interp, ns: string): string[] {
  if (ns === '') return interp.global.varNames();
  const prefix = ns + '::';
  const declared = interp.namespaces.get(ns)?.declared;
  const out: string[] = [];
  for (const [key, v] of interp.nsVars) {
    if (!key.startsWith(prefix)) continue;
    const tail = key.slice(prefix.length);
    if (tail.indexOf('::') >= 0) continue;
    if (v.exists() || declared?.has(tail)) out.push(tail);
  }
  return out;
}
