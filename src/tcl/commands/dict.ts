// The `dict` ensemble (Tcl 8.6): create get set unset exists keys values size for map filter
// append lappend incr merge remove replace update with (not `info`).
//
// Dicts are immutable Maps behind a TclList face (lists/dictvalue.ts): the updating subcommands
// build a new Map and store a new value, so a dict shared by several variables never changes
// under one of them.

import { literalValue } from '../../syntax/ast.js';
import { compileBody, evalValue, type Exec } from '../compile.js';
import { Code, TclError, wrongArgs } from '../errors.js';
import { splitArrayName, type CommandDef, type Interp } from '../interp.js';
import { asDictValue, copyDict, dictPut, dictValue, getDict, keyNotKnown, peekDict, type DictMap } from '../lists/dictvalue.js';
import { appendToList } from '../lists/growlist.js';
import { ensembleSubcommand, getIndexFromTable } from '../lists/options.js';
import { getBoolean, getInt, normInt, type TclInt } from '../numbers.js';
import { globMatch } from '../strings/glob.js';
import { TclList, str, toList, type Value } from '../value.js';

const SUBCOMMANDS = [
  'append', 'create', 'exists', 'filter', 'for', 'get', 'incr', 'info', 'keys', 'lappend', 'map',
  'merge', 'remove', 'replace', 'set', 'size', 'unset', 'update', 'values', 'with',
] as const;

type Sub = (typeof SUBCOMMANDS)[number];

const FILTER_TYPES = ['key', 'script', 'value'] as const;

const EMPTY: Value = '';

function usage(argv: readonly Value[], sub: string, rest: string): TclError {
  return wrongArgs(`${str(argv[0]!)} ${sub} ${rest}`);
}

// ---- variables ----------------------------------------------------------------------------------

/** A variable's value, or undefined when it is unset or an array (Tcl_ObjGetVar2 without errors). */
function readQuietly(interp: Interp, name: string): Value | undefined {
  const [base, index] = splitArrayName(name);
  const v = base.indexOf('::') >= 0 ? interp.namespaceVar(base) : interp.frame.lookup(base);
  if (!v) return undefined;
  if (index === undefined) return v.value;
  return v.arr?.get(index);
}

// ---- paths --------------------------------------------------------------------------------------

/** The value at `keys` inside `d`, with Tcl's errors for a missing key or a non-dict. */
function getPath(d: Value, keys: readonly Value[]): Value {
  let cur = d;
  for (const k of keys) {
    const key = str(k);
    const v = peekDict(cur).get(key);
    if (v === undefined) throw keyNotKnown(key);
    cur = v;
  }
  return cur;
}

/** `d` (undefined: an empty dict) with `value` stored at the path `keys[k..]`. */
function setPath(d: Value | undefined, keys: readonly Value[], k: number, value: Value): TclList {
  const key = str(keys[k]!);
  if (k === keys.length - 1) return dictPut(d, key, value);
  const sub = d === undefined ? undefined : peekDict(d).get(key);
  return dictPut(d, key, setPath(sub, keys, k + 1, value));
}

/** `d` without the entry at the path; a missing last key is not an error, a missing parent is. */
function unsetPath(d: Value, keys: readonly Value[], k: number): Value {
  const original = peekDict(d);
  const key = str(keys[k]!);
  if (k === keys.length - 1) {
    if (!original.has(key)) return d;
    const map = copyDict(original);
    map.delete(key);
    return dictValue(map);
  }
  const sub = original.get(key);
  if (sub === undefined) throw keyNotKnown(key);
  const map = copyDict(original);
  map.set(key, unsetPath(sub, keys, k + 1));
  return dictValue(map);
}

/** Updates the entry `key` of the dict in variable `name` (created when missing). */
function updateEntry(interp: Interp, name: string, key: string, update: (current: Value | undefined) => Value): Value {
  const current = readQuietly(interp, name);
  const old = current === undefined ? undefined : peekDict(current).get(key);
  return interp.setVar(name, dictPut(current, key, update(old)));
}

function addInts(a: TclInt, b: TclInt): TclInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

function getDictInt(v: Value): TclInt {
  return getInt(v, 'INTEGER');
}

// ---- loops --------------------------------------------------------------------------------------

