// The `array` ensemble: set get names size exists unset (statistics and the search subcommands
// are not supported). Names are enumerated in Tcl's hash-table order (see lists/hashorder.ts).

import { TclError, wrongArgs } from '../errors.js';
import type { Var } from '../frame.js';
import type { CommandDef, Interp } from '../interp.js';
import { tclHashOrder } from '../lists/hashorder.js';
import { ensembleSubcommand, getIndexFromTable } from '../lists/options.js';
import { getTclRegex } from '../regex/index.js';
import { globMatch } from '../strings/glob.js';
import { TclList, str, toList, type Value } from '../value.js';

const SUBCOMMANDS = [
  'anymore', 'donesearch', 'exists', 'get', 'names', 'nextelement', 'set', 'size', 'startsearch',
  'statistics', 'unset',
] as const;

const NAME_MODES = ['-exact', '-glob', '-regexp'] as const;

function looksLikeElement(name: string): boolean {
  return name.endsWith(')') && name.indexOf('(') > 0;
}

/** The variable `name` if it exists already (array names never create variables). */
function findVar(interp: Interp, name: string): Var | undefined {
  if (looksLikeElement(name)) return undefined;
  return name.indexOf('::') >= 0 ? interp.namespaceVar(name) : interp.frame.lookup(name);
}

function findArray(interp: Interp, name: string): Map<string, Value> | null {
  return findVar(interp, name)?.arr ?? null;
}

/** The element names of an array, in tclsh's order. */
function arrayNames(arr: Map<string, Value>): string[] {
  return tclHashOrder([...arr.keys()]);
}

type NameFilter = (name: string) => boolean;

function nameFilter(mode: string, pattern: string): NameFilter {
  switch (mode) {
    case '-exact':
      return (n) => n === pattern;
    case '-regexp': {
      const re = getTclRegex(pattern);
      return (n) => re.test(n);
    }
    default:
      return (n) => globMatch(pattern, n);
  }
}

function arraySet(interp: Interp, name: string, listValue: Value): Value {
  // The pairs first: a malformed list is reported before anything else.
  const pairs = toList(listValue);
  if (pairs.length % 2 !== 0) throw new TclError('list must have an even number of elements', ['TCL', 'ARGUMENT', 'FORMAT']);
  if (looksLikeElement(name)) {
    throw new TclError(`can't set "${name}": variable isn't array`, ['TCL', 'LOOKUP', 'VARNAME', name]);
  }
  const v = interp.resolveVar(name);
  if (v.arr === null) {
    if (v.value !== undefined) {
      if (pairs.length === 0) throw new TclError(`can't array set "${name}": variable isn't array`, ['TCL', 'WRITE', 'ARRAY']);
      throw new TclError(`can't set "${name}(${str(pairs[0]!)})": variable isn't array`, ['TCL', 'LOOKUP', 'VARNAME', name]);
    }
    v.arr = new Map();
  }
  const arr = v.arr;
  for (let i = 0; i < pairs.length; i += 2) arr.set(str(pairs[i]!), pairs[i + 1]!);
  return '';
}

function arrayGet(interp: Interp, name: string, pattern: string | undefined): Value {
  const arr = findArray(interp, name);
  if (arr === null || arr.size === 0) return '';
  const out: Value[] = [];
  for (const key of arrayNames(arr)) {
    if (pattern !== undefined && !globMatch(pattern, key)) continue;
    out.push(key, arr.get(key)!);
  }
  return out.length === 0 ? '' : new TclList(out);
}

function arrayNamesCmd(interp: Interp, argv: Value[]): Value {
  if (argv.length < 3 || argv.length > 5) throw wrongArgs(`${str(argv[0]!)} names arrayName ?mode? ?pattern?`);
  const name = str(argv[2]!);
  let filter: NameFilter | null = null;
  if (argv.length === 5) {
    const mode = NAME_MODES[getIndexFromTable(str(argv[3]!), NAME_MODES, 'option')]!;
    filter = nameFilter(mode, str(argv[4]!));
  } else if (argv.length === 4) {
    filter = nameFilter('-glob', str(argv[3]!));
  }
  const arr = findArray(interp, name);
  if (arr === null || arr.size === 0) return '';
  const names = arrayNames(arr);
  const out = filter === null ? names : names.filter(filter);
  return out.length === 0 ? '' : new TclList(out);
}

function arrayUnset(interp: Interp, name: string, pattern: string | undefined): Value {
  const v = findVar(interp, name);
  if (!v || v.arr === null) return '';
  if (pattern === undefined) {
    v.arr = null;
    v.value = undefined;
    return '';
  }
  for (const key of [...v.arr.keys()]) if (globMatch(pattern, key)) v.arr.delete(key);
  return '';
}

function array(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs(`${str(argv[0]!)} subcommand ?arg ...?`);
  const sub = ensembleSubcommand(str(argv[1]!), SUBCOMMANDS);
  const usage = (rest: string): TclError => wrongArgs(`${str(argv[0]!)} ${sub} ${rest}`);
  switch (sub) {
    case 'set':
      if (argv.length !== 4) throw usage('arrayName list');
      return arraySet(interp, str(argv[2]!), argv[3]!);
    case 'get':
      if (argv.length !== 3 && argv.length !== 4) throw usage('arrayName ?pattern?');
      return arrayGet(interp, str(argv[2]!), argv.length === 4 ? str(argv[3]!) : undefined);
    case 'names':
      return arrayNamesCmd(interp, argv);
    case 'size': {
      if (argv.length !== 3) throw usage('arrayName');
      return findArray(interp, str(argv[2]!))?.size ?? 0;
    }
    case 'exists':
      if (argv.length !== 3) throw usage('arrayName');
      return findArray(interp, str(argv[2]!)) !== null ? 1 : 0;
    case 'unset':
      if (argv.length !== 3 && argv.length !== 4) throw usage('arrayName ?pattern?');
      return arrayUnset(interp, str(argv[2]!), argv.length === 4 ? str(argv[3]!) : undefined);
    default: {
      if (argv.length < 3) throw usage('arrayName');
      const name = str(argv[2]!);
      if (findArray(interp, name) === null) throw new TclError(`"${name}" isn't an array`, ['TCL', 'LOOKUP', 'ARRAY', name]);
      throw new TclError(`array ${sub} is not supported`, ['IRULE', 'UNSUPPORTED']);
    }
  }
}

export const arrayCommands: CommandDef[] = [{ name: 'array', fn: array }];

/**
 * `parray arrayName ?pattern?`: tclsh's library proc (autoloaded from parray.tcl), which scripts run
 * by tclsh use to print an array: one `name(key) = value` line per element matching the glob
 * pattern, keys sorted, the `name(key)` part padded to the longest one.
 */
const parrayCommand: CommandDef = {
  name: 'parray',
  fn: (interp, argv) => {
    if (argv.length < 2 || argv.length > 3) throw wrongArgs('parray a ?pattern?');
    const name = str(argv[1]!);
    const arr = findArray(interp, name);
    if (arr === null) throw new TclError(`"${name}" isn't an array`, 'NONE');
    const pattern = argv.length === 3 ? str(argv[2]!) : '*';
    const keys = [...arr.keys()].filter((k) => globMatch(pattern, k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let width = 0;
    for (const k of keys) width = Math.max(width, k.length);
    width += name.length + 2;
    for (const k of keys) interp.out(`${name}(${k})`.padEnd(width) + ` = ${str(arr.get(k)!)}\n`);
    return '';
  },
};

export const evalOnlyArrayCommands: CommandDef[] = [parrayCommand];
