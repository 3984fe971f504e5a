// IR1004: `#` after a command on the same line. `#` starts a comment only where a command starts
// (Tcl's rule, unchanged on BIG-IP: docs/bigip-parser.md, measurements §6), so `log local0. msg #
// note` passes "#" and "note" to log. BIG-IP refuses that rule when it is saved (measured for log:
// `invalid 'local0.'; expected:-noname`), hence an error for log; for other commands the words are
// extra arguments whose effect depends on the command: a warning.

import { literalValue } from '../../syntax/ast.js';
import { forEachCommand } from '../../syntax/visit.js';
import type { Check } from '../types.js';

export const commentAsArgument: Check = {
  meta: {
    code: 'IR1004',
    name: 'comment-as-argument',
    category: 'syntax',
    severity: 'warning',
    description: 'A `#` after a command on the same line is an argument, not a comment.',
    help: {
      why: 'Tcl (and BIG-IP, measured on BIG-IP 21.1: docs/bigip-parser.md) starts a comment only where a command could start. After a command on the same line, `#` and the words after it are more arguments of that command: `log local0. "hit" # debug` gives log two extra words and BIG-IP refuses the rule (`invalid \'local0.\'; expected:-noname`). End the command first: `;#`.',
      bad: 'when HTTP_REQUEST {\n  log local0. "hit" # debug only\n}',
      good: 'when HTTP_REQUEST {\n  log local0. "hit" ;# debug only\n}',
    },
  },
  run(ctx) {
    forEachCommand(ctx.parsed, ({ cmd }) => {
      for (let i = 1; i < cmd.words.length; i++) {
        const w = cmd.words[i]!;
        const text = w.kind === 'bare' ? literalValue(w) : undefined;
        if (text === undefined || !text.startsWith('#') || /^#\d+$/.test(text)) continue; // `uplevel #0`
        // A lone `#` (or `##...`) reads as a comment; `#fff` reads as one only with words after it.
        if (text !== '#' && !text.startsWith('##') && i === cmd.words.length - 1) continue;
        // Only where it reads as a comment: a word of its own, on the line of the previous word.
        const prev = cmd.words[i - 1]!;
        if (prev.loc.end.line !== w.loc.start.line || prev.loc.end.offset === w.loc.start.offset) continue;
        const head = literalValue(cmd.words[0]!);
        const measured = head === 'log';
        ctx.report(
          w.loc,
          `"#" here is not a comment: it and the words after it are ${cmd.words.length - i} more argument(s) of ${head ?? 'the command'}${measured ? ', and BIG-IP refuses the rule ("invalid \'local0.\'; expected:-noname")' : ''}; write ";#" to end the command first`,
          measured ? 'error' : 'warning',
        );
        break;
      }
    });
  },
};
