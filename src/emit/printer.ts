// The canonical printer for emitted rules (`printRuleFile` in src/syntax/printer.ts). It is imported
// statically: the printer is part of every build. When it cannot print a rule, src/emit/rule.ts
// emits the source text as written and says so in a note.

import type { RuleFile } from '../syntax/irule.js';
import { printRuleFile } from '../syntax/printer.js';

/** Prints a parsed rule file; `source` is its text (the printer works on text). */
export type Printer = (file: RuleFile, source: string) => unknown;

const canonical: Printer = (_file, source) => printRuleFile(source);

/** The canonical printer (async for callers that await it). */
export async function loadPrinter(): Promise<Printer> {
  return canonical;
}
