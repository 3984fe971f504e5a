// IR2002: a command BIG-IP does not know. BIG-IP checks every command name when the rule is saved,
// even inside `catch`, and refuses the rule ("undefined procedure: NAME", docs/bigip-reference.md §9.1).
// Known: the iRules catalog, the Tcl core commands BIG-IP keeps, and the file's own procs (which
// must be invoked with `call`). Tcl 8.5+ commands (`dict`, `lassign`, `try`, ...) are unknown
// too: BIG-IP's interpreter is Tcl 8.4 (docs/bigip-reference.md §1.1). Disabled commands have their own
// check (IR2006); computed names (`$cmd`, `[...]`) are not judged.

import { literalValue } from '../../syntax/ast.js';
import { lookupModel } from '../../model/index.js';
import { classify, fileProcs, nearest, suggestCommand } from '../check-support/names.js';
import { bareName, traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const unknownCommand: Check = {
  meta: {
    code: 'IR2002',
    name: 'unknown-command',
    category: 'correctness',
    severity: 'error',
    description: 'A command that BIG-IP does not know (undefined procedure).',
    help: {
      why: 'BIG-IP looks up every command name when the rule is saved, including commands inside `catch`, and refuses the whole rule with `undefined procedure: NAME`. Command names are case-sensitive (`HTTP::header`, not `http::header`), and a proc of the rule must be invoked with `call`.',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::heade exists "X-Debug"] } {\n    HTTP::header remove "X-Debug"\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::header exists "X-Debug"] } {\n    HTTP::header remove "X-Debug"\n  }\n}',
    },
  },
  run(ctx) {
    const procs = fileProcs(ctx.parsed);
    // A malformed proc is reported once, as the syntax error it is (IR1001), not again at each call.
    const broken = new Set(ctx.parsed.rules.flatMap((r) => r.brokenProcs));
    for (const site of traverse(ctx.parsed).sites) {
      const name = site.name;
      if (name === undefined || name === '' || /\s/.test(name)) continue;
      if (name === 'else' || name === 'elseif') continue; // IR1003 dangling-else says it better
      const head = site.cmd.words[0]!;
      const kind = classify(name, procs);
      if (kind === 'proc') {
        ctx.report(head.loc, `"${name}" is a proc of this file: BIG-IP runs a proc only through call ("call ${name} ..."); called directly it is an undefined procedure (undefined procedure: ${name}) and the rule does not load`);
        continue;
      }
      if (kind === 'catalog' && bareName(name) === 'call') {
        const target = site.cmd.words[1];
        const proc = target ? literalValue(target) : undefined;
        if (proc === undefined || proc === '' || /\s/.test(proc)) continue;
        const bare = bareName(proc);
        // `call other_rule::name` reaches a proc of another rule, which this file cannot show.
        if (bare.includes('::') || procs.has(bare) || broken.has(bare)) continue;
        const near = nearest(bare, [...procs.keys()].filter((k) => !k.includes('::')));
        const hint = near ? `; did you mean "${near}"?` : '; define it in this rule with "proc", or qualify it with the rule that defines it ("call RULE::NAME")';
        ctx.report(target!.loc, `undefined procedure "${proc}": no proc of that name is defined in this rule, and BIG-IP refuses to load the rule${hint}`);
        continue;
      }
      if (kind === 'unavailable') {
        const n = bareName(name);
        const alt = lookupModel(n)?.instead;
        ctx.report(head.loc, `"${n}" is a Tcl 8.5+ command: BIG-IP's Tcl 8.4 does not have it and refuses to load the rule (undefined procedure: ${n})${alt ? `; ${alt}` : ''}`);
        continue;
      }
      if (kind !== 'unknown' || broken.has(bareName(name))) continue;
      const near = suggestCommand(bareName(name));
      let hint = near ? `; did you mean "${near}"?` : '';
      if (!near) {
        const proc = nearest(bareName(name), [...procs.keys()].filter((k) => !k.includes('::')));
        if (proc) hint = `; did you mean the proc "${proc}" (invoked as "call ${proc}")?`;
      }
      ctx.report(head.loc, `unknown command "${name}": BIG-IP refuses to load the rule (undefined procedure: ${bareName(name)})${hint}`);
    }
  },
};
