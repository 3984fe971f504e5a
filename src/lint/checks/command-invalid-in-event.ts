// IR2004: a command used in an event where BIG-IP does not allow it, from the catalog's "valid
// during" lists and the load-time rejections measured on a real BIG-IP (HTTP::uri in
// HTTP_RESPONSE, pool in RULE_INIT, ...). BIG-IP refuses the rule: "command is not valid in current
// event context (EVENT)" (BIGIP §9.1). Also a `when` nested in a body ("not valid in the current
// scope"). Only the handler's own body is checked: a proc may be called from several events, and
// an `after` script runs later.

import { literalValue } from '../../syntax/ast.js';
import { lookupCommand, lookupEvent, isValidInEvent } from '../../model/index.js';
import { insideAfter, traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

function validList(events: string[]): string {
  return events.length <= 6 ? events.join(', ') : `${events.slice(0, 6).join(', ')}, ...`;
}

export const commandInvalidInEvent: Check = {
  meta: {
    code: 'IR2004',
    name: 'command-invalid-in-event',
    category: 'correctness',
    severity: 'error',
    description: 'A command is used in an event where BIG-IP does not allow it.',
    help: {
      why: 'Each iRule command is valid only in some events (F5\'s "valid during" list): there is no HTTP request in CLIENT_ACCEPTED, no response status in HTTP_REQUEST, no connection in RULE_INIT. BIG-IP checks this when the rule is saved and refuses the whole rule with `command is not valid in current event context`.',
      bad: 'when CLIENT_ACCEPTED {\n  if { [HTTP::uri] starts_with "/api/" } {\n    pool api_pool\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::uri] starts_with "/api/" } {\n    pool api_pool\n  }\n}',
    },
  },
  run(ctx) {
    for (const site of traverse(ctx.parsed).sites) {
      if (!site.handler || !site.events || site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const head = site.cmd.words[0]!;
      if (name === 'when') {
        ctx.report(head.loc, '"when" inside an event body: events are declared only at the top level of a rule; BIG-IP refuses the rule ("command is not valid in the current scope")');
        continue;
      }
      if (insideAfter(site)) continue;
      const spec = lookupCommand(name);
      if (!spec) continue;
      const first = site.cmd.words[1] ? literalValue(site.cmd.words[1]) : undefined;
      const subEvents = first !== undefined ? spec.subcommands?.[first]?.events : undefined;
      const bad: string[] = [];
      for (const ev of site.events) {
        if (!lookupEvent(ev)) continue; // IR2001 reports unknown events
        let ok = isValidInEvent(name, ev);
        if (ok && Array.isArray(subEvents) && !subEvents.includes(ev)) ok = false;
        if (!ok) bad.push(ev);
      }
      if (bad.length === 0) continue;
      const shown = Array.isArray(subEvents) ? subEvents : Array.isArray(spec.events) ? spec.events : null;
      const where = shown && shown.length > 0 ? `; it is valid in ${validList(shown)}` : '';
      const label = Array.isArray(subEvents) ? `${name} ${first}` : name;
      ctx.report(head.loc, `${label} is not valid in ${bad.join(', ')}: BIG-IP refuses the rule ("command is not valid in current event context")${where}`);
    }
  },
};
