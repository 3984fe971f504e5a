// regexp and regsub, after Tcl 8.6's Tcl_RegexpObjCmd / Tcl_RegsubObjCmd: the same option
// parsing, the same stepping over empty matches with -all, the same "^ matches at -start only
// after a newline" rule, and regsub's literal fast path (which, like Tcl's, ignores -expanded).

import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { getIndex } from '../numbers.js';
import { getInt32 } from '../strings/intarg.js';
import { execTclRegex, getTclRegex, type RegexFlags, type TclMatch } from '../regex/index.js';
import { str, TclList, type Value } from '../value.js';

const REGEXP_OPTIONS = ['-all', '-about', '-indices', '-inline', '-expanded', '-line', '-linestop', '-lineanchor', '-nocase', '-start', '--'];
const REGSUB_OPTIONS = ['-all', '-nocase', '-expanded', '-line', '-linestop', '-lineanchor', '-start', '--'];

function badOption(name: string, options: string[]): TclError {
  const list = options.slice(0, -1).join(', ') + ', or ' + options[options.length - 1];
  return new TclError(`bad option "${name}": must be ${list}`, ['TCL', 'LOOKUP', 'INDEX', 'option', name]);
}

interface Options {
  flags: RegexFlags;
  all: boolean;
  about: boolean;
  indices: boolean;
  inline: boolean;
  start: Value | undefined;
  /** Index of the first non-option argument. */
  next: number;
}

function parseOptions(argv: Value[], options: string[], usage: string, minArgs: number, tcl84: boolean): Options {
  const o: Options = { flags: {}, all: false, about: false, indices: false, inline: false, start: undefined, next: argv.length };
  let i = 1;
  for (; i < argv.length; i++) {
    const name = str(argv[i]!);
    if (name[0] !== '-') break;
    if (!options.includes(name)) throw badOption(name, options);
    if (name === '--') {
      i++;
      break;
    }
    switch (name) {
      case '-all': o.all = true; break;
      case '-about': o.about = true; break;
      case '-indices': o.indices = true; break;
      case '-inline': o.inline = true; break;
      case '-expanded': o.flags.expanded = true; break;
      case '-line': o.flags.line = true; break;
      case '-linestop': o.flags.linestop = true; break;
      case '-lineanchor': o.flags.lineanchor = true; break;
      case '-nocase': o.flags.nocase = true; break;
      case '-start':
        if (++i >= argv.length) throw wrongArgs(usage);
        // Tcl 8.4.6 (the iRule dialect) reads a plain integer (Tcl_GetIntFromObj: generic/tclCmdMZ.c 278, 600).
        if (tcl84) getInt32(argv[i]!);
        getIndex(argv[i]!, 0); // validates now, as Tcl does; resolved against the string later
        o.start = argv[i];
        break;
    }
  }
  if (argv.length - i < minArgs - (o.about ? 1 : 0)) throw wrongArgs(usage);
  o.next = i;
  return o;
}

function startOffset(start: Value | undefined, length: number): number {
  if (start === undefined) return 0;
  const off = getIndex(start, length + 1);
  return off < 0 ? 0 : off;
}

// ---- regexp ------------------------------------------------------------------------------------

function regexpCmd(interp: Interp, argv: Value[]): Value {
  const usage = `${str(argv[0]!)} ?-option ...? exp string ?matchVar? ?subMatchVar ...?`;
  const o = parseOptions(argv, REGEXP_OPTIONS, usage, 2, interp.dialect === 'irule');
  const rest = argv.slice(o.next);
  if (o.inline && rest.length > 2) {
    throw new TclError('regexp match variables not allowed when using -inline');
  }
  if (o.about) {
    const rx = getTclRegex(str(rest[0]!), o.flags);
    return new TclList([rx.nsub, new TclList(rx.about)]);
  }
  const text = str(rest[1]!);
  const length = text.length;
  const offset0 = startOffset(o.start, length);
  const rx = getTclRegex(str(rest[0]!), o.flags);
  const varNames = rest.slice(2);
  // One work budget for the whole command (every match of -all included).
  const budget = interp.regexBudget;
  if (!o.all && !o.inline && varNames.length === 0 && offset0 === 0) return rx.test(text, budget) ? 1 : 0;
  const inlineItems: Value[] = [];
  let offset = offset0;
  let count = 0;
  for (;;) {
    const allowBol = offset === 0 || (offset <= length && text.charCodeAt(offset - 1) === 10);
    const m = execTclRegex(rx, text, offset, allowBol, o.indices, budget);
    if (m === null) {
      if (count === 0) return o.inline ? new TclList([]) : 0;
      break;
    }
    count++;
    const nValues = o.inline ? rx.nsub + 1 : varNames.length;
    for (let i = 0; i < nValues; i++) {
      const v = matchValue(m, i, rx.nsub, text, o.indices);
      if (o.inline) inlineItems.push(v);
      else interp.setVar(str(varNames[i]!), v);
    }
    if (!o.all) break;
    const matchLength = m.end - m.start;
    offset = m.end;
    if (matchLength === 0) offset++;
    if (offset >= length) break;
  }
  return o.inline ? new TclList(inlineItems) : o.all ? count : 1;
}

