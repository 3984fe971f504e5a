// IR2007: a deprecated command or event (matchclass/findclass -> class, BIG-IP 4.x commands,
// HTTP classes, AUTH_* events ...), from the catalog's `deprecated` notes.

import { lookupCommand, lookupEvent } from '../../model/index.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const deprecated: Check = {
  meta: {
    code: 'IR2007',
    name: 'deprecated',
    category: 'correctness',
    severity: 'warning',
    description: 'A deprecated command or event.',
    help: {
      why: 'Deprecated commands (`matchclass`, `findclass`, the BIG-IP 4.x `http_uri` family, HTTP classes) and events are kept only for old configurations: they are slower, less capable (no `class` operators on addresses or `-value`), or may disappear in the next version. F5 names a replacement for each.',
      bad: 'when HTTP_REQUEST {\n  if { [matchclass [HTTP::host] equals allowed_hosts] } {\n    pool web_pool\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [class match [HTTP::host] equals allowed_hosts] } {\n    pool web_pool\n  }\n}',
    },
  },
  run(ctx) {
    for (const rule of ctx.parsed.rules) {
      for (const h of rule.handlers) {
        for (const ev of h.events) {
          const spec = lookupEvent(ev.name);
          if (spec?.deprecated) ctx.report(ev.loc, `event ${ev.name} is deprecated: ${spec.deprecated}`);
        }
      }
    }
    for (const site of traverse(ctx.parsed).sites) {
      if (site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const spec = lookupCommand(name);
      if (spec?.deprecated && !spec.disabled) ctx.report(site.cmd.words[0]!.loc, `${name} is deprecated: ${spec.deprecated}`);
    }
  },
};
