// Tcl commands as BIG-IP's interpreter (Tcl 8.4.6 with F5's changes) presents them to iRules:
// the core commands a rule may use (with their arity and argument roles, from Tcl's manual), the
// 31 that BIG-IP disables, and the Tcl 8.5+ commands its 8.4 interpreter lacks. The availability
// facts are measurements on a real BIG-IP (docs/bigip-behaviour.md "Tcl on BIG-IP").

import type { ArgLayout, ArgShape, CommandSpec, DisabledHow, Provenance, SubcommandSpec } from './types.js';

/** Public measurements of a BIG-IP 21.1 iRule compiler (bitwisecook/tcl-lsp). */
export const MEASUREMENTS_URL = 'https://github.com/bitwisecook/tcl-lsp/blob/main/docs/design/bigip-irule-parser-measurements.md';

export function measured(anchor: string, note?: string): Provenance {
  return { kind: 'measured', url: `${MEASUREMENTS_URL}#${anchor}`, ...(note ? { note } : {}) };
}

/** Section anchors of the measurements document. */
export const M = {
  interpreters: '4-interpreters--four-tcls-on-one-appliance',
  loadResolution: '4a-do-the-tmsh-and-iapp-parsers-match-the-irule-parser',
  procs: '4b-procedures-and-what-actually-separates-the-contexts',
  dynamic: '4c-dynamic-code-what-irules-will-and-will-not-let-you-build-at-runtime',
  availability: '5-command-availability',
  divergences: '6-other-divergences',
  events: '8-traffic-lab--event-context-and-runtime-behaviour',
} as const;

const TCL84 = 'https://www.tcl-lang.org/man/tcl8.4/TclCmd/';
const TCL86 = 'https://www.tcl-lang.org/man/tcl8.6/TclCmd/';

function man(name: string, v84 = true): Provenance {
  return { kind: 'tcl', url: `${v84 ? TCL84 : TCL86}${name}.htm` };
}

const a = (min: number, max: number | null): ArgShape => ({ min, max });
const sub = (min: number, max: number | null, extra: Partial<SubcommandSpec> = {}): SubcommandSpec => ({ min, max, ...extra });

interface CoreDef {
  args: ArgShape;
  synopsis: string;
  layouts?: ArgLayout[];
  subcommands?: Record<string, SubcommandSpec>;
  returns?: CommandSpec['returns'];
  deprecated?: string;
  note?: string;
}

function core(name: string, d: CoreDef): CommandSpec {
  const spec: CommandSpec = {
    name,
    synopsis: [d.synopsis],
    args: d.args,
    events: 'any',
    verified: true,
    source: man(name).url,
    availability: 'tcl-core',
    provenance: {
      syntax: man(name),
      events: { kind: 'inferred', note: 'Tcl core commands are not tied to an event' },
      availability: measured(M.availability, 'one of the 52 Tcl 8.4 builtins present in the iRule compiler'),
    },
  };
  if (d.layouts) spec.layouts = d.layouts;
  if (d.subcommands) spec.subcommands = d.subcommands;
  if (d.returns) spec.returns = d.returns;
  if (d.deprecated) spec.deprecated = d.deprecated;
  if (d.note) spec.note = d.note;
  return spec;
}

const REGEXP_OPTIONS: Record<string, null | 'integer' | 'value'> = {
  '-nocase': null, '-indices': null, '-expanded': null, '-line': null, '-linestop': null, '-lineanchor': null,
  '-about': null, '-all': null, '-inline': null, '-start': 'integer',
};

// Tcl 8.4's switch options; -nocase, -matchvar and -indexvar are Tcl 8.5 (IR2008 reports the last
// two, measured absent on BIG-IP; -nocase was not measured, so it is not called unknown).
const SWITCH_LAYOUT: ArgLayout = {
  grammar: 'switch',
  options: { '-exact': null, '-glob': null, '-regexp': null, '-nocase': null, '-matchvar': 'varname', '-indexvar': 'varname' },
};

