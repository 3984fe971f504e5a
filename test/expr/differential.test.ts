// Every expression of corpus/expressions.txt (and the conditions below) is evaluated by the real
// tclsh 8.6 and by the engine; results, error messages and errorCodes must be identical. tclsh is
// the oracle: nothing here stores an expected output.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalValue } from '../../src/tcl/compile.js';
import { TclError } from '../../src/tcl/errors.js';
import { exprBool, exprValue } from '../../src/tcl/expr/index.js';
import { createInterp } from '../../src/tcl/index.js';
import { formatList, str } from '../../src/tcl/value.js';
import { tclshEval, type Mode, type Outcome } from './tclsh.js';

const SETUP = `
set x 5; set s abc; set e {}; set h 0x10; set d 1.5; set sp " 42 "; set t true; set nan NaN
set big 123456789012345678901234567890; set l {a b {c d}}
array set arr {k v 1 one}
set n 0
proc bump {} { incr ::n; return 1 }
`;

const corpusFile = new URL('./corpus/expressions.txt', import.meta.url);
const EXPRESSIONS = readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l !== '');

// Multi-line expressions and ones with characters a line-based corpus cannot hold.
const EXTRA = [
  '1 +\n2',
  '1 +\\\n 2',
  '"a\\\n   b"',
  '{a\\\n   b}',
  '[set x\n]',
  '"tab\there" eq "tab\\there"',
  '1 + \n\n',
  '\n',
  '"\\u00e9" < "z"',
  '"é" eq "\\xe9"',
  '"\\U0001F600" < "\\uFFFF"',
  'max(1,\n2)',
];

const CONDITIONS = [
  '1', '0', '"yes"', '"no"', '"x"', '"08"', '" yes "', '"nan"', '$x > 3', '""', '2.5', '0.0', '"0x0"', '[list 1]',
  '{}', '1 +', '$undefined', '"tru"', '"of"', '"o"', '"on "', '" 1 "', '$t', '$e', '$nan', '$big', '-0.0', '1e-300',
  '"TRUE"', '"Yes"', '"oFF"', '[bump]', '$n == 1', 'abs(-1)', '$s', '$x', '$d', '$h', '0x0 || 0.0', '!$x', '"1" && "0"',
];

function engineEval(exprs: readonly string[], mode: Mode): Outcome[] {
  const interp = createInterp({ dialect: 'tcl' });
  evalValue(interp, SETUP);
  return exprs.map((e) => {
    try {
      const v = mode === 'expr' ? str(exprValue(interp, e)) : exprBool(interp, e) ? '1' : '0';
      return { code: 0, message: v, errorCode: '' };
    } catch (err) {
      if (!(err instanceof TclError)) throw err;
      const c = typeof err.errorCode === 'string' ? err.errorCode : formatList([...err.errorCode]);
      return { code: 1, message: err.message, errorCode: c };
    }
  });
}

function compare(exprs: readonly string[], mode: Mode): void {
  const want = tclshEval(SETUP, exprs, mode);
  const got = engineEval(exprs, mode);
  const mismatches: string[] = [];
  exprs.forEach((e, i) => {
    const w = want[i]!;
    const g = got[i]!;
    if (w.code !== g.code || w.message !== g.message || w.errorCode !== g.errorCode) {
      mismatches.push(`${JSON.stringify(e)}\n  tclsh:  ${w.code} ${JSON.stringify(w.message)} ${w.errorCode}\n  engine: ${g.code} ${JSON.stringify(g.message)} ${g.errorCode}`);
    }
  });
  expect(mismatches.join('\n')).toBe('');
}

describe('expressions: engine vs tclsh 8.6', () => {
  it(`evaluates the corpus (${EXPRESSIONS.length} expressions) as tclsh does`, () => {
    compare(EXPRESSIONS, 'expr');
  });

  it('evaluates multi-line and unusual expressions as tclsh does', () => {
    compare(EXTRA, 'expr');
  });

  it('reads conditions (if) as tclsh does', () => {
    compare(CONDITIONS, 'if');
  });
});
