// The chevrotain parser for Tcl scripts: commands made of words made of parts, with exact positions.
// Tcl's syntax errors are found here and recorded with their position; the parser goes on after
// each one so a file's errors are all reported. Braced words are not parsed further here: whoever
// knows a word is a script body (the compiler, the linter) calls parseScript on it, see body.ts.

import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from 'chevrotain';
import { literalValue, type Command, type Comment, type Loc, type Part, type Pos, type Script, type SyntaxError, type Word } from './ast.js';
import {
  ALL_TOKENS, Backslash, BracedWord, CmdClose, CmdOpen, Comment as CommentTok, ExpandPrefix, IndexClose,
  IndexText, Literal, QuoteClose, QuoteOpen, QuotedText, Sep, Text, TopText, UnclosedBrace, VarArrayOpen,
  VarBraced, VarSimple, VarUnclosed, WS, tokenize, type Dialect,
} from './lexer.js';
import { backslash } from './backslash.js';

const UNCLOSED = new Set(['missing "', 'missing )', 'missing close-bracket', 'missing close-brace', 'missing close-brace for variable name']);
const unclosedErrors = new WeakSet<object>();
function unclosed<T extends object>(e: T): T {
  unclosedErrors.add(e);
  return e;
}
function errorOrder(e: { loc: Loc }): number {
  return unclosedErrors.has(e) ? Infinity : e.loc.start.offset;
}

/** A backslash token's text. The lexer's token may run past what the escape takes (`\777` is
 * `\77` then `7`; `\U110000` stops before the last `0`): the rest is literal text. */
function backslashToken(image: string): string {
  const [ch, len] = backslash(image, 0);
  return len >= image.length ? ch : ch + image.slice(len);
}

export function startOf(t: IToken): Pos {
  return { line: t.startLine!, column: t.startColumn!, offset: t.startOffset };
}

export function endOf(t: IToken): Pos {
  const img = t.image;
  const n = img.length;
  // The lexer tracks where each token ends (kept in step by shift()): no need to count the
  // newlines of a long token again, which for a body read once per level of nesting adds up.
  if (t.endLine !== undefined && t.endColumn !== undefined && n > 0 && img.charCodeAt(n - 1) !== 10) {
    return { line: t.endLine, column: t.endColumn + 1, offset: t.startOffset + n };
  }
  const nl = img.lastIndexOf('\n');
  if (nl < 0) return { line: t.startLine!, column: t.startColumn! + n, offset: t.startOffset + n };
  let lines = 0;
  for (let i = img.indexOf('\n'); i >= 0 && i <= nl; i = img.indexOf('\n', i + 1)) lines++;
  return { line: t.startLine! + lines, column: n - nl, offset: t.startOffset + n };
}

function loc(a: IToken, b: IToken): Loc {
  return { start: startOf(a), end: endOf(b) };
}

/** The position after `text` when it starts at `p`. */
export function advance(p: Pos, text: string): Pos {
  let { line, column } = p;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: p.offset + text.length };
}

/** Words end at these tokens; anything else right after a closing quote or brace is an error. */
const WORD_END = new Set<TokenType>([WS, Sep, CmdClose, EOF]);

