// The chevrotain lexer for Tcl expressions (Tcl 8.6's ParseLexeme, plus the iRule operator words).
//
// Operators are plain patterns. Operands that are Tcl words (`{...}`, `"..."`, `[...]`, `$var`) are
// custom matchers over the word scanner in ../scan.ts; when such an operand is unbalanced the BadOperand
// token takes the rest of the text and carries tclsh's error in its payload. Numbers and barewords
// are custom matchers too, because Tcl decides between "number", "function name", "boolean word"
// and "invalid bareword" by looking at what follows.

import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';
import { longBraceEnd, type Dialect } from '../lexer.js';
import { binaryWordAt, booleanWord, iruleWordOpAt, scanBareword, scanNumber, skipExprSpace, tclWordOpAt } from './scan.js';
import { isBarewordChar, isScanError, scanBraces, scanCommand, scanQuoted, scanVariable, type Scan, type ScanError } from '../scan.js';

// The dialect of the tokenize() call in progress (tokenizing is synchronous).
let activeDialect: Dialect = 'tcl';

type Match = RegExpExecArray & { payload?: unknown };

function match(text: string, start: number, end: number, payload?: unknown): Match {
  const m = [text.slice(start, end)] as unknown as Match;
  if (payload !== undefined) m.payload = payload;
  return m;
}

function operandScan(text: string, offset: number): Scan | null {
  switch (text.charCodeAt(offset)) {
    case 123: return longBraceEnd(text, offset) ?? scanBraces(text, offset); // the long-text table keeps deep nesting linear
    case 34: return scanQuoted(text, offset, activeDialect);
    case 91: return scanCommand(text, offset, activeDialect);
    case 36: {
      const r = scanVariable(text, offset, activeDialect);
      // A `$` that starts no variable name: Tcl's "invalid character" (raised as an operand).
      if (r === offset) return { message: 'invalid character "$"', start: offset, scanned: 1, code: 'BADCHAR' };
      return r;
    }
    default: return null;
  }
}

function operandMatcher(first: number): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (text.charCodeAt(offset) !== first) return null;
    const r = operandScan(text, offset);
    return r === null || isScanError(r) ? null : match(text, offset, r);
  };
}

const matchBadOperand: CustomPatternMatcherFunc = (text, offset) => {
  const r = operandScan(text, offset);
  if (r === null || !isScanError(r)) return null;
  // Nothing after an unbalanced operand can be read reliably; Tcl stops there too.
  return match(text, offset, text.length, r satisfies ScanError);
};

/** A number, unless bareword characters follow that make the whole run one bareword (`1a`, `0x1g`, `Influence`). */
const matchNumber: CustomPatternMatcherFunc = (text, offset) => {
  const r = scanNumber(text, offset);
  if (r === null) return null;
  const end = r.end;
  if (end < text.length && isBarewordChar(text.charCodeAt(end))) {
    const hasPunctuation = r.double && /[^0-9A-Za-z_]/.test(text.slice(offset, end));
    if (!hasPunctuation && !binaryWordAt(text, end, activeDialect)) return null;
  }
  return match(text, offset, end);
};

function bareword(text: string, offset: number): number {
  return scanBareword(text, offset);
}

/** A bareword followed (after blanks) by `(` names a math function. */
const matchFuncName: CustomPatternMatcherFunc = (text, offset) => {
  const end = bareword(text, offset);
  if (end === offset || text.charCodeAt(skipExprSpace(text, end)) !== 40) return null;
  return match(text, offset, end);
};

const matchBoolean: CustomPatternMatcherFunc = (text, offset) => {
  const end = bareword(text, offset);
  if (end === offset || booleanWord(text.slice(offset, end)) === null) return null;
  return match(text, offset, end);
};

const matchBadWord: CustomPatternMatcherFunc = (text, offset) => {
  const end = bareword(text, offset);
  return end === offset ? null : match(text, offset, end);
};

function tclWordOp(word: string): CustomPatternMatcherFunc {
  return (text, offset) => (tclWordOpAt(text, offset) === word ? match(text, offset, offset + 2) : null);
}

