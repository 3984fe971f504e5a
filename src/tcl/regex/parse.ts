// Parser for Tcl regular expressions (re_syntax(n)): AREs, plus the EREs, BREs and literal
// strings that the `(?e)`, `(?b)`, `(?q)` and `***=` prefixes select.
//
// The lexer and parser follow the structure of Henry Spencer's regc_lex.c / regcomp.c, which
// Tcl uses, so that what is accepted, what is rejected and with which message, and the flags
// that `regexp -about` reports, are Tcl's. Errors are thrown at the first problem, as Spencer's
// first recorded error is the one Tcl reports.

import { EMPTY_NODE, type Node } from './ast.js';
import {
  casesOf, classRanges, complement, foldCase, isClassName, isTclSpace, normalize, single, subtract, union, type Ranges,
} from './charset.js';

export interface RegexFlags {
  nocase?: boolean;
  expanded?: boolean;
  /** -line: both linestop and lineanchor. */
  line?: boolean;
  lineanchor?: boolean;
  linestop?: boolean;
}

/** Spencer's error codes, with the text Tcl shows after "couldn't compile regular expression pattern: ". */
export const REG_MESSAGES = {
  EPAREN: 'parentheses () not balanced',
  EBRACE: 'braces {} not balanced',
  EBRACK: 'brackets [] not balanced',
  ERANGE: 'invalid character range',
  ECTYPE: 'invalid character class',
  ECOLLATE: 'invalid collating element',
  EESCAPE: 'invalid escape \\ sequence',
  ESUBREG: 'invalid backreference number',
  BADBR: 'invalid repetition count(s)',
  BADRPT: 'quantifier operand invalid',
  BADOPT: 'invalid embedded option',
  BADPAT: 'invalid regexp (reg version 0.8)',
  ASSERT: '"can\'t happen" -- you found a bug',
} as const;

export type RegErrorCode = keyof typeof REG_MESSAGES;

export class RegexSyntaxError extends Error {
  constructor(readonly code: RegErrorCode) {
    super(REG_MESSAGES[code]);
  }
}

/** The "usage" notes of `regexp -about`, in the order Tcl prints them. */
export const ABOUT_FLAGS = [
  'REG_UBACKREF', 'REG_ULOOKAHEAD', 'REG_UBOUNDS', 'REG_UBRACES', 'REG_UBSALNUM', 'REG_UPBOTCH', 'REG_UBBS',
  'REG_UNONPOSIX', 'REG_UUNSPEC', 'REG_UUNPORT', 'REG_ULOCALE', 'REG_UEMPTYMATCH', 'REG_UIMPOSSIBLE', 'REG_USHORTEST',
] as const;
export type AboutFlag = (typeof ABOUT_FLAGS)[number];

export interface ParsedRegex {
  root: Node;
  /** Number of capturing groups (Tcl's re_nsub). */
  nsub: number;
  notes: Set<AboutFlag>;
  /** The whole RE prefers the shortest match (its first quantifier is non-greedy). */
  prefersShortest: boolean;
  /** Effective flags after embedded options. */
  icase: boolean;
  nlstop: boolean;
  nlanch: boolean;
}

const DUPMAX = 255;
const INF = Infinity;

const enum Con { ERE, BRE, Q, EBND, BBND, BRACK, CEL, ECL, CCL }

type Tok =
  | 'EOS' | 'EMPTY' | 'PLAIN' | 'DIGIT' | ',' | '}' | '{' | '|' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '.'
  | '^' | '$' | '<' | '>' | 'WBDRY' | 'NWBDRY' | 'SBEGIN' | 'SEND' | 'LACON' | 'BACKREF' | 'CLASSESC'
  | 'BRCLASS' | 'COLLEL' | 'ECLASS' | 'CCLASS' | 'RANGE' | 'END';

const LONGER = 1;
const SHORTER = 2;

