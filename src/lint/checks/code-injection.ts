// IR3002: client-controlled text reaching a command that runs it as Tcl (eval, subst, uplevel,
// after SCRIPT). A request header like `x; HTTP::respond 200 content [table keys -subtable s]`
// then runs inside the rule. Found by the shared dataflow (taint through variables, string
// operations and across events); `list` quoting and pattern validation (regexp ...) sanitise.

import { literalValue } from '../../syntax/ast.js';
import { analyze, describe, has, T } from '../analysis/index.js';
import { litAt } from '../analysis/shapes.js';
import type { Check } from '../types.js';

export const codeInjection: Check = {
  meta: {
    code: 'IR3002',
    name: 'code-injection',
    category: 'security',
    severity: 'error',
    description: 'Client-controlled data is run as Tcl code by `eval`, `subst`, `uplevel` or `after`.',
    help: {
      why: '`eval`, `subst`, `uplevel` and the script of `after` parse their argument as Tcl. When it holds request data (a header, the URI, a cookie, or a variable set from one), a client can put `[...]` or `;` in it and run any command in the rule: read tables and static secrets, answer with arbitrary content, or reset connections. Build commands with `list` (which quotes every element) or avoid dynamic code.',
      bad: 'when HTTP_REQUEST {\n  set action [HTTP::header value "X-Action"]\n  eval "pool $action"\n}',
      good: 'when HTTP_REQUEST {\n  set action [HTTP::header value "X-Action"]\n  if { [class match -- $action equals allowed_pools] } {\n    pool $action\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    for (const rec of a.commands) {
      const w = rec.cmd.words;
      let from = 1;
      switch (rec.name) {
        case 'eval':
          break;
        case 'subst':
          if (w.some((x) => literalValue(x) === '-nocommands')) continue;
          from = w.length - 1;
          break;
        case 'uplevel':
          if (w.length >= 3 && /^#?\d+$/.test(litAt(w, 1) ?? '')) from = 2;
          break;
        case 'after': {
          const first = literalValue(w[1] ?? w[0]!);
          if (first === 'cancel' || first === 'info' || w.length < 3) continue;
          from = litAt(w, 2) === '-periodic' ? 3 : 2;
          break;
        }
        default:
          continue;
      }
      for (let i = from; i < w.length; i++) {
        const t = rec.args[i]!;
        if (!has(t, T.CODE)) continue;
        ctx.report(
          w[i]!.loc,
          `${rec.name} runs client-controlled text as Tcl (${describe(t, T.CODE)}): a client can inject commands with [...] or ";"; ` +
            'quote it with [list ...], validate it against a fixed list (class match), or avoid dynamic code',
        );
        break;
      }
    }
  },
};
