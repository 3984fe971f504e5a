// List commands: list llength lindex lrange lreplace linsert lappend lset lassign lreverse lrepeat
// concat join split lsearch lsort lmap, with Tcl 8.6's results and error messages.

import { literalValue } from '../../syntax/ast.js';
import { compileBody, compileVarRef, evalValue, type CompileContext, type Exec } from '../compile.js';
import { Code, TclError, wrongArgs } from '../errors.js';
import type { Var } from '../frame.js';
import { splitArrayName, type CommandDef, type Interp } from '../interp.js';
import { appendToList, peekItems } from '../lists/growlist.js';
import { check84Index, getListIndex, indexWords, notAnInteger, tclGetInt } from '../lists/index.js';
import { expectedIntegerError } from '../strings/intarg.js';
import { lsearch } from '../lists/search.js';
import { lsort } from '../lists/sort.js';
import { TclList, str, toList, type Value } from '../value.js';

/** An index argument; the iRule dialect (Tcl 8.4.6) takes only 8.4's forms (check84Index). */
function listIndex(tcl84: boolean, v: Value, end: number): number {
  if (tcl84) check84Index(v);
  return getListIndex(v, end);
}

const EMPTY_LIST: Value = '';

function usage(argv: Value[], rest: string): TclError {
  return wrongArgs(`${str(argv[0]!)} ${rest}`);
}

// ---- list llength lindex lrange ----------------------------------------------------------------

const list: CommandDef = {
  name: 'list',
  fn: (_interp, argv) => (argv.length === 1 ? EMPTY_LIST : new TclList(argv.slice(1))),
};

const llength: CommandDef = {
  name: 'llength',
  fn: (_interp, argv) => {
    if (argv.length !== 2) throw usage(argv, 'list');
    return peekItems(argv[1]!).length;
  },
};

/** lindex with explicit index words (TclLindexFlat). */
export function lindexFlat(listValue: Value, indexes: readonly Value[], tcl84 = false): Value {
  let cur = listValue;
  for (let i = 0; i < indexes.length; i++) {
    const items = peekItems(cur);
    const index = listIndex(tcl84, indexes[i]!, items.length - 1);
    if (index < 0 || index >= items.length) {
      // Out of range: the result is empty, but the remaining indexes must still be well formed.
      for (let j = i + 1; j < indexes.length; j++) listIndex(tcl84, indexes[j]!, -1);
      return EMPTY_LIST;
    }
    cur = items[index]!;
  }
  return cur;
}

const lindex: CommandDef = {
  name: 'lindex',
  fn: (interp, argv) => {
    if (argv.length < 2) throw usage(argv, 'list ?index ...?');
    if (argv.length === 2) return argv[1]!;
    const tcl84 = interp.dialect === 'irule';
    if (argv.length === 3) return lindexFlat(argv[1]!, indexWords(argv[2]!), tcl84);
    return lindexFlat(argv[1]!, argv.slice(2), tcl84);
  },
};

const lrange: CommandDef = {
  name: 'lrange',
  fn: (interp, argv) => {
    if (argv.length !== 4) throw usage(argv, 'list first last');
    const items = peekItems(argv[1]!);
    const n = items.length;
    const tcl84 = interp.dialect === 'irule';
    let first = listIndex(tcl84, argv[2]!, n - 1);
    let last = listIndex(tcl84, argv[3]!, n - 1);
    if (first < 0) first = 0;
    if (last >= n) last = n - 1;
    if (first > last) return EMPTY_LIST;
    return new TclList(items.slice(first, last + 1));
  },
};

// ---- lreplace linsert --------------------------------------------------------------------------

const lreplace: CommandDef = {
  name: 'lreplace',
  fn: (interp, argv) => {
    if (argv.length < 4) throw usage(argv, 'list first last ?element ...?');
    const items = peekItems(argv[1]!);
    const n = items.length;
    const tcl84 = interp.dialect === 'irule';
    let first = listIndex(tcl84, argv[2]!, n - 1);
    let last = listIndex(tcl84, argv[3]!, n - 1);
    if (first < 0) first = 0;
    if (first > n) first = n;
    if (last >= n) last = n - 1;
    const deleted = first <= last ? last - first + 1 : 0;
    const inserted = argv.length - 4;
    interp.checkListLength(n - deleted + inserted);
    const out = items.slice(0, first);
    for (let i = 4; i < argv.length; i++) out.push(argv[i]!);
    for (let i = first + deleted; i < n; i++) out.push(items[i]!);
    return new TclList(out);
  },
};