// Names accepted in [[.name.]] (POSIX collating symbols for the ASCII characters).
const COLLATING_NAMES: Record<string, number> = (() => {
  const names: [string, number][] = [
    ['NUL', 0], ['SOH', 1], ['STX', 2], ['ETX', 3], ['EOT', 4], ['ENQ', 5], ['ACK', 6], ['BEL', 7], ['alert', 7],
    ['BS', 8], ['backspace', 8], ['HT', 9], ['tab', 9], ['LF', 10], ['newline', 10], ['VT', 11], ['vertical-tab', 11],
    ['FF', 12], ['form-feed', 12], ['CR', 13], ['carriage-return', 13], ['SO', 14], ['SI', 15], ['DLE', 16],
    ['DC1', 17], ['DC2', 18], ['DC3', 19], ['DC4', 20], ['NAK', 21], ['SYN', 22], ['ETB', 23], ['CAN', 24],
    ['EM', 25], ['SUB', 26], ['ESC', 27], ['IS4', 28], ['FS', 28], ['IS3', 29], ['GS', 29], ['IS2', 30], ['RS', 30],
    ['IS1', 31], ['US', 31], ['space', 32], ['exclamation-mark', 33], ['quotation-mark', 34], ['number-sign', 35],
    ['dollar-sign', 36], ['percent-sign', 37], ['ampersand', 38], ['apostrophe', 39], ['left-parenthesis', 40],
    ['right-parenthesis', 41], ['asterisk', 42], ['plus-sign', 43], ['comma', 44], ['hyphen', 45],
    ['hyphen-minus', 45], ['period', 46], ['full-stop', 46], ['slash', 47], ['solidus', 47], ['zero', 48],
    ['one', 49], ['two', 50], ['three', 51], ['four', 52], ['five', 53], ['six', 54], ['seven', 55], ['eight', 56],
    ['nine', 57], ['colon', 58], ['semicolon', 59], ['less-than-sign', 60], ['equals-sign', 61],
    ['greater-than-sign', 62], ['question-mark', 63], ['commercial-at', 64], ['left-square-bracket', 91],
    ['backslash', 92], ['reverse-solidus', 92], ['right-square-bracket', 93], ['circumflex', 94],
    ['circumflex-accent', 94], ['underscore', 95], ['low-line', 95], ['grave-accent', 96], ['left-brace', 123],
    ['left-curly-bracket', 123], ['vertical-line', 124], ['right-brace', 125], ['right-curly-bracket', 125],
    ['tilde', 126], ['DEL', 127],
  ];
  const out: Record<string, number> = Object.create(null);
  for (const [k, v] of names) out[k] = v;
  return out;
})();

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAlnum(c: number): boolean {
  return isAlpha(c) || isDigit(c);
}

class Parser {
  // flags (Spencer's cflags)
  ext = true; // REG_EXTENDED
  advf = true; // REG_ADVF (ARE extensions)
  quote = false;
  expanded: boolean;
  icase: boolean;
  nlstop: boolean;
  nlanch: boolean;

  now = 0;
  readonly stop: number;
  con: Con = Con.ERE;
  type: Tok = 'EMPTY';
  value = 0;
  /** String payload of CLASSESC / BRCLASS tokens (class names). */
  svalue = '';
  last: Tok = 'EMPTY';

  nsubexp = 0;
  /** closed[n]: group n is complete (a back-reference may name it). */
  readonly closed: boolean[] = [];
  readonly notes = new Set<AboutFlag>();

  constructor(readonly s: string, flags: RegexFlags) {
    this.stop = s.length;
    this.expanded = !!flags.expanded;
    this.icase = !!flags.nocase;
    this.nlstop = !!(flags.line || flags.linestop);
    this.nlanch = !!(flags.line || flags.lineanchor);
  }

  err(code: RegErrorCode): never {
    throw new RegexSyntaxError(code);
  }

  note(f: AboutFlag): void {
    this.notes.add(f);
  }

  code(i: number): number {
    return this.s.charCodeAt(i);
  }
  atEos(): boolean {
    return this.now >= this.stop;
  }
  next1(c: string): boolean {
    return this.now < this.stop && this.s[this.now] === c;
  }

  // ---- lexer -------------------------------------------------------------------------------------

  lexStart(): void {
    this.prefixes();
    if (this.quote) this.con = Con.Q;
    else if (this.ext) this.con = Con.ERE;
    else this.con = Con.BRE;
    this.type = 'EMPTY';
    this.next();
  }

