// IR2015: two `when` blocks for the same event at the same priority in one rule. BIG-IP refuses the
// rule ("Duplicate event", bigip-semantics §8.2 [LAB]). Blocks at different priorities are allowed.
// A top-level `priority N` is read both ways BIG-IP's documents describe it (applying to the whole
// rule, or to the events after it): only blocks equal under both readings are reported.

import { literalValue } from '../../syntax/ast.js';
import type { EventHandler } from '../../syntax/irule.js';
import type { Check } from '../types.js';

export const duplicateEvent: Check = {
  meta: {
    code: 'IR2015',
    name: 'duplicate-event',
    category: 'correctness',
    severity: 'error',
    description: 'The same event is handled twice at the same priority in one rule.',
    help: {
      why: 'A rule may handle each event once per priority. BIG-IP refuses a rule with two `when HTTP_REQUEST` blocks at the same priority ("Duplicate event"). Merge the two bodies, or give them different priorities when the order matters.',
      bad: 'when HTTP_REQUEST {\n  HTTP::header remove "X-Forwarded-For"\n}\nwhen HTTP_REQUEST {\n  pool web_pool\n}',
      good: 'when HTTP_REQUEST {\n  HTTP::header remove "X-Forwarded-For"\n  pool web_pool\n}',
    },
  },
  run(ctx) {
    for (const rule of ctx.parsed.rules) {
      // Priority in effect for each handler: its own, else the top-level one (whole rule / so far).
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
          if (dup) ctx.report(ev.loc, `${ev.name} is already handled at priority ${global} on line ${dup.line}: BIG-IP refuses the rule ("Duplicate event"); merge the two blocks or give one a different priority`);
          list.push({ global, positional: pos, line: ev.loc.start.line });
          seen.set(ev.name, list);
        }
      }
    }
  },
};
