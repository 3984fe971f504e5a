// Tcl's `scan` (Tcl_ScanObjCmd of Tcl 8.6 on a 64-bit host).
//
// The format is validated first, as a whole (ValidateFormat: variable counts, XPG `%n$` use,
// bracket syntax), then run against the input. Numbers are read with TclParseNumber's state
// machine so a field stops exactly where Tcl's does; %n counts bytes of UTF-8 as Tcl does.

import { TclError } from '../errors.js';
import { TclDouble, type Value } from '../value.js';
import { normInt } from '../numbers.js';
import {
  parseNumberPrefix, INTEGER_ONLY, NO_WHITESPACE, DECIMAL_ONLY, SCAN_PREFIXES, OCTAL_ONLY,
  HEXADECIMAL_ONLY, BINARY_ONLY,
} from './numparse.js';
import { isSpaceCode } from './unicode.js';
import type { LengthGuard } from './guard.js';

const SUPPRESS = 1;
const WIDTH = 2;
const LONGER = 4;
const BIG = 8;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function scanError(message: string, code: string): TclError {
  return new TclError(message, ['TCL', 'FORMAT', code]);
}

/** Reads a run of decimal digits as C's strtoul would (saturating far beyond any real use). */
function readNumber(s: string, i: number): { value: number; end: number } {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return { value: Math.min(Number(s.slice(i, j)), 2 ** 32), end: j };
}

/**
 * ValidateFormat: checks the format and returns how many values it produces (the number of
 * variables, or of list elements when no variables are given).
 */
function validateFormat(format: string, numVars: number, guard: LengthGuard): number {
  let gotXpg = false;
  let gotSequential = false;
  let objIndex = 0;
  let xpgSize = 0;
  const nassign: number[] = [];
  const n = format.length;
  let i = 0;
  const badIndex = (): TclError =>
    gotXpg
      ? scanError('"%n$" argument index out of range', 'INDEXRANGE')
      : scanError('different numbers of variable names and field specifiers', 'FIELDVARMISMATCH');
  while (i < n) {
    let ch = format.charCodeAt(i++);
    let flags = 0;
    if (ch !== 37) continue;
    ch = i < n ? format.charCodeAt(i++) : 0;
    if (ch === 37) continue;
    xpgCheck: {
      if (ch === 42 /* * */) {
        flags |= SUPPRESS;
        ch = i < n ? format.charCodeAt(i++) : 0;
        break xpgCheck;
      }
      if (isDigit(ch)) {
        const num = readNumber(format, i - 1);
        if (num.end < n && format.charCodeAt(num.end) === 36 /* $ */) {
          i = num.end + 1;
          ch = i < n ? format.charCodeAt(i++) : 0;
          gotXpg = true;
          if (gotSequential) throw scanError('cannot mix "%" and "%n$" conversion specifiers', 'MIXEDSPECTYPES');
          objIndex = num.value - 1;
          if (objIndex < 0 || (numVars && objIndex >= numVars)) throw badIndex();
          if (numVars === 0) {
            xpgSize = Math.max(xpgSize, num.value);
            guard.checkLength(xpgSize);
          }
          break xpgCheck;
        }
      }
      gotSequential = true;
      if (gotXpg) throw scanError('cannot mix "%" and "%n$" conversion specifiers', 'MIXEDSPECTYPES');
    }
    if (isDigit(ch)) {
      const num = readNumber(format, i - 1);
      i = num.end;
      flags |= WIDTH;
      ch = i < n ? format.charCodeAt(i++) : 0;
    }
    if (ch === 108 /* l */) {
      if (i < n && format.charCodeAt(i) === 108) {
        flags |= BIG;
        i++;
      } else flags |= LONGER;
      ch = i < n ? format.charCodeAt(i++) : 0;
    } else if (ch === 76 /* L */) {
      flags |= LONGER;
      ch = i < n ? format.charCodeAt(i++) : 0;
    } else if (ch === 104 /* h */) {
      ch = i < n ? format.charCodeAt(i++) : 0;
    }
    if (!(flags & SUPPRESS) && numVars && objIndex >= numVars) throw badIndex();
    const conv = String.fromCharCode(ch);
    switch (conv) {
      case 'c':
      case 'n':
      case 's':
        if (conv === 'c' && flags & WIDTH) throw scanError('field width may not be specified in %c conversion', 'BADWIDTH');
        if (flags & (LONGER | BIG)) {
          throw scanError(`field size modifier may not be specified in %${conv} conversion`, 'BADSIZE');
        }
        break;
      case 'd': case 'e': case 'E': case 'f': case 'g': case 'G': case 'i': case 'o': case 'x': case 'X':
      case 'b': case 'u':
        break;
      case '[': {
        if (flags & (LONGER | BIG)) {
          throw scanError('field size modifier may not be specified in %[ conversion', 'BADSIZE');
        }
        const unmatched = (): TclError => scanError('unmatched [ in format string', 'BRACKET');
        if (i >= n) throw unmatched();
        ch = format.charCodeAt(i++);
        if (ch === 94 /* ^ */) {
          if (i >= n) throw unmatched();
          ch = format.charCodeAt(i++);
        }
        if (ch === 93 /* ] */) {
          if (i >= n) throw unmatched();
          ch = format.charCodeAt(i++);
        }
        while (ch !== 93) {
          if (i >= n) throw unmatched();
          ch = format.charCodeAt(i++);
        }
        break;
      }
      default:
        throw scanError(`bad scan conversion character "${conv}"`, 'BADTYPE');
    }
    if (!(flags & SUPPRESS)) {
      nassign[objIndex] = (nassign[objIndex] ?? 0) + 1;
      objIndex++;
    }
  }
  const total = numVars === 0 ? (xpgSize ? xpgSize : objIndex) : numVars;
  for (let k = 0; k < total; k++) {
    const count = nassign[k] ?? 0;
    if (count > 1) {
      throw scanError('variable is assigned by multiple "%n$" conversion specifiers', 'POLYASSIGNED');
    }
    if (!xpgSize && count === 0) {
      throw scanError('variable is not assigned by any conversion specifiers', 'UNASSIGNED');
    }
  }
  return total;
}

