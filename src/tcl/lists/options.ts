// Option and subcommand lookup with Tcl's rules (Tcl_GetIndexFromObj, namespace ensembles):
// an exact name, or else a unique prefix; the error lists every choice.

import { TclError } from '../errors.js';

/** "a, b, or c" as Tcl prints the choices. */
export function choiceList(choices: readonly string[]): string {
  if (choices.length === 1) return choices[0]!;
  if (choices.length === 2) return `${choices[0]} or ${choices[1]}`;
  return `${choices.slice(0, -1).join(', ')}, or ${choices[choices.length - 1]}`;
}

/** The position of `key` in `table` (exact or unique prefix), or -1 plus the number of prefixes. */
function lookup(key: string, table: readonly string[]): { index: number; abbrevs: number } {
  let index = -1;
  let abbrevs = 0;
  for (let i = 0; i < table.length; i++) {
    const entry = table[i]!;
    if (entry === key) return { index: i, abbrevs: 1 };
    if (entry.startsWith(key)) {
      abbrevs++;
      index = i;
    }
  }
  if (key === '' || abbrevs !== 1) return { index: -1, abbrevs };
  return { index, abbrevs };
}

/**
 * Tcl_GetIndexFromObj: `what` names the kind of thing in the message ("option", "filterType").
 * Returns the index of the matching entry.
 */
export function getIndexFromTable(key: string, table: readonly string[], what: string): number {
  const { index, abbrevs } = lookup(key, table);
  if (index >= 0) return index;
  const kind = abbrevs > 1 ? 'ambiguous' : 'bad';
  throw new TclError(`${kind} ${what} "${key}": must be ${choiceList(table)}`, ['TCL', 'LOOKUP', 'INDEX', what, key]);
}

/** A subcommand of an ensemble (`array`, `dict`): the full name, or the ensemble's error. */
export function ensembleSubcommand(key: string, table: readonly string[]): string {
  const { index } = lookup(key, table);
  if (index >= 0) return table[index]!;
  throw new TclError(`unknown or ambiguous subcommand "${key}": must be ${choiceList(table)}`, ['TCL', 'LOOKUP', 'SUBCOMMAND', key]);
}
