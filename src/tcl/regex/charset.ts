// Character sets for the Tcl regex translator, as sorted lists of UTF-16 code-unit ranges.
//
// Patterns are emitted WITHOUT the `u` and `i` flags (so that V8's linear-time fallback engine
// can take them over, see safety.ts): Tcl's Unicode classes and case-insensitivity are therefore
// spelled out here as explicit ranges. The class tables are derived once, lazily, from JS's
// Unicode property escapes, adjusted to Tcl 8.6's definitions (checked against tclsh).

/** Flat sorted list of inclusive ranges: [lo0, hi0, lo1, hi1, ...], merged and non-overlapping. */
export type Ranges = number[];

const MAX_UNIT = 0xffff;

export function single(c: number): Ranges {
  return [c, c];
}

/** Sorts and merges arbitrary [lo, hi] pairs. */
export function normalize(pairs: number[]): Ranges {
  const n = pairs.length / 2;
  if (n <= 1) return pairs.slice();
  const idx: number[] = [];
  for (let i = 0; i < n; i++) idx.push(i);
  idx.sort((a, b) => pairs[2 * a]! - pairs[2 * b]!);
  const out: number[] = [];
  for (const i of idx) {
    const lo = pairs[2 * i]!;
    const hi = pairs[2 * i + 1]!;
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) {
      if (hi > out[last]!) out[last] = hi;
    } else {
      out.push(lo, hi);
    }
  }
  return out;
}

export function union(...sets: Ranges[]): Ranges {
  const all: number[] = [];
  for (const s of sets) for (const x of s) all.push(x);
  return normalize(all);
}

export function complement(r: Ranges): Ranges {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i]! > next) out.push(next, r[i]! - 1);
    next = r[i + 1]! + 1;
  }
  if (next <= MAX_UNIT) out.push(next, MAX_UNIT);
  return out;
}

export function subtract(a: Ranges, b: Ranges): Ranges {
  return complement(union(complement(a), b));
}

export function contains(r: Ranges, c: number): boolean {
  for (let i = 0; i < r.length; i += 2) {
    if (c < r[i]!) return false;
    if (c <= r[i + 1]!) return true;
  }
  return false;
}

/** Adds the other case of every character (Tcl's -nocase / (?i): each char matches all its cases). */
export function foldCase(r: Ranges): Ranges {
  const extra: number[] = [];
  for (let i = 0; i < r.length; i += 2) {
    for (let c = r[i]!; c <= r[i + 1]!; c++) {
      const ch = String.fromCharCode(c);
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo.length === 1 && lo !== ch) extra.push(lo.charCodeAt(0), lo.charCodeAt(0));
      if (up.length === 1 && up !== ch) extra.push(up.charCodeAt(0), up.charCodeAt(0));
    }
  }
  return extra.length === 0 ? r : union(r, extra);
}

/** The cases of one character, as a set (for literals under -nocase). */
export function casesOf(c: number): Ranges {
  return foldCase(single(c));
}

// ---- emission ------------------------------------------------------------------------------------

function unit(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return '\\u' + c.toString(16).padStart(4, '0');
}

/** JS source for a set: a single escaped unit, a class, or a never-matching class when empty. */
export function emitSet(r: Ranges): string {
  if (r.length === 0) return '[^\\s\\S]';
  if (r.length === 2 && r[0] === r[1]) return unit(r[0]!);
  if (r.length === 2 && r[0] === 0 && r[1] === MAX_UNIT) return '[\\s\\S]';
  const comp = complement(r);
  // The shorter of [..] and [^..].
  const [body, neg] = comp.length < r.length ? [comp, true] : [r, false];
  let out = neg ? '[^' : '[';
  for (let i = 0; i < body.length; i += 2) {
    const lo = body[i]!;
    const hi = body[i + 1]!;
    out += unit(lo);
    if (hi > lo) out += (hi > lo + 1 ? '-' : '') + unit(hi);
  }
  return out + ']';
}

// ---- Tcl's character classes ---------------------------------------------------------------------

/** Builds a range list from a unicode-mode JS class, scanning the BMP once. */
function scan(re: RegExp): Ranges {
  const out: number[] = [];
  let start = -1;
  for (let c = 0; c <= MAX_UNIT + 1; c++) {
    const hit = c <= MAX_UNIT && !(c >= 0xd800 && c <= 0xdfff) && re.test(String.fromCharCode(c));
    if (hit && start < 0) start = c;
    else if (!hit && start >= 0) {
      out.push(start, c - 1);
      start = -1;
    }
  }
  return out;
}

// Tcl 8.6's classes (regc_locale.c) expressed with Unicode properties; the remaining
// differences are characters added to Unicode after the tables Tcl was built from.
const CLASS_SOURCES: Record<string, () => Ranges> = {
  alpha: () => scan(/\p{L}/u),
  digit: () => scan(/\p{Nd}/u),
  alnum: () => scan(/[\p{L}\p{Nd}]/u),
  upper: () => scan(/\p{Lu}/u),
  lower: () => union(scan(/\p{Ll}/u), single(0x295)),
  space: () => scan(/[\s\x85\u180e\u200b\u2060]/u),
  blank: () => [0x09, 0x09, 0x20, 0x20],
  punct: () => scan(/\p{P}/u),
  cntrl: () => scan(/[\p{Cc}\p{Cf}\p{Co}]/u),
  graph: () => scan(/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u),
  print: () => scan(/[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\x85\u180e\u200b\u2028\u2029\u2060\ufeff]/u),
  xdigit: () => [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
  ascii: () => [0, 0x7f],
  // \w: Tcl 8.6.13 counts connector punctuation (U+203F ...) as word characters.
  word: () => scan(/[\p{L}\p{Nd}\p{Pc}]/u),
};

const classCache = new Map<string, Ranges>();

export function isClassName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(CLASS_SOURCES, name) && name !== 'word';
}

/** The ranges of a named class (`alpha`, ..., and `word` for \w). */
export function classRanges(name: string): Ranges {
  let r = classCache.get(name);
  if (r === undefined) {
    r = CLASS_SOURCES[name]!();
    classCache.set(name, r);
  }
  return r;
}

/** Tcl_UniCharIsSpace, used to skip white space in expanded syntax. */
export function isTclSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return contains(classRanges('space'), c);
}

export function isWordUnit(c: number): boolean {
  return contains(classRanges('word'), c);
}
