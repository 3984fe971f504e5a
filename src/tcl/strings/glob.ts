// Tcl glob matching (Tcl_StringCaseMatch): `*`, `?`, `[chars]`, `[a-z]`, `\x`.
//
// Tcl's own matcher backtracks recursively at every `*`, which is exponential on patterns such as
// `*a*a*a*a*b`. Here a pattern is compiled once (and cached) into single-character tokens and
// stars, and matched with the classic "restart after the last star" loop, which decides the same
// question in O(text × pattern) at worst and linear time in practice. Simple shapes (`abc`,
// `abc*`, `*abc`, `*abc*`) skip the matcher entirely.
//
// A few malformed brackets make Tcl's parse of the pattern depend on the character being matched
// (`[a-]]`, an unclosed `[abc`); those rare patterns run on a direct NFA simulation of Tcl's
// algorithm instead, which is also O(text × pattern) and never recursive.

import { lowerCode, foldCase } from './unicode.js';

const STAR = 42; // *
const QUESTION = 63; // ?
const LBRACKET = 91; // [
const RBRACKET = 93; // ]
const BACKSLASH = 92; // \
const DASH = 45; // -

const enum Tok {
  LIT = 0,
  ANY = 1,
  SET = 2,
  STAR = 3,
  FAIL = 4,
}

const enum Shape {
  /** Token matcher. */
  GENERAL,
  /** Tcl-faithful NFA over the raw pattern (malformed brackets). */
  IRREGULAR,
  EXACT,
  PREFIX,
  SUFFIX,
  CONTAINS,
  ANYTHING,
}

interface CompiledGlob {
  shape: Shape;
  /** The literal for EXACT/PREFIX/SUFFIX/CONTAINS (case-folded when nocase). */
  literal: string;
  kinds: Uint8Array;
  /** LIT: the character (folded when nocase); SET: index into `sets`. */
  args: Int32Array;
  /** Each set: pairs lo, hi (single characters are lo = hi). */
  sets: Int32Array[];
}

const CACHE_MAX = 1024;
const caseCache = new Map<string, CompiledGlob>();
const nocaseCache = new Map<string, CompiledGlob>();

/** Tcl's `string match` (and switch -glob, lsearch -glob, ...): does `text` match `pattern`? */
export function globMatch(pattern: string, text: string, nocase = false): boolean {
  const cache = nocase ? nocaseCache : caseCache;
  let g = cache.get(pattern);
  if (g === undefined) {
    g = compile(pattern, nocase);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(pattern, g);
  }
  switch (g.shape) {
    case Shape.ANYTHING:
      return true;
    case Shape.EXACT:
      return (nocase ? foldCase(text) : text) === g.literal;
    case Shape.PREFIX:
      return (nocase ? foldCase(text) : text).startsWith(g.literal);
    case Shape.SUFFIX:
      return (nocase ? foldCase(text) : text).endsWith(g.literal);
    case Shape.CONTAINS:
      return (nocase ? foldCase(text) : text).includes(g.literal);
    case Shape.IRREGULAR:
      return matchIrregular(pattern, text, nocase);
    default:
      return matchTokens(g, text, nocase);
  }
}

// ---- compilation ---------------------------------------------------------------------------------

function compile(pattern: string, nocase: boolean): CompiledGlob {
  const simple = simpleShape(pattern, nocase);
  if (simple) return simple;
  const kinds: number[] = [];
  const args: number[] = [];
  const sets: Int32Array[] = [];
  const n = pattern.length;
  let i = 0;
  while (i < n) {
    const c = pattern.charCodeAt(i);
    if (c === STAR) {
      while (i < n && pattern.charCodeAt(i) === STAR) i++;
      kinds.push(Tok.STAR);
      args.push(0);
      continue;
    }
    if (c === QUESTION) {
      kinds.push(Tok.ANY);
      args.push(0);
      i++;
      continue;
    }
    if (c === LBRACKET) {
      const set = compileSet(pattern, i + 1, nocase);
      if (set === null) return irregular();
      kinds.push(Tok.SET);
      args.push(sets.length);
      sets.push(set.pairs);
      i = set.next;
      continue;
    }
    if (c === BACKSLASH) {
      i++;
      if (i >= n) {
        kinds.push(Tok.FAIL);
        args.push(0);
        break;
      }
    }
    const lit = pattern.charCodeAt(i);
    kinds.push(Tok.LIT);
    args.push(nocase ? lowerCode(lit) : lit);
    i++;
  }
  return { shape: Shape.GENERAL, literal: '', kinds: Uint8Array.from(kinds), args: Int32Array.from(args), sets };
}

function irregular(): CompiledGlob {
  return { shape: Shape.IRREGULAR, literal: '', kinds: new Uint8Array(0), args: new Int32Array(0), sets: [] };
}