function iruleWordOp(word: string): CustomPatternMatcherFunc {
  return (text, offset) => (iruleWordOpAt(text, offset) === word ? match(text, offset, offset + word.length) : null);
}

// ---- token types ---------------------------------------------------------------------------------

// Categories group the operators of one precedence level, so each grammar rule consumes one category.
export const UnaryOperator = createToken({ name: 'UnaryOperator', pattern: Lexer.NA });
export const MulOperator = createToken({ name: 'MulOperator', pattern: Lexer.NA });
export const AddOperator = createToken({ name: 'AddOperator', pattern: Lexer.NA });
export const ShiftOperator = createToken({ name: 'ShiftOperator', pattern: Lexer.NA });
export const CompareOperator = createToken({ name: 'CompareOperator', pattern: Lexer.NA });
export const EqualityOperator = createToken({ name: 'EqualityOperator', pattern: Lexer.NA });
export const AndOperator = createToken({ name: 'AndOperator', pattern: Lexer.NA });
export const OrOperator = createToken({ name: 'OrOperator', pattern: Lexer.NA });

export const WS = createToken({ name: 'WS', pattern: /(?:[ \t\n\v\f\r]|\\\n)+/, line_breaks: true, group: Lexer.SKIPPED });

export const Braced = createToken({ name: 'Braced', pattern: operandMatcher(123), line_breaks: true, start_chars_hint: ['{'] });
export const Quoted = createToken({ name: 'Quoted', pattern: operandMatcher(34), line_breaks: true, start_chars_hint: ['"'] });
export const Script = createToken({ name: 'Script', pattern: operandMatcher(91), line_breaks: true, start_chars_hint: ['['] });
export const Variable = createToken({ name: 'Variable', pattern: operandMatcher(36), line_breaks: true, start_chars_hint: ['$'] });
export const BadOperand = createToken({ name: 'BadOperand', pattern: matchBadOperand, line_breaks: true, start_chars_hint: ['{', '"', '[', '$'] });

