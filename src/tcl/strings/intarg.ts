// Reading command arguments as Tcl 8.6's C API does: Tcl_GetIntFromObj (a C int: values up to
// ±UINT_MAX are accepted and wrap to 32 bits), TclGetIntForIndex (`end-N`, `M+N`, with the same
// wrapping), Tcl_GetDoubleFromObj, and their exact error messages (the offending string is cut
// at 50 bytes, as Tcl_AppendLimitedToObj does).

import { TclError } from '../errors.js';
import { TclDouble, str, type Value } from '../value.js';
import { parseNumberPrefix, INTEGER_ONLY, NO_WHITESPACE, isTclSpace } from './numparse.js';
import type { TclNumber } from '../numbers.js';

const UINT_MAX = 4294967295;

/** The first 50 bytes (UTF-8) of s, cut at a character boundary, for error messages. */
function limitForMessage(s: string): string {
  if (s.length <= 12) return s;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const len = c === 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (bytes + len > 50) return s.slice(0, i);
    bytes += len;
  }
  return s;
}

/** Tcl_GetIntFromObj/Tcl_GetLongFromObj say TCL VALUE INTEGER; the wide and bignum readers
 * (TclParseNumber) say TCL VALUE NUMBER. */
export function expectedIntegerError(s: string, kind: 'INTEGER' | 'NUMBER' = 'NUMBER'): TclError {
  return new TclError(`expected integer but got "${limitForMessage(s)}"`, ['TCL', 'VALUE', kind]);
}

function tooLargeError(): TclError {
  return new TclError('integer value too large to represent', ['ARITH', 'IOVERFLOW', 'integer value too large to represent']);
}

/** Decimals that read the same in JS (no leading-zero octal), small enough to be exact. */
const SMALL_DECIMAL = /^-?(?:0|[1-9][0-9]{0,14})$/;

/** The integer a whole string denotes (Tcl integer syntax, surrounding white space allowed). */
function parseWholeInt(s: string): number | bigint | null {
  if (SMALL_DECIMAL.test(s)) return Number(s) || 0; // "-0" is 0
  const r = parseNumberPrefix(s, 0, s.length, INTEGER_ONLY);
  if (!r.ok || r.end !== s.length) return null;
  return r.value as number | bigint;
}

function fitsInt(i: number | bigint): boolean {
  return typeof i === 'number' ? i >= -UINT_MAX && i <= UINT_MAX : i >= -BigInt(UINT_MAX) && i <= BigInt(UINT_MAX);
}

/** Tcl_GetIntFromObj: a C int (wrapping values up to ±UINT_MAX to 32 bits). */
export function getInt32(v: Value): number {
  if (typeof v === 'number') {
    if (v >= -UINT_MAX && v <= UINT_MAX) return v | 0;
    throw tooLargeError();
  }
  if (typeof v === 'bigint') throw tooLargeError();
  const s = str(v);
  const i = parseWholeInt(s);
  if (i === null) throw expectedIntegerError(s, 'INTEGER');
  if (!fitsInt(i)) throw tooLargeError();
  return Number(i) | 0;
}

/** Like getInt32 but returns null instead of raising (Tcl_GetInt with a NULL interp). */
export function tryInt32(s: string): number | null {
  const i = parseWholeInt(s);
  if (i === null || !fitsInt(i)) return null;
  return Number(i) | 0;
}

/**
 * TclGetIntForIndex: an index into a sequence whose last element is at `length - 1`. Accepts an
 * integer, `end`, `end±N` (also the abbreviations `e`, `en`), and `M±N`. Arithmetic wraps to 32
 * bits as in C. The result may be out of range; callers decide what that means.
 */
