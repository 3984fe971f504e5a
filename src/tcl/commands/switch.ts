// switch ?options? string pattern body ?pattern body ...?   (or the patterns and bodies as one list)

import { literalValue, type Word } from '../../syntax/ast.js';
import { parseScript } from '../../syntax/parser.js';
import { compileText, evalValue, type CompileContext, type Exec } from '../compile.js';
import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { compileTclRegex } from '../regex/index.js';
import { globMatch } from '../strings/glob.js';
import { TclList, str, toList, type Value } from '../value.js';

type Mode = 'exact' | 'glob' | 'regexp';

interface Options {
  mode: Mode;
  nocase: boolean;
  matchVar?: string;
  indexVar?: string;
  /** Index of the string argument. */
  next: number;
}

const USAGE = 'switch ?-option ...? string ?pattern body ...? ?default body?';

function parseOptions(argv: readonly string[]): Options {
  const o: Options = { mode: 'exact', nocase: false, next: 1 };
  let i = 1;
  while (i < argv.length - 1) {
    const a = argv[i]!;
    if (!a.startsWith('-')) break;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-exact') o.mode = 'exact';
    else if (a === '-glob') o.mode = 'glob';
    else if (a === '-regexp') o.mode = 'regexp';
    else if (a === '-nocase') o.nocase = true;
    else if (a === '-matchvar') o.matchVar = argv[++i];
    else if (a === '-indexvar') o.indexVar = argv[++i];
    else {
      throw new TclError(`bad option "${a}": must be -exact, -glob, -indexvar, -matchvar, -nocase, -regexp, or --`, ['TCL', 'LOOKUP', 'INDEX', 'option', a]);
    }
    i++;
  }
  if ((o.matchVar !== undefined || o.indexVar !== undefined) && o.mode !== 'regexp') {
    throw new TclError(`${o.matchVar !== undefined ? '-matchvar' : '-indexvar'} option requires -regexp option`, ['TCL', 'OPERATION', 'SWITCH', 'MODERESTRICTION']);
  }
  o.next = i;
  return o;
}

/** Returns the index of the matching pattern (and sets match/index vars), or -1. */
function findMatch(interp: Interp, o: Options, subject: string, patterns: string[]): number {
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k]!;
    if (p === 'default' && k === patterns.length - 1) return k;
    switch (o.mode) {
      case 'exact':
        if (o.nocase ? p.toLowerCase() === subject.toLowerCase() : p === subject) return k;
        break;
      case 'glob':
        if (globMatch(p, subject, o.nocase)) return k;
        break;
      case 'regexp': {
        const re = compileTclRegex(p, { nocase: o.nocase });
        re.lastIndex = 0;
        const m = re.exec(subject);
        if (m) {
          if (o.matchVar !== undefined) interp.setVar(o.matchVar, new TclList(Array.from(m, (x: string | undefined): Value => x ?? '')));
          if (o.indexVar !== undefined) {
            const idx = indices(m);
            interp.setVar(o.indexVar, new TclList(idx));
          }
          return k;
        }
      }
    }
  }
  return -1;
}

function indices(m: RegExpExecArray): Value[] {
  const out: Value[] = [];
  const withIdx = (m as RegExpExecArray & { indices?: [number, number][] }).indices;
  for (let g = 0; g < m.length; g++) {
    const span = withIdx?.[g];
    out.push(span ? new TclList([span[0], span[1] - 1]) : new TclList([-1, -1]));
  }
  return out;
}

/** Patterns and bodies as pairs, with Tcl's checks. */
function pairs(items: Value[]): { patterns: string[]; bodies: Value[] } {
  if (items.length === 0) throw wrongArgs(USAGE);
  if (items.length % 2 !== 0) throw new TclError('extra switch pattern with no body', ['TCL', 'OPERATION', 'SWITCH', 'BADARM']);
  const patterns: string[] = [];
  const bodies: Value[] = [];
  for (let i = 0; i < items.length; i += 2) {
    patterns.push(str(items[i]!));
    bodies.push(items[i + 1]!);
  }
  if (str(bodies[bodies.length - 1]!) === '-') {
    throw new TclError(`no body specified for pattern "${patterns[patterns.length - 1]}"`, ['TCL', 'OPERATION', 'SWITCH', 'FALLTHROUGH']);
  }
  return { patterns, bodies };
}

