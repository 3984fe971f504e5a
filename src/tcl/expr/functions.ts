// Tcl 8.6's math functions (tcl::mathfunc::*, tclBasic.c), with their argument conversions and
// error messages. The transcendental functions come from libm.ts, which gives glibc's results
// (tanh and sqrt are the same in V8 and glibc). A function receives its evaluated arguments;
// arity is checked at run time, after the arguments ran, as in Tcl.

import { TclError } from '../errors.js';
import type { Interp } from '../interp.js';
import { normInt, type TclInt } from '../numbers.js';
import { TclDouble, str, type Value } from '../value.js';
import { compareValues } from './arith.js';
import * as libm from './libm.js';
import {
  domainError, expectedError, getBool, isNaNValue, notANumber, toNumber, tooLarge, type Num,
} from './numeric.js';

export type MathFn = (interp: Interp, args: Value[]) => Value;

export interface MathFunc {
  /** Exact argument count, or -1 for "one or more" (min, max). */
  arity: number;
  fn: MathFn;
}

// ---- argument conversions ------------------------------------------------------------------------

/** Tcl_GetDoubleFromObj. */
function getDouble(v: Value): number {
  if (typeof v === 'number') return v;
  const n = toNumber(v);
  if (n === null) throw expectedError('floating-point number', v);
  if (n instanceof TclDouble) {
    if (n.d !== n.d) throw notANumber();
    return n.d;
  }
  return Number(n);
}

/** TclGetNumberFromObj for the functions that reject NaN (abs, round, entier, int, isqrt). */
function getNumber(v: Value): Num {
  if (typeof v === 'number') return v;
  const n = toNumber(v);
  if (n === null) throw expectedError('number', v);
  if (isNaNValue(n)) throw notANumber();
  return n;
}

/** CheckDoubleResult: a NaN result is a domain error; overflow to Inf and underflow to 0 are fine. */
function checked(d: number): TclDouble {
  if (d !== d) throw domainError();
  return new TclDouble(d);
}

function unaryDouble(f: (x: number) => number): MathFunc {
  return { arity: 1, fn: (_i, a) => checked(f(getDouble(a[0]!))) };
}

function binaryDouble(f: (x: number, y: number) => number): MathFunc {
  return {
    arity: 2,
    fn: (_i, a) => {
      const x = getDouble(a[0]!);
      const y = getDouble(a[1]!);
      return checked(f(x, y));
    },
  };
}

// ---- integers ------------------------------------------------------------------------------------

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** The integer part of a finite double (a bignum when it is large). */
function truncToInt(d: number): TclInt {
  const t = Math.trunc(d);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : normInt(BigInt(t));
}

/** entier(): any number to an integer of any size. */
function entier(v: Value): TclInt {
  const n = getNumber(v);
  if (n instanceof TclDouble) {
    if (!Number.isFinite(n.d)) throw tooLarge();
    return truncToInt(n.d);
  }
  return n;
}

/** int() and wide(): entier() truncated to 64 bits, two's complement (C long on LP64). */
function wide(v: Value): TclInt {
  const i = entier(v);
  if (typeof i === 'number') return i;
  return normInt(BigInt.asIntN(64, i));
}

const MAX_EXACT = 9007199254740991;

function negativeSqrt(): TclError {
  return new TclError('square root of negative argument', ['ARITH', 'DOMAIN', 'domain error: argument not in valid range']);
}

function isqrt(v: Value): Value {
  const n = getNumber(v);
  if (n instanceof TclDouble) {
    const d = n.d;
    if (d < 0) throw negativeSqrt();
    if (d <= MAX_EXACT) return Math.trunc(Math.sqrt(d)) + 0; // (sqrt(-0.0) is -0.0; Tcl makes it 0)
    if (!Number.isFinite(d)) throw tooLarge();
    return normInt(isqrtBig(BigInt(d)));
  }
  if (n < 0) throw negativeSqrt();
  if (typeof n === 'number') return Math.trunc(Math.sqrt(n));
  return normInt(isqrtBig(n));
}

