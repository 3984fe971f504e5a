// Character classes and case mapping as Tcl 8.6 sees them.
//
// Tcl works on UTF-16 code units here just as JS strings do (tclsh 8.6 counts a non-BMP character
// read from UTF-8 source as two characters), so every function takes one code unit.
// Tcl maps case one character to one character (`string toupper ß` stays `ß`), unlike JS's
// String#toUpperCase, so mappings are computed per character and memoised.
// The classes come from JS's Unicode property escapes; JS knows a newer Unicode than Tcl 8.6.13,
// so the characters Tcl does not know yet (and a few that changed category) are listed as
// exceptions, found by comparing every BMP character with tclsh.

// ---- classes -----------------------------------------------------------------------------------

export const ALPHA = 1;
export const DIGIT = 2;
export const UPPER = 4;
export const LOWER = 8;
const SPACE = 16;
export const PUNCT = 32;
/** Connector punctuation (`_`, ...): a word character. */
export const CONNECTOR = 64;
export const GRAPH = 128;
export const PRINT = 256;
export const CONTROL = 512;
const COMPUTED = 0x8000;

/** Characters JS assigns a category but Tcl 8.6's Unicode tables leave unassigned. */
const TCL_UNASSIGNED = new Set<number>([
  0x88f, 0x897, 0xc5c, 0xcdc, 0x1b4e, 0x1b4f, 0x1b7f, 0x1c89, 0x1c8a, 0x20c1, 0x2427, 0x2428, 0x2429,
  0x2b96, 0x2ffc, 0x2ffd, 0x2ffe, 0x2fff, 0x31e4, 0x31e5, 0x31ef, 0xa7cb, 0xa7cc, 0xa7cd, 0xa7ce,
  0xa7cf, 0xa7d2, 0xa7d4, 0xa7da, 0xa7db, 0xa7dc, 0xa7f1, 0xfd90, 0xfd91,
  ...range(0x1acf, 0x1add), ...range(0x1ae0, 0x1aeb), ...range(0xfbc3, 0xfbd2), ...range(0xfdc8, 0xfdce),
]);

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

const reAlpha = /^\p{L}$/u;
const reDigit = /^\p{Nd}$/u;
const reUpper = /^\p{Lu}$/u;
const reLower = /^\p{Ll}$/u;
const reSpaceSep = /^[\p{Zs}\p{Zl}\p{Zp}]$/u;
const rePunct = /^\p{P}$/u;
const reConnector = /^\p{Pc}$/u;
const reGraph = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const reControl = /^[\p{Cc}\p{Cf}\p{Co}]$/u;

const classTable = new Uint16Array(65536);

function computeClasses(c: number): number {
  if (c < 0x80) {
    // C locale rules for ASCII (isspace, isalpha, ... as Tcl uses them).
    let m = 0;
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    const isDigit = c >= 48 && c <= 57;
    if (isUpper || isLower) m |= ALPHA;
    if (isUpper) m |= UPPER;
    if (isLower) m |= LOWER;
    if (isDigit) m |= DIGIT;
    if (c === 32 || (c >= 9 && c <= 13)) m |= SPACE;
    if (c < 32 || c === 127) m |= CONTROL;
    if (c > 32 && c < 127) {
      m |= GRAPH | PRINT;
      if (!isUpper && !isLower && !isDigit) {
        // ASCII symbols that Unicode files under S* are graph but not punct: $ + < = > ^ ` | ~
        if ('$+<=>^`|~'.indexOf(String.fromCharCode(c)) < 0) m |= PUNCT;
      }
    }
    if (c === 32) m |= PRINT;
    if (c === 95) m |= CONNECTOR;
    return m;
  }
  const ch = String.fromCharCode(c);
  if (c === 0x85 || c === 0x180e || c === 0x200b || c === 0x202f || c === 0x2060 || c === 0xfeff) {
    // Tcl_UniCharIsSpace's explicit list; their categories still decide the other classes.
    return SPACE | categoryClasses(c, ch);
  }
  return categoryClasses(c, ch);
}

function categoryClasses(c: number, ch: string): number {
  if (TCL_UNASSIGNED.has(c)) return 0;
  let m = 0;
  if (reAlpha.test(ch)) m |= ALPHA;
  if (reDigit.test(ch)) m |= DIGIT;
  if (reUpper.test(ch)) m |= UPPER;
  if (reLower.test(ch) || c === 0x295) m |= LOWER;
  if (reSpaceSep.test(ch)) m |= SPACE | PRINT;
  if (rePunct.test(ch)) m |= PUNCT;
  if (reConnector.test(ch)) m |= CONNECTOR;
  if (reGraph.test(ch)) m |= GRAPH | PRINT;
  if (reControl.test(ch)) m |= CONTROL;
  return m;
}

/** The class bits of one UTF-16 code unit. */
export function charClasses(c: number): number {
  let m = classTable[c]!;
  if (m === 0) {
    m = computeClasses(c) | COMPUTED;
    classTable[c] = m;
  }
  return m;
}

export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (charClasses(c) & SPACE) !== 0;
}

