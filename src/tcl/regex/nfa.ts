// Thompson NFAs for the parsed Tcl RE (ast.ts), run by the matcher in match.ts.
//
// Every node the matcher may need on its own (the whole RE, one item of a concatenation, the rest
// of it, an alternative, a repetition with fewer iterations left) gets its own small program. A
// back-reference is compiled as a copy of the group it refers to: the automaton accepts a superset
// of the real matches, and the matcher checks the referenced text when it assigns the groups
// (as Spencer's regexec does).

import type { Node } from './ast.js';

export const enum Op {
  /** Consumes one code unit in `sets[s]`. */
  SET,
  /** Epsilon to out1. */
  EPS,
  /** Epsilon to out1 and out2 (the order does not matter: the matcher tracks sets of states). */
  SPLIT,
  /** A zero-width constraint (`asserts[s]`), then out1. */
  ASSERT,
  MATCH,
}

export type Assertion =
  | { k: 'bol'; lineAnchor: boolean }
  | { k: 'eol'; lineAnchor: boolean }
  | { k: 'bos' }
  | { k: 'eos' }
  | { k: 'word'; kind: 'start' | 'end' | 'boundary' | 'notBoundary' }
  | { k: 'look'; positive: boolean; prog: Prog };

/** A compiled program: states 0..n-1, `start`, and one MATCH state. */
export interface Prog {
  op: Uint8Array;
  out1: Int32Array;
  out2: Int32Array;
  /** For SET states: [lo0, hi0, lo1, hi1, ...] code-unit ranges, and a bitmap of ASCII members. */
  sets: (number[] | undefined)[];
  ascii: (Uint8Array | undefined)[];
  asserts: (Assertion | undefined)[];
  start: number;
  accept: number;
  size: number;
  /** Scratch for the matcher: a visit stamp per state. */
  mark: Int32Array;
  stamp: number;
}

/** States beyond this make the pattern "too complex" (Tcl's own NFA has a similar ceiling). */
const MAX_STATES = 200_000;

export class TooManyStates extends Error {}

class Builder {
  op: number[] = [];
  out1: number[] = [];
  out2: number[] = [];
  sets: (number[] | undefined)[] = [];
  asserts: (Assertion | undefined)[] = [];

  constructor(private readonly groups: Map<number, Node>) {}

  state(op: Op): number {
    if (this.op.length >= MAX_STATES) throw new TooManyStates();
    this.op.push(op);
    this.out1.push(-1);
    this.out2.push(-1);
    this.sets.push(undefined);
    this.asserts.push(undefined);
    return this.op.length - 1;
  }

  /** Compiles `n` between a new entry state and a new exit state; returns [entry, exit]. */
  frag(n: Node): [number, number] {
    switch (n.t) {
      case 'empty': {
        const s = this.state(Op.EPS);
        return [s, s];
      }
      case 'set': {
        const s = this.state(Op.SET);
        this.sets[s] = n.r;
        const x = this.state(Op.EPS);
        this.out1[s] = x;
        return [s, x];
      }
      case 'seq': {
        let [first, last] = this.frag(n.items[0]!);
        for (let i = 1; i < n.items.length; i++) {
          const [a, b] = this.frag(n.items[i]!);
          this.link(last, a);
          last = b;
        }
        return [first, last];
      }
      case 'alt': {
        const entry = this.state(Op.EPS);
        const exit = this.state(Op.EPS);
        let chain = entry;
        n.branches.forEach((b, i) => {
          const [a, z] = this.frag(b);
          this.link(z, exit);
          if (i === n.branches.length - 1) {
            this.link(chain, a);
          } else {
            const split = this.state(Op.SPLIT);
            this.link(chain, split);
            this.out1[split] = a;
            chain = split;
          }
        });
        return [entry, exit];
      }
      case 'group':
        return this.frag(n.body);
      case 'backref': {
        const g = this.groups.get(n.n);
        return g === undefined ? this.frag({ t: 'empty' }) : this.frag(g);
      }
      case 'rep':
        return this.rep(n.body, n.min, n.max);
      case 'bol':
        return this.assertion({ k: 'bol', lineAnchor: n.lineAnchor });
      case 'eol':
        return this.assertion({ k: 'eol', lineAnchor: n.lineAnchor });
      case 'bos':
        return this.assertion({ k: 'bos' });
      case 'eos':
        return this.assertion({ k: 'eos' });
      case 'word':
        return this.assertion({ k: 'word', kind: n.kind });
      case 'look':
        return this.assertion({ k: 'look', positive: n.positive, prog: compileProg(n.body, this.groups) });
    }
  }

  assertion(a: Assertion): [number, number] {
    const s = this.state(Op.ASSERT);
    this.asserts[s] = a;
    const x = this.state(Op.EPS);
    this.out1[s] = x;
    return [s, x];
  }

  /** body{min,max}: min copies, then (max - min) optional ones or a loop. */
  rep(body: Node, min: number, max: number): [number, number] {
    const entry = this.state(Op.EPS);
    let last = entry;
    for (let i = 0; i < min; i++) {
      const [a, b] = this.frag(body);
      this.link(last, a);
      last = b;
    }
    const exit = this.state(Op.EPS);
    if (max === Infinity) {
      const [a, b] = this.frag(body);
      const loop = this.state(Op.SPLIT);
      this.link(last, loop);
      this.out1[loop] = a;
      this.out2[loop] = exit;
      this.link(b, loop);
    } else {
      for (let i = min; i < max; i++) {
        const split = this.state(Op.SPLIT);
        this.link(last, split);
        const [a, b] = this.frag(body);
        this.out1[split] = a;
        this.out2[split] = exit;
        last = b;
      }
      this.link(last, exit);
    }
    return [entry, exit];
  }

  /** Joins the exit of one fragment (an EPS state with no successor yet) to another's entry. */
  link(from: number, to: number): void {
    if (this.out1[from] === -1) this.out1[from] = to;
    else {
      const e = this.state(Op.EPS);
      this.out1[e] = to;
      this.out2[from] = e;
      this.op[from] = Op.SPLIT;
    }
  }
}

/** Compiles one node; `groups` gives the body of each capture (for back-references). */
export function compileProg(n: Node, groups: Map<number, Node>): Prog {
  const b = new Builder(groups);
  const [start, end] = b.frag(n);
  const accept = b.state(Op.MATCH);
  b.link(end, accept);
  const size = b.op.length;
  const ascii: (Uint8Array | undefined)[] = new Array(size);
  for (let s = 0; s < size; s++) {
    const r = b.sets[s];
    if (r === undefined) continue;
    const bits = new Uint8Array(128);
    for (let i = 0; i < r.length; i += 2) {
      const lo = r[i]!;
      const hi = Math.min(r[i + 1]!, 127);
      for (let c = lo; c <= hi; c++) bits[c] = 1;
    }
    ascii[s] = bits;
  }
  return {
    op: Uint8Array.from(b.op),
    out1: Int32Array.from(b.out1),
    out2: Int32Array.from(b.out2),
    sets: b.sets,
    ascii,
    asserts: b.asserts,
    start,
    accept,
    size,
    mark: new Int32Array(size),
    stamp: 0,
  };
}
