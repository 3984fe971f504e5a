// IR2016: `class match|lookup|search|...` names a data group that the configuration does not define.
// Runs only when the data groups are known: a bigip.conf / SCF export linted whole (its `ltm
// data-group` objects), or `virtual.datagroups` in irule.config.json. Names built at run time are
// not checked. What BIG-IP does with a missing data group is not documented in a source we cite, so
// this is a warning (inferred: the lookup has nothing to read).

import { literalValue, type Word } from '../../syntax/ast.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

/** Where the data group is among `class SUB ...`'s words: the last, or the first after the options. */
const POSITION: Record<string, 'last' | 'first'> = {
  match: 'last',
  lookup: 'last',
  element: 'last',
  exists: 'last',
  size: 'last',
  type: 'last',
  startsearch: 'last',
  search: 'first',
  names: 'first',
  get: 'first',
};

function datagroupWord(words: readonly Word[]): Word | undefined {
  const sub = words[1] ? literalValue(words[1]) : undefined;
  const where = sub ? POSITION[sub] : undefined;
  if (!where) return undefined;
  if (where === 'last') return words.length >= 3 ? words[words.length - 1] : undefined;
  for (let i = 2; i < words.length; i++) {
    const t = literalValue(words[i]!);
    if (t === '--') return words[i + 1];
    if (t === undefined || !t.startsWith('-')) return words[i];
  }
  return undefined;
}

export const unknownDatagroup: Check = {
  meta: {
    code: 'IR2016',
    name: 'unknown-datagroup',
    category: 'correctness',
    severity: 'warning',
    description: '`class` names a data group that the configuration does not define.',
    help: {
      why: 'A `class match`, `class lookup` or `class search` reads a data group (`ltm data-group`) by name. When the configuration linted with the rule defines its data groups (a bigip.conf or SCF export, or `virtual.datagroups` in irule.config.json) and the name is not among them, the lookup has no data to read: usually a typo or a data group that was not deployed with the rule. Names built at run time are not checked.',
      bad: 'ltm data-group internal /Common/allowed_hosts {\n    type string\n}\nltm rule /Common/hosts {\nwhen HTTP_REQUEST {\n  if { [class match -- [HTTP::host] equals allowed_host] } {\n    return\n  }\n}\n}',
      good: 'ltm data-group internal /Common/allowed_hosts {\n    type string\n}\nltm rule /Common/hosts {\nwhen HTTP_REQUEST {\n  if { [class match -- [HTTP::host] equals allowed_hosts] } {\n    return\n  }\n}\n}',
    },
  },
  run(ctx) {
    const known = ctx.virtual.datagroups;
    if (!known) return;
    for (const site of traverse(ctx.parsed).sites) {
      if (site.bare !== 'class') continue;
      const w = datagroupWord(site.cmd.words);
      const name = w ? literalValue(w) : undefined;
      if (!w || name === undefined || known.has(name) || known.has(name.replace(/^\/[^/]+\//, ''))) continue;
      ctx.report(w.loc, `data group "${name}" is not defined in the configuration linted with this rule: a typo, or a data group not deployed with it`);
    }
  },
};
