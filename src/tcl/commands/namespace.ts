// namespace (eval current qualifiers tail exists delete children parent code inscope which origin
// export import forget path upvar ensemble).
//
// Names: a namespace is known by its qualified name without leading colons ('' is `::`); commands
// and namespace variables are keyed the same way (`a::b::cmd`, `a::b::var`, see Interp).

import { evalValue } from '../compile.js';
import { TclError, wrongArgs } from '../errors.js';
import { NamespaceFrame, Var, namespaceVarNames } from '../frame.js';
import { newNamespaceInfo, splitArrayName, type CommandDef, type Interp, type NamespaceInfo } from '../interp.js';
import { getBoolean } from '../numbers.js';
import { globMatch } from '../strings/glob.js';
import { TclList, str, toList, type Value } from '../value.js';

// ---- names ---------------------------------------------------------------------------------------

/** `a` -> `::a`; '' -> `::`. */
export function absName(key: string): string {
  return '::' + key;
}

/** `a:::b::` -> `a::b`: the key of a qualified name (separators of two or more colons). */
function normalize(name: string): string {
  return name
    .split(/::+/)
    .filter((p) => p !== '')
    .join('::');
}

/** The key `name` means from namespace `from` (relative names are children of `from`). */
export function qualify(name: string, from: string): string {
  if (name.startsWith('::')) return normalize(name);
  const rel = normalize(name);
  if (from === '') return rel;
  return rel === '' ? from : `${from}::${rel}`;
}

/** The namespace a pattern's qualifiers mean (`info commands a::*`): relative, then global. */
export function patternNamespace(interp: Interp, pattern: string): string | undefined {
  const q = qualifiersOf(pattern);
  if (pattern.startsWith('::') && q === '') return '';
  const key = qualify(q, interp.frame.ns);
  if (interp.namespaces.has(key)) return key;
  const g = qualify(q, '');
  return interp.namespaces.has(g) ? g : undefined;
}

/** The existing namespace `name` means from the current one (no fallback to `::`), or undefined. */
function findNamespace(interp: Interp, name: string): string | undefined {
  const key = qualify(name, interp.frame.ns);
  return interp.namespaces.has(key) ? key : undefined;
}

function notFound(interp: Interp, name: string): TclError {
  const where = name.startsWith('::') ? '' : ` in "${absName(interp.frame.ns)}"`;
  return new TclError(`namespace "${name}" not found${where}`, ['TCL', 'LOOKUP', 'NAMESPACE', name]);
}

function requireNamespace(interp: Interp, name: string): string {
  const key = findNamespace(interp, name);
  if (key === undefined) throw notFound(interp, name);
  return key;
}

/** `namespace qualifiers`: everything before the last `::` (and the colons before it). */
function qualifiersOf(name: string): string {
  let p = name.length - 1;
  while (p > 0) {
    if (name[p] === ':' && name[p - 1] === ':') {
      p -= 2;
      while (p >= 0 && name[p] === ':') p--;
      return name.slice(0, p + 1);
    }
    p--;
  }
  return '';
}

/** `namespace tail`: everything after the last `::`. */
export function tailOf(name: string): string {
  const i = name.lastIndexOf('::');
  return i < 0 ? name : name.slice(i + 2);
}

/** Creates namespace `key` and its missing ancestors. */
function ensureNamespace(interp: Interp, key: string): NamespaceInfo {
  let info = interp.namespaces.get(key);
  if (info !== undefined) return info;
  const i = key.lastIndexOf('::');
  if (i > 0) ensureNamespace(interp, key.slice(0, i));
  info = newNamespaceInfo(key);
  interp.namespaces.set(key, info);
  return info;
}

function parentOf(key: string): string {
  const i = key.lastIndexOf('::');
  return i < 0 ? '' : key.slice(0, i);
}

/** Tcl's concat of words (as `eval` and `namespace eval` join them). */
function concat(words: Value[]): Value {
  if (words.length === 1) return words[0]!;
  const parts: string[] = [];
  for (const w of words) {
    const s = str(w).trim();
    if (s !== '') parts.push(s);
  }
  return parts.join(' ');
}

/** Runs `script` in namespace `key`, in a new frame whose variables are the namespace's. */
function evalInNamespace(interp: Interp, key: string, script: Value, argv: Value[], what: string): Value {
  const frame = new NamespaceFrame(interp, key, interp.frame, { name: 'namespace', argv });
  const saved = interp.frame;
  interp.frame = frame;
  try {
    return evalValue(interp, script);
  } catch (e) {
    if (e instanceof TclError) e.errorInfo += `\n    (in namespace ${what} "${absName(key)}" script line 1)`;
    throw e;
  } finally {
    interp.frame = saved;
  }
}

