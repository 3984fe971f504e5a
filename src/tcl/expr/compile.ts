// Expression trees -> closures. Each node is compiled for what its parent needs from it:
//
//   value    the Tcl value, as Tcl's bytecode would push it (a literal keeps its text: `0x10 eq 16`
//            is false because eq sees "0x10")
//   numeric  an operand of an arithmetic or comparison operator (a literal is its number)
//   string   an operand of a string operator (eq ne in ni and the iRule operators)
//   bool     a truth value, for && || ! ?: and the conditions of if/while/for
//
// so a comparison under `if` is a closure returning a JS boolean, with no boxing in between, and
// `$x eq ""` is one variable read and one string comparison. Subtrees made only of literals and
// operators are computed once, at compile time, as Tcl does (unless that raises an error: then the
// error is raised when the expression runs).

import type { BinaryNode, CallNode, ExprNode, UnaryNode } from '../../syntax/expr/ast.js';
import { compileParts, compileScript, compileVarRead } from '../compile.js';
import type { CompileContext, Exec } from '../compile-types.js';
import { TclError } from '../errors.js';
import type { Interp } from '../interp.js';
import { TclDouble, TclList, parseList, str, type Value } from '../value.js';
import {
  add, bigSteps, bitAnd, bitNot, bitOr, bitXor, compareValues, div, equalValues, logicalNot, mod, mul, negate, plus, pow,
  shiftLeft, shiftRight, sub,
} from './arith.js';
import { MATH_FUNCS, arityError, unknownFunction } from './functions.js';
import { MATH_FUNCTIONS_84 } from '../tcl84.js';
import { domainError, getBool, parseNum, toBoolean, expectedError, notANumber, NAN_BOOL } from './numeric.js';
import { compileRegex, listContains, matchesGlob, matchesRegex } from './strops.js';
import type { TclRegex } from '../regex/index.js';
import { globMatch } from '../strings/glob.js';

export type BoolExec = (interp: Interp) => boolean;
export type StrExec = (interp: Interp) => string;

/** A closure that raises a fresh error each time it runs (traces are added to the error object). */
export function raising(make: () => TclError): (interp: Interp) => never {
  return () => {
    throw make();
  };
}

/** An operation outside the safe-integer fast path costs steps: one, plus one per 64 bits of a
 * big-integer result, so a loop of wide shifts runs out of budget as fast as it uses memory. */
function charged(interp: Interp, r: Value): Value {
  interp.charge(bigSteps(r));
  return r;
}

/** The result of a whole expression: a string that reads as a number becomes that number, as
 * tclsh's final INST_TRY_CVT_TO_NUMERIC does (`expr {"0x10"}` is 16, `expr {" 42 "}` is 42). */
export function canonical(v: Value): Value {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' || v instanceof TclList) {
    const n = parseNum(typeof v === 'string' ? v : str(v));
    if (n === null) return v;
    if (n instanceof TclDouble && n.d !== n.d) throw domainError();
    return n;
  }
  if (v instanceof TclDouble && v.d !== v.d) throw domainError();
  return v;
}

const BOOLEAN_BINARY = new Set([
  '<', '>', '<=', '>=', '==', '!=', 'eq', 'ne', 'in', 'ni',
  'starts_with', 'ends_with', 'contains', 'equals', 'matches_glob', 'matches_regex', '&&', '||',
]);

/** Nodes whose result is always 0 or 1 (compiled natively as booleans). */
function isBooleanNode(node: ExprNode): boolean {
  while (node.type === 'paren') node = node.expr;
  return (node.type === 'binary' && BOOLEAN_BINARY.has(node.op)) || (node.type === 'unary' && node.op === '!');
}

/** isPure's answers: every operator asks it of its subtree (fold), so unremembered it is quadratic in the depth. */
const pureNodes = new WeakMap<ExprNode, boolean>();

