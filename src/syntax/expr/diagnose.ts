// tclsh's expression syntax errors. The chevrotain grammar decides whether an expression is valid;
// when it is not, this module replays Tcl 8.6's own parser (ParseExpr in tclCompExpr.c: a shift-
// reduce loop over lexemes with a stack of incomplete operator nodes) over the same tokens, because
// tclsh's message depends on exactly where that loop gives up: "missing operand at _@_", "unbalanced
// open paren", "missing operator ":" at _@_", ... followed by a window of the expression.

import type { IToken, TokenType } from 'chevrotain';
import {
  AndWord, Assign, BadOperand, BadWord, BitAnd, BitNot, BitOr, BitXor, BooleanLit, Braced, Colon, Comma, Contains,
  EndsWith, EqEq, Equals, FuncName, Greater, GreaterEq, In, Invalid, Less, LessEq, LogAnd, LogOr, LParen,
  MatchesGlob, MatchesRegex, Minus, Mod, Mul, Div, Ni, Not, NotEq, NotWord, NumberLit, OrWord, Plus, Pow, Question,
  Quoted, RParen, Script, ShiftLeft, ShiftRight, StartsWith, StrEq, StrNe, Variable,
} from './lexer.js';
import { scanNumber } from './scan.js';
import type { ScanError } from '../scan.js';

/** A syntax error found by the replay, as offsets into the expression text. */
export interface RawExprError {
  message: string;
  code: string[];
  /** Offset of the offending lexeme, and how many characters of it belong to the error. */
  start: number;
  length: number;
}

// Precedences from tclCompExpr.c (higher binds tighter).
const enum Prec {
  END = 1, START, CLOSE_PAREN, OPEN_PAREN, COMMA, CONDITIONAL, OR, AND, BIT_OR, BIT_XOR, BIT_AND, EQUAL, COMPARE,
  SHIFT, ADD, MULT, EXPON, UNARY,
}

// The lexemes whose identity the algorithm looks at; every other operator is just "binary" or "unary".
const enum Lx { START, OPEN_PAREN, FUNCTION, UNARY, CLOSE_PAREN, COMMA, QUESTION, COLON, EXPON, BINARY, END }

interface OpNode {
  lexeme: Lx;
  prec: number;
  /** The incomplete node below this one on the stack. */
  prev: number;
}

const BINARY_PREC = new Map<TokenType, number>([
  [Pow, Prec.EXPON], [Mul, Prec.MULT], [Div, Prec.MULT], [Mod, Prec.MULT], [Plus, Prec.ADD], [Minus, Prec.ADD],
  [ShiftLeft, Prec.SHIFT], [ShiftRight, Prec.SHIFT], [Less, Prec.COMPARE], [Greater, Prec.COMPARE],
  [LessEq, Prec.COMPARE], [GreaterEq, Prec.COMPARE], [EqEq, Prec.EQUAL], [NotEq, Prec.EQUAL], [StrEq, Prec.EQUAL],
  [StrNe, Prec.EQUAL], [In, Prec.EQUAL], [Ni, Prec.EQUAL], [StartsWith, Prec.EQUAL], [EndsWith, Prec.EQUAL],
  [Contains, Prec.EQUAL], [Equals, Prec.EQUAL], [MatchesGlob, Prec.EQUAL], [MatchesRegex, Prec.EQUAL],
  [BitAnd, Prec.BIT_AND], [BitXor, Prec.BIT_XOR], [BitOr, Prec.BIT_OR], [LogAnd, Prec.AND], [AndWord, Prec.AND],
  [LogOr, Prec.OR], [OrWord, Prec.OR], [Question, Prec.CONDITIONAL], [Colon, Prec.CONDITIONAL],
  [Comma, Prec.COMMA], [RParen, Prec.CLOSE_PAREN],
]);

const LEAVES = new Set<TokenType>([NumberLit, BooleanLit, Braced, Quoted, Variable, Script, BadOperand]);

function binaryLexeme(t: TokenType): Lx {
  switch (t) {
    case RParen: return Lx.CLOSE_PAREN;
    case Comma: return Lx.COMMA;
    case Question: return Lx.QUESTION;
    case Colon: return Lx.COLON;
    case Pow: return Lx.EXPON;
    default: return Lx.BINARY;
  }
}

const LIMIT = 25;
const MARK = '_@_';

