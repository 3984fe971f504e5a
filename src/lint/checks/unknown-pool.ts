// IR2017: `pool NAME` with a literal NAME that the configuration does not define. BIG-IP checks
// literal pool names when the rule is saved and refuses a missing one (F5 DevCentral, "Intermediate
// iRules: catch": https://community.f5.com/kb/technicalarticles/intermediate-irules-catch/290356;
// docs/behaviour.md). Runs only when the pools are known: a bigip.conf / SCF export linted whole
// (its `ltm pool` objects), or `virtual.pools` in irule.config.json.

import { literalValue } from '../../syntax/ast.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const unknownPool: Check = {
  meta: {
    code: 'IR2017',
    name: 'unknown-pool',
    category: 'correctness',
    severity: 'error',
    description: '`pool` names a pool that the configuration does not define.',
    help: {
      why: 'BIG-IP checks a literal pool name when the rule is saved and refuses the rule when no such pool exists (a name built at run time fails at run time instead: wrap it in `catch`). This check runs when the configuration linted with the rule defines its pools: a bigip.conf or SCF export, or `virtual.pools` in irule.config.json.',
      bad: 'ltm pool /Common/web_pool {\n    members { }\n}\nltm rule /Common/route {\nwhen HTTP_REQUEST {\n  pool web_pol\n}\n}',
      good: 'ltm pool /Common/web_pool {\n    members { }\n}\nltm rule /Common/route {\nwhen HTTP_REQUEST {\n  pool web_pool\n}\n}',
    },
  },
  run(ctx) {
    const known = ctx.virtual.pools;
    if (!known) return;
    for (const site of traverse(ctx.parsed).sites) {
      if (site.bare !== 'pool' || site.cmd.words.length < 2) continue;
      const w = site.cmd.words[1]!;
      const name = literalValue(w);
      if (name === undefined || known.has(name) || known.has(name.replace(/^\/[^/]+\//, ''))) continue;
      ctx.report(w.loc, `pool "${name}" is not defined in the configuration: BIG-IP refuses to save a rule naming a missing pool`);
    }
  },
};