const linsert: CommandDef = {
  name: 'linsert',
  fn: (interp, argv) => {
    if (argv.length < 3) throw usage(argv, 'list index ?element ...?');
    const items = peekItems(argv[1]!);
    const n = items.length;
    let index = listIndex(interp.dialect === 'irule', argv[2]!, n);
    if (index < 0) index = 0;
    if (index > n) index = n;
    if (argv.length === 3) return argv[1] instanceof TclList ? argv[1] : new TclList(items.slice());
    interp.checkListLength(n + argv.length - 3);
    const out = items.slice(0, index);
    for (let i = 3; i < argv.length; i++) out.push(argv[i]!);
    for (let i = index; i < n; i++) out.push(items[i]!);
    return new TclList(out);
  },
};

// ---- lappend ------------------------------------------------------------------------------------

/** lappend on a resolved variable (`index` set for an array element). */
function lappendVar(v: Var, name: string, base: string, index: string | undefined, values: readonly Value[]): Value {
  let current: Value | undefined;
  if (index === undefined) {
    if (v.arr !== null) throw new TclError(`can't set "${name}": variable is array`, ['TCL', 'WRITE', 'VARNAME']);
    current = v.value;
  } else {
    if (v.arr === null && v.value !== undefined) {
      throw new TclError(`can't set "${name}": variable isn't array`, ['TCL', 'LOOKUP', 'VARNAME', base]);
    }
    current = v.arr?.get(index);
  }
  let result: Value;
  if (values.length === 0) {
    if (current !== undefined) {
      toList(current); // must be a list, though nothing changes
      return current;
    }
    result = EMPTY_LIST;
  } else {
    result = appendToList(current, values);
  }
  if (index === undefined) v.value = result;
  else {
    if (v.arr === null) v.arr = new Map();
    v.arr.set(index, result);
  }
  return result;
}

const lappend: CommandDef = {
  name: 'lappend',
  fn: (interp, argv) => {
    if (argv.length < 2) throw usage(argv, 'varName ?value ...?');
    const name = str(argv[1]!);
    const [base, index] = splitArrayName(name);
    return lappendVar(interp.resolveVar(base), name, base, index, argv.slice(2));
  },
  compile: (node, words, ctx) => {
    const name = words.length >= 2 ? literalValue(node.words[1]!) : undefined;
    if (name === undefined) return null;
    const [base, index] = splitArrayName(name);
    const ref = compileVarRef(base, ctx);
    const valueWords = words.slice(2);
    if (valueWords.length === 1) {
      const w = valueWords[0]!;
      return (interp) => lappendVar(ref(interp), name, base, index, [w(interp)]);
    }
    return (interp) => lappendVar(ref(interp), name, base, index, valueWords.map((w) => w(interp)));
  },
};

// ---- lset ---------------------------------------------------------------------------------------

/** `listValue` with the element at the path `indexes[k..]` replaced (TclLsetFlat). */
function lsetPath(listValue: Value, indexes: readonly Value[], k: number, value: Value, tcl84: boolean): TclList {
  const items = toList(listValue);
  const n = items.length;
  const index = listIndex(tcl84, indexes[k]!, n - 1);
  if (index < 0 || index > n) throw new TclError('list index out of range', ['TCL', 'OPERATION', 'LSET', 'BADINDEX']);
  const out = items.slice();
  if (k === indexes.length - 1) out[index] = value;
  else out[index] = lsetPath(index === n ? EMPTY_LIST : items[index]!, indexes, k + 1, value, tcl84);
  return new TclList(out);
}

const lset: CommandDef = {
  name: 'lset',
  fn: (interp, argv) => {
    if (argv.length < 3) throw usage(argv, 'listVar ?index? ?index ...? value');
    const name = str(argv[1]!);
    const current = interp.getVar(name);
    const value = argv[argv.length - 1]!;
    const indexes = argv.length === 4 ? indexWords(argv[2]!) : argv.slice(2, -1);
    const result = indexes.length === 0 ? value : lsetPath(current, indexes, 0, value, interp.dialect === 'irule');
    return interp.setVar(name, result);
  },
};

// ---- lassign lreverse lrepeat -------------------------------------------------------------------

