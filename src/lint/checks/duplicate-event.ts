// IR2015: two `when` blocks for the same event at the same priority in one rule. BIG-IP refuses the
// rule ("Duplicate event", measured); reported from the shared load validator (src/bigip/load.ts). Blocks at different priorities are allowed.
// A top-level `priority N` is read both ways BIG-IP's documents describe it (applying to the whole
// rule, or to the events after it): only blocks equal under both readings are reported.

import { loadErrorsOf } from '../check-support/load.js';
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
    for (const e of loadErrorsOf(ctx, 'IR2015')) {
      const name = ctx.source.slice(e.loc.start.offset, e.loc.end.offset);
      ctx.report(e.loc, `${name} is already handled at priority ${e.priority} on line ${e.firstLine}: BIG-IP refuses the rule ("${e.message}"); merge the two blocks or give one a different priority`);
    }
  },
};
