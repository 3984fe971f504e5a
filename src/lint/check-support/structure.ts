// The shape of the control-flow commands (`if`, `switch`) as words with positions, including the
// words that are not literal (which syntax/walk.ts's codeWords leaves out).

import { literalValue, type Command, type Word } from '../../syntax/ast.js';
import { switchArms } from '../../syntax/walk.js';

export interface IfClause {
  /** The condition word. */
  cond: Word;
  /** The body run when the condition holds (undefined when missing: a syntax problem). */
  body: Word | undefined;
}

export interface IfShape {
  clauses: IfClause[];
  /** The final else body, if any. */
  elseBody: Word | undefined;
}

const ifCache = new WeakMap<Command, IfShape | null>();
const switchCache = new WeakMap<Command, SwitchShape | null>();

/** Is the command's literal name `name` (or `::name`)? */
function named(cmd: Command, name: string): boolean {
  const w = cmd.words[0];
  if (!w) return false;
  const v = literalValue(w);
  return v === name || v === `::${name}`;
}

/** `if c1 ?then? b1 elseif c2 ?then? b2 ... ?else? ?bN?`, read as Tcl does (cached per command). */
export function ifShape(cmd: Command): IfShape | null {
  if (!named(cmd, 'if')) return null;
  let shape = ifCache.get(cmd);
  if (shape === undefined) {
    shape = readIf(cmd);
    ifCache.set(cmd, shape);
  }
  return shape;
}

function readIf(cmd: Command): IfShape | null {
  const w = cmd.words;
  const clauses: IfClause[] = [];
  let elseBody: Word | undefined;
  let i = 1;
  while (i < w.length) {
    const cond = w[i]!;
    i++;
    if (w[i] && literalValue(w[i]!) === 'then') i++;
    clauses.push({ cond, body: w[i] });
    i++;
    if (i >= w.length) break;
    const kw = literalValue(w[i]!);
    if (kw === 'elseif') {
      i++;
      continue;
    }
    if (kw === 'else') i++;
    elseBody = w[i];
    break;
  }
  return clauses.length > 0 ? { clauses, elseBody } : null;
}

export type SwitchMode = 'exact' | 'glob' | 'regexp';

export interface SwitchShape {
  mode: SwitchMode;
  nocase: boolean;
  subject: Word;
  /** Pattern/body pairs; a body `-` falls through to the next arm's body. */
  arms: { pattern: Word; body: Word }[];
  /** The arms were one braced word (their patterns are then never substituted). */
  braced: boolean;
}

/** `switch ?options? string {pattern body ...}` or `switch ?options? string pattern body ...` (cached per command). */
export function switchShape(cmd: Command): SwitchShape | null {
  if (!named(cmd, 'switch')) return null;
  let shape = switchCache.get(cmd);
  if (shape === undefined) {
    shape = readSwitch(cmd);
    switchCache.set(cmd, shape);
  }
  return shape;
}

function readSwitch(cmd: Command): SwitchShape | null {
  const w = cmd.words;
  let mode: SwitchMode = 'exact';
  let nocase = false;
  let i = 1;
  while (i < w.length - 1) {
    const opt = literalValue(w[i]!);
    if (opt === undefined || !opt.startsWith('-')) break;
    i++;
    if (opt === '--') break;
    if (opt === '-exact') mode = 'exact';
    else if (opt === '-glob') mode = 'glob';
    else if (opt === '-regexp') mode = 'regexp';
    else if (opt === '-nocase') nocase = true;
    else if (opt === '-matchvar' || opt === '-indexvar') i++;
    else return null; // an option we do not know: do not guess
  }
  const subject = w[i];
  if (!subject) return null;
  const rest = w.slice(i + 1);
  if (rest.length === 1) {
    const list = rest[0]!;
    if (list.kind !== 'braced') return null;
    return { mode, nocase, subject, arms: switchArms(list, 'irule'), braced: true };
  }
  if (rest.length === 0 || rest.length % 2 !== 0) return null;
  const arms: { pattern: Word; body: Word }[] = [];
  for (let k = 0; k < rest.length; k += 2) arms.push({ pattern: rest[k]!, body: rest[k + 1]! });
  return { mode, nocase, subject, arms, braced: false };
}
