// Tcl expressions for the engine: `expr` and the conditions of if/while/for.
//
// An expression is parsed (src/syntax/expr) and compiled to a closure once. A syntax error does not
// stop compilation: like Tcl, the error is raised when the expression runs. Expressions computed
// at run time (`expr $e`, `if $cond`) are compiled once per distinct text and cached on the
// interpreter.

import type { Pos } from '../../syntax/ast.js';
import { parseExpr } from '../../syntax/expr/parser.js';
import type { ExprSyntaxError } from '../../syntax/expr/ast.js';
import type { CompileContext, Exec } from '../compile-types.js';
import { TclError } from '../errors.js';
import { redoOnDeepStack, StackExhausted } from '../../host/deep-stack.js';
import type { Interp } from '../interp.js';
import { str, type Value } from '../value.js';
import { ExprCompiler, raising, type BoolExec } from './compile.js';
import { syntaxError84 } from './syntax84.js';

export type { BoolExec };

/** The errorInfo of a syntax error, as tclsh writes it. */
function syntaxError(e: ExprSyntaxError, text: string): TclError {
  const err = new TclError(e.message, e.errorCode);
  const shown = text.length < 25 ? text : text.slice(0, 22) + '...';
  err.errorInfo = `${e.message}\n    (parsing expression "${shown}")`;
  err.traced = true;
  return err;
}

function tooDeep(): TclError {
  return new TclError('expression is too deeply nested', ['TCL', 'LIMIT', 'EXPR']);
}

function compileWith<T>(text: string, ctx: CompileContext, start: Pos | undefined, build: (c: ExprCompiler, node: NonNullable<ReturnType<typeof parseExpr>['expr']>) => T): T | ((interp: Interp) => never) {
  const { expr, error } = parseExpr(text, { dialect: ctx.dialect, start, depth: (ctx.depth ?? 0) + 1 });
  if (!expr) return raising(() => syntaxError(error!, text));
  // The iRule dialect is Tcl 8.4.6, whose grammar is a subset of 8.6's (syntax84.ts).
  const error84 = ctx.dialect === 'irule' ? syntaxError84(expr, text) : null;
  if (error84) return raising(() => new TclError(error84));
  // Positions inside the expression refer to the file when it came from a braced word, else to the text.
  const compiler = new ExprCompiler(start ? ctx : { ...ctx, source: text });
  try {
    return build(compiler, expr);
  } catch (e) {
    if (e instanceof RangeError) {
      if (redoOnDeepStack()) throw new StackExhausted(); // redone on the deep-stack thread
      return raising(tooDeep);
    }
    throw e;
  }
}

/**
 * Compiles an expression to a closure computing its value (as `expr` returns it), for an
 * expression that is a literal word of the script (`expr {...}`).
 */
export function compileExpr(text: string, ctx: CompileContext, start?: Pos): Exec {
  return compileWith(text, ctx, start, (c, node) => c.root(node, true));
}

/** Compiles an expression used as a condition: its value read as a boolean. */
export function compileCondition(text: string, ctx: CompileContext, start?: Pos): (interp: Interp) => boolean {
  return compileWith(text, ctx, start, (c, node) => c.bool(node));
}

const CACHE_MAX = 2000;
const boolCaches = new WeakMap<Interp, Map<string, BoolExec>>();

function runtimeContext(interp: Interp, text: string): CompileContext {
  return { interp, layout: null, dialect: interp.dialect, source: text };
}

/** The value of an expression given as a value at run time (compiled once per distinct text). */
export function exprValue(interp: Interp, text: Value): Value {
  const s = str(text);
  let exec = interp.exprCache.get(s);
  if (exec === undefined) {
    exec = compileWith(s, runtimeContext(interp, s), undefined, (c, node) => c.root(node, false));
    if (interp.exprCache.size >= CACHE_MAX) interp.exprCache.clear();
    interp.exprCache.set(s, exec);
  }
  return exec(interp);
}

/** A condition given as a value at run time (compiled once per distinct text). */
export function exprBool(interp: Interp, text: Value): boolean {
  const s = str(text);
  let cache = boolCaches.get(interp);
  if (cache === undefined) {
    cache = new Map();
    boolCaches.set(interp, cache);
  }
  let exec = cache.get(s);
  if (exec === undefined) {
    exec = compileWith(s, runtimeContext(interp, s), undefined, (c, node) => c.rootBool(node));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(s, exec);
  }
  return exec(interp);
}
