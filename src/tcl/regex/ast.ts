// The syntax tree of a Tcl regular expression, after parsing (parse.ts) and before emission as
// a JavaScript pattern (emit.ts). Character matching is already resolved to code-unit sets, with
// -nocase folding and newline-sensitivity applied, so later passes need no flags for it.

import type { Ranges } from './charset.js';

export type Node =
  | { t: 'empty' }
  /** One or more alternatives of characters: a literal, a bracket expression, `.`, `\d`, ... */
  | { t: 'set'; r: Ranges }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] }
  /** cap: the capture number, 0 for `(?:...)` and for parentheses inside lookahead. */
  | { t: 'group'; cap: number; body: Node }
  /** greedy: null for `{m}` (no preference of its own). max is Infinity when unbounded. */
  | { t: 'rep'; body: Node; min: number; max: number; greedy: boolean | null }
  | { t: 'backref'; n: number }
  /** ^ and $ (lineAnchor: also after/before a newline). */
  | { t: 'bol'; lineAnchor: boolean }
  | { t: 'eol'; lineAnchor: boolean }
  /** \A and \Z */
  | { t: 'bos' }
  | { t: 'eos' }
  /** \m, \M, \y, \Y */
  | { t: 'word'; kind: 'start' | 'end' | 'boundary' | 'notBoundary' }
  | { t: 'look'; positive: boolean; body: Node };

export const EMPTY_NODE: Node = { t: 'empty' };
