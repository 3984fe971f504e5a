// Math functions that give glibc's results, so expressions print the same digits as tclsh.
//
// glibc's exp, log, pow, sin, cos, tan, atan, atan2, asin and acos return the correctly rounded
// result in nearly every case (the exact value rounded to the nearest double); V8's Math functions, ports
// of fdlibm, are one unit in the last place off for a sizeable share of arguments. Here each
// function is computed in double-double arithmetic (about 106 bits) and rounded once, which gives
// the correctly rounded result except for arguments whose exact result lies within 2^-100 of a
// rounding boundary. cosh, sinh and log10 follow glibc's own formulas (fdlibm's), which combine
// a correctly rounded exp or log with expm1; hypot is glibc's own algorithm.

/** A double-double: hi + lo with |lo| <= ulp(hi) / 2. */
type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

const SPLITTER = 134217729; // 2^27 + 1

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s1, s2] = twoSum(a[0], b[0]);
  const [t1, t2] = twoSum(a[1], b[1]);
  const [u1, u2] = quickTwoSum(s1, s2 + t1);
  return quickTwoSum(u1, u2 + t2);
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function mulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function divD(a: DD, b: number): DD {
  const q = a[0] / b;
  const [p, e] = twoProd(q, b);
  return quickTwoSum(q, (a[0] - p - e + a[1]) / b);
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, neg(mulD(b, q1)));
  const q2 = r[0] / b[0];
  r = add(r, neg(mulD(b, q2)));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

/** x * 2^k without intermediate overflow. */
function ldexp(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN2_3 = 5.707708438416212e-34;

// ---- exp -----------------------------------------------------------------------------------------

const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019412;

/** e^a as a double-double mantissa and a power of two: e^a = m * 2^k. */
function expParts(a: DD): { m: DD; k: number } {
  const k = Math.round(a[0] / LN2[0]);
  // r = a - k*ln2, with ln2 in three parts so the subtraction keeps ~140 bits.
  let r = add(a, neg(twoProd(k, LN2[0])));
  r = add(r, neg(twoProd(k, LN2[1])));
  r = add(r, [-k * LN2_3, 0]);
  // e^r = (e^(r/256))^256, and e^(r/256) by its Taylor series (|r/256| < 0.0014).
  const s: DD = [r[0] / 256, r[1] / 256];
  let e: DD = [1, 0];
  for (let n = 14; n >= 1; n--) e = add([1, 0], divD(mul(s, e), n));
  for (let i = 0; i < 8; i++) e = mul(e, e);
  return { m: e, k };
}

function expDD(a: DD): number {
  if (a[0] > EXP_OVERFLOW + 1) return Infinity;
  if (a[0] < EXP_UNDERFLOW - 1) return 0;
  const { m, k } = expParts(a);
  return ldexp(m[0] + m[1], k);
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  if (x === 0) return 1;
  return expDD([x, 0]);
}

// ---- log -----------------------------------------------------------------------------------------

const bits = new DataView(new ArrayBuffer(8));

/** x = m * 2^e with m in [sqrt(1/2), sqrt(2)), for a finite x > 0. */
function frexp(x: number): [number, number] {
  let e = 0;
  if (x < 2 ** -1000) {
    x *= 2 ** 100;
    e = -100;
  }
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  e += (hi >>> 20) - 1022;
  bits.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  let m = bits.getFloat64(0); // in [0.5, 1)
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  return [m, e];
}

/** log(m) for m in [sqrt(1/2), sqrt(2)), to ~106 bits relative. */
function logMantissa(m: number): DD {
  const u = m - 1; // exact
  if (Math.abs(u) < 0.0625) {
    // log(1+u) = 2 atanh(z) = 2 (z + z^3/3 + z^5/5 + ...) with z = u / (2+u), |z| < 1/31.
    const z = div([u, 0], twoSum(2, u));
    const z2 = mul(z, z);
    let sum = divD([1, 0], 25);
    for (let n = 11; n >= 1; n--) sum = add(divD([1, 0], 2 * n + 1), mul(z2, sum));
    sum = add([1, 0], mul(z2, sum));
    return mulD(mul(z, sum), 2);
  }
  // One Newton step for e^y = m from Math.log doubles its ~52 bits: y + m e^-y - 1.
  const y0 = Math.log(m);
  const { m: e, k } = expParts([-y0, 0]);
  const t = add(mulD([ldexp(e[0], k), ldexp(e[1], k)], m), [-1, 0]);
  return add([y0, 0], t);
}

function logDD(x: number): DD {
  const [m, e] = frexp(x);
  const l = logMantissa(m);
  return e === 0 ? l : add(l, add(mulD(LN2, e), [e * LN2_3, 0]));
}

export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

// glibc's __ieee754_log10 (fdlibm's): the exponent and the mantissa's log are combined in double.
const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let k = 0;
  if (x < 2 ** -1022) {
    k -= 54;
    x *= 2 ** 54;
  }
  bits.setFloat64(0, x);
  let hx = bits.getInt32(0);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  bits.setInt32(0, hx);
  const z = y * LOG10_2LO + IVLN10 * log(bits.getFloat64(0));
  return z + y * LOG10_2HI;
}