function round(v: Value): Value {
  const n = getNumber(v);
  if (!(n instanceof TclDouble)) return v;
  const d = n.d;
  if (!Number.isFinite(d)) throw tooLarge();
  const intPart = Math.trunc(d);
  const frac = d - intPart;
  const step = frac <= -0.5 ? -1 : frac >= 0.5 ? 1 : 0;
  if (Math.abs(intPart) < 2 ** 52) return intPart + step === 0 ? 0 : intPart + step;
  return normInt(BigInt(intPart) + BigInt(step));
}

function abs(v: Value): Value {
  const n = getNumber(v);
  if (typeof n === 'number') {
    if (n > 0) return v;
    if (n === 0) return str(v).indexOf('-') >= 0 ? 0 : v;
    return -n;
  }
  if (typeof n === 'bigint') return n < 0n ? normInt(-n) : v;
  // -0.0 must become 0.0, so test the sign bit rather than comparing with zero.
  if (n.d > 0 || Object.is(n.d, 0)) return v;
  return new TclDouble(-n.d);
}

function sqrt(v: Value): Value {
  const d = getDouble(v);
  if (d === Infinity) {
    const n = toNumber(v);
    if (typeof n === 'bigint') return new TclDouble(Number(isqrtBig(n)));
  }
  // Unlike the other functions, sqrt() hands back a NaN unchecked (an error only if it reaches the result).
  return new TclDouble(Math.sqrt(d));
}

const bits = new DataView(new ArrayBuffer(8));

