// Generated tests. (1) The chevrotain grammar and the replay of Tcl's own parser (which phrases the
// error messages) must accept exactly the same token sequences. (2) Random expressions over ints,
// bignums, doubles and strings must evaluate as tclsh evaluates them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/syntax/expr/diagnose.js';
import { tokenizeExpr } from '../../src/syntax/expr/lexer.js';
import { parseExpr } from '../../src/syntax/expr/parser.js';
import { TclError } from '../../src/tcl/errors.js';
import { exprValue } from '../../src/tcl/expr/index.js';
import { createInterp } from '../../src/tcl/index.js';
import { str } from '../../src/tcl/value.js';
import { tclshEval } from './tclsh.js';

const VOCABULARY = [
  '1', '0x1f', '2.5', '1e3', 'Inf', 'true', 'abc', '$a', '"s"', '{b}', '[c]', 'sin', 'rand', '(', ')', ',', '?', ':',
  '+', '-', '*', '/', '%', '**', '!', '~', '<', '<=', '==', '!=', 'eq', 'ne', 'in', '&', '|', '^', '&&', '||', '<<',
  '=', '@',
];

describe('expression grammar vs Tcl parser', () => {
  it('accept the same token sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const r = parseExpr(text);
        const tclError = diagnose(text, tokenizeExpr(text, 'tcl'));
        expect(r.expr !== null, text).toBe(tclError === null);
        if (r.error) expect(r.error.message, text).not.toMatch(/^syntax error in expression/);
      }),
      { numRuns: 2500, seed: 20261125 },
    );
  });

  it('accept the same iRule token sequences', () => {
    const words = [...VOCABULARY, 'and', 'or', 'not', 'contains', 'starts_with', 'matches_glob'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 10 }), (ws) => {
        const text = ws.join(' ');
        const r = parseExpr(text, { dialect: 'irule' });
        const tclError = diagnose(text, tokenizeExpr(text, 'irule'));
        expect(r.expr !== null, text).toBe(tclError === null);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });
});

// ---- random expressions against tclsh --------------------------------------------------------------

const operand = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map(String),
  fc.constantFrom('0', '1', '-1', '7', '255', '0x7f', '0b101', '0o17', '010', '2147483647', '4294967296'),
  fc.constantFrom('9007199254740991', '9007199254740993', '9223372036854775807', '29514790517935282585', '123456789012345678901'),
  fc.constantFrom('0.5', '1.5', '-2.25', '1e10', '1e-5', '3.0', '0.1', '1e300', '-0.0'),
  fc.constantFrom('"abc"', '"10"', '" 5 "', '""', '"0x10"', '{1e2}', '"b"', 'true', 'no'),
);

const binaryOps = ['+', '-', '*', '/', '%', '**', '<<', '>>', '&', '|', '^', '<', '>', '<=', '>=', '==', '!=', 'eq', 'ne', '&&', '||'];
const funcs1 = ['abs', 'int', 'wide', 'double', 'entier', 'round', 'ceil', 'floor', 'sqrt', 'isqrt', 'bool', 'exp', 'log', 'sin', 'cos', 'tan', 'atan', 'cosh', 'log10'];
const funcs2 = ['max', 'min', 'fmod', 'pow', 'atan2', 'hypot'];

const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    operand,
    fc.tuple(tie('e'), fc.constantFrom(...binaryOps), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom('-', '+', '!', '~'), tie('e')).map(([op, a]) => `${op}(${a})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
    fc.tuple(fc.constantFrom(...funcs1), tie('e')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(fc.constantFrom(...funcs2), tie('e'), tie('e')).map(([f, a, b]) => `${f}(${a}, ${b})`),
  ),
})).e;

describe('random expressions: engine vs tclsh 8.6', () => {
  it('evaluate identically', () => {
    const seed = Number(process.env['EXPR_SEED'] ?? 42);
    const exprs = fc.sample(expression, { numRuns: 1500, seed }).filter((e) => e.length < 400);
    const want = tclshEval('', exprs);
    const interp = createInterp({ dialect: 'tcl' });
    const mismatches: string[] = [];
    exprs.forEach((e, i) => {
      let got: string;
      try {
        got = `0 ${str(exprValue(interp, e))}`;
      } catch (err) {
        if (!(err instanceof TclError)) throw err;
        got = `1 ${err.message}`;
      }
      const w = `${want[i]!.code} ${want[i]!.message}`;
      if (got !== w) mismatches.push(`${e}\n  tclsh:  ${w}\n  engine: ${got}`);
    });
    expect(mismatches.slice(0, 20).join('\n')).toBe('');
  });
});
