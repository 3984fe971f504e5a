// IR1003: `else`/`elseif` on the line after the `}` of an `if` body. Measured on a real BIG-IP
// (docs/bigip-parser.md, rule N5): `if` looks past one newline for `else`/`elseif`, so that form
// loads and the branch runs; it is reported as style only (stock Tcl and other tools read it as a
// command named "else"). After a blank or comment line the `else` is a command of its own and
// BIG-IP refuses the rule ("undefined procedure: else"): that form is an error.

import { literalValue } from '../../syntax/ast.js';
import { forEachCommand } from '../../syntax/visit.js';
import type { Check } from '../types.js';

export const danglingElse: Check = {
  meta: {
    code: 'IR1003',
    name: 'dangling-else',
    category: 'syntax',
    severity: 'error',
    description: '`else` or `elseif` on a line of its own: style when it follows the `}` directly, an error after a blank or comment line.',
    help: {
      why: 'BIG-IP\'s `if` takes an `else`/`elseif` that starts the line right after the closing brace of its body (measured on BIG-IP 21.1, docs/bigip-parser.md), so that layout works, but stock Tcl reads it as a command named "else" and the layout breaks as soon as a blank or comment line creeps in: then `else` is a command of its own and BIG-IP refuses the rule (`undefined procedure: else`). Keep `} else {` on one line.',
      bad: 'if { $a } {\n  pool a\n}\n\nelse {\n  pool b\n}',
      good: 'if { $a } {\n  pool a\n} else {\n  pool b\n}',
    },
  },
  run(ctx) {
    forEachCommand(ctx.parsed, ({ cmd }) => {
      const words = cmd.words;
      const head = literalValue(words[0]!);
      if (head === 'else' || head === 'elseif') {
        ctx.report(words[0]!.loc, `"${head}" is a command of its own here (a blank or comment line separates it from the if): BIG-IP refuses the rule ("undefined procedure: ${head}"); put it on the same line as the closing brace of the if body ("} ${head} {")`);
        return;
      }
      if (head !== 'if') return;
      for (let i = 2; i < words.length; i++) {
        const kw = literalValue(words[i]!);
        if ((kw === 'else' || kw === 'elseif') && words[i]!.loc.start.line > words[i - 1]!.loc.end.line) {
          ctx.report(words[i]!.loc, `"${kw}" on the line after the closing brace: BIG-IP's if accepts it, stock Tcl does not, and a blank or comment line in between would break the rule; write "} ${kw} {"`, 'info');
        }
      }
    });
  },
};