/** Runs a loop body; returns 'next', 'stop' (break), or 'return' (another code, left pending). */
function runBody(interp: Interp, body: Exec): { result: Value; flow: 'next' | 'skip' | 'stop' | 'return' } {
  interp.countCommand();
  const result = body(interp);
  const s = interp.signal;
  if (s === Code.OK) return { result, flow: 'next' };
  if (s === Code.CONTINUE) {
    interp.signal = Code.OK;
    return { result, flow: 'skip' };
  }
  if (s === Code.BREAK) {
    interp.signal = Code.OK;
    return { result, flow: 'stop' };
  }
  return { result, flow: 'return' };
}

function twoVarNames(v: Value, sub: string): [string, string] {
  const names = toList(v);
  if (names.length !== 2) throw new TclError('must have exactly two variable names', ['TCL', 'SYNTAX', 'dict', sub]);
  return [str(names[0]!), str(names[1]!)];
}

function dictFor(interp: Interp, vars: Value, d: Value, body: Exec): Value {
  const [keyVar, valueVar] = twoVarNames(vars, 'for');
  for (const [k, v] of getDict(d)) {
    interp.setVar(keyVar, k);
    interp.setVar(valueVar, v);
    const r = runBody(interp, body);
    if (r.flow === 'stop') break;
    if (r.flow === 'return') return r.result;
  }
  return EMPTY;
}

function dictMap(interp: Interp, vars: Value, d: Value, body: Exec): Value {
  const [keyVar, valueVar] = twoVarNames(vars, 'map');
  const out: DictMap = new Map();
  for (const [k, v] of getDict(d)) {
    interp.setVar(keyVar, k);
    interp.setVar(valueVar, v);
    const r = runBody(interp, body);
    if (r.flow === 'skip') continue;
    if (r.flow === 'stop') return EMPTY; // as in 8.6, break discards what was mapped so far
    if (r.flow === 'return') return r.result;
    out.set(str(interp.getVar(keyVar)), r.result);
  }
  return dictValue(out);
}

function dictFilter(interp: Interp, argv: readonly Value[], body: Exec | null): Value {
  if (argv.length < 4) throw usage(argv, 'filter', 'dictionary filterType ?arg ...?');
  const type = FILTER_TYPES[getIndexFromTable(str(argv[3]!), FILTER_TYPES, 'filterType')]!;
  const map = getDict(argv[2]!);
  const out: DictMap = new Map();
  if (type === 'script') {
    if (argv.length !== 6) throw usage(argv, 'filter', 'dictionary script {keyVarName valueVarName} filterScript');
    const [keyVar, valueVar] = twoVarNames(argv[4]!, 'filter');
    const script = body ?? ((i: Interp) => evalValue(i, argv[5]!));
    for (const [k, v] of map) {
      interp.setVar(keyVar, k);
      interp.setVar(valueVar, v);
      const r = runBody(interp, script);
      if (r.flow === 'skip') continue;
      if (r.flow === 'stop') break;
      if (r.flow === 'return') return r.result;
      if (getBoolean(r.result)) out.set(k, v);
    }
    return dictValue(out);
  }
  const patterns = argv.slice(4).map(str);
  for (const [k, v] of map) {
    const subject = type === 'key' ? k : str(v);
    if (patterns.some((p) => globMatch(p, subject))) out.set(k, v);
  }
  return dictValue(out);
}

function dictUpdate(interp: Interp, argv: readonly Value[], body: Exec): Value {
  if (argv.length < 6 || argv.length % 2 !== 0) throw usage(argv, 'update', 'dictVarName key varName ?key varName ...? script');
  const name = str(argv[2]!);
  const map = peekDict(interp.getVar(name));
  const pairs: [string, string][] = [];
  for (let i = 3; i < argv.length - 1; i += 2) pairs.push([str(argv[i]!), str(argv[i + 1]!)]);
  for (const [key, varName] of pairs) {
    const v = map.get(key);
    if (v === undefined) interp.unsetVar(varName, false);
    else interp.setVar(varName, v);
  }
  try {
    return body(interp);
  } finally {
    // Written back whatever the body did (error, break, ...), as Tcl does.
    const current = readQuietly(interp, name);
    if (current !== undefined) {
      const updated = copyDict(peekDict(current));
      for (const [key, varName] of pairs) {
        const v = readQuietly(interp, varName);
        if (v === undefined) updated.delete(key);
        else updated.set(key, v);
      }
      interp.setVar(name, dictValue(updated));
    }
  }
}