// ---- commands of a namespace ---------------------------------------------------------------------

/** Commands created by `namespace import`, to their original's key. */
const importOrigin = new WeakMap<CommandDef, string>();

/** Keys and tails of the commands directly in namespace `key`. */
export function commandsIn(interp: Interp, key: string): [string, string][] {
  const out: [string, string][] = [];
  if (key === '') {
    for (const k of interp.commands.keys()) if (k.indexOf('::') < 0) out.push([k, k]);
    return out;
  }
  const prefix = key + '::';
  for (const k of interp.commands.keys()) {
    if (k.startsWith(prefix) && k.indexOf('::', prefix.length) < 0) out.push([k, k.slice(prefix.length)]);
  }
  return out;
}

function isExported(info: NamespaceInfo, tail: string): boolean {
  return info.exports.some((p) => globMatch(p, tail, false));
}

function deleteNamespace(interp: Interp, key: string): void {
  const prefix = key + '::';
  const inside = (k: string) => k === key || k.startsWith(prefix);
  for (const [k, info] of interp.namespaces) {
    if (!inside(k)) continue;
    // An ensemble goes with its namespace, wherever its command lives.
    for (const cmd of info.ensembles) {
      const def = interp.commands.get(cmd);
      if (def !== undefined && ensembles.get(def)?.ns === k) interp.commands.delete(cmd);
    }
    interp.namespaces.delete(k);
  }
  for (const [k, def] of interp.commands) {
    const origin = importOrigin.get(def);
    if (k.startsWith(prefix) || (origin !== undefined && origin.startsWith(prefix))) interp.commands.delete(k);
  }
  for (const k of interp.nsVars.keys()) if (k.startsWith(prefix)) interp.nsVars.delete(k);
  interp.epoch++;
}

// ---- ensembles -----------------------------------------------------------------------------------

interface Ensemble {
  ns: string;
  /** -map: subcommand -> command prefix. */
  map: Map<string, Value[]> | null;
  /** -subcommands: the allowed subcommands (looked up in -map, else as commands of ns). */
  subcommands: string[] | null;
  prefixes: boolean;
  /** The subcommand table, valid while interp.epoch is unchanged (exports bump the epoch). */
  table: Map<string, Value[]> | null;
  epoch: number;
}

const ensembles = new WeakMap<CommandDef, Ensemble>();

function ensembleTable(interp: Interp, e: Ensemble): Map<string, Value[]> {
  if (e.table !== null && e.epoch === interp.epoch) return e.table;
  const table = new Map<string, Value[]>();
  const own = (name: string): Value[] => [`${absName(e.ns)}${e.ns === '' ? '' : '::'}${name}`];
  if (e.subcommands !== null) {
    for (const s of e.subcommands) table.set(s, e.map?.get(s) ?? own(s));
  } else if (e.map !== null) {
    for (const [s, prefix] of e.map) table.set(s, prefix);
  } else {
    const info = interp.namespaces.get(e.ns);
    if (info !== undefined) for (const [, tail] of commandsIn(interp, e.ns)) if (isExported(info, tail)) table.set(tail, own(tail));
  }
  e.table = table;
  e.epoch = interp.epoch;
  return table;
}

