// List indexes as Tcl 8.6 reads them (TclGetIntForIndex): `N`, `end`, `end±N`, `N±M`.
//
// The integers are Tcl_GetInt's: any Tcl integer syntax (0x, 0o, 0b, leading-zero octal, sign,
// surrounding whitespace) whose magnitude fits in 32 unsigned bits, wrapped to a signed 32-bit
// int ("4294967295" is -1). Anything else is "bad index", with Tcl's hint for invalid octal.
// Two quirks of 8.6 are kept on purpose: "e" and "en" mean "end" (a strncmp of the prefix),
// and "end--1" is end+1 (the offset is itself a signed integer).

import { TclError } from '../errors.js';
import { parseInt_ } from '../numbers.js';
import { isSpace, str, TclList, toList, type Value } from '../value.js';

const UINT_MAX = 0xffffffff;

/** Tcl_GetInt: a Tcl integer within ±UINT_MAX, wrapped to signed 32 bits; null when not one. */
export function tclGetInt(s: string): number | null {
  const i = parseInt_(s);
  if (i === null) return null;
  if (typeof i === 'bigint') return null; // beyond 2^53: certainly beyond UINT_MAX
  if (i > UINT_MAX || i < -UINT_MAX) return null;
  return i | 0;
}

/** The position `v` designates in a sequence whose last index is `end`; null when malformed. */
export function tryIndex(v: Value, end: number): number | null {
  if (typeof v === 'number') return v > UINT_MAX || v < -UINT_MAX ? null : v | 0;
  const s = str(v);
  const direct = tclGetInt(s);
  if (direct !== null) return direct;
  const n = s.length;
  if (n > 0 && s.charCodeAt(0) === 101 /* e */) {
    if (n <= 3) return 'end'.startsWith(s) ? end : null;
    if (!s.startsWith('end')) return null;
    const op = s[3];
    if (n > 4 && (op === '-' || op === '+') && !isSpace(s[4]!)) {
      const off = tclGetInt(s.slice(4));
      if (off === null) return null;
      // Like Tcl, negating INT_MIN saturates.
      return op === '-' ? end + (off === -2147483648 ? 2147483647 : -off) : end + off;
    }
    return null;
  }
  return indexArithmetic(s);
}

const LEADING_INT = /^[+-]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)/;

/** `N+M` / `N-M`: two integers joined by an operator, no space after the operator. */
function indexArithmetic(s: string): number | null {
  let i = 0;
  while (i < s.length && isSpace(s[i]!)) i++;
  const m = LEADING_INT.exec(s.slice(i));
  if (!m) return null;
  const opAt = i + m[0].length;
  const op = s[opAt];
  if ((op !== '+' && op !== '-') || opAt + 1 >= s.length || isSpace(s[opAt + 1]!)) return null;
  const first = tclGetInt(s.slice(i, opAt));
  const second = tclGetInt(s.slice(opAt + 1));
  if (first === null || second === null) return null;
  return op === '+' ? first + second : first - second;
}

/** Tcl_GetIntFromObj's complaint (without the octal hint that other integer readers add). */
export function notAnInteger(s: string): TclError {
  return new TclError(`expected integer but got "${s}"`, ['TCL', 'VALUE', 'NUMBER']);
}

export function badIndexError(s: string): TclError {
  let msg = `bad index "${s}": must be integer?[+-]integer? or end?[+-]integer?`;
  if (looksLikeBadOctal(s.startsWith('end-') ? s.slice(4) : s)) msg += ' (looks like invalid octal number)';
  return new TclError(msg, ['TCL', 'VALUE', 'INDEX']);
}

/**
 * Tcl 8.4.6's TclGetIntForIndex (generic/tclUtil.c 2240-2320, SetEndOffsetFromAny 2381-2440), for the iRule
 * dialect: an index is an integer, `end` (or its prefix `e`, `en`) or `end-N` only; `end+N`, `N+M` and `N-M`
 * came with 8.5. Anything else is `bad index "X": must be integer or end?-integer?`, with the octal hint of
 * TclCheckBadOctal (2472-2510) on the text after a leading "end". Valid 8.4 forms mean what they mean in 8.6, so
 * the caller then reads the index as usual.
 */
export function check84Index(v: Value): void {
  if (typeof v === 'number') return;
  const s = str(v);
  if (tclGetInt(s) !== null) return;
  const n = s.length;
  if (n > 0 && s.charCodeAt(0) === 101 /* e */ && 'end'.startsWith(s.slice(0, Math.min(n, 3)))) {
    if (n <= 3) return;
    if (n > 4 && s[3] === '-' && tclGetInt(s.slice(4)) !== null) return;
  }
  let msg = `bad index "${s}": must be integer or end?-integer?`;
  if (looksLikeBadOctal84(s.startsWith('end') ? s.slice(3) : s)) msg += ' (looks like invalid octal number)';
  throw new TclError(msg);
}

/** 8.4's TclCheckBadOctal: white space, a sign, `0`, digits, white space, end (no `0o`). */
function looksLikeBadOctal84(s: string): boolean {
  return /^[ \t\n\r\v\f]*[+-]?0[0-9]*[ \t\n\r\v\f]*$/.test(s);
}

/** TclCheckBadOctal: a leading zero followed only by digits (e.g. "08"). */
function looksLikeBadOctal(s: string): boolean {
  return /^[ \t\n\r\v\f]*[+-]?0(?:[oO])?[0-9]*[ \t\n\r\v\f]*$/.test(s);
}

/** An index argument: its position relative to `end`, or Tcl's "bad index" error. */
export function getListIndex(v: Value, end: number): number {
  const i = tryIndex(v, end);
  if (i === null) throw badIndexError(str(v));
  return i;
}

/**
 * The index words of `lindex list arg` / `lset var arg value`: a single index, or else a list of
 * indexes (TIP 22). A value that is already a list is always taken as a list of indexes.
 */
export function indexWords(arg: Value): Value[] {
  if (!(arg instanceof TclList) && tryIndex(arg, 0) !== null) return [arg];
  try {
    return toList(arg);
  } catch {
    return [arg]; // neither an index nor a list: report it as a bad index
  }
}

// ---- indexes of -index options (lsort, lsearch) -------------------------------------------------

/** An index kept for later decoding against each sublist's length. */
export interface EncodedIndex {
  fromEnd: boolean;
  /** The absolute index, or the (non-positive) offset from end. */
  offset: number;
}

/** TclIndexEncode for `-index` values: indexes that can select nothing anywhere are errors. */
export function encodeIndex(v: Value): EncodedIndex {
  const s = str(v);
  const outOfRange = (): TclError =>
    new TclError(`index "${s}" cannot select an element from any list`, ['TCL', 'VALUE', 'INDEXOUTOFRANGE']);
  // Decoding against two different ends tells absolute indexes from end-relative ones.
  const a = tryIndex(v, 0);
  if (a === null) throw badIndexError(s);
  const b = tryIndex(v, 1000);
  if (a === b) {
    if (a < 0 || a >= 2147483647) throw outOfRange();
    return { fromEnd: false, offset: a };
  }
  if (a > 0) throw outOfRange();
  return { fromEnd: true, offset: a };
}

export function decodeIndex(e: EncodedIndex, end: number): number {
  return e.fromEnd ? end + e.offset : e.offset;
}