const lassign: CommandDef = {
  name: 'lassign',
  fn: (interp, argv) => {
    if (argv.length < 2) throw usage(argv, 'list ?varName ...?');
    const items = toList(argv[1]!);
    for (let i = 2; i < argv.length; i++) interp.setVar(str(argv[i]!), items[i - 2] ?? EMPTY_LIST);
    const used = argv.length - 2;
    return items.length > used ? new TclList(items.slice(used)) : EMPTY_LIST;
  },
};

const lreverse: CommandDef = {
  name: 'lreverse',
  fn: (_interp, argv) => {
    if (argv.length !== 2) throw usage(argv, 'list');
    const items = peekItems(argv[1]!);
    if (items.length === 0) return EMPTY_LIST;
    return new TclList(items.slice().reverse());
  },
};

const lrepeat: CommandDef = {
  name: 'lrepeat',
  fn: (interp, argv) => {
    if (argv.length < 2) throw usage(argv, 'count ?value ...?');
    const countText = str(argv[1]!);
    const count = tclGetInt(countText);
    if (count === null) throw expectedIntegerError(countText, 'INTEGER');
    if (count < 0) throw new TclError(`bad count "${countText}": must be integer >= 0`, ['TCL', 'OPERATION', 'LREPEAT', 'NEGARG']);
    const values = argv.slice(2);
    if (count === 0 || values.length === 0) return EMPTY_LIST;
    interp.checkListLength(count * values.length);
    const out: Value[] = new Array(count * values.length);
    for (let i = 0, k = 0; i < count; i++) for (const v of values) out[k++] = v;
    return new TclList(out);
  },
};

// ---- concat join split --------------------------------------------------------------------------

function isConcatSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/**
 * Tcl_ConcatObj: the arguments' strings, trimmed, joined by single spaces. Tcl 8.6's shortcut for
 * pure lists never shows in its results (`concat [list a] [list #b]` is "a {#b}", the string
 * concatenation, not the list "a #b"), so there is only the string path here.
 */
export function concatValues(values: readonly Value[]): string {
  let result = '';
  for (const v of values) {
    const s = str(v);
    let start = 0;
    let end = s.length;
    while (start < end && isConcatSpace(s[start]!)) start++;
    const untrimmedEnd = end;
    while (end > start && isConcatSpace(s[end - 1]!)) end--;
    // Keep one whitespace character after a trailing backslash, so the backslash escapes it.
    if (end < untrimmedEnd && end > start && s[end - 1] === '\\') end++;
    if (end === start) continue;
    if (result !== '') result += ' ';
    result += s.slice(start, end);
  }
  return result;
}

const concat: CommandDef = {
  name: 'concat',
  fn: (interp, argv) => {
    const r = concatValues(argv.slice(1));
    interp.checkLength(r.length);
    return r;
  },
};

const join: CommandDef = {
  name: 'join',
  fn: (interp, argv) => {
    if (argv.length !== 2 && argv.length !== 3) throw usage(argv, 'list ?joinString?');
    const items = peekItems(argv[1]!);
    const sep = argv.length === 3 ? str(argv[2]!) : ' ';
    if (items.length === 1) return str(items[0]!);
    let out = '';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out += sep;
      out += str(items[i]!);
      if (out.length > 65536) interp.checkLength(out.length);
    }
    interp.checkLength(out.length);
    return out;
  },
};

const split: CommandDef = {
  name: 'split',
  fn: (interp, argv) => {
    if (argv.length !== 2 && argv.length !== 3) throw usage(argv, 'string ?splitChars?');
    const s = str(argv[1]!);
    if (s === '') return EMPTY_LIST;
    const out: Value[] = [];
    if (argv.length === 3 && str(argv[2]!) === '') {
      interp.checkListLength(s.length);
      // A surrogate pair stays one element, as tclsh 8.6 splits it (docs/tcl.md "Characters outside the BMP").
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          out.push(s.slice(i, i + 2));
          i++;
        } else out.push(s[i]!);
      }
      return new TclList(out);
    }
    const chars = argv.length === 3 ? str(argv[2]!) : ' \t\n\r';
    const limit = interp.limits.maxListLength;
    let start = 0;
    if (chars.length === 1) {
      const c = chars;
      for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, start)) {
        if (out.length >= limit) interp.checkListLength(out.length + 1);
        out.push(s.slice(start, i));
        start = i + 1;
      }
    } else {
      for (let i = 0; i < s.length; i++) {
        if (chars.indexOf(s[i]!) >= 0) {
          if (out.length >= limit) interp.checkListLength(out.length + 1);
          out.push(s.slice(start, i));
          start = i + 1;
        }
      }
    }
    out.push(s.slice(start));
    return new TclList(out);
  },
};