interface CharSet {
  exclude: boolean;
  chars: number[];
  ranges: number[];
}

/** BuildCharSet: the set of `%[...]` starting after the `[`; returns it and where the format goes
 * on. Validation guarantees the closing bracket exists. */
function buildCharSet(format: string, i: number): { set: CharSet; next: number } {
  const set: CharSet = { exclude: false, chars: [], ranges: [] };
  const at = (k: number): number => (k < format.length ? format.charCodeAt(k) : 0);
  let ch = at(i);
  if (ch === 94 /* ^ */) {
    set.exclude = true;
    i++;
  }
  ch = at(i++);
  let start = ch;
  if (ch === 93 || ch === 45) {
    set.chars.push(ch);
    ch = at(i++);
  }
  while (ch !== 93 && ch !== 0) {
    if (at(i) === 45) {
      // Maybe the first character of a range: not added yet.
      start = ch;
    } else if (ch === 45) {
      if (at(i) === 93) {
        // A dash just before the `]` is literal, and so is the character before it.
        set.chars.push(start, ch);
      } else {
        ch = at(i++);
        set.ranges.push(Math.min(start, ch), Math.max(start, ch));
      }
    } else {
      set.chars.push(ch);
    }
    ch = at(i++);
  }
  return { set, next: i };
}

function inCharSet(set: CharSet, c: number): boolean {
  let match = set.chars.indexOf(c) >= 0;
  if (!match) {
    for (let k = 0; k < set.ranges.length; k += 2) {
      if (set.ranges[k]! <= c && c <= set.ranges[k + 1]!) {
        match = true;
        break;
      }
    }
  }
  return set.exclude ? !match : match;
}

/** UTF-8 length of s[0, end) as Tcl counts it (NUL takes two bytes). */
function byteOffset(s: string, end: number): number {
  let bytes = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    bytes += c === 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
}

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);
const TWO_64 = 1n << 64n;

/** TclGetLongFromObj on a 64-bit host: magnitudes below 2^64 wrap, larger ones saturate. */
function toLong(v: bigint): bigint {
  const mag = v < 0n ? -v : v;
  if (mag < TWO_64) return BigInt.asIntN(64, v);
  return v < 0n ? LONG_MIN : LONG_MAX;
}

export interface ScanResult {
  /** Values per variable (or list element), undefined where nothing was scanned. */
  values: (Value | undefined)[];
  /** -1 when the input ran out before the first conversion. */
  underflowFirst: boolean;
}

/**
 * Runs `scan input format` for `numVars` variables (0: inline list form) and returns the
 * values. The caller sets variables or builds the list.
 */