// ---- pow -----------------------------------------------------------------------------------------

export function pow(x: number, y: number): number {
  // Special values (zeros, infinities, NaN, exact ones) as C99 defines them.
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y) < 2 ** 53 && Math.abs(y) % 2 === 1) sign = -1;
    x = -x;
  }
  const t = mulD(logDD(x), y);
  if (t[0] > EXP_OVERFLOW + 1) return sign * Infinity;
  if (t[0] < EXP_UNDERFLOW - 1) return sign * 0;
  return sign * expDD(t);
}

// ---- sin, cos, tan -------------------------------------------------------------------------------

// pi/2 in five parts of 33 bits: k * part is exact for k < 2^20.
const PIO2_PARTS = [1.5707963267341256, 6.077100506303966e-11, 2.0222662487111665e-21, 8.478427660348229e-32, 2.067032109450824e-43];
const PIO2: DD = [1.5707963267948966, 6.123233995736766e-17];
// floor(2/pi * 2^1400), for reducing large arguments exactly.
const TWO_OVER_PI = BigInt(
  '0xa2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b6babf0cfbc209af4361da9e391615ee61b086599855f14a068',
);
const TWO_OVER_PI_BITS = 1400n;

/** x = r + q * pi/2 with |r| <= pi/4 (about), r as a double-double. */
function reduce(x: number): { r: DD; q: number } {
  const ax = Math.abs(x);
  if (ax <= Math.PI / 4) return { r: [x, 0], q: 0 };
  if (ax < 2 ** 19) {
    const k = Math.round(x / PIO2[0]);
    let r: DD = [x, 0];
    for (const p of PIO2_PARTS) r = add(r, neg(twoProd(k, p)));
    return { r, q: ((k % 4) + 4) % 4 };
  }
  // x * 2/pi exactly enough: x = M * 2^E with an integer M.
  bits.setFloat64(0, ax);
  const hi = bits.getUint32(0);
  const E = ((hi >>> 20) & 0x7ff) - 1075;
  const M = (BigInt(hi & 0xfffff) << 32n) | (BigInt(bits.getUint32(4)) | 0x10000000000000n);
  const product = M * TWO_OVER_PI;
  const shift = TWO_OVER_PI_BITS - BigInt(E);
  let k = product >> shift;
  let frac = product - (k << shift); // x*2/pi = k + frac / 2^shift
  const half = 1n << (shift - 1n);
  if (frac >= half) {
    frac -= 1n << shift;
    k += 1n;
  }
  // The fraction's top 110 bits, as a double-double, times pi/2.
  const drop = shift - 110n;
  const f = frac >> drop;
  const fhi = Number(f >> 57n) * 2 ** 57;
  const flo = Number(f - BigInt(fhi));
  const fr = quickTwoSum(fhi * 2 ** -110, flo * 2 ** -110);
  let r = mul(fr, PIO2);
  let q = Number(k % 4n);
  if (x < 0) {
    r = neg(r);
    q = -q;
  }
  return { r, q: ((q % 4) + 4) % 4 };
}

/** sin and cos of |r| <= ~pi/4 by their Taylor series. */
function sinCosReduced(r: DD): [DD, DD] {
  const r2 = mul(r, r);
  let s: DD = [1, 0];
  let c: DD = [1, 0];
  for (let n = 15; n >= 1; n--) {
    s = add([1, 0], neg(divD(mul(s, r2), 2 * n * (2 * n + 1))));
    c = add([1, 0], neg(divD(mul(c, r2), (2 * n - 1) * (2 * n))));
  }
  return [mul(r, s), c];
}

function sinCos(x: number): [DD, DD] {
  const { r, q } = reduce(x);
  const [s, c] = sinCosReduced(r);
  switch (q) {
    case 0: return [s, c];
    case 1: return [c, neg(s)];
    case 2: return [neg(s), neg(c)];
    default: return [neg(c), s];
  }
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const s = sinCos(x)[0];
  return s[0] + s[1];
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const c = sinCos(x)[1];
  return c[0] + c[1];
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const [s, c] = sinCos(x);
  const t = div(s, c);
  return t[0] + t[1];
}

// ---- inverse trigonometric functions: one Newton step from V8's result -------------------------

