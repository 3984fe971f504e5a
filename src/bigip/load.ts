// The one load validator: what BIG-IP refuses when a rule is saved, shared by `irule lint` (its
// load-failure checks report these) and the simulator (`simulate`, `test`, `compare` refuse to load
// a rule for the first one). Only verified facts refuse a rule: F5's documented messages and the
// measurements on a real BIG-IP (docs/bigip-parser.md); what is only inferred
// is left to lint's warnings.
//
// Every body BIG-IP compiles with the rule is checked, deferred ones included (`after` scripts,
// `catch` and `eval` bodies, procs): BIG-IP resolves every literal command at load (measurements
// §4a), whatever runs it later.

import { literalValue, type Command, type Loc, type SyntaxError } from '../syntax/ast.js';
import type { EventHandler, RuleAst, RuleFile } from '../syntax/irule.js';
import { walk } from '../syntax/walk.js';
import { EVENT_NAMES, isValidInEvent, lookupEvent, lookupModel } from '../model/index.js';
import { parseParams } from '../tcl/commands/procs.js';
import { TclError } from '../tcl/errors.js';

/** Lint codes of the load failures (each names the check that reports it). */
export type LoadCode = 'IR1001' | 'IR1003' | 'IR2001' | 'IR2002' | 'IR2004' | 'IR2006' | 'IR2015' | 'IR2017';

export interface LoadError {
  code: LoadCode;
  /** BIG-IP's own wording where it is known (`unknown event (X)`, `command is disabled: "X"`, ...). */
  message: string;
  loc: Loc;
  /** Unknown events: the name as written (it may hold any character, a newline or a parenthesis). */
  name?: string;
  /** IR2004 in an event: the events of the handler where the refusal was measured. */
  refusedIn?: string[];
  /** Duplicate events: the priority and the line of the first block. */
  priority?: number;
  firstLine?: number;
}

/** What the validator knows of the virtual server; null: unknown (nothing is checked against it). */
export interface LoadTarget {
  hasPool?: ((name: string) => boolean) | null;
}

const cache = new WeakMap<RuleFile, LoadError[]>();

/** The load failures of a parsed rule file, in source order. Cached per file when no target is given. */
export function loadErrors(file: RuleFile, target: LoadTarget = {}): LoadError[] {
  const cacheable = !target.hasPool;
  const hit = cacheable ? cache.get(file) : undefined;
  if (hit) return hit;
  const syntax: LoadError[] = file.errors.map((e) => ({ code: 'IR1001', message: e.detail, loc: e.loc }));
  for (const rule of file.rules) checkSyntax(rule, syntax);
  syntax.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
  const out: LoadError[] = [];
  for (const rule of file.rules) checkRule(rule, target, out);
  out.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
  out.unshift(...syntax); // a syntax error is what BIG-IP reports first
  if (cacheable) cache.set(file, out);
  return out;
}

/**
 * What BIG-IP cannot compile below the top level: a syntax error in a nested script (an `if` or
 * `foreach` body, an `after` or `catch` script, a braced condition's `[...]`), since the compiler
 * reads every braced script literal of the rule when it is saved (measurements §4a, §4c); and a
 * `proc` whose argument list Tcl refuses to define (`argument with no name`, `too many fields in
 * argument specifier`), since the rule's procs are defined when it loads.
 */
function checkSyntax(rule: RuleAst, out: LoadError[]): void {
  const nested = {
    error: (e: SyntaxError) => out.push({ code: 'IR1001' as const, message: e.detail, loc: e.loc }),
    command: (cmd: Command) => {
      const missing = missingIfScript(cmd);
      if (missing) out.push(missing);
    },
  };
  for (const h of rule.handlers) walk(h.script, 'irule', nested);
  for (const p of rule.procs) {
    walk(p.script, 'irule', nested);
    try {
      parseParams(p.name, p.args.raw ?? ''); // the text the simulator defines the proc with
    } catch (e) {
      if (!(e instanceof TclError)) throw e;
      out.push({ code: 'IR1001', message: `proc ${p.name}: ${e.message}`, loc: p.args.loc });
    }
  }
}

/**
 * `if COND` with no script: BIG-IP's compiler refuses the rule, `missing a script after "if"`
 * (measurements §2: the body after a blank or comment line, which ends the command). Only this
 * measured shape, one word after `if`; other incomplete `if`s are Tcl's run-time wrong # args.
 */
export function missingIfScript(cmd: Command): LoadError | undefined {
  const head = cmd.words[0];
  if (!head || literalValue(head) !== 'if' || cmd.words.length !== 2) return undefined;
  return { code: 'IR1001', message: 'missing a script after "if" (BIG-IP refuses the rule on load): the condition is the last word of the command; a blank or comment line before the "{" of the body ends the command', loc: head.loc };
}

