// IR2051: a variable that is set but never read anywhere in the rule. Usually left over from an
// edit or a misspelt name at the read. Only plain assignments count (the model's `assigns`
// commands: set, append, lappend, incr, array set): loop, regexp, scan and catch variables are
// often deliberately unused. Files with
// dynamic reads (subst, eval, upvar, info vars, set $name) and static:: / :: names are not reported.

import { lookupModel } from '../../model/index.js';
import { analyze, type VarRef } from '../analysis/index.js';
import type { Check } from '../types.js';

const IGNORED = /^(_.*|->|dummy|junk|unused|ignored?|discard)$/;

export const unusedVariable: Check = {
  meta: {
    code: 'IR2051',
    name: 'unused-variable',
    category: 'correctness',
    severity: 'info',
    description: 'A variable is set but never read anywhere in the rule.',
    help: {
      why: 'A variable that nothing reads is dead code at best and a misspelling at worst (the value meant to be used is set under another name). Every variable also costs memory for the life of the connection. Remove the assignment or use the variable. (Variables read by another rule on the same virtual are shared; disable this check for such rules.)',
      bad: 'when HTTP_REQUEST {\n  set backend [HTTP::header value "X-Backend"]\n  pool web_pool\n}',
      good: 'when HTTP_REQUEST {\n  set backend [HTTP::header value "X-Backend"]\n  if { $backend eq "canary" } {\n    pool canary_pool\n  } else {\n    pool web_pool\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    if (a.dynamicReads) return;
    const handlerUses = new Set<string>();
    const procUses = new Set<string>();
    for (const r of a.refs) {
      if (r.kind === 'def') continue;
      if (r.scope.kind === 'handler') handlerUses.add(r.base);
      else procUses.add(`${r.scope.id}:${r.base}`);
    }
    const reported = new Set<string>();
    const first = new Map<string, VarRef>();
    for (const r of a.refs) {
      if (r.kind !== 'def' || !lookupModel(r.how)?.assigns) continue;
      if (r.base.includes('::') || IGNORED.test(r.base)) continue;
      if (r.scope.kind === 'proc' && r.scope.linked) continue;
      const used = r.scope.kind === 'handler' ? handlerUses.has(r.base) : procUses.has(`${r.scope.id}:${r.base}`);
      if (used) continue;
      const key = r.scope.kind === 'handler' ? r.base : `${r.scope.id}:${r.base}`;
      if (!first.has(key)) first.set(key, r);
    }
    for (const [key, r] of first) {
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report(r.loc, `"${r.base}" is set but never read in this rule: remove the assignment, or use the variable (a misspelt name where it is read?)`);
    }
  },
};