/** Nodes made only of literals and operators (no variables, commands or functions). */
function isPure(node: ExprNode): boolean {
  const known = pureNodes.get(node);
  if (known !== undefined) return known;
  let pure: boolean;
  switch (node.type) {
    case 'number': case 'boolean': case 'braced': pure = true; break;
    case 'quoted': pure = node.parts.every((p) => p.type === 'text'); break;
    case 'paren': pure = isPure(node.expr); break;
    case 'unary': pure = isPure(node.operand); break;
    case 'binary': pure = isPure(node.left) && isPure(node.right); break;
    case 'ternary': pure = isPure(node.test) && isPure(node.then) && isPure(node.else); break;
    default: pure = false;
  }
  pureNodes.set(node, pure);
  return pure;
}

/** The text of a literal operand (looking through parentheses), or undefined. */
function literalText(node: ExprNode): string | undefined {
  while (node.type === 'paren') node = node.expr;
  switch (node.type) {
    case 'number': case 'boolean': return node.text;
    case 'braced': return node.value;
    case 'quoted':
      if (node.parts.every((p) => p.type === 'text')) return node.parts.map((p) => (p.type === 'text' ? p.value : '')).join('');
      return undefined;
    default: return undefined;
  }
}

function isOperator(node: ExprNode): boolean {
  return node.type === 'paren' || node.type === 'unary' || node.type === 'binary' || node.type === 'ternary' || node.type === 'call';
}

/**
 * Tcl's `convert` flag after compiling `node` (CompileExprTree in tclCompExpr.c), given the flag
 * before it. The flag says whether the value on top of the stack may still be a non-canonical
 * string: an operand leaves it as it was, an operator clears it (its result is a number), a
 * function call sets it, and `?:` keeps it when either branch leaves it set. With `optimize`, a
 * constant operator subtree is computed at compile time and clears it too.
 */
function convertAfter(node: ExprNode, flag: boolean, optimize: boolean): boolean {
  if (optimize && isOperator(node) && isPure(node)) return false;
  switch (node.type) {
    case 'number': case 'boolean': case 'braced': case 'quoted': case 'var': case 'command':
      return flag;
    case 'paren':
      return convertAfter(node.expr, flag, optimize);
    case 'call':
      return true;
    case 'ternary': {
      const then = convertAfter(node.then, convertAfter(node.test, true, optimize), optimize);
      return convertAfter(node.else, true, optimize) || then;
    }
    default:
      return false;
  }
}

/**
 * Whether Tcl converts the expression's result to a number (INST_TRY_CVT_TO_NUMERIC): when the
 * convert flag is still set at the end, so `expr {"0x10"}` is 16 but `expr {$x ? "0x10" : -2}` is
 * 0x10. A wholly constant expression is computed at compile time, where only a `?:` at its root
 * converts.
 */
function needsConversion(node: ExprNode, optimize: boolean): boolean {
  if (optimize && isOperator(node) && isPure(node)) return node.type === 'ternary' && convertAfter(node, true, false);
  return convertAfter(node, true, optimize);
}

/** How many fold attempts are under way (ExprCompiler.fold): a pure subtree runs only inside them at compile time. */
let foldDepth = 0;

function constant<T>(v: T): (interp: Interp) => T {
  return () => v;
}

export class ExprCompiler {
  constructor(private readonly ctx: CompileContext) {}

  /**
   * The value of a whole expression (`expr`). `optimize` is true when the expression was a literal
   * word compiled with its script, false when its text was computed at run time; as in Tcl, that
   * decides which constant subexpressions are folded, and so whether the result is converted to a
   * number (see needsConversion).
   */
  root(node: ExprNode, optimize: boolean): Exec {
    const exec = this.value(node);
    if (!needsConversion(node, optimize)) return exec;
    if (isPure(node)) {
      try {
        return constant(canonical(exec(this.ctx.interp)));
      } catch {
        // A constant that raises (a NaN result): raise when the expression runs.
      }
    }
    return (interp) => canonical(exec(interp));
  }

