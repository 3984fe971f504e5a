// Tcl values. A value is "everything is a string" with cheap typed forms on the side:
//   string            the common case (header values, literals); no wrapper, no allocation
//   number            an integer that fits a JS safe integer (never a fraction: doubles are TclDouble)
//   bigint            an integer beyond 2^53
//   TclDouble         a floating-point number (kept apart so 1.0 prints as "1.0", not "1")
//   TclList           a list whose string form is built lazily
// Every consumer calls str()/toList()/... which convert on demand, as Tcl's internal representations do.

import { TclError, TclLimitError } from './errors.js';
import { formatDouble } from './numfmt.js';
import { splitList } from '../syntax/scan.js';

export class TclDouble {
  constructor(readonly d: number) {}
  toString(): string {
    return formatDouble(this.d);
  }
}

export class TclList {
  /** The string form, built on first use; code that mutates `items` in place must reset it. */
  s: string | undefined;
  constructor(readonly items: Value[]) {}
  toString(): string {
    if (this.s === undefined) this.s = formatList(this.items);
    return this.s;
  }
}

export type Value = string | number | bigint | TclDouble | TclList;

export const EMPTY = '';

export function str(v: Value): string {
  return typeof v === 'string' ? v : v.toString();
}

// ---- lists -------------------------------------------------------------------------------------

// Parsing a long string into a list is O(n); rules often index the same list string repeatedly,
// so keep a small cache of recent parses of long strings (short ones are cheaper to re-parse).
const listCache = new Map<string, Value[]>();
const LIST_CACHE_MAX = 256;
const LIST_CACHE_MIN_LENGTH = 64;

export function toList(v: Value): Value[] {
  if (v instanceof TclList) return v.items;
  if (typeof v !== 'string') return [v];
  if (v.length < LIST_CACHE_MIN_LENGTH) return parseList(v);
  const hit = listCache.get(v);
  if (hit) return hit;
  const items = parseList(v);
  if (listCache.size >= LIST_CACHE_MAX) listCache.delete(listCache.keys().next().value as string);
  listCache.set(v, items);
  return items;
}

/** Tcl's white space (the list separators). */
export function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** Parses a string as a Tcl list (the syntax layer's splitList), raising Tcl's errors for malformed lists. */
export function parseList(s: string): string[] {
  const r = splitList(s);
  if (Array.isArray(r)) return r;
  const what = r.kind === 'brace' ? 'braces' : 'quotes';
  if (r.junk !== null) {
    throw new TclError(`list element in ${what} followed by "${r.junk}" instead of space`, ['TCL', 'VALUE', 'LIST', 'JUNK']);
  }
  throw new TclError(`unmatched open ${r.kind} in list`, ['TCL', 'VALUE', 'LIST', r.kind === 'brace' ? 'BRACE' : 'QUOTE']);
}

// Quoting of list elements, after Tcl 8.6's TclScanElement/TclConvertElement: no quoting when the
// element reads back unchanged, braces when they keep it intact, backslashes otherwise.
function quoteElement(s: string, first = false): string {
  if (s === '') return '{}';
  let forbidNone = false;
  let requireEscape = false;
  let preferEscape = false;
  let preferBrace = false;
  let depth = 0;
  const c0 = s[0]!;
  if (c0 === '{' || c0 === '"') {
    forbidNone = true;
    preferBrace = true;
  }
  for (let i = 0; i < s.length; i++) {
    switch (s[i]) {
      case '{': depth++; break;
      case '}':
        if (--depth < 0) requireEscape = true;
        break;
      case ']': case '"':
        forbidNone = true;
        preferEscape = true;
        break;
      case '[': case '$': case ';': case ' ': case '\f': case '\n': case '\r': case '\t': case '\v':
        forbidNone = true;
        preferBrace = true;
        break;
      case '\\':
        if (i + 1 === s.length || s[i + 1] === '\n') {
          requireEscape = true;
          if (s[i + 1] === '\n') i++;
          break;
        }
        if (s[i + 1] === '{' || s[i + 1] === '}' || s[i + 1] === '\\') i++;
        forbidNone = true;
        preferBrace = true;
        break;
    }
  }
  if (depth !== 0) requireEscape = true;
  if (requireEscape) return escapeElement(s, true, first);
  if (preferEscape && !preferBrace) return escapeElement(s, false, first);
  if (forbidNone || (first && c0 === '#')) return '{' + s + '}';
  return s;
}

function escapeElement(s: string, escapeBraces: boolean, first: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    switch (c) {
      case ']': case '[': case '$': case ';': case ' ': case '\\': case '"':
        out += '\\' + c;
        break;
      case '{': case '}':
        out += escapeBraces || (i === 0 && c === '{') ? '\\' + c : c;
        break;
      case '\f': out += '\\f'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\v': out += '\\v'; break;
      default:
        out += i === 0 && c === '#' && first ? '\\#' : c;
    }
  }
  return out;
}

/** The string budget of the running run (Interp.beginRun sets it): a list of shared elements can be
 * small while its string form is not (`lrepeat 100000 [lrepeat 100000 a]`, found by the fuzzer). */
let maxListString = Infinity;

export function setListStringLimit(n: number): void {
  maxListString = n;
}

export function formatList(items: readonly Value[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ' ';
    out += quoteElement(str(items[i]!), i === 0);
    if (out.length > maxListString) {
      throw new TclLimitError(`budget exceeded: string (the string form of a list is longer than ${maxListString} characters)`, ['IRULE', 'LIMIT', 'STRING']);
    }
  }
  return out;
}

export function listValue(items: Value[]): TclList {
  return new TclList(items);
}
