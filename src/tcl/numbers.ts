// Reading Tcl values as numbers, booleans and indexes, with Tcl's error messages.

import { TclError } from './errors.js';
import { checkDigits } from './expr/arith.js';
import { TclDouble, str, type Value } from './value.js';
import { expectedIntegerError, getIndex32 } from './strings/intarg.js';

export type TclInt = number | bigint;
export type TclNumber = number | bigint | TclDouble;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

/** A bigint as the narrowest TclInt (a JS number when it is safe). */
export function normInt(b: bigint): TclInt {
  return b <= MAX_SAFE && b >= MIN_SAFE ? Number(b) : b;
}

const intRe = /^[ \t\n\r\v\f]*([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)[ \t\n\r\v\f]*$/;

/** Parses a Tcl integer (decimal, 0x, 0o, 0b, and 8.6's leading-zero octal), or null. */
export function parseInt_(s: string): TclInt | null {
  // Fast path for plain small decimals.
  const n = s.length;
  if (n > 0 && n < 16) {
    let i = 0;
    let neg = false;
    if (s.charCodeAt(0) === 45) {
      neg = true;
      i = 1;
    } else if (s.charCodeAt(0) === 43) i = 1;
    if (i < n && s.charCodeAt(i) !== 48) {
      let v = 0;
      let ok = true;
      for (; i < n; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) {
          ok = false;
          break;
        }
        v = v * 10 + c;
      }
      if (ok) return neg ? -v : v;
    }
  }
  const m = intRe.exec(s);
  if (!m) return null;
  const neg = m[1] === '-';
  let digits = m[2]!;
  checkDigits(digits.length, /^0[xX]/.test(digits) ? 4 : /^0[bB]/.test(digits) ? 1 : 3.33);
  let b: bigint;
  if (/^0[xX]/.test(digits)) b = BigInt('0x' + digits.slice(2));
  else if (/^0[oO]/.test(digits)) b = BigInt('0o' + digits.slice(2));
  else if (/^0[bB]/.test(digits)) b = BigInt('0b' + digits.slice(2));
  else if (digits.length > 1 && digits[0] === '0') b = BigInt('0o' + digits.slice(1));
  else {
    if (digits.length < 16) return neg ? -Number(digits) : Number(digits);
    b = BigInt(digits);
  }
  return normInt(neg ? -b : b);
}

const doubleRe = /^[ \t\n\r\v\f]*[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)[ \t\n\r\v\f]*$/i;

/** Parses any Tcl number: integer first, then floating point. */
export function parseNumber(s: string): TclNumber | null {
  const i = parseInt_(s);
  if (i !== null) return i;
  if (!doubleRe.test(s)) return null;
  const t = s.trim().toLowerCase();
  if (/^[+-]?0[0-9]+$/.test(t)) return null; // invalid octal like 08 is not a double either
  let d: number;
  if (/inf/.test(t)) d = t.startsWith('-') ? -Infinity : Infinity;
  else if (/nan/.test(t)) return null;
  else d = Number(t);
  return new TclDouble(d);
}

function expectedInteger(s: string, kind: 'INTEGER' | 'NUMBER' = 'NUMBER'): TclError {
  return expectedIntegerError(s, kind);
}

/** An integer argument (any size). `kind` is the errorCode's last word (see expectedIntegerError). */
export function getInt(v: Value, kind: 'INTEGER' | 'NUMBER' = 'NUMBER'): TclInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  const s = str(v);
  const i = parseInt_(s);
  if (i === null) throw expectedInteger(s, kind);
  return i;
}

/** An integer argument that must fit a JS number (counts, indexes, widths). */
export function getSmallInt(v: Value): number {
  const i = getInt(v);
  return typeof i === 'bigint' ? Number(i) : i;
}

export function getDouble(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof TclDouble) return v.d;
  const s = str(v);
  const n = parseNumber(s);
  if (n === null) throw new TclError(`expected floating-point number but got "${s}"`, ['TCL', 'VALUE', 'NUMBER']);
  return typeof n === 'object' ? n.d : Number(n);
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** Tcl_GetBoolean: numbers (non-zero is true) and the words true/false/yes/no/on/off (prefixes too). */
function parseBoolean(s: string): boolean | null {
  const t = s.trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  const n = parseNumber(s);
  if (n !== null) return typeof n === 'object' ? n.d !== 0 : n != 0;
  if (t.length === 0) return null;
  // Unique prefixes of true/false/yes/no (on/off need two letters: "o" is ambiguous).
  if ('true'.startsWith(t) || 'yes'.startsWith(t)) return true;
  if ('false'.startsWith(t) || 'no'.startsWith(t)) return false;
  if (t.length >= 2 && 'on'.startsWith(t)) return true;
  if (t.length >= 2 && 'off'.startsWith(t)) return false;
  return null;
}

export function getBoolean(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (v instanceof TclDouble) return v.d !== 0;
  const s = str(v);
  const b = parseBoolean(s);
  if (b === null) throw new TclError(`expected boolean value but got "${s}"`, ['TCL', 'VALUE', 'NUMBER']);
  return b;
}

/**
 * An index into a sequence of `length` items: an integer, `end`, `end-N`, `end+N`, `M+N`, `M-N`,
 * with tclsh's exact parsing and messages (strings/intarg.ts). May be out of range: callers decide.
 */
export function getIndex(v: Value, length: number): number {
  if (typeof v === 'number') return v;
  return getIndex32(v, length);
}

export function badIndex(s: string): TclError {
  return new TclError(`bad index "${s}": must be integer?[+-]integer? or end?[+-]integer?`, ['TCL', 'VALUE', 'INDEX']);
}