function matchValue(m: TclMatch, i: number, nsub: number, text: string, indices: boolean): Value {
  if (indices) {
    let span: [number, number] | undefined;
    if (i === 0) span = [m.start, m.end];
    else if (i <= nsub) span = m.indices![i - 1];
    return span === undefined ? new TclList([-1, -1]) : new TclList([span[0], span[1] - 1]);
  }
  if (i === 0) return text.slice(m.start, m.end);
  if (i > nsub) return '';
  return m.groups[i - 1] ?? '';
}

// ---- regsub ------------------------------------------------------------------------------------

/** A substitution spec as pieces: literal text, or the number of the group to insert. */
type SubPiece = string | number;
const specCache = new Map<string, SubPiece[]>();

function parseSubSpec(spec: string): SubPiece[] {
  let pieces = specCache.get(spec);
  if (pieces !== undefined) return pieces;
  pieces = [];
  let lit = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i]!;
    if (c === '&') {
      if (lit) pieces.push(lit);
      lit = '';
      pieces.push(0);
    } else if (c === '\\') {
      const d = spec[i + 1];
      if (d !== undefined && d >= '0' && d <= '9') {
        if (lit) pieces.push(lit);
        lit = '';
        pieces.push(d.charCodeAt(0) - 48);
        i++;
      } else if (d === '\\' || d === '&') {
        lit += d;
        i++;
      } else {
        lit += c;
      }
    } else {
      lit += c;
    }
  }
  if (lit) pieces.push(lit);
  if (specCache.size > 500) specCache.clear();
  specCache.set(spec, pieces);
  return pieces;
}

function regsubCmd(interp: Interp, argv: Value[]): Value {
  const usage = `${str(argv[0]!)} ?-option ...? exp string subSpec ?varName?`;
  const o = parseOptions(argv, REGSUB_OPTIONS, usage, 3, interp.dialect === 'irule');
  const rest = argv.slice(o.next);
  if (rest.length > 4) throw wrongArgs(usage);
  const pattern = str(rest[0]!);
  const text = str(rest[1]!);
  const spec = str(rest[2]!);
  let offset = startOffset(o.start, text.length);

  let result: string;
  let count: number;
  if (o.all && offset === 0 && !/[&\\]/.test(spec) && !/[*+?{}()[\].\\|^$]/.test(pattern)) {
    [result, count] = literalSubstitute(interp, pattern, text, spec, !!o.flags.nocase);
  } else {
    const rx = getTclRegex(pattern, o.flags);
    const pieces = parseSubSpec(spec);
    const budget = interp.regexBudget;
    const wlen = text.length;
    let out = '';
    count = 0;
    while (offset <= wlen) {
      const allowBol = offset === 0 || text.charCodeAt(offset - 1) === 10;
      const m = execTclRegex(rx, text, offset, allowBol, false, budget);
      if (m === null) break;
      if (count === 0) out = text.slice(0, offset);
      count++;
      out += text.slice(offset, m.start);
      for (const p of pieces) {
        if (typeof p === 'string') out += p;
        else if (p === 0) out += text.slice(m.start, m.end);
        else if (p <= rx.nsub) out += m.groups[p - 1] ?? '';
      }
      interp.checkLength(out.length);
      const start = m.start - offset;
      const end = m.end - offset;
      if (end === 0) {
        if (offset < wlen) out += text[offset];
        offset++;
      } else {
        offset += end;
        if (start === end) {
          if (offset < wlen) out += text[offset];
          offset++;
        }
      }
      if (!o.all) break;
    }
    if (count === 0) result = text;
    else {
      if (offset < wlen) out += text.slice(offset);
      result = out;
    }
  }
  if (rest.length === 4) {
    interp.setVar(str(rest[3]!), result);
    return count;
  }
  return result;
}

/** Tcl's "one pair string map" fast path for -all with a pattern that has no special characters. */
function literalSubstitute(interp: Interp, pattern: string, text: string, spec: string, nocase: boolean): [string, number] {
  if (pattern.length === 0) {
    // "" matches before every character (and, unlike the regexp path, not at the end).
    if (text.length === 0) return [text, 0];
    let out = '';
    for (let i = 0; i < text.length; i++) out += spec + text[i];
    interp.checkLength(out.length);
    return [out, text.length];
  }
  const hay = nocase ? lowerEach(text) : text;
  const needle = nocase ? lowerEach(pattern) : pattern;
  let out = '';
  let count = 0;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) break;
    out += text.slice(from, at) + spec;
    count++;
    from = at + needle.length;
    interp.checkLength(out.length);
  }
  if (count === 0) return [text, 0];
  return [out + text.slice(from), count];
}

/** Lower-cases character by character (keeps positions: no length-changing mappings). */
function lowerEach(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

export const regexpCommands: CommandDef[] = [
  { name: 'regexp', fn: regexpCmd },
  { name: 'regsub', fn: regsubCmd },
];
