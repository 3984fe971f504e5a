// The chevrotain parser for Tcl expressions: one rule per precedence level, from the conditional
// operator (lowest) down to unary operators and operands. Tcl 8.6's levels, lowest first:
//   ?:  ||  &&  |  ^  &  (== != eq ne in ni, and the iRule string operators)  (< > <= >=)
//   (<< >>)  (+ -)  (* / %)  **  unary (- + ! ~, and `not`)
// `**` and `?:` group to the right, the others to the left. A syntax error is phrased as tclsh
// phrases it by diagnose.ts; the grammar and Tcl's parser accept the same expressions.

import { EmbeddedActionsParser, type IToken, type ParserMethod, type TokenType } from 'chevrotain';
import type { Loc, Part, Pos, VarPart } from '../ast.js';
import { sliceKeepingBraces, type Dialect } from '../lexer.js';
import { advance, parseScript } from '../parser.js';
import type { BinaryOp, ExprNode, ExprSyntaxError, UnaryOp } from './ast.js';
import { diagnose, expressionWindow } from './diagnose.js';
import { redoOnDeepStack, StackExhausted } from '../../host/deep-stack.js';
import {
  AddOperator, AndOperator, AndWord, BitAnd, BitNot, BitOr, BitXor, BooleanLit, Braced, Colon, Comma, CompareOperator,
  Contains, Div, EndsWith, EqEq, Equals, EqualityOperator, EXPR_TOKENS, FuncName, Greater, GreaterEq, In, Less, LessEq,
  LogAnd, LogOr, LParen, MatchesGlob, MatchesRegex, Minus, Mod, Mul, MulOperator, Ni, Not, NotEq, NotWord, NumberLit,
  OrOperator, OrWord, Plus, Pow, Question, Quoted, RParen, Script, ShiftLeft, ShiftOperator, ShiftRight, StartsWith,
  StrEq, StrNe, UnaryOperator, Variable, tokenizeExpr,
} from './lexer.js';

const BINARY_OPS = new Map<TokenType, BinaryOp>([
  [Pow, '**'], [Mul, '*'], [Div, '/'], [Mod, '%'], [Plus, '+'], [Minus, '-'], [ShiftLeft, '<<'], [ShiftRight, '>>'],
  [Less, '<'], [Greater, '>'], [LessEq, '<='], [GreaterEq, '>='], [EqEq, '=='], [NotEq, '!='], [StrEq, 'eq'],
  [StrNe, 'ne'], [In, 'in'], [Ni, 'ni'], [StartsWith, 'starts_with'], [EndsWith, 'ends_with'], [Contains, 'contains'],
  [Equals, 'equals'], [MatchesGlob, 'matches_glob'], [MatchesRegex, 'matches_regex'], [BitAnd, '&'], [BitXor, '^'],
  [BitOr, '|'], [LogAnd, '&&'], [AndWord, '&&'], [LogOr, '||'], [OrWord, '||'],
]);

const UNARY_OPS = new Map<TokenType, UnaryOp>([[Minus, '-'], [Plus, '+'], [Not, '!'], [NotWord, '!'], [BitNot, '~']]);

type Rule = ParserMethod<[], ExprNode>;

const ORIGIN: Pos = { line: 1, column: 1, offset: 0 };

/** Backslash-newline (and the blanks after it) becomes one space, the only substitution in braces. */
function bracedValue(raw: string): string {
  if (raw.indexOf('\\\n') < 0) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    if (raw[i + 1] === '\n') {
      out += ' ';
      i += 2;
      while (raw[i] === ' ' || raw[i] === '\t') i++;
      i--;
    } else {
      out += c + (raw[i + 1] ?? '');
      i++;
    }
  }
  return out;
}

class ExprParser extends EmbeddedActionsParser {
  text = '';
  base: Pos = ORIGIN;
  dialect: Dialect = 'tcl';
  /** How many scripts deep a command substitution in the expression is (ExprParseOptions.depth). */
  depth = 1;
  /** The first error inside an operand's nested script (found when the operand is parsed). */
  nestedError: ExprSyntaxError | null = null;