/** The integer mantissa and exponent of a finite double: |d| = m * 2^e. */
function integerParts(d: number): [bigint, number] {
  bits.setFloat64(0, Math.abs(d));
  const hi = bits.getUint32(0);
  const be = (hi >>> 20) & 0x7ff;
  const m = (BigInt(hi & 0xfffff) << 32n) | BigInt(bits.getUint32(4));
  return be === 0 ? [m, -1074] : [m | (1n << 52n), be - 1075];
}

/** n / d (positive integers) rounded to the nearest double. */
function roundRational(n: bigint, d: bigint): number {
  // Scale so the quotient has at least 64 bits; the remainder becomes a sticky bit.
  const shift = 66 - (n.toString(2).length - d.toString(2).length);
  const num = shift > 0 ? n << BigInt(shift) : n;
  const den = shift < 0 ? d << BigInt(-shift) : d;
  let q = num / den;
  if (q * den !== num) q |= 1n;
  return ldexp(Number(q), -shift);
}

/**
 * atan(y/x) for x > 0 and |y/x| < 2^-26, from the exact ratio: t - t^3/3 + t^5/5 as a fraction.
 * (With so small a ratio the result may lie within 2^-100 of a rounding boundary, closer than
 * double-double arithmetic can tell.)
 */
function atanOfTinyRatio(y: number, x: number): number {
  const [a, ey] = integerParts(y);
  const [b, ex] = integerParts(x);
  const e = ey - ex; // t = (a / b) * 2^e, e < 0
  const S = 1n << BigInt(-2 * e); // t^2 = a^2 / (b^2 S)
  const a2 = a * a;
  const b2 = b * b;
  const num = a * (15n * b2 * b2 * S * S - 5n * a2 * b2 * S + 3n * a2 * a2);
  const den = 15n * b2 * b2 * b * S * S;
  const r = ldexp(roundRational(num, den), e);
  return y < 0 ? -r : r;
}

/** atan2 refined by one Newton step on f(t) = x sin t - y cos t. */
export function atan2(y: number, x: number): number {
  const t0 = Math.atan2(y, x);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || t0 !== t0) return t0;
  if (x > 0 && Math.abs(y) < x * 2 ** -26) return atanOfTinyRatio(y, x);
  // Scale both by the same power of two so the products below neither overflow nor underflow.
  const big = Math.max(Math.abs(x), Math.abs(y));
  const small = Math.min(Math.abs(x), Math.abs(y));
  if (big / small > 2 ** 600) return t0;
  const [, e] = frexp(big);
  const X = ldexp(x, -e);
  const Y = ldexp(y, -e);
  const [s, c] = sinCos(t0);
  const f = add(mulD(s, X), neg(mulD(c, Y)));
  const fp = add(mulD(c, X), mulD(s, Y));
  const d = div(f, fp);
  const t = add([t0, 0], neg(d));
  return t[0] + t[1];
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (x === 0) return x;
  if (!Number.isFinite(x) || Math.abs(x) > 2 ** 60) return Math.atan(x);
  return atan2(x, 1);
}

export function asin(x: number): number {
  const t0 = Math.asin(x);
  if (t0 !== t0 || x === 0 || Math.abs(x) === 1) return t0;
  const [s, c] = sinCos(t0);
  if (c[0] === 0) return t0;
  const t = add([t0, 0], neg(div(add(s, [-x, 0]), c)));
  return t[0] + t[1];
}

export function acos(x: number): number {
  const t0 = Math.acos(x);
  if (t0 !== t0 || Math.abs(x) === 1) return t0;
  const [s, c] = sinCos(t0);
  if (s[0] === 0) return t0;
  const t = add([t0, 0], div(add(c, [-x, 0]), s));
  return t[0] + t[1];
}

// ---- hyperbolic functions (fdlibm's formulas, as glibc has them) ---------------------------------

function highWordLimit(hi: number, lo = 0): number {
  bits.setUint32(0, hi);
  bits.setUint32(4, lo);
  return bits.getFloat64(0);
}

const HALF_LN2 = highWordLimit(0x3fd62e43);
const TINY = highWordLimit(0x3c800000);
const LOG_MAX = highWordLimit(0x40862e42);
const OVERFLOW = highWordLimit(0x408633ce, 0x8fb9f87d);
const SINH_TINY = highWordLimit(0x3e300000);

export function cosh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < HALF_LN2) {
      if (ax < TINY) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LOG_MAX) return 0.5 * exp(ax);
  if (ax <= OVERFLOW) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < SINH_TINY) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAX) return h * exp(ax);
  if (ax <= OVERFLOW) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

// ---- hypot -----------------------------------------------------------------------------------------

// glibc's hypot (2.35+, its build without FMA): one correction step on sqrt(x^2 + y^2), with
// scaling for huge and tiny arguments.
const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -511;
const HYPOT_EPS = 2 ** -54;

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}