/** Tcl_UniCharIsWordChar: letters, digits and connector punctuation. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return (charClasses(c) & (ALPHA | DIGIT | CONNECTOR)) !== 0;
}

// ---- case mapping --------------------------------------------------------------------------------

// Where Tcl's one-to-one mapping differs from the single-character result of JS's mapping
// (pairs: character, Tcl's mapping).
const LOWER_EXCEPTIONS = [
  0x130, 0x69, 0x23a, 0x23a, 0x23e, 0x23e, 0x1c89, 0x1c89, 0xa7cb, 0xa7cb, 0xa7cc, 0xa7cc, 0xa7ce, 0xa7ce,
  0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7da, 0xa7da, 0xa7dc, 0xa7dc,
];
const UPPER_EXCEPTIONS = [
  0x19b, 0x19b, 0x23f, 0x23f, 0x240, 0x240, 0x250, 0x250, 0x251, 0x251, 0x252, 0x252, 0x25c, 0x25c,
  0x261, 0x261, 0x264, 0x264, 0x265, 0x265, 0x266, 0x266, 0x26a, 0x26a, 0x26b, 0x26b, 0x26c, 0x26c,
  0x271, 0x271, 0x27d, 0x27d, 0x282, 0x282, 0x287, 0x287, 0x29d, 0x29d, 0x29e, 0x29e, 0x1c8a, 0x1c8a,
  0x1f80, 0x1f88, 0x1f81, 0x1f89, 0x1f82, 0x1f8a, 0x1f83, 0x1f8b, 0x1f84, 0x1f8c, 0x1f85, 0x1f8d,
  0x1f86, 0x1f8e, 0x1f87, 0x1f8f, 0x1f90, 0x1f98, 0x1f91, 0x1f99, 0x1f92, 0x1f9a, 0x1f93, 0x1f9b,
  0x1f94, 0x1f9c, 0x1f95, 0x1f9d, 0x1f96, 0x1f9e, 0x1f97, 0x1f9f, 0x1fa0, 0x1fa8, 0x1fa1, 0x1fa9,
  0x1fa2, 0x1faa, 0x1fa3, 0x1fab, 0x1fa4, 0x1fac, 0x1fa5, 0x1fad, 0x1fa6, 0x1fae, 0x1fa7, 0x1faf,
  0x1fb3, 0x1fbc, 0x1fc3, 0x1fcc, 0x1ff3, 0x1ffc, 0xa7cd, 0xa7cd, 0xa7cf, 0xa7cf, 0xa7d3, 0xa7d3,
  0xa7d5, 0xa7d5, 0xa7db, 0xa7db,
];
/** Title case where it differs from upper case: the DŽ/LJ/NJ/DZ digraphs and Georgian. */
const TITLE_EXCEPTIONS = [
  0x1c4, 0x1c5, 0x1c5, 0x1c5, 0x1c6, 0x1c5, 0x1c7, 0x1c8, 0x1c8, 0x1c8, 0x1c9, 0x1c8, 0x1ca, 0x1cb,
  0x1cb, 0x1cb, 0x1cc, 0x1cb, 0x1f1, 0x1f2, 0x1f2, 0x1f2, 0x1f3, 0x1f2,
  ...range(0x10d0, 0x10fa).flatMap((c) => [c, c]), 0x10fd, 0x10fd, 0x10fe, 0x10fe, 0x10ff, 0x10ff,
];

function exceptionMap(pairs: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < pairs.length; i += 2) m.set(pairs[i]!, pairs[i + 1]!);
  return m;
}

const lowerExceptions = exceptionMap(LOWER_EXCEPTIONS);
const upperExceptions = exceptionMap(UPPER_EXCEPTIONS);
const titleExceptions = exceptionMap(TITLE_EXCEPTIONS);

// Memo tables: 0 means "not computed yet" (code unit 0 maps to itself and is ASCII anyway).
const lowerTable = new Uint16Array(65536);
const upperTable = new Uint16Array(65536);

function single(c: number, mapped: string): number {
  return mapped.length === 1 ? mapped.charCodeAt(0) : c;
}

export function lowerCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  let m = lowerTable[c]!;
  if (m === 0) {
    m = lowerExceptions.get(c) ?? single(c, String.fromCharCode(c).toLowerCase());
    lowerTable[c] = m;
  }
  return m;
}

export function upperCode(c: number): number {
  if (c < 0x80) return c >= 97 && c <= 122 ? c - 32 : c;
  let m = upperTable[c]!;
  if (m === 0) {
    m = upperExceptions.get(c) ?? single(c, String.fromCharCode(c).toUpperCase());
    upperTable[c] = m;
  }
  return m;
}

function titleCode(c: number): number {
  if (c < 0x80) return upperCode(c);
  return titleExceptions.get(c) ?? upperCode(c);
}

const NON_ASCII = /[^\x00-\x7f]/;

function mapChars(s: string, from: number, to: number, map: (c: number) => number): string {
  let out = '';
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const m = map(c);
    if (m !== c) {
      out += s.slice(runStart, i) + String.fromCharCode(m);
      runStart = i + 1;
    }
  }
  return out + s.slice(runStart, to);
}

/** Tcl's `string tolower` of s[from, to). */
export function toLowerRange(s: string, from = 0, to = s.length): string {
  if (from === 0 && to === s.length && !NON_ASCII.test(s)) return s.toLowerCase();
  return s.slice(0, from) + mapChars(s, from, to, lowerCode) + s.slice(to);
}

export function toUpperRange(s: string, from = 0, to = s.length): string {
  if (from === 0 && to === s.length && !NON_ASCII.test(s)) return s.toUpperCase();
  return s.slice(0, from) + mapChars(s, from, to, upperCode) + s.slice(to);
}

/** Tcl's `string totitle`: the first character of the range to title case, the rest to lower. */
export function toTitleRange(s: string, from = 0, to = s.length): string {
  if (from >= to) return s;
  const first = String.fromCharCode(titleCode(s.charCodeAt(from)));
  return s.slice(0, from) + first + mapChars(s, from + 1, to, lowerCode) + s.slice(to);
}

/** Case folding for -nocase comparisons: Tcl compares Tcl_UniCharToLower of each character. */
export function foldCase(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return mapChars(s, 0, s.length, lowerCode);
}
