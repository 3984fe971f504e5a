// Tcl's `format` (Tcl_AppendFormatToObj of Tcl 8.6 on a 64-bit host, where long is 64 bits).
//
// A format string is parsed once into literal pieces and conversion specs (cached: rules format
// with the same few strings over and over); running it checks arguments in the order Tcl does,
// so that of several problems the same error is reported.

import { TclError } from '../errors.js';
import { str, type Value } from '../value.js';
import { formatFloat, type FloatSpec } from './printf.js';
import { getAnyInt, getDoubleArg, getInt32 } from './intarg.js';
import type { LengthGuard } from './guard.js';

const enum PieceKind {
  LITERAL,
  SPEC,
  /** "cannot mix ..." is raised when execution reaches this point. */
  MIXED,
}

/** A width or precision given as `*`: taken from the arguments. */
const FROM_ARG = -2;

interface Spec {
  kind: PieceKind.SPEC;
  /** Whether an XPG `%n$` position is given (else the next sequential argument is used). */
  positional: boolean;
  /** The XPG position, 0-based (may be out of range: checked when running). */
  position: number;
  /** Whether `%n$` positions are in use at this point (chooses the "out of range" message). */
  xpg: boolean;
  minus: boolean;
  hash: boolean;
  zero: boolean;
  space: boolean;
  plus: boolean;
  /** A number, 0 when absent, or FROM_ARG. */
  width: number;
  gotPrecision: boolean;
  precision: number;
  short: boolean;
  big: boolean;
  /** The conversion character ('i' already mapped to 'd'; '' when the string ended). */
  conv: string;
}

type Piece = { kind: PieceKind.LITERAL; text: string } | Spec | { kind: PieceKind.MIXED };

const MIXED_MESSAGE = 'cannot mix "%" and "%n$" conversion specifiers';
const NOT_ENOUGH = 'not enough arguments for all format specifiers';
const OUT_OF_RANGE = '"%n$" argument index out of range';

const CACHE_MAX = 512;
const cache = new Map<string, Piece[]>();

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function compileFormat(fmt: string): Piece[] {
  const pieces: Piece[] = [];
  const n = fmt.length;
  let gotXpg = false;
  let gotSequential = false;
  let literal = '';
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      literal += fmt.slice(i);
      break;
    }
    literal += fmt.slice(i, pct);
    i = pct + 1;
    let ch = i < n ? fmt.charCodeAt(i) : 0;
    if (ch === 37) {
      literal += '%';
      i++;
      continue;
    }
    if (literal !== '') {
      pieces.push({ kind: PieceKind.LITERAL, text: literal });
      literal = '';
    }
    let position = -1;
    let newXpg = false;
    if (isDigit(ch)) {
      let j = i;
      while (j < n && isDigit(fmt.charCodeAt(j))) j++;
      if (j < n && fmt.charCodeAt(j) === 36 /* $ */) {
        newXpg = true;
        position = Math.min(Number(fmt.slice(i, j)), 2 ** 31) - 1;
        i = j + 1;
        ch = i < n ? fmt.charCodeAt(i) : 0;
      }
    }
    if (newXpg ? gotSequential : gotXpg) {
      pieces.push({ kind: PieceKind.MIXED });
      return pieces;
    }
    if (newXpg) gotXpg = true;
    else gotSequential = true;
    const spec: Spec = {
      kind: PieceKind.SPEC, positional: newXpg, position, xpg: gotXpg,
      minus: false, hash: false, zero: false, space: false, plus: false,
      width: 0, gotPrecision: false, precision: 0, short: false, big: false, conv: '',
    };
    for (;; i++, ch = i < n ? fmt.charCodeAt(i) : 0) {
      if (ch === 45) spec.minus = true;
      else if (ch === 35) spec.hash = true;
      else if (ch === 48) spec.zero = true;
      else if (ch === 32) spec.space = true;
      else if (ch === 43) spec.plus = true;
      else break;
    }
    if (isDigit(ch)) {
      const j = digitsEnd(fmt, i);
      spec.width = Math.min(Number(fmt.slice(i, j)), 2 ** 31);
      i = j;
    } else if (ch === 42 /* * */) {
      spec.width = FROM_ARG;
      i++;
    }
    ch = i < n ? fmt.charCodeAt(i) : 0;
    if (ch === 46 /* . */) {
      spec.gotPrecision = true;
      i++;
      ch = i < n ? fmt.charCodeAt(i) : 0;
    }
    // As in Tcl, digits here are read as a precision even without a '.' (after `*`), but then
    // they are ignored since gotPrecision stays false.
    if (isDigit(ch)) {
      const j = digitsEnd(fmt, i);
      spec.precision = Math.min(Number(fmt.slice(i, j)), 2 ** 31);
      i = j;
    } else if (ch === 42) {
      spec.precision = FROM_ARG;
      i++;
    }
    ch = i < n ? fmt.charCodeAt(i) : 0;
    if (ch === 104 /* h */) {
      spec.short = true;
      i++;
    } else if (ch === 108 /* l */) {
      i++;
      if (i < n && fmt.charCodeAt(i) === 108) {
        spec.big = true;
        i++;
      }
    }
    if (i >= n || fmt.charCodeAt(i) === 0) {
      spec.conv = '';
      i = n;
    } else {
      spec.conv = fmt[i]!;
      if (spec.conv === 'i') spec.conv = 'd';
      i++;
    }
    pieces.push(spec);
  }
  if (literal !== '') pieces.push({ kind: PieceKind.LITERAL, text: literal });
  return pieces;
}

