// switch ?options? string pattern body ?pattern body ...?   (or the patterns and bodies as one list)

import { literalValue, type Word } from '../../syntax/ast.js';
import { parseScript } from '../../syntax/parser.js';
import { compileText, evalValue, type CompileContext, type Exec } from '../compile.js';
import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { getIndexFromTable } from '../strings/lookup.js';

type Dialect = Interp['dialect'];
import { execTclRegex, getTclRegex } from '../regex/index.js';
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
const LIST_USAGE = 'switch ?-option ...? string {?pattern body ...? ?default body?}';
const OPTIONS_86 = ['-exact', '-glob', '-indexvar', '-matchvar', '-nocase', '-regexp', '--'];
/** Tcl 8.4.6 (BIG-IP): generic/tclCmdMZ.c lines 2701-2727 (see docs/tcl.md). */
const OPTIONS_84 = ['-exact', '-glob', '-regexp', '--'];
const USAGE_84 = 'switch ?switches? string pattern body ... ?default body?';
const LIST_USAGE_84 = 'switch ?switches? string {pattern body ... ?default body?}';

/** The option words of Tcl_SwitchObjCmd. Tcl 8.6 reads options only while at least two words
 * follow (so `switch -a {...}` switches on "-a"), refuses a second mode, and checks that
 * -indexvar/-matchvar come with -regexp; Tcl 8.4 reads every leading "-" word, the last mode
 * wins, and knows only -exact, -glob, -regexp and --. Options may be abbreviated. */
function parseOptions(argv: readonly string[], dialect: Dialect): Options {
  const o: Options = { mode: 'exact', nocase: false, next: 1 };
  const v84 = dialect === 'irule';
  const table = v84 ? OPTIONS_84 : OPTIONS_86;
  let foundMode: string | undefined;
  let i = 1;
  for (; i < (v84 ? argv.length : argv.length - 2); i++) {
    const a = argv[i]!;
    if (a.charCodeAt(0) !== 45 /* - */) break;
    const opt = table[getIndexFromTable(table, a, 'option')]!;
    if (opt === '--') {
      i++;
      break;
    }
    if (opt === '-exact' || opt === '-glob' || opt === '-regexp') {
      if (foundMode !== undefined && !v84) {
        throw new TclError(`bad option "${a}": ${foundMode} option already found`, ['TCL', 'OPERATION', 'SWITCH', 'DOUBLEOPT']);
      }
      foundMode = opt;
      o.mode = opt.slice(1) as Mode;
    } else if (opt === '-nocase') o.nocase = true;
    else {
      i++;
      if (i >= argv.length - 2) {
        throw new TclError(`missing variable name argument to ${opt} option`, ['TCL', 'OPERATION', 'SWITCH', 'NOVAR']);
      }
      if (opt === '-matchvar') o.matchVar = argv[i];
      else o.indexVar = argv[i];
    }
  }
  if (argv.length - i < 2) throw wrongArgs(v84 ? USAGE_84 : USAGE);
  for (const [name, given] of [['-indexvar', o.indexVar], ['-matchvar', o.matchVar]] as const) {
    if (given !== undefined && o.mode !== 'regexp') {
      throw new TclError(`${name} option requires -regexp option`, ['TCL', 'OPERATION', 'SWITCH', 'MODERESTRICTION']);
    }
  }
  o.next = i;
  return o;
}

