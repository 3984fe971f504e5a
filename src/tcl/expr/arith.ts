// Tcl 8.6's expression operators on numbers (tclExecute.c): integers of any size (a JS number while
// it is a safe integer, a bigint beyond), doubles, and the promotions and errors between them.
// Integer division and remainder round toward negative infinity; a NaN result is a domain error;
// a NaN operand is "non-numeric".
//
// Each operator takes its operands as Values: the fast path (two safe integers) is inlined by the
// caller where it matters, and everything else comes here.

import { TclError, TclLimitError } from '../errors.js';
import { normInt, type TclInt } from '../numbers.js';
import { TclDouble, type Value } from '../value.js';
import { pow as libmPow } from './libm.js';
import {
  divideByZero, domainError, illegalOperand, isNaNValue, toBoolean, toNumber, zeroToNegative, NAN_BOOL, type Num,
} from './numeric.js';

/** Integers are capped at this many bits (the run's integer budget, set by Interp.beginRun):
 * beyond, one `**` could keep a rule busy for minutes. */
let MAX_INT_BITS = 1 << 22;
let MAX_INT = 1n << BigInt(MAX_INT_BITS);
// Kept next to MAX_INT: negating a 4-Mbit constant on each call cost 0.6 ms per big-integer operation.
let MIN_INT = -MAX_INT;

/** Sets the integer budget of the run that is starting (runs never interleave: they are synchronous). */
export function setIntegerBitLimit(bits: number): void {
  if (bits === MAX_INT_BITS) return;
  MAX_INT_BITS = bits;
  MAX_INT = 1n << BigInt(bits);
  MIN_INT = -MAX_INT;
}

function intTooBig(): TclLimitError {
  return new TclLimitError(`budget exceeded: integer-bits (an integer wider than ${MAX_INT_BITS} bits)`, ['IRULE', 'LIMIT', 'INTEGER-BITS']);
}

/** Before reading `digits` digits of `bitsPerDigit` bits as a bigint: a number wider than the integer
 * budget is refused before the (superlinear) conversion, so `scan` or `expr` of a 3-million-digit
 * string does not take seconds (found by the fuzzer). */
export function checkDigits(digits: number, bitsPerDigit: number): void {
  if ((digits - 1) * bitsPerDigit > MAX_INT_BITS) throw intTooBig();
}

function checkSize(b: bigint): TclInt {
  if (b > MAX_INT || b < MIN_INT) throw intTooBig();
  return normInt(b);
}

/** Steps a big-integer operation costs before its size is counted: measured, one costs about as much
 * as eight commands. */
const BIG_OP_STEPS = 8;

/** The work an operation's result stands for, in steps: one, or for a big integer eight plus one per
 * 64 bits (what the next operation on it costs). */
export function bigSteps(r: Value): number {
  if (typeof r !== 'bigint') return 1;
  const d = Number(r < 0n ? -r : r);
  return BIG_OP_STEPS + (d < Infinity ? Math.ceil(Math.log2(d + 1) / 64) : Math.ceil(r.toString(16).length / 16));
}

/** An operand of an arithmetic operator: any number but NaN. */
function arithOperand(v: Value, op: string): Num {
  if (typeof v === 'number') return v;
  const n = toNumber(v);
  if (n === null || isNaNValue(n)) throw illegalOperand(v, op);
  return n;
}

/** An operand of an integer-only operator (% << >> & | ^ ~). */
function intOperand(v: Value, op: string): TclInt {
  if (typeof v === 'number') return v;
  const n = toNumber(v);
  if (n === null || n instanceof TclDouble) throw illegalOperand(v, op);
  return n;
}

function toDouble(n: Num): number {
  return n instanceof TclDouble ? n.d : Number(n);
}

function doubleResult(d: number): TclDouble {
  if (d !== d) throw domainError();
  return new TclDouble(d);
}

function big(n: TclInt): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

// ---- + - * / -------------------------------------------------------------------------------------

export function add(x: Value, y: Value): Value {
  const a = arithOperand(x, '+');
  const b = arithOperand(y, '+');
  if (a instanceof TclDouble || b instanceof TclDouble) return doubleResult(toDouble(a) + toDouble(b));
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return checkSize(big(a) + big(b));
}

