// IR2001: `when NAME` where NAME is no event BIG-IP knows. BIG-IP refuses to load the rule
// ("unknown event (NAME)", measured): reported from the shared load validator; a near miss is
// suggested by edit distance.

import { loadErrorsOf } from '../check-support/load.js';
import { suggestEvent } from '../check-support/names.js';
import type { Check } from '../types.js';
import { printableName } from '../../input/files.js';

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
    for (const e of loadErrorsOf(ctx, 'IR2001')) {
      const name = e.name ?? '';
      const near = suggestEvent(name);
      const hint = near ? `; did you mean "${near}"?` : '; see F5\'s iRules event reference for the names';
      // The name as BIG-IP would print it, with control characters shown escaped (a CR/LF in the
      // name must not break the report's lines).
      ctx.report(e.loc, `unknown event (${printableName(name)}): BIG-IP refuses to load the rule${hint}`);
    }
  },
};
