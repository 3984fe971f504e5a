// String orderings of lsort/lsearch: -ascii (code order), -nocase, -dictionary.
// Only the sign of a result is meaningful.

import { lowerCode, upperCode } from '../strings/unicode.js';

/** -ascii: Tcl compares the UTF-8 bytes (surrogates as 3-byte units), i.e. UTF-16 code unit order. */
export function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -nocase (TclUtfCasecmp): characters compared after Tcl_UniCharToLower. */
export function compareNocase(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      const d = lowerCode(ca) - lowerCode(cb);
      if (d !== 0) return d;
    }
  }
  return a.length - b.length;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return lowerCode(c) !== c;
}

function isLower(c: number): boolean {
  return upperCode(c) !== c;
}

/**
 * -dictionary (Tcl's DictionaryCompare): case-insensitive, with embedded decimal numbers compared
 * by value; case and leading zeros only break ties.
 */
export function compareDictionary(left: string, right: string): number {
  let i = 0;
  let j = 0;
  let secondaryDiff = 0;
  const ln = left.length;
  const rn = right.length;
  for (;;) {
    const cl = i < ln ? left.charCodeAt(i) : 0;
    const cr = j < rn ? right.charCodeAt(j) : 0;
    if (isDigit(cl) && isDigit(cr)) {
      // Skip leading zeros (keeping the last digit); more zeros sorts later, as a secondary rule.
      let zeros = 0;
      while (right.charCodeAt(j) === 48 && isDigit(right.charCodeAt(j + 1))) {
        j++;
        zeros--;
      }
      while (left.charCodeAt(i) === 48 && isDigit(left.charCodeAt(i + 1))) {
        i++;
        zeros++;
      }
      if (secondaryDiff === 0) secondaryDiff = zeros;
      // Longer numbers are larger; equal lengths compare by their first differing digit.
      let diff = 0;
      for (;;) {
        if (diff === 0) diff = left.charCodeAt(i) - right.charCodeAt(j);
        i++;
        j++;
        const dr = isDigit(right.charCodeAt(j));
        const dl = isDigit(left.charCodeAt(i));
        if (!dr) {
          if (dl) return 1;
          if (diff !== 0) return diff;
          break;
        } else if (!dl) {
          return -1;
        }
      }
      continue;
    }
    if (i >= ln || j >= rn) {
      // The shorter string sorts first; equal strings fall back to the tie-breakers.
      const diff = (i < ln ? 1 : 0) - (j < rn ? 1 : 0);
      return diff !== 0 ? diff : secondaryDiff;
    }
    i++;
    j++;
    const diff = lowerCode(cl) - lowerCode(cr);
    if (diff !== 0) return diff;
    if (secondaryDiff === 0) {
      if (isUpper(cl) && isLower(cr)) secondaryDiff = -1;
      else if (isUpper(cr) && isLower(cl)) secondaryDiff = 1;
    }
  }
}
