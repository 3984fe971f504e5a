// IR2001: `when NAME` where NAME is no event BIG-IP knows. BIG-IP refuses to load the rule
// ("unknown event (NAME)", bigip-semantics §11.1); a near miss is suggested by edit distance.

import { lookupEvent } from '../../model/index.js';
import { suggestEvent } from '../check-support/names.js';
import type { Check } from '../types.js';

export const unknownEvent: Check = {
  meta: {
    code: 'IR2001',
    name: 'unknown-event',
    category: 'correctness',
    severity: 'error',
    description: '`when` names an event that BIG-IP does not know.',
    help: {
      why: 'BIG-IP checks event names when the rule is saved and refuses the whole rule with `unknown event (NAME)`. Event names are upper case and spelt exactly as in F5\'s event reference.',
      bad: 'when HTTP_REQEUST {\n  pool web_pool\n}',
      good: 'when HTTP_REQUEST {\n  pool web_pool\n}',
    },
  },
  run(ctx) {
    for (const rule of ctx.parsed.rules) {
      for (const h of rule.handlers) {
        for (const ev of h.events) {
          if (lookupEvent(ev.name)) continue;
          const near = suggestEvent(ev.name);
          const hint = near ? `; did you mean "${near}"?` : '; see F5\'s iRules event reference for the names';
          ctx.report(ev.loc, `unknown event "${ev.name}": BIG-IP refuses to load the rule${hint}`);
        }
      }
    }
  },
};