/** The Tcl 8.4 core commands a rule may use, from Tcl's manual. */
export const TCL_CORE: readonly CommandSpec[] = [
  core('append', { args: a(1, null), synopsis: 'append varName ?value value ...?', layouts: [{ positional: ['varname'], rest: 'value' }], returns: 'string' }),
  core('array', {
    args: a(2, 4), synopsis: 'array option arrayName ?arg ...?',
    subcommands: {
      anymore: sub(2, 2), donesearch: sub(2, 2), exists: sub(1, 1, { returns: 'boolean' }), get: sub(1, 2, { returns: 'list' }),
      names: sub(1, 3, { returns: 'list' }), nextelement: sub(2, 2), set: sub(2, 2), size: sub(1, 1, { returns: 'integer' }),
      startsearch: sub(1, 1), statistics: sub(1, 1), unset: sub(1, 2),
    },
    layouts: [{ positional: ['subcommand', 'varname'], rest: 'value' }],
  }),
  core('binary', {
    args: a(2, null), synopsis: 'binary format formatString ?arg ...? | binary scan string formatString ?varName ...?',
    subcommands: { format: sub(1, null), scan: sub(2, null, { layout: { positional: ['value', 'value'], rest: 'varname' } }) },
  }),
  core('break', { args: a(0, 0), synopsis: 'break' }),
  core('case', { args: a(1, null), synopsis: 'case string ?in? patList body ?patList body ...?', deprecated: 'use switch' }),
  core('catch', {
    args: a(1, 2), synopsis: 'catch script ?varName?', layouts: [{ positional: ['script', 'varname'] }], returns: 'integer',
    note: "Tcl 8.5 added a third argument (optionsVarName); BIG-IP's Tcl 8.4 takes at most two.",
  }),
  core('clock', {
    args: a(1, 6), synopsis: 'clock option ?arg ...?',
    subcommands: { clicks: sub(0, 1), format: sub(1, 5), scan: sub(1, 5), seconds: sub(0, 0, { returns: 'integer' }) },
  }),
  core('close', { args: a(1, 1), synopsis: 'close channelId', note: "In a rule it closes a sideband connection opened with connect (F5's close page: https://clouddocs.f5.com/api/irules/close.html); not disabled (measured)." }),
  core('concat', { args: a(0, null), synopsis: 'concat ?arg arg ...?', returns: 'string' }),
  core('continue', { args: a(0, 0), synopsis: 'continue' }),
  core('encoding', {
    args: a(1, 3), synopsis: 'encoding option ?arg ...?',
    subcommands: { convertfrom: sub(1, 2), convertto: sub(1, 2), names: sub(0, 0), system: sub(0, 1) },
  }),
  core('error', { args: a(1, 3), synopsis: 'error message ?info? ?code?' }),
  core('eval', { args: a(1, null), synopsis: 'eval arg ?arg ...?', layouts: [{ argc: [1], positional: ['script'] }] }),
  core('expr', { args: a(1, null), synopsis: 'expr arg ?arg arg ...?', layouts: [{ argc: [1], positional: ['expr'] }] }),
  core('fileevent', { args: a(2, 3), synopsis: 'fileevent channelId readable|writable ?script?' }),
  core('for', { args: a(4, 4), synopsis: 'for start test next body', layouts: [{ positional: ['script', 'expr', 'script', 'script'] }] }),
  core('foreach', {
    args: a(3, null), synopsis: 'foreach varList list ?varList list ...? body',
    layouts: [{ minArgc: 3, trailing: ['script'] }],
  }),
  core('format', { args: a(1, null), synopsis: 'format formatString ?arg arg ...?', returns: 'string' }),
  core('global', { args: a(0, null), synopsis: 'global varname ?varname ...?', layouts: [{ rest: 'varname' }] }),
  core('if', {
    args: a(2, null), synopsis: 'if expr1 ?then? body1 elseif expr2 ?then? body2 ... ?else? ?bodyN?',
    layouts: [{ grammar: 'if' }],
  }),
  core('incr', { args: a(1, 2), synopsis: 'incr varName ?increment?', layouts: [{ positional: ['varname', 'integer'] }], returns: 'integer' }),
  core('info', {
    args: a(1, 4), synopsis: 'info option ?arg arg ...?',
    subcommands: {
      args: sub(1, 1), body: sub(1, 1), cmdcount: sub(0, 0), commands: sub(0, 1), complete: sub(1, 1), default: sub(3, 3),
      exists: sub(1, 1, { returns: 'boolean', layout: { positional: ['varname'] } }), functions: sub(0, 1), globals: sub(0, 1),
      hostname: sub(0, 0), level: sub(0, 1), library: sub(0, 0), loaded: sub(0, 1), locals: sub(0, 1),
      nameofexecutable: sub(0, 0), patchlevel: sub(0, 0), procs: sub(0, 1), script: sub(0, 1), sharedlibextension: sub(0, 0),
      tclversion: sub(0, 0), vars: sub(0, 1),
      frame: sub(0, 1, { tcl85: true }), coroutine: sub(0, 0, { tcl85: true }), errorstack: sub(0, 1, { tcl85: true }),
    },
  }),
  core('join', { args: a(1, 2), synopsis: 'join list ?joinString?', returns: 'string' }),
  core('lappend', { args: a(1, null), synopsis: 'lappend varName ?value value ...?', layouts: [{ positional: ['varname'], rest: 'value' }], returns: 'list' }),
  core('lindex', { args: a(1, null), synopsis: 'lindex list ?index...?', layouts: [{ positional: ['list'], rest: 'index' }] }),
  core('linsert', { args: a(2, null), synopsis: 'linsert list index element ?element element ...?', returns: 'list' }),
  core('list', { args: a(0, null), synopsis: 'list ?arg arg ...?', returns: 'list' }),
  core('llength', { args: a(1, 1), synopsis: 'llength list', returns: 'integer' }),
  core('lrange', { args: a(3, 3), synopsis: 'lrange list first last', returns: 'list' }),
  core('lreplace', { args: a(3, null), synopsis: 'lreplace list first last ?element element ...?', returns: 'list' }),
  core('lsearch', {
    args: a(2, null), synopsis: 'lsearch ?options? list pattern',
    layouts: [{ options: { '-exact': null, '-glob': null, '-regexp': null, '-sorted': null, '-all': null, '-inline': null, '-not': null, '-start': 'index', '-ascii': null, '-decreasing': null, '-dictionary': null, '-increasing': null, '-integer': null, '-real': null }, trailing: ['list', 'pattern'] }],
  }),
  core('lset', { args: a(2, null), synopsis: 'lset varName ?index...? newValue', layouts: [{ positional: ['varname'] }], returns: 'list' }),
  core('lsort', { args: a(1, null), synopsis: 'lsort ?options? list', returns: 'list' }),
  core('proc', { args: a(3, 3), synopsis: 'proc name args body', layouts: [{ argc: [3], positional: ['procname', 'arglist', 'script'] }] }),
  core('puts', { args: a(1, 3), synopsis: 'puts ?-nonewline? ?channelId? string' }),
  core('read', { args: a(1, 2), synopsis: 'read ?-nonewline? channelId | read channelId numChars' }),
  core('regexp', {
    args: a(2, null), synopsis: 'regexp ?switches? exp string ?matchVar? ?subMatchVar subMatchVar ...?',
    layouts: [{ options: REGEXP_OPTIONS, positional: ['pattern', 'value'], rest: 'varname' }],
  }),
  core('regsub', {
    args: a(3, null), synopsis: 'regsub ?switches? exp string subSpec ?varName?',
    layouts: [{ options: { '-all': null, '-nocase': null, '-expanded': null, '-line': null, '-linestop': null, '-lineanchor': null, '-start': 'integer' }, positional: ['pattern', 'value', 'value', 'varname'] }],
  }),
  core('return', { args: a(0, null), synopsis: 'return ?-code code? ?-errorinfo info? ?-errorcode code? ?string?' }),
  core('scan', { args: a(2, null), synopsis: 'scan string format ?varName varName ...?', layouts: [{ positional: ['value', 'value'], rest: 'varname' }] }),
  core('set', { args: a(1, 2), synopsis: 'set varName ?value?', layouts: [{ positional: ['varname', 'value'] }] }),
  core('split', { args: a(1, 2), synopsis: 'split string ?splitChars?', returns: 'list' }),
  core('string', {
    args: a(2, null), synopsis: 'string option arg ?arg ...?',
    subcommands: {
      bytelength: sub(1, 1, { returns: 'integer' }), compare: sub(2, 5, { returns: 'integer' }), equal: sub(2, 5, { returns: 'boolean' }),
      first: sub(2, 3, { returns: 'integer' }), index: sub(2, 2, { returns: 'string' }), is: sub(2, 5, { returns: 'boolean' }),
      last: sub(2, 3, { returns: 'integer' }), length: sub(1, 1, { returns: 'integer' }), map: sub(2, 3, { returns: 'string' }),
      match: sub(2, 3, { returns: 'boolean' }), range: sub(3, 3, { returns: 'string' }), repeat: sub(2, 2, { returns: 'string' }),
      replace: sub(3, 4, { returns: 'string' }), tolower: sub(1, 3, { returns: 'string', keepsArgument: true }), toupper: sub(1, 3, { returns: 'string', keepsArgument: true }),
      totitle: sub(1, 3, { returns: 'string', keepsArgument: true }), trim: sub(1, 2, { returns: 'string', keepsArgument: true }), trimleft: sub(1, 2, { returns: 'string', keepsArgument: true }),
      trimright: sub(1, 2, { returns: 'string', keepsArgument: true }), wordend: sub(2, 2, { returns: 'integer' }), wordstart: sub(2, 2, { returns: 'integer' }),
      reverse: sub(1, 1, { returns: 'string', tcl85: true }), cat: sub(0, null, { returns: 'string', tcl85: true }),
    },
  }),
  core('subst', { args: a(1, 4), synopsis: 'subst ?-nobackslashes? ?-nocommands? ?-novariables? string', returns: 'string' }),
  core('switch', { args: a(2, null), synopsis: 'switch ?options? string pattern body ?pattern body ...? | switch ?options? string {pattern body ...}', layouts: [SWITCH_LAYOUT] }),
  core('trace', { args: a(1, null), synopsis: 'trace variable name ops command (the Tcl 8.3 form)', note: 'Measured: only the 8.3-era form works; `trace add variable ...` fails with wrong # args.' }),
  core('unset', { args: a(0, null), synopsis: 'unset ?-nocomplain? ?--? ?name name ...?', layouts: [{ options: { '-nocomplain': null }, rest: 'varname' }] }),
  core('uplevel', {
    args: a(1, null), synopsis: 'uplevel ?level? arg ?arg ...?',
    layouts: [{ argc: [1], positional: ['script'] }, { argc: [2], positional: ['level', 'script'] }],
  }),
  core('upvar', { args: a(2, null), synopsis: 'upvar ?level? otherVar myVar ?otherVar myVar ...?' }),
  core('variable', { args: a(1, null), synopsis: 'variable ?name value...? name ?value?' }),
  core('while', { args: a(2, 2), synopsis: 'while test body', layouts: [{ positional: ['expr', 'script'] }] }),
];

