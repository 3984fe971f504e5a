// IR2009: a `static::` variable written outside RULE_INIT. static:: variables are per-TMM copies
// made at RULE_INIT (docs/bigip-reference.md §1.5): a write at run time changes only the copy of the core that runs
// it, so other connections see different values. Shared state belongs in `table`.

import { literalValue, type Word } from '../../syntax/ast.js';
import { bareName, traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

const isStatic = (name: string | undefined): name is string => name !== undefined && /^(::)?static::/.test(name);

/** The variable words a command writes, for the commands that write by name. */
function writtenVars(name: string, words: Word[]): Word[] {
  switch (name) {
    case 'set':
      return words.length === 3 ? [words[1]!] : [];
    case 'incr':
    case 'append':
    case 'lappend':
    case 'lset':
      return words.length >= 2 ? [words[1]!] : [];
    case 'unset': {
      let i = 1;
      while (i < words.length && ['-nocomplain', '--'].includes(literalValue(words[i]!) ?? '')) i++;
      return words.slice(i);
    }
    case 'array': {
      const sub = words[1] ? literalValue(words[1]) : undefined;
      return (sub === 'set' || sub === 'unset') && words[2] ? [words[2]] : [];
    }
    default:
      return [];
  }
}

export const staticWriteOutsideInit: Check = {
  meta: {
    code: 'IR2009',
    name: 'static-write-outside-init',
    category: 'correctness',
    severity: 'warning',
    description: 'A static:: variable is written outside RULE_INIT.',
    help: {
      why: 'Each processing core (TMM) gets its own copy of the static:: variables when RULE_INIT runs. A write in a traffic event changes only the copy of the core handling that connection: other cores keep the old value, so the rule behaves differently depending on which core a connection lands on. Set static:: variables in RULE_INIT only; keep changing shared state in `table`.',
      bad: 'when HTTP_REQUEST {\n  incr static::requests\n}',
      good: 'when HTTP_REQUEST {\n  table incr -subtable stats requests\n}',
    },
  },
  run(ctx) {
    for (const site of traverse(ctx.parsed).sites) {
      if (!site.events || site.name === undefined) continue;
      if (site.events.every((e) => e === 'RULE_INIT')) continue;
      for (const w of writtenVars(bareName(site.name), site.cmd.words)) {
        const v = literalValue(w);
        if (!isStatic(v)) continue;
        const where = site.events.filter((e) => e !== 'RULE_INIT').join(', ');
        ctx.report(w.loc, `"${v}" is written in ${where}: each TMM has its own copy of static:: variables, so this change is not seen by connections on other cores; set it in RULE_INIT, or keep changing state in table`);
      }
    }
  },
};
