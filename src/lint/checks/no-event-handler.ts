// IR5001: a rule with no `when` block (and no procs that other rules could call): it never runs.

import type { Check } from '../types.js';

export const noEventHandler: Check = {
  meta: {
    code: 'IR5001',
    name: 'no-event-handler',
    category: 'style',
    severity: 'warning',
    description: 'The rule has no `when` block, so it never runs.',
    help: {
      why: 'An iRule runs only through its event handlers (`when EVENT { ... }`). A rule without any is dead configuration: attaching it to a virtual server changes nothing. (A rule holding only procs is a library for `call RULE::NAME` and is not reported.)',
      bad: '# redirect everything to HTTPS\npriority 100',
      good: '# redirect everything to HTTPS\nwhen HTTP_REQUEST priority 100 {\n  HTTP::redirect "https://[HTTP::host][HTTP::uri]"\n}',
    },
  },
  run(ctx) {
    if (ctx.parsed.errors.length > 0) return; // a broken `when` is a syntax error, not a missing one
    for (const rule of ctx.parsed.rules) {
      if (rule.handlers.length > 0 || rule.procs.length > 0) continue;
      const at = rule.loc.start;
      const label = rule.name ? `rule ${rule.name}` : 'this rule';
      ctx.report({ start: at, end: at }, `${label} has no "when EVENT { ... }" block, so it never runs; add an event handler (or remove the rule)`);
    }
  },
};
