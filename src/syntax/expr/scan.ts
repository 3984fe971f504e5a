// Character-level scanners used by the expression lexer. They follow Tcl's own parsing routines
// (Tcl_ParseBraces, Tcl_ParseQuotedString, Tcl_ParseVarName, Tcl_ParseCommand for `[...]`, and
// TclParseNumber's "longest acceptable prefix") so that an operand ends exactly where tclsh ends it
// and an unbalanced one fails with tclsh's message. They only find extents: the contents of quoted
// strings, variables and scripts are then parsed by the script parser.

import { longBraceEnd, type Dialect } from '../lexer.js';

/** A failed scan, positioned like Tcl's parsePtr->term (start) and parsePtr->incomplete (scanned). */
export interface ScanError {
  message: string;
  /** Offset of the offending character. */
  start: number;
  /** How many characters of it the error message quotes (0 or 1). */
  scanned: number;
  /** The last word of Tcl's errorCode (TCL PARSE EXPR <code>), when Tcl sets one. */
  code?: string;
}

export type Scan = number | ScanError;

export function isScanError(r: Scan | null): r is ScanError {
  return typeof r === 'object' && r !== null;
}

const C_TAB = 9, C_NL = 10, C_VT = 11, C_FF = 12, C_CR = 13, C_SPACE = 32;

function isBlank(c: number): boolean {
  return c === C_SPACE || c === C_TAB || c === C_CR || c === C_VT || c === C_FF;
}

/** Whitespace between lexemes of an expression (TclParseAllWhiteSpace: newlines and backslash-newline too). */
export function skipExprSpace(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === C_NL) i++;
    else if (c === 92 /* \ */ && text.charCodeAt(i + 1) === C_NL) i += 2;
    else break;
  }
  return i;
}

/** Tcl's bareword characters: ASCII letters, digits and underscore (TclIsBareword). */
export function isBarewordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function unbalanced(message: string, start: number): ScanError {
  return { message, start, scanned: 1, code: 'UNBALANCED' };
}

/** `{...}` at text[i]: the offset after the matching close brace. */
export function scanBraces(text: string, i: number): Scan {
  const known = longBraceEnd(text, i);
  if (known !== undefined) return known;
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return j + 1;
  }
  return unbalanced('missing close-brace', i);
}

/** `"..."` at text[i]: the offset after the closing quote. */
export function scanQuoted(text: string, i: number, dialect: Dialect): Scan {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) j += 2;
    else if (c === 91) {
      const r = scanCommand(text, j, dialect);
      if (isScanError(r)) return r;
      j = r;
    } else if (c === 36) {
      const r = scanVariable(text, j, dialect);
      if (isScanError(r)) return r;
      j = r === j ? j + 1 : r;
    } else j++;
  }
  return unbalanced('missing "', i);
}

/** The end of the variable name after `$` (letters, digits, `_`, and `::` separators). */
function scanVarName(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isBarewordChar(c)) j++;
    else if (c === 58 && text.charCodeAt(j + 1) === 58) {
      j += 2;
      while (text.charCodeAt(j) === 58) j++;
    } else break;
  }
  return j;
}

/**
 * `$name`, `${name}` or `$name(index)` at text[i]. Returns `i` itself when the `$` starts no
 * variable (Tcl then takes it as a literal `$` inside words, and as an error in an expression).
 */
export function scanVariable(text: string, i: number, dialect: Dialect): Scan {
  const n = text.length;
  if (text.charCodeAt(i + 1) === 123) {
    const close = text.indexOf('}', i + 2);
    if (close < 0) return unbalanced('missing close-brace for variable name', i + 1);
    return close + 1;
  }
  const end = scanVarName(text, i + 1);
  if (end === i + 1) return i;
  if (text.charCodeAt(end) !== 40 /* ( */) return end;
  let k = end + 1;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 41) return k + 1;
    if (c === 92) k += 2;
    else if (c === 91) {
      const r = scanCommand(text, k, dialect);
      if (isScanError(r)) return r;
      k = r;
    } else if (c === 36) {
      const r = scanVariable(text, k, dialect);
      if (isScanError(r)) return r;
      k = r === k ? k + 1 : r;
    } else k++;
  }
  return unbalanced('missing )', end);
}

