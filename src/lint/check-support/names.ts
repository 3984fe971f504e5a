// What a command name means to BIG-IP: a catalog command, a Tcl core command, a disabled or
// missing (Tcl 8.5+) Tcl command, a proc of the file; near-miss suggestions by edit distance.

import { literalValue, type Command, type Word } from '../../syntax/ast.js';
import type { RuleFile } from '../../syntax/irule.js';
import { parseScript } from '../../syntax/parser.js';
import {
  COMMANDS, EVENT_NAMES, TCL_CORE_COMMANDS, TCL_DISABLED_COMMANDS, TCL_UNAVAILABLE_COMMANDS, lookupCommand,
  type CommandSpec,
} from '../../model/index.js';
import { bareName, commandName } from './traverse.js';

const CORE = new Set(TCL_CORE_COMMANDS);
export const DISABLED = new Set(TCL_DISABLED_COMMANDS);
const UNAVAILABLE = new Set(TCL_UNAVAILABLE_COMMANDS);

/** Edit distance with adjacent transpositions (optimal string alignment), giving up (returning max + 1) once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

/** The closest candidate (case-insensitive distance, ties broken by exact-case distance), or undefined. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const max = name.length <= 4 ? 1 : name.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestD = max + 1;
  let bestExact = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(lower, c.toLowerCase(), max);
    if (d > max || d > bestD) continue;
    const exact = editDistance(name, c, Infinity);
    if (d < bestD || exact < bestExact) {
      best = c;
      bestD = d;
      bestExact = exact;
    }
  }
  return best;
}

const suggestionCache = new Map<string, string | undefined>();
let commandCandidates: string[] | undefined;

/** A catalog or core command close to `name` (cached per name). */
export function suggestCommand(name: string): string | undefined {
  if (suggestionCache.has(name)) return suggestionCache.get(name);
  commandCandidates ??= [...COMMANDS.keys(), ...TCL_CORE_COMMANDS];
  const ns = name.includes('::') ? name.slice(0, name.lastIndexOf('::')).toLowerCase() : null;
  // Namespaced names are compared with namespaced commands only (and vice versa): `HTTP::heade`
  // should not suggest a global command, nor `sett` an `X::set`.
  const pool = commandCandidates.filter((c) => (ns === null ? !c.includes('::') : c.includes('::')));
  const s = nearest(name, pool);
  suggestionCache.set(name, s);
  return s;
}

const eventSuggestions = new Map<string, string | undefined>();
export function suggestEvent(name: string): string | undefined {
  if (!eventSuggestions.has(name)) {
    const upper = name.toUpperCase();
    eventSuggestions.set(name, EVENT_NAMES.has(upper) ? upper : nearest(name, EVENT_NAMES));
  }
  return eventSuggestions.get(name);
}

export interface ProcInfo {
  name: string;
  /** Argument count bounds, or null when the argument list cannot be read. */
  min: number;
  max: number | null;
  arity: boolean;
}

const procCache = new WeakMap<RuleFile, Map<string, ProcInfo>>();

/** The procs defined in the file, by name (also by the last `::` segment of a qualified name). */
export function fileProcs(file: RuleFile): Map<string, ProcInfo> {
  let m = procCache.get(file);
  if (m) return m;
  m = new Map();
  for (const rule of file.rules) {
    for (const p of rule.procs) {
      if (!p.name) continue;
      const info = procArity(p.name, p.args);
      m.set(p.name, info);
      const n = bareName(p.name);
      m.set(n, info);
      const last = n.includes('::') ? n.slice(n.lastIndexOf('::') + 2) : n;
      if (!m.has(last)) m.set(last, info);
    }
  }
  procCache.set(file, m);
  return m;
}

function procArity(name: string, args: Word): ProcInfo {
  const text = literalValue(args);
  const unknown: ProcInfo = { name, min: 0, max: null, arity: false };
  if (text === undefined) return unknown;
  if (/[[$\\"]/.test(text)) return unknown;
  const s = parseScript(text, { dialect: 'tcl' });
  if (s.errors.length > 0) return unknown;
  const words = s.commands.flatMap((c) => c.words);
  let min = 0;
  let max: number | null = 0;
  let optional = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const v = literalValue(w);
    if (v === undefined) return unknown;
    const parts = v.trim().split(/\s+/);
    if (i === words.length - 1 && v === 'args') {
      max = null;
      break;
    }
    if (parts.length >= 2) optional = true;
    else if (optional) return unknown; // a required argument after an optional one: let Tcl decide
    else min++;
    max = (max ?? 0) + 1;
  }
  return { name, min, max, arity: true };
}

/** How BIG-IP would see a command name. */
export type NameKind = 'catalog' | 'core' | 'disabled' | 'unavailable' | 'proc' | 'unknown';

export function classify(name: string, procs: Map<string, ProcInfo>): NameKind {
  const n = bareName(name);
  const spec = lookupCommand(n);
  if (spec) return spec.disabled ? 'disabled' : 'catalog';
  if (CORE.has(n)) return 'core';
  if (DISABLED.has(n)) return 'disabled';
  if (UNAVAILABLE.has(n)) return 'unavailable';
  if (procs.has(name) || procs.has(n)) return 'proc';
  return 'unknown';
}

/** The subcommand word of a call when literal (first argument). */
function subcommandOf(cmd: Command): string | undefined {
  const w = cmd.words[1];
  return w ? literalValue(w) : undefined;
}

/** Does this command return data the client controls (a taint source), per the catalog? */
export function isClientControlled(cmd: Command): boolean {
  const name = commandName(cmd);
  if (name === undefined) return false;
  const spec: CommandSpec | undefined = lookupCommand(name);
  if (!spec) return false;
  if (spec.subcommands) {
    const sub = subcommandOf(cmd);
    const s = sub !== undefined ? spec.subcommands[sub] : undefined;
    if (s) return s.clientControlled ?? false;
    if (sub !== undefined && spec.subcommandOptional && spec.defaultSubcommand) {
      return spec.subcommands[spec.defaultSubcommand]?.clientControlled ?? spec.clientControlled ?? false;
    }
  }
  return spec.clientControlled ?? false;
}
