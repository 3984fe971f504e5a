// The chevrotain lexer for Tcl's word syntax (Tcl(n) rules 1-12).
//
// Tcl lexing depends on context, which we model with lexer modes and custom matchers:
//   script  the top level of a script: `]` is an ordinary character
//   nested  inside `[...]`: `]` ends the command substitution (pop)
//   quoted  inside "...": only $, [ and \ are special
//   index   inside the parentheses of $name(index): `)` ends it
// Whether `{`, `"` or `#` are special depends on where a word or command starts, which the custom
// matchers read off the tokens matched so far.

import { createToken, Lexer, type IToken, type TokenType, type CustomPatternMatcherFunc } from 'chevrotain';
import { isScanError, scanBraces } from './scan.js';

export type Dialect = 'tcl' | 'irule';

type Matched = IToken[];

const WORD_BOUNDARY_NAMES = new Set(['WS', 'Sep', 'CmdOpen', 'ExpandPrefix']);

// The dialect of the tokenize() call in progress (tokenizing is synchronous). BIG-IP reads `}{`
// as the end of one word and the start of the next; stock Tcl calls it an error.
let activeDialect: Dialect = 'tcl';

function atWordStart(tokens: Matched): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return true;
  const name = last.tokenType.name;
  return WORD_BOUNDARY_NAMES.has(name) || (activeDialect === 'irule' && (name === 'BracedWord' || name === 'QuoteClose'));
}

function atCommandStart(tokens: Matched): boolean {
  let i = tokens.length - 1;
  if (i >= 0 && tokens[i]!.tokenType.name === 'WS') i--;
  if (i < 0) return true;
  const name = tokens[i]!.tokenType.name;
  return name === 'Sep' || name === 'CmdOpen';
}

function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, 'y');
}

function matchAt(re: RegExp, text: string, offset: number): RegExpExecArray | null {
  re.lastIndex = offset;
  return re.exec(text);
}

/**
 * Long texts, read once. A body is lexed again, from its own text, each time a level deeper is
 * read: scanning it for its braces and newlines each time costs the text's length per level, so
 * nesting N levels deep over a text of length L costs N x L. Above LONG_TEXT characters a text is
 * scanned once instead: `ends[i]` is the distance from the `{` at i to its `}` (0: none), and
 * `newlines` where each newline is. The content of each long braced word keeps its share of the
 * tables (views, not copies), under the content's text, for when that content is lexed as a body.
 */
const LONG_TEXT = 1 << 16;

interface LongText {
  ends: Int32Array;
  /** Offsets of the newlines of the whole text this one was cut from, and where this one starts in it. */
  newlines: Int32Array;
  base: number;
}

const longTexts = new Map<string, LongText>();
let activeLong: LongText | undefined;

function scanLongText(text: string): LongText {
  const ends = new Int32Array(text.length);
  const open: number[] = [];
  const newlines: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      if (text.charCodeAt(i + 1) === 10) newlines.push(i + 1);
      i++;
    } else if (c === 10) newlines.push(i);
    else if (c === 123 /* { */) open.push(i);
    else if (c === 125 /* } */ && open.length > 0) {
      const at = open.pop()!;
      ends[at] = i - at;
    }
  }
  return { ends, newlines: Int32Array.from(newlines), base: 0 };
}

function longText(text: string): LongText | undefined {
  if (text.length < LONG_TEXT) return undefined;
  let t = longTexts.get(text);
  if (!t) {
    t = scanLongText(text);
    remember(text, t);
  }
  return t;
}

/**
 * For a long text (an expression's), the offset after the `}` matching the `{` at text[i], from
 * the table; undefined when the text is short or the table has no entry (then scan).
 */
export function longBraceEnd(text: string, i: number): number | undefined {
  const d = longText(text)?.ends[i];
  return d ? i + d + 1 : undefined;
}

/** `text.slice(from, to)`, which keeps its share of a long text's tables (for when it is lexed). */
export function sliceKeepingBraces(text: string, from: number, to: number): string {
  const slice = text.slice(from, to);
  if (slice.length >= LONG_TEXT) {
    const t = longTexts.get(text);
    if (t) remember(slice, share(t, from, to));
  }
  return slice;
}

function share(t: LongText, from: number, to: number): LongText {
  return { ends: t.ends.subarray(from, to), newlines: t.newlines, base: t.base + from };
}

