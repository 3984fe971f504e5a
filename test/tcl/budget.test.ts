// The per-run budget (docs/tcl.md "Budgets"): each hostile script ends with a Tcl error naming the
// budget it exceeded, which the script's own catch cannot swallow.
import { describe, expect, it } from 'vitest';
import { createInterp } from '../../src/tcl/index.js';
import { evalValue } from '../../src/tcl/compile.js';
import { TclLimitError } from '../../src/tcl/errors.js';
import { runTclFile } from '../../src/tcl/run.js';

function budgetError(script: string, limits: Parameters<typeof createInterp>[0]['limits'] = {}): TclLimitError {
  const interp = createInterp({ limits });
  try {
    evalValue(interp, script);
  } catch (e) {
    if (e instanceof TclLimitError) return e;
    throw e;
  }
  throw new Error('no budget error');
}

describe('budgets', () => {
  it('steps: a loop of big-integer shifts runs out of steps (it used to run for hours)', () => {
    const e = budgetError('set x 1; while {9223372036854775808 << $x} {}', { maxCommands: 200_000 });
    expect(e.message).toMatch(/^budget exceeded: steps \(more than 200000 /);
    expect(e.errorCodeString).toBe('IRULE LIMIT STEPS');
  });

  it('steps: big-integer operations cost more than one step each', () => {
    const interp = createInterp();
    evalValue(interp, 'set x [expr {1<<100}]; for {set i 0} {$i < 100} {incr i} {set y [expr {$x * 3}]}');
    // 100 iterations of for/set/expr/incr are ~400 commands; each multiplication adds 8 + 2 steps.
    expect(interp.commandCount + interp.extraSteps).toBeGreaterThan(interp.commandCount + 900);
  });

  it('time: a run stops at its wall-clock budget', () => {
    const e = budgetError('while 1 { string repeat a 1000 }', { maxMillis: 50 });
    expect(e.message).toBe('budget exceeded: time-ms (ran longer than 50 ms)');
  });

  it('the budget cannot be caught by the script', () => {
    const e = budgetError('catch { while 1 {} } ; set done 1', { maxCommands: 10_000 });
    expect(e.message).toMatch(/budget exceeded: steps/);
    const t = budgetError('try { while 1 {} } on error {} {} finally { set x 1 }', { maxCommands: 10_000 });
    expect(t.message).toMatch(/budget exceeded: steps/);
  });

  it('list: split of a long string into characters stops at the list budget, before allocating', () => {
    const e = budgetError('split [string repeat a 100000] ""', { maxListLength: 50_000 });
    expect(e.message).toBe('budget exceeded: list (a list of 100000 elements, more than 50000)');
    expect(budgetError('split [string repeat "a " 100000]', { maxListLength: 50_000 }).message).toMatch(/budget exceeded: list/);
    expect(budgetError('lrepeat 100000 a', { maxListLength: 50_000 }).message).toMatch(/budget exceeded: list/);
  });

  it('string: a string longer than the budget is refused', () => {
    expect(budgetError('string repeat abc 1000000', { maxStringLength: 100_000 }).message).toBe(
      'budget exceeded: string (a string of 3000000 characters, more than 100000)',
    );
  });

  it('integer-bits: an integer wider than the budget is refused', () => {
    expect(budgetError('expr {1 << 5000}', { maxIntegerBits: 4096 }).message).toBe('budget exceeded: integer-bits (an integer wider than 4096 bits)');
    // The next run with the default budget is not affected by the last one's.
    expect(evalValue(createInterp(), 'string length [expr {1 << 5000}]')).toBe(1506);
  });

  it('a new run starts with a fresh budget', () => {
    const interp = createInterp({ limits: { maxCommands: 10_000 } });
    expect(() => evalValue(interp, 'while 1 {}')).toThrow(TclLimitError);
    interp.beginRun();
    expect(evalValue(interp, 'set x ok')).toBe('ok');
  });

  it('irule eval ends a hostile script with one clear message', () => {
    const r = runTclFile('set x 1; while {9223372036854775808 << $x} {}', 'hostile.tcl', { maxCommands: 1_000_000 });
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('budget exceeded: steps (more than 1000000 commands and expression steps in one run)');
  });
});
