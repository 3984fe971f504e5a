// IR2004: a command used in an event where BIG-IP does not allow it. An error only where the
// refusal was measured on a real BIG-IP (HTTP::uri in HTTP_RESPONSE, pool in RULE_INIT, ...:
// docs/bigip-parser.md, "Events"): BIG-IP refuses the rule, "command is not valid in current event
// context (EVENT)". Where only F5's "valid during" list (partial) or irule's own inferred list
// leaves the event out, a warning naming that source. Also a `when` nested in a body ("not valid
// in the current scope"). Only the handler's own body is checked: a proc may be called from
// several events, and an `after` script runs later.
//
// The errors are the load validator's (src/bigip/load.ts), which the simulator applies too: one
// walk and one verdict decide what BIG-IP refuses; this check words them and adds the warnings.

import { literalValue } from '../../syntax/ast.js';
import { eventVerdict, lookupCommand, lookupEvent } from '../../model/index.js';
import { loadErrorsOf } from '../check-support/load.js';
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
      why: 'Each iRule command is valid only in some events: there is no HTTP request in CLIENT_ACCEPTED, no response status in HTTP_REQUEST, no connection in RULE_INIT. BIG-IP checks this when the rule is saved and refuses the whole rule with `command is not valid in current event context`. The finding is an error where that refusal was measured on a real BIG-IP (docs/bigip-parser.md); where only F5\'s "valid during" list (which is known to be partial) or a list irule inferred leaves the event out, it is a warning that names its source. `when` and `proc` inside an event body are refused too ("command is not valid in the current scope").',
      bad: 'when CLIENT_ACCEPTED {\n  if { [HTTP::uri] starts_with "/api/" } {\n    pool api_pool\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::uri] starts_with "/api/" } {\n    pool api_pool\n  }\n}',
    },
  },
  run(ctx) {
    const refusals = new Map(loadErrorsOf(ctx, 'IR2004').map((e) => [e.loc.start.offset, e]));
    for (const site of traverse(ctx.parsed).sites) {
      if (!site.handler || !site.events || site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const head = site.cmd.words[0]!;
      const refusal = refusals.get(head.loc.start.offset);
      if (refusal && !refusal.refusedIn && name === 'when') {
        ctx.report(head.loc, '"when" inside an event body: events are declared only at the top level of a rule; BIG-IP refuses the rule ("command is not valid in the current scope")');
        continue;
      }
      if (refusal && !refusal.refusedIn && name === 'proc') {
        ctx.report(head.loc, '"proc" inside an event body: BIG-IP refuses the rule ("command is not valid in the current scope", measured also inside eval and uplevel bodies); define the proc at the top level of the rule and invoke it with call');
        continue;
      }
      if (insideAfter(site)) continue;
      const spec = lookupCommand(name);
      if (!spec) continue;
      const first = site.cmd.words[1] ? literalValue(site.cmd.words[1]) : undefined;
      const subEvents = first !== undefined ? spec.subcommands?.[first]?.events : undefined;
      const label = Array.isArray(subEvents) ? `${name} ${first}` : name;
      const refused = refusal?.refusedIn ?? [];
      const doubtful: string[] = [];
      let inferred = false;
      for (const ev of site.events) {
        if (!lookupEvent(ev)) continue; // IR2001 reports unknown events
        const verdict = eventVerdict(name, first, ev);
        if (verdict !== 'accepted' && verdict !== 'refused') {
          doubtful.push(ev);
          if (verdict === 'inferred') inferred = true;
        }
      }
      if (refused.length > 0) {
        ctx.report(head.loc, `${label} is not valid in ${refused.join(', ')}: BIG-IP refuses the rule ("command is not valid in current event context (${refused[0]}): ${name}"), as measured on BIG-IP 21.1 (docs/bigip-parser.md)`);
        continue;
      }
      if (doubtful.length === 0) continue;
      const shown = Array.isArray(subEvents) ? subEvents : Array.isArray(spec.events) ? spec.events : null;
      const where = shown && shown.length > 0 ? ` (listed: ${validList(shown)})` : '';
      const source = inferred
        ? `irule's own list for ${label}, inferred where F5's could not be read,`
        : `F5's "valid during" list for ${label}${spec.source ? ` (${spec.source})` : ''}`;
      ctx.report(head.loc, `${label} may not be valid in ${doubtful.join(', ')}: ${source} leaves ${doubtful.length === 1 ? 'it' : 'them'} out${where}; BIG-IP would refuse the rule if so ("command is not valid in current event context")`, 'warning');
    }
  },
};