  /**
   * A condition given as text at run time (`if $cond`): Tcl evaluates it as a whole expression
   * first, so a NaN result is the expression's domain error rather than a boolean's error.
   */
  rootBool(node: ExprNode): BoolExec {
    if (!needsConversion(node, false)) return this.bool(node);
    const v = this.root(node, false);
    return (interp) => {
      const x = v(interp);
      return typeof x === 'number' ? x !== 0 : getBool(x);
    };
  }

  /** A number literal's value: its number when that prints as written, else its text. */
  private literalValue(text: string): Value {
    const n = parseNum(text);
    if (n === null) return text;
    return str(n) === text ? n : text;
  }

  // ---- value -------------------------------------------------------------------------------------

  value(node: ExprNode): Exec {
    switch (node.type) {
      case 'number': return constant(this.literalValue(node.text));
      case 'boolean': return constant(node.text);
      case 'braced': return constant(node.value);
      case 'quoted': {
        const lit = literalText(node);
        return lit !== undefined ? constant(lit) : compileParts(node.parts, this.ctx);
      }
      case 'var': return compileVarRead(node.name, node.index === null ? null : compileParts(node.index, this.ctx), this.ctx);
      case 'command': return compileScript(node.script, { ...this.ctx, depth: (this.ctx.depth ?? 0) + 1 });
      case 'paren': return this.value(node.expr);
      case 'unary': return this.fold(node, this.unary(node));
      case 'binary': return this.fold(node, this.binary(node));
      case 'ternary': {
        const test = this.bool(node.test);
        const then = this.value(node.then);
        const orElse = this.value(node.else);
        return this.fold(node, (interp) => (test(interp) ? then(interp) : orElse(interp)));
      }
      case 'call': return this.call(node);
    }
  }

  /** An operand of an arithmetic operator: literals are numbers already. */
  numeric(node: ExprNode): Exec {
    const lit = literalText(node);
    if (lit !== undefined) {
      const n = parseNum(lit);
      return constant(n ?? lit);
    }
    return this.value(node);
  }

  string(node: ExprNode): StrExec {
    const lit = literalText(node);
    if (lit !== undefined) return constant(lit);
    const v = this.value(node);
    return (interp) => str(v(interp));
  }

  bool(node: ExprNode): BoolExec {
    const lit = literalText(node);
    if (lit !== undefined) {
      const b = toBoolean(lit);
      if (b === true || b === false) return constant(b);
      return raising(b === NAN_BOOL ? notANumber : () => expectedError('boolean value', lit));
    }
    switch (node.type) {
      case 'paren': return this.bool(node.expr);
      case 'unary':
        if (node.op === '!') {
          if (isBooleanNode(node.operand)) {
            const b = this.bool(node.operand);
            return this.fold(node, (interp) => !b(interp));
          }
          const a = this.numeric(node.operand);
          return this.fold(node, (interp) => logicalNot(a(interp)));
        }
        break;
      case 'binary':
        if (BOOLEAN_BINARY.has(node.op)) return this.fold(node, this.booleanBinary(node));
        break;
      case 'ternary': {
        const test = this.bool(node.test);
        const then = this.bool(node.then);
        const orElse = this.bool(node.else);
        return this.fold(node, (interp) => (test(interp) ? then(interp) : orElse(interp)));
      }
    }
    const v = this.value(node);
    return (interp) => {
      const x = v(interp);
      return typeof x === 'number' ? x !== 0 : getBool(x);
    };
  }

  /** Computes a subtree of literals and operators now, unless that raises an error. */
  private fold<T>(node: ExprNode, exec: (interp: Interp) => T): (interp: Interp) => T {
    if (!isPure(node)) return exec;
    foldDepth++;
    try {
      return constant(exec(this.ctx.interp));
    } catch (e) {
      // The subtree raises when it runs (raised again then). While its parent tries to fold, it
      // raises at once instead of computing again: a chain of N failing operators (2**2**...**2)
      // would otherwise compute its failing end N times.
      return (interp) => {
        if (foldDepth > 0) throw e;
        return exec(interp);
      };
    } finally {
      foldDepth--;
    }
  }

