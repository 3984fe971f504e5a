// info, and puts (which exists only for `irule eval`: BIG-IP has no stdout).

import { parseScript } from '../../syntax/parser.js';
import { TclError, wrongArgs } from '../errors.js';
import { Frame, NamespaceFrame, namespaceVarNames } from '../frame.js';
import type { CommandDef, Interp, ProcDef } from '../interp.js';
import { getSmallInt } from '../numbers.js';
import { globMatch } from '../strings/glob.js';
import { getInt32 } from '../strings/intarg.js';
import { tclVersionOf } from '../version.js';
import { INFO_SUBCOMMANDS_84 } from '../tcl84.js';
import { getIndexFromTable } from '../strings/lookup.js';
import { TclList, str, type Value } from '../value.js';
import { absName, commandsIn, patternNamespace, tailOf } from './namespace.js';

const SUBCOMMANDS = [
  'args', 'body', 'class', 'cmdcount', 'commands', 'complete', 'coroutine', 'default', 'errorstack', 'exists',
  'frame', 'functions', 'globals', 'hostname', 'level', 'library', 'loaded', 'locals', 'nameofexecutable',
  'object', 'patchlevel', 'procs', 'script', 'sharedlibextension', 'tclversion', 'vars',
];

function procOf(interp: Interp, name: string): ProcDef {
  const def = interp.resolveCommand(name);
  if (!def?.proc) throw new TclError(`"${name}" isn't a procedure`, ['TCL', 'LOOKUP', 'PROCEDURE', name]);
  return def.proc;
}

function filtered(names: Iterable<string>, pattern: Value | undefined): TclList {
  const p = pattern === undefined ? undefined : str(pattern);
  const out: Value[] = [];
  for (const n of names) if (p === undefined || globMatch(p, n, false)) out.push(n);
  return new TclList(out);
}

function resolveSub(s: string): string {
  if (SUBCOMMANDS.includes(s)) return s;
  const hits = SUBCOMMANDS.filter((c) => c.startsWith(s));
  if (s !== '' && hits.length === 1) return hits[0]!;
  const list = SUBCOMMANDS.slice(0, -1).join(', ') + ', or ' + SUBCOMMANDS[SUBCOMMANDS.length - 1];
  throw new TclError(`unknown or ambiguous subcommand "${s}": must be ${list}`, ['TCL', 'LOOKUP', 'SUBCOMMAND', s]);
}

function info(interp: Interp, argv: Value[]): Value {
  const v84 = interp.dialect === 'irule';
  if (argv.length < 2) throw wrongArgs(v84 ? 'info option ?arg arg ...?' : 'info subcommand ?arg ...?');
  // Tcl 8.4's info reads its option with Tcl_GetIndexFromObj (generic/tclCmdIL.c line 400).
  const sub = v84 ? INFO_SUBCOMMANDS_84[getIndexFromTable(INFO_SUBCOMMANDS_84, str(argv[1]!), 'option')]! : resolveSub(str(argv[1]!));
  const a = argv.slice(2);
  const need = (min: number, max: number, usage: string) => {
    if (a.length < min || a.length > max) throw wrongArgs(`info ${sub}${usage ? ' ' + usage : ''}`);
  };
  switch (sub) {
    case 'exists':
      need(1, 1, 'varName');
      return interp.varExists(str(a[0]!)) ? 1 : 0;
    case 'args':
      need(1, 1, 'procname');
      return new TclList(procOf(interp, str(a[0]!)).params.map((p) => p.name));
    case 'body':
      need(1, 1, 'procname');
      return procOf(interp, str(a[0]!)).body;
    case 'default': {
      need(3, 3, 'procname arg varname');
      const def = procOf(interp, str(a[0]!));
      const argName = str(a[1]!);
      const p = def.params.find((x) => x.name === argName);
      if (!p) throw new TclError(`procedure "${str(a[0]!)}" doesn't have an argument "${argName}"`, ['TCL', 'LOOKUP', 'ARGUMENT', argName]);
      interp.setVar(str(a[2]!), p.default ?? '');
      return p.default !== undefined ? 1 : 0;
    }
    case 'procs':
      need(0, 1, '?pattern?');
      if (interp.dialect === 'irule') return filtered([...interp.commands.values()].filter((d) => d.proc).map((d) => d.name), a[0]);
      return visibleCommands(interp, a[0], true);
    case 'commands':
      need(0, 1, '?pattern?');
      if (interp.dialect === 'irule') return filtered(interp.commands.keys(), a[0]);
      return visibleCommands(interp, a[0], false);
    case 'level': {
      need(0, 1, '?number?');
      if (a.length === 0) return interp.frame.level;
      const n = getInt32(a[0]!);
      const here = interp.frame.level;
      const target = n <= 0 ? here + n : n;
      let f: Frame | null = interp.frame;
      while (f && f.level > target) f = f.caller;
      if ((n <= 0 && here === 0) || !f || f.level !== target || !f.proc) {
        throw new TclError(`bad level "${str(a[0]!)}"`, ['TCL', 'LOOKUP', 'STACK_LEVEL', str(a[0]!)]);
      }
      return new TclList(f.proc.argv.slice());
    }
    case 'vars': {
      need(0, 1, '?pattern?');
      const p = a[0] === undefined ? undefined : str(a[0]);
      if (p !== undefined && p.indexOf('::') >= 0) return qualifiedVars(interp, p);
      return filtered(interp.frame.varNames(), a[0]);
    }
    case 'locals':
      need(0, 1, '?pattern?');
      // A `namespace eval` frame has no local variables, only the namespace's.
      if (interp.frame instanceof NamespaceFrame) return new TclList([]);
      return filtered(interp.frame === interp.global ? interp.frame.varNames() : localNames(interp), a[0]);
    case 'globals':
      need(0, 1, '?pattern?');
      return filtered(interp.global.varNames(), a[0]);
    case 'complete': {
      need(1, 1, 'command');
      return isComplete(str(a[0]!)) ? 1 : 0;
    }
    case 'patchlevel':
      need(0, 0, '');
      return tclVersionOf(interp.dialect).patchLevel;
    case 'tclversion':
      need(0, 0, '');
      return tclVersionOf(interp.dialect).version;
    case 'cmdcount':
      return interp.commandCount;
    case 'script':
      need(0, 1, '?filename?');
      if (a.length === 1) interp.scriptFile = str(a[0]!);
      return interp.scriptFile;
    case 'functions':
      return filtered(MATH_FUNCTIONS, a[0]);
    default:
      throw new TclError(`info ${sub} is not available in irule`, ['IRULE', 'UNSUPPORTED', 'info', sub]);
  }
}

