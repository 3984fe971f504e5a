// Tcl commands as BIG-IP's interpreter (Tcl 8.4 + F5 changes) presents them to iRules.

/**
 * Tcl commands BIG-IP disables: a rule using one fails to load with
 * `command is disabled: "<cmd>"` / "invalid command name". BIGIP.md §1.4, plus the [LAB]
 * list of shared/reference/bigip-semantics.md §11.1 (eof, fblocked, fcopy, flush, namespace,
 * pid, rename, seek, tell, time, unknown, ...).
 */
export const TCL_DISABLED_COMMANDS: readonly string[] = [
  // file and channel I/O
  'open', 'close', 'gets', 'read', 'puts', 'file', 'glob', 'cd', 'pwd', 'fconfigure', 'socket',
  'eof', 'fblocked', 'fcopy', 'fileevent', 'flush', 'seek', 'tell',
  // processes, loading, event loop
  'exec', 'source', 'load', 'exit', 'vwait', 'update', 'pid',
  // introspection and meta-programming
  'interp', 'trace', 'package', 'namespace', 'rename', 'unknown', 'history', 'time',
  // auto-loading
  'auto_execok', 'auto_import', 'auto_load', 'auto_mkindex', 'auto_mkindex_old', 'auto_qualify', 'auto_reset',
  'pkg_mkIndex', 'tcl_findLibrary', 'bgerror', 'memory',
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
