// What some commands do, where a check needs to know it: what a command does to the request
// and the connection (the linter's response-flow analysis), which commands exist to store a
// variable (unused-variable), where a value is written into the HTTP message (the dataflow's
// sinks), the options Tcl 8.5 added that BIG-IP's Tcl 8.4 lacks, and what to write instead of a
// command BIG-IP refuses. Merged into the command entries by model/index.ts (`finish`), each
// group with the provenance of its fact ('effects' in the entry's provenance).

import type { Provenance, ResponseFlow } from './types.js';
import { M, measured } from './tcl.js';

const F5 = (page: string): Provenance => ({ kind: 'f5', url: `https://clouddocs.f5.com/api/irules/${page}.html` });
const TCL84 = (page: string): Provenance => ({ kind: 'tcl', url: `https://www.tcl-lang.org/man/tcl8.4/TclCmd/${page}.htm` });
const TCL86 = (page: string): Provenance => ({ kind: 'tcl', url: `https://www.tcl-lang.org/man/tcl8.6/TclCmd/${page}.htm` });

export interface Effects {
  responseFlow?: ResponseFlow;
  assigns?: boolean;
  /** Writes its arguments into the HTTP message the client or the server receives (a taint sink). */
  sink?: boolean;
  tcl85Options?: string[];
  instead?: string;
  /** Chooses where the request goes (pool, node, persist, snat, ...) or rewrites its target (HTTP::uri NEW). */
  routes?: boolean;
  keepsArgument?: boolean;
  provenance: Provenance;
}

const table = new Map<string, Omit<Effects, 'provenance'> & { provenance: Provenance[] }>();

function put(names: readonly string[], fact: Omit<Effects, 'provenance'>, provenance: (name: string) => Provenance): void {
  for (const name of names) {
    const e = table.get(name) ?? { provenance: [] };
    Object.assign(e, fact);
    e.provenance.push(provenance(name));
    table.set(name, e);
  }
}

const page = (name: string) => name.replace('::', '__');

// F5's HTTP::respond and HTTP::redirect pages: the rule answers the request itself; the handler
// goes on running after it (docs/bigip-reference.md §2.3).
put(['HTTP::respond', 'HTTP::redirect'], { responseFlow: 'responds', sink: true }, (n) => F5(page(n)));
// F5's drop, reject and discard pages: the connection (or the packet) goes, nothing is answered.
put(['drop', 'reject', 'discard'], { responseFlow: 'ends' }, (n) => F5(n));
// HTTP::header insert/replace writes a header of the message being forwarded (F5's HTTP::header page).
put(['HTTP::header'], { sink: true }, () => F5('HTTP__header'));

// Commands that choose where the request goes, or (HTTP::uri/HTTP::path with an argument) rewrite
// its target: each one's F5 page.
put(['pool', 'persist', 'node', 'member', 'virtual', 'snat', 'LB::reselect', 'HTTP::uri', 'HTTP::path'], { routes: true }, (n) => F5(page(n)));

// URI::decode returns its argument with the %-escapes decoded (F5's URI::decode page).
put(['URI::decode'], { keepsArgument: true }, () => F5('URI__decode'));

// Commands that may follow a response without changing what the client receives: they keep state,
// log, compute or close the connection after the answer is sent. Inferred from each command's
// F5 or Tcl page (none of them writes the HTTP message or answers the client).
put(
  [
    'log', 'HSL::send', 'HSL::open', 'set', 'unset', 'incr', 'append', 'lappend', 'lset', 'array', 'info', 'string',
    'list', 'lindex', 'llength', 'lrange', 'lsearch', 'lsort', 'concat', 'join', 'split', 'format', 'scan', 'clock',
    'expr', 'table', 'session', 'binary', 'regexp', 'regsub', 'class', 'TCP::close', 'HTTP::close', 'return',
    'global', 'upvar', 'variable', 'ISTATS::incr', 'ISTATS::set', 'STATS::incr', 'STATS::set', 'STATS::setmax',
    'STATS::setmin', 'timing',
  ],
  { responseFlow: 'inert' },
  () => ({ kind: 'inferred', note: 'keeps state, logs or computes: writes neither the HTTP message nor an answer to the client' }),
);

// Commands whose purpose is to store a value in the variable they name (Tcl's manual), unlike
// foreach, regexp, scan or catch, which write variables as a by-product.
put(['set', 'append', 'lappend', 'incr', 'array'], { assigns: true }, (n) => TCL84(n));
put(['dict'], { assigns: true }, () => TCL86('dict'));

// Options added in Tcl 8.5 (TIP 241 -nocase, lsearch -index ...): BIG-IP's Tcl 8.4 lacks them;
// switch -matchvar was probed absent on BIG-IP (measurements §4).
put(['lsearch'], { tcl85Options: ['-index', '-subindices', '-nocase', '-bisect'] }, () => TCL86('lsearch'));
put(['lsort'], { tcl85Options: ['-indices', '-nocase'] }, () => TCL86('lsort'));
put(['switch'], { tcl85Options: ['-nocase', '-matchvar', '-indexvar'] }, () => measured(M.interpreters, 'switch -matchvar probed absent; -nocase and -indexvar are Tcl 8.5 by its manual'));

// What to write instead of a Tcl 8.5+ command or a command BIG-IP disables (advice, not a fact
// about BIG-IP: inferred).
const advice = (): Provenance => ({ kind: 'inferred', note: "irule's advice for a command BIG-IP lacks or refuses" });
const INSTEAD: Record<string, string> = {
  dict: 'use an array, a list with lsearch, or table for shared data',
  lassign: 'use "foreach {a b c} $list break" or "scan"',
  lreverse: 'build the reversed list with a loop (or lsort -decreasing for sorted data)',
  lrepeat: 'build the list with a loop',
  apply: 'define a proc and invoke it with call',
  try: 'use "if { [catch { ... } err] } { ... }"',
  throw: 'use "error MESSAGE"',
  lmap: 'use foreach with lappend',
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
const FILES = 'a rule cannot touch files or channels: read data from a data group (class) or an iFile (ifile get)';
for (const f of ['open', 'gets', 'file', 'glob', 'cd', 'pwd', 'fconfigure', 'eof', 'fblocked', 'fcopy', 'flush', 'seek', 'tell']) INSTEAD[f] = FILES;
for (const [name, instead] of Object.entries(INSTEAD)) put([name], { instead }, advice);

/** The effects recorded for a command, or undefined. Several groups may describe one command;
 * its provenance is then the first group's, with the others named in the note. */
export function effectsOf(name: string): Effects | undefined {
  const e = table.get(name);
  if (!e) return undefined;
  const [first, ...rest] = e.provenance;
  const provenance: Provenance = rest.length === 0 ? first! : { ...first!, note: [first!.note, ...rest.map((p) => p.url ?? p.note)].filter(Boolean).join('; also ') };
  return { ...e, provenance };
}