  prefixes(): void {
    const s = this.s;
    if (this.stop - this.now >= 4 && s.startsWith('***', this.now)) {
      switch (s[this.now + 3]) {
        case '?':
          this.err('BADPAT');
        case '=':
          this.note('REG_UNONPOSIX');
          this.quote = true;
          this.ext = false;
          this.advf = false;
          this.expanded = false;
          this.nlstop = this.nlanch = false;
          this.now += 4;
          return;
        case ':':
          this.note('REG_UNONPOSIX');
          this.ext = this.advf = true;
          this.now += 4;
          break;
        default:
          this.err('BADRPT');
      }
    }
    if (!(this.ext && this.advf)) return;
    if (this.stop - this.now >= 3 && s[this.now] === '(' && s[this.now + 1] === '?' && isAlpha(this.code(this.now + 2))) {
      this.note('REG_UNONPOSIX');
      this.now += 2;
      for (; !this.atEos() && isAlpha(this.code(this.now)); this.now++) {
        switch (s[this.now]) {
          case 'b': this.ext = this.advf = false; this.quote = false; break;
          case 'c': this.icase = false; break;
          case 'e': this.ext = true; this.advf = false; this.quote = false; break;
          case 'i': this.icase = true; break;
          case 'm': case 'n': this.nlstop = this.nlanch = true; break;
          case 'p': this.nlstop = true; this.nlanch = false; break;
          case 'q': this.quote = true; this.ext = false; this.advf = false; break;
          case 's': this.nlstop = this.nlanch = false; break;
          case 't': this.expanded = false; break;
          case 'w': this.nlstop = false; this.nlanch = true; break;
          case 'x': this.expanded = true; break;
          default: this.err('BADOPT');
        }
      }
      if (!this.next1(')')) this.err('BADOPT');
      this.now++;
      if (this.quote) {
        this.expanded = false;
        this.nlstop = this.nlanch = false;
      }
    }
  }

  set(t: Tok, v = 0): true {
    this.type = t;
    this.value = v;
    return true;
  }

  /** Advances to the next token. */
  next(): void {
    this.last = this.type;
    if (this.expanded) {
      switch (this.con) {
        case Con.ERE: case Con.BRE: case Con.EBND: case Con.BBND:
          this.skip();
      }
    }
    if (this.atEos()) {
      switch (this.con) {
        case Con.ERE: case Con.BRE: case Con.Q:
          this.set('EOS');
          return;
        case Con.EBND: case Con.BBND:
          this.err('EBRACE');
        default:
          this.err('EBRACK');
      }
    }
    const c = this.s[this.now++]!;
    switch (this.con) {
      case Con.BRE:
        this.breNext(c);
        return;
      case Con.ERE:
        break;
      case Con.Q:
        this.set('PLAIN', c.charCodeAt(0));
        return;
      case Con.BBND:
      case Con.EBND:
        if (c >= '0' && c <= '9') {
          this.set('DIGIT', c.charCodeAt(0) - 48);
          return;
        }
        if (c === ',') {
          this.set(',');
          return;
        }
        if (c === '}' && this.con === Con.EBND) {
          this.con = Con.ERE;
          if (this.advf && this.next1('?')) {
            this.now++;
            this.note('REG_UNONPOSIX');
            this.set('}', 0);
            return;
          }
          this.set('}', 1);
          return;
        }
        if (c === '\\' && this.con === Con.BBND && this.next1('}')) {
          this.now++;
          this.con = Con.BRE;
          this.set('}', 1);
          return;
        }
        this.err('BADBR');
      case Con.BRACK:
        this.bracketNext(c);
        return;
      case Con.CEL:
      case Con.ECL:
      case Con.CCL: {
        const closer = this.con === Con.CEL ? '.' : this.con === Con.ECL ? '=' : ':';
        if (c === closer && this.next1(']')) {
          this.now++;
          this.con = Con.BRACK;
          this.set('END', c.charCodeAt(0));
        } else {
          this.set('PLAIN', c.charCodeAt(0));
        }
        return;
      }
    }
    this.ereNext(c);
  }

