// The string operators of expressions: Tcl's `in`/`ni`, and the iRule operators (BIGIP.md §1.3)
// starts_with, ends_with, contains, equals, matches_glob, matches_regex. All are case-sensitive.

import { TclError } from '../errors.js';
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

// Regular expressions come from the rule's text (usually constants), so each pattern is compiled
// once. The pattern is handed to JavaScript's RegExp: Tcl's ARE syntax is close to it for the
// patterns rules use (classes, anchors, alternation, groups), but not identical (\m \M \y, [[:<:]],
// embedded options and back-reference quirks differ).
const regexCache = new Map<string, RegExp>();
const REGEX_CACHE_MAX = 256;

export function compileRegex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      try {
        re = new RegExp(pattern);
      } catch (e) {
        throw new TclError(`couldn't compile regular expression pattern: ${(e as Error).message}`, ['REGEXP', 'COMPILE']);
      }
    }
    if (regexCache.size >= REGEX_CACHE_MAX) regexCache.delete(regexCache.keys().next().value as string);
    regexCache.set(pattern, re);
  }
  return re;
}

/** `matches_regex`: does the regular expression match anywhere in s? */
export function matchesRegex(s: string, pattern: string): boolean {
  const re = compileRegex(pattern);
  re.lastIndex = 0;
  return re.test(s);
}
