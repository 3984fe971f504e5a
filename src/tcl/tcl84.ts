// Tcl 8.4.6, the Tcl of BIG-IP (measured on a live BIG-IP: docs/tcl.md), where it differs from 8.6
// in what a script can observe. Each table is copied from the 8.4.6 sources (tag core-8-4-6 of
// github.com/tcltk/tcl); docs/tcl.md lists every difference with its file and line. The engine
// uses these in the iRule dialect.

/** `string` subcommands: generic/tclCmdMZ.c lines 1221-1227 (no cat, reverse, ...). */
export const STRING_SUBCOMMANDS_84 = [
  'bytelength', 'compare', 'equal', 'first', 'index', 'is', 'last', 'length', 'map', 'match', 'range', 'repeat',
  'replace', 'tolower', 'toupper', 'totitle', 'trim', 'trimleft', 'trimright', 'wordend', 'wordstart',
];

/** `string is` classes: generic/tclCmdMZ.c lines 1505-1509 (no entier, list, wideinteger). */
export const IS_CLASSES_84 = [
  'alnum', 'alpha', 'ascii', 'control', 'boolean', 'digit', 'double', 'false', 'graph', 'integer', 'lower', 'print',
  'punct', 'space', 'true', 'upper', 'wordchar', 'xdigit',
];

/** `info` subcommands: generic/tclCmdIL.c lines 400-404 (no class, coroutine, errorstack, frame, object). */
export const INFO_SUBCOMMANDS_84 = [
  'args', 'body', 'cmdcount', 'commands', 'complete', 'default', 'exists', 'functions', 'globals', 'hostname', 'level',
  'library', 'loaded', 'locals', 'nameofexecutable', 'patchlevel', 'procs', 'script', 'sharedlibextension',
  'tclversion', 'vars',
];

/** `lsearch` options: generic/tclCmdIL.c lines 2780-2783 (no -bisect, -index, -nocase, -subindices). */
export const LSEARCH_OPTIONS_84 = [
  '-all', '-ascii', '-decreasing', '-dictionary', '-exact', '-glob', '-increasing', '-inline', '-integer', '-not',
  '-real', '-regexp', '-sorted', '-start',
];

/** `lsort` options: generic/tclCmdIL.c lines 3268-3269 (no -indices, -nocase, -stride). */
export const LSORT_OPTIONS_84 = ['-ascii', '-command', '-decreasing', '-dictionary', '-increasing', '-index', '-integer', '-real', '-unique'];

/**
 * Built-in math functions: generic/tclExecute.c lines 388-418 (tclBuiltinFuncTable; no bool, entier, isqrt, max,
 * min, ...). Any other name is refused when the expression is compiled, before its arguments run:
 * `unknown math function "NAME"` (generic/tclCompExpr.c lines 849-853).
 */
export const MATH_FUNCTIONS_84 = new Set([
  'acos', 'asin', 'atan', 'atan2', 'ceil', 'cos', 'cosh', 'exp', 'floor', 'fmod', 'hypot', 'log', 'log10', 'pow',
  'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'abs', 'double', 'int', 'rand', 'round', 'srand', 'wide',
]);
