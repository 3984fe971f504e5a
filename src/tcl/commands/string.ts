// The `string` ensemble, with Tcl 8.6's argument rules and messages. The work itself lives in
// src/tcl/strings/ so other commands can share it.

import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { str, toList, type Value } from '../value.js';
import { globMatch } from '../strings/glob.js';
import { getIndex32, getInt32 } from '../strings/intarg.js';
import { check84Index } from '../lists/index.js';
import { IS_CLASSES, stringIs } from '../strings/is.js';
import { getIndexFromTable, prefixIndex } from '../strings/lookup.js';
import { IS_CLASSES_84, STRING_SUBCOMMANDS_84 } from '../tcl84.js';
import {
  byteLength, compareStrings, compileMap, equalStrings, reverseString, stringFirst, stringLast, stringMap, trimBoth,
  trimLeft, trimRight, wordEnd, wordStart, type CompiledMap,
} from '../strings/ops.js';
import { toLowerRange, toTitleRange, toUpperRange } from '../strings/unicode.js';

/** An index argument; the iRule dialect (Tcl 8.4.6) takes only 8.4's forms (check84Index). */
function index32(interp: Interp, v: Value, length: number): number {
  if (interp.dialect === 'irule') check84Index(v);
  return getIndex32(v, length);
}

/** A subcommand gets the full argv (argv[0] the command as invoked, argv[1] the subcommand as
 * typed) and the subcommand's full name for wrong-args messages. */
type Sub = (interp: Interp, argv: Value[], name: string) => Value;

/** `wrong # args: should be "string length string"` (Tcl prints the full subcommand name). */
function usage(argv: Value[], name: string, rest: string): TclError {
  return wrongArgs(`${str(argv[0]!)} ${name} ${rest}`);
}

// ---- subcommands -----------------------------------------------------------------------------------

const bytelength: Sub = (_i, argv, name) => {
  if (argv.length !== 3) throw usage(argv, name, 'string');
  return byteLength(str(argv[2]!));
};

const cat: Sub = (interp, argv) => {
  if (argv.length === 3) return argv[2]!;
  let out = '';
  for (let k = 2; k < argv.length; k++) {
    out += str(argv[k]!);
    interp.checkLength(out.length);
  }
  return out;
};

/** The options of compare/equal: ?-nocase? ?-length int?, before the two strings. */
function compareOptions(argv: Value[], name: string): { nocase: boolean; length: number } {
  const rest = '?-nocase? ?-length int? string1 string2';
  if (argv.length < 4 || argv.length > 7) throw usage(argv, name, rest);
  let nocase = false;
  let length = -1;
  const last = argv.length - 2;
  for (let k = 2; k < last; k++) {
    const opt = str(argv[k]!);
    if (opt.length > 1 && '-nocase'.startsWith(opt)) nocase = true;
    else if (opt.length > 1 && '-length'.startsWith(opt)) {
      if (k + 1 >= last) throw usage(argv, name, rest);
      length = getInt32(argv[++k]!);
    } else {
      throw new TclError(`bad option "${opt}": must be -nocase or -length`, ['TCL', 'LOOKUP', 'INDEX', 'option', opt]);
    }
  }
  return { nocase, length };
}

const compare: Sub = (_i, argv, name) => {
  const { nocase, length } = compareOptions(argv, name);
  return compareStrings(str(argv[argv.length - 2]!), str(argv[argv.length - 1]!), nocase, length);
};

const equal: Sub = (_i, argv, name) => {
  const { nocase, length } = compareOptions(argv, name);
  return equalStrings(str(argv[argv.length - 2]!), str(argv[argv.length - 1]!), nocase, length) ? 1 : 0;
};

const first: Sub = (interp, argv, name) => {
  if (argv.length < 4 || argv.length > 5) throw usage(argv, name, 'needleString haystackString ?startIndex?');
  const haystack = str(argv[3]!);
  const start = argv.length === 5 ? index32(interp, argv[4]!, haystack.length) : 0;
  return stringFirst(str(argv[2]!), haystack, start);
};

const last: Sub = (interp, argv, name) => {
  if (argv.length < 4 || argv.length > 5) throw usage(argv, name, 'needleString haystackString ?startIndex?');
  const haystack = str(argv[3]!);
  const lastIndex = argv.length === 5 ? index32(interp, argv[4]!, haystack.length) : haystack.length - 1;
  return stringLast(str(argv[2]!), haystack, lastIndex);
};

