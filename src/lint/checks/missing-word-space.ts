// IR1002: `}{` or `"a"b` with no space between words. BIG-IP reads two words and loads the rule,
// stock Tcl refuses it (extra characters after close-brace): the rule only works on BIG-IP.

import { forEachCommand } from '../../syntax/visit.js';
import type { Check } from '../types.js';

export const missingWordSpace: Check = {
  meta: {
    code: 'IR1002',
    name: 'missing-word-space',
    category: 'syntax',
    severity: 'warning',
    description: 'Two words are written with no space between them (`}{`).',
    help: {
      why: 'BIG-IP splits `{a}{b}` and `"a"b` into two words and loads the rule, but standard Tcl rejects it with "extra characters after close-brace"; other tools and readers can miss the word boundary.',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq "/" }{\n    pool web_pool\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq "/" } {\n    pool web_pool\n  }\n}',
    },
  },
  run(ctx) {
    forEachCommand(ctx.parsed, ({ cmd }) => {
      for (let i = 1; i < cmd.words.length; i++) {
        const prev = cmd.words[i - 1]!;
        const w = cmd.words[i]!;
        if (prev.loc.end.offset === w.loc.start.offset) {
          ctx.report({ start: prev.loc.end, end: w.loc.start }, 'no space between two words: BIG-IP reads two words here, standard Tcl rejects it; add a space');
        }
      }
    });
  },
};
