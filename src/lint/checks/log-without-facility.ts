// IR5003: `log MESSAGE` without a facility. BIG-IP rate-limits that form (docs/bigip-reference.md §7.2), so messages
// are silently dropped under load; `log local0. MESSAGE` is not rate-limited.

import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const logWithoutFacility: Check = {
  meta: {
    code: 'IR5003',
    name: 'log-without-facility',
    category: 'style',
    severity: 'info',
    description: '`log` without a facility is rate-limited by BIG-IP.',
    help: {
      why: '`log MESSAGE` with no facility goes through BIG-IP\'s rate limiter, so under load some messages are silently dropped, exactly when you need them. Name the facility and level (`log local0. MESSAGE`, `log local0.warn MESSAGE`), or use high-speed logging (HSL::send) for per-request logs.',
      bad: 'when HTTP_REQUEST {\n  log "request for [HTTP::uri]"\n}',
      good: 'when HTTP_REQUEST {\n  log local0. "request for [HTTP::uri]"\n}',
    },
  },
  run(ctx) {
    for (const site of traverse(ctx.parsed).sites) {
      if (site.bare !== 'log' || site.cmd.words.length !== 2) continue;
      ctx.report(site.cmd.words[0]!.loc, 'log without a facility is rate-limited by BIG-IP, so messages can be dropped; write "log local0. MESSAGE"');
    }
  },
};