class TclParser extends EmbeddedActionsParser {
  syntaxErrors: SyntaxError[] = [];
  dialect: Dialect = 'tcl';
  /** How many scripts deep the script being read is (0: the top level). */
  depth = 0;
  private commandStart: Pos = { line: 1, column: 1, offset: 0 };

  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 2, skipValidations: true });
    this.performSelfAnalysis();
  }

  private error(message: string, detail: string, at: Loc): void {
    if (UNCLOSED.has(message)) {
      this.syntaxErrors.push(unclosed({ message, detail, loc: at, commandStart: this.commandStart }));
      return;
    }
    this.syntaxErrors.push({ message, detail, loc: at, commandStart: this.commandStart });
  }

  public script = this.RULE('script', (): Script => {
    const commands: Command[] = [];
    const comments: Comment[] = [];
    const first = this.LA(1);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Sep) },
        { ALT: () => this.CONSUME(WS) },
        {
          ALT: () => {
            const c = this.CONSUME(CommentTok);
            this.ACTION(() => comments.push({ type: 'comment', text: c.image.slice(1), loc: loc(c, c) }));
          },
        },
        { ALT: () => {
          const cmd = this.SUBRULE(this.command);
          this.ACTION(() => commands.push(cmd));
        } },
      ]);
    });
    return this.ACTION(() => {
      const last = this.LA(0);
      const start = first.tokenType === EOF ? { line: 1, column: 1, offset: 0 } : startOf(first);
      const end = last && last.tokenType !== EOF && last.startOffset >= start.offset ? endOf(last) : start;
      return { type: 'script', commands, comments, errors: this.syntaxErrors, loc: { start, end } } as Script;
    });
  });

  private command = this.RULE('command', (): Command => {
    const words: Word[] = [];
    this.ACTION(() => {
      this.commandStart = startOf(this.LA(1));
    });
    words.push(this.SUBRULE(this.word));
    this.MANY({
      GATE: () => this.wordFollows() || this.adjacentWord() || this.continuedLine() || this.elseOnNextLine(words),
      DEF: () => this.OR([
        {
          GATE: () => this.wordFollows(),
          ALT: () => {
            this.CONSUME(WS);
            words.push(this.SUBRULE2(this.word));
          },
        },
        {
          // BIG-IP reads `{a}{b}` and `"a"b` as two words (docs/bigip-reference.md §1.2, [LAB]).
          GATE: () => this.adjacentWord(),
          ALT: () => {
            words.push(this.SUBRULE3(this.word));
          },
        },
        {
          // BIG-IP: a line that begins with `{` continues the previous command (K&R braces), and
          // `if` picks up an `else`/`elseif` that begins the next line (docs/bigip-parser.md, N1, N5).
          GATE: () => this.continuedLine() || this.elseOnNextLine(words),
          ALT: () => {
            this.OPTION3(() => this.CONSUME3(WS)); // blanks (or the \r of a CRLF) before the newline
            this.CONSUME(Sep);
            this.OPTION(() => this.CONSUME2(WS));
            words.push(this.SUBRULE4(this.word));
          },
        },
      ]),
    });
    return this.ACTION(() => {
      if (this.depth > 0) for (const w of words) w.depth = this.depth;
      return {
      type: 'command',
      words,
      loc: { start: words[0]!.loc.start, end: words[words.length - 1]!.loc.end },
      } as Command;
    });
  });

  private word = this.RULE('word', (): Word =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(ExpandPrefix);
          const w = this.SUBRULE(this.word);
          return this.ACTION(() => ({ ...w, expand: true, loc: { start: startOf(t), end: w.loc.end } }));
        },
      },
      { ALT: () => this.SUBRULE(this.bracedWord) },
      {
        ALT: () => {
          const t = this.CONSUME(UnclosedBrace);
          return this.ACTION(() => {
            this.error('missing close-brace', `missing close-brace: the "{" at ${t.startLine}:${t.startColumn} is never closed`, loc(t, t));
            const contentStart = advance(startOf(t), '{');
            return { type: 'word', kind: 'braced', expand: false, parts: [], raw: t.image.slice(1), contentStart, unclosed: true, loc: loc(t, t) } as Word;
          });
        },
      },
      { ALT: () => this.SUBRULE(this.quotedWord) },
      { ALT: () => this.SUBRULE(this.bareWord) },
    ]),
  );

  private bracedWord = this.RULE('bracedWord', (): Word => {
    const t = this.CONSUME(BracedWord);
    this.ACTION(() => this.checkWordEnd(t, 'close-brace'));
    return this.ACTION(() => {
      const raw = t.image.slice(1, -1);
      // Backslash-newline (and the blanks after it) is the one substitution made inside braces.
      const value = raw.indexOf('\\\n') >= 0 || raw.indexOf('\\\r\n') >= 0 ? raw.replace(/\\\r?\n[ \t]*/g, ' ') : raw;
      const l = loc(t, t);
      const contentStart = advance(l.start, '{');
      const contentEnd = { ...l.end, column: l.end.column - 1, offset: l.end.offset - 1 };
      return {
        type: 'word', kind: 'braced', expand: false, raw, contentStart,
        parts: [{ type: 'text', value, loc: { start: contentStart, end: contentEnd } }],
        loc: l,
      } as Word;
    });
  });

  private quotedWord = this.RULE('quotedWord', (): Word => {
    const open = this.CONSUME(QuoteOpen);
    const parts: Part[] = [];
    this.MANY(() => parts.push(this.SUBRULE(this.part)));
    let close: IToken | undefined;
    this.OPTION(() => {
      close = this.CONSUME(QuoteClose);
    });
    return this.ACTION(() => {
      const last = close ?? this.LA(0);
      if (!close) this.error('missing "', `missing close-quote: the '"' at ${open.startLine}:${open.startColumn} is never closed`, loc(open, open));
      else this.checkWordEnd(close, 'close-quote');
      return { type: 'word', kind: 'quoted', expand: false, parts: mergeText(parts), contentStart: endOf(open), loc: loc(open, last) } as Word;
    });
  });

  private bareWord = this.RULE('bareWord', (): Word => {
    const parts: Part[] = [];
    this.AT_LEAST_ONE(() => parts.push(this.SUBRULE(this.part)));
    return this.ACTION(() => ({
      type: 'word', kind: 'bare', expand: false, parts: mergeText(parts),
      loc: { start: parts[0]!.loc.start, end: parts[parts.length - 1]!.loc.end },
    }) as Word);
  });

  private part = this.RULE('part', (): Part =>
    this.OR([
      { ALT: () => this.textPart(this.CONSUME(Text)) },
      { ALT: () => this.textPart(this.CONSUME(TopText)) },
      { ALT: () => this.textPart(this.CONSUME(QuotedText)) },
      { ALT: () => this.textPart(this.CONSUME(IndexText)) },
      { ALT: () => this.textPart(this.CONSUME(Literal)) },
      {
        ALT: () => {
          const t = this.CONSUME(Backslash);
          return this.ACTION(() => ({ type: 'text', value: backslashToken(t.image), loc: loc(t, t) }) as Part);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(VarSimple);
          return this.ACTION(() => ({ type: 'var', name: t.image.slice(1), index: null, loc: loc(t, t) }) as Part);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(VarBraced);
          return this.ACTION(() => ({ type: 'var', name: t.image.slice(2, -1), index: null, loc: loc(t, t) }) as Part);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(VarUnclosed);
          return this.ACTION(() => {
            this.error('missing close-brace for variable name', `missing close-brace for the variable name that starts at ${t.startLine}:${t.startColumn}`, loc(t, t));
            return { type: 'var', name: t.image.slice(2), index: null, loc: loc(t, t) } as Part;
          });
        },
      },
      { ALT: () => this.SUBRULE(this.arrayVar) },
      { ALT: () => this.SUBRULE(this.commandSubst) },
    ]),
  );

  private arrayVar = this.RULE('arrayVar', (): Part => {
    const open = this.CONSUME(VarArrayOpen);
    const index: Part[] = [];
    this.MANY(() => index.push(this.SUBRULE(this.part)));
    let close: IToken | undefined;
    this.OPTION(() => {
      close = this.CONSUME(IndexClose);
    });
    return this.ACTION(() => {
      if (!close) this.error('missing )', `missing ")" to close the array index that starts at ${open.startLine}:${open.startColumn}`, loc(open, open));
      return { type: 'var', name: open.image.slice(1, -1), index: mergeText(index), loc: loc(open, close ?? this.LA(0)) } as Part;
    });
  });

  private commandSubst = this.RULE('commandSubst', (): Part => {
    const open = this.CONSUME(CmdOpen);
    const outerStart = this.commandStart;
    let innerFrom = 0;
    let tooDeep = false;
    this.ACTION(() => {
      innerFrom = this.syntaxErrors.length;
      tooDeep = this.depth >= MAX_NESTING;
      if (tooDeep) this.skipNestedScript();
      else this.depth++;
    });
    let script: Script = { type: 'script', commands: [], comments: [], errors: [], loc: { start: ORIGIN, end: ORIGIN } };
    this.OPTION2({ GATE: () => !tooDeep, DEF: () => (script = this.SUBRULE(this.script)) });
    let close: IToken | undefined;
    this.OPTION(() => {
      close = this.CONSUME(CmdClose);
    });
    return this.ACTION(() => {
      if (!tooDeep) this.depth--;
      this.commandStart = outerStart;
      // Left open, it is Tcl's parse error (found before any compiling) that is reported.
      if (tooDeep && close) this.syntaxErrors.push(tooDeepError(startOf(open), outerStart));
      // An error inside [...] is an error of the enclosing command (updated in place: copying
      // them at every level would cost depth x errors for errors deep inside).
      for (let i = innerFrom; i < this.syntaxErrors.length; i++) this.syntaxErrors[i]!.commandStart = outerStart;
      script.errors = [];
      if (!close) this.error('missing close-bracket', `missing close-bracket: the "[" at ${open.startLine}:${open.startColumn} is never closed`, loc(open, open));
      if (tooDeep) script.loc = { start: endOf(open), end: close ? startOf(close) : endOf(this.LA(0)) };
      return { type: 'command', script, loc: loc(open, close ?? this.LA(0)) } as Part;
    });
  });

  /**
   * Past MAX_NESTING the substitution's script is not read (reading it would recurse once more per
   * level): its tokens are skipped up to the `]` that closes it, or to the end of the text.
   */
  private skipNestedScript(): void {
    let open = 0;
    for (;;) {
      const t = this.LA(1).tokenType;
      if (t === EOF) return;
      if (t === CmdOpen) open++;
      else if (t === CmdClose && open-- === 0) return;
      this.SKIP_TOKEN();
    }
  }

  /** Blanks, then another word of the same command. */
  private wordFollows(): boolean {
    return this.LA(1).tokenType === WS && !WORD_END.has(this.LA(2).tokenType) && this.LA(2).tokenType !== CommentTok;
  }

  /** BIG-IP reads `{a}{b}` and `"a"b` as two words (docs/bigip-reference.md §1.2, [LAB]). */
  private adjacentWord(): boolean {
    if (this.dialect !== 'irule') return false;
    const prev = this.LA(0).tokenType;
    return (prev === BracedWord || prev === QuoteClose) && !WORD_END.has(this.LA(1).tokenType);
  }

  /** BIG-IP: a line that begins with `{` continues the previous command (K&R braces). */
  private continuedLine(): boolean {
    const k = this.nextLineStart();
    if (k === undefined) return false;
    const t = this.LA(k).tokenType;
    return t === BracedWord || t === UnclosedBrace;
  }

  /** In the iRule dialect, at the end of a line: the lookahead index of the next line's first token. */
  private nextLineStart(): number | undefined {
    if (this.dialect !== 'irule') return undefined;
    let k = 1;
    if (this.LA(k).tokenType === WS) k++;
    if (this.LA(k).image !== '\n') return undefined;
    k++;
    return this.LA(k).tokenType === WS ? k + 1 : k;
  }

  /**
   * BIG-IP (measured, docs/bigip-parser.md N5): `if` looks past one newline for `else`/`elseif`,
   * so `}` then a line starting with `else {` is one `if` command. Only the very next line counts:
   * after a blank, blank-looking or comment line `else` is a command of its own.
   */
  private elseOnNextLine(words: Word[]): boolean {
    const k = this.nextLineStart();
    if (k === undefined || !ifAwaitsElse(words)) return false;
    const t = this.LA(k);
    if ((t.tokenType !== TopText && t.tokenType !== Text) || (t.image !== 'else' && t.image !== 'elseif')) return false;
    const after = this.LA(k + 1).tokenType;
    return after === WS || WORD_END.has(after);
  }

  private textPart(t: IToken): Part {
    return this.ACTION(() => ({ type: 'text', value: t.image, loc: loc(t, t) }) as Part);
  }

  /** After a closing quote or brace only a word separator may follow (BIG-IP also takes `}{`). */
  private checkWordEnd(close: IToken, what: 'close-quote' | 'close-brace'): void {
    const next = this.LA(1);
    if (WORD_END.has(next.tokenType)) return;
    if (this.dialect === 'irule') return;
    this.error(
      `extra characters after ${what}`,
      `extra characters after ${what}: expected a space, a newline or ";" at ${next.startLine}:${next.startColumn}`,
      loc(next, next),
    );
    // Recover by skipping the rest of the malformed word.
    while (!WORD_END.has(this.LA(1).tokenType)) this.SKIP_TOKEN();
  }
}