/** Index of the body to run for the arm that matched, following `-` fall-throughs. */
function bodyFor(bodies: readonly unknown[], isFallThrough: (i: number) => boolean, k: number): number {
  let j = k;
  while (j < bodies.length && isFallThrough(j)) j++;
  return j;
}

function runSwitch(interp: Interp, argv: Value[]): Value {
  const strs = argv.map(str);
  const o = parseOptions(strs);
  const rest = argv.slice(o.next);
  if (rest.length < 2) throw wrongArgs(USAGE);
  const subject = str(rest[0]!);
  const armWords = rest.length === 2 ? toList(rest[1]!) : rest.slice(1);
  const { patterns, bodies } = pairs(armWords);
  const k = findMatch(interp, o, subject, patterns);
  if (k < 0) return '';
  const j = bodyFor(bodies, (i) => str(bodies[i]!) === '-', k);
  return evalValue(interp, bodies[j]!);
}

/** Compiles the arms when the options and the pattern/body list are literal. */
function compileSwitch(words: Word[], execs: Exec[], ctx: CompileContext): Exec | null {
  const lits = words.map((w) => literalValue(w));
  // Options must be literal for the structure to be known (a non-literal word ends them here,
  // and the generic path handles anything unusual).
  let o: Options;
  try {
    o = parseOptions(lits.map((l) => l ?? '\u0000'));
  } catch {
    return null;
  }
  const rest = words.slice(o.next);
  if (rest.length < 2 || lits.slice(1, o.next).some((l) => l === undefined)) return null;
  const subject = execs[o.next]!;
  let patterns: string[];
  let bodies: Exec[];
  let fallThrough: boolean[];
  if (rest.length === 2) {
    const armsWord = rest[1]!;
    const armsText = lits[o.next + 1];
    if (armsText === undefined) return null;
    let items: Value[];
    try {
      items = toList(armsText);
      ({ patterns } = pairs(items));
    } catch {
      return null;
    }
    const bodyTexts = items.filter((_, i) => i % 2 === 1).map(str);
    const positioned = armsWord.kind === 'braced' && armsWord.raw !== undefined && armsWord.contentStart ? bodyPositions(armsWord, items) : null;
    fallThrough = bodyTexts.map((b) => b === '-');
    bodies = bodyTexts.map((b, i) => (fallThrough[i] ? () => '' : positioned?.[i] ? compileText(positioned[i]!.raw, ctx, positioned[i]!.start) : compileText(b, ctx)));
  } else {
    const armLits = lits.slice(o.next + 1);
    if (armLits.some((l) => l === undefined)) return null;
    try {
      ({ patterns } = pairs(armLits as string[]));
    } catch {
      return null;
    }
    const bodyWords = rest.slice(1).filter((_, i) => i % 2 === 1);
    fallThrough = bodyWords.map((w) => literalValue(w) === '-');
    bodies = bodyWords.map((w, i) => {
      if (fallThrough[i]) return () => '';
      const raw = w.kind === 'braced' ? w.raw : undefined;
      return raw !== undefined && w.contentStart ? compileText(raw, ctx, w.contentStart) : compileText(literalValue(w)!, ctx);
    });
  }
  return (interp) => {
    const k = findMatch(interp, o, str(subject(interp)), patterns);
    if (k < 0) return '';
    return bodies[bodyFor(bodies, (i) => fallThrough[i]!, k)]!(interp);
  };
}

/** Where each body of a braced arm list starts in the file (the list read as words). */
function bodyPositions(armsWord: Word, items: Value[]): ({ raw: string; start: import('../../syntax/ast.js').Pos } | null)[] | null {
  const script = parseScript(armsWord.raw!, { start: armsWord.contentStart! });
  const words = script.commands.flatMap((c) => c.words);
  if (script.errors.length > 0 || words.length !== items.length) return null;
  const out: ({ raw: string; start: import('../../syntax/ast.js').Pos } | null)[] = [];
  for (let i = 1; i < words.length; i += 2) {
    const w = words[i]!;
    if (literalValue(w) !== str(items[i]!)) return null;
    out.push(w.kind === 'braced' && w.raw !== undefined && w.contentStart ? { raw: w.raw, start: w.contentStart } : null);
  }
  return out;
}

export const switchCommand: CommandDef = {
  name: 'switch',
  fn: runSwitch,
  compile: (node, words, ctx) => compileSwitch(node.words, words, ctx),
};