const index: Sub = (interp, argv, name) => {
  if (argv.length !== 4) throw usage(argv, name, 'string charIndex');
  const s = str(argv[2]!);
  const i = index32(interp, argv[3]!, s.length);
  return i >= 0 && i < s.length ? s[i]! : '';
};

const IS_OPTIONS = ['-strict', '-failindex'];

const is: Sub = (interp, argv, name) => {
  if (argv.length < 4 || argv.length > 7) throw usage(argv, name, 'class ?-strict? ?-failindex var? str');
  const classes: readonly string[] = interp.dialect === 'irule' ? IS_CLASSES_84 : IS_CLASSES;
  const cls = classes[getIndexFromTable(classes, str(argv[2]!), 'class')]! as (typeof IS_CLASSES)[number];
  let strict = false;
  let failVar: string | null = null;
  for (let k = 3; k < argv.length - 1; k++) {
    const opt = getIndexFromTable(IS_OPTIONS, str(argv[k]!), 'option');
    if (opt === 0) strict = true;
    else {
      if (k + 1 >= argv.length - 1) {
        throw usage(argv, `is ${cls}`, '?-strict? ?-failindex var? str');
      }
      failVar = str(argv[++k]!);
    }
  }
  const r = stringIs(cls, argv[argv.length - 1]!, strict);
  if (!r.result && failVar !== null) interp.setVar(failVar, r.failat);
  return r.result ? 1 : 0;
};

const length: Sub = (_i, argv, name) => {
  if (argv.length !== 3) throw usage(argv, name, 'string');
  return str(argv[2]!).length;
};

/** -nocase, the only option of map and match (no abbreviation shorter than "-n"). */
function nocaseOption(argv: Value[]): boolean {
  const opt = str(argv[2]!);
  if (opt.length > 1 && '-nocase'.startsWith(opt)) return true;
  throw new TclError(`bad option "${opt}": must be -nocase`, ['TCL', 'LOOKUP', 'INDEX', 'option', opt]);
}

// Rules map with the same literal mapping over and over: keep it parsed and indexed.
const mapCache = new Map<string, CompiledMap>();
const MAP_CACHE_MAX = 256;
const MAP_CACHE_MAX_TEXT = 4096;

function compiledMapping(v: Value, nocase: boolean): CompiledMap {
  const cacheable = typeof v === 'string' && v.length <= MAP_CACHE_MAX_TEXT;
  const key = cacheable ? (nocase ? '1' : '0') + v : '';
  if (cacheable) {
    const hit = mapCache.get(key);
    if (hit) return hit;
  }
  const items = toList(v);
  if (items.length % 2 !== 0) throw new TclError('char map list unbalanced', ['TCL', 'OPERATION', 'MAP', 'UNBALANCED']);
  const compiled = compileMap(items.map(str), nocase);
  if (cacheable) {
    if (mapCache.size >= MAP_CACHE_MAX) mapCache.clear();
    mapCache.set(key, compiled);
  }
  return compiled;
}

const map: Sub = (interp, argv, name) => {
  if (argv.length < 4 || argv.length > 5) throw usage(argv, name, '?-nocase? charMap string');
  const nocase = argv.length === 5 && nocaseOption(argv);
  const mapping = compiledMapping(argv[argv.length - 2]!, nocase);
  const subject = argv[argv.length - 1]!;
  if (mapping.keys.length === 0) return subject;
  return stringMap(str(subject), mapping, nocase, interp);
};

const match: Sub = (_i, argv, name) => {
  if (argv.length < 4 || argv.length > 5) throw usage(argv, name, '?-nocase? pattern string');
  const nocase = argv.length === 5 && nocaseOption(argv);
  return globMatch(str(argv[argv.length - 2]!), str(argv[argv.length - 1]!), nocase) ? 1 : 0;
};

const range: Sub = (interp, argv, name) => {
  if (argv.length !== 5) throw usage(argv, name, 'string first last');
  const s = str(argv[2]!);
  let from = index32(interp, argv[3]!, s.length);
  let to = index32(interp, argv[4]!, s.length);
  if (from < 0) from = 0;
  if (to >= s.length) to = s.length - 1;
  return to < from ? '' : s.slice(from, to + 1);
};

const repeat: Sub = (interp, argv, name) => {
  if (argv.length !== 4) throw usage(argv, name, 'string count');
  const count = getInt32(argv[3]!);
  if (count === 1) return argv[2]!;
  if (count < 1) return '';
  const s = str(argv[2]!);
  interp.checkLength(s.length * count);
  return s.repeat(count);
};