/** Whether an `if` command made of `words` so far has just ended a body where `else`/`elseif` may follow. */
function ifAwaitsElse(words: Word[]): boolean {
  if (literalValue(words[0]!) !== 'if') return false;
  for (let cond = 1; ; ) {
    let body = cond + 1;
    if (words[body] && literalValue(words[body]!) === 'then') body++;
    if (body >= words.length) return false;
    if (body === words.length - 1) return words[body]!.kind === 'braced';
    if (literalValue(words[body + 1]!) !== 'elseif') return false; // `else BODY` ends the command
    cond = body + 2;
  }
}

/** Adjacent literal parts become one (so `a\tb` is one text part). */
function mergeText(parts: Part[]): Part[] {
  if (parts.length < 2) return parts;
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.type === 'text' && prev && prev.type === 'text') {
      out[out.length - 1] = { type: 'text', value: prev.value + p.value, loc: { start: prev.loc.start, end: p.loc.end } };
    } else out.push(p);
  }
  return out;
}

let parser: TclParser | undefined;

export interface ParseOptions {
  dialect?: Dialect;
  /** Where the text starts in its file (for bodies of braced words). */
  start?: Pos;
  /** How many scripts deep the text is (a body: its word's depth + 1, see bodyDepth). */
  depth?: number;
}

