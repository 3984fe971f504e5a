// lsort, after Tcl 8.6's Tcl_LsortObjCmd: the same options and errors, and the same merge sort
// (elements merged one by one into power-of-two sublists), so that a -command callback sees the
// very same sequence of comparisons as under tclsh, and -unique keeps the same duplicates.

import { Code, TclError, wrongArgs } from '../errors.js';
import type { Interp } from '../interp.js';
import { getDouble, getInt } from '../numbers.js';
import { TclList, str, toList, type Value } from '../value.js';
import { compareAscii, compareDictionary, compareNocase } from './compare.js';
import { check84Index, decodeIndex, encodeIndex, notAnInteger, tclGetInt, type EncodedIndex } from './index.js';
import { getIndexFromTable } from './options.js';
import { LSORT_OPTIONS_84 } from '../tcl84.js';

const enum Mode {
  ASCII,
  ASCII_NOCASE,
  DICTIONARY,
  INTEGER,
  REAL,
  COMMAND,
}

const OPTIONS = [
  '-ascii', '-command', '-decreasing', '-dictionary', '-increasing', '-index', '-indices',
  '-integer', '-nocase', '-real', '-stride', '-unique',
] as const;

/** Tcl merges into at most this many sublists (the last one absorbs the rest). */
const NUM_LISTS = 30;

interface SortInfo {
  mode: Mode;
  increasing: boolean;
  unique: boolean;
  indexes: EncodedIndex[];
  command: Value[] | null;
  interp: Interp;
}

/** Thrown to unwind the sort when a -command callback completes with break/continue/return. */
class SignalAbort {}

function missing(message: string): TclError {
  return new TclError(message, ['TCL', 'ARGUMENT', 'MISSING']);
}

/** Parses an -index value: a list of indexes, each checked as lsort/lsearch check them. */
export function parseIndexOption(v: Value): EncodedIndex[] {
  return toList(v).map(encodeIndex);
}

/** The sublist element an -index option selects (SelectObjFromSublist). */
export function selectFromSublist(item: Value, indexes: readonly EncodedIndex[]): Value {
  let cur = item;
  for (const e of indexes) {
    const items = toList(cur);
    const index = decodeIndex(e, items.length - 1);
    if (index < 0 || index >= items.length) {
      throw new TclError(`element ${index} missing from sublist "${str(cur)}"`, ['TCL', 'OPERATION', 'LSORT', 'INDEXFAILED']);
    }
    cur = items[index]!;
  }
  return cur;
}

/** Tcl_GetWideIntFromObj: a 64-bit integer or Tcl's errors. */
export function getWide(v: Value): number | bigint {
  const i = getInt(v);
  if (typeof i === 'bigint' && (i > 0x7fffffffffffffffn || i < -0x8000000000000000n)) {
    const msg = 'integer value too large to represent';
    throw new TclError(msg, ['ARITH', 'IOVERFLOW', msg]);
  }
  return i;
}

/** Tcl_GetDoubleFromObj, which refuses NaN. */
export function getDoubleNotNaN(v: Value): number {
  if (typeof v === 'string' && /^\s*[+-]?nan\s*$/i.test(v)) {
    throw new TclError('floating point value is Not a Number', ['TCL', 'VALUE', 'DOUBLE', 'NAN']);
  }
  return getDouble(v);
}

function compareKeys(a: unknown, b: unknown, info: SortInfo): number {
  let order: number;
  switch (info.mode) {
    case Mode.ASCII:
      order = compareAscii(a as string, b as string);
      break;
    case Mode.ASCII_NOCASE:
      order = compareNocase(a as string, b as string);
      break;
    case Mode.DICTIONARY:
      order = compareDictionary(a as string, b as string);
      break;
    case Mode.INTEGER:
    case Mode.REAL: {
      const x = a as number | bigint;
      const y = b as number | bigint;
      order = x < y ? -1 : x > y ? 1 : 0;
      break;
    }
    case Mode.COMMAND:
      order = callCompare(a as Value, b as Value, info);
      break;
  }
  return info.increasing ? order : -order;
}

function callCompare(a: Value, b: Value, info: SortInfo): number {
  const interp = info.interp;
  const result = interp.invoke([...info.command!, a, b]);
  if (interp.signal !== Code.OK) throw new SignalAbort();
  const order = typeof result === 'number' ? (result > 0xffffffff || result < -0xffffffff ? null : result | 0) : tclGetInt(str(result));
  if (order === null) {
    throw new TclError('-compare command returned non-integer result', ['TCL', 'OPERATION', 'LSORT', 'COMPARISONFAILED']);
  }
  return order;
}

/** Sorts the elements `keys` stand for; returns their positions in sorted order (MergeLists). */
class Merger {
  readonly next: Int32Array;
  constructor(
    readonly keys: unknown[],
    readonly info: SortInfo,
    n: number,
  ) {
    this.next = new Int32Array(n).fill(-1);
  }

  merge(left: number, right: number): number {
    if (left < 0) return right;
    if (right < 0) return left;
    const { next, keys, info } = this;
    const unique = info.unique;
    let tail: number;
    let cmp = compareKeys(keys[left], keys[right], info);
    if (cmp > 0 || (cmp === 0 && unique)) {
      if (cmp === 0) left = next[left]!; // -unique keeps the later of two equal elements
      tail = right;
      right = next[right]!;
    } else {
      tail = left;
      left = next[left]!;
    }
    const head = tail;
    while (left >= 0 && right >= 0) {
      cmp = compareKeys(keys[left], keys[right], info);
      if (cmp > 0 || (unique && cmp === 0)) {
        if (cmp === 0) left = next[left]!;
        next[tail] = right;
        tail = right;
        right = next[right]!;
      } else {
        next[tail] = left;
        tail = left;
        left = next[left]!;
      }
    }
    next[tail] = left >= 0 ? left : right;
    return head;
  }
}