// ---- lsearch lsort ------------------------------------------------------------------------------

const lsearchCommand: CommandDef = { name: 'lsearch', fn: lsearch };
const lsortCommand: CommandDef = { name: 'lsort', fn: lsort };

// ---- lmap ---------------------------------------------------------------------------------------

type LoopVarSetter = (interp: Interp, value: Value) => void;

function loopVarNames(v: Value): string[] {
  const names = toList(v).map(str);
  if (names.length === 0) throw new TclError('lmap varlist is empty', ['TCL', 'OPERATION', 'LMAP', 'NEEDVARS']);
  return names;
}

/** What compiled Tcl code says when a loop variable is an array. */
function loopVarError(name: string): TclError {
  return new TclError(`can't set "${name}": variable is array`, ['TCL', 'WRITE', 'VARNAME']);
}

/** A setter for a loop variable: a compiled slot when the name is simple, else by name. */
function loopVarSetter(name: string, ctx: CompileContext | null): LoopVarSetter {
  if (ctx !== null && !name.endsWith(')')) {
    const ref = compileVarRef(name, ctx);
    return (interp, value) => {
      const v = ref(interp);
      if (v.arr !== null) throw loopVarError(name);
      v.value = value;
    };
  }
  return (interp, value) => {
    interp.setVar(name, value);
  };
}

function runLmap(interp: Interp, setters: LoopVarSetter[][], lists: readonly (readonly Value[])[], body: Exec): Value {
  let iterations = 0;
  for (let k = 0; k < lists.length; k++) {
    const n = Math.ceil(lists[k]!.length / setters[k]!.length);
    if (n > iterations) iterations = n;
  }
  const results: Value[] = [];
  for (let it = 0; it < iterations; it++) {
    for (let k = 0; k < lists.length; k++) {
      const vars = setters[k]!;
      const items = lists[k]!;
      for (let j = 0; j < vars.length; j++) vars[j]!(interp, items[it * vars.length + j] ?? EMPTY_LIST);
    }
    interp.countCommand();
    const r = body(interp);
    const s = interp.signal;
    if (s === Code.OK) results.push(r);
    else if (s === Code.CONTINUE) interp.signal = Code.OK;
    else if (s === Code.BREAK) {
      interp.signal = Code.OK;
      break;
    } else return r; // return (or another code) propagates
  }
  return new TclList(results);
}

const lmap: CommandDef = {
  name: 'lmap',
  fn: (interp, argv) => {
    if (argv.length < 4 || argv.length % 2 !== 0) throw usage(argv, 'varList list ?varList list ...? command');
    const setters: LoopVarSetter[][] = [];
    const lists: Value[][] = [];
    for (let i = 1; i < argv.length - 1; i += 2) {
      setters.push(loopVarNames(argv[i]!).map((n) => loopVarSetter(n, null)));
      lists.push(toList(argv[i + 1]!));
    }
    const body = argv[argv.length - 1]!;
    return runLmap(interp, setters, lists, (i) => evalValue(i, body));
  },
  compile: (node, words, ctx) => {
    if (words.length < 4 || words.length % 2 !== 0) return null;
    const setters: LoopVarSetter[][] = [];
    const listWords: Exec[] = [];
    for (let i = 1; i < words.length - 1; i += 2) {
      const lit = literalValue(node.words[i]!);
      if (lit === undefined) return null;
      let names: string[];
      try {
        names = loopVarNames(lit);
      } catch {
        return null; // let the run-time path raise the error
      }
      setters.push(names.map((n) => loopVarSetter(n, ctx)));
      listWords.push(words[i + 1]!);
    }
    const body = compileBody(node.words[words.length - 1]!, ctx);
    return (interp) => runLmap(interp, setters, listWords.map((w) => toList(w(interp))), body);
  },
};

export const listCommands: CommandDef[] = [
  list, llength, lindex, lrange, lreplace, linsert, lappend, lset, lassign, lreverse, lrepeat,
  concat, join, split, lsearchCommand, lsortCommand, lmap,
];
