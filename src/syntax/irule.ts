// The iRule top level (docs/bigip-reference.md §1.2): `when EVENT [priority N] [timing on|off] { body }`,
// `proc name args body`, `priority N`, `timing on|off`; and the tmsh wrappers of a bigip.conf
// export, `ltm rule NAME { ... }` / `rule NAME { ... }`, which may hold several rules per file.

import { literalValue, type Command, type Loc, type Pos, type Script, type SyntaxError, type Word } from './ast.js';
import { bodyDepth, parseScript } from './parser.js';

export interface EventHandler {
  type: 'when';
  /** Event names (usually one; `when A, B` style lists are split). */
  events: { name: string; loc: Loc }[];
  priority?: number;
  timing?: 'on' | 'off';
  body: Word;
  script: Script;
  command: Command;
  loc: Loc;
}

export interface ProcDecl {
  type: 'proc';
  name: string;
  args: Word;
  body: Word;
  script: Script;
  command: Command;
  loc: Loc;
}

export interface RuleAst {
  /** From a `ltm rule NAME` wrapper, else undefined (the file name is used). */
  name?: string;
  handlers: EventHandler[];
  procs: ProcDecl[];
  /** Names of `proc` declarations too malformed to define anything (their own syntax error is
   * reported): a call of one is that error again, not a second one. */
  brokenProcs: string[];
  /** A top-level `priority N` applies to every event of the rule without its own. */
  priority?: number;
  script: Script;
  loc: Loc;
}

export interface RuleFile {
  source: string;
  rules: RuleAst[];
  /** Every syntax error in the file: Tcl word syntax (all levels) and the top-level structure. */
  errors: SyntaxError[];
  /** Set for a bigip.conf / SCF export: it holds tmsh objects other than rules (skipped here). */
  config?: boolean;
}

function err(message: string, detail: string, loc: Loc): SyntaxError {
  return { message, detail, loc, commandStart: loc.start };
}

export function bodyOf(word: Word): Script {
  return parseScript(word.raw ?? literalValue(word) ?? '', { dialect: 'irule', start: word.contentStart ?? word.loc.start, depth: bodyDepth(word) });
}

function parsePriority(word: Word | undefined, errors: SyntaxError[]): number | undefined {
  const text = word ? literalValue(word) : undefined;
  if (word && text !== undefined && /^\d+$/.test(text) && Number(text) <= 1000) return Number(text);
  if (word) errors.push(err('invalid priority', `priority must be an integer from 0 to 1000, got "${text ?? '(substitution)'}"`, word.loc));
  return undefined;
}

/** Reads the rules of an iRule file (or a bigip.conf fragment holding `ltm rule` blocks). */
export function parseRuleFile(source: string): RuleFile {
  const errors: SyntaxError[] = [];
  const rules: RuleAst[] = [];
  const top = parseScript(source, { dialect: 'irule' });
  errors.push(...top.errors);
  const wrapped = top.commands.filter((c) => isRuleWrapper(c));
  // A bigip.conf / SCF export: its other objects (pools, virtual servers, ...) are not rules.
  const config = top.commands.some((c) => isTmshObject(c) && !isRuleWrapper(c));
  if (wrapped.length > 0 || config) {
    for (const c of top.commands) {
      if (!isRuleWrapper(c)) {
        if (isTmshObject(c)) continue;
        errors.push(err('unexpected command', `only "ltm rule NAME { ... }" blocks may appear beside other ltm rule blocks, got "${literalValue(c.words[0]!) ?? '?'}"`, c.loc));
        continue;
      }
      const nameWord = c.words[c.words.length - 2]!;
      const body = c.words[c.words.length - 1]!;
      const script = bodyOf(body);
      errors.push(...script.errors);
      rules.push(readRule(script, errors, literalValue(nameWord), c.loc));
    }
  } else {
    rules.push(readRule(top, errors, undefined, top.loc));
  }
  errors.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
  return config ? { source, rules, errors, config } : { source, rules, errors };
}

/**
 * tmsh's modules: in a bigip.conf or SCF export every object starts with one (`ltm pool ...`,
 * `sys folder ...`, `net vlan ...`). No iRule command has these names at the top level.
 */
const TMSH_MODULES: ReadonlySet<string> = new Set([
  'afm', 'analytics', 'apm', 'asm', 'auth', 'cli', 'cm', 'fpga', 'gtm', 'ilx', 'ipfix', 'ltm', 'net', 'pem', 'security', 'sys', 'vcmp', 'wam', 'wom',
]);

/** A top-level tmsh object or statement (`ltm pool /Common/p { ... }`) rather than iRule code. */
export function isTmshObject(c: Command): boolean {
  const head = c.words[0] ? literalValue(c.words[0]) : undefined;
  return head !== undefined && TMSH_MODULES.has(head) && c.words.length >= 2;
}