export function tclScan(input: string, format: string, numVars: number, guard: LengthGuard): ScanResult {
  const totalVars = validateFormat(format, numVars, guard);
  const objs: (Value | undefined)[] = new Array(totalVars).fill(undefined);
  const n = format.length;
  const len = input.length;
  let fi = 0;
  let si = 0;
  let objIndex = 0;
  let nconversions = 0;
  let underflow = false;

  done: while (fi < n) {
    let ch = format.charCodeAt(fi++);
    let flags = 0;
    if (isSpaceCode(ch)) {
      while (si < len && isSpaceCode(input.charCodeAt(si))) si++;
      continue;
    }
    let literal = ch !== 37;
    if (!literal) {
      ch = fi < n ? format.charCodeAt(fi++) : 0;
      if (ch === 37) literal = true;
    }
    if (literal) {
      if (si >= len) {
        underflow = true;
        break;
      }
      if (input.charCodeAt(si++) !== ch) break;
      continue;
    }
    if (ch === 42) {
      flags |= SUPPRESS;
      ch = fi < n ? format.charCodeAt(fi++) : 0;
    } else if (isDigit(ch)) {
      const num = readNumber(format, fi - 1);
      if (num.end < n && format.charCodeAt(num.end) === 36) {
        fi = num.end + 1;
        ch = fi < n ? format.charCodeAt(fi++) : 0;
        objIndex = num.value - 1;
      }
    }
    let width = 0;
    if (isDigit(ch)) {
      const num = readNumber(format, fi - 1);
      width = num.value;
      fi = num.end;
      ch = fi < n ? format.charCodeAt(fi++) : 0;
    }
    if (ch === 108) {
      if (fi < n && format.charCodeAt(fi) === 108) {
        flags |= BIG;
        fi++;
      } else flags |= LONGER;
      ch = fi < n ? format.charCodeAt(fi++) : 0;
    } else if (ch === 76) {
      flags |= LONGER;
      ch = fi < n ? format.charCodeAt(fi++) : 0;
    } else if (ch === 104) {
      ch = fi < n ? format.charCodeAt(fi++) : 0;
    }

    let op: 'i' | 'f' | 's' | 'c' | '[' = 's';
    let parseFlags = NO_WHITESPACE;
    let unsigned = false;
    let noSkip = false;
    switch (String.fromCharCode(ch)) {
      case 'n':
        if (!(flags & SUPPRESS)) objs[objIndex++] = byteOffset(input, si);
        nconversions++;
        continue;
      case 'd': op = 'i'; parseFlags |= DECIMAL_ONLY; break;
      case 'i': op = 'i'; parseFlags |= SCAN_PREFIXES; break;
      case 'o': op = 'i'; parseFlags |= OCTAL_ONLY | SCAN_PREFIXES; break;
      case 'x': case 'X': op = 'i'; parseFlags |= HEXADECIMAL_ONLY; break;
      case 'b': op = 'i'; parseFlags |= BINARY_ONLY; break;
      case 'u': op = 'i'; parseFlags |= DECIMAL_ONLY; unsigned = true; break;
      case 'f': case 'e': case 'E': case 'g': case 'G': op = 'f'; break;
      case 's': op = 's'; break;
      case 'c': op = 'c'; noSkip = true; break;
      case '[': op = '['; noSkip = true; break;
    }

    if (si >= len) {
      underflow = true;
      break;
    }
    if (!noSkip) {
      while (si < len && isSpaceCode(input.charCodeAt(si))) si++;
      if (si >= len) {
        underflow = true;
        break;
      }
    }

    switch (op) {
      case 's': {
        let end = si;
        let w = width === 0 ? Infinity : width;
        while (end < len) {
          if (isSpaceCode(input.charCodeAt(end))) break;
          end++;
          if (--w === 0) break;
        }
        if (!(flags & SUPPRESS)) objs[objIndex++] = input.slice(si, end);
        si = end;
        break;
      }
      case '[': {
        const built = buildCharSet(format, fi);
        fi = built.next;
        let end = si;
        let w = width === 0 ? Infinity : width;
        while (end < len) {
          if (!inCharSet(built.set, input.charCodeAt(end))) break;
          end++;
          if (--w === 0) break;
        }
        if (end === si) break done;
        if (!(flags & SUPPRESS)) objs[objIndex++] = input.slice(si, end);
        si = end;
        break;
      }
      case 'c': {
        // A surrogate pair is one character to %c (tclsh 8.6 joins it), a lone surrogate its own code.
        const code = input.codePointAt(si)!;
        si += code > 0xffff ? 2 : 1;
        if (!(flags & SUPPRESS)) objs[objIndex++] = code;
        break;
      }
      case 'i': {
        const limit = width === 0 ? len : Math.min(len, si + width);
        const r = parseNumberPrefix(input, si, limit, INTEGER_ONLY | parseFlags);
        if (!r.ok) {
          if (width === 0 ? r.end >= len : r.end === si + width) underflow = true;
          break done;
        }
        si = r.end;
        if (flags & SUPPRESS) break;
        let v = BigInt(r.value as number | bigint);
        let out: Value;
        if (flags & BIG) {
          if (unsigned && v < 0n) throw scanError('unsigned bignum scans are invalid', 'BADUNSIGNED');
          out = normInt(v);
        } else {
          v = toLong(v);
          out = unsigned && v < 0n ? normInt(BigInt.asUintN(64, v)) : normInt(v);
        }
        objs[objIndex++] = out;
        break;
      }
      case 'f': {
        const limit = width === 0 ? len : Math.min(len, si + width);
        const r = parseNumberPrefix(input, si, limit, DECIMAL_ONLY | NO_WHITESPACE);
        if (!r.ok) {
          if (width === 0 ? r.end >= len : r.end === si + width) underflow = true;
          break done;
        }
        if (flags & SUPPRESS) {
          si = r.end;
          break;
        }
        if (r.value === null) break done; // NaN is not a double Tcl hands out
        const x = r.value;
        objs[objIndex++] = new TclDouble(typeof x === 'object' ? x.d : Number(x));
        si = r.end;
        break;
      }
    }
    nconversions++;
  }
  return { values: objs, underflowFirst: underflow && nconversions === 0 };
}