export const Pow = createToken({ name: 'Pow', pattern: /\*\*/ });
export const Mul = createToken({ name: 'Mul', pattern: /\*/, categories: [MulOperator] });
export const Div = createToken({ name: 'Div', pattern: /\//, categories: [MulOperator] });
export const Mod = createToken({ name: 'Mod', pattern: /%/, categories: [MulOperator] });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, categories: [AddOperator, UnaryOperator] });
export const Minus = createToken({ name: 'Minus', pattern: /-/, categories: [AddOperator, UnaryOperator] });
export const ShiftLeft = createToken({ name: 'ShiftLeft', pattern: /<</, categories: [ShiftOperator] });
export const ShiftRight = createToken({ name: 'ShiftRight', pattern: />>/, categories: [ShiftOperator] });
export const LessEq = createToken({ name: 'LessEq', pattern: /<=/, categories: [CompareOperator] });
export const GreaterEq = createToken({ name: 'GreaterEq', pattern: />=/, categories: [CompareOperator] });
export const Less = createToken({ name: 'Less', pattern: /</, categories: [CompareOperator] });
export const Greater = createToken({ name: 'Greater', pattern: />/, categories: [CompareOperator] });
export const EqEq = createToken({ name: 'EqEq', pattern: /==/, categories: [EqualityOperator] });
export const NotEq = createToken({ name: 'NotEq', pattern: /!=/, categories: [EqualityOperator] });
export const LogAnd = createToken({ name: 'LogAnd', pattern: /&&/, categories: [AndOperator] });
export const LogOr = createToken({ name: 'LogOr', pattern: /\|\|/, categories: [OrOperator] });
export const BitAnd = createToken({ name: 'BitAnd', pattern: /&/ });
export const BitOr = createToken({ name: 'BitOr', pattern: /\|/ });
export const BitXor = createToken({ name: 'BitXor', pattern: /\^/ });
export const Not = createToken({ name: 'Not', pattern: /!/, categories: [UnaryOperator] });
export const BitNot = createToken({ name: 'BitNot', pattern: /~/, categories: [UnaryOperator] });
export const Question = createToken({ name: 'Question', pattern: /\?/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
/** A single `=`: Tcl's "incomplete operator". */
export const Assign = createToken({ name: 'Assign', pattern: /=/ });

const wordOp = (name: string, pattern: CustomPatternMatcherFunc, categories: TokenType[], hint: string) =>
  createToken({ name, pattern, categories, start_chars_hint: [hint] });
export const StrEq = wordOp('StrEq', tclWordOp('eq'), [EqualityOperator], 'e');
export const StrNe = wordOp('StrNe', tclWordOp('ne'), [EqualityOperator], 'n');
export const In = wordOp('In', tclWordOp('in'), [EqualityOperator], 'i');
export const Ni = wordOp('Ni', tclWordOp('ni'), [EqualityOperator], 'n');
export const StartsWith = wordOp('StartsWith', iruleWordOp('starts_with'), [EqualityOperator], 's');
export const EndsWith = wordOp('EndsWith', iruleWordOp('ends_with'), [EqualityOperator], 'e');
export const Contains = wordOp('Contains', iruleWordOp('contains'), [EqualityOperator], 'c');
export const Equals = wordOp('Equals', iruleWordOp('equals'), [EqualityOperator], 'e');
export const MatchesGlob = wordOp('MatchesGlob', iruleWordOp('matches_glob'), [EqualityOperator], 'm');
export const MatchesRegex = wordOp('MatchesRegex', iruleWordOp('matches_regex'), [EqualityOperator], 'm');
export const AndWord = wordOp('AndWord', iruleWordOp('and'), [AndOperator], 'a');
export const OrWord = wordOp('OrWord', iruleWordOp('or'), [OrOperator], 'o');
export const NotWord = wordOp('NotWord', iruleWordOp('not'), [UnaryOperator], 'n');

export const NumberLit = createToken({ name: 'NumberLit', pattern: matchNumber, start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', 'i', 'I', 'n', 'N'] });
export const FuncName = createToken({ name: 'FuncName', pattern: matchFuncName });
export const BooleanLit = createToken({ name: 'BooleanLit', pattern: matchBoolean });
/** A bareword that is neither a function name nor a boolean: Tcl's "invalid bareword". */
export const BadWord = createToken({ name: 'BadWord', pattern: matchBadWord });
/** Any other character: Tcl's "invalid character". */
export const Invalid = createToken({ name: 'Invalid', pattern: /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/, line_breaks: true });

const IRULE_WORD_TOKENS = [StartsWith, EndsWith, Contains, Equals, MatchesGlob, MatchesRegex, AndWord, OrWord, NotWord];

function tokensFor(dialect: Dialect): TokenType[] {
  return [
    WS, Braced, Quoted, Script, Variable, BadOperand,
    Pow, Mul, Div, Mod, Plus, Minus, ShiftLeft, ShiftRight, LessEq, GreaterEq, Less, Greater, EqEq, NotEq,
    LogAnd, LogOr, BitAnd, BitOr, BitXor, Not, BitNot, Question, Colon, LParen, RParen, Comma, Assign,
    ...(dialect === 'irule' ? IRULE_WORD_TOKENS : []),
    StrEq, StrNe, In, Ni,
    NumberLit, FuncName, BooleanLit, BadWord, Invalid,
  ];
}

/** Every token type, categories included (the parser's vocabulary). */
export const EXPR_TOKENS: TokenType[] = [
  UnaryOperator, MulOperator, AddOperator, ShiftOperator, CompareOperator, EqualityOperator, AndOperator, OrOperator,
  ...tokensFor('irule'),
];

const lexers: Record<Dialect, Lexer | undefined> = { tcl: undefined, irule: undefined };

export function tokenizeExpr(text: string, dialect: Dialect): IToken[] {
  const lx = (lexers[dialect] ??= new Lexer(tokensFor(dialect), {
    positionTracking: 'full',
    lineTerminatorsPattern: /\n/g,
    lineTerminatorCharacters: ['\n'],
    ensureOptimizations: false,
    skipValidations: true,
  }));
  activeDialect = dialect;
  // Invalid matches any character, so the lexer never fails.
  return lx.tokenize(text).tokens;
}