  constructor() {
    super(EXPR_TOKENS, { recoveryEnabled: false, maxLookahead: 2, skipValidations: true });
    this.performSelfAnalysis();
  }

  // ---- positions ---------------------------------------------------------------------------------

  startOf(t: IToken): Pos {
    const b = this.base;
    return {
      line: t.startLine! + b.line - 1,
      column: t.startLine === 1 ? t.startColumn! + b.column - 1 : t.startColumn!,
      offset: t.startOffset + b.offset,
    };
  }

  endOf(t: IToken): Pos {
    const n = t.image.length;
    // The lexer tracks where a token ends: a `[script]` operand can be long, and is read once
    // per level of nesting, so walking its text again here would add up.
    if (t.endLine !== undefined && t.endColumn !== undefined && n > 0 && t.image.charCodeAt(n - 1) !== 10) {
      const b = this.base;
      return { line: t.endLine + b.line - 1, column: t.endLine === 1 ? t.endColumn + b.column : t.endColumn + 1, offset: t.startOffset + n + b.offset };
    }
    return advance(this.startOf(t), t.image);
  }

  locOf(t: IToken): Loc {
    return { start: this.startOf(t), end: this.endOf(t) };
  }

  span(a: { loc: Loc }, b: { loc: Loc }): Loc {
    return { start: a.loc.start, end: b.loc.end };
  }

  // ---- rules -------------------------------------------------------------------------------------

  public expression = this.RULE('expression', (): ExprNode => this.SUBRULE(this.conditional));

  private conditional = this.RULE('conditional', (): ExprNode => {
    const test = this.SUBRULE(this.logicalOr);
    let result = test;
    this.OPTION(() => {
      this.CONSUME(Question);
      const then = this.SUBRULE2(this.conditional);
      this.CONSUME(Colon);
      const orElse = this.SUBRULE3(this.conditional);
      result = this.ACTION(() => ({ type: 'ternary', test, then, else: orElse, loc: this.span(test, orElse) }) as ExprNode);
    });
    return result;
  });

  private binaryLevel(category: TokenType, next: () => Rule, name: string): Rule {
    return this.RULE(name, (): ExprNode => {
      let left = this.SUBRULE(next());
      this.MANY(() => {
        const op = this.CONSUME(category);
        const right = this.SUBRULE2(next());
        left = this.ACTION(() => this.binary(op, left, right));
      });
      return left;
    });
  }

  private binary(op: IToken, left: ExprNode, right: ExprNode): ExprNode {
    return {
      type: 'binary', op: BINARY_OPS.get(op.tokenType)!, opText: op.image, left, right,
      opLoc: this.locOf(op), loc: this.span(left, right),
    };
  }

  // Each level's operand is the next tighter level (SUBRULE indices keep chevrotain's recording apart).
  private logicalOr: Rule = this.binaryLevel(OrOperator, () => this.logicalAnd, 'logicalOr');
  private logicalAnd: Rule = this.binaryLevel(AndOperator, () => this.bitOr, 'logicalAnd');
  private bitOr: Rule = this.binaryLevel(BitOr, () => this.bitXor, 'bitOr');
  private bitXor: Rule = this.binaryLevel(BitXor, () => this.bitAnd, 'bitXor');
  private bitAnd: Rule = this.binaryLevel(BitAnd, () => this.equality, 'bitAnd');
  private equality: Rule = this.binaryLevel(EqualityOperator, () => this.comparison, 'equality');
  private comparison: Rule = this.binaryLevel(CompareOperator, () => this.shift, 'comparison');
  private shift: Rule = this.binaryLevel(ShiftOperator, () => this.additive, 'shift');
  private additive: Rule = this.binaryLevel(AddOperator, () => this.multiplicative, 'additive');
  private multiplicative: Rule = this.binaryLevel(MulOperator, () => this.power, 'multiplicative');

