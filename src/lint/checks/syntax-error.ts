// IR1001: what BIG-IP's parser rejects when the rule is saved (Tcl word syntax at every nesting
// level, and the iRule top level: only when/proc/priority).

import { loadErrorsOf } from '../check-support/load.js';
import type { Check } from '../types.js';

export const syntaxError: Check = {
  meta: {
    code: 'IR1001',
    name: 'syntax-error',
    category: 'syntax',
    severity: 'error',
    description: 'The rule does not parse: BIG-IP refuses to load it.',
    help: {
      why: 'BIG-IP validates the Tcl syntax of every event body when the rule is saved; a missing brace or quote, or a command outside `when`/`proc`/`priority` at the top level, makes the whole rule fail to load.',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq "/" } {\n    pool web_pool\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq "/" } {\n    pool web_pool\n  }\n}',
    },
  },
  run(ctx) {
    // The load validator's syntax failures, nested bodies and proc argument lists included: the
    // simulator refuses the rule for exactly these.
    for (const e of loadErrorsOf(ctx, 'IR1001')) ctx.report(e.loc, e.message);
  },
};