/** Returns the index of the matching pattern (and sets match/index vars), or -1. */
function findMatch(interp: Interp, o: Options, subject: string, patterns: string[]): number {
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k]!;
    if (p === 'default' && k === patterns.length - 1) {
      // Tcl_SwitchObjCmd (tclCmdMZ.c) empties -matchvar and -indexvar when the default arm runs.
      if (o.matchVar !== undefined) interp.setVar(o.matchVar, '');
      if (o.indexVar !== undefined) interp.setVar(o.indexVar, '');
      return k;
    }
    switch (o.mode) {
      case 'exact':
        if (o.nocase ? p.toLowerCase() === subject.toLowerCase() : p === subject) return k;
        break;
      case 'glob':
        if (globMatch(p, subject, o.nocase)) return k;
        break;
      case 'regexp': {
        const rx = getTclRegex(p, { nocase: o.nocase });
        const budget = interp.regexBudget;
        const wantVars = o.matchVar !== undefined || o.indexVar !== undefined;
        if (!wantVars) {
          if (rx.test(subject, budget)) return k;
          break;
        }
        const m = execTclRegex(rx, subject, 0, true, o.indexVar !== undefined, budget);
        if (m === null) break;
        if (o.matchVar !== undefined) {
          const texts: Value[] = [subject.slice(m.start, m.end)];
          for (const g of m.groups) texts.push(g ?? '');
          interp.setVar(o.matchVar, new TclList(texts));
        }
        if (o.indexVar !== undefined) {
          // Ranges are inclusive, as `regexp -indices` gives them; -1 -1 for a group that took no
          // part, and also (a quirk of Tcl_SwitchObjCmd, which tests the end offset) for one that
          // ends at offset 0, i.e. an empty match at the start.
          const range = (a: number, b: number): Value => new TclList(b > 0 ? [a, b - 1] : [-1, -1]);
          const ranges: Value[] = [range(m.start, m.end)];
          for (const r of m.indices!) ranges.push(r === undefined ? range(-1, -1) : range(r[0], r[1]));
          interp.setVar(o.indexVar, new TclList(ranges));
        }
        return k;
      }
    }
  }
  return -1;
}

/** Patterns and bodies as pairs, with Tcl's checks. `fromList`: they came as one list word. */
function pairs(items: Value[], fromList: boolean, dialect: Dialect): { patterns: string[]; bodies: Value[] } {
  const v84 = dialect === 'irule';
  if (items.length === 0) throw wrongArgs(v84 ? LIST_USAGE_84 : LIST_USAGE);
  if (items.length % 2 !== 0) {
    let message = 'extra switch pattern with no body';
    const code = ['TCL', 'OPERATION', 'SWITCH', 'BADARM'];
    // Tcl's heuristic for the classic mistake of a comment between the arms.
    if (fromList && items.some((x, i) => i % 2 === 0 && str(x).charCodeAt(0) === 35 /* # */)) {
      message += ', this may be due to a comment incorrectly placed outside of a switch body - see the "switch" documentation';
      code.push('COMMENT?');
    }
    throw new TclError(message, v84 ? 'NONE' : code);
  }
  const patterns: string[] = [];
  const bodies: Value[] = [];
  for (let i = 0; i < items.length; i += 2) {
    patterns.push(str(items[i]!));
    bodies.push(items[i + 1]!);
  }
  if (str(bodies[bodies.length - 1]!) === '-') {
    throw new TclError(`no body specified for pattern "${patterns[patterns.length - 1]}"`, ['TCL', 'OPERATION', 'SWITCH', 'BADARM', 'FALLTHROUGH']);
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
  const o = parseOptions(strs, interp.dialect);
  const rest = argv.slice(o.next);
  const subject = str(rest[0]!);
  const armWords = rest.length === 2 ? toList(rest[1]!) : rest.slice(1);
  const { patterns, bodies } = pairs(armWords, rest.length === 2, interp.dialect);
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
    o = parseOptions(lits.map((l) => l ?? '\u0000'), ctx.interp.dialect);
  } catch {
    return null;
  }
  const rest = words.slice(o.next);
  if (rest.length < 2 || lits.slice(1, o.next).some((l) => l === undefined)) return null;
  const subject = execs[o.next]!;
  // A computed subject that Tcl would still read as an option when it starts with "-" (8.4 reads
  // every leading "-" word; 8.6 all but the last two words), unless a literal -- came first: at run
  // time such a value goes through the generic path, which parses it as Tcl does.
  const afterDashes = o.next > 1 && lits[o.next - 1] === '--';
  const subjectIsOption =
    lits[o.next] === undefined && !afterDashes && (ctx.interp.dialect === 'irule' || o.next < words.length - 2);
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
      ({ patterns } = pairs(items, true, ctx.interp.dialect));
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
      ({ patterns } = pairs(armLits as string[], false, ctx.interp.dialect));
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
    const value = subject(interp);
    if (subjectIsOption && str(value).charCodeAt(0) === 45 /* - */) {
      return runSwitch(interp, lits.map((l, i) => (i === o.next ? value : (l as string))));
    }
    const k = findMatch(interp, o, str(value), patterns);
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