/** `[script]` at text[i]: the offset after the matching close bracket. */
export function scanCommand(text: string, i: number, dialect: Dialect): Scan {
  const r = scanNestedScript(text, i + 1, dialect);
  if (isScanError(r)) return r;
  if (r < 0) return unbalanced('missing close-bracket', i);
  return r + 1;
}

/** Commands up to the `]` that ends a command substitution: its offset, or -1 at the end of text. */
function scanNestedScript(text: string, i: number, dialect: Dialect): Scan {
  const n = text.length;
  for (;;) {
    // Between commands: blanks, newlines, semicolons.
    for (;;) {
      if (i >= n) return -1;
      const c = text.charCodeAt(i);
      if (isBlank(c) || c === C_NL || c === 59 /* ; */) i++;
      else if (c === 92 && text.charCodeAt(i + 1) === C_NL) i += 2;
      else break;
    }
    if (text.charCodeAt(i) === 93 /* ] */) return i;
    if (text.charCodeAt(i) === 35 /* # */) {
      while (i < n && text.charCodeAt(i) !== C_NL) i += text.charCodeAt(i) === 92 ? 2 : 1;
      continue;
    }
    for (;;) {
      const w = scanWord(text, i, dialect);
      if (isScanError(w)) return w;
      i = w;
      for (;;) {
        const c = text.charCodeAt(i);
        if (isBlank(c)) i++;
        else if (c === 92 && text.charCodeAt(i + 1) === C_NL) i += 2;
        else break;
      }
      if (i >= n) return -1;
      const c = text.charCodeAt(i);
      if (c === 93) return i;
      if (c === C_NL || c === 59) {
        i++;
        break;
      }
    }
  }
}

function atWordEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return isBlank(c) || c === C_NL || c === 59 || c === 93 || (c === 92 && text.charCodeAt(i + 1) === C_NL);
}

/** One word of a command inside `[...]`, starting at text[i]: the offset where it ends. */
function scanWord(text: string, i: number, dialect: Dialect): Scan {
  const n = text.length;
  // {*} argument expansion (Tcl 8.5+; iRules have none).
  if (dialect === 'tcl' && text.startsWith('{*}', i) && !atWordEnd(text, i + 3)) i += 3;
  const c0 = text.charCodeAt(i);
  if (c0 === 123 || c0 === 34) {
    const r = c0 === 123 ? scanBraces(text, i) : scanQuoted(text, i, dialect);
    if (isScanError(r)) return r;
    if (atWordEnd(text, r)) return r;
    // BIG-IP reads `}{` as the end of one word and the start of the next.
    if (dialect === 'irule' && c0 === 123 && text.charCodeAt(r) === 123) return r;
    return { message: `extra characters after close-${c0 === 123 ? 'brace' : 'quote'}`, start: r, scanned: 0 };
  }
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isBlank(c) || c === C_NL || c === 59 || c === 93) return j;
    if (c === 92) {
      if (text.charCodeAt(j + 1) === C_NL) return j;
      j += 2;
    } else if (c === 91) {
      const r = scanCommand(text, j, dialect);
      if (isScanError(r)) return r;
      j = r;
    } else if (c === 36) {
      const r = scanVariable(text, j, dialect);
      if (isScanError(r)) return r;
      j = r === j ? j + 1 : r;
    } else j++;
  }
  return Math.min(j, n);
}

// ---- numbers -------------------------------------------------------------------------------------

export interface NumberScan {
  end: number;
  double: boolean;
}

function scanExponent(text: string, j: number): number {
  const c = text.charCodeAt(j);
  if (c !== 101 && c !== 69) return -1;
  let k = j + 1;
  const s = text.charCodeAt(k);
  if (s === 43 || s === 45) k++;
  if (!isDigit(text.charCodeAt(k))) return -1;
  while (isDigit(text.charCodeAt(k))) k++;
  return k;
}

function matchWordCI(text: string, i: number, word: string): boolean {
  return text.substr(i, word.length).toLowerCase() === word;
}

/**
 * The longest prefix of text[i..] that is a Tcl number (TclParseNumber with an end pointer):
 * decimal, 0x/0o/0b, 8.6's leading-zero octal, decimal fractions with exponents, Inf, Infinity
 * and NaN. Null when not even "0" matches. No sign: in an expression a sign is an operator.
 */