/** "a", "a, or b", "a, b, or c": how Tcl's ensembles list their subcommands. */
function orList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, or ${names[names.length - 1]}`;
}

function callEnsemble(interp: Interp, e: Ensemble, argv: Value[]): Value {
  const invoked = str(argv[0]!);
  if (argv.length < 2) throw wrongArgs(`${invoked} subcommand ?arg ...?`);
  const table = ensembleTable(interp, e);
  const sub = str(argv[1]!);
  let full = table.has(sub) ? sub : undefined;
  if (full === undefined && e.prefixes && sub !== '') {
    const hits = [...table.keys()].filter((k) => k.startsWith(sub));
    if (hits.length === 1) full = hits[0];
  }
  if (full === undefined) {
    const names = [...table.keys()].sort();
    throw new TclError(`unknown or ambiguous subcommand "${sub}": must be ${orList(names)}`, ['TCL', 'LOOKUP', 'SUBCOMMAND', sub]);
  }
  const prefix = table.get(full)!;
  const target = str(prefix[0]!);
  const def = interp.lookupCommandIn(e.ns, target);
  const words = [...prefix, ...argv.slice(2)];
  if (def === undefined) return interp.unknownCommand(target, words);
  interp.enter(); // an ensemble mapped onto itself must hit the nesting limit, not the JS stack
  try {
    return def.fn(interp, words);
  } catch (err) {
    // The target's own wrong # args names the ensemble: `e add a b`, not `::e::add a b` (the
    // words of the usage that the command and the -map prefix account for are replaced).
    const head = 'wrong # args: should be "';
    if (err instanceof TclError && !err.traced && err.message.startsWith(head) && err.message.endsWith('"')) {
      const words = err.message.slice(head.length, -1).match(/\?[^?]*\?|\S+/g) ?? [];
      if (words.length >= prefix.length) {
        throw new TclError(`${head}${[invoked, full, ...words.slice(prefix.length)].join(' ')}"`, err.errorCode);
      }
    }
    throw err;
  } finally {
    interp.leave();
  }
}

const ENSEMBLE_OPTIONS = ['-command', '-map', '-parameters', '-prefixes', '-subcommands', '-unknown'];

function ensembleOption(s: string): string {
  if (ENSEMBLE_OPTIONS.includes(s)) return s;
  throw new TclError(`bad option "${s}": must be ${orList(ENSEMBLE_OPTIONS)}`, ['TCL', 'LOOKUP', 'INDEX', 'option', s]);
}

function parseMap(v: Value): Map<string, Value[]> {
  const items = toList(v);
  if (items.length % 2 !== 0) throw new TclError('missing value to go with key', ['TCL', 'VALUE', 'DICTIONARY']);
  const map = new Map<string, Value[]>();
  for (let i = 0; i < items.length; i += 2) {
    const prefix = toList(items[i + 1]!);
    if (prefix.length === 0) throw new TclError('ensemble subcommand implementations must be non-empty lists', ['TCL', 'ENSEMBLE', 'EMPTY_TARGET']);
    map.set(str(items[i]!), prefix);
  }
  return map;
}

function setEnsembleOption(interp: Interp, e: Ensemble, opt: string, value: Value): void {
  switch (opt) {
    case '-map':
      e.map = toList(value).length === 0 ? null : parseMap(value);
      break;
    case '-subcommands': {
      const subs = toList(value).map(str);
      e.subcommands = subs.length === 0 ? null : subs;
      break;
    }
    case '-prefixes':
      e.prefixes = getBoolean(value);
      break;
    case '-parameters':
    case '-unknown':
      if (str(value) !== '') throw new TclError(`namespace ensemble ${opt} is not supported in irule`, ['IRULE', 'UNSUPPORTED', 'namespace', opt]);
      break;
    default:
      throw new TclError(`option ${opt} is read-only`, ['TCL', 'ENSEMBLE', 'READ_ONLY']);
  }
  e.table = null;
  void interp;
}

function ensembleOptions(e: Ensemble): Value[] {
  const map: Value[] = [];
  if (e.map) for (const [k, v] of e.map) map.push(k, new TclList(v));
  return ['-map', new TclList(map), '-namespace', absName(e.ns), '-parameters', '', '-prefixes', e.prefixes ? 1 : 0, '-subcommands', new TclList(e.subcommands ?? []), '-unknown', ''];
}

function ensembleOf(interp: Interp, name: string): Ensemble {
  const def = interp.resolveCommand(name);
  const e = def && ensembles.get(def);
  if (!e) throw new TclError(`"${name}" is not an ensemble command`, ['TCL', 'LOOKUP', 'ENSEMBLE', name]);
  return e;
}

