// The syntax tree of Tcl scripts and iRules. Every node carries exact source positions:
// 1-based line and column, 0-based offset, and the same for its end (exclusive).

export interface Pos {
  line: number;
  column: number;
  offset: number;
}

export interface Loc {
  start: Pos;
  end: Pos;
}

export interface TextPart {
  type: 'text';
  /** The characters after backslash substitution. */
  value: string;
  loc: Loc;
}

export interface VarPart {
  type: 'var';
  /** The variable name as written (`a`, `::x`, `static::y`); for `${a b}` everything inside the braces. */
  name: string;
  /** The array index of `$name(index)`, itself made of parts; null for scalars. */
  index: Part[] | null;
  loc: Loc;
}

export interface CommandPart {
  type: 'command';
  /** The script inside `[...]`. */
  script: Script;
  loc: Loc;
}

export type Part = TextPart | VarPart | CommandPart;

export type WordKind = 'bare' | 'braced' | 'quoted';

export interface Word {
  type: 'word';
  kind: WordKind;
  /** `{*}` argument expansion (Tcl 8.5+; not in iRules). */
  expand: boolean;
  /** Substitution parts; a braced word has exactly one text part holding its content. */
  parts: Part[];
  /** For braced words: the raw text between the braces (bodies are parsed from it, with exact positions). */
  raw?: string;
  /** Position of the content (after the opening brace or quote). */
  contentStart?: Pos;
  /** A `{` that is never closed: the word runs to the end of the text (a syntax error is recorded). */
  unclosed?: boolean;
  /** How many scripts deep the command holding this word is (absent: 0, the top level). A body read
   * from the word is one level deeper (parser.ts MAX_NESTING). */
  depth?: number;
  loc: Loc;
}

export interface Command {
  type: 'command';
  words: Word[];
  loc: Loc;
}

export interface Comment {
  type: 'comment';
  /** Text after the `#`. */
  text: string;
  loc: Loc;
}

export interface Script {
  type: 'script';
  commands: Command[];
  comments: Comment[];
  /** Syntax errors found while reading this script (not those of nested bodies parsed later). */
  errors: SyntaxError[];
  loc: Loc;
}

export interface SyntaxError {
  /** Tcl's own message (`missing close-brace`, `extra characters after close-quote`, ...). */
  message: string;
  /** A fuller explanation for humans: what was expected and where. */
  detail: string;
  loc: Loc;
  /** Position of the command in which the error occurred (evaluation stops there). */
  commandStart: Pos;
  /** Tcl's -errorcode when it is not `TCL PARSE` (the nesting limit is `TCL LIMIT STACK`). */
  errorCode?: string[];
}

/** The literal value of a word when it has no substitutions, else undefined. */
export function literalValue(word: Word): string | undefined {
  if (word.expand) return undefined;
  if (word.parts.length === 0) return '';
  if (word.parts.length === 1 && word.parts[0]!.type === 'text') return word.parts[0]!.value;
  for (const p of word.parts) if (p.type !== 'text') return undefined;
  return word.parts.map((p) => (p as TextPart).value).join('');
}
