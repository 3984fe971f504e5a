// IR2003: an unknown subcommand or a wrong number of arguments, from the catalog's word counts
// (the same shapes as `checkArgs`), and for `call` from the proc's own argument list. BIG-IP checks
// both when the rule is saved ("wrong # args", docs/bigip-reference.md §9.1). Silent when an argument uses
// `{*}` or the subcommand word is computed. An error only where the command's syntax comes from a
// cited source (its provenance): where irule inferred the word counts, a warning that says so.

import { literalValue, type Loc, type Word } from '../../syntax/ast.js';
import { lookupCommand, lookupModel, type ArgShape, type CommandSpec } from '../../model/index.js';
import { missingIfScript } from '../check-support/load.js';
import { fileProcs, nearest } from '../check-support/names.js';
import { bareName, expansionWords, traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

function fits(shape: ArgShape, n: number): boolean {
  return n >= shape.min && (shape.max === null || n <= shape.max);
}

function plural(n: number): string {
  return n === 1 ? '1 argument' : `${n} arguments`;
}

function expected(shape: ArgShape): string {
  if (shape.max === null) return `at least ${plural(shape.min)}`;
  if (shape.min === shape.max) return plural(shape.min);
  return `${shape.min} to ${shape.max} arguments`;
}

function usage(spec: CommandSpec, sub?: string): string {
  const lines = sub ? spec.synopsis.filter((s) => s.startsWith(`${spec.name} ${sub}`)) : spec.synopsis;
  const shown = (lines.length > 0 ? lines : spec.synopsis).slice(0, 3);
  return shown.map((s) => `"${s}"`).join(' or ');
}

/** Where a count problem shows: the first extra word, or the command (or subcommand) word. */
function countLoc(words: Word[], from: number, shape: ArgShape, fallback: Loc): Loc {
  const n = words.length - from;
  if (shape.max !== null && n > shape.max) return words[from + shape.max]!.loc;
  return fallback;
}

/**
 * The subcommand Tcl picks for `word`: an exact name or a unique abbreviation (Tcl_GetIndexFromObj),
 * or undefined. Tcl 8.5+ subcommands are skipped: IR2008 reports those.
 */
function tclSubcommand(spec: CommandSpec, word: string): string | 'unknown' | undefined {
  const subs = spec.subcommands!;
  if (subs[word]) return subs[word]!.tcl85 ? undefined : word;
  const matches = Object.keys(subs).filter((k) => k.startsWith(word));
  if (matches.length === 1) return subs[matches[0]!]!.tcl85 ? undefined : matches[0];
  return matches.length === 0 ? 'unknown' : undefined; // ambiguous: Tcl says so; leave it to the count check
}

/**
 * A Tcl core command: its word count, subcommand and leading options, from the model (Tcl's manual,
 * for Tcl 8.4). Any call that breaks these fails with Tcl's own error whenever it runs.
 */
function checkTclCall(ctx: Parameters<Check['run']>[0], spec: CommandSpec, words: Word[]): void {
  const name = spec.name;
  const args = words.slice(1);
  const why = "Tcl raises this error when the command runs";
  if (!fits(spec.args, args.length)) {
    ctx.report(countLoc(words, 1, spec.args, words[0]!.loc), `wrong # args: ${name} takes ${expected(spec.args)}, got ${args.length}; should be "${spec.synopsis[0]}" (${why})`);
    return;
  }
  if (spec.subcommands && args.length > 0) {
    const first = literalValue(args[0]!);
    if (first === undefined) return;
    const subName = tclSubcommand(spec, first);
    if (subName === 'unknown') {
      const near = nearest(first, Object.keys(spec.subcommands).filter((k) => !spec.subcommands![k]!.tcl85));
      ctx.report(args[0]!.loc, `unknown subcommand "${first}" of ${name}${near ? `: did you mean "${near}"?` : ''} (${why}: bad option "${first}")`);
      return;
    }
    if (subName === undefined) return;
    const s = spec.subcommands[subName]!;
    if (!fits(s, args.length - 1)) {
      ctx.report(countLoc(words, 2, s, args[0]!.loc), `wrong # args: ${name} ${subName} takes ${expected(s)}, got ${args.length - 1} (${why})`);
    }
    return;
  }
  const layout = spec.layouts?.find((l) => l.options);
  const options = layout?.options;
  if (!options) return;
  // Leading words that start with "-" are options up to "--" (Tcl 8.4 reads them all, whatever
  // follows), except the trailing operands of the layout (lsearch's list and pattern).
  const last = args.length - (layout.trailing?.length ?? 0);
  for (let i = 0; i < last; i++) {
    const w = literalValue(args[i]!);
    if (w === undefined || !w.startsWith('-') || w === '--') return;
    const known: string[] = Object.keys(options).filter((o) => o === w || o.startsWith(w));
    if (known.length === 0) {
      const near = nearest(w, Object.keys(options));
      ctx.report(args[i]!.loc, `unknown option "${w}" of ${name}${near ? `: did you mean "${near}"?` : `: expected one of ${Object.keys(options).join(', ')}`} (${why}: bad switch "${w}"; put -- before a value that starts with "-")`);
      return;
    }
    const opt = known.includes(w) ? w : known.length === 1 ? known[0]! : undefined;
    if (opt !== undefined && options[opt]) i++; // the option's value
  }
}

export const wrongArguments: Check = {
  meta: {
    code: 'IR2003',
    name: 'wrong-arguments',
    category: 'correctness',
    severity: 'error',
    description: 'An unknown subcommand or a wrong number of arguments.',
    help: {
      why: 'BIG-IP checks the argument count and the subcommand of every iRule command when the rule is saved, and refuses the whole rule with `wrong # args`. A `call` must pass as many arguments as the proc declares. Where irule inferred a command\'s word counts (no F5 page read for them), the finding is a warning that says so.',
      bad: 'when HTTP_REQUEST {\n  HTTP::redirect "https://" [HTTP::host] [HTTP::uri]\n}',
      good: 'when HTTP_REQUEST {\n  HTTP::redirect "https://[HTTP::host][HTTP::uri]"\n}',
    },
  },
  run(ctx) {
    const procs = fileProcs(ctx.parsed);
    for (const site of traverse(ctx.parsed).sites) {
      if (site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const words = site.cmd.words;
      if (expansionWords(site.cmd).length > 0) continue;
      const spec = lookupCommand(name);
      if (!spec) {
        const tcl = lookupModel(name);
        // `if COND` alone is the load validator's IR1001 (src/bigip/load.ts), not a run-time count.
        if (tcl?.availability === 'tcl-core' && !missingIfScript(site.cmd)) checkTclCall(ctx, tcl, words);
        continue;
      }
      if (spec.disabled) continue;
      const head = words[0]!;
      const args = words.slice(1);
      const syntax = spec.provenance.syntax;
      const report = (loc: Loc, message: string) =>
        syntax.kind === 'inferred'
          ? ctx.report(loc, `${message} (inferred word counts, ${syntax.note ?? 'no source recorded'}: BIG-IP may accept this)`, 'warning')
          : ctx.report(loc, message);

      if (name === 'call') {
        const target = args[0] ? literalValue(args[0]) : undefined;
        if (target === undefined) continue;
        const proc = procs.get(bareName(target));
        if (!proc || !proc.arity || bareName(target).includes('::')) continue;
        const shape = { min: proc.min, max: proc.max };
        if (!fits(shape, args.length - 1)) {
          ctx.report(countLoc(words, 2, shape, args[0]!.loc), `wrong # args: proc "${target}" takes ${expected(shape)}, got ${args.length - 1}`);
        }
        continue;
      }

      if (!fits(spec.args, args.length)) {
        report(countLoc(words, 1, spec.args, head.loc), `wrong # args: ${name} takes ${expected(spec.args)}, got ${args.length}; should be ${usage(spec)}`);
        continue;
      }
      if (!spec.subcommands || args.length === 0) continue;
      const first = literalValue(args[0]!);
      if (first === undefined) continue; // computed subcommand: only the overall count is known
      const sub = spec.subcommands[first];
      if (sub) {
        if (!fits(sub, args.length - 1)) {
          report(countLoc(words, 2, sub, args[0]!.loc), `wrong # args: ${name} ${first} takes ${expected(sub)}, got ${args.length - 1}; should be ${usage(spec, first)}`);
          continue;
        }
        // `event disable HTTP_REQUEST` is refused on load ("invalid 'HTTP_REQUEST'; expected:all",
        // docs/bigip-reference.md §2.3); the named form is `event HTTP_REQUEST disable`.
        if (name === 'event' && (first === 'disable' || first === 'enable') && args.length === 2) {
          const what = literalValue(args[1]!);
          if (what !== undefined && what !== 'all') {
            ctx.report(args[1]!.loc, `"event ${first} ${what}": BIG-IP expects "all" here and refuses the rule; write "event ${what} ${first}" to ${first} one event`);
          }
        }
        continue;
      }
      if (spec.subcommandOptional) {
        const def = spec.defaultSubcommand ? spec.subcommands[spec.defaultSubcommand] : undefined;
        if (def && !fits(def, args.length)) {
          report(countLoc(words, 1, def, head.loc), `wrong # args: ${name} ${first} is read as "${name} ${spec.defaultSubcommand} ${first}", which takes ${expected(def)} after "${spec.defaultSubcommand}", got ${args.length}`);
        }
        continue;
      }
      const near = nearest(first, Object.keys(spec.subcommands));
      const hint = near ? `did you mean "${near}"?` : `expected one of ${Object.keys(spec.subcommands).join(', ')}`;
      report(args[0]!.loc, `unknown subcommand "${first}" of ${name}: ${hint}`);
    }
  },
};