function namespaceEnsemble(interp: Interp, argv: Value[]): Value {
  if (argv.length < 3) throw wrongArgs('namespace ensemble subcommand ?arg ...?');
  const sub = pickSubcommand(str(argv[2]!), ['configure', 'create', 'exists'], 'subcommand', false);
  if (sub === 'exists') {
    if (argv.length !== 4) throw wrongArgs('namespace ensemble exists cmdname');
    const def = interp.resolveCommand(str(argv[3]!));
    return def !== undefined && ensembles.has(def) ? 1 : 0;
  }
  if (sub === 'create') {
    const ns = interp.frame.ns;
    const e: Ensemble = { ns, map: null, subcommands: null, prefixes: true, table: null, epoch: -1 };
    let key = ns;
    if ((argv.length - 3) % 2 !== 0) throw wrongArgs('namespace ensemble create ?option value ...?');
    for (let i = 3; i < argv.length; i += 2) {
      const opt = ensembleOption(str(argv[i]!));
      if (opt === '-command') key = interp.qualifyCommandName(str(argv[i + 1]!));
      else setEnsembleOption(interp, e, opt, argv[i + 1]!);
    }
    const def: CommandDef = { name: key, fn: (it, args) => callEnsemble(it, e, args) };
    ensembles.set(def, e);
    interp.register(def);
    interp.namespaces.get(ns)?.ensembles.push(key);
    return absName(key);
  }
  // configure
  if (argv.length < 4) throw wrongArgs('namespace ensemble configure cmdname ?-option value ...? ?arg ...?');
  const e = ensembleOf(interp, str(argv[3]!));
  if (argv.length === 4) return new TclList(ensembleOptions(e));
  const all = ensembleOptions(e);
  if (argv.length === 5) {
    const opt = str(argv[4]!);
    const i = all.findIndex((x, k) => k % 2 === 0 && x === opt);
    if (i < 0) throw new TclError(`bad option "${opt}": must be -map, -namespace, -parameters, -prefixes, -subcommands, or -unknown`, ['TCL', 'LOOKUP', 'INDEX', 'option', opt]);
    return all[i + 1]!;
  }
  if ((argv.length - 4) % 2 !== 0) throw new TclError(`missing value for option "${str(argv[argv.length - 1]!)}"`, ['TCL', 'ENSEMBLE', 'MISSING_VALUE']);
  for (let i = 4; i < argv.length; i += 2) setEnsembleOption(interp, e, str(argv[i]!), argv[i + 1]!);
  interp.epoch++;
  return '';
}

// ---- the namespace command -----------------------------------------------------------------------

const SUBCOMMANDS = [
  'children', 'code', 'current', 'delete', 'ensemble', 'eval', 'exists', 'export', 'forget', 'import', 'inscope',
  'origin', 'parent', 'path', 'qualifiers', 'tail', 'unknown', 'upvar', 'which',
];

/** Exact name or unique prefix, with Tcl's message (ensemble style, or Tcl_GetIndexFromObj style). */
function pickSubcommand(s: string, table: string[], what: string, ensembleStyle: boolean): string {
  if (table.includes(s)) return s;
  const hits = table.filter((c) => c.startsWith(s));
  if (s !== '' && hits.length === 1) return hits[0]!;
  if (ensembleStyle) throw new TclError(`unknown or ambiguous subcommand "${s}": must be ${orList(table)}`, ['TCL', 'LOOKUP', 'SUBCOMMAND', s]);
  const adj = s !== '' && hits.length > 1 ? 'ambiguous' : 'bad';
  throw new TclError(`${adj} ${what} "${s}": must be ${orList(table)}`, ['TCL', 'LOOKUP', 'INDEX', what, s]);
}

function which(interp: Interp, argv: Value[]): Value {
  const usage = 'namespace which ?-command? ?-variable? name';
  let kind = '-command';
  if (argv.length === 4) {
    kind = str(argv[2]!);
    if (kind !== '-command' && kind !== '-variable') throw wrongArgs(usage);
  } else if (argv.length !== 3) throw wrongArgs(usage);
  const name = str(argv[argv.length - 1]!);
  if (kind === '-command') {
    const def = interp.resolveCommand(name);
    return def === undefined ? '' : absName(def.name);
  }
  const ns = interp.frame.ns;
  let key: string;
  if (name.indexOf('::') >= 0) key = interp.namespaceVarKey(name, ns);
  else if (ns !== '' && namespaceVarNames(interp, ns).includes(name)) key = `${ns}::${name}`;
  else key = name;
  const last = key.lastIndexOf('::');
  const names = namespaceVarNames(interp, last < 0 ? '' : key.slice(0, last));
  return names.includes(last < 0 ? key : key.slice(last + 2)) ? absName(key) : '';
}

