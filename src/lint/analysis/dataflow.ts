// A small dataflow analysis over one rule file, shared by the correctness, security and pinning checks.
//
// Each event handler (and proc) is walked once in source order, conditions before bodies, with a
// per-variable state: the taint of the value (see taint.ts), whether an assignment has replaced
// what other events may have left in it ("killed"), and whether the rule validated it (regexp /
// string match / class match / string is: `validated`; string length: `bounded`; compared with "":
// `checked`). Bodies of if/switch/loops/catch/after are blocks: an assignment replaces the value
// for the rest of its block, and on leaving the block the value is the join of before and after
// (an undo log, so no state is copied). Loops are walked twice so values carried round are seen.
// Variables live in the connection and survive keep-alive requests, so a read that no assignment
// of its own handler reaches sees the join of every assignment elsewhere in the file (`incoming`);
// a handler is walked again only when such a join changed (usually never, at most a few times).
// The walk records every command with the taint of each of its words, every variable reference and
// every comparison in a braced expression, with positions.

import { literalValue, type Command, type Loc, type Part, type Script, type Word } from '../../syntax/ast.js';
import type { BinaryNode, ExprNode } from '../../syntax/expr/ast.js';
import type { EventHandler, ProcDecl, RuleAst, RuleFile } from '../../syntax/irule.js';
import { parseScript } from '../../syntax/parser.js';
import { codeWords, parseBody } from '../../syntax/walk.js';
import { lookupModel } from '../../model/index.js';
import { ifShape, switchShape } from '../check-support/structure.js';
import { litAt } from './shapes.js';
import { exprOf } from '../check-support/traverse.js';
import { commandResult, headerRead, type SourceEnv } from './sources.js';
import { add, clear, CLEAN, CLIENT_ANY, has, join, joinAll, keep, source, T, VALIDATION_CLEARS, type Taint } from './taint.js';
import { withFailureLoc } from '../../syntax/failure.js';

export interface Scope {
  id: number;
  kind: 'handler' | 'proc';
  rule: RuleAst;
  handler: EventHandler | null;
  proc: ProcDecl | null;
  /** Event names of the handler; empty for a proc. */
  events: string[];
  /** Variables tested with `info exists` / `array exists` somewhere in this scope. */
  existsGuards: Set<string>;
  /** A proc that links variables of other frames (upvar, global, variable). */
  linked: boolean;
}

/** A condition a command runs under: the `if` test, an earlier test that failed (`else`), a loop test, a switch arm. */
export interface Cond {
  kind: 'if' | 'else' | 'while' | 'switch';
  word: Word;
  expr: ExprNode | null;
  owner: Command;
  /** For a switch arm: its pattern. */
  pattern?: Word;
}

export interface CmdRecord {
  cmd: Command;
  /** The command name without a leading `::`, when literal. */
  name: string | undefined;
  scope: Scope;
  /** Number of enclosing conditional bodies (if, switch, loops, catch, after). */
  depth: number;
  inCatch: boolean;
  inAfter: boolean;
  inLoop: boolean;
  conds: readonly Cond[];
  /** Taint of each word (index 0: the command name). */
  args: Taint[];
  /** For response and redirect commands (HTTP::respond, HTTP::redirect, HTTP::header): the taint of each part of each word. */
  parts?: Taint[][];
  result: Taint;
}

export type RefKind = 'def' | 'read' | 'exists';

export interface VarRef {
  /** The variable (array base name for elements). */
  base: string;
  kind: RefKind;
  /** set, append, lappend, incr, foreach, regexp, scan, lassign, catch, array, param, upvar, ... or read. */
  how: string;
  loc: Loc;
  scope: Scope;
  depth: number;
  /** Enclosing loop ids (a def later in the same loop reaches an earlier read on the next iteration). */
  loops: readonly number[];
  inCatch: boolean;
  /** Inside an `after` script (runs later). */
  inAfter: boolean;
}

export interface Comparison {
  node: BinaryNode;
  left: Taint;
  right: Taint;
  scope: Scope;
  owner: Command;
  conds: readonly Cond[];
}

export interface ExprRecord {
  word: Word;
  expr: ExprNode;
  owner: Command;
  scope: Scope;
  conds: readonly Cond[];
}

export interface Analysis {
  scopes: Scope[];
  commands: CmdRecord[];
  refs: VarRef[];
  comparisons: Comparison[];
  exprs: ExprRecord[];
  /** Something may assign variables we cannot name (set $name, upvar, uplevel, eval of a computed script ...). */
  dynamicDefs: boolean;
  /** Something may read variables we cannot name (subst, eval, info vars, upvar ...). */
  dynamicReads: boolean;
  /** Final join of every assignment per variable (handlers only). */
  assigned: ReadonlyMap<string, Taint>;
}

interface VarState {
  taint: Taint;
  killed: boolean;
  validated: boolean;
  /** Validated by a pattern that still lets the value start with `-` (`^[A-Za-z0-9_-]+$`). */
  dashy: boolean;
  bounded: boolean;
  checked: boolean;
}

interface Ctx {
  scope: Scope;
  depth: number;
  loops: readonly number[];
  inCatch: boolean;
  inAfter: boolean;
  conds: readonly Cond[];
}

interface ScopeState {
  vars: Map<string, VarState>;
  checkedHeaders: Set<string>;
  checkedCookies: Set<string>;
}

