// One deep walk of a parsed rule file shared by the catalog and structure checks: every command
// of every handler and proc body, including the commands inside braced conditions
// (`if { [HTTP::uri] eq "/" }`), which the generic walk in syntax/walk.ts reports only as an
// expression word. The result is cached per RuleFile, so a dozen checks cost one traversal.

import { literalValue, type Command, type Part, type Script, type Word } from '../../syntax/ast.js';
import type { EventHandler, ProcDecl, RuleAst, RuleFile } from '../../syntax/irule.js';
import type { ExprNode } from '../../syntax/expr/ast.js';
import { parseExpr } from '../../syntax/expr/parser.js';
import { bodyDepth } from '../../syntax/parser.js';
import { codeWords, parseBody, switchArms } from '../../syntax/walk.js';

export interface Site {
  cmd: Command;
  /** The command name when the first word is literal (as written, a leading `::` kept), else undefined. */
  name: string | undefined;
  /** `name` without a leading `::`. */
  bare: string | undefined;
  rule: RuleAst;
  /** The enclosing `when`, or null in a proc. */
  handler: EventHandler | null;
  proc: ProcDecl | null;
  /** Event names of the enclosing `when` (null in a proc). */
  events: string[] | null;
  /** Enclosing commands, outermost first (the `if` whose body holds this command, the command whose `[...]` holds it, ...). */
  parents: Command[];
  /** Inside a braced expression (`if {...}` condition, `expr {...}`). */
  inExpr: boolean;
}

export interface ExprSite {
  word: Word;
  owner: Command;
  handler: EventHandler | null;
  events: string[] | null;
  /** The parsed expression, or null when it does not parse (syntax checks report that). */
  expr: ExprNode | null;
}

export interface Traversal {
  sites: Site[];
  exprs: ExprSite[];
}

const cache = new WeakMap<RuleFile, Traversal>();
const exprCache = new WeakMap<Word, ExprNode | null>();

/** The parsed expression of a braced word (cached per word). */
export function exprOf(word: Word): ExprNode | null {
  let e = exprCache.get(word);
  if (e === undefined) {
    e = word.kind === 'braced' ? parseExpr(word.raw ?? '', { dialect: 'irule', start: word.contentStart, depth: bodyDepth(word) }).expr : null;
    exprCache.set(word, e);
  }
  return e;
}

/** Name of a command as written (literal first word), else undefined. */
export function commandName(cmd: Command): string | undefined {
  const w = cmd.words[0];
  return w ? literalValue(w) : undefined;
}

/** The command name without a leading `::`. */
export function bareName(name: string): string {
  return name.startsWith('::') ? name.slice(2) : name;
}

export function traverse(file: RuleFile): Traversal {
  let t = cache.get(file);
  if (t) return t;
  t = { sites: [], exprs: [] };
  for (const rule of file.rules) {
    for (const h of rule.handlers) {
      const env: Env = { out: t, rule, handler: h, proc: null, events: h.events.map((e) => e.name) };
      walkScript(parseBody(h.body, 'irule'), env, [], false);
    }
    for (const p of rule.procs) {
      const env: Env = { out: t, rule, handler: null, proc: p, events: null };
      walkScript(parseBody(p.body, 'irule'), env, [], false);
    }
  }
  cache.set(file, t);
  return t;
}

interface Env {
  out: Traversal;
  rule: RuleAst;
  handler: EventHandler | null;
  proc: ProcDecl | null;
  events: string[] | null;
}

function walkScript(script: Script, env: Env, parents: Command[], inExpr: boolean): void {
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    const bare = name !== undefined && name.startsWith('::') ? name.slice(2) : name;
    env.out.sites.push({ cmd, name, bare, rule: env.rule, handler: env.handler, proc: env.proc, events: env.events, parents, inExpr });
    const inner = [...parents, cmd];
    for (const word of cmd.words) walkParts(word.parts, env, inner, inExpr);
    for (const ref of codeWords(cmd)) {
      if (ref.word.kind !== 'braced') continue;
      if (ref.kind === 'expr') {
        const expr = exprOf(ref.word);
        env.out.exprs.push({ word: ref.word, owner: cmd, handler: env.handler, events: env.events, expr });
        if (expr) walkExpr(expr, env, inner);
      } else if (ref.kind === 'arms') {
        for (const arm of switchArms(ref.word, 'irule')) {
          if (arm.body.kind === 'braced') walkScript(parseBody(arm.body, 'irule'), env, inner, inExpr);
        }
      } else {
        walkScript(parseBody(ref.word, 'irule'), env, inner, inExpr);
      }
    }
  }
}

function walkParts(parts: Part[], env: Env, parents: Command[], inExpr: boolean): void {
  for (const p of parts) {
    if (p.type === 'command') walkScript(p.script, env, parents, inExpr);
    else if (p.type === 'var' && p.index) walkParts(p.index, env, parents, inExpr);
  }
}

function walkExpr(node: ExprNode, env: Env, parents: Command[]): void {
  switch (node.type) {
    case 'command':
      walkScript(node.script, env, parents, true);
      break;
    case 'quoted':
      walkParts(node.parts, env, parents, true);
      break;
    case 'var':
      if (node.index) walkParts(node.index, env, parents, true);
      break;
    case 'paren':
      walkExpr(node.expr, env, parents);
      break;
    case 'unary':
      walkExpr(node.operand, env, parents);
      break;
    case 'binary':
      walkExpr(node.left, env, parents);
      walkExpr(node.right, env, parents);
      break;
    case 'ternary':
      walkExpr(node.test, env, parents);
      walkExpr(node.then, env, parents);
      walkExpr(node.else, env, parents);
      break;
    case 'call':
      for (const a of node.args) walkExpr(a, env, parents);
      break;
    default:
      break;
  }
}

/** Every node of an expression tree, depth first. */
export function forEachExprNode(node: ExprNode, visit: (n: ExprNode) => void): void {
  visit(node);
  switch (node.type) {
    case 'paren':
      forEachExprNode(node.expr, visit);
      break;
    case 'unary':
      forEachExprNode(node.operand, visit);
      break;
    case 'binary':
      forEachExprNode(node.left, visit);
      forEachExprNode(node.right, visit);
      break;
    case 'ternary':
      forEachExprNode(node.test, visit);
      forEachExprNode(node.then, visit);
      forEachExprNode(node.else, visit);
      break;
    case 'call':
      for (const a of node.args) forEachExprNode(a, visit);
      break;
    default:
      break;
  }
}

/** True when some enclosing command is `after` (its script runs later, in another context). */
export function insideAfter(site: Site): boolean {
  return site.parents.some((p) => commandName(p) === 'after');
}

/**
 * A `{*}` prefix: in Tcl 8.5+ a word with `expand`; BIG-IP's 8.4 parser reads it as a braced `*`
 * word glued to the next word.
 */
export function expansionWords(cmd: Command): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < cmd.words.length; i++) {
    const w = cmd.words[i]!;
    if (w.expand) out.push(w);
    else if (w.kind === 'braced' && w.raw === '*' && i + 1 < cmd.words.length && cmd.words[i + 1]!.loc.start.offset === w.loc.end.offset) out.push(w);
  }
  return out;
}
