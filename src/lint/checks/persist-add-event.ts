// IR2014: `persist add` outside the events where a pool member is already selected. `persist add`
// records the *currently selected* member (docs/bigip-reference.md §4.5), so it belongs in LB_SELECTED or the
// server/response events (SERVER_CONNECTED, HTTP_RESPONSE, ...); in HTTP_REQUEST no member has been
// chosen for this request yet.

import { literalValue } from '../../syntax/ast.js';
import { lookupEvent } from '../../model/index.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

/** Client-side events that run after load balancing. */
const AFTER_SELECTION = new Set(['LB_SELECTED', 'HTTP_RESPONSE_RELEASE']);

function selected(event: string): boolean | undefined {
  const spec = lookupEvent(event);
  if (!spec) return undefined;
  return spec.side === 'server' || AFTER_SELECTION.has(event);
}

export const persistAddEvent: Check = {
  meta: {
    code: 'IR2014',
    name: 'persist-add-event',
    category: 'correctness',
    severity: 'warning',
    description: '`persist add` is used in an event where no pool member has been selected yet.',
    help: {
      why: '`persist add uie KEY` stores a record for the pool member the connection is currently using. In request events such as HTTP_REQUEST no member has been chosen for the request yet, so the record points at nothing (or at the previous request\'s member on a keep-alive connection). Add records in LB_SELECTED or in a response event such as HTTP_RESPONSE; use `persist uie KEY` in the request event.',
      bad: 'when HTTP_REQUEST {\n  persist add uie [HTTP::cookie value "session"] 1800\n}',
      good: 'when HTTP_RESPONSE {\n  persist add uie [HTTP::cookie value "session"] 1800\n}',
    },
  },
  run(ctx) {
    for (const site of traverse(ctx.parsed).sites) {
      if (!site.events || site.bare !== 'persist') continue;
      const sub = site.cmd.words[1];
      if (!sub || literalValue(sub) !== 'add') continue;
      const bad = site.events.filter((e) => selected(e) === false);
      if (bad.length === 0) continue;
      ctx.report(sub.loc, `persist add records the member already selected, and in ${bad.join(', ')} none is selected for this request yet; add the record in LB_SELECTED or HTTP_RESPONSE, or use "persist uie KEY" here`);
    }
  },
};