function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

function formatError(message: string, code: string): TclError {
  return new TclError(message, ['TCL', 'FORMAT', code]);
}

function indexError(xpg: boolean): TclError {
  return xpg ? formatError(OUT_OF_RANGE, 'INDEXRANGE') : formatError(NOT_ENOUGH, 'FIELDVARMISMATCH');
}

/**
 * Formats `args` by `fmt` as Tcl's `format` does. `guard.checkLength` is called with the size of
 * anything large about to be built (padding, precision) so resource limits apply.
 */
export function tclFormat(fmt: string, args: readonly Value[], guard: LengthGuard): string {
  let pieces = cache.get(fmt);
  if (pieces === undefined) {
    pieces = compileFormat(fmt);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(fmt, pieces);
  }
  const objc = args.length;
  let out = '';
  let objIndex = 0;
  for (const piece of pieces) {
    if (piece.kind === PieceKind.LITERAL) {
      out += piece.text;
      continue;
    }
    if (piece.kind === PieceKind.MIXED) throw formatError(MIXED_MESSAGE, 'MIXEDSPECTYPES');
    const spec = piece;
    if (spec.positional) objIndex = spec.position;
    if (objIndex < 0 || objIndex >= objc) throw indexError(spec.xpg);
    let minus = spec.minus;
    let zero = spec.zero;
    let width = spec.width;
    if (width === FROM_ARG) {
      if (objIndex >= objc - 1) throw indexError(spec.xpg);
      width = getInt32(args[objIndex]!);
      if (width < 0) {
        width = -width;
        minus = true;
      }
      objIndex++;
    }
    guard.checkLength(width);
    let precision = spec.precision;
    if (precision === FROM_ARG) {
      if (objIndex >= objc - 1) throw indexError(spec.xpg);
      precision = getInt32(args[objIndex]!);
      if (precision < 0) precision = 0;
      objIndex++;
    }
    const arg = args[objIndex]!;
    let segment: string;
    let numChars = -1;
    switch (spec.conv) {
      case '':
        throw formatError('format string ended in middle of field specifier', 'INCOMPLETE');
      case 's':
        segment = str(arg);
        if (spec.gotPrecision && precision < segment.length) segment = segment.slice(0, precision);
        break;
      case 'c': {
        const code = getInt32(arg);
        segment = code >= 0 && code <= 0xffff ? String.fromCharCode(code) : '\ufffd';
        numChars = 1;
        break;
      }
      case 'u': case 'd': case 'o': case 'x': case 'X': case 'b': {
        if (spec.conv === 'u' && spec.big) throw formatError('unsigned bignum format is invalid', 'BADUNSIGNED');
        const r = formatInteger(arg, spec, precision, zero, width, guard);
        segment = r.text;
        zero = r.zero;
        break;
      }
      case 'e': case 'E': case 'f': case 'g': case 'G': {
        const d = getDoubleArg(arg);
        if (spec.gotPrecision) guard.checkLength(precision);
        const fs: FloatSpec = {
          conv: spec.conv, minus, plus: spec.plus, space: spec.space, zero, hash: spec.hash, width,
          precision: spec.gotPrecision ? precision : -1,
        };
        segment = formatFloat(d, fs);
        break;
      }
      default:
        throw formatError(`bad field specifier "${spec.conv}"`, 'BADTYPE');
    }
    if (width > 0) {
      if (numChars < 0) numChars = segment.length;
      if (numChars < width) {
        const pad = (zero ? '0' : ' ').repeat(width - numChars);
        segment = minus ? segment + pad : pad + segment;
      }
    }
    out += segment;
    guard.checkLength(out.length);
    if (!spec.positional) objIndex++;
  }
  return out;
}

