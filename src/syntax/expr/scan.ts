// Character-level scanners of the expression lexer beyond Tcl's words (those are in ../scan.ts): the
// whitespace between lexemes, numbers as TclParseNumber reads them ("longest acceptable prefix"),
// operator words and boolean words.

import { isBarewordChar } from '../scan.js';
import type { Dialect } from '../lexer.js';

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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
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
const IRULE_WORD_OPS = ['starts_with', 'ends_with', 'contains', 'equals', 'matches_glob', 'matches_regex', 'and', 'or', 'not'] as const;

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
