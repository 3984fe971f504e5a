// How expression operators read their operands, with tclsh's error messages.
//
//   toNumber   GetNumberFromObj: int, bignum or double (NaN included); strings are parsed with
//              surrounding white space allowed. No boolean words.
//   toBoolean  Tcl_GetBooleanFromObj: any number (non-zero is true) or a boolean word.

import { TclError } from '../errors.js';
import { parseNumber, type TclNumber } from '../numbers.js';
import { TclDouble, str, type Value } from '../value.js';
import { booleanWord as syntaxBooleanWord } from '../../syntax/expr/scan.js';

/** A number as operators see it; a TclDouble may hold NaN (Tcl keeps NaN apart as "non-numeric"). */
export type Num = TclNumber;

const NAN_RE = /^[ \t\n\v\f\r]*[+-]?nan[ \t\n\v\f\r]*$/i;

/** The number a string denotes, or null. */
export function parseNum(s: string): Num | null {
  if (s.length === 0) return null;
  // Cheap rejection of the common non-numeric strings (names, paths, header values): a number
  // starts with white space, a sign, a dot, a digit, or the I/N of Inf/NaN.
  const c = s.charCodeAt(0);
  if (c > 57 && c !== 73 && c !== 105 && c !== 78 && c !== 110) return null;
  const r = parseNumber(s);
  if (r !== null) return r === 0 ? 0 : r; // "-0" is the integer 0
  if (NAN_RE.test(s)) return new TclDouble(NaN);
  return null;
}

export function toNumber(v: Value): Num | null {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof TclDouble) return v;
  return parseNum(typeof v === 'string' ? v : str(v));
}

export function isNaNValue(n: Num): n is TclDouble {
  return n instanceof TclDouble && n.d !== n.d;
}

// ---- errors --------------------------------------------------------------------------------------

const DOMAIN = 'domain error: argument not in valid range';

/** TclCheckBadOctal: a string that would be an integer but for a leading zero and an 8 or 9. */
function looksBadOctal(s: string): boolean {
  return /^[ \t\n\v\f\r]*[+-]?0[oO]?[0-9]*[ \t\n\v\f\r]*$/.test(s);
}

/** TclParseNumber's hint: the scan stopped inside a leading-zero number holding an 8 or 9. */
function badOctalHint(s: string): string {
  return /^[ \t\n\v\f\r]*[+-]?0[0-7]*[89][0-9]*(?![0-9.eE])/.test(s) ? ' (looks like invalid octal number)' : '';
}

/** The offending string as Tcl quotes it in "expected ... but got" messages (first 50 bytes). */
function limited(s: string): string {
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

/** `expected <what> but got "s"` (TclParseNumber's message), with the invalid-octal hint. */
export function expectedError(what: string, v: Value): TclError {
  const s = str(v);
  return new TclError(`expected ${what} but got "${limited(s)}"${badOctalHint(s)}`, ['TCL', 'VALUE', 'NUMBER']);
}

/** IllegalExprOperandType: `can't use <what> as operand of "<op>"`. */
export function illegalOperand(v: Value, op: string): TclError {
  const n = toNumber(v);
  let what: string;
  if (n === null) {
    const s = str(v);
    what = s === '' ? 'empty string' : looksBadOctal(s) ? 'invalid octal number' : 'non-numeric string';
  } else if (n instanceof TclDouble) {
    what = n.d !== n.d ? 'non-numeric floating-point value' : 'floating-point value';
  } else what = '(big) integer';
  return new TclError(`can't use ${what} as operand of "${op}"`, ['ARITH', 'DOMAIN', what]);
}

export function domainError(): TclError {
  return new TclError(DOMAIN, ['ARITH', 'DOMAIN', DOMAIN]);
}

export function divideByZero(): TclError {
  return new TclError('divide by zero', ['ARITH', 'DIVZERO', 'divide by zero']);
}

export function notANumber(): TclError {
  return new TclError('floating point value is Not a Number', ['TCL', 'VALUE', 'DOUBLE', 'NAN']);
}

export function tooLarge(): TclError {
  return new TclError('integer value too large to represent', ['ARITH', 'IOVERFLOW', 'integer value too large to represent']);
}

export function zeroToNegative(): TclError {
  const m = 'exponentiation of zero by negative power';
  return new TclError(m, ['ARITH', 'DOMAIN', m]);
}

// ---- booleans ------------------------------------------------------------------------------------

/** ParseBoolean: 0, 1, and the boolean words (see booleanWord in the expression syntax). */
export function booleanWord(s: string): boolean | null {
  if (s.length === 1) {
    if (s === '1') return true;
    if (s === '0') return false;
  }
  return syntaxBooleanWord(s);
}

/** What a value means as a condition: true/false, NAN for a NaN, or null when it is not a boolean. */
export const NAN_BOOL = 2;

export function toBoolean(v: Value): boolean | typeof NAN_BOOL | null {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (v instanceof TclDouble) return v.d !== v.d ? NAN_BOOL : v.d !== 0;
  const s = typeof v === 'string' ? v : str(v);
  const w = booleanWord(s);
  if (w !== null) return w;
  const n = parseNum(s);
  if (n === null) return null;
  if (n instanceof TclDouble) return n.d !== n.d ? NAN_BOOL : n.d !== 0;
  return typeof n === 'number' ? n !== 0 : n !== 0n;
}

/** Tcl_GetBooleanFromObj, as `&&`, `||`, `?:`, if and while use it. */
export function getBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  const b = toBoolean(v);
  if (b === true || b === false) return b;
  if (b === NAN_BOOL) throw notANumber();
  throw expectedError('boolean value', v);
}
