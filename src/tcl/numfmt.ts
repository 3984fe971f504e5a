// Number formatting as Tcl prints it.

/** Tcl's default double formatting (shortest representation that round-trips, as %.17g would
 * print it): exponent form when the exponent is < -4 or >= 17, always a "." or exponent so the
 * value reads back as a double. */
export function formatDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Inf';
  if (d === -Infinity) return '-Inf';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest round-tripping digits.
  const exp = powerOfTwoDigits(d) ?? d.toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const e = parseInt(m[4]!, 10);
  if (e < -4 || e >= 17) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return `${sign}${mant}e${e < 0 ? '-' : '+'}${Math.abs(e)}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return `${sign}${digits}${'0'.repeat(e + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}

/**
 * Tcl 8.6 prints an exact power of two with the shortest digits that fall within half the gap to
 * the NEXT double on both sides, although the gap below a power of two is half as wide; so some
 * powers print one digit shorter than the shortest round-trip form (`double(2**64)` is
 * 1.844674407370955e+19). irule eval agrees with tclsh, so it reproduces that.
 */
function powerOfTwoDigits(d: number): string | null {
  const a = Math.abs(d);
  const e = Math.log2(a);
  if (!Number.isInteger(e) || e < -1022 || e > 1023) return null;
  const shortest = d.toExponential();
  const digitsOf = (s: string) => s.replace(/^-/, '').split('e')[0]!.replace('.', '').length;
  const B = 2n ** BigInt(Math.abs(e));
  for (let p = 1; p <= digitsOf(shortest); p++) {
    const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(a.toExponential(p - 1))!;
    const D = BigInt(m[1]! + (m[2] ?? ''));
    const q = parseInt(m[3]!, 10) - (p - 1);
    // |D*10^q - 2^e| < 2^(e-53), all scaled to integers.
    const ten = 10n ** BigInt(Math.abs(q));
    const scaleA = q >= 0 ? D * ten : D;
    const denA = q >= 0 ? 1n : ten;
    const num = e >= 0 ? B : 1n;
    const den = e >= 0 ? 1n : B;
    // Compare |scaleA/denA - num/den| < (num/den) / 2^53
    const lhs = scaleA * den - num * denA;
    const abs = lhs < 0n ? -lhs : lhs;
    if (abs * 2n ** 53n < num * denA) return (d < 0 ? '-' : '') + a.toExponential(p - 1);
  }
  return null;
}