/** The "in expression" window of tclsh's message around the error. */
export function expressionWindow(text: string, start: number, scanned: number, insertMark: boolean): string {
  let s = '\nin expression "';
  s += start - LIMIT < 0 ? text.slice(0, start) : '...' + text.slice(start - LIMIT + 3, start);
  s += scanned < LIMIT ? text.substr(start, scanned) : text.substr(start, LIMIT - 3) + '...';
  if (insertMark) s += MARK;
  const after = start + scanned;
  s += after + LIMIT > text.length ? text.slice(after) : text.substr(after, LIMIT - 3) + '...';
  return s + '"';
}

function clip(s: string): string {
  return s.length < LIMIT ? s : s.slice(0, LIMIT - 3) + '...';
}

/** "invalid bareword" with its postscript, including the octal/binary hints for `09`, `0b2`. */
function barewordError(text: string, start: number, word: string): { message: string; code: string[] } {
  const w = clip(word);
  let post = `should be "$${w}" or "{${w}}" or "${w}(...)" or ...`;
  let code = ['TCL', 'PARSE', 'EXPR', 'BAREWORD'];
  if (word[0] === '0') {
    const stop = start + (scanNumber(word, 0)?.end ?? 1);
    const stopChar = text.charCodeAt(stop);
    if ((stopChar >= 48 && stopChar <= 57) || stop === start + 1) {
      const c1 = word[1] ?? '';
      if (c1 === 'b') {
        post += ' (invalid binary number?)';
        code = ['TCL', 'PARSE', 'EXPR', 'BADNUMBER', 'BINARY'];
      } else if (c1 === 'o' || (c1 >= '0' && c1 <= '9')) {
        post += ' (invalid octal number?)';
        code = ['TCL', 'PARSE', 'EXPR', 'BADNUMBER', 'OCTAL'];
      }
    }
  }
  return { message: `invalid bareword "${w}"` + expressionWindow(text, start, word.length, false) + ';\n' + post, code };
}

/**
 * Runs Tcl's expression parser over the tokens and returns its first error, or null when Tcl
 * would accept the expression.
 */
