// IR2013: `persist uie` / `persist universal` when the virtual server is known to have no universal
// persistence profile (docs/bigip-reference.md §4.1: universal persistence requires one). Only when the profiles are
// known (config file or `# profiles:` comment).

import { literalValue } from '../../syntax/ast.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const persistWithoutProfile: Check = {
  meta: {
    code: 'IR2013',
    name: 'persist-without-profile',
    category: 'correctness',
    severity: 'warning',
    description: '`persist uie` is used but the virtual server has no universal persistence profile.',
    help: {
      why: '`persist uie KEY` (universal persistence) works only when the virtual server has a universal persistence profile: it supplies the default timeout and the table the records live in. Without one the command fails at run time and requests are load-balanced without persistence, so sessions are not pinned. This check runs only when the virtual\'s profiles are known (configuration file or a `# profiles: http, universal` comment).',
      bad: '# profiles: http\nwhen HTTP_REQUEST {\n  persist uie [HTTP::header value "X-Session-ID"] 1800\n}',
      good: '# profiles: http, universal\nwhen HTTP_REQUEST {\n  persist uie [HTTP::header value "X-Session-ID"] 1800\n}',
    },
  },
  run(ctx) {
    const profiles = ctx.virtual.profiles;
    if (!profiles) return;
    if ([...profiles].some((p) => /universal|uie/i.test(p))) return;
    for (const site of traverse(ctx.parsed).sites) {
      if (site.bare !== 'persist') continue;
      const words = site.cmd.words;
      let i = 1;
      if (words[1] && literalValue(words[1]) === 'add') i = 2;
      const mode = words[i] ? literalValue(words[i]!) : undefined;
      if (mode !== 'uie' && mode !== 'universal') continue;
      ctx.report(words[i]!.loc, `persist ${i === 2 ? 'add ' : ''}${mode} needs a universal persistence profile on the virtual server, which has none (profiles: ${[...profiles].join(', ') || 'none'}); add one, or the request is not persisted`);
    }
  },
};
