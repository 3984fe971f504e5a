// IR2006: a Tcl command that BIG-IP disables (file and channel I/O, exec, namespace, rename, time,
// ...: the 31 measured ones, model availability 'disabled'). BIG-IP refuses the rule:
// `command is disabled: "NAME"`. The hint is the model's `instead` (model/effects.ts).

import { lookupCommand, lookupModel } from '../../model/index.js';
import { DISABLED } from '../check-support/names.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const disabledCommand: Check = {
  meta: {
    code: 'IR2006',
    name: 'disabled-command',
    category: 'correctness',
    severity: 'error',
    description: 'A Tcl command that BIG-IP disables in iRules.',
    help: {
      why: 'BIG-IP removes 31 Tcl commands that would touch files, channels, processes or the interpreter itself (`open`, `file`, `gets`, `exec`, `namespace`, `rename`, `time`, ...). A rule that uses one is refused when it is saved, with `command is disabled: "NAME"`.',
      bad: 'when HTTP_REQUEST {\n  set f [open /tmp/log a]\n}',
      good: 'when HTTP_REQUEST {\n  log local0. "request for [HTTP::uri]"\n}',
    },
  },
  run(ctx) {
    for (const site of traverse(ctx.parsed).sites) {
      if (site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      if (!DISABLED.has(name) && !lookupCommand(name)?.disabled) continue;
      const instead = lookupModel(name)?.instead;
      const hint = instead ? `; ${instead}` : '';
      ctx.report(site.cmd.words[0]!.loc, `command is disabled: "${name}": BIG-IP refuses to load a rule that uses it${hint}`);
    }
  },
};