/** The nesting depth of a script read from `word` (a body, an expression's substitutions). */
export function bodyDepth(word: { depth?: number } | undefined): number {
  return (word?.depth ?? 0) + 1;
}

/**
 * How many scripts deep code may nest: a command substitution or a script body (a word the model
 * says is code, read by whoever knows it) is one level deeper than the script holding it; braces
 * of data are not levels. Tcl 8.6 compiles a script nested this deep and no deeper: its compiler
 * stops at `numLevels / 5 > recursionlimit / 4` with `too many nested compilations (infinite loop?)`
 * (measured with tclsh 8.6.13: 1254 nested `if 1 {...}` at the top of a file run, 1255 do not).
 * Past it the parser records that error and does not read the deeper text, so no walk of the tree
 * (engine, printer, lint) ever recurses deeper (docs/tcl.md "Budgets").
 */
export const MAX_NESTING = 1254;

const ORIGIN: Pos = { line: 1, column: 1, offset: 0 };
const TOO_DEEP = 'too many nested compilations (infinite loop?)';

function tooDeepError(at: Pos, commandStart: Pos): SyntaxError {
  const detail = `${TOO_DEEP}: code nests more than ${MAX_NESTING} scripts deep here, Tcl's limit (docs/tcl.md "Budgets")`;
  return { message: TOO_DEEP, detail, loc: { start: at, end: at }, commandStart, errorCode: ['TCL', 'LIMIT', 'STACK'] };
}

