// The string operators of expressions: Tcl's `in`/`ni`, and the iRule operators (docs/bigip-reference.md §1.3)
// starts_with, ends_with, contains, equals, matches_glob, matches_regex. All are case-sensitive.

import { getTclRegex, type TclRegex } from '../regex/index.js';
import { globMatch } from '../strings/glob.js';
import { str, toList, type Value } from '../value.js';

/** `in`: is s an element of the list? (Elements compare as strings.) */
export function listContains(list: Value, s: string): boolean {
  const items = toList(list);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ((typeof item === 'string' ? item : str(item)) === s) return true;
  }
  return false;
}

/** `matches_glob`: Tcl's `string match`, over the whole string, case-sensitive. */
export function matchesGlob(s: string, pattern: string): boolean {
  return globMatch(pattern, s);
}

/** A Tcl regular expression (ARE syntax), translated and cached by the regex module; raises Tcl's
 * error for a bad pattern, and refuses patterns that could backtrack exponentially. */
export function compileRegex(pattern: string): TclRegex {
  return getTclRegex(pattern);
}

/** `matches_regex`: does the regular expression match anywhere in s? */
export function matchesRegex(s: string, pattern: string): boolean {
  return getTclRegex(pattern).test(s);
}