const replace: Sub = (interp, argv, name) => {
  if (argv.length < 5 || argv.length > 6) throw usage(argv, name, 'string first last ?string?');
  const s = str(argv[2]!);
  const end = s.length - 1;
  let from = index32(interp, argv[3]!, s.length);
  const to = index32(interp, argv[4]!, s.length);
  if (to < from || to < 0 || from > end) return argv[2]!;
  if (from < 0) from = 0;
  const insert = argv.length === 6 ? str(argv[5]!) : '';
  const out = s.slice(0, from) + insert + (to < end ? s.slice(to + 1) : '');
  interp.checkLength(out.length);
  return out;
};

const reverse: Sub = (_i, argv, name) => {
  if (argv.length !== 3) throw usage(argv, name, 'string');
  return reverseString(str(argv[2]!));
};

/** tolower/toupper/totitle: string ?first? ?last? */
function caseSub(convert: (s: string, from: number, to: number) => string): Sub {
  return (interp, argv, name) => {
    if (argv.length < 3 || argv.length > 5) throw usage(argv, name, 'string ?first? ?last?');
    const s = str(argv[2]!);
    if (argv.length === 3) return convert(s, 0, s.length);
    const end = s.length - 1;
    let from = index32(interp, argv[3]!, s.length);
    if (from < 0) from = 0;
    let to = argv.length === 5 ? index32(interp, argv[4]!, s.length) : from;
    if (to >= end) to = end;
    if (to < from) return argv[2]!;
    return convert(s, from, to + 1);
  };
}

function trimSub(trim: (s: string, chars?: string) => string): Sub {
  return (_i, argv, name) => {
    if (argv.length < 3 || argv.length > 4) throw usage(argv, name, 'string ?chars?');
    return argv.length === 4 ? trim(str(argv[2]!), str(argv[3]!)) : trim(str(argv[2]!));
  };
}

const wordend: Sub = (interp, argv, name) => {
  if (argv.length !== 4) throw usage(argv, name, 'string index');
  const s = str(argv[2]!);
  return wordEnd(s, index32(interp, argv[3]!, s.length));
};

const wordstart: Sub = (interp, argv, name) => {
  if (argv.length !== 4) throw usage(argv, name, 'string index');
  const s = str(argv[2]!);
  return wordStart(s, index32(interp, argv[3]!, s.length));
};

// ---- the ensemble ----------------------------------------------------------------------------------

const SUBCOMMANDS: Record<string, Sub> = {
  bytelength, cat, compare, equal, first, index, is, last, length, map, match, range, repeat, replace,
  reverse,
  tolower: caseSub(toLowerRange),
  totitle: caseSub(toTitleRange),
  toupper: caseSub(toUpperRange),
  trim: trimSub(trimBoth),
  trimleft: trimSub(trimLeft),
  trimright: trimSub(trimRight),
  wordend, wordstart,
};

/** Sorted, as Tcl lists them in the error message. */
const STRING_SUBCOMMANDS = Object.keys(SUBCOMMANDS).sort();

const subcommandMap = new Map<string, [string, Sub]>(Object.entries(SUBCOMMANDS).map(([k, v]) => [k, [k, v]]));

function resolveSubcommand(name: string): [string, Sub] {
  const exact = subcommandMap.get(name);
  if (exact) return exact;
  const i = prefixIndex(STRING_SUBCOMMANDS, name);
  if (i < 0) {
    throw new TclError(
      `unknown or ambiguous subcommand "${name}": must be ${STRING_SUBCOMMANDS.slice(0, -1).join(', ')}, or ${STRING_SUBCOMMANDS[STRING_SUBCOMMANDS.length - 1]}`,
      ['TCL', 'LOOKUP', 'SUBCOMMAND', name],
    );
  }
  const full = STRING_SUBCOMMANDS[i]!;
  return [full, SUBCOMMANDS[full]!];
}

function stringCommand(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs(`${str(argv[0]!)} ${interp.dialect === 'irule' ? 'option arg' : 'subcommand'} ?arg ...?`);
  if (interp.dialect === 'irule') {
    // Tcl 8.4's string is a command with an option table, not an ensemble.
    const full = STRING_SUBCOMMANDS_84[getIndexFromTable(STRING_SUBCOMMANDS_84, str(argv[1]!), 'option')]!;
    return SUBCOMMANDS[full]!(interp, argv, full);
  }
  const [name, sub] = resolveSubcommand(str(argv[1]!));
  return sub(interp, argv, name);
}

export const stringCommands: CommandDef[] = [{ name: 'string', fn: stringCommand }];
