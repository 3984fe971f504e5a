// IR2006: a Tcl command that BIG-IP disables. An error for the 31 commands measured as refused on
// BIG-IP 21.1 (file and channel I/O, exec, namespace, rename, time, ...: docs/bigip-parser.md):
// BIG-IP refuses the rule with `command is disabled: "NAME"`. A warning for Tcl commands BIG-IP
// loads but that have nothing to work on in a rule (`puts`, `read`, `trace`, ...), and for Tcl
// library procedures whose presence was not measured.

import { lookupCommand } from '../../bigip/catalog/index.js';
import { DISABLED, DISCOURAGED } from '../check-support/names.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

const FILES = 'a rule cannot touch files or channels: read data from a data group (class) or an iFile (ifile get)';

const HINTS: Record<string, string> = {
  puts: 'its output does not reach the rule\'s log: write with "log local0. MESSAGE" (or HSL::send)',
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
  trace: 'rules cannot trace variables or commands',
};
for (const f of ['open', 'gets', 'read', 'file', 'glob', 'cd', 'pwd', 'fconfigure', 'eof', 'fblocked', 'fcopy', 'fileevent', 'flush', 'seek', 'tell']) {
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
      why: 'BIG-IP disables the Tcl commands that would touch files, channels, processes or the interpreter itself (`open`, `gets`, `file`, `exec`, `namespace`, `rename`, `time`, ...: 31 commands measured on BIG-IP 21.1, docs/bigip-parser.md). A rule that uses one is refused when it is saved, with `command is disabled: "NAME"`. Channel commands BIG-IP leaves in (`puts`, `read`, `trace`) have nothing to work on in a rule and get a warning.',
      bad: 'when HTTP_REQUEST {\n  set f [open /etc/hosts]\n}',
      good: 'when HTTP_REQUEST {\n  set hosts [ifile get hosts_file]\n}',
    },
  },
  run(ctx) {
    for (const site of traverse(ctx.parsed).sites) {
      if (site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const hint = HINTS[name] ? `; ${HINTS[name]}` : '';
      if (DISABLED.has(name) || lookupCommand(name)?.disabled) {
        ctx.report(site.cmd.words[0]!.loc, `command is disabled: "${name}": BIG-IP refuses to load a rule that uses it${hint}`);
      } else if (DISCOURAGED.has(name) && !lookupCommand(name)) {
        ctx.report(site.cmd.words[0]!.loc, `"${name}" has nothing to work on in an iRule (no files, channels or Tcl library; BIG-IP 21.1 does not refuse it, but irule does not run it)${hint}`, 'warning');
      }
    }
  },
};