/**
 * `info commands`/`info procs` as Tcl lists them: a pattern with qualifiers lists that namespace's
 * commands, fully qualified; otherwise the current namespace's (plus, for commands, the global
 * ones) by their simple names.
 */
function visibleCommands(interp: Interp, pattern: Value | undefined, procsOnly: boolean): TclList {
  const p = pattern === undefined ? undefined : str(pattern);
  const keep = (key: string) => !procsOnly || interp.commands.get(key)?.proc !== undefined;
  if (p !== undefined && p.indexOf('::') >= 0) {
    const ns = patternNamespace(interp, p);
    if (ns === undefined) return new TclList([]);
    const tailPattern = tailOf(p);
    const out: Value[] = [];
    for (const [key, tail] of commandsIn(interp, ns)) {
      if (keep(key) && globMatch(tailPattern, tail, false)) out.push(ns === '' ? absName(tail) : `${absName(ns)}::${tail}`);
    }
    return new TclList(out);
  }
  const ns = interp.frame.ns;
  const names: string[] = [];
  for (const [key, tail] of commandsIn(interp, ns)) if (keep(key)) names.push(tail);
  if (ns !== '' && !procsOnly) {
    const seen = new Set(names);
    for (const [, tail] of commandsIn(interp, '')) if (!seen.has(tail)) names.push(tail);
  }
  return filtered(names, p);
}

/** Variables of a proc frame that are not aliases of global or namespace variables. */
function localNames(interp: Interp): string[] {
  const frame = interp.frame;
  const shared = new Set(interp.nsVars.values());
  return frame.varNames().filter((n) => {
    const v = frame.lookup(n)!;
    return !shared.has(v) && !interp.global.slots.includes(v);
  });
}

/** `info vars a::*`: the variables of that namespace, fully qualified. */
function qualifiedVars(interp: Interp, pattern: string): TclList {
  const ns = patternNamespace(interp, pattern);
  if (ns === undefined) return new TclList([]);
  const tailPattern = tailOf(pattern);
  const out: Value[] = [];
  for (const tail of namespaceVarNames(interp, ns)) {
    if (globMatch(tailPattern, tail, false)) out.push(ns === '' ? absName(tail) : `${absName(ns)}::${tail}`);
  }
  return new TclList(out);
}

const MATH_FUNCTIONS = [
  'abs', 'acos', 'asin', 'atan', 'atan2', 'bool', 'ceil', 'cos', 'cosh', 'double', 'entier', 'exp', 'floor', 'fmod',
  'hypot', 'int', 'isqrt', 'log', 'log10', 'max', 'min', 'pow', 'rand', 'round', 'sin', 'sinh', 'sqrt', 'srand',
  'tan', 'tanh', 'wide',
];

/** `info complete`: no unclosed brace, quote or bracket. */
function isComplete(text: string): boolean {
  const errors = parseScript(text).errors;
  return !errors.some((e) => /^missing/.test(e.message));
}

const infoCommand: CommandDef = { name: 'info', fn: info };

const putsCommand: CommandDef = {
  name: 'puts',
  fn: (interp, argv) => {
    // The argument shapes of Tcl_PutsObjCmd (tclIOCmd.c): `-nonewline` is an option only when a
    // string follows it, and the old form `puts chan string nonewline` still works.
    let newline = true;
    let channel = 'stdout';
    let text: Value;
    const n = argv.length;
    if (n === 2) text = argv[1]!;
    else if (n === 3) {
      if (str(argv[1]!) === '-nonewline') newline = false;
      else channel = str(argv[1]!);
      text = argv[2]!;
    } else if (n === 4 && str(argv[1]!) === '-nonewline') {
      newline = false;
      channel = str(argv[2]!);
      text = argv[3]!;
    } else if (n === 4 && str(argv[3]!) === 'nonewline') {
      newline = false;
      channel = str(argv[1]!);
      text = argv[2]!;
    } else throw wrongArgs('puts ?-nonewline? ?channelId? string');
    if (channel !== 'stdout' && channel !== 'stderr') {
      throw new TclError(`can not find channel named "${channel}"`, ['TCL', 'LOOKUP', 'CHANNEL', channel]);
    }
    const line = str(text) + (newline ? '\n' : '');
    if (channel === 'stdout') interp.out(line);
    else interp.err(line);
    return '';
  },
};

export const infoCommands: CommandDef[] = [infoCommand];
export const ioCommands: CommandDef[] = [putsCommand];
