// IR0001: a suppression comment naming no registered check (a typo silences nothing), or a comment
// that looks like a directive but is not one (`# irule-disable-nextline`).

import { collectSuppressions } from '../suppress.js';
import type { Check } from '../types.js';

export const unknownSuppression: Check = {
  meta: {
    code: 'IR0001',
    name: 'unknown-suppression',
    category: 'style',
    severity: 'warning',
    description: 'A suppression comment names no known check, or is not a valid directive.',
    help: {
      why: 'A misspelt code or directive in an `# irule-disable...` comment silences nothing, so the finding it was meant to accept still fails the build, or worse, a later reader believes a finding is accepted when it is not. Name checks by code (`IR1002`) or name (`missing-word-space`).',
      bad: 'when HTTP_REQUEST {\n  # irule-disable-next-line IR1020\n  if { [HTTP::path] eq "/" }{ pool web_pool }\n}',
      good: 'when HTTP_REQUEST {\n  # irule-disable-next-line IR1002 -- legacy rule, BIG-IP accepts it\n  if { [HTTP::path] eq "/" }{ pool web_pool }\n}',
    },
  },
  run(ctx) {
    for (const p of collectSuppressions(ctx.parsed).problems) ctx.report(p.loc, p.message);
  },
};