/** %d %u %o %x %X %b: the segment (sign, prefix, zero padding, digits) and whether the later
 * width padding still uses zeros (a precision turns that off). */
function formatInteger(
  arg: Value, spec: Spec, precisionIn: number, zeroIn: boolean, width: number, guard: LengthGuard,
): { text: string; zero: boolean } {
  const conv = spec.conv;
  const any = getAnyInt(arg);
  if (typeof any === 'number' && !spec.short && (any >= 0 || conv === 'd') && !spec.hash && !spec.plus && !spec.space) {
    // The common case: a safe integer needs no 64-bit wrapping and no BigInt.
    return padInteger(any < 0 ? '-' : '', Math.abs(any).toString(BASES[conv]!), conv, spec, precisionIn, zeroIn, width, guard);
  }
  let value = BigInt(any);
  if (!spec.big) {
    value = BigInt.asIntN(64, value);
    if (spec.short) value = BigInt.asIntN(16, value);
  }
  const negative = value < 0n;
  let prefix = '';
  if ((negative || spec.plus || spec.space) && (spec.big || conv === 'd')) {
    prefix = negative ? '-' : spec.plus ? '+' : ' ';
  }
  let precision = precisionIn;
  if (spec.hash) {
    if (conv === 'o') {
      prefix += '0';
      precision--;
    } else if (conv === 'x') prefix += '0x';
    else if (conv === 'X') prefix += '0X';
    else if (conv === 'b') prefix += '0b';
  }
  let digits: string;
  if (conv === 'd') {
    digits = (negative ? -value : value).toString();
  } else {
    let magnitude: bigint;
    if (spec.big) magnitude = negative ? -value : value;
    else if (spec.short) magnitude = BigInt.asUintN(16, value);
    else magnitude = BigInt.asUintN(64, value);
    const base = conv === 'u' ? 10 : conv === 'o' ? 8 : conv === 'b' ? 2 : 16;
    if (magnitude === 0n) digits = conv === 'o' && spec.hash ? '' : '0';
    else digits = magnitude.toString(base);
  }
  return padInteger(prefix, digits, conv, spec, precision, zeroIn, width, guard);
}

const BASES: Record<string, number> = { d: 10, u: 10, o: 8, x: 16, X: 16, b: 2 };

/** Precision and '0'-flag padding between the sign/prefix and the digits. */
function padInteger(
  prefix: string, digitsIn: string, conv: string, spec: Spec, precision: number, zeroIn: boolean, width: number,
  guard: LengthGuard,
): { text: string; zero: boolean } {
  const digits = conv === 'X' ? digitsIn.toUpperCase() : digitsIn;
  let zero = zeroIn;
  let padding = '';
  if (spec.gotPrecision) {
    if (digits.length < precision) {
      guard.checkLength(precision);
      padding = '0'.repeat(precision - digits.length);
    }
    zero = false;
  }
  if (zero) {
    const length = prefix.length + padding.length + digits.length;
    if (length < width) padding += '0'.repeat(width - length);
  }
  return { text: prefix + padding + digits, zero };
}