  bracketNext(c: string): void {
    switch (c) {
      case ']':
        if (this.last === '[') this.set('PLAIN', 0x5d);
        else {
          this.con = this.ext ? Con.ERE : Con.BRE;
          this.set(']');
        }
        return;
      case '\\':
        this.note('REG_UBBS');
        if (!this.advf) {
          this.set('PLAIN', 0x5c);
          return;
        }
        this.note('REG_UNONPOSIX');
        if (this.atEos()) this.err('EESCAPE');
        this.lexEscape();
        if (this.type === 'PLAIN') return;
        if (this.type === 'CLASSESC') {
          const name = this.svalue;
          if (this.value === 0) {
            // Like Spencer's lexnest of "[:digit:]": the previous token stays what it was, so a
            // following '-' is a range operator and ']' closes the bracket.
            this.type = 'BRCLASS';
            return;
          }
        }
        this.err('EESCAPE');
      case '-':
        if (this.last === '[' || this.next1(']')) this.set('PLAIN', 0x2d);
        else this.set('RANGE', 0x2d);
        return;
      case '[':
        if (this.atEos()) this.err('EBRACK');
        switch (this.s[this.now++]) {
          case '.':
            this.con = Con.CEL;
            this.set('COLLEL');
            return;
          case '=':
            this.con = Con.ECL;
            this.note('REG_ULOCALE');
            this.set('ECLASS');
            return;
          case ':':
            this.con = Con.CCL;
            this.note('REG_ULOCALE');
            this.set('CCLASS');
            return;
          default:
            this.now--;
            this.set('PLAIN', 0x5b);
            return;
        }
      default:
        this.set('PLAIN', c.charCodeAt(0));
    }
  }

  ereNext(c: string): void {
    const s = this.s;
    switch (c) {
      case '|':
        this.set('|');
        return;
      case '*': case '+': case '?':
        if (this.advf && this.next1('?')) {
          this.now++;
          this.note('REG_UNONPOSIX');
          this.set(c, 0);
          return;
        }
        this.set(c, 1);
        return;
      case '{':
        if (this.expanded) this.skip();
        if (this.atEos() || !isDigit(this.code(this.now))) {
          this.note('REG_UBRACES');
          this.note('REG_UUNSPEC');
          this.set('PLAIN', 0x7b);
        } else {
          this.note('REG_UBOUNDS');
          this.con = Con.EBND;
          this.set('{');
        }
        return;
      case '(':
        if (this.advf && this.next1('?')) {
          this.note('REG_UNONPOSIX');
          this.now++;
          const k = this.now < this.stop ? s[this.now] : '';
          this.now++;
          switch (k) {
            case ':':
              this.set('(', 0);
              return;
            case '#':
              while (!this.atEos() && s[this.now] !== ')') this.now++;
              if (!this.atEos()) this.now++;
              this.type = this.last;
              this.next();
              return;
            case '=':
              this.note('REG_ULOOKAHEAD');
              this.set('LACON', 1);
              return;
            case '!':
              this.note('REG_ULOOKAHEAD');
              this.set('LACON', 0);
              return;
            default:
              this.err('BADRPT');
          }
        }
        this.set('(', 1);
        return;
      case ')':
        if (this.last === '(') this.note('REG_UUNSPEC');
        this.set(')');
        return;
      case '[':
        if (this.stop - this.now >= 6 && s[this.now] === '[' && s[this.now + 1] === ':' &&
            (s[this.now + 2] === '<' || s[this.now + 2] === '>') && s[this.now + 3] === ':' &&
            s[this.now + 4] === ']' && s[this.now + 5] === ']') {
          const which = s[this.now + 2]!;
          this.now += 6;
          this.note('REG_UNONPOSIX');
          this.set(which === '<' ? '<' : '>');
          return;
        }
        this.con = Con.BRACK;
        if (this.next1('^')) {
          this.now++;
          this.set('[', 0);
          return;
        }
        this.set('[', 1);
        return;
      case '.':
        this.set('.');
        return;
      case '^':
        this.set('^');
        return;
      case '$':
        this.set('$');
        return;
      case '\\':
        if (this.atEos()) this.err('EESCAPE');
        break;
      default:
        this.set('PLAIN', c.charCodeAt(0));
        return;
    }
    // Backslash in an ERE/ARE.
    if (!this.advf) {
      const d = this.code(this.now);
      if (isAlnum(d)) {
        this.note('REG_UBSALNUM');
        this.note('REG_UUNSPEC');
      }
      this.now++;
      this.set('PLAIN', d);
      return;
    }
    this.lexEscape();
  }

