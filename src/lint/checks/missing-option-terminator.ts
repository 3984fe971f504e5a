// IR3003: a client-controlled word where switch/regexp/regsub/class/table/unset still read options.
// A value starting with "-" is taken as an option: an error ("bad option") that resets the
// connection, or worse, a different meaning (`switch` with a subject of "-glob").

import { lookupModel, type ArgLayout } from '../../model/index.js';
import { analyze, describe, has, T } from '../analysis/index.js';
import { scanOptions, type OptionScan, litAt } from '../analysis/shapes.js';
import type { Check } from '../types.js';

/** The options of a layout that take a value (`-start N`, `-matchvar NAME`, `-subtable NAME`), from the model. */
function valueOptions(layout: ArgLayout | undefined): string[] {
  return Object.entries(layout?.options ?? {}).flatMap(([o, role]) => (role ? [o] : []));
}

const layoutOf = (name: string) => lookupModel(name)?.layouts?.find((l) => l.options);

export const missingOptionTerminator: Check = {
  meta: {
    code: 'IR3003',
    name: 'missing-option-terminator',
    category: 'security',
    severity: 'warning',
    description: 'A client-controlled argument comes where options are still parsed, with no `--` before it.',
    help: {
      why: '`switch`, `regexp`, `regsub`, `class`, `table` and `unset` read leading words that start with `-` as options until `--`. A request value such as `-glob` or `-nocase` is then taken as an option: the command fails ("bad option", the connection is reset) or means something else. BIG-IP\'s Tcl 8.4 reads every leading `-` word as an option (Tcl 8.6 never takes the last two words of `switch` as options, so a test in tclsh 8.6 hides the problem). The request line counts: `HTTP::uri` and `HTTP::path` are what the client sent, with nothing forcing a leading `/`. Put `--` before a value the client controls.',
      bad: 'when HTTP_REQUEST {\n  switch [HTTP::header value "X-Tenant"] {\n    acme { pool acme_pool }\n    default { pool web_pool }\n  }\n}',
      good: 'when HTTP_REQUEST {\n  switch -- [HTTP::header value "X-Tenant"] {\n    acme { pool acme_pool }\n    default { pool web_pool }\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    for (const rec of a.commands) {
      const w = rec.cmd.words;
      let scan: OptionScan | undefined;
      switch (rec.name) {
        case 'switch':
          scan = scanOptions(rec.cmd, 1, valueOptions(layoutOf('switch')));
          break;
        case 'regexp':
        case 'regsub':
          scan = scanOptions(rec.cmd, 1, valueOptions(layoutOf(rec.name)));
          break;
        case 'class': {
          const sub = litAt(w, 1);
          if (sub !== 'match' && sub !== 'search') continue;
          scan = scanOptions(rec.cmd, 2);
          break;
        }
        case 'table': {
          const sub = litAt(w, 1);
          // Only the subcommands that name a key after their options (the model's layouts; not keys).
          const layout = sub ? lookupModel('table')?.subcommands?.[sub]?.layout : undefined;
          if (!layout?.positional?.length) continue;
          scan = scanOptions(rec.cmd, 2, valueOptions(layout));
          break;
        }
        case 'unset':
          scan = scanOptions(rec.cmd, 1);
          break;
        default:
          continue;
      }
      if (!scan || scan.terminated || scan.subject === undefined) continue;
      const t = rec.args[scan.subject]!;
      if (!has(t, T.DASH)) continue;
      ctx.report(
        w[scan.subject]!.loc,
        `this client-controlled value (${describe(t, T.DASH)}) may start with "-" and would be read as an option of ${rec.name}: put -- before it`,
      );
    }
  },
};
