// The walk of a parsed rule file shared by the catalog and structure checks: every command of
// every handler and proc body, with its handler, events and enclosing commands. It is the one walk
// of syntax/walk.ts (bodies, [substitutions] and the commands inside braced conditions such as
// `if { [HTTP::uri] eq "/" }`), the same the load validator uses, recorded once per RuleFile so a
// dozen checks cost one traversal.

import { literalValue, type Command, type Word } from '../../syntax/ast.js';
import type { EventHandler, ProcDecl, RuleAst, RuleFile } from '../../syntax/irule.js';
import type { ExprNode } from '../../syntax/expr/ast.js';
import { parseBody, walk } from '../../syntax/walk.js';

export { exprOf } from '../../syntax/walk.js';

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
  const out: Traversal = { sites: [], exprs: [] };
  const record = (rule: RuleAst, handler: EventHandler | null, proc: ProcDecl | null, body: Word): void => {
    const events = handler ? handler.events.map((e) => e.name) : null;
    walk(parseBody(body, 'irule'), 'irule', {
      command: (cmd, { parents, inExpr }) => {
        const name = commandName(cmd);
        const bare = name !== undefined ? bareName(name) : undefined;
        out.sites.push({ cmd, name, bare, rule, handler, proc, events, parents, inExpr });
      },
      expression: (word, owner, expr) => void out.exprs.push({ word, owner, handler, events, expr }),
    });
  };
  for (const rule of file.rules) {
    for (const h of rule.handlers) record(rule, h, null, h.body);
    for (const p of rule.procs) record(rule, null, p, p.body);
  }
  cache.set(file, out);
  return out;
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
