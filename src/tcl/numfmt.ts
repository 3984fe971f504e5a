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
  const exp = d.toExponential();
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
