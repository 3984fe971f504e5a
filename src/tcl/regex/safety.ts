// When V8's own RegExp may run a Tcl RE: its linear-time engine must be able to take the pattern
// over (index.ts turns on V8's fallback to that engine once a match has backtracked too much).
// That engine only accepts some patterns: no back-references, no lookaround, no `i`/`u`/`d`
// flags, and finite repetitions that it must unroll no more than 16-fold. `linearEligible` is a
// conservative model of that test; we emit case-insensitivity as explicit classes precisely so
// that -nocase patterns stay eligible. Every other pattern runs on the matcher of match.ts,
// which is automaton-based and bounded by its step budget.

import type { Node } from './ast.js';

const MAX_REPLICATION = 16;

/** Whether V8's linear-time engine can take this pattern over (conservatively). */
export function linearEligible(root: Node, usesIgnoreCaseFlag: boolean): boolean {
  if (usesIgnoreCaseFlag) return false;
  return eligible(root, 1);
}

function eligible(n: Node, factor: number): boolean {
  switch (n.t) {
    case 'empty': case 'set': case 'bos': case 'eos': return true;
    case 'bol': case 'eol': return !n.lineAnchor;
    case 'backref': case 'look': case 'word': return false;
    case 'seq': return n.items.every((x) => eligible(x, factor));
    case 'alt': return n.branches.every((x) => eligible(x, factor));
    case 'group': return eligible(n.body, factor);
    case 'rep': {
      const f = factor * (n.max === Infinity ? n.min + 1 : Math.max(n.max, 1));
      if (f > MAX_REPLICATION) return false;
      return eligible(n.body, f);
    }
  }
}