function checkRule(rule: RuleAst, target: LoadTarget, out: LoadError[]): void {
  for (const h of rule.handlers) {
    for (const ev of h.events) {
      if (!lookupEvent(ev.name)) out.push({ code: 'IR2001', message: `unknown event (${ev.name})`, name: ev.name, loc: ev.loc });
    }
  }
  checkDuplicates(rule, out);
  for (const h of rule.handlers) {
    const events = h.events.map((e) => e.name).filter((e) => EVENT_NAMES.has(e));
    walk(h.script, 'irule', {
      command: (cmd, { parents }) => {
        // An `after` script runs later, outside the event: its event context is not known.
        const deferred = parents.some((p) => p.words[0] !== undefined && literalValue(p.words[0]) === 'after');
        checkCommand(cmd, deferred ? [] : events, true, target, out);
      },
    });
  }
  for (const p of rule.procs) walk(p.script, 'irule', { command: (cmd) => checkCommand(cmd, [], false, target, out) });
}

/**
 * One event handled twice at the same priority in one rule: "Duplicate event" (measurements §6).
 * A `priority N` statement applies to the `when` blocks after it; a block is a duplicate only when
 * both readings of its priority (the statement in effect, and the rule's own) agree.
 */
function checkDuplicates(rule: RuleAst, out: LoadError[]): void {
  const positional = new Map<EventHandler, number>();
  let current: number | undefined;
  const byCommand = new Map(rule.handlers.map((h) => [h.command, h]));
  for (const c of rule.script.commands) {
    if (c.words[0] && literalValue(c.words[0]) === 'priority' && c.words[1]) {
      const n = Number(literalValue(c.words[1]));
      if (Number.isInteger(n)) current = n;
    }
    const h = byCommand.get(c);
    if (h) positional.set(h, h.priority ?? current ?? 500);
  }
  const seen = new Map<string, { global: number; positional: number; line: number }[]>();
  for (const h of rule.handlers) {
    const global = h.priority ?? rule.priority ?? 500;
    const pos = positional.get(h) ?? global;
    for (const ev of h.events) {
      const list = seen.get(ev.name) ?? [];
      const dup = list.find((e) => e.global === global && e.positional === pos);
      if (dup) out.push({ code: 'IR2015', message: 'Duplicate event', loc: ev.loc, priority: global, firstLine: dup.line });
      list.push({ global, positional: pos, line: ev.loc.start.line });
      seen.set(ev.name, list);
    }
  }
}

function checkCommand(cmd: Command, events: readonly string[], inHandler: boolean, target: LoadTarget, out: LoadError[]): void {
  const head = cmd.words[0];
  const raw = head ? literalValue(head) : undefined;
  if (raw === undefined || raw === '' || /\s/.test(raw)) return;
  const name = raw.replace(/^::/, '');
  const spec = lookupModel(name);
  if (spec?.availability === 'disabled') {
    out.push({ code: 'IR2006', message: `command is disabled: "${name}"`, loc: head!.loc });
    return;
  }
  if (spec?.availability === 'tcl85') {
    out.push({ code: 'IR2002', message: `undefined procedure: ${name}`, loc: head!.loc });
    return;
  }
  if (!spec) {
    // BIG-IP resolves every literal command name at load, even inside catch (measurements §4a); a
    // proc of the rule runs only through `call` (§4b); an `else` the `if` did not take (after a
    // blank or comment line, §2 N5) is a command of its own.
    const code = name === 'else' || name === 'elseif' ? 'IR1003' : 'IR2002';
    out.push({ code, message: `undefined procedure: ${name}`, loc: head!.loc });
    return;
  }
  if ((name === 'when' || name === 'proc') && inHandler) {
    // Events and procs are declared at the top level only, even through eval or uplevel (measurements §4c, §6).
    out.push({ code: 'IR2004', message: 'command is not valid in the current scope', loc: head!.loc });
    return;
  }
  const first = cmd.words[1] ? literalValue(cmd.words[1]) : undefined;
  const refusedIn = events.filter((ev) => !isValidInEvent(name, ev, first));
  if (refusedIn.length > 0) {
    out.push({ code: 'IR2004', message: `command is not valid in current event context (${refusedIn[0]}): ${name}`, loc: head!.loc, refusedIn });
  }
  if (target.hasPool) checkPool(cmd, name, target.hasPool, out);
}

/** A literal pool that does not exist: `unable to find pool (NAME)` (a computed name fails at run time). */
function checkPool(cmd: Command, name: string, hasPool: (name: string) => boolean, out: LoadError[]): void {
  const w = cmd.words;
  const poolWord = name === 'pool' ? w[1] : name === 'LB::reselect' && w[1] && literalValue(w[1]) === 'pool' ? w[2] : undefined;
  const poolName = poolWord ? literalValue(poolWord) : undefined;
  if (!poolWord || poolName === undefined || hasPool(poolName)) return;
  const shown = name === 'pool' ? 'pool' : 'LB::reselect pool';
  out.push({ code: 'IR2017', message: `unable to find pool (${poolName}) referenced by [${shown} ${poolName}]`, loc: poolWord.loc });
}