/** `abc`, `abc*`, `*abc`, `*abc*`, `*`: no `?`, `[` or `\`, stars only at the ends. */
function simpleShape(pattern: string, nocase: boolean): CompiledGlob | null {
  if (/[?[\\]/.test(pattern)) return null;
  let start = 0;
  let end = pattern.length;
  while (start < end && pattern.charCodeAt(start) === STAR) start++;
  while (end > start && pattern.charCodeAt(end - 1) === STAR) end--;
  const body = pattern.slice(start, end);
  if (body.indexOf('*') >= 0) return null;
  const literal = nocase ? foldCase(body) : body;
  const lead = start > 0;
  const trail = end < pattern.length;
  let shape: Shape;
  if (lead && trail) shape = body === '' ? Shape.ANYTHING : Shape.CONTAINS;
  else if (lead) shape = body === '' ? Shape.ANYTHING : Shape.SUFFIX;
  else if (trail) shape = Shape.PREFIX;
  else shape = Shape.EXACT;
  return { shape, literal, kinds: new Uint8Array(0), args: new Int32Array(0), sets: [] };
}

/**
 * Parses the bracket expression starting after `[` at `i`, as Tcl does. Returns null when the
 * bracket is irregular: unclosed, or with a range whose end is `]` (then where the bracket ends
 * depends on the character matched).
 */
function compileSet(pattern: string, i: number, nocase: boolean): { pairs: Int32Array; next: number } | null {
  const n = pattern.length;
  const pairs: number[] = [];
  for (;;) {
    if (i >= n) return null;
    const c = pattern.charCodeAt(i);
    if (c === RBRACKET) break;
    let start = pattern.charCodeAt(i++);
    if (nocase) start = lowerCode(start);
    if (i < n && pattern.charCodeAt(i) === DASH) {
      i++;
      if (i >= n) return null;
      const endRaw = pattern.charCodeAt(i++);
      if (endRaw === RBRACKET) return null;
      const end = nocase ? lowerCode(endRaw) : endRaw;
      pairs.push(Math.min(start, end), Math.max(start, end));
    } else {
      pairs.push(start, start);
    }
  }
  return { pairs: Int32Array.from(pairs), next: i + 1 };
}

// ---- matching --------------------------------------------------------------------------------------

function inSet(set: Int32Array, c: number): boolean {
  for (let k = 0; k < set.length; k += 2) {
    if (c >= set[k]! && c <= set[k + 1]!) return true;
  }
  return false;
}

function matchTokens(g: CompiledGlob, text: string, nocase: boolean): boolean {
  const { kinds, args, sets } = g;
  const m = kinds.length;
  const n = text.length;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < n) {
    if (p < m) {
      const k = kinds[p]!;
      if (k === Tok.STAR) {
        p++;
        if (p === m) return true;
        starP = p;
        starS = s;
        continue;
      }
      let c = text.charCodeAt(s);
      let ok: boolean;
      if (k === Tok.LIT) ok = (nocase ? lowerCode(c) : c) === args[p];
      else if (k === Tok.ANY) ok = true;
      else if (k === Tok.SET) {
        if (nocase) c = lowerCode(c);
        ok = inSet(sets[args[p]!]!, c);
      } else ok = false;
      if (ok) {
        p++;
        s++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP;
    s = ++starS;
  }
  while (p < m && kinds[p] === Tok.STAR) p++;
  return p === m;
}

/**
 * Tcl_StringCaseMatch as an NFA simulation over the raw pattern: the set of pattern positions
 * alive after each character of the text. Used only for patterns with malformed brackets.
 */
function matchIrregular(pattern: string, text: string, nocase: boolean): boolean {
  const pn = pattern.length;
  let current: number[] = [];
  let next: number[] = [];
  const mark = new Int32Array(pn + 1).fill(-1);
  let generation = 0;
  let acceptAll = false;

  // Adds position pi (and what a run of stars there leads to) to `list`.
  const add = (list: number[], pi: number): void => {
    for (;;) {
      if (mark[pi] === generation) return;
      mark[pi] = generation;
      list.push(pi);
      if (pi < pn && pattern.charCodeAt(pi) === STAR) {
        let q = pi;
        while (q < pn && pattern.charCodeAt(q) === STAR) q++;
        if (q === pn) {
          acceptAll = true;
          return;
        }
        pi = q;
        continue;
      }
      return;
    }
  };

  add(current, 0);
  if (acceptAll) return true;
  for (let si = 0; si < text.length; si++) {
    generation++;
    next.length = 0;
    const c = text.charCodeAt(si);
    for (const pi of current) {
      if (pi >= pn) continue;
      const to = stepIrregular(pattern, pi, c, nocase);
      if (to >= 0) add(next, to);
      if (acceptAll) return true;
    }
    if (next.length === 0) return false;
    const t = current;
    current = next;
    next = t;
  }
  return current.indexOf(pn) >= 0;
}

/** Where pattern position pi goes after consuming character c (-1: no match). */
function stepIrregular(pattern: string, pi: number, c: number, nocase: boolean): number {
  const pn = pattern.length;
  const p = pattern.charCodeAt(pi);
  if (p === STAR) return pi; // a star consumes anything and stays
  if (p === QUESTION) return pi + 1;
  if (p === LBRACKET) {
    pi++;
    const ch1 = nocase ? lowerCode(c) : c;
    for (;;) {
      if (pi >= pn || pattern.charCodeAt(pi) === RBRACKET) return -1;
      let start = pattern.charCodeAt(pi++);
      if (nocase) start = lowerCode(start);
      if (pi < pn && pattern.charCodeAt(pi) === DASH) {
        pi++;
        if (pi >= pn) return -1;
        let end = pattern.charCodeAt(pi++);
        if (nocase) end = lowerCode(end);
        if ((start <= ch1 && ch1 <= end) || (end <= ch1 && ch1 <= start)) break;
      } else if (start === ch1) break;
    }
    while (pi < pn && pattern.charCodeAt(pi) !== RBRACKET) pi++;
    return pi < pn ? pi + 1 : pn;
  }
  if (p === BACKSLASH) {
    pi++;
    if (pi >= pn) return -1;
  }
  const lit = pattern.charCodeAt(pi);
  const same = nocase ? lowerCode(lit) === lowerCode(c) : lit === c;
  return same ? pi + 1 : -1;
}
