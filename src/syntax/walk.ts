// Which words of a command are scripts or expressions, and the one walk over every command of a
// script: nested bodies, command substitutions, and the commands inside braced expressions
// (`if { [HTTP::status] == 404 }`). Tcl itself only parses a body when it runs; a linter must read
// them all, knowing from the command which arguments are code: the model's argument layouts
// (src/model/roles.ts) say which.
//
// This walk is what BIG-IP's load-time checks see: its rule compiler resolves every literal
// command name when the rule is saved, inside braced bodies and braced expressions alike (a
// measured `if {[catch {no_such_command} e]} ...` is refused at load: measurements §4a, cited in
// docs/bigip-parser.md), and the event-context check is made by the same compile (§8). The load
// validator (src/bigip/load.ts) and every lint check walk with it, so they see the same commands.

import { literalValue, type Command, type Part, type Script, type SyntaxError, type Word } from './ast.js';
import { bodyDepth, parseScript } from './parser.js';
import type { ExprNode } from './expr/ast.js';
import { parseExpr } from './expr/parser.js';
import type { Dialect } from './lexer.js';
import { lookupModel } from '../model/index.js';
import { takesCode, wordRoles } from '../model/roles.js';
import { withFailureLoc } from './failure.js';

export type BodyKind = 'script' | 'expr' | 'arms';

export interface BodyRef {
  word: Word;
  kind: BodyKind;
}

const bodyCache = new WeakMap<Word, Script>();

/** The script in a braced (or literal) word, parsed once and cached. */
export function parseBody(word: Word, dialect: Dialect): Script {
  let s = bodyCache.get(word);
  if (!s) {
    const text = word.kind === 'braced' ? word.raw ?? '' : literalValue(word) ?? '';
    s = parseScript(text, { dialect, start: word.kind === 'bare' ? word.loc.start : word.contentStart, depth: bodyDepth(word) });
    bodyCache.set(word, s);
  }
  return s;
}

function lit(w: Word | undefined): string | undefined {
  return w ? literalValue(w) : undefined;
}

/** Words of `cmd` that hold code, by the command's argument layouts in the model. Only literal
 * words can be read. */
export function codeWords(cmd: Command): BodyRef[] {
  const w = cmd.words;
  const name = lit(w[0]);
  const spec = name !== undefined ? lookupModel(name) : undefined;
  if (!spec || !takesCode(spec)) return [];
  const roles = wordRoles(spec, w.map((word) => ({ text: literalValue(word), braced: word.kind === 'braced' })));
  const out: BodyRef[] = [];
  roles.forEach((role, i) => {
    if (role === 'script' || role === 'expr' || role === 'arms') {
      const word = w[i]!;
      if (literalValue(word) !== undefined) out.push({ word, kind: role });
    }
  });
  return out;
}

/** The pattern and body words of a braced switch arm list, read as words with positions. */
export function switchArms(word: Word, dialect: Dialect): { pattern: Word; body: Word }[] {
  const s = parseBody(word, dialect);
  const words = s.commands.flatMap((c) => c.words);
  const out: { pattern: Word; body: Word }[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) out.push({ pattern: words[i]!, body: words[i + 1]! });
  return out;
}

const exprCache = new WeakMap<Word, ExprNode | null>();

/** The parsed expression of a braced word (cached per word), or null when it does not parse. */
export function exprOf(word: Word, dialect: Dialect = 'irule'): ExprNode | null {
  let e = exprCache.get(word);
  if (e === undefined) {
    e = word.kind === 'braced' ? parseExpr(word.raw ?? '', { dialect, start: word.contentStart, depth: bodyDepth(word) }).expr : null;
    exprCache.set(word, e);
  }
  return e;
}

export interface WalkContext {
  depth: number;
  /** Enclosing commands, outermost first (the `if` whose body or condition holds this command, the command whose `[...]` holds it, ...). */
  parents: Command[];
  /** Inside a braced expression (`if {...}` condition, `expr {...}`). */
  inExpr: boolean;
}

export interface WalkVisitor {
  command?(cmd: Command, ctx: WalkContext): void;
  /** Called with every braced expression word found (conditions, expr arguments) and its parse (null: does not parse). */
  expression?(word: Word, owner: Command, expr: ExprNode | null): void;
  /** Syntax errors of nested scripts as they are parsed. */
  error?(e: SyntaxError): void;
}

/** Visits every command of `script`, descending into bodies, braced expressions and [substitutions]. */
export function walk(script: Script, dialect: Dialect, visitor: WalkVisitor, depth = 0, parents: Command[] = [], inExpr = false): void {
  for (const cmd of script.commands) {
    try {
      visitor.command?.(cmd, { depth, parents, inExpr });
      const inner = [...parents, cmd];
      for (const word of cmd.words) walkParts(word.parts, dialect, visitor, depth, inner, inExpr);
      for (const ref of codeWords(cmd)) {
        if (ref.word.kind !== 'braced') continue;
        if (ref.kind === 'expr') {
          const expr = exprOf(ref.word, dialect);
          visitor.expression?.(ref.word, cmd, expr);
          if (expr) walkExpr(expr, dialect, visitor, depth, inner);
          continue;
        }
        if (ref.kind === 'arms') {
          for (const arm of switchArms(ref.word, dialect)) {
            if (arm.body.kind === 'braced') descend(arm.body, dialect, visitor, depth, inner, inExpr);
          }
          continue;
        }
        descend(ref.word, dialect, visitor, depth, inner, inExpr);
      }
    } catch (e) {
      // A visitor that fails on this command (or inside it): the error says where (IR0000).
      throw withFailureLoc(e, cmd.loc);
    }
  }
}

function descend(word: Word, dialect: Dialect, visitor: WalkVisitor, depth: number, parents: Command[], inExpr: boolean): void {
  const body = parseBody(word, dialect);
  for (const e of body.errors) visitor.error?.(e);
  walk(body, dialect, visitor, depth + 1, parents, inExpr);
}

function walkParts(parts: Part[], dialect: Dialect, visitor: WalkVisitor, depth: number, parents: Command[], inExpr: boolean): void {
  for (const p of parts) {
    if (p.type === 'command') walk(p.script, dialect, visitor, depth, parents, inExpr);
    else if (p.type === 'var' && p.index) walkParts(p.index, dialect, visitor, depth, parents, inExpr);
  }
}

/** The commands of an expression: its [substitutions], also inside quoted operands and array indexes. */
function walkExpr(node: ExprNode, dialect: Dialect, visitor: WalkVisitor, depth: number, parents: Command[]): void {
  switch (node.type) {
    case 'command':
      walk(node.script, dialect, visitor, depth, parents, true);
      break;
    case 'quoted':
      walkParts(node.parts, dialect, visitor, depth, parents, true);
      break;
    case 'var':
      if (node.index) walkParts(node.index, dialect, visitor, depth, parents, true);
      break;
    case 'paren':
      walkExpr(node.expr, dialect, visitor, depth, parents);
      break;
    case 'unary':
      walkExpr(node.operand, dialect, visitor, depth, parents);
      break;
    case 'binary':
      walkExpr(node.left, dialect, visitor, depth, parents);
      walkExpr(node.right, dialect, visitor, depth, parents);
      break;
    case 'ternary':
      walkExpr(node.test, dialect, visitor, depth, parents);
      walkExpr(node.then, dialect, visitor, depth, parents);
      walkExpr(node.else, dialect, visitor, depth, parents);
      break;
    case 'call':
      for (const a of node.args) walkExpr(a, dialect, visitor, depth, parents);
      break;
    default:
      break;
  }
}