export function getIndex32(v: Value, length: number): number {
  if (typeof v === 'number' && v >= -UINT_MAX && v <= UINT_MAX) return v | 0;
  const s = str(v);
  const fast = commonIndex(s, length - 1);
  if (fast !== null) return fast;
  const whole = tryInt32(s);
  if (whole !== null) return whole;
  const endValue = length - 1;
  const n = s.length;
  if (n > 0 && s.charCodeAt(0) === 101 /* e */ && 'end'.startsWith(s.slice(0, Math.min(n, 3)))) {
    if (n <= 3) return endValue;
    const op = s.charCodeAt(3);
    if (n > 4 && (op === 45 || op === 43) && !isTclSpace(s.charCodeAt(4))) {
      const offset = tryInt32(s.slice(4));
      if (offset !== null) return (endValue + (op === 45 ? -offset | 0 : offset)) | 0;
    }
    throw badIndexError(s);
  }
  let i = 0;
  while (i < n && isTclSpace(s.charCodeAt(i))) i++;
  const first = parseNumberPrefix(s, i, n, INTEGER_ONLY | NO_WHITESPACE);
  if (first.ok && first.end < n) {
    const op = s.charCodeAt(first.end);
    if ((op === 43 || op === 45) && !isTclSpace(s.charCodeAt(first.end + 1))) {
      const a = tryInt32(s.slice(i, first.end));
      const b = a === null ? null : tryInt32(s.slice(first.end + 1));
      if (a !== null && b !== null) return (op === 43 ? a + b : a - b) | 0;
    }
  }
  throw badIndexError(s);
}

/** The everyday forms `N`, `end`, `end-N` (N plain decimal, at most 9 digits), without the full
 * parser; null for anything else. */
function commonIndex(s: string, endValue: number): number | null {
  const n = s.length;
  if (n === 0 || n > 13) return null;
  let i = 0;
  let base = 0;
  let sign = 1;
  if (s.charCodeAt(0) === 101 /* e */) {
    if (n < 3 || s.charCodeAt(1) !== 110 || s.charCodeAt(2) !== 100) return null;
    if (n === 3) return endValue;
    if (s.charCodeAt(3) !== 45 /* - */ || n === 4) return null;
    base = endValue;
    sign = -1;
    i = 4;
  }
  if (n - i > 9) return null;
  const first = s.charCodeAt(i);
  if (first < 48 || first > 57 || (first === 48 && i + 1 < n)) return null; // leading zero: octal rules
  let x = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    x = x * 10 + d;
  }
  return (base + sign * x) | 0;
}

export function badIndexError(s: string): TclError {
  const octal = /^end[+-]/.test(s) ? looksBadOctal(s.slice(4)) : looksBadOctal(s);
  return new TclError(
    `bad index "${s}": must be integer?[+-]integer? or end?[+-]integer?${octal ? ' (looks like invalid octal number)' : ''}`,
    ['TCL', 'VALUE', 'INDEX'],
  );
}

/** TclCheckBadOctal: white space, sign, 0, optional o, digits, white space, end. */
function looksBadOctal(s: string): boolean {
  return /^[ \t\n\v\f\r]*[+-]?0[oO]?[0-9]*[ \t\n\v\f\r]*$/.test(s);
}

const PLAIN_DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** Tcl_GetDoubleFromObj. */
export function getDoubleArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof TclDouble) {
    if (Number.isNaN(v.d)) throw notANumber();
    return v.d;
  }
  const s = str(v);
  // Plain decimals (no leading-zero octal, no radix prefix) read the same in JS.
  if (PLAIN_DECIMAL.test(s)) {
    const d = Number(s);
    return d === 0 && s.indexOf('.') < 0 ? 0 : d; // "-0" is the integer 0
  }
  const r = parseNumberPrefix(s, 0, s.length, 0);
  if (!r.ok || r.end !== s.length) {
    const hint = r.badOctal ? ' (looks like invalid octal number)' : '';
    throw new TclError(`expected floating-point number but got "${limitForMessage(s)}"${hint}`, ['TCL', 'VALUE', 'NUMBER']);
  }
  const x = r.value;
  if (x === null) throw notANumber();
  return numberToDouble(x);
}

function numberToDouble(x: TclNumber): number {
  return typeof x === 'object' ? x.d : Number(x);
}

function notANumber(): TclError {
  return new TclError('floating point value is Not a Number', ['ARITH', 'DOMAIN', 'floating point value is Not a Number']);
}

/** Any Tcl integer (bignums included): Tcl_GetBignumFromObj. A JS number when it is safe. */
export function getAnyInt(v: Value): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  const s = str(v);
  const i = v instanceof TclDouble ? null : parseWholeInt(s);
  if (i === null) throw expectedIntegerError(s);
  return i;
}
