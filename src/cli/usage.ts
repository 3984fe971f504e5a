// Strict options: a value outside its list is a one-line usage error (exit 2), and every command's
// --help ends with its exit codes (the README lists the same).

import type { Command } from 'commander';
import { UsageError } from './io.js';

/** Checks that `--option` got one of `allowed`; returns it. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = value ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`unknown ${option.replace(/^--/, '')} "${v}": expected ${allowed.slice(0, -1).join(', ')}${allowed.length > 1 ? ' or ' : ''}${allowed[allowed.length - 1]}`);
  }
  return v as T;
}

const USAGE = 'usage error: unknown option or value, unreadable input, bad configuration';

/**
 * Every command's exit codes: shown at the end of its --help and listed in the README (a test keeps
 * the two in step). 70 (an internal error, with its stack trace) is common to all.
 */
export const EXIT_CODES: Record<string, Record<number, string>> = {
  lint: { 0: 'no errors, and no more warnings than --max-warnings', 1: 'errors found, or more warnings than --max-warnings', 2: USAGE },
  simulate: { 0: 'simulated', 1: 'a scenario, rule or traffic file is wrong (the message names file, line and field)', 2: USAGE },
  test: { 0: 'every case passed (or was rewritten with --update)', 1: 'a case failed: its output differs from expected.jsonl, or it could not run', 2: USAGE + ', no cases found' },
  compare: { 0: 'compared', 1: 'a scenario, rule or traffic file is wrong', 2: USAGE },
  traffic: { 0: 'traffic written', 2: USAGE },
  eval: { 0: 'the script ran to its end', 1: 'the script raised an error (printed like tclsh)', 2: USAGE },
  fmt: { 0: 'nothing to do, or every file written', 1: 'a file would change (--check), or has syntax errors (left alone)', 2: USAGE + ', unwritable file' },
  new: { 0: 'rule written', 1: 'the generated rule has lint errors', 2: USAGE },
  emit: { 0: 'artifact written', 1: 'the rule has lint errors or cannot be embedded: nothing written', 2: USAGE + ', bad scenario' },
};

/** Appends "Exit codes:" to a command's --help (and to its subcommands'). */
export function addExitCodes(command: Command): void {
  const codes = EXIT_CODES[command.name()];
  if (!codes) return;
  const text = `\nExit codes:\n${Object.entries(codes).map(([c, what]) => `  ${c}  ${what}`).join('\n')}\n`;
  command.addHelpText('after', text);
  for (const sub of command.commands) sub.addHelpText('after', text);
}
