// Tcl commands as BIG-IP's interpreter (Tcl 8.4 + F5 changes) presents them to iRules.

/**
 * Tcl commands BIG-IP disables: a rule using one fails to load with `command is disabled: "<cmd>"`.
 * Exactly the 31 measured on BIG-IP 21.1 by loading one rule per Tcl 8.4 builtin (docs/bigip-parser.md,
 * "Commands": measurements §4b, §5).
 */
export const TCL_DISABLED_COMMANDS: readonly string[] = [
  'auto_execok', 'auto_import', 'auto_load', 'auto_qualify', 'cd', 'eof', 'exec', 'exit', 'fblocked', 'fconfigure',
  'fcopy', 'file', 'flush', 'gets', 'glob', 'interp', 'load', 'namespace', 'open', 'package', 'pid', 'pwd', 'rename',
  'seek', 'socket', 'source', 'tell', 'time', 'unknown', 'update', 'vwait',
];

/**
 * Tcl commands a rule should not use although BIG-IP is not known to refuse them: channel and
 * tracing builtins that BIG-IP 21.1 loads (measured: they are among the 52 builtins that are
 * present, docs/bigip-parser.md) but that have nothing to work on in a rule (no channels: `puts`
 * does not reach the rule's log), and Tcl library procedures whose presence was not measured.
 * Lint warns; the emulator does not define them.
 */
export const TCL_DISCOURAGED_COMMANDS: readonly string[] = [
  'puts', 'read', 'fileevent', 'trace', 'history',
  'auto_mkindex', 'auto_mkindex_old', 'auto_reset', 'pkg_mkIndex', 'tcl_findLibrary', 'bgerror', 'memory',
];

/**
 * Tcl core commands iRules may use. `after` is BIG-IP's own command (see the catalog entry),
 * not Tcl's, and is therefore not listed here.
 */
export const TCL_CORE_COMMANDS: readonly string[] = [
  'append', 'array', 'binary', 'break', 'catch', 'clock', 'concat', 'continue', 'encoding', 'error', 'eval',
  'expr', 'for', 'foreach', 'format', 'global', 'if', 'incr', 'info', 'join', 'lappend', 'lindex', 'linsert',
  'list', 'llength', 'lrange', 'lreplace', 'lsearch', 'lset', 'lsort', 'proc', 'regexp', 'regsub', 'return',
  'scan', 'set', 'split', 'string', 'subst', 'switch', 'unset', 'uplevel', 'upvar', 'variable', 'while',
];

/**
 * Commands of Tcl 8.5+ that do not exist in BIG-IP's Tcl 8.4 interpreter (loading a rule that
 * uses one fails with "undefined procedure"). bigip-semantics.md §11.1 [LAB]; `dict`,
 * `lrepeat`, `lreverse` per F5's "iRules 101 - list handling" article.
 */
export const TCL_UNAVAILABLE_COMMANDS: readonly string[] = [
  'dict', 'lassign', 'lreverse', 'lrepeat', 'apply', 'chan', 'coroutine', 'yield', 'tailcall', 'try', 'throw',
  'lmap', 'zlib', 'oo::class', 'self', 'my', 'next',
];
