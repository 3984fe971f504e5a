// IR2018: a global variable (`$::name`, `set ::name`, `global name`) in a rule. A virtual server whose
// rule uses a global variable is not CMP compatible: BIG-IP demotes it from CMP processing and TMM0 handles
// all its connections (https://clouddocs.f5.com/api/irules/CMPCompatibility.html, "Global Variables": from
// 10.0 global variables are not compatible, static:: variables were added for shared constants; K13033,
// https://my.f5.com/manage/s/article/K13033: "the virtual server is ineligible for CMP processing").
// Tcl's own globals (tcl_platform, errorInfo, ...) are left alone: F5 names user variables only.

import { analyze, type VarRef } from '../analysis/index.js';
import type { Check } from '../types.js';

const TCL_GLOBALS = new Set(['errorInfo', 'errorCode', 'tcl_platform', 'tcl_version', 'tcl_patchLevel', 'env', 'tcl_precision']);

/** The global variable a reference names (`::x` or `global x`), or null (static::, namespaced, Tcl's own). */
function globalName(r: VarRef): string | null {
  let name: string;
  if (r.how === 'global') name = r.base.replace(/^::/, '');
  else if (r.base.startsWith('::')) name = r.base.slice(2);
  else return null;
  if (name.includes('::') || TCL_GLOBALS.has(name)) return null; // ::static::x, ::ns::x: not the global namespace
  return name;
}

export const globalVariable: Check = {
  meta: {
    code: 'IR2018',
    name: 'global-variable',
    category: 'correctness',
    severity: 'warning',
    description: 'A global variable demotes the virtual server from CMP: one TMM handles all its connections.',
    help: {
      why: 'BIG-IP spreads a virtual server\'s connections over all its processing cores (CMP). A global variable (`$::name`, `set ::name`, `global name`) is shared by every connection on a core, so a virtual whose rule uses one is demoted from CMP and TMM0 alone handles all its connections (F5 CMPCompatibility, K13033): the box loses most of its capacity for that virtual. Use static:: variables for values set in RULE_INIT, the connection\'s own variables for per-connection state, and `table` for state shared between connections.',
      bad: 'when RULE_INIT {\n  set ::backend_host "app.internal"\n}\nwhen HTTP_REQUEST {\n  HTTP::header replace Host $::backend_host\n}',
      good: 'when RULE_INIT {\n  set static::backend_host "app.internal"\n}\nwhen HTTP_REQUEST {\n  HTTP::header replace Host $static::backend_host\n}',
    },
  },
  run(ctx) {
    const seen = new Set<string>();
    for (const r of analyze(ctx.parsed).refs) {
      const name = globalName(r);
      if (name === null || seen.has(name)) continue;
      seen.add(name);
      ctx.report(
        r.loc,
        `"::${name}" is a global variable: BIG-IP demotes a virtual server whose rule uses one from CMP, so TMM0 alone handles all its connections (https://my.f5.com/manage/s/article/K13033); use static::${name} for a value set in RULE_INIT, or table for state shared between connections`,
      );
    }
  },
};
