// C printf's %e %E %f %g %G for doubles, exactly as glibc prints them (which is what Tcl's
// `format` hands the job to): the decimal expansion of the binary value is exact and rounded
// half-to-even, so `%.0f 2.5` is 2 and `%.2f 2.675` is 2.67. JS's toFixed is exact too but
// rounds ties away from zero, so it is used only where a tie is impossible or fixed afterwards;
// everything else is BigInt arithmetic on the double's mantissa and exponent.

export interface FloatSpec {
  conv: 'e' | 'E' | 'f' | 'g' | 'G';
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  hash: boolean;
  width: number;
  /** -1 when not given (C's default of 6). */
  precision: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** x = mantissa × 2^exponent, for finite x > 0, with an odd mantissa (a safe integer). */
function decompose(x: number): { mantissa: number; exponent: number } {
  f64[0] = x;
  const hi = u32[LITTLE_ENDIAN ? 1 : 0]!;
  const lo = u32[LITTLE_ENDIAN ? 0 : 1]!;
  const biased = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo; // < 2^52: exact in a double
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m += 4503599627370496; // 2^52
    e = biased - 1075;
  }
  // Strip trailing zero bits (the mantissa stays a safe integer all along).
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  return { mantissa: m, exponent: e };
}

const bigPow10Cache: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let p = bigPow10Cache[n];
    if (p === undefined) {
      p = 10n ** BigInt(n);
      bigPow10Cache[n] = p;
    }
    return p;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(num / den) for non-negative num, positive den. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round-half-even(x × 10^scale) for finite x ≥ 0 (scale may be negative). */
function scaledInteger(x: number, scale: number): bigint {
  if (x === 0) return 0n;
  const { mantissa, exponent } = decompose(x);
  let num = BigInt(mantissa);
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return roundHalfEven(num, den);
}

/** Digits of x ≥ 0 rounded to `precision` decimals, as %f prints them (without sign). */
function fixedDigits(x: number, precision: number, hash: boolean): string {
  let digits: string;
  if (precision <= 100 && x < 1e21) digits = toFixedHalfEven(x, precision);
  else {
    const n = scaledInteger(x, precision).toString().padStart(precision + 1, '0');
    digits = precision > 0 ? n.slice(0, n.length - precision) + '.' + n.slice(n.length - precision) : n;
  }
  return hash && precision === 0 ? digits + '.' : digits;
}

/** toFixed is exact but rounds ties up; a tie needs the value to end exactly at the digit after
 * the last one kept, which the binary exponent tells. */
function toFixedHalfEven(x: number, precision: number): string {
  const s = x.toFixed(precision);
  if (x === 0 || Math.floor(x) === x) return s;
  const { exponent } = decompose(x);
  // x × 10^p = odd × 5^p × 2^(p + exponent): a half-integer exactly when p + exponent = -1.
  if (exponent !== -(precision + 1)) return s;
  const last = s.charCodeAt(s.length - 1) - 48;
  if (last % 2 === 0) return s;
  // toFixed rounded up to an odd digit: half-even wants the one below (no borrow: it is odd).
  return s.slice(0, -1) + String.fromCharCode(48 + last - 1);
}

/** Significant digits of x > 0 rounded to precision + 1 digits, and the decimal exponent. */
function exponentDigits(x: number, precision: number): { digits: string; exp: number } {
  // The exponent of the exact value first (log10 of a double can be off by one either way near
  // powers of ten), then one more when rounding carries (9.96 -> 1.0e+01).
  let exp = Math.floor(Math.log10(x));
  if (comparePow10(x, exp) < 0) exp--;
  else if (comparePow10(x, exp + 1) >= 0) exp++;
  const n = scaledInteger(x, precision - exp);
  if (n >= pow10(precision + 1)) return { digits: pow10(precision).toString(), exp: exp + 1 };
  return { digits: n.toString(), exp };
}

/** Sign of x - 10^k, exactly (x > 0 finite). */
function comparePow10(x: number, k: number): number {
  const { mantissa, exponent } = decompose(x);
  const m = BigInt(mantissa);
  let left = exponent >= 0 ? m << BigInt(exponent) : m;
  let right = exponent >= 0 ? 1n : 1n << BigInt(-exponent);
  if (k >= 0) right *= pow10(k);
  else left *= pow10(-k);
  return left < right ? -1 : left > right ? 1 : 0;
}

function exponentText(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** %e of x ≥ 0 without sign. */
function expForm(x: number, precision: number, hash: boolean, upper: boolean): string {
  if (x === 0) {
    const frac = precision > 0 ? '.' + '0'.repeat(precision) : hash ? '.' : '';
    return '0' + frac + exponentText(0, upper);
  }
  const { digits, exp } = exponentDigits(x, precision);
  const frac = precision > 0 ? '.' + digits.slice(1) : hash ? '.' : '';
  return digits[0] + frac + exponentText(exp, upper);
}

/** %g of x ≥ 0 without sign. */
function generalForm(x: number, precision: number, hash: boolean, upper: boolean): string {
  const p = precision === 0 ? 1 : precision;
  let exp = 0;
  let digits = '0'.repeat(p);
  if (x !== 0) ({ digits, exp } = exponentDigits(x, p - 1));
  let body: string;
  if (p > exp && exp >= -4) {
    // Fixed notation with p - 1 - exp decimals: the same significant digits.
    const decimals = p - 1 - exp;
    if (exp >= 0) {
      body = digits.slice(0, exp + 1);
      if (decimals > 0) body += '.' + digits.slice(exp + 1);
    } else {
      body = '0.' + '0'.repeat(-exp - 1) + digits;
    }
    if (!hash) body = stripZeros(body);
    else if (body.indexOf('.') < 0) body += '.';
    return body;
  }
  let mant = digits[0]!;
  if (p > 1) mant += '.' + digits.slice(1);
  if (!hash) mant = stripZeros(mant);
  else if (mant.indexOf('.') < 0) mant += '.';
  // glibc quirk kept for fidelity: with '#', when rounding carries the value from fixed notation
  // into exponent notation (999999.5 at %#g), glibc keeps the zero decimals the fixed form had
  // and prints "1.e+06" rather than "1.00000e+06".
  else if (exp === p && comparePow10(x, p) < 0) mant = digits[0] + '.';
  return mant + exponentText(exp, upper);
}

function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

/** The full conversion, sign and padding included. */
export function formatFloat(d: number, spec: FloatSpec): string {
  const negative = d < 0 || Object.is(d, -0);
  const x = Math.abs(d);
  const upper = spec.conv === 'E' || spec.conv === 'G';
  const precision = spec.precision < 0 ? 6 : spec.precision;
  let body: string;
  const finite = Number.isFinite(x);
  if (!finite) body = Number.isNaN(x) ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf';
  else if (spec.conv === 'f') body = fixedDigits(x, precision, spec.hash);
  else if (spec.conv === 'e' || spec.conv === 'E') body = expForm(x, precision, spec.hash, upper);
  else body = generalForm(x, precision, spec.hash, upper);
  const sign = negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  const len = sign.length + body.length;
  if (len >= spec.width) return sign + body;
  const pad = spec.width - len;
  if (spec.minus) return sign + body + ' '.repeat(pad);
  if (spec.zero && finite) return sign + '0'.repeat(pad) + body;
  return ' '.repeat(pad) + sign + body;
}