/** Parses a script. Never throws: syntax errors are in `script.errors`, in source order. */
export function parseScript(text: string, options: ParseOptions = {}): Script {
  const dialect = options.dialect ?? 'tcl';
  const base = options.start;
  const depth = options.depth ?? 0;
  if (depth > MAX_NESTING) {
    // A body too deep to read: one error at its start, and its text is not looked at.
    const at = base ?? ORIGIN;
    return { type: 'script', commands: [], comments: [], errors: [tooDeepError(at, at)], loc: { start: at, end: at } };
  }
  const tokens = tokenize(text, dialect);
  if (base && (base.offset !== 0 || base.line !== 1 || base.column !== 1)) shift(tokens, base);
  const p = (parser ??= new TclParser());
  p.dialect = dialect;
  p.depth = depth;
  p.syntaxErrors = [];
  p.input = tokens;
  let script = p.script();
  if (!script) {
    // The grammar accepts every token sequence the lexer makes; this is a guard, not a path.
    const t = p.errors[0]?.token;
    const at = t && t.startOffset >= 0 ? startOf(t) : (base ?? ORIGIN);
    script = {
      type: 'script', commands: [], comments: [], loc: { start: at, end: at },
      errors: [{ message: 'syntax error', detail: `unexpected "${t?.image ?? ''}"`, loc: { start: at, end: at }, commandStart: at }],
    };
  }
  // Tokens the script rule could not take (a stray `]` cannot occur at top level; this is defensive).
  // A construct left open is found at the end of the text, innermost first (the order they were
  // recorded in): `"$a(b` is "missing )" and `"[list a` "missing close-bracket", as in Tcl.
  if (script.errors.length > 1) script.errors.sort((a, b) => errorOrder(a) - errorOrder(b));
  if (!base) return script;
  if (script.commands.length === 0 && script.comments.length === 0) script.loc = { start: base, end: advance(base, text) };
  return script;
}

function shift(tokens: IToken[], base: Pos): void {
  for (const t of tokens) {
    if (t.startLine === 1) t.startColumn! += base.column - 1;
    t.startLine! += base.line - 1;
    t.startOffset += base.offset;
    if (t.endLine !== undefined) {
      if (t.endLine === 1) t.endColumn! += base.column - 1;
      t.endLine += base.line - 1;
      t.endOffset! += base.offset;
    }
  }
}
