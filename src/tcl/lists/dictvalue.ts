// Dictionary values: an insertion-ordered Map behind a TclList face.
//
// A dict built by the dict commands is a TclList whose items (alternating keys and values) are
// produced lazily from its Map, so every list consumer (`llength`, `foreach`, string form) works
// on it unchanged, while the dict commands reach the Map directly. Values that arrive as strings
// or plain lists are parsed once and their Map is cached beside them.
//
// Updates are persistent and O(1) (Baker's "rerooting"): `dictPut` changes the Map in place and
// hands it to a new value, while the old value becomes a small diff ("me = newer value with this
// key restored"). Whoever still holds the old value sees it unchanged: the first time it is read
// again it rebuilds its own Map from the newer one. So `dict set` in a loop costs O(1) per step
// whether or not other variables share the dict. The one thing that must not happen is a Map
// changing under someone iterating it: `getDict` (for callers that keep the Map while scripts run)
// marks the value so that the next update copies; `peekDict` is for reads that let go at once.

import { TclError } from '../errors.js';
import { TclList, parseList, str, type Value } from '../value.js';

export type DictMap = Map<string, Value>;

/** The content of a value superseded by an update: `next`'s content with `key` put back. */
interface Diff {
  key: string;
  /** Whether the key existed before the update (else the update added it). */
  had: boolean;
  old: Value | undefined;
  next: DictObj;
}

interface DictFields {
  /** The content, or null while this value is a diff against a newer one. */
  map: DictMap | null;
  diff: Diff | null;
  /** The Map has been handed out (or is shared with a cache): updates must copy it. */
  exposed: boolean;
  flat: Value[] | undefined;
}

type DictObj = TclList & DictFields;

const dictProto: object = Object.create(TclList.prototype);
Object.defineProperty(dictProto, 'items', {
  get(this: DictObj): Value[] {
    let flat = this.flat;
    if (flat === undefined) {
      const map = currentMap(this);
      flat = new Array(map.size * 2);
      let i = 0;
      for (const [k, v] of map) {
        flat[i++] = k;
        flat[i++] = v;
      }
      this.flat = flat;
    }
    return flat;
  },
  configurable: true,
});

function makeDict(map: DictMap, exposed: boolean): DictObj {
  const o = Object.create(dictProto) as DictObj & { s: string | undefined };
  o.map = map;
  o.diff = null;
  o.exposed = exposed;
  o.flat = undefined;
  o.s = undefined;
  return o;
}

function isDictObj(v: Value): v is DictObj {
  return typeof v === 'object' && Object.getPrototypeOf(v) === dictProto;
}

/** The Map of a dict value, rebuilding it from the newer versions when it was superseded. */
function currentMap(d: DictObj): DictMap {
  if (d.map !== null) return d.map;
  const chain: DictObj[] = [];
  let cur = d;
  while (cur.map === null) {
    chain.push(cur);
    cur = cur.diff!.next;
  }
  const map = new Map(cur.map);
  for (let i = chain.length - 1; i >= 0; i--) {
    const { key, had, old } = chain[i]!.diff!;
    if (had) map.set(key, old!);
    else map.delete(key);
  }
  d.map = map;
  d.diff = null;
  d.exposed = false;
  return map;
}

/** A dict value over `map`, which from now on belongs to the value (do not change it). */
export function dictValue(map: DictMap): TclList {
  return makeDict(map, false);
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

/** The cached Map of a value that is not a dict value yet (shared: never changed). */
function parsedMap(v: Value): DictMap {
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

/**
 * The Map of a dict value, raising Tcl's errors when `v` is not a dict, for a caller that keeps
 * it while scripts run (iteration). Never change it.
 */
export function getDict(v: Value): DictMap {
  if (isDictObj(v)) {
    const map = currentMap(v);
    v.exposed = true;
    return map;
  }
  return parsedMap(v);
}

/** Like getDict, for a read that is over before any script runs or the dict is updated. */
export function peekDict(v: Value): DictMap {
  return isDictObj(v) ? currentMap(v) : parsedMap(v);
}

/** `v` as a dict value (itself when it already is one). */
export function asDictValue(v: Value): TclList {
  if (isDictObj(v)) return v;
  return makeDict(parsedMap(v), true);
}

/** The dict `d` (undefined: empty) with `key` set to `value`. `d` itself keeps its content. */
export function dictPut(d: Value | undefined, key: string, value: Value): TclList {
  if (d === undefined) return makeDict(new Map([[key, value]]), false);
  if (isDictObj(d)) {
    const map = currentMap(d);
    if (!d.exposed) {
      const had = map.has(key);
      const old = map.get(key);
      map.set(key, value);
      const next = makeDict(map, false);
      d.map = null;
      d.diff = { key, had, old, next };
      return next;
    }
  }
  const map = new Map(peekDict(d));
  map.set(key, value);
  return makeDict(map, false);
}

export function copyDict(map: DictMap): DictMap {
  return new Map(map);
}

export function keyNotKnown(key: string): TclError {
  return new TclError(`key "${key}" not known in dictionary`, ['TCL', 'LOOKUP', 'DICT', key]);
}
