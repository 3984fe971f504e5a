// String operations with Tcl 8.6's exact semantics, free of argument parsing so that other
// commands (and the BIG-IP emulator) can reuse them.

import { foldCase, isWordChar, lowerCode } from './unicode.js';
import type { LengthGuard } from './guard.js';

// ---- comparison ----------------------------------------------------------------------------------

/** `string compare`: -1, 0 or 1; `length` < 0 means no limit. */
export function compareStrings(a: string, b: string, nocase: boolean, length: number): number {
  if (length === 0) return 0;
  if (length > 0) {
    if (a.length > length) a = a.slice(0, length);
    if (b.length > length) b = b.slice(0, length);
  }
  if (nocase) {
    a = foldCase(a);
    b = foldCase(b);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function equalStrings(a: string, b: string, nocase: boolean, length: number): boolean {
  if (length === 0) return true;
  if (length > 0) {
    if (a.length > length) a = a.slice(0, length);
    if (b.length > length) b = b.slice(0, length);
  }
  if (a.length !== b.length) return false;
  return nocase ? a === b || foldCase(a) === foldCase(b) : a === b;
}

// ---- search ----------------------------------------------------------------------------------------

/** `string first`: index of needle in haystack at or after start (< 0 means 0), or -1. */
export function stringFirst(needle: string, haystack: string, start: number): number {
  if (needle.length === 0) return -1;
  if (start < 0) start = 0;
  if (start + needle.length > haystack.length) return -1;
  return haystack.indexOf(needle, start);
}

/** `string last`: the last index of needle in haystack ending at or before `last`, or -1. */
export function stringLast(needle: string, haystack: string, last: number): number {
  if (needle.length === 0 || last < 0) return -1;
  if (last >= haystack.length) last = haystack.length - 1;
  const from = last + 1 - needle.length;
  if (from < 0) return -1;
  return haystack.lastIndexOf(needle, from);
}

// ---- map -------------------------------------------------------------------------------------------

/** A `string map` mapping prepared for repeated use. */
export interface CompiledMap {
  nocase: boolean;
  keys: string[];
  values: string[];
  /** Candidate keys by their first character, in list order, so each position tries few keys. */
  byFirst: Map<number, number[]>;
}

export function compileMap(mapping: readonly string[], nocase: boolean): CompiledMap {
  const keys: string[] = [];
  const values: string[] = [];
  const byFirst = new Map<number, number[]>();
  for (let k = 0; k + 1 < mapping.length; k += 2) {
    const key = mapping[k]!;
    if (key.length === 0) continue;
    const index = keys.length;
    keys.push(nocase ? foldCase(key) : key);
    values.push(mapping[k + 1]!);
    const first = nocase ? lowerCode(key.charCodeAt(0)) : key.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(index);
    else byFirst.set(first, [index]);
  }
  return { nocase, keys, values, byFirst };
}

/**
 * `string map`: at each position the first key (in list order) that matches is replaced, and
 * scanning continues after it. Empty keys never match.
 */
export function stringMap(s: string, mapping: readonly string[] | CompiledMap, nocase: boolean, guard: LengthGuard): string {
  if (s.length === 0) return s;
  if (Array.isArray(mapping)) {
    if (mapping.length === 0) return s;
    if (mapping.length === 2 && !nocase) return mapOnePair(s, mapping[0]!, mapping[1]!, guard);
  }
  const { keys, values, byFirst } = Array.isArray(mapping) ? compileMap(mapping, nocase) : (mapping as CompiledMap);
  if (keys.length === 1 && !nocase) return mapOnePair(s, keys[0]!, values[0]!, guard);
  const subject = nocase ? foldCase(s) : s;
  const n = s.length;
  let out = '';
  let copied = 0;
  let replaced = 0;
  for (let i = 0; i < n; i++) {
    const candidates = byFirst.get(subject.charCodeAt(i));
    if (candidates === undefined) continue;
    for (const k of candidates) {
      const key = keys[k]!;
      if (key.length > n - i || !subject.startsWith(key, i)) continue;
      out += s.slice(copied, i) + values[k]!;
      // Checked every 256 replacements (each check also counts the work done), and at the end.
      if ((++replaced & 0xff) === 0 || values[k]!.length > 0xffff) guard.checkLength(out.length);
      if ((replaced & 0xfff) === 0) guard.charge?.(0x1000 / REPLACEMENTS_PER_STEP);
      i += key.length - 1;
      copied = i + 1;
      break;
    }
  }
  if (copied === 0) return s;
  guard.checkLength(out.length + n - copied);
  return out + s.slice(copied);
}

/** Replacements charged as one step (docs/tcl.md "Budgets"): a string map doubling a 32M string does millions. */
const REPLACEMENTS_PER_STEP = 16;

function mapOnePair(s: string, key: string, value: string, guard: LengthGuard): string {
  if (key.length === 0 || key.length > s.length) return s;
  let i = s.indexOf(key);
  if (i < 0) return s;
  // Count first: a result over the string limit fails before any of it is built.
  const grow = value.length - key.length;
  let count = 0;
  for (let j = i; j >= 0; j = s.indexOf(key, j + key.length)) {
    count++;
    if (grow > 0 && s.length + count * grow > MAX_SAFE_LENGTH) break;
    if ((count & 0xffff) === 0) guard.charge?.(0x10000 / REPLACEMENTS_PER_STEP);
  }
  guard.checkLength(s.length + count * grow);
  guard.charge?.((count & 0xffff) / REPLACEMENTS_PER_STEP);
  // Joined in batches: one native join per batch instead of a concatenation per replacement, and
  // never an array of millions of pieces.
  let out = '';
  let parts: string[] = [];
  let copied = 0;
  while (i >= 0) {
    parts.push(s.slice(copied, i));
    if (parts.length === 4096) {
      out += parts.join(value) + value;
      parts = [];
    }
    copied = i + key.length;
    i = s.indexOf(key, copied);
  }
  parts.push(s.slice(copied));
  return out + parts.join(value);
}

/** Past any string limit: counting stops there (the check then fails). */
const MAX_SAFE_LENGTH = 2 ** 31;

// ---- trim ------------------------------------------------------------------------------------------

/** The characters `string trim` removes by default (Tcl 8.6's tclDefaultTrimSet). */
export const DEFAULT_TRIM_CHARS =
  '\t\n\v\f\r \0\u0085\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009' +
  '\u200a\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff';

function trimPredicate(chars: string): (c: number) => boolean {
  if (chars.length === 1) {
    const only = chars.charCodeAt(0);
    return (c) => c === only;
  }
  return (c) => chars.indexOf(String.fromCharCode(c)) >= 0;
}

const isDefaultTrim = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 || c === 0 ? DEFAULT_TRIM_CHARS.indexOf(String.fromCharCode(c)) >= 0 : false);

export function trimLeft(s: string, chars: string = DEFAULT_TRIM_CHARS): string {
  if (chars.length === 0) return s;
  const inSet = chars === DEFAULT_TRIM_CHARS ? isDefaultTrim : trimPredicate(chars);
  let i = 0;
  while (i < s.length && inSet(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimRight(s: string, chars: string = DEFAULT_TRIM_CHARS): string {
  if (chars.length === 0) return s;
  const inSet = chars === DEFAULT_TRIM_CHARS ? isDefaultTrim : trimPredicate(chars);
  let j = s.length;
  while (j > 0 && inSet(s.charCodeAt(j - 1))) j--;
  return j === s.length ? s : s.slice(0, j);
}

export function trimBoth(s: string, chars: string = DEFAULT_TRIM_CHARS): string {
  return trimRight(trimLeft(s, chars), chars);
}

// ---- words -----------------------------------------------------------------------------------------

/** `string wordend`: index just after the word containing `index`. */
export function wordEnd(s: string, index: number): number {
  const n = s.length;
  if (index < 0) index = 0;
  if (index >= n) return n;
  let cur = index;
  while (cur < n && isWordChar(s.charCodeAt(cur))) cur++;
  return cur === index ? index + 1 : cur;
}

/** `string wordstart`: index of the first character of the word containing `index`. */
export function wordStart(s: string, index: number): number {
  const n = s.length;
  if (index >= n) index = n - 1;
  if (index <= 0) return 0;
  let cur = index;
  while (cur >= 0 && isWordChar(s.charCodeAt(cur))) cur--;
  return cur === index ? index : cur + 1;
}

// ---- misc ------------------------------------------------------------------------------------------

/** `string bytelength`: the length of Tcl's internal UTF-8 (NUL takes two bytes). */
export function byteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes += c === 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
}

export function reverseString(s: string): string {
  if (s.length < 2) return s;
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) {
    // A surrogate pair keeps its order (tclsh 8.6 reverses characters, not UTF-16 halves).
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xdc00 && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) {
      out += s[i - 1]! + s[i]!;
      i--;
    } else out += s[i];
  }
  return out;
}