export function sub(x: Value, y: Value): Value {
  const a = arithOperand(x, '-');
  const b = arithOperand(y, '-');
  if (a instanceof TclDouble || b instanceof TclDouble) return doubleResult(toDouble(a) - toDouble(b));
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return checkSize(big(a) - big(b));
}

export function mul(x: Value, y: Value): Value {
  const a = arithOperand(x, '*');
  const b = arithOperand(y, '*');
  if (a instanceof TclDouble || b instanceof TclDouble) return doubleResult(toDouble(a) * toDouble(b));
  if (typeof a === 'number' && typeof b === 'number') {
    // Exact whenever the true product is a safe integer (then no rounding happened).
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return checkSize(big(a) * big(b));
}

/** Integer quotient rounded toward negative infinity. */
export function floorDiv(a: TclInt, b: TclInt): TclInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divideByZero();
    // a % b is exact, so (a - r) / b is an exact integer division.
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) {
      q -= 1;
      r += b;
    }
    if (Number.isSafeInteger(q)) return q === 0 ? 0 : q;
  }
  const bb = big(b);
  if (bb === 0n) throw divideByZero();
  const ba = big(a);
  let q = ba / bb;
  if (ba % bb !== 0n && (ba < 0n) !== (bb < 0n)) q -= 1n;
  return normInt(q);
}

export function div(x: Value, y: Value): Value {
  const a = arithOperand(x, '/');
  const b = arithOperand(y, '/');
  if (a instanceof TclDouble || b instanceof TclDouble) return doubleResult(toDouble(a) / toDouble(b));
  return floorDiv(a, b);
}

/** Remainder with the sign of the divisor. */
function floorMod(a: TclInt, b: TclInt): TclInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divideByZero();
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const bb = big(b);
  if (bb === 0n) throw divideByZero();
  let r = big(a) % bb;
  if (r !== 0n && (r < 0n) !== (bb < 0n)) r += bb;
  return normInt(r);
}

export function mod(x: Value, y: Value): Value {
  return floorMod(intOperand(x, '%'), intOperand(y, '%'));
}

// ---- ** ------------------------------------------------------------------------------------------

/** The largest exponent Tcl takes for integer powers (one libtommath digit). */
const MAX_EXPONENT = 0x0fffffff;

function bitLength(n: TclInt): number {
  if (typeof n === 'number') return n === 0 ? 0 : Math.floor(Math.log2(Math.abs(n))) + 1;
  return (n < 0n ? -n : n).toString(16).length * 4;
}

/** Exponentiation by squaring in safe integers (exact), or null when it would leave them. */
function safePow(base: number, e: number): number | null {
  let result = 1;
  for (;;) {
    if (e & 1) {
      result *= base;
      if (!Number.isSafeInteger(result)) return null;
    }
    e >>>= 1;
    if (e === 0) return result;
    base *= base;
    if (!Number.isSafeInteger(base)) return null;
  }
}

export function pow(x: Value, y: Value): Value {
  const a = arithOperand(x, '**');
  const b = arithOperand(y, '**');
  if (a instanceof TclDouble || b instanceof TclDouble) {
    const d1 = toDouble(a);
    const d2 = toDouble(b);
    if (d1 === 0 && d2 < 0) throw zeroToNegative();
    return doubleResult(libmPow(d1, d2));
  }
  if (b === 0 || b === 0n) return 1;
  if (b === 1) return a;
  const negative = b < 0;
  const odd = typeof b === 'number' ? b % 2 !== 0 : b % 2n !== 0n;
  const base = typeof a === 'number' ? a : null;
  if (negative) {
    if (base === 0) throw zeroToNegative();
    if (base === 1 || (base === -1 && !odd)) return 1;
    if (base === -1) return -1;
    return 0;
  }
  if (base === 0 || base === 1) return base;
  if (base === -1) return odd ? -1 : 1;
  if (typeof b === 'bigint' || b > MAX_EXPONENT) throw new TclError('exponent too large');
  if (typeof a === 'number') {
    const r = safePow(a, b);
    if (r !== null) return r;
  }
  if (bitLength(a) * b > MAX_INT_BITS + 64) throw intTooBig();
  return checkSize(big(a) ** BigInt(b));
}

