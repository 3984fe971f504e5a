// Walking every command of every rule in a file, with the event (or proc) it runs in.
// The walk is done once per parsed file and replayed for every caller (each lint check walks the
// whole file: without the cache, N checks cost N walks).

import type { Command, Word } from './ast.js';
import type { RuleFile } from './irule.js';
import { parseBody, walk } from './walk.js';
import { withFailureLoc } from './failure.js';

export interface CommandSite {
  cmd: Command;
  /** Event names of the enclosing `when`, or null in a proc or at top level. */
  events: string[] | null;
  proc: string | null;
  parents: Command[];
}

type Step = { site: CommandSite } | { word: Word; owner: Command; events: string[] | null };

const steps = new WeakMap<RuleFile, Step[]>();

function record(file: RuleFile): Step[] {
  const out: Step[] = [];
  for (const rule of file.rules) {
    for (const cmd of rule.script.commands) out.push({ site: { cmd, events: null, proc: null, parents: [] } });
    for (const h of rule.handlers) {
      const events = h.events.map((e) => e.name);
      walk(parseBody(h.body, 'irule'), 'irule', {
        command: (cmd, c) => void out.push({ site: { cmd, events, proc: null, parents: c.parents } }),
        expression: (word, owner) => void out.push({ word, owner, events }),
      });
    }
    for (const p of rule.procs) {
      walk(parseBody(p.body, 'irule'), 'irule', {
        command: (cmd, c) => void out.push({ site: { cmd, events: null, proc: p.name, parents: c.parents } }),
        expression: (word, owner) => void out.push({ word, owner, events: null }),
      });
    }
  }
  return out;
}

export function forEachCommand(file: RuleFile, visit: (site: CommandSite) => void, onExpression?: (word: Word, owner: Command, events: string[] | null) => void): void {
  let list = steps.get(file);
  if (!list) {
    list = record(file);
    steps.set(file, list);
  }
  for (const s of list) {
    try {
      if ('site' in s) visit(s.site);
      else if (onExpression) onExpression(s.word, s.owner, s.events);
    } catch (e) {
      throw withFailureLoc(e, 'site' in s ? s.site.cmd.loc : s.word.loc);
    }
  }
}
