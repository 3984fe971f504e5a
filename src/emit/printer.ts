// The canonical printer (`printRuleFile` in src/syntax/printer.ts), when the build has one.
//
// It is loaded at run time so that emit works with or without it: without it, or when it fails on
// a rule, the rule's source text is emitted as written.

import type { RuleFile } from '../syntax/irule.js';

/** Prints a parsed rule file; `source` is its text (for printers that take text). */
export type Printer = (file: RuleFile, source: string) => unknown;

type PrintFn = (arg: unknown) => unknown;

/** The printer, or null when src/syntax/printer.ts does not export `printRuleFile`. */
export async function loadPrinter(): Promise<Printer | null> {
  let mod: { printRuleFile?: unknown };
  try {
    // A plain specifier, so the bundled CLI (scripts/bundle.mjs) carries the printer too.
    mod = (await import('../syntax/printer.js')) as { printRuleFile?: unknown };
  } catch {
    return null;
  }
  if (typeof mod.printRuleFile !== 'function') return null;
  const print = mod.printRuleFile as PrintFn;
  return (file, source) => {
    // printRuleFile(source: string) today; an AST printer, printRuleFile(file), is accepted too.
    try {
      const out = print(source);
      if (typeof out === 'string') return out;
    } catch {
      // fall through to the AST form
    }
    return print(file);
  };
}