export function lsort(interp: Interp, argv: Value[]): Value {
  const objc = argv.length;
  if (objc < 2) throw wrongArgs(`${str(argv[0]!)} ?-option value ...? list`);
  const info: SortInfo = { mode: Mode.ASCII, increasing: true, unique: false, indexes: [], command: null, interp };
  let nocase = false;
  let indices = false;
  let groupSize = 1;
  let commandWord: Value | null = null;
  const table = interp.dialect === 'irule' ? LSORT_OPTIONS_84 : OPTIONS;
  for (let i = 1; i < objc - 1; i++) {
    switch (table[getIndexFromTable(str(argv[i]!), table, 'option')]) {
      case '-ascii': info.mode = Mode.ASCII; break;
      case '-command':
        if (i === objc - 2) throw missing('"-command" option must be followed by comparison command');
        info.mode = Mode.COMMAND;
        commandWord = argv[++i]!;
        break;
      case '-decreasing': info.increasing = false; break;
      case '-dictionary': info.mode = Mode.DICTIONARY; break;
      case '-increasing': info.increasing = true; break;
      case '-index':
        if (i === objc - 2) throw missing('"-index" option must be followed by list index');
        // Tcl 8.4.6 (the iRule dialect) takes one index there, in 8.4's forms (generic/tclCmdIL.c 3325).
        if (interp.dialect === 'irule') check84Index(argv[i + 1]!);
        info.indexes = parseIndexOption(argv[++i]!);
        break;
      case '-indices': indices = true; break;
      case '-integer': info.mode = Mode.INTEGER; break;
      case '-nocase': nocase = true; break;
      case '-real': info.mode = Mode.REAL; break;
      case '-stride': {
        if (i === objc - 2) throw missing('"-stride" option must be followed by stride length');
        const s = str(argv[++i]!);
        const g = tclGetInt(s);
        if (g === null) throw notAnInteger(s);
        if (g < 2) throw new TclError('stride length must be at least 2', ['TCL', 'OPERATION', 'LSORT', 'BADSTRIDE']);
        groupSize = g;
        break;
      }
      case '-unique': info.unique = true; break;
    }
  }
  if (nocase && info.mode === Mode.ASCII) info.mode = Mode.ASCII_NOCASE;
  if (info.mode === Mode.COMMAND) info.command = [...toList(commandWord!)];

  const list = toList(argv[objc - 1]!);
  let length = list.length;
  if (length === 0) return '';
  let groupOffset = 0;
  if (groupSize > 1) {
    if (length % groupSize !== 0) {
      throw new TclError('list size must be a multiple of the stride length', ['TCL', 'OPERATION', 'LSORT', 'BADSTRIDE']);
    }
    length /= groupSize;
    if (info.indexes.length > 0) {
      groupOffset = decodeIndex(info.indexes[0]!, groupSize - 1);
      if (groupOffset < 0 || groupOffset >= groupSize) {
        throw new TclError('when used with "-stride", the leading "-index" value must be within the group', ['TCL', 'OPERATION', 'LSORT', 'BADINDEX']);
      }
      info.indexes = info.indexes.slice(1);
    }
  }

  const keys: unknown[] = new Array(length);
  const merger = new Merger(keys, info, length);
  const subLists = new Int32Array(NUM_LISTS).fill(-1);
  try {
    for (let i = 0; i < length; i++) {
      const idx = groupSize * i + groupOffset;
      const item = info.indexes.length > 0 ? selectFromSublist(list[idx]!, info.indexes) : list[idx]!;
      keys[i] = sortKey(item, info.mode);
      // Merge the new element into the sublists, pairing equal sizes (Tcl interleaves key
      // extraction with merging, which decides when a failing key is noticed).
      let element = i;
      let j = 0;
      for (; j < NUM_LISTS && subLists[j]! >= 0; j++) {
        element = merger.merge(subLists[j]!, element);
        subLists[j] = -1;
      }
      if (j >= NUM_LISTS) j = NUM_LISTS - 1;
      subLists[j] = element;
    }
    let head = subLists[0]!;
    for (let j = 1; j < NUM_LISTS; j++) head = merger.merge(subLists[j]!, head);
    return collect(head, merger.next, list, groupSize, indices);
  } catch (e) {
    if (e instanceof SignalAbort) return '';
    throw e;
  }
}

function sortKey(item: Value, mode: Mode): unknown {
  switch (mode) {
    case Mode.INTEGER:
      return getWide(item);
    case Mode.REAL:
      return getDoubleNotNaN(item);
    case Mode.COMMAND:
      return item;
    default:
      return str(item);
  }
}

function collect(head: number, next: Int32Array, list: readonly Value[], groupSize: number, indices: boolean): TclList {
  const out: Value[] = [];
  for (let e = head; e >= 0; e = next[e]!) {
    const start = e * groupSize;
    for (let j = 0; j < groupSize; j++) out.push(indices ? start + j : list[start + j]!);
  }
  return new TclList(out);
}
