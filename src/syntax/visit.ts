// Walking every command of every rule in a file, with the event (or proc) it runs in.

import type { Command, Word } from './ast.js';
import type { RuleFile } from './irule.js';
import { parseBody, walk } from './walk.js';

export interface CommandSite {
  cmd: Command;
  /** Event names of the enclosing `when`, or null in a proc or at top level. */
  events: string[] | null;
  proc: string | null;
  parents: Command[];
}

export function forEachCommand(file: RuleFile, visit: (site: CommandSite) => void, onExpression?: (word: Word, owner: Command, events: string[] | null) => void): void {
  for (const rule of file.rules) {
    for (const cmd of rule.script.commands) visit({ cmd, events: null, proc: null, parents: [] });
    for (const h of rule.handlers) {
      const events = h.events.map((e) => e.name);
      walk(parseBody(h.body, 'irule'), 'irule', {
        command: (cmd, c) => visit({ cmd, events, proc: null, parents: c.parents }),
        expression: onExpression ? (w, owner) => onExpression(w, owner, events) : undefined,
      });
    }
    for (const p of rule.procs) {
      walk(parseBody(p.body, 'irule'), 'irule', {
        command: (cmd, c) => visit({ cmd, events: null, proc: p.name, parents: c.parents }),
        expression: onExpression ? (w, owner) => onExpression(w, owner, null) : undefined,
      });
    }
  }
}
