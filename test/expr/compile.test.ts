// The expression API the engine uses: compile-time vs run-time errors, caching, typed operands,
// the iRule operators (which tclsh does not have, so they are checked against docs/bigip-reference.md §1.3),
// positions of nested commands in error traces, and resource limits.

import { describe, expect, it } from 'vitest';
import { compileText, evalValue } from '../../src/tcl/compile.js';
import type { CompileContext } from '../../src/tcl/compile-types.js';
import { TclError, TclLimitError } from '../../src/tcl/errors.js';
import { compileCondition, compileExpr, exprBool, exprValue } from '../../src/tcl/expr/index.js';
import { createInterp } from '../../src/tcl/index.js';
import { TclDouble, TclList, str } from '../../src/tcl/value.js';

function ctxFor(dialect: 'tcl' | 'irule' = 'tcl', source = ''): CompileContext {
  const interp = createInterp({ dialect });
  return { interp, layout: interp.globalLayout, dialect, source };
}

function caught(f: () => unknown): TclError {
  try {
    f();
  } catch (e) {
    if (e instanceof TclError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('compiling expressions', () => {
  it('reports a syntax error when the expression runs, not when it is compiled', () => {
    const ctx = ctxFor();
    const exec = compileExpr('1 +', ctx);
    const e = caught(() => exec(ctx.interp));
    expect(e.message).toBe('missing operand at _@_\nin expression "1 +_@_"');
    expect(e.errorCode).toEqual(['TCL', 'PARSE', 'EXPR', 'MISSING']);
    expect(e.errorInfo).toBe('missing operand at _@_\nin expression "1 +_@_"\n    (parsing expression "1 +")');
    // Each run raises a fresh error (traces are added to the error object as it unwinds).
    expect(caught(() => exec(ctx.interp))).not.toBe(e);
    const cond = compileCondition('$x eq', ctx);
    expect(caught(() => cond(ctx.interp)).message).toMatch(/^missing operand/);
  });

  it('reads conditions as booleans, with Tcl\'s error for other values', () => {
    const ctx = ctxFor();
    ctx.interp.setVar('x', 'maybe');
    expect(compileCondition('"yes"', ctx)(ctx.interp)).toBe(true);
    expect(compileCondition('0.0', ctx)(ctx.interp)).toBe(false);
    expect(caught(() => compileCondition('$x', ctx)(ctx.interp)).message).toBe('expected boolean value but got "maybe"');
  });

  it('keeps the type of values read from variables', () => {
    const ctx = ctxFor();
    const list = new TclList(['a', 'b c']);
    const d = new TclDouble(2.5);
    ctx.interp.setVar('n', 5);
    ctx.interp.setVar('l', list);
    ctx.interp.setVar('d', d);
    expect(compileExpr('$n', ctx)(ctx.interp)).toBe(5);
    expect(compileExpr('$d', ctx)(ctx.interp)).toBe(d);
    expect(compileExpr('$n * 2', ctx)(ctx.interp)).toBe(10);
    expect(compileExpr('"b c" in $l', ctx)(ctx.interp)).toBe(1);
    expect(compileExpr('$l', ctx)(ctx.interp)).toBe(list);
  });

  it('caches expressions computed at run time, once per distinct text', () => {
    const interp = createInterp();
    interp.setVar('x', 4);
    expect(exprValue(interp, '$x + 1')).toBe(5);
    interp.setVar('x', 6);
    expect(exprValue(interp, '$x + 1')).toBe(7);
    expect(interp.exprCache.size).toBe(1);
    expect(exprBool(interp, '$x > 5')).toBe(true);
    expect(exprBool(interp, '$x > 5')).toBe(true);
  });

  it('compiles `expr {...}` once in a script and runs it many times', () => {
    const interp = createInterp();
    evalValue(interp, 'set total 0; for {set i 0} {$i < 1000} {incr i} { set total [expr {$total + $i * 2}] }');
    expect(interp.getVar('total')).toBe(999000);
    expect(interp.exprCache.size).toBe(0);
  });

  it('traces errors of nested commands with their place in the file', () => {
    const source = 'set a 1\nset b [expr {$a +\n   [error boom]}]\n';
    const interp = createInterp();
    const script = compileText(source, { interp, layout: interp.globalLayout, dialect: 'tcl', source });
    const e = caught(() => script(interp));
    expect(e.message).toBe('boom');
    expect(e.errorInfo).toContain('"error boom"');
    expect(e.errorInfo).toContain('"expr {$a +\n   [error boom]}"');
  });

  it('bounds integer sizes', () => {
    const interp = createInterp();
    expect(() => exprValue(interp, '2 ** 10000000')).toThrow(TclLimitError);
    expect(() => exprValue(interp, '1 << 100000000')).toThrow(TclLimitError);
    expect(str(exprValue(interp, '2 ** 1000')).length).toBe(302);
  });

  it('survives absurd nesting with an error rather than a crash', () => {
    const interp = createInterp();
    const deep = '('.repeat(3000) + '1' + ')'.repeat(3000);
    expect(() => exprValue(interp, deep)).toThrow(TclError);
    expect(exprValue(interp, '('.repeat(50) + '1' + ')'.repeat(50))).toBe(1);
  });
});

describe('iRule expression operators (docs/bigip-reference.md §1.3)', () => {
  const interp = createInterp({ dialect: 'irule' });
  interp.setVar('path', '/chat/room1');
  interp.setVar('host', 'www.Example.com');
  const run = (e: string) => exprValue(interp, e);

  it('starts_with, ends_with, contains, equals compare strings, case-sensitively', () => {
    expect(run('$path starts_with "/chat"')).toBe(1);
    expect(run('$path starts_with "/CHAT"')).toBe(0);
    expect(run('$path ends_with "room1"')).toBe(1);
    expect(run('$host contains "Example"')).toBe(1);
    expect(run('$host contains "example"')).toBe(0);
    expect(run('$host equals "www.Example.com"')).toBe(1);
    expect(run('"10" equals "10.0"')).toBe(0);
    expect(run('"" starts_with ""')).toBe(1);
  });

  it('matches_glob matches the whole string as `string match` does', () => {
    expect(run('$path matches_glob "/chat/*"')).toBe(1);
    expect(run('$path matches_glob "/chat"')).toBe(0);
    expect(run('$path matches_glob {/chat/room[0-9]}')).toBe(1);
    expect(run('$host matches_glob "*example*"')).toBe(0);
  });

  it('matches_regex searches anywhere in the string', () => {
    expect(run('$path matches_regex {room[0-9]+$}')).toBe(1);
    expect(run('$path matches_regex {^room}')).toBe(0);
    const pattern = '^/ch';
    interp.setVar('re', pattern);
    expect(run('$path matches_regex $re')).toBe(1);
  });

  it('and, or, not are && || !, with not binding like !', () => {
    expect(run('1 and 0')).toBe(0);
    expect(run('0 or 1')).toBe(1);
    expect(run('not 0')).toBe(1);
    expect(run('not ($path starts_with "/x")')).toBe(1);
    expect(run('$path starts_with "/chat" and not ($host ends_with ".org")')).toBe(1);
    // `not $a eq $b` is `(!$a) eq $b`.
    interp.setVar('a', 'yes');
    expect(run('not $a eq 0')).toBe(1);
    expect(caught(() => run('not $path eq 0')).message).toBe('can\'t use non-numeric string as operand of "!"');
  });

  it('short-circuits and/or', () => {
    interp.setVar('n', 0);
    evalValue(interp, 'proc bump {} { incr ::n; return 1 }');
    run('0 and [bump]');
    run('1 or [bump]');
    expect(interp.getVar('n')).toBe(0);
  });

  it('compiles `$x eq ""` and `[cmd] starts_with "..."` under if', () => {
    const ctx: CompileContext = { interp, layout: interp.globalLayout, dialect: 'irule', source: '' };
    const empty = compileCondition('$path eq ""', ctx);
    const prefix = compileCondition('[set path] starts_with "/chat"', ctx);
    expect(empty(interp)).toBe(false);
    expect(prefix(interp)).toBe(true);
  });
});