export function diagnose(text: string, tokens: IToken[]): RawExprError | null {
  const nodes: OpNode[] = [{ lexeme: Lx.START, prec: Prec.START, prev: -1 }];
  // Leaves are encoded as negative numbers, operator nodes as their index (as in ParseExpr).
  const LEAF = -3;
  const EMPTY = -1;
  let incomplete = 0;
  let lastParsed = 0;
  let complete = EMPTY;
  const isOp = (n: number) => n >= 0;

  const fail = (msg: string, code: string, start: number, scanned: number, insertMark: boolean): RawExprError => ({
    message: msg + expressionWindow(text, start, scanned, insertMark),
    code: ['TCL', 'PARSE', 'EXPR', code],
    start,
    length: scanned,
  });

  for (let ti = 0; ti <= tokens.length; ti++) {
    const tok = tokens[ti];
    const start = tok ? tok.startOffset : text.length;
    const scanned = tok ? tok.image.length : 0;
    const type = tok?.tokenType;

    // Lexemes that are errors wherever they appear.
    if (type === Invalid) return fail(`invalid character "${tok!.image}"`, 'BADCHAR', start, scanned, false);
    if (type === Assign) return fail('incomplete operator "="', 'PARTOP', start, scanned, false);
    if (type === BadWord) {
      const e = barewordError(text, start, tok!.image);
      return { ...e, start, length: scanned };
    }

    if (type !== undefined && LEAVES.has(type)) {
      if (!isOp(lastParsed)) return fail(`missing operator at ${MARK}`, 'MISSING', start, 0, true);
      if (type === BadOperand) {
        const e = tok!.payload as ScanError;
        return {
          message: e.message + expressionWindow(text, e.start, e.scanned, false),
          code: e.code ? ['TCL', 'PARSE', 'EXPR', e.code] : ['TCL', 'PARSE', 'EXPR', 'SYNTAX'],
          start: e.start,
          length: e.scanned,
        };
      }
      complete = lastParsed = LEAF;
      continue;
    }

    // Unary operators (a `+`/`-` right after an operator is unary), functions and `(`.
    let unary: Lx | null = null;
    if (type === FuncName) unary = Lx.FUNCTION;
    else if (type === LParen) unary = Lx.OPEN_PAREN;
    else if (type === Not || type === BitNot || type === NotWord) unary = Lx.UNARY;
    else if ((type === Plus || type === Minus) && isOp(lastParsed)) unary = Lx.UNARY;
    if (unary !== null) {
      if (!isOp(lastParsed)) return fail(`missing operator at ${MARK}`, 'MISSING', start, 0, true);
      nodes.push({ lexeme: unary, prec: unary === Lx.OPEN_PAREN ? Prec.OPEN_PAREN : Prec.UNARY, prev: incomplete });
      incomplete = lastParsed = nodes.length - 1;
      continue;
    }

    // Binary operators, `)` and the end of the text.
    const lexeme = type === undefined ? Lx.END : binaryLexeme(type);
    const prec = type === undefined ? Prec.END : BINARY_PREC.get(type)!;
    if (isOp(lastParsed)) {
      const last = nodes[nodes.length - 1]!;
      if (lexeme === Lx.CLOSE_PAREN && last.lexeme === Lx.OPEN_PAREN) {
        if (nodes[nodes.length - 2]?.lexeme === Lx.FUNCTION) {
          // `f()`: an empty argument list; read the `)` again with an empty operand before it.
          complete = lastParsed = EMPTY;
          ti--;
          continue;
        }
        return fail(`empty subexpression at ${MARK}`, 'EMPTY', start, 0, true);
      }
      if (last.prec > prec) {
        if (last.lexeme === Lx.OPEN_PAREN) return fail('unbalanced open paren', 'UNBALANCED', start, scanned, false);
        if (last.lexeme === Lx.COMMA) return fail(`missing function argument at ${MARK}`, 'MISSING', start, 0, true);
        if (last.lexeme === Lx.START) return fail('empty expression', 'EMPTY', start, scanned, false);
      } else if (lexeme === Lx.CLOSE_PAREN) {
        return fail('unbalanced close paren', 'UNBALANCED', start, scanned, false);
      } else if (lexeme === Lx.COMMA && last.lexeme === Lx.OPEN_PAREN && nodes[nodes.length - 2]?.lexeme === Lx.FUNCTION) {
        return fail(`missing function argument at ${MARK}`, 'UNBALANCED', start, 0, true);
      }
      return fail(`missing operand at ${MARK}`, 'MISSING', start, 0, true);
    }

    // Attach the complete operand to the incomplete operators that bind at least as tightly.
    let inc = nodes[incomplete]!;
    let incIndex = incomplete;
    for (;;) {
      inc = nodes[incomplete]!;
      incIndex = incomplete;
      if (inc.prec < prec) break;
      const completeIsColon = isOp(complete) && nodes[complete]!.lexeme === Lx.COLON;
      if (inc.prec === prec) {
        if (lexeme === Lx.EXPON) break;
        if (inc.lexeme === Lx.QUESTION && !completeIsColon) break;
        if (inc.lexeme === Lx.COLON && lexeme === Lx.QUESTION) break;
      }
      if (inc.lexeme === Lx.OPEN_PAREN && lexeme !== Lx.CLOSE_PAREN) return fail('unbalanced open paren', 'UNBALANCED', start, scanned, false);
      if (inc.lexeme === Lx.QUESTION && !completeIsColon) return fail(`missing operator ":" at ${MARK}`, 'MISSING', start, 0, true);
      if (completeIsColon && inc.lexeme !== Lx.QUESTION) return fail('unexpected operator ":" without preceding "?"', 'SURPRISE', start, scanned, false);
      if (inc.lexeme === Lx.START) return null;
      complete = incomplete;
      incomplete = inc.prev;
      if (inc.lexeme === Lx.OPEN_PAREN) break;
    }

    if (lexeme === Lx.CLOSE_PAREN && inc.lexeme !== Lx.OPEN_PAREN) return fail('unbalanced close paren', 'UNBALANCED', start, scanned, false);
    if (lexeme === Lx.COMMA && (inc.lexeme !== Lx.OPEN_PAREN || nodes[incIndex - 1]?.lexeme !== Lx.FUNCTION)) {
      return fail('unexpected "," outside function argument list', 'SURPRISE', start, scanned, false);
    }
    if (isOp(complete) && nodes[complete]!.lexeme === Lx.COLON) return fail('unexpected operator ":" without preceding "?"', 'SURPRISE', start, scanned, false);
    if (lexeme === Lx.CLOSE_PAREN) continue;
    if (lexeme === Lx.END) return null; // unreachable: END always completes START above
    nodes.push({ lexeme, prec, prev: incomplete });
    incomplete = lastParsed = nodes.length - 1;
  }
  return null;
}