function importCommands(interp: Interp, argv: Value[]): Value {
  const cur = interp.frame.ns;
  let i = 2;
  let force = false;
  if (i < argv.length && str(argv[i]!) === '-force') {
    force = true;
    i++;
  }
  if (i >= argv.length) {
    const out: Value[] = [];
    for (const [k, tail] of commandsIn(interp, cur)) if (importOrigin.has(interp.commands.get(k)!)) out.push(tail);
    return new TclList(out);
  }
  for (; i < argv.length; i++) {
    const pattern = str(argv[i]!);
    const q = qualifiersOf(pattern);
    if (q === '' && !pattern.startsWith('::')) throw new TclError(`no namespace specified in import pattern "${pattern}"`, ['TCL', 'IMPORT', 'ORIGIN']);
    const src = findNamespace(interp, q === '' ? '::' : q);
    if (src === undefined) throw new TclError(`unknown namespace in import pattern "${pattern}"`, ['TCL', 'LOOKUP', 'NAMESPACE', pattern]);
    if (src === cur) throw new TclError(`import pattern "${pattern}" tries to import from namespace "${tailOf(absName(src))}" into itself`, ['TCL', 'IMPORT', 'SELF']);
    const info = interp.namespaces.get(src)!;
    const tailPattern = tailOf(pattern);
    for (const [k, tail] of commandsIn(interp, src)) {
      if (!globMatch(tailPattern, tail, false) || !isExported(info, tail)) continue;
      const orig = interp.commands.get(k)!;
      const origin = importOrigin.get(orig) ?? k;
      const target = cur === '' ? tail : `${cur}::${tail}`;
      const existing = interp.commands.get(target);
      if (existing !== undefined && importOrigin.get(existing) !== origin && !force) {
        throw new TclError(`can't import command "${tail}": already exists`, ['TCL', 'IMPORT', 'OVERWRITE']);
      }
      const def: CommandDef = { ...orig, name: target };
      importOrigin.set(def, origin);
      interp.register(def);
    }
  }
  return '';
}

function forgetCommands(interp: Interp, argv: Value[]): Value {
  const cur = interp.frame.ns;
  for (let i = 2; i < argv.length; i++) {
    const pattern = str(argv[i]!);
    const q = qualifiersOf(pattern);
    const src = q === '' && !pattern.startsWith('::') ? undefined : findNamespace(interp, q === '' ? '::' : q);
    if (q !== '' && src === undefined) throw new TclError(`unknown namespace in namespace forget pattern "${pattern}"`, ['TCL', 'LOOKUP', 'NAMESPACE', pattern]);
    const tailPattern = tailOf(pattern);
    for (const [k, tail] of commandsIn(interp, cur)) {
      const origin = importOrigin.get(interp.commands.get(k)!);
      if (origin === undefined || !globMatch(tailPattern, tail, false)) continue;
      if (src !== undefined && parentOf(origin) !== src) continue;
      interp.commands.delete(k);
      interp.epoch++;
    }
  }
  return '';
}

function namespaceUpvar(interp: Interp, argv: Value[]): Value {
  if (argv.length < 3 || (argv.length - 3) % 2 !== 0) throw wrongArgs('namespace upvar ns ?otherVar myVar ...?');
  const ns = requireNamespace(interp, str(argv[2]!));
  const frame = interp.frame;
  for (let i = 3; i < argv.length; i += 2) {
    const other = str(argv[i]!);
    const local = str(argv[i + 1]!);
    if (splitArrayName(local)[1] !== undefined) {
      throw new TclError(`bad variable name "${local}": can't create a scalar variable that looks like an array element`, ['TCL', 'UPVAR', 'LOCAL_ELEMENT']);
    }
    const full = other.startsWith('::') ? other : `${absName(ns)}${ns === '' ? '' : '::'}${other}`;
    const target: Var = interp.namespaceVar(full);
    const existing = frame.lookup(local);
    if (existing === target) continue;
    if (existing && existing.exists() && !existing.linked) throw new TclError(`variable "${local}" already exists`, ['TCL', 'UPVAR', 'EXISTS']);
    target.linked = true;
    frame.link(local, target);
  }
  return '';
}

