// Amortised O(1) `lappend` without reference counts.
//
// Tcl appends in place when the variable holds the only reference to its list. We cannot count
// references, so a long list built by lappend is kept as a *view*: the first `len` items of a
// buffer that lappend may extend. Appending pushes onto the buffer (never changing the first
// `len` items) and makes a new, longer view; every older view, wherever it is held, still reads
// its own `len` items. The `items` array a view hands out is the one thing we cannot protect
// (its holder could watch its length grow), so once `items` has been read the view is "exposed"
// and the next append copies, as it would without this module.
//
// The views are TclList instances (same prototype chain), so every consumer of TclList works
// unchanged; they are built with Object.create because TclList declares `items` as a field,
// which would shadow an accessor defined by a subclass.

import { TclList, toList, type Value } from '../value.js';

interface GrowFields {
  buf: Value[];
  len: number;
  exposed: boolean;
}

type GrowList = TclList & GrowFields;

const growProto: object = Object.create(TclList.prototype);
Object.defineProperty(growProto, 'items', {
  get(this: GrowList): Value[] {
    if (this.buf.length !== this.len) this.buf = this.buf.slice(0, this.len);
    this.exposed = true;
    return this.buf;
  },
  configurable: true,
});

function makeView(buf: Value[], len: number): GrowList {
  const o = Object.create(growProto) as GrowList & { s: string | undefined };
  o.buf = buf;
  o.len = len;
  o.exposed = false;
  o.s = undefined;
  return o;
}

function isGrowList(v: Value): v is GrowList {
  return typeof v === 'object' && Object.getPrototypeOf(v) === growProto;
}

/** Below this length copying is cheaper than keeping a growable view. */
const GROW_MIN = 32;

/** The list `current` (undefined: a new list) with `values` appended. `current` is never changed. */
export function appendToList(current: Value | undefined, values: readonly Value[]): TclList {
  if (current !== undefined && isGrowList(current) && !current.exposed && current.buf.length === current.len) {
    const buf = current.buf;
    for (let i = 0; i < values.length; i++) buf.push(values[i]!);
    return makeView(buf, buf.length);
  }
  const base = current === undefined ? [] : toList(current);
  const n = base.length + values.length;
  const items: Value[] = new Array(n);
  for (let i = 0; i < base.length; i++) items[i] = base[i]!;
  for (let i = 0; i < values.length; i++) items[base.length + i] = values[i]!;
  return n < GROW_MIN ? new TclList(items) : makeView(items, n);
}

/**
 * The items of a list for a command that reads them and lets go before running any script or
 * returning: unlike toList, looking does not stop a growable list from growing in place.
 * The array must not be changed, kept, or wrapped in a new list.
 */
export function peekItems(v: Value): readonly Value[] {
  if (isGrowList(v) && v.buf.length === v.len) return v.buf;
  return toList(v);
}