  breNext(c: string): void {
    const s = this.s;
    switch (c) {
      case '*':
        if (this.last === 'EMPTY' || this.last === '(' || this.last === '^') this.set('PLAIN', 0x2a);
        else this.set('*', 1);
        return;
      case '[':
        if (this.stop - this.now >= 6 && s[this.now] === '[' && s[this.now + 1] === ':' &&
            (s[this.now + 2] === '<' || s[this.now + 2] === '>') && s[this.now + 3] === ':' &&
            s[this.now + 4] === ']' && s[this.now + 5] === ']') {
          const which = s[this.now + 2]!;
          this.now += 6;
          this.note('REG_UNONPOSIX');
          this.set(which === '<' ? '<' : '>');
          return;
        }
        this.con = Con.BRACK;
        if (this.next1('^')) {
          this.now++;
          this.set('[', 0);
          return;
        }
        this.set('[', 1);
        return;
      case '.':
        this.set('.');
        return;
      case '^':
        if (this.last === 'EMPTY') {
          this.set('^');
          return;
        }
        if (this.last === '(') {
          this.note('REG_UUNSPEC');
          this.set('^');
          return;
        }
        this.set('PLAIN', 0x5e);
        return;
      case '$':
        if (this.expanded) this.skip();
        if (this.atEos()) {
          this.set('$');
          return;
        }
        if (s[this.now] === '\\' && s[this.now + 1] === ')') {
          this.note('REG_UUNSPEC');
          this.set('$');
          return;
        }
        this.set('PLAIN', 0x24);
        return;
      case '\\':
        break;
      default:
        this.set('PLAIN', c.charCodeAt(0));
        return;
    }
    if (this.atEos()) this.err('EESCAPE');
    const d = s[this.now++]!;
    switch (d) {
      case '{':
        this.con = Con.BBND;
        this.note('REG_UBOUNDS');
        this.set('{');
        return;
      case '(':
        this.set('(', 1);
        return;
      case ')':
        this.set(')');
        return;
      case '<':
        this.note('REG_UNONPOSIX');
        this.set('<');
        return;
      case '>':
        this.note('REG_UNONPOSIX');
        this.set('>');
        return;
      default:
        if (d >= '1' && d <= '9') {
          this.note('REG_UBACKREF');
          this.set('BACKREF', d.charCodeAt(0) - 48);
          return;
        }
        if (isAlnum(d.charCodeAt(0))) {
          this.note('REG_UBSALNUM');
          this.note('REG_UUNSPEC');
        }
        this.set('PLAIN', d.charCodeAt(0));
    }
  }