/** The dict at `path` inside `d`, or undefined when a key of the path is missing. */
function existingPath(d: Value, path: readonly Value[]): Value | undefined {
  let cur = d;
  for (const k of path) {
    const v = peekDict(cur).get(str(k));
    if (v === undefined) return undefined;
    cur = v;
  }
  return cur;
}

function dictWith(interp: Interp, argv: readonly Value[], body: Exec): Value {
  if (argv.length < 4) throw usage(argv, 'with', 'dictVarName ?key ...? script');
  const name = str(argv[2]!);
  const path = argv.slice(3, -1);
  const inner = peekDict(getPath(interp.getVar(name), path));
  const keys = [...inner.keys()];
  for (const [k, v] of inner) interp.setVar(k, v);
  try {
    return body(interp);
  } finally {
    const current = readQuietly(interp, name);
    if (current !== undefined) {
      peekDict(current);
      const leaf = existingPath(current, path);
      if (leaf !== undefined) {
        const updated = copyDict(peekDict(leaf));
        for (const k of keys) {
          const v = readQuietly(interp, k);
          if (v === undefined) updated.delete(k);
          else updated.set(k, v);
        }
        const newLeaf = dictValue(updated);
        interp.setVar(name, path.length === 0 ? newLeaf : setPath(current, path, 0, newLeaf));
      }
    }
  }
}

// ---- the ensemble -------------------------------------------------------------------------------

function bodyOf(argv: readonly Value[]): Exec {
  const script = argv[argv.length - 1]!;
  return (interp) => evalValue(interp, script);
}