export function scanNumber(text: string, i: number): NumberScan | null {
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    if (c === 48) {
      const x = text.charCodeAt(i + 1) | 0x20;
      const radixDigit = x === 120 /* x */ ? isHex : x === 98 /* b */ ? (d: number) => d === 48 || d === 49 : x === 111 /* o */ ? (d: number) => d >= 48 && d <= 55 : null;
      if (radixDigit) {
        let k = i + 2;
        while (radixDigit(text.charCodeAt(k))) k++;
        return { end: k > i + 2 ? k : i + 1, double: false };
      }
    }
    const leadingZero = c === 48;
    let j = i;
    let accept = -1;
    let badOctal = false;
    while (isDigit(text.charCodeAt(j))) {
      const d = text.charCodeAt(j);
      if (leadingZero && (d === 56 || d === 57)) badOctal = true;
      j++;
      if (!badOctal) accept = j;
    }
    let double = false;
    if (text.charCodeAt(j) === 46 /* . */) {
      j++;
      while (isDigit(text.charCodeAt(j))) j++;
      accept = j;
      double = true;
    }
    const e = scanExponent(text, j);
    if (e > 0) {
      accept = e;
      double = true;
    }
    return { end: accept, double };
  }
  if (c === 46) {
    if (!isDigit(text.charCodeAt(i + 1))) return null;
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    const e = scanExponent(text, j);
    return { end: e > 0 ? e : j, double: true };
  }
  if (c === 73 || c === 105) {
    if (matchWordCI(text, i, 'infinity')) return { end: i + 8, double: true };
    if (matchWordCI(text, i, 'inf')) return { end: i + 3, double: true };
    return null;
  }
  if ((c === 78 || c === 110) && matchWordCI(text, i, 'nan')) return { end: i + 3, double: true };
  return null;
}

// ---- word operators ------------------------------------------------------------------------------

/** The iRule operator words (docs/bigip-reference.md §1.3). */
export const IRULE_WORD_OPS = ['starts_with', 'ends_with', 'contains', 'equals', 'matches_glob', 'matches_regex', 'and', 'or', 'not'] as const;

/** Tcl's `eq ne in ni`: two letters followed by anything but a letter (so `in1` is `in` then `1`). */
export function tclWordOpAt(text: string, i: number): string | null {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (i + 2 < text.length && isAlpha(text.charCodeAt(i + 2))) return null;
  if (a === 101 && b === 113) return 'eq';
  if (a === 110 && b === 101) return 'ne';
  if (a === 105 && b === 110) return 'in';
  if (a === 110 && b === 105) return 'ni';
  return null;
}

/** An iRule operator word at text[i], as a whole bareword. */
export function iruleWordOpAt(text: string, i: number): string | null {
  for (const w of IRULE_WORD_OPS) {
    if (text.startsWith(w, i) && !isBarewordChar(text.charCodeAt(i + w.length))) return w;
  }
  return null;
}

/** Whether a binary operator written as a word starts at text[i] (`not` is unary, so it is not one). */
export function binaryWordAt(text: string, i: number, dialect: Dialect): boolean {
  if (tclWordOpAt(text, i) !== null) return true;
  if (dialect !== 'irule') return false;
  const w = iruleWordOpAt(text, i);
  return w !== null && w !== 'not';
}

/** The run of bareword characters at text[i] (Tcl rejects a leading underscore). */
export function scanBareword(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!isBarewordChar(c) || c === 95) return i;
  let j = i + 1;
  while (isBarewordChar(text.charCodeAt(j))) j++;
  return j;
}

/**
 * Tcl_GetBoolean's words (ParseBoolean): unique, case-insensitive prefixes of true, false, yes, no,
 * and on/off from two letters. Numbers are not handled here.
 */
export function booleanWord(s: string): boolean | null {
  if (s.length === 0 || s.length > 5) return null;
  const t = s.toLowerCase();
  if (!/^[aeflnorstuy]+$/.test(t)) return null;
  switch (t[0]) {
    case 'y': return 'yes'.startsWith(t) ? true : null;
    case 'n': return 'no'.startsWith(t) ? false : null;
    case 't': return 'true'.startsWith(t) ? true : null;
    case 'f': return 'false'.startsWith(t) ? false : null;
    case 'o':
      if (t.length < 2) return null;
      if ('on'.startsWith(t)) return true;
      if ('off'.startsWith(t)) return false;
      return null;
    default:
      return null;
  }
}