// ---- integer-only operators ----------------------------------------------------------------------

const INT_MAX = 2147483647;

export function shiftLeft(x: Value, y: Value): Value {
  const a = intOperand(x, '<<');
  const b = intOperand(y, '<<');
  if (b < 0) throw new TclError('negative shift argument');
  if (a === 0) return 0;
  if (b > INT_MAX) throw new TclError('integer value too large to represent');
  const s = Number(b);
  if (typeof a === 'number' && s < 53) {
    const r = a * 2 ** s;
    if (Number.isSafeInteger(r)) return r;
  }
  if (s > MAX_INT_BITS) throw intTooBig();
  return checkSize(big(a) << BigInt(s));
}

export function shiftRight(x: Value, y: Value): Value {
  const a = intOperand(x, '>>');
  const b = intOperand(y, '>>');
  if (b < 0) throw new TclError('negative shift argument');
  if (a === 0) return 0;
  if (b > INT_MAX) return a > 0 ? 0 : -1;
  const s = Number(b);
  if (typeof a === 'number') {
    if (s >= 53) return a > 0 ? 0 : -1;
    return Math.floor(a / 2 ** s);
  }
  return normInt(a >> BigInt(s));
}

function isInt32(n: TclInt): n is number {
  return typeof n === 'number' && (n | 0) === n;
}

export function bitAnd(x: Value, y: Value): Value {
  const a = intOperand(x, '&');
  const b = intOperand(y, '&');
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(big(a) & big(b));
}

export function bitOr(x: Value, y: Value): Value {
  const a = intOperand(x, '|');
  const b = intOperand(y, '|');
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(big(a) | big(b));
}

export function bitXor(x: Value, y: Value): Value {
  const a = intOperand(x, '^');
  const b = intOperand(y, '^');
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(big(a) ^ big(b));
}

// ---- unary ---------------------------------------------------------------------------------------

export function negate(x: Value): Value {
  const a = arithOperand(x, '-');
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'bigint') return normInt(-a);
  return new TclDouble(-a.d);
}

/** Unary plus: the operand as a number (so `+"0x10"` is 16). */
export function plus(x: Value): Value {
  return arithOperand(x, '+');
}

export function bitNot(x: Value): Value {
  const a = intOperand(x, '~');
  if (typeof a === 'number') {
    const r = -a - 1;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(-big(a) - 1n);
}

/** `!`: any number or boolean word; its errors are those of an operand, not of a boolean. */
export function logicalNot(x: Value): boolean {
  if (typeof x === 'number') return x === 0;
  const b = toBoolean(x);
  if (b === true || b === false) return !b;
  if (b === NAN_BOOL) throw illegalOperand(new TclDouble(NaN), '!');
  throw illegalOperand(x, '!');
}

// ---- comparison ----------------------------------------------------------------------------------

/**
 * Compares two values as Tcl's < > <= >= == != do: numerically when both are numbers, else as
 * strings. Returns -1, 0, 1, or NaN when a NaN is involved (every comparison is then false but !=).
 */
export function compareValues(x: Value, y: Value): number {
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
  const a = toNumber(x);
  const b = a === null ? null : toNumber(y);
  if (a === null || b === null) {
    const s = typeof x === 'string' ? x : String(x);
    const t = typeof y === 'string' ? y : String(y);
    return s < t ? -1 : s > t ? 1 : 0;
  }
  // Mixed number/bigint comparisons in JS are exact, so unwrap doubles and compare directly.
  const p = a instanceof TclDouble ? a.d : a;
  const q = b instanceof TclDouble ? b.d : b;
  if (p !== p || q !== q) return NaN;
  return p < q ? -1 : p > q ? 1 : 0;
}

/** == and != compare equal strings without parsing them as numbers first when they are identical. */
export function equalValues(x: Value, y: Value): boolean {
  if (typeof x === 'string' && typeof y === 'string' && x === y) {
    // Identical strings are equal unless they are a NaN.
    return !(x.length > 0 && /^[ \t\n\v\f\r]*[+-]?nan[ \t\n\v\f\r]*$/i.test(x));
  }
  return compareValues(x, y) === 0;
}
