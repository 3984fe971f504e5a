// IR2006: a Tcl command that BIG-IP disables (file and channel I/O, exec, namespace, rename, time,
// ...: the 31 measured ones, model availability 'disabled'). BIG-IP refuses the rule:
// `command is disabled: "NAME"`.

import { lookupCommand } from '../../model/index.js';
import { DISABLED } from '../check-support/names.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

const FILES = 'a rule cannot touch files or channels: read data from a data group (class) or an iFile (ifile get)';

const HINTS: Record<string, string> = {
  exec: 'a rule cannot run programs',
  source: 'a rule cannot load code: put shared procs in a rule and invoke them with "call RULE::NAME"',
  load: 'a rule cannot load code',
  package: 'a rule cannot load packages',
  exit: 'end the handler with return (or reject/drop the connection)',
  time: 'measure with "timing on" on the rule or event instead',
  socket: 'open sideband connections with connect/send/recv',
  vwait: 'wait with "after MS" instead',
  update: 'wait with "after MS" instead',
  namespace: 'rules cannot create or inspect namespaces; use static:: variables for shared constants',
  rename: 'rules cannot rename commands',
  unknown: 'rules cannot define an unknown handler',
  interp: 'rules cannot create interpreters',
};
for (const f of ['open', 'gets', 'file', 'glob', 'cd', 'pwd', 'fconfigure', 'eof', 'fblocked', 'fcopy', 'flush', 'seek', 'tell']) {
  HINTS[f] = FILES;
}

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
      const hint = HINTS[name] ? `; ${HINTS[name]}` : '';
      ctx.report(site.cmd.words[0]!.loc, `command is disabled: "${name}": BIG-IP refuses to load a rule that uses it${hint}`);
    }
  },
};