/** The 31 Tcl commands BIG-IP refuses in rule source, measured, with how (§4b). */
const DISABLED: Record<DisabledHow, readonly string[]> = {
  'absent-from-interpreter': [
    'auto_execok', 'auto_import', 'auto_load', 'auto_qualify', 'cd', 'exec', 'exit', 'fconfigure', 'file', 'glob', 'load',
    'open', 'pwd', 'socket', 'source', 'unknown',
  ],
  'refused-by-compiler': [
    'eof', 'fblocked', 'fcopy', 'flush', 'gets', 'interp', 'namespace', 'package', 'pid', 'rename', 'seek', 'tell', 'time',
    'update', 'vwait',
  ],
};

function disabled(name: string, how: DisabledHow): CommandSpec {
  return {
    name,
    synopsis: [name],
    args: a(0, null),
    events: 'any',
    verified: true,
    source: `${MEASUREMENTS_URL}#${M.availability}`,
    availability: 'disabled',
    disabledHow: how,
    provenance: {
      syntax: man(name),
      events: { kind: 'inferred', note: 'not applicable: the command is disabled' },
      availability: measured(M.availability, `disabled; ${how === 'absent-from-interpreter' ? 'absent from the interpreter' : 'present but refused by the rule compiler'} (§4b)`),
    },
    notEmulated: 'BIG-IP disables it',
  };
}