  /** An ARE backslash escape; the backslash is already consumed. */
  lexEscape(): void {
    const c = this.s[this.now++]!;
    const cc = c.charCodeAt(0);
    if (!isAlnum(cc)) {
      this.set('PLAIN', cc);
      return;
    }
    this.note('REG_UNONPOSIX');
    switch (c) {
      // \a and \e are looked up by name in the locale's collating elements (chrnamed).
      case 'a': this.note('REG_ULOCALE'); this.set('PLAIN', 7); return;
      case 'A': this.set('SBEGIN'); return;
      case 'b': this.set('PLAIN', 8); return;
      case 'B': this.set('PLAIN', 0x5c); return;
      case 'c':
        this.note('REG_UUNPORT');
        if (this.atEos()) this.err('EESCAPE');
        this.set('PLAIN', this.code(this.now++) & 0o37);
        return;
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        this.note('REG_ULOCALE');
        this.type = 'CLASSESC';
        this.value = c === c.toUpperCase() ? 1 : 0; // 1: negated
        this.svalue = c.toLowerCase() === 'd' ? 'digit' : c.toLowerCase() === 's' ? 'space' : 'word';
        return;
      case 'e':
        this.note('REG_UUNPORT');
        this.note('REG_ULOCALE');
        this.set('PLAIN', 0x1b);
        return;
      case 'f': this.set('PLAIN', 0x0c); return;
      case 'm': this.set('<'); return;
      case 'M': this.set('>'); return;
      case 'n': this.set('PLAIN', 0x0a); return;
      case 'r': this.set('PLAIN', 0x0d); return;
      case 't': this.set('PLAIN', 0x09); return;
      case 'u': this.set('PLAIN', this.lexDigits(16, 1, 4)); return;
      case 'U': this.set('PLAIN', this.lexDigits(16, 1, 8)); return;
      case 'v': this.set('PLAIN', 0x0b); return;
      case 'x':
        this.note('REG_UUNPORT');
        this.set('PLAIN', this.lexDigits(16, 1, 2));
        return;
      case 'y':
        this.note('REG_ULOCALE');
        this.set('WBDRY');
        return;
      case 'Y':
        this.note('REG_ULOCALE');
        this.set('NWBDRY');
        return;
      case 'Z': this.set('SEND'); return;
      case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
        const save = this.now;
        this.now--;
        const n = this.lexDigits(10, 1, 255);
        // Spencer's heuristic: one digit is always a back-reference; more digits only when
        // that many groups have been opened, else the digits are an octal escape.
        if (this.now === save || n <= this.nsubexp) {
          this.note('REG_UBACKREF');
          this.set('BACKREF', n);
          return;
        }
        this.now = save;
        this.octal();
        return;
      }
      case '0':
        this.octal();
        return;
      default:
        this.err('EESCAPE');
    }
  }

  /** Octal escape; the first digit was consumed. */
  octal(): void {
    this.note('REG_UUNPORT');
    this.now--;
    this.set('PLAIN', this.lexDigits(8, 1, 3));
  }

  lexDigits(base: number, minLen: number, maxLen: number): number {
    let n = 0;
    let len = 0;
    for (; len < maxLen && !this.atEos(); len++) {
      const d = parseInt(this.s[this.now]!, 16);
      if (Number.isNaN(d) || d >= base) break;
      this.now++;
      n = n * base + d;
    }
    if (len < minLen) this.err('EESCAPE');
    // Code points beyond the BMP are stored as surrogate pairs by emission; beyond Unicode, Tcl
    // substitutes the replacement character.
    return n > 0x10ffff ? 0xfffd : n;
  }

  /** Skips white space and #-comments in expanded syntax. */
  skip(): void {
    const start = this.now;
    for (;;) {
      while (!this.atEos() && isTclSpace(this.code(this.now))) this.now++;
      if (this.atEos() || this.s[this.now] !== '#') break;
      while (!this.atEos() && this.s[this.now] !== '\n') this.now++;
    }
    if (this.now !== start) this.note('REG_UNONPOSIX');
  }

  see(t: Tok): boolean {
    return this.type === t;
  }
  eat(t: Tok): boolean {
    if (this.type !== t) return false;
    this.next();
    return true;
  }

  // ---- parser ------------------------------------------------------------------------------------

  /** Alternatives up to `stopper` (EOS or ')'); returns the node and its match preference. */
  parse(stopper: Tok, lacon: boolean): [Node, number] {
    const branches: Node[] = [];
    let prefer = 0;
    do {
      const [b, p] = this.parseBranch(stopper, lacon);
      branches.push(b);
      if (branches.length === 1) prefer = p;
    } while (this.eat('|'));
    if (!this.see(stopper)) this.err('EPAREN');
    if (branches.length === 1) return [branches[0]!, prefer];
    return [{ t: 'alt', branches }, LONGER];
  }

  parseBranch(stopper: Tok, lacon: boolean): [Node, number] {
    const items: Node[] = [];
    let prefer = 0;
    let seen = false;
    while (!this.see('|') && !this.see(stopper) && !this.see('EOS')) {
      seen = true;
      const [n, p] = this.parseQAtom(stopper, lacon);
      if (prefer === 0) prefer = p;
      if (n.t !== 'empty') items.push(n);
    }
    if (!seen) this.note('REG_UUNSPEC');
    if (items.length === 0) return [EMPTY_NODE, prefer];
    if (items.length === 1) return [items[0]!, prefer];
    return [{ t: 'seq', items }, prefer];
  }

  parseQAtom(_stopper: Tok, lacon: boolean): [Node, number] {
    let atom: Node;
    let atomPrefer = 0;
    let capNo = 0;
    switch (this.type) {
      case '^': this.next(); return [{ t: 'bol', lineAnchor: this.nlanch }, 0];
      case '$': this.next(); return [{ t: 'eol', lineAnchor: this.nlanch }, 0];
      case 'SBEGIN': this.next(); return [{ t: 'bos' }, 0];
      case 'SEND': this.next(); return [{ t: 'eos' }, 0];
      case '<': case '>': case 'WBDRY': case 'NWBDRY': {
        // Spencer expands the word characters as "[[:alnum:]_]", a locale-dependent class.
        const kind = this.type === '<' ? 'start' : this.type === '>' ? 'end' : this.type === 'WBDRY' ? 'boundary' : 'notBoundary';
        this.note('REG_ULOCALE');
        this.next();
        return [{ t: 'word', kind }, 0];
      }
      case 'LACON': {
        const positive = this.value === 1;
        this.next();
        const [body] = this.parse(')', true);
        this.next();
        return [{ t: 'look', positive, body }, 0];
      }
      case '*': case '+': case '?': case '{':
        this.err('BADRPT');
      case ')':
        // A stray ')' is a literal only in plain EREs.
        if (this.advf || !this.ext) this.err('EPAREN');
        this.note('REG_UPBOTCH');
        atom = { t: 'set', r: this.charSet(0x29) };
        this.next();
        break;
      case 'PLAIN':
        atom = { t: 'set', r: this.charSet(this.value) };
        this.next();
        break;
      case 'CLASSESC': {
        let r = classRanges(this.svalue);
        if (this.icase) r = foldCase(r);
        if (this.value === 1) r = this.negate(r);
        atom = { t: 'set', r };
        this.next();
        break;
      }
      case '[':
        atom = { t: 'set', r: this.bracket(this.value === 0) };
        this.next();
        break;
      case '.':
        atom = { t: 'set', r: this.nlstop ? complement(single(10)) : [0, 0xffff] };
        this.next();
        break;
      case '(': {
        const cap = lacon ? 0 : this.value;
        if (cap) capNo = ++this.nsubexp;
        this.next();
        const [body, p] = this.parse(')', lacon);
        this.next();
        if (cap) this.closed[capNo] = true;
        atom = { t: 'group', cap: capNo, body };
        atomPrefer = p;
        break;
      }
      case 'BACKREF': {
        const n = this.value;
        if (lacon || !this.closed[n]) this.err('ESUBREG');
        atom = { t: 'backref', n };
        this.next();
        break;
      }
      default:
        this.err('ASSERT');
    }

    let min = 1;
    let max = 1;
    let greedy: boolean | null = null;
    let quantified = true;
    switch (this.type as Tok) {
      case '*': min = 0; max = INF; greedy = this.value === 1; this.next(); break;
      case '+': min = 1; max = INF; greedy = this.value === 1; this.next(); break;
      case '?': min = 0; max = 1; greedy = this.value === 1; this.next(); break;
      case '{': {
        this.next();
        min = this.scanNum();
        if (this.eat(',')) {
          max = this.see('DIGIT') ? this.scanNum() : INF;
          if (min > max) this.err('BADBR');
          greedy = this.value === 1;
        } else {
          max = min;
        }
        // {m} (and {m}?) passes the operand's preference through.
        if (!this.see('}')) this.err('BADBR');
        this.next();
        break;
      }
      default:
        quantified = false;
    }
    if (min === 0 && max === 0) {
      // {0} cancels the atom; its groups stay counted but can never be set or referenced.
      if (capNo) this.closed[capNo] = false;
      return [{ t: 'rep', body: atom, min: 0, max: 0, greedy: null }, 0];
    }
    if (!quantified) return [atom, atomPrefer];
    const prefer = greedy === null ? atomPrefer : greedy ? LONGER : SHORTER;
    return [{ t: 'rep', body: atom, min, max, greedy }, prefer];
  }

  scanNum(): number {
    let n = 0;
    while (this.see('DIGIT') && n < DUPMAX) {
      n = n * 10 + this.value;
      this.next();
    }
    if (this.see('DIGIT') || n > DUPMAX) this.err('BADBR');
    return n;
  }

  /** A literal character, with its other cases under -nocase. */
  charSet(c: number): Ranges {
    return this.icase ? casesOf(c) : single(c);
  }

  /** Complement for [^...], \D, \S, \W: newline-sensitive matching keeps them off newlines. */
  negate(r: Ranges): Ranges {
    const comp = complement(r);
    return this.nlstop ? subtract(comp, single(10)) : comp;
  }

  /** Parses a bracket expression after '[' or '[^'; leaves ']' as the current token. */
  bracket(negated: boolean): Ranges {
    this.next();
    const parts: number[] = [];
    while (!this.see(']') && !this.see('EOS')) this.brackPart(parts);
    if (!this.see(']')) this.err('EBRACK');
    let r = normalize(parts);
    if (this.icase) r = foldCase(r);
    return negated ? this.negate(r) : r;
  }

  brackPart(out: number[]): void {
    let startc: number;
    switch (this.type) {
      case 'RANGE':
        this.err('ERANGE');
      case 'PLAIN':
        startc = this.value;
        this.next();
        if (!this.see('RANGE')) {
          out.push(startc, startc);
          return;
        }
        break;
      case 'COLLEL':
        startc = this.element(this.scanPlain('ECOLLATE'));
        break;
      case 'ECLASS': {
        const c = this.element(this.scanPlain('ECOLLATE'));
        out.push(c, c);
        return;
      }
      case 'CCLASS': {
        const name = this.scanPlain('ECTYPE');
        if (!isClassName(name)) this.err('ECTYPE');
        const effective = this.icase && (name === 'upper' || name === 'lower') ? 'alpha' : name;
        for (const x of classRanges(effective)) out.push(x);
        return;
      }
      case 'BRCLASS':
        for (const x of classRanges(this.svalue)) out.push(x);
        this.next();
        return;
      default:
        this.err('ASSERT');
    }
    let endc = startc;
    if (this.see('RANGE')) {
      this.next();
      switch (this.type as Tok) {
        case 'PLAIN': case 'RANGE':
          endc = this.value;
          this.next();
          break;
        case 'COLLEL':
          endc = this.element(this.scanPlain('ECOLLATE'));
          break;
        default:
          this.err('ERANGE');
      }
    }
    if (startc !== endc) this.note('REG_UUNPORT');
    if (startc > endc) this.err('ERANGE');
    out.push(startc, endc);
  }

  /** The text of [.x.], [=x=] or [:x:] (the lexer is in the matching context). */
  scanPlain(emptyError: RegErrorCode): string {
    const start = this.now;
    this.next();
    let end = start;
    while (this.see('PLAIN')) {
      end = this.now;
      this.next();
    }
    if (!this.see('END')) this.err('EBRACK');
    this.next();
    if (end <= start) this.err(emptyError);
    return this.s.slice(start, end);
  }

  element(name: string): number {
    if (name.length === 1) return name.charCodeAt(0);
    this.note('REG_ULOCALE');
    const c = COLLATING_NAMES[name];
    if (c === undefined) this.err('ECOLLATE');
    return c;
  }
}

