// IR1003: `else`/`elseif` starting a command of its own (a newline after the `}` of the if body).
// In Tcl that is a separate command named "else": invalid command name at run time. BIG-IP checks
// every command name when the rule is saved, so it refuses the rule ("undefined procedure: else").

import { literalValue } from '../../syntax/ast.js';
import { forEachCommand } from '../../syntax/visit.js';
import type { Check } from '../types.js';

export const danglingElse: Check = {
  meta: {
    code: 'IR1003',
    name: 'dangling-else',
    category: 'syntax',
    severity: 'error',
    description: '`else` or `elseif` on its own line is a separate command, not part of the `if`.',
    help: {
      why: 'A newline ends a Tcl command, so an `else` that starts a new line is a command named "else". Tcl fails with `invalid command name "else"` when it runs; BIG-IP validates command names on save and rejects the rule (`undefined procedure: else`).',
      bad: 'if { $a } {\n  pool a\n}\nelse {\n  pool b\n}',
      good: 'if { $a } {\n  pool a\n} else {\n  pool b\n}',
    },
  },
  run(ctx) {
    forEachCommand(ctx.parsed, ({ cmd }) => {
      const head = literalValue(cmd.words[0]!);
      if (head === 'else' || head === 'elseif') {
        ctx.report(cmd.words[0]!.loc, `"${head}" starts a new command here, which BIG-IP refuses (undefined procedure: ${head}): put it on the same line as the closing brace of the if body ("} ${head} {")`);
      }
    });
  },
};
