// Keeping untrusted regular expressions from hanging the process.
//
// Tcl's matcher is automaton-based and never backtracks exponentially; V8's Irregexp does. Two
// layers (docs/tcl-regex.md has the full story):
//
// 1. V8's linear-time engine. index.ts turns on V8's fallback to its breadth-first engine once a
//    match has backtracked too much. That engine only accepts some patterns: no back-references,
//    no lookaround, no `i`/`u`/`d` flags, and finite repetitions that it must unroll no more than
//    16-fold. `linearEligible` is a conservative model of that test; we emit case-insensitivity
//    as explicit classes precisely so that -nocase patterns stay eligible.
// 2. For every other pattern, a static check rejects the ones that can backtrack exponentially:
//    the pattern is turned into a position automaton (Glushkov), keeping count of the different
//    ways the pattern's structure links two positions, and the pair construction looks for a
//    position that can loop back to itself along two different paths on the same input (which
//    is exactly exponential ambiguity: `(a+)+`, `(a|a)*`, `(\w+\s?)*`, ...).

import type { Node } from './ast.js';
import { intersects, type Ranges } from './charset.js';

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

// ---- exponential ambiguity -------------------------------------------------------------------------

interface Info {
  nullable: boolean;
  first: number[];
  last: number[];
}

class Automaton {
  readonly sets: Ranges[] = [];
  /** follow[p]: successor position -> number of distinct structural links. */
  readonly follow: Map<number, number>[] = [];
  /** Lookahead bodies, checked as automata of their own. */
  readonly nested: Node[] = [];

  position(r: Ranges): number {
    this.sets.push(r);
    this.follow.push(new Map());
    return this.sets.length - 1;
  }

  link(from: number[], to: number[]): void {
    for (const p of from) {
      const f = this.follow[p]!;
      for (const q of to) f.set(q, (f.get(q) ?? 0) + 1);
    }
  }

  build(n: Node): Info {
    switch (n.t) {
      case 'empty': case 'bol': case 'eol': case 'bos': case 'eos': case 'word':
        return { nullable: true, first: [], last: [] };
      case 'look':
        this.nested.push(n.body);
        return { nullable: true, first: [], last: [] };
      case 'set': {
        const p = this.position(n.r);
        return { nullable: false, first: [p], last: [p] };
      }
      case 'backref': {
        // A back-reference matches some earlier text: model it as any one character.
        const p = this.position([0, 0xffff]);
        return { nullable: false, first: [p], last: [p] };
      }
      case 'group':
        return this.build(n.body);
      case 'seq': {
        let acc: Info = { nullable: true, first: [], last: [] };
        for (const item of n.items) {
          const b = this.build(item);
          this.link(acc.last, b.first);
          acc = {
            nullable: acc.nullable && b.nullable,
            first: acc.nullable ? acc.first.concat(b.first) : acc.first,
            last: b.nullable ? b.last.concat(acc.last) : b.last,
          };
        }
        return acc;
      }
      case 'alt': {
        const out: Info = { nullable: false, first: [], last: [] };
        for (const br of n.branches) {
          const b = this.build(br);
          out.nullable ||= b.nullable;
          out.first.push(...b.first);
          out.last.push(...b.last);
        }
        return out;
      }
      case 'rep': {
        if (n.max === 0) return { nullable: true, first: [], last: [] };
        const b = this.build(n.body);
        // Any repetition of two or more is a loop as far as backtracking is concerned.
        if (n.max >= 2) this.link(b.last, b.first);
        return { nullable: b.nullable || n.min === 0, first: b.first, last: b.last };
      }
    }
  }
}

/** Thrown by the analysis when the pattern is too large to analyse within its budget. */
export class AnalysisBudgetExceeded extends Error {}

const PAIR_BUDGET = 4_000_000;

/** True when some position can return to itself along two different paths on the same input. */
export function exponentiallyAmbiguous(root: Node): boolean {
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const a = new Automaton();
    a.build(pending.pop()!);
    pending.push(...a.nested);
    if (ambiguousAutomaton(a)) return true;
  }
  return false;
}

function ambiguousAutomaton(a: Automaton): boolean {
  const n = a.sets.length;
  if (n === 0) return false;
  // Only positions on a cycle matter; quick exit when there is none.
  const overlap = new Map<number, boolean>();
  const meets = (p: number, q: number): boolean => {
    if (p === q) return true;
    const key = p < q ? p * n + q : q * n + p;
    let v = overlap.get(key);
    if (v === undefined) {
      v = intersects(a.sets[p]!, a.sets[q]!);
      overlap.set(key, v);
    }
    return v;
  };
  // Pair graph restricted to pairs reachable from diagonal pairs.
  const index = new Map<number, number>();
  const nodes: number[] = [];
  const edges: number[][] = [];
  const multi: boolean[][] = []; // edge from a diagonal to a diagonal pair through a multi-link
  let work = 0;
  const nodeOf = (p: number, q: number): number => {
    const key = p * n + q;
    let id = index.get(key);
    if (id === undefined) {
      id = nodes.length;
      index.set(key, id);
      nodes.push(key);
      edges.push([]);
      multi.push([]);
    }
    return id;
  };
  for (let p = 0; p < n; p++) nodeOf(p, p);
  for (let id = 0; id < nodes.length; id++) {
    const key = nodes[id]!;
    const p = Math.floor(key / n);
    const q = key % n;
    for (const [p2, c1] of a.follow[p]!) {
      for (const [q2, c2] of a.follow[q]!) {
        if (++work > PAIR_BUDGET) throw new AnalysisBudgetExceeded();
        if (!meets(p2, q2)) continue;
        const to = nodeOf(p2, q2);
        edges[id]!.push(to);
        multi[id]!.push(p === q && p2 === q2 && c1 >= 2 && c2 >= 2);
      }
    }
  }
  // Strongly connected components (iterative Tarjan).
  const count = nodes.length;
  const comp = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const num = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < count; root++) {
    if (num[root] !== -1) continue;
    const call: [number, number][] = [[root, 0]];
    num[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (call.length > 0) {
      const frame = call[call.length - 1]!;
      const v = frame[0];
      const out = edges[v]!;
      if (frame[1] < out.length) {
        const w = out[frame[1]++]!;
        if (num[w] === -1) {
          num[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          call.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, num[w]!);
        }
      } else {
        call.pop();
        if (call.length > 0) {
          const parent = call[call.length - 1]![0];
          low[parent] = Math.min(low[parent]!, low[v]!);
        }
        if (low[v] === num[v]) {
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = 0;
            comp[w] = comps;
          } while (w !== v);
          comps++;
        }
      }
    }
  }
  const hasDiagonal = new Uint8Array(comps);
  const hasOther = new Uint8Array(comps);
  for (let id = 0; id < count; id++) {
    const key = nodes[id]!;
    const p = Math.floor(key / n);
    const q = key % n;
    if (p === q) hasDiagonal[comp[id]!] = 1;
    else hasOther[comp[id]!] = 1;
  }
  for (let id = 0; id < count; id++) {
    const c = comp[id]!;
    if (!hasDiagonal[c]) continue;
    if (hasOther[c]) return true;
    const out = edges[id]!;
    for (let k = 0; k < out.length; k++) if (multi[id]![k] && comp[out[k]!] === c) return true;
  }
  return false;
}
