// IR1003: `else`/`elseif` starting a command of its own. BIG-IP's `if` picks up an `else` on the line right
// after the body's `}` (the parser continues the command, measured: rule N5 of
// https://github.com/bitwisecook/tcl-lsp/blob/main/docs/design/bigip-irule-parser-measurements.md), but not
// one after a blank or comment line: that is a separate command named "else", which BIG-IP refuses when the
// rule is saved ("undefined procedure: else").

import { literalValue } from '../../syntax/ast.js';
import { forEachCommand } from '../../syntax/visit.js';
import type { Check } from '../types.js';

export const danglingElse: Check = {
  meta: {
    code: 'IR1003',
    name: 'dangling-else',
    category: 'syntax',
    severity: 'error',
    description: '`else` or `elseif` after a blank or comment line is a separate command, not part of the `if`.',
    help: {
      why: 'BIG-IP\'s `if` takes an `else` on the line right after the closing brace of its body (stock Tcl does not), but a blank or comment line in between ends the `if`: the `else` is then a command of its own. BIG-IP validates command names on save and rejects the rule (`undefined procedure: else`); Tcl fails with `invalid command name "else"` when it runs. Put `else` on the same line as the brace (`} else {`), which both accept.',
      bad: 'if { $a } {\n  pool a\n}\n\nelse {\n  pool b\n}',
      good: 'if { $a } {\n  pool a\n} else {\n  pool b\n}',
    },
  },
  run(ctx) {
    forEachCommand(ctx.parsed, ({ cmd }) => {
      const head = literalValue(cmd.words[0]!);
      if (head === 'else' || head === 'elseif') {
        ctx.report(cmd.words[0]!.loc, `"${head}" starts a new command here: put it on the same line as the closing brace of the if body ("} ${head} {")`);
      }
    });
  },
};