/** Tcl library procedures that are not commands on BIG-IP. `auto_load_index` and `tclLog` are
 * measured (§5); the rest are auto-loaded library procedures, and BIG-IP has no auto-loading. */
const ABSENT_MEASURED = ['auto_load_index', 'tclLog'];
const ABSENT_INFERRED = ['history', 'memory', 'bgerror', 'auto_mkindex', 'auto_mkindex_old', 'auto_reset', 'pkg_mkIndex', 'tcl_findLibrary', 'parray'];

function absent(name: string, verified: boolean): CommandSpec {
  return {
    name,
    synopsis: [name],
    args: a(0, null),
    events: 'any',
    verified,
    availability: 'absent',
    provenance: {
      syntax: { kind: 'inferred', note: 'not recorded' },
      events: { kind: 'inferred', note: 'not applicable' },
      availability: verified
        ? measured(M.availability, 'absent: not a builtin (an init.tcl procedure of a stock tclsh)')
        : { kind: 'inferred', note: 'a Tcl library procedure loaded on demand; BIG-IP has no auto-loading (unknown is disabled)' },
    },
    notEmulated: 'not a command on BIG-IP',
  };
}

/** Tcl 8.5/8.6 commands BIG-IP's Tcl 8.4.6 lacks. The first six are measured (§4); the others
 * are commands Tcl's manual dates to 8.5 or 8.6, and the interpreter version is measured. */