function namespaceCommand(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs('namespace subcommand ?arg ...?');
  const sub = pickSubcommand(str(argv[1]!), SUBCOMMANDS, 'subcommand', true);
  const n = argv.length;
  const cur = interp.frame.ns;
  switch (sub) {
    case 'eval': {
      if (n < 4) throw wrongArgs('namespace eval name arg ?arg...?');
      const key = qualify(str(argv[2]!), cur);
      ensureNamespace(interp, key);
      return evalInNamespace(interp, key, concat(argv.slice(3)), argv, 'eval');
    }
    case 'inscope': {
      if (n < 4) throw wrongArgs('namespace inscope name arg ?arg...?');
      const key = requireNamespace(interp, str(argv[2]!));
      const script = n === 4 ? argv[3]! : concat([argv[3]!, new TclList(argv.slice(4))]);
      return evalInNamespace(interp, key, script, argv, 'inscope');
    }
    case 'current':
      if (n !== 2) throw wrongArgs('namespace current');
      return absName(cur);
    case 'qualifiers':
      if (n !== 3) throw wrongArgs('namespace qualifiers string');
      return qualifiersOf(str(argv[2]!));
    case 'tail':
      if (n !== 3) throw wrongArgs('namespace tail string');
      return tailOf(str(argv[2]!));
    case 'exists':
      if (n !== 3) throw wrongArgs('namespace exists name');
      return findNamespace(interp, str(argv[2]!)) === undefined ? 0 : 1;
    case 'delete': {
      // All names are checked before anything is deleted.
      const keys: string[] = [];
      for (let i = 2; i < n; i++) {
        const name = str(argv[i]!);
        const key = findNamespace(interp, name);
        if (key === undefined) throw new TclError(`unknown namespace "${name}" in namespace delete command`, ['TCL', 'LOOKUP', 'NAMESPACE', name]);
        keys.push(key);
      }
      for (const key of keys) if (key !== '' && interp.namespaces.has(key)) deleteNamespace(interp, key);
      return '';
    }
    case 'children': {
      if (n > 4) throw wrongArgs('namespace children ?name? ?pattern?');
      const key = n >= 3 ? requireNamespace(interp, str(argv[2]!)) : cur;
      let pattern: string | undefined;
      if (n === 4) {
        const p = str(argv[3]!);
        pattern = p.startsWith('::') ? p : `${absName(key)}${key === '' ? '' : '::'}${p}`;
      }
      const out: Value[] = [];
      for (const k of interp.namespaces.keys()) {
        if (k === '' || parentOf(k) !== key) continue;
        const full = absName(k);
        if (pattern === undefined || globMatch(pattern, full, false)) out.push(full);
      }
      return new TclList(out);
    }
    case 'parent': {
      if (n > 3) throw wrongArgs('namespace parent ?name?');
      const key = n === 3 ? requireNamespace(interp, str(argv[2]!)) : cur;
      return key === '' ? '' : absName(parentOf(key));
    }
    case 'code': {
      if (n !== 3) throw wrongArgs('namespace code arg');
      if (str(argv[2]!).startsWith('::namespace inscope ')) return argv[2]!;
      return new TclList(['::namespace', 'inscope', absName(cur), argv[2]!]);
    }
    case 'which':
      return which(interp, argv);
    case 'origin': {
      if (n !== 3) throw wrongArgs('namespace origin name');
      const name = str(argv[2]!);
      const def = interp.resolveCommand(name);
      if (def === undefined) throw new TclError(`invalid command name "${name}"`, ['TCL', 'LOOKUP', 'COMMAND', name]);
      return absName(importOrigin.get(def) ?? def.name);
    }
    case 'export': {
      const info = interp.namespaces.get(cur);
      if (info === undefined) return '';
      if (n === 2) return new TclList(info.exports.slice());
      let i = 2;
      if (str(argv[2]!) === '-clear') {
        info.exports.length = 0;
        i++;
      }
      for (; i < n; i++) {
        const p = str(argv[i]!);
        if (p.indexOf('::') >= 0) throw new TclError(`invalid export pattern "${p}": pattern can't specify a namespace`, ['TCL', 'EXPORT', 'INVALID']);
        if (!info.exports.includes(p)) info.exports.push(p);
      }
      interp.epoch++; // ensembles list exported commands
      return '';
    }
    case 'import':
      return importCommands(interp, argv);
    case 'forget':
      return forgetCommands(interp, argv);
    case 'path': {
      if (n > 3) throw wrongArgs('namespace path ?pathList?');
      const info = interp.namespaces.get(cur);
      if (n === 2) return new TclList((info?.path ?? []).map(absName));
      const path = toList(argv[2]!).map((p) => requireNamespace(interp, str(p)));
      if (info !== undefined) info.path = path;
      interp.epoch++;
      return '';
    }
    case 'upvar':
      return namespaceUpvar(interp, argv);
    case 'ensemble':
      return namespaceEnsemble(interp, argv);
    default:
      throw new TclError(`namespace ${sub} is not available in irule`, ['IRULE', 'UNSUPPORTED', 'namespace', sub]);
  }
}

export const namespaceCommands: CommandDef[] = [{ name: 'namespace', fn: namespaceCommand }];