function remember(text: string, t: LongText): void {
  if (longTexts.size >= 256) longTexts.clear();
  longTexts.set(text, t);
}

/** The first index of `a` whose value is >= x. */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Lines and columns of the tokens of a long text, from its newline table, as the lexer's "full"
 * position tracking gives them (which would count the newlines of every long token again).
 */
function placeTokens(tokens: IToken[], t: LongText): void {
  const first = lowerBound(t.newlines, t.base);
  const place = (offset: number): [number, number] => {
    const abs = t.base + offset;
    const k = lowerBound(t.newlines, abs);
    const lineStart = k > first ? t.newlines[k - 1]! + 1 : t.base;
    return [k - first + 1, abs - lineStart + 1];
  };
  for (const tok of tokens) {
    [tok.startLine, tok.startColumn] = place(tok.startOffset);
    const end = tok.startOffset + tok.image.length - 1;
    tok.endOffset = end;
    [tok.endLine, tok.endColumn] = place(end);
  }
}

/** `{...}` with nested braces, backslashes escaping the next character. An unclosed brace
 * yields no match here (the UnclosedBrace token takes the rest of the input). */
const matchBraced: CustomPatternMatcherFunc = (text, offset, tokens) => {
  if (text.charCodeAt(offset) !== 123 /* { */ || !atWordStart(tokens as Matched)) return null;
  // No entry: a brace the table's scan from the start saw as escaped, or never closed; scan it.
  const d = activeLong ? activeLong.ends[offset]! : 0;
  if (d > 0) {
    if (d > LONG_TEXT) remember(text.slice(offset + 1, offset + d), share(activeLong!, offset + 1, offset + d));
    return [text.slice(offset, offset + d + 1)] as unknown as RegExpExecArray;
  }
  const end = scanBraces(text, offset);
  return isScanError(end) ? null : ([text.slice(offset, end)] as unknown as RegExpExecArray);
};

const matchUnclosedBrace: CustomPatternMatcherFunc = (text, offset, tokens) => {
  if (text.charCodeAt(offset) !== 123 || !atWordStart(tokens as Matched)) return null;
  return [text.slice(offset)] as unknown as RegExpExecArray;
};

const commentRe = sticky(/#(?:[^\\\n]|\\[\s\S])*/);
const matchComment: CustomPatternMatcherFunc = (text, offset, tokens) => {
  if (text.charCodeAt(offset) !== 35 /* # */ || !atCommandStart(tokens as Matched)) return null;
  return matchAt(commentRe, text, offset);
};

const expandRe = sticky(/\{\*\}(?=[^\s;\]])/);
const matchExpand: CustomPatternMatcherFunc = (text, offset, tokens) => {
  if (!atWordStart(tokens as Matched)) return null;
  return matchAt(expandRe, text, offset);
};

const matchQuoteOpen: CustomPatternMatcherFunc = (text, offset, tokens) => {
  if (text.charCodeAt(offset) !== 34 /* " */ || !atWordStart(tokens as Matched)) return null;
  return ['"'] as unknown as RegExpExecArray;
};

// ---- tokens --------------------------------------------------------------------------------------

