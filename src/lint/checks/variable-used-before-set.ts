// IR2050: a variable read where no assignment can have run before it. Events of one connection
// run in order (CLIENT_ACCEPTED, HTTP_REQUEST, ..., HTTP_RESPONSE, CLIENT_CLOSED): a variable set in
// CLIENT_ACCEPTED may be read in HTTP_REQUEST, but one set only in HTTP_RESPONSE is unset on the
// first request. Conservative: any assignment textually earlier in the same handler (any branch),
// later in the same loop, or in an event that can run earlier counts; `info exists` guards, reads
// inside `catch`, `static::`/`::` names and files with dynamic assignments (upvar, eval, set $name)
// are not reported.

import { analyze, eventRank, mayRunBefore, type Scope, type VarRef } from '../analysis/index.js';
import type { Check } from '../types.js';

const BUILTIN = new Set(['errorInfo', 'errorCode', 'tcl_platform', 'tcl_version', 'tcl_patchLevel', 'env', 'argv', 'argc', 'argv0', 'auto_path', 'tcl_precision']);

function sharesLoop(a: VarRef, b: VarRef): boolean {
  return a.loops.some((id) => b.loops.includes(id));
}

export const variableUsedBeforeSet: Check = {
  meta: {
    code: 'IR2050',
    name: 'variable-used-before-set',
    category: 'correctness',
    severity: 'warning',
    description: 'A variable is read where no assignment to it can have run yet.',
    help: {
      why: 'Reading a variable that does not exist is a Tcl error ("can\'t read \\"x\\": no such variable"): BIG-IP aborts the handler and resets the client connection. Events of a connection run in order, so a variable set in HTTP_RESPONSE does not exist yet in the first HTTP_REQUEST, and one set later in a handler does not exist above it. Set it earlier (CLIENT_ACCEPTED is the usual place) or guard the read with `info exists`.',
      bad: 'when HTTP_REQUEST {\n  if { $backend_ok } {\n    pool web_pool\n  }\n}\nwhen HTTP_RESPONSE {\n  set backend_ok [expr { [HTTP::status] < 500 }]\n}',
      good: 'when CLIENT_ACCEPTED {\n  set backend_ok 1\n}\nwhen HTTP_REQUEST {\n  if { $backend_ok } {\n    pool web_pool\n  }\n}\nwhen HTTP_RESPONSE {\n  set backend_ok [expr { [HTTP::status] < 500 }]\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    if (a.dynamicDefs) return;
    const defs = new Map<string, VarRef[]>();
    for (const r of a.refs) {
      if (r.kind !== 'def') continue;
      let l = defs.get(r.base);
      if (!l) defs.set(r.base, (l = []));
      l.push(r);
    }
    const done = new Set<string>();
    for (const r of a.refs) {
      if (r.kind !== 'read' || r.inCatch) continue;
      if (r.base.includes('::') || BUILTIN.has(r.base)) continue;
      const scope = r.scope;
      if (scope.linked || scope.existsGuards.has(r.base)) continue;
      const key = `${scope.id}:${r.base}`;
      if (done.has(key)) continue;
      const ds = defs.get(r.base) ?? [];
      const local = ds.filter((d) => d.scope === scope);
      if (local.some((d) => d.loc.start.offset < r.loc.start.offset || sharesLoop(d, r) || r.inAfter)) continue;
      let earlierEvents: VarRef[] = [];
      if (scope.kind === 'handler') {
        const others = ds.filter((d) => d.scope !== scope && d.scope.kind === 'handler');
        earlierEvents = others.filter((d) => d.scope.events.some((e) => scope.events.some((re) => mayRunBefore(e, re)) || e === 'RULE_INIT'));
        if (earlierEvents.length > 0) continue;
        if (others.some((d) => d.scope.events.some((e) => eventRank(e) === undefined))) continue;
      }
      done.add(key);
      ctx.report(r.loc, message(r, scope, local, ds.filter((d) => d.scope !== scope && d.scope.kind === 'handler')));
    }
  },
};

function message(r: VarRef, scope: Scope, local: VarRef[], later: VarRef[]): string {
  const v = `"${r.base}"`;
  const fail = `the ${scope.kind === 'proc' ? 'proc' : 'handler'} fails with "can't read ${v}: no such variable" and BIG-IP resets the connection`;
  if (local.length > 0) {
    return `${v} is read before it is set (line ${local[0]!.loc.start.line}): ${fail}; set it before this point or guard the read with [info exists ${r.base}]`;
  }
  if (later.length > 0) {
    const ev = later[0]!.scope.events.join(', ');
    const here = scope.events.join(', ');
    return `${v} is read in ${here} but only set in ${ev} (line ${later[0]!.loc.start.line}), which runs later on a connection: ${fail}; set it in an earlier event (CLIENT_ACCEPTED) or guard the read with [info exists ${r.base}]`;
  }
  if (scope.kind === 'proc') return `${v} is not an argument of the proc and is never set in it: ${fail}; pass it as an argument`;
  return `${v} is read but never set in this rule (a misspelt name?): ${fail}; if another rule on the virtual sets it, guard the read with [info exists ${r.base}]`;
}
