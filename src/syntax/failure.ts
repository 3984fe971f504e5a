// Where an analysis failed. A walk over commands that sees an exception escape while it looks at a
// command attaches that command's position to the error (the innermost command wins: an outer walk
// leaves a position already there), so that the linter reports "could not analyse" (IR0000) at the
// part of the rule that could not be analysed instead of at 1:1 (src/lint/linter.ts).

import type { Loc } from './ast.js';

/** `e` with `loc` set to `loc` unless it already has one; anything but an object is returned as is. */
export function withFailureLoc(e: unknown, loc: Loc): unknown {
  if (e !== null && typeof e === 'object' && !('loc' in e)) {
    try {
      Object.defineProperty(e, 'loc', { value: loc, enumerable: false, configurable: true });
    } catch {
      // a frozen object: the position is lost, not the error
    }
  }
  return e;
}