export const Comment = createToken({ name: 'Comment', pattern: matchComment, line_breaks: true, start_chars_hint: ['#'] });
export const ExpandPrefix = createToken({ name: 'ExpandPrefix', pattern: matchExpand, start_chars_hint: ['{'] });
export const BracedWord = createToken({ name: 'BracedWord', pattern: matchBraced, line_breaks: true, start_chars_hint: ['{'] });
export const UnclosedBrace = createToken({ name: 'UnclosedBrace', pattern: matchUnclosedBrace, line_breaks: true, start_chars_hint: ['{'] });
export const QuoteOpen = createToken({ name: 'QuoteOpen', pattern: matchQuoteOpen, push_mode: 'quoted', start_chars_hint: ['"'] });
export const QuoteClose = createToken({ name: 'QuoteClose', pattern: /"/, pop_mode: true });
/** Spaces, tabs, CR, and backslash-newline (which separates words even in the middle of one). */
export const WS = createToken({ name: 'WS', pattern: /(?:[ \t\r\v\f]|\\\r?\n)+/, line_breaks: true });
export const Sep = createToken({ name: 'Sep', pattern: /[\n;]/, line_breaks: true });
export const CmdOpen = createToken({ name: 'CmdOpen', pattern: /\[/, push_mode: 'nested' });
export const CmdClose = createToken({ name: 'CmdClose', pattern: /]/, pop_mode: true });
export const VarBraced = createToken({ name: 'VarBraced', pattern: /\$\{[^}]*\}/, line_breaks: true });
export const VarUnclosed = createToken({ name: 'VarUnclosed', pattern: /\$\{[^}]*/, line_breaks: true });
/** `$name(` and `$(`, an element of the array named "" (Tcl_ParseVarName). */
export const VarArrayOpen = createToken({ name: 'VarArrayOpen', pattern: /\$(?:[A-Za-z0-9_]|::+)*\(/, push_mode: 'index' });
export const VarSimple = createToken({ name: 'VarSimple', pattern: /\$(?:[A-Za-z0-9_]|::+)+/ });
export const IndexClose = createToken({ name: 'IndexClose', pattern: /\)/, pop_mode: true });
/** A backslash sequence inside a word (backslash-newline outside quotes is WS). */
export const Backslash = createToken({
  name: 'Backslash',
  pattern: /\\(?:\r?\n[ \t]*|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|[\s\S])?/,
  line_breaks: true,
});
/** Ordinary characters of a bare word (at the top level, `]` is ordinary too). */
export const Text = createToken({ name: 'Text', pattern: /[^\s;[\]$\\{}"]+/ });
export const TopText = createToken({ name: 'TopText', pattern: /[^\s;[$\\{}"]+/ });
export const QuotedText = createToken({ name: 'QuotedText', pattern: /[^"[$\\]+/, line_breaks: true });
export const IndexText = createToken({ name: 'IndexText', pattern: /[^)[$\\]+/, line_breaks: true });
/** A character that is special only elsewhere: `{`, `}`, `"` inside a bare word, a lone `$`. */
export const Literal = createToken({ name: 'Literal', pattern: /[\s\S]/, line_breaks: true });

const wordTokens: TokenType[] = [ExpandPrefix, BracedWord, UnclosedBrace, QuoteOpen];
const varTokens: TokenType[] = [VarBraced, VarUnclosed, VarArrayOpen, VarSimple];

function modes(dialect: Dialect) {
  const words = dialect === 'tcl' ? wordTokens : wordTokens.filter((t) => t !== ExpandPrefix);
  return {
    script: [Comment, ...words, WS, Sep, CmdOpen, ...varTokens, Backslash, TopText, Literal],
    nested: [Comment, ...words, WS, Sep, CmdOpen, CmdClose, ...varTokens, Backslash, Text, Literal],
    quoted: [QuoteClose, CmdOpen, ...varTokens, Backslash, QuotedText, Literal],
    index: [IndexClose, CmdOpen, ...varTokens, Backslash, IndexText, Literal],
  };
}

export const ALL_TOKENS: TokenType[] = [
  Comment, ExpandPrefix, BracedWord, UnclosedBrace, QuoteOpen, QuoteClose, WS, Sep, CmdOpen, CmdClose,
  VarBraced, VarUnclosed, VarArrayOpen, VarSimple, IndexClose, Backslash, Text, TopText, QuotedText, IndexText, Literal,
];

function makeLexer(dialect: Dialect, tracking: 'full' | 'onlyOffset'): Lexer {
  return new Lexer(
    { modes: modes(dialect), defaultMode: 'script' },
    {
      positionTracking: tracking,
      lineTerminatorsPattern: /\n/g,
      lineTerminatorCharacters: ['\n'],
      ensureOptimizations: false,
      skipValidations: true,
    },
  );
}

const lexers = new Map<string, Lexer>();

function lexerFor(dialect: Dialect, tracking: 'full' | 'onlyOffset'): Lexer {
  const key = `${dialect} ${tracking}`;
  let lx = lexers.get(key);
  if (!lx) {
    lx = makeLexer(dialect, tracking);
    lexers.set(key, lx);
  }
  return lx;
}

export function tokenize(text: string, dialect: Dialect): IToken[] {
  activeDialect = dialect;
  activeLong = longText(text);
  try {
    // Every character is matched by some token (Literal is the fallback), so there are no lexing errors.
    if (!activeLong) return lexerFor(dialect, 'full').tokenize(text).tokens;
    const tokens = lexerFor(dialect, 'onlyOffset').tokenize(text).tokens;
    placeTokens(tokens, activeLong);
    return tokens;
  } finally {
    activeLong = undefined;
  }
}
