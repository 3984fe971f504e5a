// String helpers shared by the Tcl commands and the BIG-IP emulator: glob matching, Tcl's
// character classes and case mapping, number and index parsing with Tcl's messages, and the
// engines of `format` and `scan`.

export { globMatch, isGlobLiteral } from './glob.js';
export { foldCase, lowerCode, upperCode, titleCode, toLowerRange, toUpperRange, toTitleRange, isSpaceCode, isWordChar } from './unicode.js';
export { getIndex32, getInt32, getDoubleArg, getAnyInt, getBigInt, parseWholeInt, badIndexError, expectedIntegerError } from './intarg.js';
export { parseNumberPrefix } from './numparse.js';
export { stringIs, parseBooleanWord, listErrorOffset, IS_CLASSES, type IsClass } from './is.js';
export { getIndexFromTable, prefixIndex, choiceList } from './lookup.js';
export {
  compareStrings, equalStrings, stringFirst, stringLast, stringMap, compileMap, trimLeft, trimRight, trimBoth, wordStart,
  wordEnd, byteLength, reverseString, DEFAULT_TRIM_CHARS, type CompiledMap,
} from './ops.js';
export { tclFormat } from './format.js';
export { tclScan } from './scan.js';
export { formatFloat } from './printf.js';
export type { LengthGuard } from './guard.js';
