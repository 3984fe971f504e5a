// TclParseNumber: the longest prefix of a string that reads as a Tcl number, with Tcl 8.6's
// state machine (leading-zero octal, 0x/0b/0o prefixes, Inf/NaN, backing up to the last
// accepting state). `string is ... -failindex` and `scan` need the exact stopping point, which a
// regular expression over the whole string cannot give.

import { normInt, type TclNumber } from '../numbers.js';
import { TclDouble } from '../value.js';
import { checkDigits } from '../expr/arith.js';

export const INTEGER_ONLY = 1;
/** scan's %i/%o: no 0b/0o prefixes. */
export const SCAN_PREFIXES = 2;
export const OCTAL_ONLY = 4;
export const HEXADECIMAL_ONLY = 8;
export const DECIMAL_ONLY = 16;
export const NO_WHITESPACE = 32;
export const BINARY_ONLY = 64;

const enum S {
  INITIAL, SIGNUM, ZERO, ZERO_X, ZERO_O, ZERO_B, BINARY, HEXADECIMAL, OCTAL, BAD_OCTAL, DECIMAL,
  LEADING_RADIX_POINT, FRACTION, EXPONENT_START, EXPONENT_SIGNUM, EXPONENT,
  sI, sIN, sINF, sINFI, sINFIN, sINFINI, sINFINIT, sINFINITY,
  sN, sNA, sNAN, sNANPAREN, sNANHEX, sNANFINISH,
}

