// `string is class ?-strict? ?-failindex var? str` (Tcl 8.6's StringIsCmd): the verdict and,
// when it is false, the index Tcl reports through -failindex.

import { TclDouble, TclList, str, type Value } from '../value.js';
import { parseNumberPrefix, INTEGER_ONLY } from './numparse.js';
import { ALPHA, CONNECTOR, CONTROL, DIGIT, GRAPH, LOWER, PRINT, PUNCT, UPPER, charClasses, isSpaceCode } from './unicode.js';
import { splitList } from '../../syntax/scan.js';

/** The classes in Tcl's table order (which is also the order of the error message). */
export const IS_CLASSES = [
  'alnum', 'alpha', 'ascii', 'control', 'boolean', 'digit', 'double', 'entier', 'false', 'graph',
  'integer', 'list', 'lower', 'print', 'punct', 'space', 'true', 'upper', 'wideinteger', 'wordchar',
  'xdigit',
] as const;

export type IsClass = (typeof IS_CLASSES)[number];

export interface IsResult {
  result: boolean;
  failat: number;
}

const UINT_MAX = 4294967295n;
/** Decimals that are certainly within a C int. */
const SMALL_DECIMAL = /^[+-]?(?:0|[1-9][0-9]{0,8})$/;
const TWO_64 = 1n << 64n;

const charTests: Partial<Record<IsClass, (c: number) => boolean>> = {
  alnum: (c) => (charClasses(c) & (ALPHA | DIGIT)) !== 0,
  alpha: (c) => (charClasses(c) & ALPHA) !== 0,
  ascii: (c) => c < 0x80,
  control: (c) => (charClasses(c) & CONTROL) !== 0,
  digit: (c) => (charClasses(c) & DIGIT) !== 0,
  graph: (c) => (charClasses(c) & GRAPH) !== 0,
  lower: (c) => (charClasses(c) & LOWER) !== 0,
  print: (c) => (charClasses(c) & PRINT) !== 0,
  punct: (c) => (charClasses(c) & PUNCT) !== 0,
  space: isSpaceCode,
  upper: (c) => (charClasses(c) & UPPER) !== 0,
  wordchar: (c) => (charClasses(c) & (ALPHA | DIGIT | CONNECTOR)) !== 0,
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

export function stringIs(cls: IsClass, v: Value, strict: boolean): IsResult {
  const test = charTests[cls];
  if (test !== undefined) {
    const s = str(v);
    if (s.length === 0) return { result: !strict, failat: 0 };
    for (let i = 0; i < s.length; i++) {
      if (!test(s.charCodeAt(i))) return { result: false, failat: i };
    }
    return { result: true, failat: 0 };
  }
  switch (cls) {
    case 'boolean':
    case 'true':
    case 'false': {
      const s = str(v);
      const b = parseBooleanWord(s);
      if (b === null) return { result: !strict && s.length === 0, failat: 0 };
      if ((cls === 'true' && !b) || (cls === 'false' && b)) return { result: false, failat: 0 };
      return { result: true, failat: 0 };
    }
    case 'double': {
      if (typeof v === 'number' || typeof v === 'bigint' || v instanceof TclDouble) return { result: true, failat: 0 };
      const s = str(v);
      if (s.length === 0) return { result: !strict, failat: 0 };
      const r = parseNumberPrefix(s, 0, s.length, 0);
      if (!r.ok) return { result: false, failat: 0 };
      return { result: r.end === s.length, failat: r.end };
    }
    case 'integer':
    case 'wideinteger': {
      const limit = cls === 'integer' ? UINT_MAX : TWO_64 - 1n;
      if (typeof v === 'number' && Math.abs(v) <= Number(limit)) return { result: true, failat: 0 };
      const s = str(v);
      if (SMALL_DECIMAL.test(s)) return { result: true, failat: 0 };
      const r = parseNumberPrefix(s, 0, s.length, INTEGER_ONLY);
      if (r.ok && r.end === s.length) {
        const i = BigInt(r.value as number | bigint);
        if ((i < 0n ? -i : i) <= limit) return { result: true, failat: 0 };
      }
      if (s.length === 0) return { result: !strict, failat: 0 };
      if (!r.ok) return { result: false, failat: 0 };
      return { result: false, failat: r.end === s.length ? -1 : r.end };
    }
    case 'entier': {
      if (typeof v === 'number' || typeof v === 'bigint') return { result: true, failat: 0 };
      const s = str(v);
      if (s.length === 0) return { result: !strict, failat: 0 };
      const r = parseNumberPrefix(s, 0, s.length, INTEGER_ONLY);
      if (!r.ok) return { result: false, failat: 0 };
      return { result: r.end === s.length, failat: r.end };
    }
    case 'list': {
      if (v instanceof TclList || typeof v !== 'string') return { result: true, failat: 0 };
      const bad = listErrorOffset(v);
      return { result: bad < 0, failat: bad < 0 ? 0 : bad };
    }
    default:
      return { result: false, failat: 0 };
  }
}

/**
 * Tcl's ParseBoolean for `string is boolean`: 0, 1 and the (prefixes of the) words yes/no,
 * true/false, on/off in any case; no numbers other than 0 and 1, no white space.
 */
function parseBooleanWord(s: string): boolean | null {
  const n = s.length;
  if (n === 0 || n > 5) return null;
  if (s === '0') return false;
  if (s === '1') return true;
  const t = s.toLowerCase();
  if (!/^[aeflnorstuy]+$/.test(t)) return null;
  switch (t[0]) {
    case 'y':
      return 'yes'.startsWith(t) ? true : null;
    case 'n':
      return 'no'.startsWith(t) ? false : null;
    case 't':
      return 'true'.startsWith(t) ? true : null;
    case 'f':
      return 'false'.startsWith(t) ? false : null;
    case 'o':
      if (n < 2) return null;
      if ('on'.startsWith(t)) return true;
      if ('off'.startsWith(t)) return false;
      return null;
    default:
      return null;
  }
}

/** Where list parsing fails: the start of the first malformed element, or -1 for a valid list. */
function listErrorOffset(s: string): number {
  const r = splitList(s);
  return Array.isArray(r) ? -1 : r.start;
}