  // ---- operators ---------------------------------------------------------------------------------

  private unary(node: UnaryNode): Exec {
    switch (node.op) {
      case '-': {
        const a = this.numeric(node.operand);
        return (interp) => {
          const x = a(interp);
          return typeof x === 'number' ? (x === 0 ? 0 : -x) : negate(x);
        };
      }
      case '+': {
        const a = this.numeric(node.operand);
        return (interp) => {
          const x = a(interp);
          return typeof x === 'number' ? x : plus(x);
        };
      }
      case '~': {
        const a = this.numeric(node.operand);
        return (interp) => bitNot(a(interp));
      }
      case '!': {
        const b = this.bool(node);
        return (interp) => (b(interp) ? 1 : 0);
      }
    }
  }

  private binary(node: BinaryNode): Exec {
    if (BOOLEAN_BINARY.has(node.op)) {
      const b = this.booleanBinary(node);
      return (interp) => (b(interp) ? 1 : 0);
    }
    const a = this.numeric(node.left);
    const b = this.numeric(node.right);
    switch (node.op) {
      case '+':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          if (typeof x === 'number' && typeof y === 'number') {
            const r = x + y;
            if (Number.isSafeInteger(r)) return r;
          }
          return charged(interp, add(x, y));
        };
      case '-':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          if (typeof x === 'number' && typeof y === 'number') {
            const r = x - y;
            if (Number.isSafeInteger(r)) return r;
          }
          return charged(interp, sub(x, y));
        };
      case '*':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          if (typeof x === 'number' && typeof y === 'number') {
            const r = x * y;
            if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
          }
          return charged(interp, mul(x, y));
        };
      case '/': return this.arith(a, b, div);
      case '%': return this.arith(a, b, mod);
      case '**': return this.arith(a, b, pow);
      case '<<': return this.arith(a, b, shiftLeft);
      case '>>': return this.arith(a, b, shiftRight);
      case '&': return this.arith(a, b, bitAnd);
      case '|': return this.arith(a, b, bitOr);
      case '^': return this.arith(a, b, bitXor);
      default: throw new Error(`unexpected operator ${node.op}`);
    }
  }

  /** Both operands are evaluated (left first) before the operator checks either. */
  private arith(a: Exec, b: Exec, op: (x: Value, y: Value) => Value): Exec {
    return (interp) => {
      const x = a(interp);
      return charged(interp, op(x, b(interp)));
    };
  }

  private booleanBinary(node: BinaryNode): BoolExec {
    switch (node.op) {
      case '&&': {
        const a = this.bool(node.left);
        const b = this.bool(node.right);
        return (interp) => a(interp) && b(interp);
      }
      case '||': {
        const a = this.bool(node.left);
        const b = this.bool(node.right);
        return (interp) => a(interp) || b(interp);
      }
      case '<': case '>': case '<=': case '>=': case '==': case '!=':
        return this.comparison(node.op, this.numeric(node.left), this.numeric(node.right));
      case 'in': case 'ni':
        return this.membership(node);
      default:
        return this.stringOp(node);
    }
  }

  private comparison(op: string, a: Exec, b: Exec): BoolExec {
    switch (op) {
      case '<':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          return typeof x === 'number' && typeof y === 'number' ? x < y : compareValues(x, y) < 0;
        };
      case '>':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          return typeof x === 'number' && typeof y === 'number' ? x > y : compareValues(x, y) > 0;
        };
      case '<=':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          return typeof x === 'number' && typeof y === 'number' ? x <= y : compareValues(x, y) <= 0;
        };
      case '>=':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          return typeof x === 'number' && typeof y === 'number' ? x >= y : compareValues(x, y) >= 0;
        };
      case '==':
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          return typeof x === 'number' && typeof y === 'number' ? x === y : equalValues(x, y);
        };
      default:
        return (interp) => {
          const x = a(interp);
          const y = b(interp);
          return typeof x === 'number' && typeof y === 'number' ? x !== y : !equalValues(x, y);
        };
    }
  }

  private membership(node: BinaryNode): BoolExec {
    const s = this.string(node.left);
    const want = node.op === 'in';
    const listText = literalText(node.right);
    if (listText !== undefined) {
      let items: string[];
      try {
        items = parseList(listText);
      } catch (e) {
        const err = e as TclError;
        return (interp) => {
          s(interp);
          throw err;
        };
      }
      const set = new Set(items);
      return (interp) => set.has(s(interp)) === want;
    }
    const list = this.value(node.right);
    return (interp) => {
      const x = s(interp);
      return listContains(list(interp), x) === want;
    };
  }

  private stringOp(node: BinaryNode): BoolExec {
    const a = this.string(node.left);
    const lit = literalText(node.right);
    if (lit !== undefined) {
      const c = lit;
      switch (node.op) {
        case 'eq': case 'equals': return (interp) => a(interp) === c;
        case 'ne': return (interp) => a(interp) !== c;
        case 'starts_with': return (interp) => a(interp).startsWith(c);
        case 'ends_with': return (interp) => a(interp).endsWith(c);
        case 'contains': return (interp) => a(interp).includes(c);
        case 'matches_glob': return (interp) => globMatch(c, a(interp));
        case 'matches_regex': {
          let re: TclRegex;
          try {
            re = compileRegex(c);
          } catch (e) {
            const err = e as TclError;
            return (interp) => {
              a(interp);
              throw err;
            };
          }
          return (interp) => re.test(a(interp));
        }
      }
    }
    const b = this.string(node.right);
    const op = STRING_OPS[node.op]!;
    return (interp) => {
      const x = a(interp);
      return op(x, b(interp));
    };
  }

  // ---- functions ---------------------------------------------------------------------------------

  private call(node: CallNode): Exec {
    const name = node.name;
    const args = node.args.map((a) => this.value(a));
    const n = args.length;
    const evalArgs = (interp: Interp): Value[] => {
      const out: Value[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = args[i]!(interp);
      return out;
    };
    // Tcl 8.4.6 (the iRule dialect) knows only its built-in functions and refuses any other name
    // without running the arguments (src/tcl/tcl84.ts).
    if (this.ctx.dialect === 'irule' && !MATH_FUNCTIONS_84.has(name)) {
      return raising(() => new TclError(`unknown math function "${name}"`));
    }
    const f = MATH_FUNCS.get(name);
    if (f === undefined) {
      const cmd = `tcl::mathfunc::${name}`;
      return (interp) => {
        const argv = evalArgs(interp);
        const def = interp.lookupCommand(cmd) ?? interp.lookupCommand(`::${cmd}`);
        if (def === undefined) throw unknownFunction(name);
        return def.fn(interp, [cmd, ...argv]);
      };
    }
    if ((f.arity >= 0 && n !== f.arity) || (f.arity < 0 && n === 0)) {
      return (interp) => {
        evalArgs(interp);
        throw arityError(name, f.arity, n);
      };
    }
    const fn = f.fn;
    if (n === 1) {
      const a = args[0]!;
      return (interp) => fn(interp, [a(interp)]);
    }
    return (interp) => fn(interp, evalArgs(interp));
  }
}

const STRING_OPS: Record<string, (a: string, b: string) => boolean> = {
  eq: (a, b) => a === b,
  equals: (a, b) => a === b,
  ne: (a, b) => a !== b,
  starts_with: (a, b) => a.startsWith(b),
  ends_with: (a, b) => a.endsWith(b),
  contains: (a, b) => a.includes(b),
  matches_glob: (a, b) => matchesGlob(a, b),
  matches_regex: (a, b) => matchesRegex(a, b),
};