/** Parses a pattern; throws RegexSyntaxError with Spencer's error for bad patterns. */
export function parseTclRegex(pattern: string, flags: RegexFlags): ParsedRegex {
  const p = new Parser(pattern, flags);
  p.lexStart();
  const [root, prefer] = p.parse('EOS', false);
  if (prefer === SHORTER) p.note('REG_USHORTEST');
  if (canMatchEmpty(root)) p.note('REG_UEMPTYMATCH');
  return {
    root,
    nsub: p.nsubexp,
    notes: p.notes,
    prefersShortest: prefer === SHORTER,
    icase: p.icase,
    nlstop: p.nlstop,
    nlanch: p.nlanch,
  };
}

/** Whether the RE can match the empty string through constraints only (lookahead excluded, as Tcl's analyze() does). */
function canMatchEmpty(n: Node): boolean {
  switch (n.t) {
    case 'empty': case 'bol': case 'eol': case 'bos': case 'eos': case 'word': return true;
    case 'set': return false;
    case 'look': return false;
    case 'seq': return n.items.every(canMatchEmpty);
    case 'alt': return n.branches.some(canMatchEmpty);
    case 'group': return canMatchEmpty(n.body);
    case 'rep': return n.min === 0 || canMatchEmpty(n.body);
    case 'backref': return true;
  }
}

export { union };