const TCL85_MEASURED = ['dict', 'lassign', 'apply', 'lreverse', 'lrepeat', 'chan'];
const TCL85_BY_VERSION = ['try', 'throw', 'lmap', 'tailcall', 'coroutine', 'yield', 'yieldto', 'zlib', 'oo::class', 'oo::define', 'oo::object', 'self', 'my', 'next', 'unload'];

/** `dict` subcommands whose first argument names the dictionary variable they write (Tcl 8.6's dict page). */
const DICT_WRITES = ['set', 'unset', 'append', 'lappend', 'incr', 'update', 'with'];

const TCL85_SHAPES: Record<string, { args: ArgShape; layouts?: ArgLayout[]; subcommands?: Record<string, SubcommandSpec> }> = {
  lmap: { args: a(3, null), layouts: [{ minArgc: 3, trailing: ['script'] }] },
  try: { args: a(1, null), layouts: [{ positional: ['script'] }] },
  apply: { args: a(1, null) },
  dict: { args: a(1, null), subcommands: Object.fromEntries(DICT_WRITES.map((w) => [w, sub(1, null, { layout: { positional: ['varname'] } })])) },
  lassign: { args: a(1, null), layouts: [{ positional: ['list'], rest: 'varname' }] },
};

function tcl85(name: string, measuredFact: boolean): CommandSpec {
  const shape = TCL85_SHAPES[name];
  const spec: CommandSpec = {
    name,
    synopsis: [name],
    args: shape?.args ?? a(0, null),
    events: 'any',
    verified: true,
    availability: 'tcl85',
    provenance: {
      syntax: man(name.replace('oo::', ''), false),
      events: { kind: 'inferred', note: 'not applicable' },
      availability: measuredFact
        ? measured(M.interpreters, 'probed: absent from every F5 Tcl context (8.4.6)')
        : { kind: 'tcl', url: `${TCL86}${name.replace('oo::', '')}.htm`, note: "added in Tcl 8.5/8.6; BIG-IP's interpreter is Tcl 8.4.6 (measured, §4)" },
    },
    notEmulated: "Tcl 8.5+: BIG-IP's Tcl 8.4 lacks it (only `irule eval`, plain Tcl 8.6, runs it)",
  };
  if (shape?.layouts) spec.layouts = shape.layouts;
  if (shape?.subcommands) {
    spec.subcommands = shape.subcommands;
    spec.subcommandOptional = true; // only the subcommands that write a variable are recorded
  }
  return spec;
}

/** Every Tcl command the model knows, core or not. */
export const TCL_COMMAND_ENTRIES: readonly CommandSpec[] = [
  ...TCL_CORE,
  ...Object.entries(DISABLED).flatMap(([how, names]) => names.map((n) => disabled(n, how as DisabledHow))),
  ...ABSENT_MEASURED.map((n) => absent(n, true)),
  ...ABSENT_INFERRED.map((n) => absent(n, false)),
  ...TCL85_MEASURED.map((n) => tcl85(n, true)),
  ...TCL85_BY_VERSION.map((n) => tcl85(n, false)),
];

const namesWith = (av: CommandSpec['availability']) => TCL_COMMAND_ENTRIES.filter((c) => c.availability === av).map((c) => c.name);

/** Tcl commands BIG-IP disables (31, measured): a rule using one fails to load with `command is disabled: "X"`. */
export const TCL_DISABLED_COMMANDS: readonly string[] = namesWith('disabled');

/** Tcl core commands a rule may use. `after` is BIG-IP's own command (see commands/global.ts). */
export const TCL_CORE_COMMANDS: readonly string[] = namesWith('tcl-core');

/** Commands of Tcl 8.5+ that BIG-IP's Tcl 8.4 lacks (loading a rule that uses one fails). */
export const TCL_UNAVAILABLE_COMMANDS: readonly string[] = namesWith('tcl85');

/** Tcl library procedures that are not commands on BIG-IP. */
export const TCL_ABSENT_COMMANDS: readonly string[] = namesWith('absent');