  private power = this.RULE('power', (): ExprNode => {
    const base = this.SUBRULE(this.unary);
    let result = base;
    this.OPTION(() => {
      const op = this.CONSUME(Pow);
      const exponent = this.SUBRULE(this.power);
      result = this.ACTION(() => this.binary(op, base, exponent));
    });
    return result;
  });

  private unary = this.RULE('unary', (): ExprNode =>
    this.OR([
      {
        ALT: () => {
          const op = this.CONSUME(UnaryOperator);
          const operand = this.SUBRULE(this.unary);
          return this.ACTION(() => ({
            type: 'unary', op: UNARY_OPS.get(op.tokenType)!, opText: op.image, operand,
            opLoc: this.locOf(op), loc: { start: this.startOf(op), end: operand.loc.end },
          }) as ExprNode);
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]),
  );

  private primary = this.RULE('primary', (): ExprNode =>
    this.OR([
      { ALT: () => this.leaf(this.CONSUME(NumberLit), (t, loc) => ({ type: 'number', text: t.image, loc })) },
      { ALT: () => this.leaf(this.CONSUME(BooleanLit), (t, loc) => ({ type: 'boolean', text: t.image, loc })) },
      {
        ALT: () => this.leaf(this.CONSUME(Braced), (t, loc) => {
          const raw = t.image.slice(1, -1);
          return { type: 'braced', value: bracedValue(raw), raw, loc };
        }),
      },
      { ALT: () => this.leaf(this.CONSUME(Quoted), (t, loc) => ({ type: 'quoted', parts: this.wordParts(t), loc })) },
      {
        ALT: () => this.leaf(this.CONSUME(Variable), (t, loc) => {
          const v = this.wordParts(t)[0] as VarPart | undefined;
          return { type: 'var', name: v?.name ?? '', index: v?.index ?? null, loc };
        }),
      },
      {
        ALT: () => this.leaf(this.CONSUME(Script), (t, loc) => {
          const inner = sliceKeepingBraces(this.text, t.startOffset + 1, t.startOffset + t.image.length - 1);
          const script = parseScript(inner, { dialect: this.dialect, start: advance(loc.start, '['), depth: this.depth });
          this.noteNestedError(script.errors[0]);
          return { type: 'command', script, loc };
        }),
      },
      {
        ALT: () => {
          const open = this.CONSUME(LParen);
          const expr = this.SUBRULE(this.conditional);
          const close = this.CONSUME(RParen);
          return this.ACTION(() => ({ type: 'paren', expr, loc: { start: this.startOf(open), end: this.endOf(close) } }) as ExprNode);
        },
      },
      {
        ALT: () => {
          const name = this.CONSUME(FuncName);
          this.CONSUME2(LParen);
          const args: ExprNode[] = [];
          this.MANY_SEP({ SEP: Comma, DEF: () => args.push(this.SUBRULE2(this.conditional)) });
          const close = this.CONSUME2(RParen);
          return this.ACTION(() => ({
            type: 'call', name: name.image, args, nameLoc: this.locOf(name),
            loc: { start: this.startOf(name), end: this.endOf(close) },
          }) as ExprNode);
        },
      },
    ]),
  );

  private leaf(t: IToken, build: (t: IToken, loc: Loc) => ExprNode): ExprNode {
    return this.ACTION(() => build(t, this.locOf(t)));
  }

  /** The parts of a quoted string or variable operand, read by the script parser at its position. */
  private wordParts(t: IToken): Part[] {
    // Read as a script whose words hold the substitutions: the script is one level above them.
    const script = parseScript(t.image, { dialect: this.dialect, start: this.startOf(t), depth: this.depth - 1 });
    this.noteNestedError(script.errors[0]);
    return script.commands[0]?.words[0]?.parts ?? [];
  }

  private noteNestedError(e: { message: string; loc: Loc; errorCode?: string[] } | undefined): void {
    if (!e || this.nestedError) return;
    if (e.errorCode) {
      // The nesting limit is an error of its own (parser.ts MAX_NESTING), not one of syntax.
      this.nestedError = { message: e.message, errorCode: e.errorCode, loc: { start: e.loc.start, end: e.loc.start } };
      return;
    }
    const at = e.loc.start.offset - this.base.offset;
    this.nestedError = {
      message: e.message + expressionWindow(this.text, at, 0, false),
      errorCode: ['TCL', 'PARSE', 'EXPR', 'SYNTAX'],
      loc: { start: e.loc.start, end: e.loc.start },
    };
  }
}

let parser: ExprParser | undefined;

export interface ExprParseOptions {
  dialect?: Dialect;
  /** Where the text starts in its file (for expressions read from a braced word). */
  start?: Pos;
  /** How many scripts deep a `[command]` inside is: the depth of the script holding the expression, plus 1. */
  depth?: number;
}

export interface ExprParseResult {
  /** The tree; null when the expression has a syntax error. */
  expr: ExprNode | null;
  error: ExprSyntaxError | null;
}

/**
 * Parentheses an expression may nest (docs/tcl.md "Budgets", Nesting). Tcl 8.6 has no limit; every level
 * here costs a dozen grammar rules of JavaScript stack, so past a few hundred the parse runs on the
 * deep-stack thread, where 100,000 levels would take seconds. No rule nests a tenth of this.
 */
export const MAX_EXPR_PARENS = 5000;

/** The first `(` nested deeper than MAX_EXPR_PARENS, or null. */
function tooDeeplyNested(tokens: readonly IToken[]): IToken | null {
  if (tokens.length <= MAX_EXPR_PARENS) return null;
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenType === LParen) {
      if (++depth > MAX_EXPR_PARENS) return t;
    } else if (t.tokenType === RParen && depth > 0) depth--;
  }
  return null;
}