function isRuleWrapper(c: Command): boolean {
  const w = c.words.map((x) => literalValue(x));
  const body = c.words[c.words.length - 1];
  if (!body || body.kind !== 'braced') return false;
  return (w[0] === 'ltm' && w[1] === 'rule' && c.words.length === 4) || (w[0] === 'rule' && c.words.length === 3);
}

function readRule(script: Script, errors: SyntaxError[], name: string | undefined, loc: Loc): RuleAst {
  const rule: RuleAst = { name, handlers: [], procs: [], brokenProcs: [], script, loc };
  for (const c of script.commands) {
    const head = literalValue(c.words[0]!);
    switch (head) {
      case 'when': {
        const h = readWhen(c, errors);
        if (h) rule.handlers.push(h);
        break;
      }
      case 'proc': {
        if (c.words.length !== 4 || c.words[3]!.unclosed) {
          if (c.words.length !== 4) errors.push(err('wrong # args', 'wrong # args: should be "proc name args body"', c.loc));
          const name = c.words[1] ? literalValue(c.words[1]) : undefined;
          if (name) rule.brokenProcs.push(name);
          break;
        }
        const body = c.words[3]!;
        const s = bodyOf(body);
        errors.push(...s.errors);
        rule.procs.push({ type: 'proc', name: literalValue(c.words[1]!) ?? '', args: c.words[2]!, body, script: s, command: c, loc: c.loc });
        break;
      }
      case 'priority':
        rule.priority = parsePriority(c.words[1], errors);
        if (c.words.length !== 2) errors.push(err('wrong # args', 'wrong # args: should be "priority N"', c.loc));
        break;
      case 'timing':
        break;
      default:
        errors.push(err(
          'unexpected top-level command',
          `"${head ?? '(substitution)'}" is not allowed at the top level of an iRule: only when, proc and priority are (BIG-IP rejects the rule on load)`,
          c.words[0]!.loc,
        ));
    }
  }
  return rule;
}

function readWhen(c: Command, errors: SyntaxError[]): EventHandler | null {
  const words = c.words;
  if (words.length < 3) {
    errors.push(err('wrong # args', 'wrong # args: should be "when EVENT ?priority N? ?timing on|off? { body }"', c.loc));
    return null;
  }
  // The body is the first braced word after the event name; BIG-IP refuses words after it
  // ("unexpected extra argument", measurements §6).
  let bodyAt = words.findIndex((w, k) => k >= 2 && w.kind === 'braced');
  if (bodyAt < 0) bodyAt = words.length - 1;
  const body = words[bodyAt]!;
  for (let k = bodyAt + 1; k < words.length; k++) {
    errors.push(err('unexpected argument', `unexpected extra argument "${literalValue(words[k]!) ?? '(substitution)'}" after the body of "when" (BIG-IP refuses the rule)`, words[k]!.loc));
  }
  const events: { name: string; loc: Loc }[] = [];
  let priority: number | undefined;
  let timing: 'on' | 'off' | undefined;
  let i = 1;
  // Event names: `when A`, `when A,B`, `when A, B`.
  for (; i < bodyAt; i++) {
    const text = literalValue(words[i]!);
    if (text === undefined || text === 'priority' || text === 'timing') break;
    if (events.length > 0 && !text.startsWith(',') && !/,\s*$/.test(literalValue(words[i - 1]!) ?? '')) break;
    let offset = 0;
    for (const piece of text.split(',')) {
      const name = piece.trim();
      const at = text.indexOf(piece, offset);
      offset = at + piece.length;
      if (name === '') continue;
      const lead = piece.length - piece.trimStart().length;
      events.push({ name, loc: subLoc(words[i]!.loc.start, at + lead, name.length) });
    }
  }
  if (events.length === 0) errors.push(err('missing event name', 'expected an event name after "when"', words[1]!.loc));
  for (; i < bodyAt; i++) {
    const text = literalValue(words[i]!);
    if (text === 'priority') {
      priority = parsePriority(words[++i], errors);
    } else if (text === 'timing') {
      const v = literalValue(words[++i] ?? words[i]!);
      if (v === 'on' || v === 'off' || v === 'enable' || v === 'disable') timing = v === 'on' || v === 'enable' ? 'on' : 'off';
      else errors.push(err('invalid timing', 'timing must be "on" or "off"', words[i]!.loc));
    } else {
      errors.push(err('unexpected argument', `unexpected extra argument "${text ?? '(substitution)'}" in "when"`, words[i]!.loc));
    }
  }
  if (body.kind !== 'braced') errors.push(err('expected a body', 'the body of "when" must be a braced script', body.loc));
  // An unclosed body runs to the end of the file: what it holds is not this handler's code, and
  // reading it as such would only repeat the missing brace as other errors.
  if (body.unclosed) return null;
  const script = bodyOf(body);
  errors.push(...script.errors);
  return { type: 'when', events, priority, timing, body, script, command: c, loc: c.loc };
}

function subLoc(start: Pos, at: number, length: number): Loc {
  const s = { line: start.line, column: start.column + at, offset: start.offset + at };
  return { start: s, end: { line: s.line, column: s.column + length, offset: s.offset + length } };
}