type FlagMap = Map<string, Set<number>>;

const cache = new WeakMap<RuleFile, Analysis>();

/** The analysis of a rule file (computed once, shared by every check). */
export function analyze(file: RuleFile): Analysis {
  let a = cache.get(file);
  if (!a) {
    a = run(file);
    cache.set(file, a);
  }
  return a;
}

const MAX_PASSES = 8;

/** What the other scopes tell a scope: the join of their assignments, and which variables they validated. */
interface Env {
  incoming: Map<string, Taint>;
  validated: FlagMap;
  bounded: FlagMap;
  checked: FlagMap;
}

function run(file: RuleFile): Analysis {
  const scopes: Scope[] = [];
  for (const rule of file.rules) {
    for (const h of rule.handlers) {
      scopes.push({ id: scopes.length, kind: 'handler', rule, handler: h, proc: null, events: h.events.map((e) => e.name), existsGuards: new Set(), linked: false });
    }
    for (const p of rule.procs) {
      scopes.push({ id: scopes.length, kind: 'proc', rule, handler: null, proc: p, events: [], existsGuards: new Set(), linked: false });
    }
  }
  // Each scope is walked once with nothing known of the others; a scope is walked again only when
  // a variable it read without assigning it first (`consulted`) has a different join elsewhere.
  let env: Env = { incoming: new Map(), validated: new Map(), bounded: new Map(), checked: new Map() };
  let results = scopes.map((s) => new ScopeRun(s, env).run());
  for (let i = 1; i < MAX_PASSES; i++) {
    env = buildEnv(results);
    let again = false;
    results = results.map((r) => {
      for (const [name, sig] of r.consulted) {
        if (signature(env, name, r.scope) !== sig) {
          again = true;
          return new ScopeRun(r.scope, env).run();
        }
      }
      return r;
    });
    if (!again) break;
  }
  const assigned = buildEnv(results).incoming;
  return {
    scopes,
    commands: results.flatMap((r) => r.commands),
    refs: results.flatMap((r) => r.refs),
    comparisons: results.flatMap((r) => r.comparisons),
    exprs: results.flatMap((r) => r.exprs),
    dynamicDefs: results.some((r) => r.dynamicDefs),
    dynamicReads: results.some((r) => r.dynamicReads),
    assigned,
  };
}

function buildEnv(results: ScopeRun[]): Env {
  const env: Env = { incoming: new Map(), validated: new Map(), bounded: new Map(), checked: new Map() };
  for (const r of results) {
    for (const [k, t] of r.assigned) env.incoming.set(k, join(env.incoming.get(k) ?? CLEAN, t));
    for (const f of ['validated', 'bounded', 'checked'] as const) {
      for (const name of r.flagged[f]) {
        let set = env[f].get(name);
        if (!set) env[f].set(name, (set = new Set()));
        set.add(r.scope.id);
      }
    }
  }
  return env;
}

function otherScopeHas(map: FlagMap, name: string, scope: Scope): boolean {
  const s = map.get(name);
  if (!s) return false;
  for (const id of s) if (id !== scope.id) return true;
  return false;
}

/** What a scope saw of variable `name` from the others (bits only: origins follow the bits). */
function signature(env: Env, name: string, scope: Scope): string {
  const bits = env.incoming.get(name)?.bits ?? 0;
  if (bits === 0) return '0';
  return `${bits}:${+otherScopeHas(env.validated, name, scope)}${+otherScopeHas(env.bounded, name, scope)}${+otherScopeHas(env.checked, name, scope)}`;
}