/** The next double above (up) or below d, for a finite d. */
function nextDouble(d: number, up: boolean): number {
  if (d === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  bits.setFloat64(0, d);
  const q = bits.getBigUint64(0);
  bits.setBigUint64(0, (d > 0) === up ? q + 1n : q - 1n);
  return bits.getFloat64(0);
}

/** An integer as the nearest double in one direction (TclFloor/TclCeil of a bignum). */
function directedDouble(n: bigint, up: boolean): number {
  const d = Number(n);
  if (d === Infinity) return up ? d : Number.MAX_VALUE;
  if (d === -Infinity) return up ? -Number.MAX_VALUE : d;
  const back = BigInt(d);
  if (up ? back < n : back > n) return nextDouble(d, up);
  return d;
}

/** ceil/floor: integers are converted rounding in the function's own direction, as Tcl does. */
function roundingFunc(f: (x: number) => number, up: boolean): MathFunc {
  return {
    arity: 1,
    fn: (_i, a) => {
      const d = getDouble(a[0]!);
      const n = toNumber(a[0]!);
      if (typeof n === 'bigint') return new TclDouble(directedDouble(n, up));
      return checked(f(d));
    },
  };
}

function withoutCode(e: TclError): TclError {
  e.errorCode = 'NONE';
  return e;
}

function extreme(name: 'max' | 'min'): MathFunc {
  const wanted = name === 'max' ? 1 : -1;
  return {
    arity: -1,
    fn: (_i, args) => {
      let best: Value | undefined;
      for (const a of args) {
        const n = toNumber(a);
        // Tcl leaves errorCode alone here (NONE), unlike the other functions.
        if (n === null) throw withoutCode(expectedError('floating-point number', a));
        if (isNaNValue(n)) throw withoutCode(notANumber());
        if (best === undefined || compareValues(n, best) === wanted) best = a;
      }
      return best!;
    },
  };
}

// ---- rand / srand --------------------------------------------------------------------------------

// Tcl's generator (Park & Miller "minimal standard", Schrage's method), so a seeded sequence is the
// same as tclsh's. The seed lives with the interpreter.
const RAND_IA = 16807;
const RAND_IM = 2147483647;
const RAND_IQ = 127773;
const RAND_IR = 2836;
const RAND_MASK = 123459876;

const seeds = new WeakMap<Interp, number>();

function nextRandom(interp: Interp): TclDouble {
  let seed = seeds.get(interp);
  if (seed === undefined) seed = initialSeed(Date.now() ^ Math.floor(Math.random() * 0x7fffffff));
  const tmp = Math.floor(seed / RAND_IQ);
  seed = RAND_IA * (seed - tmp * RAND_IQ) - RAND_IR * tmp;
  if (seed < 0) seed += RAND_IM;
  seeds.set(interp, seed);
  return new TclDouble(seed * (1.0 / RAND_IM));
}

function initialSeed(s: number): number {
  let seed = s & 0x7fffffff;
  if (seed === 0 || seed === 0x7fffffff) seed ^= RAND_MASK;
  return seed;
}

function srand(interp: Interp, v: Value): TclDouble {
  let seed: bigint;
  const n = toNumber(v);
  if (typeof n === 'number' || typeof n === 'bigint') seed = BigInt(n);
  else if (n === null) throw expectedError('integer', v);
  else throw new TclError(`expected integer but got "${str(v)}"`, ['TCL', 'VALUE', 'INTEGER']);
  seeds.set(interp, initialSeed(Number(BigInt.asUintN(31, seed))));
  return nextRandom(interp);
}

// ---- the table -----------------------------------------------------------------------------------

export const MATH_FUNCS: ReadonlyMap<string, MathFunc> = new Map<string, MathFunc>([
  ['abs', { arity: 1, fn: (_i, a) => abs(a[0]!) }],
  ['acos', unaryDouble(libm.acos)],
  ['asin', unaryDouble(libm.asin)],
  ['atan', unaryDouble(libm.atan)],
  ['atan2', binaryDouble(libm.atan2)],
  ['bool', { arity: 1, fn: (_i, a) => (getBool(a[0]!) ? 1 : 0) }],
  ['ceil', roundingFunc(Math.ceil, true)],
  ['cos', unaryDouble(libm.cos)],
  ['cosh', unaryDouble(libm.cosh)],
  ['double', { arity: 1, fn: (_i, a) => new TclDouble(getDouble(a[0]!)) }],
  ['entier', { arity: 1, fn: (_i, a) => { const n = getNumber(a[0]!); return n instanceof TclDouble ? entier(n) : a[0]!; } }],
  ['exp', unaryDouble(libm.exp)],
  ['floor', roundingFunc(Math.floor, false)],
  ['fmod', binaryDouble((x, y) => x % y)],
  ['hypot', binaryDouble(libm.hypot)],
  ['int', { arity: 1, fn: (_i, a) => wide(a[0]!) }],
  ['isqrt', { arity: 1, fn: (_i, a) => isqrt(a[0]!) }],
  ['log', unaryDouble(libm.log)],
  ['log10', unaryDouble(libm.log10)],
  ['max', extreme('max')],
  ['min', extreme('min')],
  ['pow', binaryDouble(libm.pow)],
  ['rand', { arity: 0, fn: (i) => nextRandom(i) }],
  ['round', { arity: 1, fn: (_i, a) => round(a[0]!) }],
  ['sin', unaryDouble(libm.sin)],
  ['sinh', unaryDouble(libm.sinh)],
  ['sqrt', { arity: 1, fn: (_i, a) => sqrt(a[0]!) }],
  ['srand', { arity: 1, fn: (i, a) => srand(i, a[0]!) }],
  ['tan', unaryDouble(libm.tan)],
  ['tanh', unaryDouble(Math.tanh)],
  ['wide', { arity: 1, fn: (_i, a) => wide(a[0]!) }],
]);

/** Tcl's message for a call with the wrong number of arguments (min/max word it differently). */
export function arityError(name: string, arity: number, given: number): TclError {
  if (arity < 0) return new TclError(`not enough arguments to math function "${name}"`);
  const which = given < arity ? 'not enough' : 'too many';
  return new TclError(`${which} arguments for math function "${name}"`, ['TCL', 'WRONGARGS']);
}

export function unknownFunction(name: string): TclError {
  const cmd = `tcl::mathfunc::${name}`;
  return new TclError(`invalid command name "${cmd}"`, ['TCL', 'LOOKUP', 'COMMAND', cmd]);
}
