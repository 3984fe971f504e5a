// IR2008: Tcl 8.5/8.6 features that BIG-IP's Tcl 8.4 interpreter lacks (docs/bigip-reference.md §1.1):
// the `in`/`ni` and `**` operators and 8.5 math functions, `{*}` (read by BIG-IP as a literal `*`
// word), `string reverse`, and the options added in 8.5 (TIP 241 `-nocase`, `lsearch -index`,
// `switch -matchvar`, ...). Tcl 8.5+ *commands* (`dict`, `lassign`, `try`, ...) make the rule fail
// to load and are reported by IR2002 unknown-command.

import { literalValue, type Command, type Loc } from '../../syntax/ast.js';
import { lookupModel } from '../../model/index.js';
import { expansionWords, forEachExprNode, traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

const NEW_MATH = new Set(['entier', 'isqrt', 'min', 'max']);

/** Options (leading `-words`) of a command, up to `--` or the first other word, leaving the
 * last `reserve` words (the operands) alone. */
function leadingOptions(cmd: Command, reserve: number): { text: string; loc: Loc }[] {
  const out: { text: string; loc: Loc }[] = [];
  for (let i = 1; i < cmd.words.length - reserve; i++) {
    const v = literalValue(cmd.words[i]!);
    if (v === undefined || !v.startsWith('-') || v === '--') break;
    out.push({ text: v, loc: cmd.words[i]!.loc });
  }
  return out;
}

export const tcl85Feature: Check = {
  meta: {
    code: 'IR2008',
    name: 'tcl85-feature',
    category: 'correctness',
    severity: 'warning',
    description: "A Tcl 8.5+ feature that BIG-IP's Tcl 8.4 interpreter does not have.",
    help: {
      why: 'iRules run on a Tcl 8.4 interpreter. Features added in Tcl 8.5 and 8.6 fail there: the `in`/`ni` and `**` operators, `string reverse`, the `-nocase`/`-index` options of lsearch, lsort and switch; and `{*}` is not argument expansion but a literal `*` word. A script tested with a recent tclsh can therefore break on BIG-IP.',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::method] in {PUT DELETE} } {\n    reject\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [lsearch -exact {PUT DELETE} [HTTP::method]] >= 0 } {\n    reject\n  }\n}',
    },
  },
  run(ctx) {
    const t = traverse(ctx.parsed);
    for (const site of t.sites) {
      for (const w of expansionWords(site.cmd)) {
        ctx.report(w.loc, '"{*}" is not argument expansion on BIG-IP (Tcl 8.4): it is read as a literal "*" word; pass the list as one argument, or build the command with eval');
      }
      if (site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const spec = lookupModel(name);
      const opts = spec?.tcl85Options;
      if (opts) {
        // The operands after the options: the layout's trailing words (lsearch: list pattern), else one.
        const reserve = spec!.layouts?.[0]?.trailing?.length ?? 1;
        for (const o of leadingOptions(site.cmd, reserve)) {
          if (opts.includes(o.text)) ctx.report(o.loc, `"${name} ${o.text}" needs Tcl 8.5; BIG-IP's Tcl 8.4 does not have this option`);
        }
      }
      if (name === 'string') {
        const sub = site.cmd.words[1] ? literalValue(site.cmd.words[1]) : undefined;
        const cls = site.cmd.words[2] ? literalValue(site.cmd.words[2]) : undefined;
        if (sub === 'reverse' || sub === 'cat') {
          ctx.report(site.cmd.words[1]!.loc, `"string ${sub}" needs Tcl ${sub === 'cat' ? '8.6' : '8.5'}; BIG-IP's Tcl 8.4 raises "bad option" at run time`);
        } else if (sub === 'is' && cls === 'list') {
          ctx.report(site.cmd.words[2]!.loc, '"string is list" needs Tcl 8.5; BIG-IP\'s Tcl 8.4 raises "bad class" at run time');
        }
      }
      if (name === 'catch' && site.cmd.words.length === 4) {
        ctx.report(site.cmd.words[3]!.loc, 'the options variable of catch needs Tcl 8.5; BIG-IP\'s Tcl 8.4 accepts only "catch SCRIPT ?VAR?"');
      }
    }
    for (const e of t.exprs) {
      if (!e.expr) continue;
      forEachExprNode(e.expr, (n) => {
        if (n.type === 'binary' && (n.op === 'in' || n.op === 'ni')) {
          const alt = n.op === 'in' ? '[lsearch -exact LIST VALUE] >= 0' : '[lsearch -exact LIST VALUE] < 0';
          ctx.report(n.opLoc, `the "${n.op}" operator needs Tcl 8.5; BIG-IP's Tcl 8.4 does not have it: use ${alt}`);
        } else if (n.type === 'binary' && n.op === '**') {
          ctx.report(n.opLoc, 'the "**" operator needs Tcl 8.5; BIG-IP\'s Tcl 8.4 does not have it: use pow()');
        } else if (n.type === 'call' && NEW_MATH.has(n.name)) {
          ctx.report(n.nameLoc, `the math function ${n.name}() needs Tcl 8.5; BIG-IP's Tcl 8.4 does not have it`);
        }
      });
    }
  },
};