/** Parses an expression. Never throws for bad input: the error is returned with tclsh's message. */
export function parseExpr(text: string, options: ExprParseOptions = {}): ExprParseResult {
  const dialect = options.dialect ?? 'tcl';
  const base = options.start ?? ORIGIN;
  const tokens = tokenizeExpr(text, dialect);
  const tooDeep = tooDeeplyNested(tokens);
  if (tooDeep) {
    const at = advance(base, text.slice(0, tooDeep.startOffset));
    return { expr: null, error: { message: 'expression is too deeply nested', errorCode: ['TCL', 'LIMIT', 'EXPR'], loc: { start: at, end: at } } };
  }
  const p = (parser ??= new ExprParser());
  p.text = text;
  p.base = base;
  p.dialect = dialect;
  p.depth = options.depth ?? 1;
  p.nestedError = null;
  p.input = tokens;
  let expr: ExprNode | undefined;
  try {
    expr = p.expression();
  } catch (e) {
    // Chevrotain's recursive descent can exhaust the stack on absurdly nested input.
    if (!(e instanceof RangeError)) throw e;
    if (redoOnDeepStack()) throw new StackExhausted(); // redone on the deep-stack thread
    const at = advance(base, '');
    return { expr: null, error: { message: 'expression is too deeply nested', errorCode: ['TCL', 'LIMIT', 'EXPR'], loc: { start: at, end: at } } };
  }
  if (p.errors.length === 0 && expr && !p.nestedError) return { expr, error: null };
  const raw = diagnose(text, tokens);
  if (raw) {
    const start = advance(base, text.slice(0, raw.start));
    const end = advance(start, text.substr(raw.start, raw.length));
    return { expr: null, error: { message: raw.message, errorCode: raw.code, loc: { start, end } } };
  }
  if (p.nestedError) return { expr: null, error: p.nestedError };
  // The grammar and Tcl's parser disagree: report the grammar's complaint rather than nothing.
  const at = advance(base, text);
  return {
    expr: null,
    error: { message: `syntax error in expression "${text}"`, errorCode: ['TCL', 'PARSE', 'EXPR', 'SYNTAX'], loc: { start: at, end: at } },
  };
}