export interface NumberPrefix {
  /** False when no prefix at all is a number. */
  ok: boolean;
  /** Where the scan stopped: after the number (and trailing whitespace unless NO_WHITESPACE), or
   * where it failed. */
  end: number;
  /** The number; null for NaN. */
  value: TclNumber | null;
  /** The scan ended inside a leading-zero number with an 8 or 9 (for the "looks like invalid
   * octal number" hint of error messages). */
  badOctal: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** TclIsSpaceProc: the ASCII white space Tcl's number parser skips. */
export function isTclSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Scans s[start, limit) for a number, as TclParseNumber with an end pointer does.
 */
export function parseNumberPrefix(s: string, start: number, limit: number, flags: number): NumberPrefix {
  let state: S = S.INITIAL;
  let acceptState: S = S.INITIAL;
  let acceptPoint = start;
  let p = start;
  let explicitOctal = false;
  /** Where the sign (or the first digit) is: the text of the number starts here. */
  let numStart = -1;
  /** Where the digits of a radix-prefixed integer start. */
  let digitsStart = -1;
  let nanDigits = 0;

  for (;; p++) {
    const c = p < limit ? s.charCodeAt(p) : 0;
    // Tcl's state machine jumps between cases with goto; these are the shared tails.
    let goto: 'none' | 'zerox' | 'zeroo' | 'badoctal' | 'zerob' | 'end' = 'none';
    switch (state) {
      case S.INITIAL:
        if (isTclSpace(c)) {
          if (flags & NO_WHITESPACE) goto = 'end';
          break;
        }
        numStart = p;
        state = S.SIGNUM;
        // A sign is consumed here; anything else is looked at again as the first character
        // after the (absent) sign.
        if (c !== 43 /* + */ && c !== 45 /* - */) p--;
        break;
      case S.SIGNUM:
        if (c === 48 /* 0 */) {
          state = flags & DECIMAL_ONLY ? S.DECIMAL : S.ZERO;
          break;
        }
        if (flags & HEXADECIMAL_ONLY) { digitsStart = p; goto = 'zerox'; break; }
        if (flags & BINARY_ONLY) { digitsStart = p; goto = 'zerob'; break; }
        if (flags & OCTAL_ONLY) { digitsStart = p; goto = 'zeroo'; break; }
        if (isDigit(c)) { state = S.DECIMAL; break; }
        if (flags & INTEGER_ONLY) { goto = 'end'; break; }
        if (c === 46 /* . */) { state = S.LEADING_RADIX_POINT; break; }
        if (c === 73 || c === 105) { state = S.sI; break; }
        if (c === 78 || c === 110) { state = S.sN; break; }
        goto = 'end';
        break;
      case S.ZERO:
        acceptState = state;
        acceptPoint = p;
        if (c === 120 || c === 88 /* x X */) {
          if (flags & (OCTAL_ONLY | BINARY_ONLY)) { goto = 'end'; break; }
          state = S.ZERO_X;
          digitsStart = p + 1;
          break;
        }
        if (flags & HEXADECIMAL_ONLY) { digitsStart = p - 1; goto = 'zerox'; break; }
        if (flags & SCAN_PREFIXES) { digitsStart = p - 1; goto = 'zeroo'; break; }
        if (c === 98 || c === 66 /* b B */) {
          if (flags & OCTAL_ONLY) { goto = 'end'; break; }
          state = S.ZERO_B;
          digitsStart = p + 1;
          break;
        }
        if (flags & BINARY_ONLY) { digitsStart = p - 1; goto = 'zerob'; break; }
        if (c === 111 || c === 79 /* o O */) {
          explicitOctal = true;
          state = S.ZERO_O;
          digitsStart = p + 1;
          break;
        }
        digitsStart = p - 1;
        goto = 'zeroo';
        break;
      case S.OCTAL:
        acceptState = state;
        acceptPoint = p;
        goto = 'zeroo';
        break;
      case S.ZERO_O:
        goto = 'zeroo';
        break;
      case S.BAD_OCTAL:
        goto = 'badoctal';
        break;
      case S.HEXADECIMAL:
        acceptState = state;
        acceptPoint = p;
        goto = 'zerox';
        break;
      case S.ZERO_X:
        goto = 'zerox';
        break;
      case S.BINARY:
        acceptState = state;
        acceptPoint = p;
        goto = 'zerob';
        break;
      case S.ZERO_B:
        goto = 'zerob';
        break;
      case S.DECIMAL:
        acceptState = state;
        acceptPoint = p;
        if (isDigit(c)) break;
        if (flags & INTEGER_ONLY) { goto = 'end'; break; }
        if (c === 46) { state = S.FRACTION; break; }
        if (c === 69 || c === 101) { state = S.EXPONENT_START; break; }
        goto = 'end';
        break;
      case S.FRACTION:
        acceptState = state;
        acceptPoint = p;
        if (c === 69 || c === 101) { state = S.EXPONENT_START; break; }
        if (isDigit(c)) { state = S.FRACTION; break; }
        goto = 'end';
        break;
      case S.LEADING_RADIX_POINT:
        if (isDigit(c)) { state = S.FRACTION; break; }
        goto = 'end';
        break;
      case S.EXPONENT_START:
        if (c === 43 || c === 45) { state = S.EXPONENT_SIGNUM; break; }
        if (isDigit(c)) { state = S.EXPONENT; break; }
        goto = 'end';
        break;
      case S.EXPONENT_SIGNUM:
        if (isDigit(c)) { state = S.EXPONENT; break; }
        goto = 'end';
        break;
      case S.EXPONENT:
        acceptState = state;
        acceptPoint = p;
        if (isDigit(c)) break;
        goto = 'end';
        break;
      case S.sI:
        if (c === 110 || c === 78) state = S.sIN;
        else goto = 'end';
        break;
      case S.sIN:
        if (c === 102 || c === 70) state = S.sINF;
        else goto = 'end';
        break;
      case S.sINF:
        acceptState = state;
        acceptPoint = p;
        if (c === 105 || c === 73) state = S.sINFI;
        else goto = 'end';
        break;
      case S.sINFI:
        if (c === 110 || c === 78) state = S.sINFIN;
        else goto = 'end';
        break;
      case S.sINFIN:
        if (c === 105 || c === 73) state = S.sINFINI;
        else goto = 'end';
        break;
      case S.sINFINI:
        if (c === 116 || c === 84) state = S.sINFINIT;
        else goto = 'end';
        break;
      case S.sINFINIT:
        if (c === 121 || c === 89) state = S.sINFINITY;
        else goto = 'end';
        break;
      case S.sN:
        if (c === 97 || c === 65) state = S.sNA;
        else goto = 'end';
        break;
      case S.sNA:
        if (c === 110 || c === 78) state = S.sNAN;
        else goto = 'end';
        break;
      case S.sNAN:
        acceptState = state;
        acceptPoint = p;
        if (c === 40 /* ( */) state = S.sNANPAREN;
        else goto = 'end';
        break;
      case S.sNANHEX:
      case S.sNANPAREN:
        if (state === S.sNANHEX && c === 41 /* ) */) { state = S.sNANFINISH; break; }
        if (isTclSpace(c)) break;
        if (nanDigits < 13 && isHexDigit(c)) {
          nanDigits++;
          state = S.sNANHEX;
          break;
        }
        goto = 'end';
        break;
      case S.sNANFINISH:
      case S.sINFINITY:
        acceptState = state;
        acceptPoint = p;
        goto = 'end';
        break;
    }
    if (goto === 'zeroo') {
      if (c >= 48 && c <= 55) {
        state = S.OCTAL;
        continue;
      }
      goto = 'badoctal';
    }
    if (goto === 'badoctal') {
      // A leading-zero number with 8, 9, '.' or 'e' is no octal, but may still be a double.
      if (explicitOctal || flags & INTEGER_ONLY) goto = 'end';
      else if (isDigit(c)) { state = S.BAD_OCTAL; continue; }
      else if (c === 46) { state = S.FRACTION; continue; }
      else if (c === 69 || c === 101) { state = S.EXPONENT_START; continue; }
      else goto = 'end';
    } else if (goto === 'zerox') {
      if (isHexDigit(c)) { state = S.HEXADECIMAL; continue; }
      goto = 'end';
    } else if (goto === 'zerob') {
      if (c === 48 || c === 49) { state = S.BINARY; continue; }
      goto = 'end';
    }
    if (goto === 'end') break;
  }

  const badOctal = state === S.BAD_OCTAL;
  if (acceptState === S.INITIAL) return { ok: false, end: p, value: null, badOctal };
  let end = acceptPoint;
  if (!(flags & NO_WHITESPACE)) {
    while (end < limit && isTclSpace(s.charCodeAt(end))) end++;
  }
  return { ok: true, end, value: valueOf(s, acceptState, numStart, digitsStart, acceptPoint), badOctal };
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function valueOf(s: string, state: S, numStart: number, digitsStart: number, end: number): TclNumber | null {
  const negative = s.charCodeAt(numStart) === 45;
  const signed = (b: bigint): TclNumber => normInt(negative ? -b : b);
  switch (state) {
    case S.ZERO:
      return 0;
    case S.DECIMAL: {
      const text = s.slice(numStart, end);
      if (text.length < 16) return Number(text) || 0; // `-0` is integer 0
      checkDigits(text.length, 3.33);
      return signed(BigInt(s.slice(negative || s.charCodeAt(numStart) === 43 ? numStart + 1 : numStart, end)));
    }
    case S.OCTAL:
      checkDigits(end - digitsStart, 3);
      return signed(BigInt('0o' + s.slice(digitsStart, end)));
    case S.HEXADECIMAL:
      checkDigits(end - digitsStart, 4);
      return signed(BigInt('0x' + s.slice(digitsStart, end)));
    case S.BINARY:
      checkDigits(end - digitsStart, 1);
      return signed(BigInt('0b' + s.slice(digitsStart, end)));
    case S.FRACTION:
    case S.EXPONENT: {
      let text = s.slice(numStart, end);
      // A leading-zero mantissa like 08.5 is decimal here; Number() accepts it as such.
      if (text.endsWith('.')) text += '0';
      return new TclDouble(Number(text));
    }
    case S.sINF:
    case S.sINFINITY:
      return new TclDouble(negative ? -Infinity : Infinity);
    default:
      // NaN (sNAN, sNANFINISH)
      return null;
  }
}
