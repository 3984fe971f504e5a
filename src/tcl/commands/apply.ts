// Running code in other ways: apply (anonymous procs), tailcall, time, and after (eval only).

import { evalValue } from '../compile.js';
import { Code, TclError, wrongArgs } from '../errors.js';
import { Layout, NamespaceFrame } from '../frame.js';
import type { CommandDef, Interp, ProcDef } from '../interp.js';
import { getSmallInt, parseInt_ } from '../numbers.js';
import { TclDouble, str, toList, type Value } from '../value.js';
import { callProc, markLambda, parseParams } from './procs.js';

// ---- apply ---------------------------------------------------------------------------------------

/** Lambdas parsed (and, on first call, compiled) once per text, per interpreter. */
const lambdaCache = new WeakMap<Interp, Map<string, { def: ProcDef; ns: string }>>();

function notLambda(text: string): TclError {
  return new TclError(`can't interpret "${text}" as a lambda expression`, ['TCL', 'VALUE', 'LAMBDA']);
}

function lambdaOf(interp: Interp, lambda: Value): { def: ProcDef; ns: string } {
  const text = str(lambda);
  let cache = lambdaCache.get(interp);
  if (cache === undefined) {
    cache = new Map();
    lambdaCache.set(interp, cache);
  }
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let parts: Value[];
  try {
    parts = toList(lambda);
  } catch {
    throw notLambda(text);
  }
  if (parts.length !== 2 && parts.length !== 3) throw notLambda(text);
  const params = parseParams('apply', parts[0]!);
  const layout = new Layout();
  for (const p of params) layout.slot(p.name);
  // The namespace of a lambda is relative to the global namespace.
  const ns = parts.length === 3 ? str(parts[2]!).replace(/^::+/, '') : '';
  const def: ProcDef = { name: 'apply', params, argsText: parts[0]!, body: parts[1]!, layout, ns };
  markLambda(def);
  const entry = { def, ns };
  if (cache.size > 1000) cache.clear();
  cache.set(text, entry);
  return entry;
}

const apply: CommandDef = {
  name: 'apply',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('apply lambdaExpr ?arg ...?');
    const { def, ns } = lambdaOf(interp, argv[1]!);
    if (!interp.namespaces.has(ns) && interp.dialect === 'tcl') throw new TclError(`namespace "::${ns}" not found`, ['TCL', 'LOOKUP', 'NAMESPACE', ns]);
    return callProc(interp, def, argv);
  },
};

// ---- tailcall ------------------------------------------------------------------------------------

/**
 * `tailcall cmd ?arg ...?`: the current proc returns, and `cmd` runs in its place (in the caller's
 * frame, resolved in the proc's namespace). callProc runs it once the proc's frame is gone.
 */
const tailcall: CommandDef = {
  name: 'tailcall',
  fn: (interp, argv) => {
    const frame = interp.frame;
    if (frame.proc === null || frame instanceof NamespaceFrame) {
      throw new TclError('tailcall can only be called from a proc, lambda or method', ['TCL', 'TAILCALL', 'ILLEGAL']);
    }
    if (argv.length > 1) {
      interp.tailcallFrame = frame;
      interp.tailcallArgv = argv.slice(1);
    }
    interp.signal = Code.RETURN;
    interp.ret = { code: Code.OK, level: 1 };
    return '';
  },
};

// ---- time ----------------------------------------------------------------------------------------

const time: CommandDef = {
  name: 'time',
  fn: (interp, argv) => {
    if (argv.length !== 2 && argv.length !== 3) throw wrongArgs('time command ?count?');
    const count = argv.length === 3 ? getSmallInt(argv[2]!) : 1;
    const script = argv[1]!;
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      interp.countCommand(); // `time {} 1e9` must still hit the command limit
      const r = evalValue(interp, script);
      if (interp.signal !== Code.OK) return r;
    }
    const micros = (performance.now() - start) * 1000;
    // As Tcl: a whole number for one run, a double (per iteration) for more.
    const per: Value = count <= 1 ? (count <= 0 ? 0 : Math.trunc(micros)) : new TclDouble(micros / count);
    return `${str(per)} microseconds per iteration`;
  },
};

// ---- after ---------------------------------------------------------------------------------------

/**
 * `after ms` waits in tclsh; `irule eval` has nothing to wait for, so it returns at once (a sleep
 * would only let an untrusted script stall the process). The forms that schedule scripts need
 * an event loop, which there is not: they fail loudly rather than silently never running.
 */
const after: CommandDef = {
  name: 'after',
  fn: (_interp, argv) => {
    if (argv.length < 2) throw wrongArgs('after option ?arg ...?');
    const first = str(argv[1]!);
    const ms = parseInt_(first);
    if (ms === null && !['cancel', 'idle', 'info'].includes(first)) {
      throw new TclError(`bad argument "${first}": must be cancel, idle, info, or an integer`, ['TCL', 'LOOKUP', 'INDEX', 'argument', first]);
    }
    if (ms !== null && argv.length === 2) return '';
    throw new TclError(`after ${ms !== null ? 'ms script' : first}: not supported, irule eval has no event loop (only "after ms" is)`, ['IRULE', 'UNSUPPORTED', 'after']);
  },
};

export const applyCommands: CommandDef[] = [apply, tailcall, time];
/** Only for `irule eval`: BIG-IP's `after` is its own command (see the catalog). */
export const evalOnlyApplyCommands: CommandDef[] = [after];