function dispatch(interp: Interp, argv: readonly Value[], sub: Sub, compiled: Exec | null): Value {
  const n = argv.length;
  switch (sub) {
    case 'create': {
      if (n % 2 !== 0) throw usage(argv, sub, '?key value ...?');
      const map: DictMap = new Map();
      for (let i = 2; i < n; i += 2) map.set(str(argv[i]!), argv[i + 1]!);
      return dictValue(map);
    }
    case 'get':
      if (n < 3) throw usage(argv, sub, 'dictionary ?key ...?');
      if (n === 3) return asDictValue(argv[2]!);
      return getPath(argv[2]!, argv.slice(3));
    case 'exists': {
      if (n < 4) throw usage(argv, sub, 'dictionary key ?key ...?');
      try {
        let cur = argv[2]!;
        for (let i = 3; i < n; i++) {
          const v = peekDict(cur).get(str(argv[i]!));
          if (v === undefined) return 0;
          cur = v;
        }
        return 1;
      } catch (e) {
        if (e instanceof TclError) return 0;
        throw e;
      }
    }
    case 'set': {
      if (n < 5) throw usage(argv, sub, 'dictVarName key ?key ...? value');
      const name = str(argv[2]!);
      return interp.setVar(name, setPath(readQuietly(interp, name), argv.slice(3, -1), 0, argv[n - 1]!));
    }
    case 'unset': {
      if (n < 4) throw usage(argv, sub, 'dictVarName key ?key ...?');
      const name = str(argv[2]!);
      const current = readQuietly(interp, name);
      return interp.setVar(name, current === undefined ? dictValue(new Map()) : unsetPath(current, argv.slice(3), 0));
    }
    case 'keys':
    case 'values': {
      if (n !== 3 && n !== 4) throw usage(argv, sub, 'dictionary ?pattern?');
      const map = peekDict(argv[2]!);
      const pattern = n === 4 ? str(argv[3]!) : null;
      const out: Value[] = [];
      for (const [k, v] of map) {
        if (sub === 'keys') {
          if (pattern === null || globMatch(pattern, k)) out.push(k);
        } else if (pattern === null || globMatch(pattern, str(v))) out.push(v);
      }
      return out.length === 0 ? EMPTY : new TclList(out);
    }
    case 'size':
      if (n !== 3) throw usage(argv, sub, 'dictionary');
      return peekDict(argv[2]!).size;
    case 'for':
    case 'map': {
      if (n !== 5) throw usage(argv, sub, '{keyVarName valueVarName} dictionary script');
      const body = compiled ?? bodyOf(argv);
      return sub === 'for' ? dictFor(interp, argv[2]!, argv[3]!, body) : dictMap(interp, argv[2]!, argv[3]!, body);
    }
    case 'filter':
      return dictFilter(interp, argv, compiled);
    case 'append': {
      if (n < 4) throw usage(argv, sub, 'dictVarName key ?value ...?');
      return updateEntry(interp, str(argv[2]!), str(argv[3]!), (cur) => {
        let s = cur === undefined ? '' : str(cur);
        for (let i = 4; i < n; i++) s += str(argv[i]!);
        interp.checkLength(s.length);
        return s;
      });
    }
    case 'lappend': {
      if (n < 4) throw usage(argv, sub, 'dictVarName key ?value ...?');
      return updateEntry(interp, str(argv[2]!), str(argv[3]!), (cur) => {
        if (n === 4) {
          if (cur === undefined) return EMPTY;
          toList(cur);
          return cur;
        }
        return appendToList(cur, argv.slice(4));
      });
    }
    case 'incr': {
      if (n !== 4 && n !== 5) throw usage(argv, sub, 'dictVarName key ?increment?');
      // As DictIncrCmd: a new key checks the increment as a bignum (TCL VALUE NUMBER); an
      // existing one goes through TclIncrObj, value first (TCL VALUE INTEGER).
      const byWord = n === 5 ? argv[4]! : undefined;
      return updateEntry(interp, str(argv[2]!), str(argv[3]!), (cur) => {
        if (cur === undefined) return byWord === undefined ? 1 : getInt(byWord);
        const value = getDictInt(cur);
        return addInts(value, byWord === undefined ? 1 : getDictInt(byWord));
      });
    }
    case 'merge': {
      if (n === 2) return EMPTY;
      if (n === 3) {
        peekDict(argv[2]!);
        return argv[2]!;
      }
      const map = copyDict(peekDict(argv[2]!));
      for (let i = 3; i < n; i++) for (const [k, v] of peekDict(argv[i]!)) map.set(k, v);
      return dictValue(map);
    }
    case 'remove': {
      if (n < 3) throw usage(argv, sub, 'dictionary ?key ...?');
      const map = copyDict(peekDict(argv[2]!));
      for (let i = 3; i < n; i++) map.delete(str(argv[i]!));
      return dictValue(map);
    }
    case 'replace': {
      if (n < 3 || n % 2 === 0) throw usage(argv, sub, 'dictionary ?key value ...?');
      const map = copyDict(peekDict(argv[2]!));
      for (let i = 3; i < n; i += 2) map.set(str(argv[i]!), argv[i + 1]!);
      return dictValue(map);
    }
    case 'update':
      return dictUpdate(interp, argv, compiled ?? bodyOf(argv));
    case 'with':
      return dictWith(interp, argv, compiled ?? bodyOf(argv));
    case 'info':
      if (n !== 3) throw usage(argv, sub, 'dictionary');
      peekDict(argv[2]!);
      throw new TclError('dict info is not supported', ['IRULE', 'UNSUPPORTED']);
  }
}

/** Subcommands whose last word is a script, compiled once when it is literal. */
const SCRIPT_SUBCOMMANDS = new Set<Sub>(['for', 'map', 'update', 'with', 'filter']);

const dict: CommandDef = {
  name: 'dict',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs(`${str(argv[0]!)} subcommand ?arg ...?`);
    const sub = ensembleSubcommand(str(argv[1]!), SUBCOMMANDS) as Sub;
    return dispatch(interp, argv, sub, null);
  },
  compile: (node, words, ctx) => {
    if (words.length < 3) return null;
    const subWord = literalValue(node.words[1]!);
    if (subWord === undefined || !(SUBCOMMANDS as readonly string[]).includes(subWord)) return null;
    const sub = subWord as Sub;
    if (!SCRIPT_SUBCOMMANDS.has(sub)) return null;
    if (sub === 'filter' && (words.length !== 6 || literalValue(node.words[3]!) !== 'script')) return null;
    const body = compileBody(node.words[words.length - 1]!, ctx);
    const name = literalValue(node.words[0]!) ?? 'dict';
    return (interp) => {
      const argv: Value[] = new Array(words.length);
      argv[0] = name;
      for (let i = 1; i < words.length; i++) argv[i] = words[i]!(interp);
      return dispatch(interp, argv, sub, body);
    };
  },
};

export const dictCommands: CommandDef[] = [dict];
