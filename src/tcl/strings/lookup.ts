// Tcl_GetIndexFromObj: a keyword from a table, exact or by unique prefix, with Tcl's messages
// (`bad option "x": must be a, b, or c`, `ambiguous option "x": ...`).

import { TclError } from '../errors.js';

/** Index of `name` in `table`: exact match, else a unique prefix; -1 if unknown, -2 if
 * ambiguous (the empty string is ambiguous whenever the table has two entries). */
export function prefixIndex(table: readonly string[], name: string): number {
  const exact = table.indexOf(name);
  if (exact >= 0) return exact;
  let found = -1;
  for (let i = 0; i < table.length; i++) {
    if (table[i]!.startsWith(name)) {
      if (found >= 0) return -2;
      found = i;
    }
  }
  return found;
}

/** "a, b, or c" (Tcl's list of choices; "a or b" for two). */
export function choiceList(table: readonly string[]): string {
  if (table.length === 1) return table[0]!;
  if (table.length === 2) return `${table[0]} or ${table[1]}`;
  return `${table.slice(0, -1).join(', ')}, or ${table[table.length - 1]}`;
}

/** Tcl_GetIndexFromObj with its error: `bad <what> "name": must be ...`. */
export function getIndexFromTable(table: readonly string[], name: string, what: string): number {
  const i = prefixIndex(table, name);
  if (i >= 0) return i;
  const how = i === -2 ? 'ambiguous' : 'bad';
  throw new TclError(`${how} ${what} "${name}": must be ${choiceList(table)}`, ['TCL', 'LOOKUP', 'INDEX', what, name]);
}