/** `name` / `name(index)` from a word naming a variable; null when the name is computed. */
export function varNameOf(word: Word | undefined): { base: string; element: boolean } | null {
  if (!word) return null;
  const text = literalValue(word);
  if (text !== undefined) {
    const m = /^([^(]+)\((.*)\)$/s.exec(text);
    return m ? { base: m[1]!, element: true } : { base: text, element: false };
  }
  // `arr($key)`: a literal base followed by a substituted index.
  const first = word.parts[0];
  const last = word.parts[word.parts.length - 1];
  if (first?.type === 'text' && last?.type === 'text' && word.parts.length > 1) {
    const m = /^([^($[]+)\(/.exec(first.value);
    if (m && last.value.endsWith(')')) return { base: m[1]!, element: true };
  }
  return null;
}

/** The variable a word (or an expression operand) stands for: `$x`, `$x(i)`, `[string tolower $x]`. */
export function subjectVar(word: Word | undefined): string | null {
  if (!word || word.parts.length !== 1) return null;
  return subjectOfPart(word.parts[0]!);
}

function subjectOfPart(p: Part): string | null {
  if (p.type === 'var') return p.name;
  if (p.type === 'command') return subjectOfScript(p.script);
  return null;
}

/** The variable a one-command substitution checks when it only changes its argument's case,
 * surrounding characters or encoding (the model's `keepsArgument`: `string tolower $x`, `URI::decode $x`). */
function subjectOfScript(s: Script): string | null {
  if (s.commands.length !== 1) return null;
  const c = s.commands[0]!;
  const name = literalValue(c.words[0]!);
  const spec = name !== undefined ? lookupModel(name) : undefined;
  if (!spec) return null;
  // `[string]` alone has no subcommand word (found by the fuzzer).
  if (spec.subcommands && c.words.length === 3) {
    const sub = literalValue(c.words[1]!);
    return sub !== undefined && spec.subcommands[sub]?.keepsArgument ? subjectVar(c.words[2]) : null;
  }
  return spec.keepsArgument && c.words.length === 2 ? subjectVar(c.words[1]) : null;
}

export function subjectOfExpr(n: ExprNode): string | null {
  switch (n.type) {
    case 'var':
      return n.name;
    case 'command':
      return subjectOfScript(n.script);
    case 'paren':
      return subjectOfExpr(n.expr);
    case 'quoted':
      return n.parts.length === 1 ? subjectOfPart(n.parts[0]!) : null;
    default:
      return null;
  }
}

/** A header/cookie read operand (`[HTTP::header value X]`), for "checked for empty" facts. */
function headerOfExpr(n: ExprNode): { kind: 'header' | 'cookie'; name: string } | null {
  if (n.type === 'paren') return headerOfExpr(n.expr);
  if (n.type !== 'command' || n.script.commands.length !== 1) return null;
  const r = headerRead(n.script.commands[0]!);
  return r && r.name !== undefined ? { kind: r.kind, name: r.name.toLowerCase() } : null;
}

function isEmptyLiteral(n: ExprNode): boolean {
  return (n.type === 'braced' && n.value === '') || (n.type === 'quoted' && n.parts.length === 0);
}

const STRING_OPS = new Set(['eq', 'ne', '==', '!=', 'starts_with', 'ends_with', 'contains', 'equals', 'matches_glob', 'matches_regex', 'in', 'ni', '<', '>', '<=', '>=']);
const EQUALITY = new Set(['eq', 'ne', '==', '!=', 'equals']);

/** Does a regular expression constrain what it captures (no `.*`, `.+`, `\S+`, negated classes)? */
function constrains(pattern: string | undefined): boolean {
  if (pattern === undefined) return false;
  return !/\.[*+]|\\S[*+]|\[\^|\.\{/.test(pattern);
}

let loopCounter = 0;

class ScopeRun {
  commands: CmdRecord[] = [];
  refs: VarRef[] = [];
  comparisons: Comparison[] = [];
  exprs: ExprRecord[] = [];
  dynamicDefs = false;
  dynamicReads = false;
  /** Join of the values assigned per variable (handlers, and `::` names in procs). */
  assigned = new Map<string, Taint>();
  flagged = { validated: new Set<string>(), bounded: new Set<string>(), checked: new Set<string>() };
  /** Variables read while their value could come from other scopes, with what was known of them then. */
  consulted = new Map<string, string>();
  private st: ScopeState = { vars: new Map(), checkedHeaders: new Set(), checkedCookies: new Set() };
  private readonly sourceEnv: SourceEnv;
  /** Undo log of the enclosing blocks: the state of each variable changed in the block, as it was on entry (null: absent). */
  private frames: Map<string, VarState | null>[] = [];
  /** Nesting of the silent first walk of a loop body (nothing is recorded while > 0). */
  private silent = 0;

  constructor(
    readonly scope: Scope,
    private readonly env: Env,
  ) {
    this.sourceEnv = { events: scope.events, checkedHeaders: this.st.checkedHeaders, checkedCookies: this.st.checkedCookies };
  }

  run(): this {
    const scope = this.scope;
    scope.existsGuards.clear();
    scope.linked = false;
    const body = scope.handler ? scope.handler.body : scope.proc!.body;
    const ctx: Ctx = { scope, depth: 0, loops: [], inCatch: false, inAfter: false, conds: [] };
    if (scope.proc) {
      for (const p of procParams(scope.proc)) {
        this.st.vars.set(p, { taint: CLEAN, killed: true, validated: false, dashy: false, bounded: false, checked: false });
        this.refs.push({ base: p, kind: 'def', how: 'param', loc: scope.proc.args.loc, scope, depth: 0, loops: [], inCatch: false, inAfter: false });
      }
    }
    this.walkScript(parseBody(body, 'irule'), ctx);
    return this;
  }

  // ---- blocks ----------------------------------------------------------------------------------

  /**
   * Runs `fn` as a conditional block: assignments inside replace the value for the rest of the
   * block, and on exit each changed variable holds the join of its value before and after the block.
   */
  private block<R>(fn: () => R): R {
    this.frames.push(new Map());
    let out: R;
    try {
      out = fn();
    } finally {
      const frame = this.frames.pop()!;
      const parent = this.frames[this.frames.length - 1];
      for (const [name, old] of frame) {
        if (parent && !parent.has(name)) parent.set(name, old);
        const cur = this.st.vars.get(name)!;
        if (!cur) continue;
        if (old === null) {
          cur.killed = false;
        } else {
          cur.taint = join(old.taint, cur.taint);
          cur.killed = old.killed;
          if (old.validated && !cur.validated) cur.dashy = old.dashy;
          cur.validated ||= old.validated;
          cur.bounded ||= old.bounded;
          cur.checked ||= old.checked;
        }
      }
    }
    return out;
  }

  /** Records a variable's state before the current block changes it. */
  private touch(name: string): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame || frame.has(name)) return;
    const vs = this.st.vars.get(name);
    frame.set(name, vs ? { ...vs } : null);
  }

  // ---- scripts, words, expressions -------------------------------------------------------------

  private walkScript(script: Script, ctx: Ctx): Taint {
    let last = CLEAN;
    for (const cmd of script.commands) {
      try {
        last = this.command(cmd, ctx);
      } catch (e) {
        throw withFailureLoc(e, cmd.loc);
      }
    }
    return last;
  }

  private body(word: Word | undefined, ctx: Ctx): Taint {
    if (!word || literalValue(word) === undefined) return CLEAN;
    return this.walkScript(parseBody(word, 'irule'), ctx);
  }

  private blockBody(word: Word | undefined, ctx: Ctx): Taint {
    return this.block(() => this.body(word, ctx));
  }

  private word(word: Word, ctx: Ctx, partTaints?: Taint[]): Taint {
    if (word.kind === 'braced') {
      partTaints?.push(CLEAN);
      return CLEAN;
    }
    return this.parts(word.parts, ctx, partTaints);
  }

  private parts(parts: Part[], ctx: Ctx, partTaints?: Taint[]): Taint {
    let t = CLEAN;
    let hasText = false;
    // Only the first part decides whether the word can start with "-".
    let firstDash = false;
    for (const [k, p] of parts.entries()) {
      if (p.type === 'text') {
        if (p.value !== '') hasText = true;
        if (k === 0) firstDash = p.value === '' || p.value.startsWith('-');
        partTaints?.push(CLEAN);
        continue;
      }
      const pt = p.type === 'var' ? this.readVar(p.name, p.index, p.loc, ctx) : this.walkScript(p.script, ctx);
      partTaints?.push(pt);
      if (k === 0) firstDash = has(pt, T.DASH);
      t = join(t, pt);
    }
    if (t.bits === 0) return t;
    if (!firstDash && parts.length > 1) t = clear(t, T.DASH);
    if (hasText) t = clear(t, T.EMPTY);
    return t;
  }

  private expr(n: ExprNode, ctx: Ctx): Taint {
    switch (n.type) {
      case 'number':
      case 'boolean':
      case 'braced':
        return CLEAN;
      case 'quoted':
        return this.parts(n.parts, ctx);
      case 'var':
        return this.readVar(n.name, n.index, n.loc, ctx);
      case 'command':
        return this.walkScript(n.script, ctx);
      case 'paren':
        return this.expr(n.expr, ctx);
      case 'unary':
        return keep(this.expr(n.operand, ctx), T.RANDOM | T.ADDR);
      case 'ternary': {
        this.expr(n.test, ctx);
        return join(this.expr(n.then, ctx), this.expr(n.else, ctx));
      }
      case 'call': {
        const args = joinAll(n.args.map((a) => this.expr(a, ctx)));
        if (n.name === 'rand' || n.name === 'srand') return source(T.RANDOM, 'rand()', n.loc);
        return keep(args, T.RANDOM | T.ADDR);
      }
      case 'binary': {
        const l = this.expr(n.left, ctx);
        const r = this.expr(n.right, ctx);
        if (!STRING_OPS.has(n.op)) return n.op === '&&' || n.op === '||' ? CLEAN : keep(join(l, r), T.RANDOM | T.ADDR);
        if (!this.silent) this.comparisons.push({ node: n, left: l, right: r, scope: ctx.scope, owner: this.owner!, conds: ctx.conds });
        if (n.op === 'matches_regex' || n.op === 'matches_glob') this.markVar(subjectOfExpr(n.left), 'validated');
        if (EQUALITY.has(n.op)) {
          for (const [a, b] of [[n.left, n.right], [n.right, n.left]] as const) {
            if (!isEmptyLiteral(b)) continue;
            this.markVar(subjectOfExpr(a), 'checked');
            const h = headerOfExpr(a);
            if (h) (h.kind === 'header' ? this.st.checkedHeaders : this.st.checkedCookies).add(h.name);
          }
        }
        return CLEAN;
      }
    }
  }

  /** The command owning the expression being walked (for comparison records). */
  private owner: Command | undefined;

  private condition(word: Word | undefined, owner: Command, ctx: Ctx): ExprNode | null {
    if (!word || word.kind !== 'braced') return null;
    const e = exprOf(word);
    if (!e) return null;
    if (!this.silent) this.exprs.push({ word, expr: e, owner, scope: ctx.scope, conds: ctx.conds });
    const saved = this.owner;
    this.owner = owner;
    this.expr(e, ctx);
    this.owner = saved;
    return e;
  }

  // ---- variables -------------------------------------------------------------------------------

  private ref(base: string, kind: RefKind, how: string, loc: Loc, ctx: Ctx): void {
    if (this.silent) return;
    this.refs.push({ base, kind, how, loc, scope: ctx.scope, depth: ctx.depth, loops: ctx.loops, inCatch: ctx.inCatch, inAfter: ctx.inAfter });
  }

  private readVar(name: string, index: Part[] | null, loc: Loc, ctx: Ctx, how = 'read'): Taint {
    if (index) this.parts(index, ctx);
    this.ref(name, 'read', how, loc, ctx);
    return this.valueOf(name, ctx);
  }

  /** The value of a variable at this point (without recording a read). */
  private valueOf(name: string, ctx: Ctx): Taint {
    const vs = this.st.vars.get(name);
    const mask = (t: Taint, validated: boolean, bounded: boolean, checked: boolean) => {
      if (t.bits === 0) return t;
      let out = t;
      if (validated) out = clear(out, vs?.dashy ? VALIDATION_CLEARS & ~T.DASH : VALIDATION_CLEARS);
      if (bounded) out = clear(out, T.UNBOUNDED);
      if (checked) out = clear(out, T.EMPTY);
      return out;
    };
    let t = vs ? mask(vs.taint, vs.validated, vs.bounded, vs.checked) : CLEAN;
    const global = ctx.scope.kind === 'handler' || name.includes('::');
    if (global && !vs?.killed) {
      const env = this.env;
      if (!this.consulted.has(name)) this.consulted.set(name, signature(env, name, ctx.scope));
      const inc = env.incoming.get(name);
      if (inc && inc.bits !== 0) {
        t = join(t, mask(
          inc,
          !!vs?.validated || otherScopeHas(env.validated, name, ctx.scope),
          !!vs?.bounded || otherScopeHas(env.bounded, name, ctx.scope),
          !!vs?.checked || otherScopeHas(env.checked, name, ctx.scope),
        ));
      }
    }
    return t;
  }

  private state(name: string): VarState {
    let vs = this.st.vars.get(name);
    if (!vs) {
      vs = { taint: CLEAN, killed: false, validated: false, dashy: false, bounded: false, checked: false };
      this.st.vars.set(name, vs);
    }
    return vs;
  }

  private markVar(name: string | null, flag: 'validated' | 'bounded' | 'checked', dashy = false): void {
    if (!name) return;
    const vs = this.state(name);
    if (flag === 'validated') vs.dashy = vs.validated ? vs.dashy && dashy : dashy;
    vs[flag] = true;
    this.flagged[flag].add(name);
  }

  private def(word: Word | undefined, taint: Taint, how: string, ctx: Ctx): void {
    const v = varNameOf(word);
    if (!v) {
      if (word) {
        this.dynamicDefs = true;
        this.dynamicReads = true;
      }
      return;
    }
    this.defName(v.base, v.element, word!.loc, taint, how, ctx);
  }

  private defName(base: string, element: boolean, loc: Loc, taint: Taint, how: string, ctx: Ctx): void {
    this.ref(base, 'def', how, loc, ctx);
    this.touch(base);
    const vs = this.state(base);
    if (!element) {
      vs.taint = taint;
      vs.killed = true;
      vs.validated = false;
      vs.dashy = false;
      vs.bounded = false;
      vs.checked = false;
    } else {
      vs.taint = join(vs.taint, taint);
    }
    if (ctx.scope.kind === 'handler' || base.includes('::')) this.assigned.set(base, join(this.assigned.get(base) ?? CLEAN, taint));
  }

  // ---- commands --------------------------------------------------------------------------------

  private command(cmd: Command, ctx: Ctx): Taint {
    const w = cmd.words;
    const raw = literalValue(w[0]!);
    const name = raw?.startsWith('::') ? raw.slice(2) : raw;
    let parts: Taint[][] | undefined;
    let args: Taint[];
    if (name !== undefined && !this.silent && isPartSink(name)) {
      parts = [];
      args = w.map((x, i) => {
        const pt: Taint[] = [];
        const t = i === 0 ? CLEAN : this.word(x, ctx, pt);
        parts!.push(pt);
        return t;
      });
    } else {
      args = new Array<Taint>(w.length);
      args[0] = raw !== undefined ? CLEAN : this.word(w[0]!, ctx);
      for (let i = 1; i < w.length; i++) {
        const x = w[i]!;
        args[i] = x.kind === 'braced' ? CLEAN : this.word(x, ctx);
      }
    }
    const rec: CmdRecord | undefined = this.silent
      ? undefined
      : { cmd, name, scope: ctx.scope, depth: ctx.depth, inCatch: ctx.inCatch, inAfter: ctx.inAfter, inLoop: ctx.loops.length > 0, conds: ctx.conds, args, parts, result: CLEAN };
    if (rec) this.commands.push(rec);
    if (name === undefined) {
      // A computed command name: could be anything, including set or upvar.
      this.dynamicDefs = true;
      this.dynamicReads = true;
      return CLEAN;
    }
    const result = this.semantics(cmd, name, args, ctx);
    if (rec) rec.result = result;
    return result;
  }

  private inner(ctx: Ctx, cond?: Cond, extra: Partial<Ctx> = {}): Ctx {
    return { ...ctx, depth: ctx.depth + 1, conds: cond ? [...ctx.conds, cond] : ctx.conds, ...extra };
  }

  /** Runs a loop body: twice when it is the outermost loop (the first time silently) so values carried round are seen. */
  private loop(ctx: Ctx, fn: (c: Ctx) => void): void {
    const id = ++loopCounter;
    const c: Ctx = { ...ctx, depth: ctx.depth + 1, loops: [...ctx.loops, id] };
    if (ctx.loops.length === 0 && this.silent === 0) {
      this.silent++;
      try {
        this.block(() => fn(c));
      } finally {
        this.silent--;
      }
    }
    this.block(() => fn(c));
  }

  private semantics(cmd: Command, name: string, args: Taint[], ctx: Ctx): Taint {
    const w = cmd.words;
    const lit = (i: number) => (w[i] ? litAt(w, i) : undefined);
    switch (name) {
      case 'if': {
        const shape = ifShape(cmd);
        if (!shape) return CLEAN;
        const before: Cond[] = [];
        for (const cl of shape.clauses) {
          const e = this.condition(cl.cond, cmd, { ...ctx, conds: [...ctx.conds, ...before] });
          const cond: Cond = { kind: 'if', word: cl.cond, expr: e, owner: cmd };
          this.blockBody(cl.body, { ...this.inner(ctx), conds: [...ctx.conds, ...before, cond] });
          before.push({ ...cond, kind: 'else' });
        }
        if (shape.elseBody) this.blockBody(shape.elseBody, { ...this.inner(ctx), conds: [...ctx.conds, ...before] });
        return CLEAN;
      }
      case 'while': {
        this.loop(ctx, (c) => {
          const e = this.condition(w[1], cmd, c);
          this.body(w[2], { ...c, conds: [...c.conds, { kind: 'while', word: w[1]!, expr: e, owner: cmd }] });
        });
        return CLEAN;
      }
      case 'for': {
        this.body(w[1], ctx);
        this.loop(ctx, (c) => {
          const e = w[2] ? this.condition(w[2], cmd, c) : null;
          const cc = w[2] ? { ...c, conds: [...c.conds, { kind: 'while' as const, word: w[2], expr: e, owner: cmd }] } : c;
          this.body(w[4], cc);
          this.body(w[3], cc);
        });
        return CLEAN;
      }
      case 'foreach':
      case 'lmap': {
        if (w.length < 4) return CLEAN;
        this.loop(ctx, (c) => {
          for (let i = 1; i + 1 < w.length - 1; i += 2) {
            const list = w[i]!;
            const names = literalValue(list);
            const t = add(args[i + 1]!, T.CODE | T.DASH, CLIENT_ANY);
            if (names === undefined) {
              this.dynamicDefs = true;
              continue;
            }
            for (const n of listWords(names)) this.defName(n, false, list.loc, t, 'foreach', c);
          }
          this.body(w[w.length - 1], c);
        });
        return CLEAN;
      }
      case 'switch':
        return this.switchCmd(cmd, args, ctx);
      case 'catch': {
        this.blockBody(w[1], this.inner(ctx, undefined, { inCatch: true }));
        for (let i = 2; i < Math.min(w.length, 4); i++) this.def(w[i], CLEAN, 'catch', ctx);
        return CLEAN;
      }
      case 'eval': {
        if (w.length === 2 && litAt(w, 1) !== undefined) return this.body(w[1], ctx);
        this.dynamicDefs = true;
        this.dynamicReads = true;
        return CLEAN;
      }
      case 'uplevel': {
        this.dynamicDefs = true;
        this.dynamicReads = true;
        const last = w[w.length - 1];
        if (w.length >= 2 && last && literalValue(last) !== undefined) this.body(last, ctx);
        return CLEAN;
      }
      case 'after': {
        const first = lit(1);
        if (first === 'cancel' || first === 'info' || w.length < 3) return CLEAN;
        const last = w[w.length - 1]!;
        if (literalValue(last) !== undefined) this.blockBody(last, this.inner(ctx, undefined, { inAfter: true }));
        else {
          this.dynamicDefs = true;
          this.dynamicReads = true;
        }
        return CLEAN;
      }
      case 'expr': {
        if (w.length === 2 && w[1]!.kind === 'braced') {
          const e = exprOf(w[1]!);
          if (!e) return CLEAN;
          if (!this.silent) this.exprs.push({ word: w[1]!, expr: e, owner: cmd, scope: ctx.scope, conds: ctx.conds });
          const saved = this.owner;
          this.owner = cmd;
          const t = this.expr(e, ctx);
          this.owner = saved;
          return keep(t, T.RANDOM | T.ADDR);
        }
        return keep(joinAll(args.slice(1)), T.RANDOM | T.ADDR);
      }
      case 'set': {
        if (w.length === 3) {
          this.def(w[1], args[2]!, 'set', ctx);
          return args[2]!;
        }
        if (w.length === 2) {
          const v = varNameOf(w[1]);
          if (!v) {
            this.dynamicReads = true;
            return CLEAN;
          }
          return this.readVar(v.base, null, w[1]!.loc, ctx, 'set');
        }
        return CLEAN;
      }
      case 'append':
      case 'lappend': {
        const v = varNameOf(w[1]);
        const old = v ? this.valueOf(v.base, ctx) : CLEAN;
        let vals = joinAll(args.slice(2));
        if (name === 'lappend') vals = clear(vals, T.CODE);
        const t = join(old, vals);
        this.def(w[1], t, name, ctx);
        return t;
      }
      case 'incr':
        this.def(w[1], CLEAN, 'incr', ctx);
        return CLEAN;
      case 'unset': {
        let i = 1;
        while (i < w.length && (lit(i) === '-nocomplain' || lit(i) === '--')) i++;
        for (; i < w.length; i++) {
          const v = varNameOf(w[i]);
          if (!v || v.element) continue;
          this.touch(v.base);
          const vs = this.state(v.base);
          vs.taint = CLEAN;
          vs.killed = true;
        }
        return CLEAN;
      }
      case 'lassign': {
        const t = add(args[1] ?? CLEAN, T.CODE | T.DASH, CLIENT_ANY);
        for (let i = 2; i < w.length; i++) this.def(w[i], t, 'lassign', ctx);
        return CLEAN;
      }
      case 'regexp':
      case 'regsub':
        return this.regexpCmd(cmd, name, args, ctx);
      case 'scan': {
        const fmt = lit(2);
        const t = fmt !== undefined && !/%(\d+)?[sc[]/.test(fmt) ? CLEAN : args[1] ?? CLEAN;
        for (let i = 3; i < w.length; i++) this.def(w[i], t, 'scan', ctx);
        return w.length > 3 ? CLEAN : t;
      }
      case 'binary': {
        if (lit(1) === 'scan') for (let i = 4; i < w.length; i++) this.def(w[i], args[2] ?? CLEAN, 'binary', ctx);
        break;
      }
      case 'array': {
        const sub = lit(1);
        const v = varNameOf(w[2]);
        if (!v) {
          if (w[2]) {
            this.dynamicDefs = true;
            this.dynamicReads = true;
          }
          return CLEAN;
        }
        if (sub === 'set') this.defName(v.base, true, w[2]!.loc, args[3] ?? CLEAN, 'array', ctx);
        else if (sub === 'exists') {
          this.ref(v.base, 'exists', 'array exists', w[2]!.loc, ctx);
          ctx.scope.existsGuards.add(v.base);
        } else if (sub === 'get' || sub === 'names' || sub === 'size' || sub === 'statistics' || sub === 'startsearch') {
          this.ref(v.base, 'exists', `array ${sub}`, w[2]!.loc, ctx);
          return sub === 'get' || sub === 'names' ? this.valueOf(v.base, ctx) : CLEAN;
        }
        return CLEAN;
      }
      case 'dict': {
        const sub = lit(1);
        if (sub && lookupModel('dict')?.subcommands?.[sub]?.layout?.positional?.[0] === 'varname') {
          this.def(w[2], join(this.valueOfWord(w[2], ctx), joinAll(args.slice(3))), 'dict', ctx);
          if (sub === 'update' || sub === 'with') this.dynamicDefs = true;
        }
        return sub === 'get' ? add(args[2] ?? CLEAN, T.CODE, CLIENT_ANY) : CLEAN;
      }
      case 'info': {
        const sub = lit(1);
        if (sub === 'exists') {
          const v = varNameOf(w[2]);
          if (v) {
            this.ref(v.base, 'exists', 'info exists', w[2]!.loc, ctx);
            ctx.scope.existsGuards.add(v.base);
          } else this.dynamicReads = true;
        } else if (sub === 'vars' || sub === 'locals' || sub === 'globals' || sub === 'level') this.dynamicReads = true;
        return CLEAN;
      }
      case 'upvar': {
        this.dynamicDefs = true;
        this.dynamicReads = true;
        ctx.scope.linked = true;
        let i = 1;
        if (w.length % 2 === 0) i = 2; // a level was given
        for (; i + 1 < w.length; i += 2) this.def(w[i + 1], CLEAN, 'upvar', ctx);
        return CLEAN;
      }
      case 'global':
      case 'variable':
        this.dynamicDefs = true;
        this.dynamicReads = true;
        ctx.scope.linked = true;
        for (let i = 1; i < w.length; i += name === 'variable' ? 2 : 1) this.def(w[i], CLEAN, name, ctx);
        return CLEAN;
      case 'namespace':
      case 'sharedvar':
        this.dynamicDefs = true;
        this.dynamicReads = true;
        return CLEAN;
      case 'subst':
        if (!w.some((x) => literalValue(x) === '-novariables')) this.dynamicReads = true;
        break;
      case 'string':
        this.stringFacts(cmd);
        break;
      case 'class':
        return this.classCmd(cmd, args);
      case 'HTTP::header':
      case 'HTTP::cookie': {
        if (lit(1) === 'exists' && w.length === 3) {
          const n = lit(2);
          if (n !== undefined) (name === 'HTTP::header' ? this.st.checkedHeaders : this.st.checkedCookies).add(n.toLowerCase());
          return CLEAN;
        }
        break;
      }
      case 'connect':
      case 'send':
      case 'recv': {
        for (let i = 1; i + 1 < w.length; i++) if (lit(i) === '-status') this.def(w[i + 1], CLEAN, name, ctx);
        break;
      }
      default:
        break;
    }
    return this.generic(cmd, name, args);
  }

  /** Every command that runs a script argument has its case in `semantics`; the rest only compute a value. */
  private generic(cmd: Command, name: string, args: Taint[]): Taint {
    return commandResult(cmd, name, args, this.sourceEnv);
  }

  private valueOfWord(word: Word | undefined, ctx: Ctx): Taint {
    const v = varNameOf(word);
    return v ? this.valueOf(v.base, ctx) : CLEAN;
  }

  private switchCmd(cmd: Command, args: Taint[], ctx: Ctx): Taint {
    const w = cmd.words;
    const shape = switchShape(cmd);
    for (let i = 1; i + 1 < w.length; i++) {
      const o = litAt(w, i);
      if (o === '--' || o === undefined || !o.startsWith('-')) break;
      if (o === '-matchvar' || o === '-indexvar') {
        const subjectIndex = w.findIndex((x) => x === shape?.subject);
        this.block(() => this.def(w[i + 1], o === '-matchvar' && subjectIndex > 0 ? args[subjectIndex]! : CLEAN, 'switch', this.inner(ctx)));
        i++;
      }
    }
    if (!shape) {
      for (const ref of codeWords(cmd)) if (ref.kind === 'script') this.blockBody(ref.word, this.inner(ctx));
      return CLEAN;
    }
    if (shape.mode === 'regexp' && constrainsAll(shape.arms.map((a) => literalValue(a.pattern)))) this.markVar(subjectVar(shape.subject), 'validated');
    for (const arm of shape.arms) {
      if (literalValue(arm.body) === '-') continue;
      this.blockBody(arm.body, this.inner(ctx, { kind: 'switch', word: shape.subject, expr: null, owner: cmd, pattern: arm.pattern }));
    }
    return CLEAN;
  }

  private regexpCmd(cmd: Command, name: string, args: Taint[], ctx: Ctx): Taint {
    const w = cmd.words;
    let i = 1;
    let inline = false;
    while (i < w.length) {
      const o = litAt(w, i);
      if (o === undefined || !o.startsWith('-')) break;
      i++;
      if (o === '--') break;
      if (o === '-start') i++;
      else if (o === '-inline') inline = true;
    }
    const pattern = w[i] ? litAt(w, i) : undefined;
    const strIndex = i + 1;
    const str = args[strIndex] ?? CLEAN;
    if (name === 'regexp') {
      const dashy = allowsLeadingDash(pattern);
      if (pattern !== undefined) this.markVar(subjectVar(w[strIndex]), 'validated', dashy);
      const captured = constrains(pattern) ? clear(str, dashy ? VALIDATION_CLEARS & ~T.DASH : VALIDATION_CLEARS) : str;
      if (!inline) for (let k = strIndex + 1; k < w.length; k++) this.def(w[k], captured, 'regexp', ctx);
      return inline ? captured : CLEAN;
    }
    // regsub ?opts? exp string subSpec ?varName?
    const result = join(str, args[strIndex + 1] ?? CLEAN);
    if (w.length > strIndex + 2) {
      this.def(w[strIndex + 2], result, 'regsub', ctx);
      return CLEAN;
    }
    return result;
  }

  private stringFacts(cmd: Command): void {
    const w = cmd.words;
    const sub = litAt(w, 1);
    if (sub === 'length' && w.length === 3) this.markVar(subjectVar(w[2]), 'bounded');
    else if (sub === 'is' && w.length >= 4) this.markVar(subjectVar(w[w.length - 1]), 'validated');
    else if (sub === 'match' && w.length >= 4) {
      const pat = litAt(w, w.length - 2);
      if (pat !== undefined && pat !== '*') this.markVar(subjectVar(w[w.length - 1]), 'validated');
    } else if (sub === 'equal' && w.length >= 4) {
      const a = w[w.length - 2]!;
      const b = w[w.length - 1]!;
      if (literalValue(a) === '') this.markVar(subjectVar(b), 'checked');
      if (literalValue(b) === '') this.markVar(subjectVar(a), 'checked');
    }
  }

  private classCmd(cmd: Command, args: Taint[]): Taint {
    const w = cmd.words;
    const sub = litAt(w, 1);
    let i = 2;
    const opts = new Set<string>();
    while (i < w.length) {
      const o = litAt(w, i);
      if (o === undefined || !o.startsWith('-')) break;
      i++;
      if (o === '--') break;
      opts.add(o);
    }
    let item: number | undefined;
    if (sub === 'match') item = i;
    else if (sub === 'search') item = i + 2;
    else if (sub === 'lookup') item = 2;
    if (item === undefined || !w[item]) return CLEAN;
    this.markVar(subjectVar(w[item]), 'validated');
    const chosen = add(keep(args[item] ?? CLEAN, T.CODE | T.DASH), T.EMPTY, T.CODE | T.DASH);
    if (sub === 'lookup') return chosen;
    return opts.has('-value') || opts.has('-name') || opts.has('-element') ? chosen : CLEAN;
  }
}

/** Commands that write their arguments into the HTTP message (the model's taint sinks): the taint of each part of their words is kept. */
function isPartSink(name: string): boolean {
  return lookupModel(name)?.taint?.includes('sink') ?? false;
}

/**
 * Can a value matching this (anchored) pattern start with `-`? Only a leading character class that
 * holds a literal hyphen (`^[A-Za-z0-9_-]`, `^[-\w]`) or a negated class without one says yes; other
 * shapes answer no (stay silent when unsure).
 */
export function allowsLeadingDash(pattern: string | undefined): boolean {
  if (pattern === undefined || !pattern.startsWith('^')) return false;
  const m = /^\^\(?(\[(\^)?(\]?[^\]]*)\])/.exec(pattern);
  if (!m) return false;
  const negated = !!m[2];
  const body = m[3]!;
  const hyphen = body.startsWith('-') || body.endsWith('-') || body.includes('\\-');
  return negated ? !hyphen : hyphen;
}

function constrainsAll(patterns: (string | undefined)[]): boolean {
  return patterns.length > 0 && patterns.every((p) => p === 'default' || constrains(p));
}

/** Elements of a literal Tcl list (variable lists of foreach). */
function listWords(text: string): string[] {
  if (!/[{}"\\]/.test(text)) return text.split(/\s+/).filter((s) => s !== '');
  const s = parseScript(text, { dialect: 'tcl' });
  return s.commands.flatMap((c) => c.words.map((x) => literalValue(x) ?? '')).filter((x) => x !== '');
}

/** The parameter names of a proc (first element of each argument spec). */
function procParams(p: ProcDecl): string[] {
  const text = literalValue(p.args);
  if (text === undefined) return [];
  return listWords(text).map((a) => a.trim().split(/\s+/)[0]!).filter((x) => x !== '');
}
