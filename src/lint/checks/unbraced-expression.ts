// IR3001: an expression that is not braced (`expr $x + 1`, `if $cond {...}`, `while "$i < 3"`,
// the test of `for`). Tcl substitutes the word once, then expr substitutes the result again
// (double substitution): a value holding `[...]` runs as a command. BIG-IP warns on save ("use
// curly braces to avoid double substitution", docs/bigip-reference.md §9.2). An error when the word substitutes
// client-controlled data (`[HTTP::uri]`, `[HTTP::header ...]`): the client can then inject commands.

import type { Command, Part, Word } from '../../syntax/ast.js';
import { isClientControlled } from '../check-support/names.js';
import { ifShape } from '../check-support/structure.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

function substitutes(w: Word): boolean {
  return w.kind !== 'braced' && w.parts.some((p) => p.type !== 'text');
}

/** A client-controlled command anywhere in the word's command substitutions. */
function clientCommand(parts: Part[]): Command | undefined {
  for (const p of parts) {
    if (p.type === 'var' && p.index) {
      const c = clientCommand(p.index);
      if (c) return c;
    }
    if (p.type !== 'command') continue;
    for (const cmd of p.script.commands) {
      if (isClientControlled(cmd)) return cmd;
      for (const w of cmd.words) {
        const c = clientCommand(w.parts);
        if (c) return c;
      }
    }
  }
  return undefined;
}

export const unbracedExpression: Check = {
  meta: {
    code: 'IR3001',
    name: 'unbraced-expression',
    category: 'security',
    severity: 'warning',
    description: 'An expression is not braced, so it is substituted twice.',
    help: {
      why: 'Tcl substitutes an unbraced expression once when it reads the command, and `expr` (or `if`, `while`, `for`) substitutes the result again. If a value contains `[...]` or `$`, that text runs as code: with request data (`[HTTP::uri]`, a header) the client can execute commands on BIG-IP. It is also slower, since the expression cannot be compiled once. BIG-IP warns "use curly braces to avoid double substitution". Brace every expression.',
      bad: 'when HTTP_REQUEST {\n  if [HTTP::header exists "X-Debug"] {\n    set n [expr [HTTP::header value "X-Retry"] + 1]\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::header exists "X-Debug"] } {\n    set n [expr { [HTTP::header value "X-Retry"] + 1 }]\n  }\n}',
    },
  },
  run(ctx) {
    for (const site of traverse(ctx.parsed).sites) {
      if (site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const words = site.cmd.words;
      const targets: Word[][] = [];
      if (name === 'expr' && words.length >= 2) {
        if (words.slice(1).some(substitutes)) targets.push(words.slice(1));
      } else if (name === 'if') {
        for (const c of ifShape(site.cmd)?.clauses ?? []) if (substitutes(c.cond)) targets.push([c.cond]);
      } else if (name === 'while' && words[1] && substitutes(words[1])) {
        targets.push([words[1]]);
      } else if (name === 'for' && words[2] && substitutes(words[2])) {
        targets.push([words[2]]);
      }
      for (const ws of targets) {
        const loc = { start: ws[0]!.loc.start, end: ws[ws.length - 1]!.loc.end };
        const client = ws.map((w) => clientCommand(w.parts)).find((c) => c);
        const what = name === 'expr' ? 'the expression of expr' : `the condition of ${name}`;
        if (client) {
          const cname = client.words[0] ? ctx.source.slice(client.words[0].loc.start.offset, client.words[0].loc.end.offset) : 'a command';
          ctx.report(loc, `${what} is not braced and substitutes client data from ${cname}: expr substitutes it a second time, so a client can inject [commands]; brace it: { ... }`, 'error');
        } else {
          ctx.report(loc, `${what} is not braced, so it is substituted twice (double substitution); brace it: { ... }`);
        }
      }
    }
  },
};
