// IR5002: `when EVENT { }` with nothing but whitespace or comments in it.

import { parseBody } from '../../syntax/walk.js';
import type { Check } from '../types.js';

export const emptyEventHandler: Check = {
  meta: {
    code: 'IR5002',
    name: 'empty-event-handler',
    category: 'style',
    severity: 'info',
    description: 'An event handler has an empty body.',
    help: {
      why: 'An empty `when` block does nothing, yet BIG-IP still raises the event for the rule on every connection or request, and readers wonder what was meant to be there. Remove it, or write what it should do.',
      bad: 'when HTTP_REQUEST {\n  pool web_pool\n}\nwhen HTTP_RESPONSE {\n  # TODO\n}',
      good: 'when HTTP_REQUEST {\n  pool web_pool\n}',
    },
  },
  run(ctx) {
    for (const rule of ctx.parsed.rules) {
      for (const h of rule.handlers) {
        if (h.body.kind !== 'braced' || parseBody(h.body, 'irule').commands.length > 0) continue;
        const names = h.events.map((e) => e.name).join(', ') || 'this event';
        ctx.report(h.command.words[0]!.loc, `the ${names} handler is empty: it does nothing; remove it or fill it in`);
      }
    }
  },
};
