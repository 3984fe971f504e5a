// The one scanner of Tcl's word syntax (Tcl(n) rules 1-12) at the character level: where a braced
// word, a quoted word, a variable reference, a command substitution or a list element ends. It follows
// Tcl's own routines (Tcl_ParseBraces, Tcl_ParseQuotedString, Tcl_ParseVarName, Tcl_ParseCommand for
// `[...]`, TclFindElement for lists) so that a word ends exactly where tclsh ends it and an unbalanced
// one fails with tclsh's message. Its users: the script lexer (braced words), the expression lexer
// (operands), the printer, `subst` and the list reader of the Tcl engine (src/tcl/value.ts). It only
// finds extents and raises no engine errors: each caller turns a ScanError or ListProblem into its own.

import { substBackslashes } from './backslash.js';
import type { Dialect } from './lexer.js';

const C_TAB = 9, C_NL = 10, C_VT = 11, C_FF = 12, C_CR = 13, C_SPACE = 32;

function isBlank(c: number): boolean {
  return c === C_SPACE || c === C_TAB || c === C_CR || c === C_VT || c === C_FF;
}

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

/** Tcl's bareword characters: ASCII letters, digits and underscore (TclIsBareword). */
export function isBarewordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function unbalanced(message: string, start: number): ScanError {
  return { message, start, scanned: 1, code: 'UNBALANCED' };
}

/** `{...}` at text[i]: the offset after the matching close brace. */
export function scanBraces(text: string, i: number): Scan {
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
export function scanVarName(text: string, j: number): number {
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
  // `$(index)` is an element of the array named "" (Tcl_ParseVarName); a `$` before anything else is literal.
  if (text.charCodeAt(end) !== 40 /* ( */) return end === i + 1 ? i : end;
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

// ---- list elements ------------------------------------------------------------------------------

/** Why a string is not a list: the element that starts at `start` is malformed. */
export interface ListProblem {
  /** The kind of the malformed element: an unclosed or junk-followed braced or quoted element. */
  kind: 'brace' | 'quote';
  /** The text right after the close brace or quote (up to 20 characters); null when it never closes. */
  junk: string | null;
  start: number;
}

function isListSpace(c: number): boolean {
  return c === C_SPACE || (c >= C_TAB && c <= C_CR);
}

function junkAfter(s: string, i: number): string {
  let j = i;
  while (j < s.length && !isListSpace(s.charCodeAt(j)) && j - i < 20) j++;
  return s.slice(i, j);
}

/** The elements of `s` read as a Tcl list (TclFindElement rules), or where it stops being one. */
export function splitList(s: string): string[] | ListProblem {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isListSpace(s.charCodeAt(i))) i++;
    if (i >= n) return out;
    const start = i;
    const c = s.charCodeAt(i);
    if (c === 123 /* { */) {
      let depth = 1;
      let j = i + 1;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (d === 92 /* \ */) j++;
        else if (d === 123) depth++;
        else if (d === 125 /* } */ && --depth === 0) break;
      }
      if (depth !== 0) return { kind: 'brace', junk: null, start };
      out.push(s.slice(i + 1, j));
      i = j + 1;
      if (i < n && !isListSpace(s.charCodeAt(i))) return { kind: 'brace', junk: junkAfter(s, i), start };
    } else if (c === 34 /* " */) {
      let j = i + 1;
      let hasBackslash = false;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 34) break;
        if (d === 92) {
          hasBackslash = true;
          j += 2;
        } else j++;
      }
      if (j >= n) return { kind: 'quote', junk: null, start };
      const raw = s.slice(i + 1, j);
      out.push(hasBackslash ? substBackslashes(raw) : raw);
      i = j + 1;
      if (i < n && !isListSpace(s.charCodeAt(i))) return { kind: 'quote', junk: junkAfter(s, i), start };
    } else {
      let j = i;
      let hasBackslash = false;
      while (j < n && !isListSpace(s.charCodeAt(j))) {
        if (s.charCodeAt(j) === 92) {
          hasBackslash = true;
          j += 2;
        } else j++;
      }
      if (j > n) j = n;
      const raw = s.slice(i, j);
      out.push(hasBackslash ? substBackslashes(raw) : raw);
      i = j;
    }
  }
}
