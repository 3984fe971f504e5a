// Dictionary values: an insertion-ordered Map behind a TclList face.
//
// A dict built by the dict commands is a TclList whose items (alternating keys and values) are
// produced lazily from its Map, so every list consumer (`llength`, `foreach`, string form) works
// on it unchanged, while the dict commands reach the Map directly. Values that arrive as strings
// or plain lists are parsed once and the Map is cached beside them.
//
// Maps handed out by `getDict` are shared: never change them; build a new one (`copyDict`).

import { TclError } from '../errors.js';
import { TclList, parseList, str, type Value } from '../value.js';

export type DictMap = Map<string, Value>;

interface DictFields {
  map: DictMap;
  flat: Value[] | undefined;
}

type DictValue = TclList & DictFields;

const dictProto: object = Object.create(TclList.prototype);
Object.defineProperty(dictProto, 'items', {
  get(this: DictValue): Value[] {
    let flat = this.flat;
    if (flat === undefined) {
      flat = new Array(this.map.size * 2);
      let i = 0;
      for (const [k, v] of this.map) {
        flat[i++] = k;
        flat[i++] = v;
      }
      this.flat = flat;
    }
    return flat;
  },
  configurable: true,
});

/** A dict value over `map`, which from now on belongs to the value (do not change it). */
export function dictValue(map: DictMap): TclList {
  const o = Object.create(dictProto) as DictValue & { s: string | undefined };
  o.map = map;
  o.flat = undefined;
  o.s = undefined;
  return o;
}

export function isDictValue(v: Value): boolean {
  return typeof v === 'object' && Object.getPrototypeOf(v) === dictProto;
}

function missingValue(): TclError {
  return new TclError('missing value to go with key', ['TCL', 'VALUE', 'DICTIONARY']);
}

function mapFromItems(items: readonly Value[]): DictMap {
  if (items.length % 2 !== 0) throw missingValue();
  const map: DictMap = new Map();
  for (let i = 0; i < items.length; i += 2) map.set(str(items[i]!), items[i + 1]!);
  return map;
}

/** The list parser's errors, reworded as the dict parser words them. */
function dictParseError(e: TclError): TclError {
  const code = Array.isArray(e.errorCode) ? e.errorCode : [];
  const reason = code[3] ?? 'FORMAT';
  const message = e.message.replace(/^list element/, 'dict element').replace(/ in list$/, ' in dict');
  return new TclError(message, ['TCL', 'VALUE', 'DICTIONARY', reason]);
}

const listDicts = new WeakMap<TclList, DictMap>();
const stringDicts = new Map<string, DictMap>();
const STRING_CACHE_MAX = 256;

/** The Map of a dict value, raising Tcl's errors when `v` is not a dict. Shared: do not change. */
export function getDict(v: Value): DictMap {
  if (typeof v === 'object' && Object.getPrototypeOf(v) === dictProto) return (v as DictValue).map;
  if (v instanceof TclList) {
    let map = listDicts.get(v);
    if (map === undefined) {
      map = mapFromItems(v.items);
      listDicts.set(v, map);
    }
    return map;
  }
  const s = str(v);
  let map = stringDicts.get(s);
  if (map !== undefined) return map;
  let items: string[];
  try {
    items = parseList(s);
  } catch (e) {
    throw e instanceof TclError ? dictParseError(e) : e;
  }
  map = mapFromItems(items);
  if (stringDicts.size >= STRING_CACHE_MAX) stringDicts.delete(stringDicts.keys().next().value as string);
  stringDicts.set(s, map);
  return map;
}

/** getDict as a dict value (the same value when it already is one). */
export function asDictValue(v: Value): TclList {
  if (isDictValue(v)) return v as TclList;
  return dictValue(getDict(v));
}

export function copyDict(map: DictMap): DictMap {
  return new Map(map);
}

export function keyNotKnown(key: string): TclError {
  return new TclError(`key "${key}" not known in dictionary`, ['TCL', 'LOOKUP', 'DICT', key]);
}
