// Transcendental functions against tclsh (glibc's libm) over wide argument ranges. The engine
// computes them correctly rounded; glibc is correctly rounded for nearly all arguments, and the
// rare ones where it is not (it then is one unit in the last place away) are tolerated here, in
// small numbers, as long as they are exactly one unit apart.

import { describe, expect, it } from 'vitest';
import { TclError } from '../../src/tcl/errors.js';
import { exprValue } from '../../src/tcl/expr/index.js';
import { createInterp } from '../../src/tcl/index.js';
import { str } from '../../src/tcl/value.js';
import { tclshEval } from './tclsh.js';

/** A small deterministic generator (mulberry32), so every run checks the same arguments. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cases(): string[] {
  const rnd = random(20261125);
  const between = (a: number, b: number) => a + rnd() * (b - a);
  const spread = (lo: number, hi: number) => (rnd() < 0.5 ? -1 : 1) * (1 + rnd()) * 2 ** Math.floor(between(lo, hi));
  const num = (d: number) => d.toPrecision(17);
  const out: string[] = [];
  for (let i = 0; i < 120; i++) {
    for (const f of ['sin', 'cos', 'tan']) out.push(`${f}(${num(between(-10, 10))})`, `${f}(${num(spread(-30, 1000))})`);
    out.push(`exp(${num(between(-745, 709.7))})`, `exp(${num(spread(-60, 3))})`);
    out.push(`log(${num(Math.abs(spread(-1074, 1023)))})`, `log(${num(1 + between(-1e-3, 1e-3))})`);
    out.push(`log10(${num(Math.abs(spread(-1074, 1023)))})`);
    out.push(`atan(${num(spread(-60, 80))})`, `atan2(${num(spread(-300, 300))}, ${num(spread(-300, 300))})`);
    out.push(`asin(${num(between(-1, 1))})`, `acos(${num(between(-1, 1))})`);
    out.push(`pow(${num(Math.abs(spread(-40, 40)))}, ${num(between(-20, 20))})`);
    out.push(`${num(between(0.01, 50))} ** ${num(between(-10, 10))}`);
    out.push(`cosh(${num(between(-712, 712))})`, `sinh(${num(between(-712, 712))})`, `tanh(${num(between(-25, 25))})`);
    out.push(`hypot(${num(spread(-600, 600))}, ${num(spread(-600, 600))})`);
  }
  return out;
}

/** The distance in units in the last place between two printed doubles. */
function ulps(a: string, b: string): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, Number(a));
  view.setFloat64(8, Number(b));
  const d = view.getBigInt64(0) - view.getBigInt64(8);
  return Number(d < 0n ? -d : d);
}

describe('math functions: engine vs tclsh 8.6 (glibc)', () => {
  it('agree on (nearly) every argument, and differ by at most one unit in the last place', () => {
    const exprs = cases();
    const want = tclshEval('', exprs);
    const interp = createInterp();
    const differ: string[] = [];
    const far: string[] = [];
    exprs.forEach((e, i) => {
      let got: string;
      try {
        got = str(exprValue(interp, e));
      } catch (err) {
        if (!(err instanceof TclError)) throw err;
        got = `error: ${err.message}`;
      }
      const w = want[i]!;
      const expected = w.code === 0 ? w.message : `error: ${w.message}`;
      if (got === expected) return;
      const line = `${e}: tclsh ${expected}, engine ${got}`;
      differ.push(line);
      if (w.code !== 0 || got.startsWith('error') || ulps(got, expected) > 1) far.push(line);
    });
    expect(far.join('\n')).toBe('');
    expect(differ.length, differ.join('\n')).toBeLessThanOrEqual(Math.ceil(exprs.length * 0.005));
  });
});
