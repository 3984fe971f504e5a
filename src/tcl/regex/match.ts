// The matcher: Tcl's match rules (re_syntax(n), MATCHING) on the automata of nfa.ts.
//
// 1. The match starts as early as possible. A set-of-states simulation over the text finds the
//    leftmost start at which any match exists (each state remembers the earliest start that
//    reaches it).
// 2. Among the matches at that start, the whole RE takes the longest, or the shortest when its
//    preference is shortest (the first quantified atom with a preference decides; an alternation
//    prefers longest).
// 3. The match is then dissected over the syntax tree to place the groups, as Spencer's regexec
//    does: in a concatenation the earlier item takes its preferred length first (longest, or
//    shortest when it prefers shortest) among the split points that still let the rest match;
//    an alternation takes its first alternative that matches the span; a repetition places its
//    iterations one after the other the same way, and a group reports its last iteration.
//    Back-references are checked here; when they fail, the next split, end or start is tried.
//
// All work is counted against a step budget (RegexBudget): exceeding it raises a Tcl error, so
// no pattern and text can keep the matcher busy for long.

import { TclLimitError } from '../errors.js';
import type { Node } from './ast.js';
import { isWordUnit } from './charset.js';
import { compileProg, Op, type Prog } from './nfa.js';

export const LONGER = 1;
export const SHORTER = 2;

/** Work allowance for regex matching, shared by every match made against it. */
export interface RegexBudget {
  /** Steps left (a step is one automaton state visited at one text position). */
  remaining: number;
  /** The allowance it started with (for the message). */
  readonly limit: number;
}

/** Default steps per regexp/regsub/switch/lsearch command: far more than any real rule needs
 * (a 64 KiB payload against a 50-state pattern is about 3 million), and about a second at most. */
export const DEFAULT_REGEX_STEPS = 20_000_000;

export function newRegexBudget(limit: number = DEFAULT_REGEX_STEPS): RegexBudget {
  return { remaining: limit, limit };
}

export class RegexBudgetExceeded extends TclLimitError {}

function exhausted(b: RegexBudget): never {
  throw new RegexBudgetExceeded(
    `regular expression too expensive: matching needed more than ${b.limit} steps (the regex work limit)`,
    ['IRULE', 'LIMIT', 'REGEX'],
  );
}

/** The preference of a node (0: none), by re_syntax(n)'s rules. */
export function preference(n: Node): number {
  switch (n.t) {
    case 'group':
      return preference(n.body);
    case 'rep':
      if (n.max === 0) return 0;
      if (n.greedy === null) return preference(n.body);
      return n.greedy ? LONGER : SHORTER;
    case 'seq':
      for (const x of n.items) {
        const p = preference(x);
        if (p !== 0) return p;
      }
      return 0;
    case 'alt':
      return LONGER;
    default:
      return 0;
  }
}

/** Does the node hold a capture or a back-reference (so that dissecting it matters)? */
function needsDissect(n: Node): boolean {
  switch (n.t) {
    case 'group':
      return n.cap > 0 || needsDissect(n.body);
    case 'backref':
      return true;
    case 'seq':
      return n.items.some(needsDissect);
    case 'alt':
      return n.branches.some(needsDissect);
    case 'rep':
      return n.max > 0 && needsDissect(n.body);
    default:
      return false;
  }
}

function hasBackref(n: Node): boolean {
  switch (n.t) {
    case 'backref':
      return true;
    case 'group': case 'rep': case 'look':
      return hasBackref(n.body);
    case 'seq':
      return n.items.some(hasBackref);
    case 'alt':
      return n.branches.some(hasBackref);
    default:
      return false;
  }
}

function collectGroups(n: Node, out: Map<number, Node>): void {
  switch (n.t) {
    case 'group':
      if (n.cap > 0) out.set(n.cap, n.body);
      collectGroups(n.body, out);
      return;
    case 'rep':
      collectGroups(n.body, out);
      return;
    case 'seq':
      for (const x of n.items) collectGroups(x, out);
      return;
    case 'alt':
      for (const x of n.branches) collectGroups(x, out);
      return;
    default:
  }
}

/** One match: [start, end) and each group's [start, end) (-1, -1 when it took no part). */
export interface RawMatch {
  start: number;
  end: number;
  caps: Int32Array;
}

/** The compiled form the matcher keeps per RE. */
export class Matcher {
  private readonly groups = new Map<number, Node>();
  private readonly progs = new WeakMap<Node, Prog>();
  private readonly restProgs = new WeakMap<Node, Prog[]>();
  private readonly repProgs = new WeakMap<Node, Map<string, Prog>>();
  private readonly needs = new WeakMap<Node, boolean>();
  private readonly capLists = new WeakMap<Node, number[]>();
  readonly rootProg: Prog;
  private readonly exactByAutomaton: boolean;
  private readonly wholeShortest: boolean;
  private readonly dissectRoot: boolean;

  constructor(
    private readonly root: Node,
    readonly nsub: number,
    private readonly icase: boolean,
  ) {
    collectGroups(root, this.groups);
    this.rootProg = this.prog(root);
    this.exactByAutomaton = !hasBackref(root);
    this.wholeShortest = preference(root) === SHORTER;
    this.dissectRoot = needsDissect(root);
  }

  private prog(n: Node): Prog {
    let p = this.progs.get(n);
    if (p === undefined) {
      p = compileProg(n, this.groups);
      this.progs.set(n, p);
    }
    return p;
  }

  private needsDissect(n: Node): boolean {
    let v = this.needs.get(n);
    if (v === undefined) {
      v = needsDissect(n);
      this.needs.set(n, v);
    }
    return v;
  }

  /** The program of items[i..] of a concatenation. */
  private restProg(seq: Node & { t: 'seq' }, i: number): Prog {
    let list = this.restProgs.get(seq);
    if (list === undefined) {
      list = [];
      this.restProgs.set(seq, list);
    }
    let p = list[i];
    if (p === undefined) {
      const items = seq.items.slice(i);
      p = compileProg(items.length === 1 ? items[0]! : { t: 'seq', items }, this.groups);
      list[i] = p;
    }
    return p;
  }

  /** The program of body{min,max} for a repetition with some iterations already placed. */
  private repProg(rep: Node & { t: 'rep' }, min: number, max: number): Prog {
    let m = this.repProgs.get(rep);
    if (m === undefined) {
      m = new Map();
      this.repProgs.set(rep, m);
    }
    const key = min + ',' + max;
    let p = m.get(key);
    if (p === undefined) {
      p = compileProg({ t: 'rep', body: rep.body, min, max, greedy: rep.greedy }, this.groups);
      m.set(key, p);
    }
    return p;
  }

  /** The first match in `text` (Tcl's rules); `allowBol`: `^` may match at position 0. */
  exec(text: string, allowBol: boolean, budget: RegexBudget): RawMatch | null {
    const run = new Run(this, text, allowBol, budget);
    let from = 0;
    while (from <= text.length) {
      const s = run.leftmostStart(this.rootProg, from);
      if (s < 0) return null;
      const ends = run.ends(this.rootProg, s, text.length, false);
      const order = this.wholeShortest ? ends : ends.slice().reverse();
      for (const e of order) {
        run.caps.fill(-1);
        if (!this.dissectRoot || run.dissect(this.root, s, e)) return { start: s, end: e, caps: run.caps };
      }
      from = s + 1;
    }
    return null;
  }

  /** Is there a match anywhere? */
  test(text: string, allowBol: boolean, budget: RegexBudget): boolean {
    if (this.exactByAutomaton) return new Run(this, text, allowBol, budget).leftmostStart(this.rootProg, 0) >= 0;
    return this.exec(text, allowBol, budget) !== null;
  }

  /** For Run: programs and facts about nodes. */
  progOf(n: Node): Prog {
    return this.prog(n);
  }
  rest(seq: Node & { t: 'seq' }, i: number): Prog {
    return this.restProg(seq, i);
  }
  repRest(rep: Node & { t: 'rep' }, min: number, max: number): Prog {
    return this.repProg(rep, min, max);
  }
  canBeEmpty(n: Node): boolean {
    return minLen(n) === 0;
  }
  capsIn(n: Node): number[] {
    let c = this.capLists.get(n);
    if (c === undefined) {
      const m = new Map<number, Node>();
      collectGroups(n, m);
      c = [...m.keys()];
      this.capLists.set(n, c);
    }
    return c;
  }
  needs_(n: Node): boolean {
    return this.needsDissect(n);
  }
  get checksSpans(): boolean {
    return !this.exactByAutomaton;
  }
  get nocase(): boolean {
    return this.icase;
  }
}

/** The state of one exec: the text, group positions, caches and the budget. */
class Run {
  readonly caps: Int32Array;
  private steps: number;
  private readonly lookCache = new Map<Prog, Map<number, boolean>>();
  // Two reusable state lists for the simulation.
  private cur: Int32Array = new Int32Array(16);
  private nxt: Int32Array = new Int32Array(16);
  private curStart: Int32Array = new Int32Array(16);
  private nxtStart: Int32Array = new Int32Array(16);

  constructor(
    private readonly m: Matcher,
    private readonly text: string,
    private readonly allowBol: boolean,
    private readonly budget: RegexBudget,
  ) {
    this.caps = new Int32Array(2 * m.nsub).fill(-1);
    this.steps = budget.remaining;
  }

  private spend(n: number): void {
    this.steps -= n;
    this.budget.remaining = this.steps;
    if (this.steps < 0) exhausted(this.budget);
  }

  private grow(need: number): void {
    if (this.cur.length >= need) return;
    let n = this.cur.length;
    while (n < need) n *= 2;
    const g = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.cur = g(this.cur);
    this.nxt = g(this.nxt);
    this.curStart = g(this.curStart);
    this.nxtStart = g(this.nxtStart);
  }

  /** Does the zero-width constraint hold at position p? */
  private holds(p: Prog, s: number, pos: number): boolean {
    const a = p.asserts[s]!;
    const t = this.text;
    switch (a.k) {
      case 'bol':
        if (pos === 0) return this.allowBol;
        return a.lineAnchor && t.charCodeAt(pos - 1) === 10;
      case 'eol':
        return pos === t.length || (a.lineAnchor && t.charCodeAt(pos) === 10);
      case 'bos':
        return pos === 0;
      case 'eos':
        return pos === t.length;
      case 'word': {
        const before = pos > 0 && isWordUnit(t.charCodeAt(pos - 1));
        const after = pos < t.length && isWordUnit(t.charCodeAt(pos));
        if (a.kind === 'start') return !before && after;
        if (a.kind === 'end') return before && !after;
        return a.kind === 'boundary' ? before !== after : before === after;
      }
      case 'look': {
        let cache = this.lookCache.get(a.prog);
        if (cache === undefined) {
          cache = new Map();
          this.lookCache.set(a.prog, cache);
        }
        let found = cache.get(pos);
        if (found === undefined) {
          found = this.matchesFrom(a.prog, pos);
          cache.set(pos, found);
        }
        return found === a.positive;
      }
    }
  }

  /**
   * Adds state s (and its epsilon closure at text position pos) to list `into` (length n), each
   * state once per closure stamp; returns the new length. `start` is carried along (for the
   * leftmost-start search; -1 otherwise).
   */
  private close(p: Prog, s0: number, pos: number, list: Int32Array, starts: Int32Array, n: number, start: number): number {
    const stack: number[] = [s0];
    let visited = 0;
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (p.mark[s] === p.stamp) continue;
      p.mark[s] = p.stamp;
      visited++;
      switch (p.op[s]) {
        case Op.SET:
        case Op.MATCH:
          list[n] = s;
          starts[n] = start;
          n++;
          break;
        case Op.EPS:
          stack.push(p.out1[s]!);
          break;
        case Op.SPLIT:
          stack.push(p.out2[s]!, p.out1[s]!);
          break;
        case Op.ASSERT:
          if (this.holds(p, s, pos)) stack.push(p.out1[s]!);
          break;
      }
    }
    this.spend(visited);
    return n;
  }

  private newStamp(p: Prog): void {
    if (++p.stamp === 0x7fffffff) {
      p.mark.fill(0);
      p.stamp = 1;
    }
  }

  /** Advances the SET states of cur[0..n) over the unit at pos into nxt; returns its length. */
  private step(p: Prog, n: number, pos: number): number {
    const c = this.text.charCodeAt(pos);
    this.newStamp(p);
    let k = 0;
    const cur = this.cur;
    const curStart = this.curStart;
    for (let i = 0; i < n; i++) {
      const s = cur[i]!;
      if (p.op[s] !== Op.SET) continue;
      if (c < 128 ? p.ascii[s]![c] === 1 : inRanges(p.sets[s]!, c)) {
        k = this.close(p, p.out1[s]!, pos + 1, this.nxt, this.nxtStart, k, curStart[i]!);
      }
    }
    this.spend(n);
    this.swap();
    return k;
  }

  private swap(): void {
    let t = this.cur;
    this.cur = this.nxt;
    this.nxt = t;
    t = this.curStart;
    this.curStart = this.nxtStart;
    this.nxtStart = t;
  }

  /** The leftmost start >= from at which p matches (any end), or -1. */
  leftmostStart(p: Prog, from: number): number {
    const len = this.text.length;
    this.grow(p.size + 1);
    let best = -1;
    let n = 0;
    this.newStamp(p);
    for (let pos = from; ; pos++) {
      // A new thread starting here has the lowest priority (the list is in start order).
      if (best < 0) n = this.close(p, p.start, pos, this.cur, this.curStart, n, pos);
      for (let i = 0; i < n; i++) {
        if (this.cur[i] === p.accept && (best < 0 || this.curStart[i]! < best)) best = this.curStart[i]!;
      }
      if (best >= 0) {
        // Only threads that started earlier than the best match can still improve on it.
        let k = 0;
        for (let i = 0; i < n; i++) {
          if (this.curStart[i]! < best) {
            this.cur[k] = this.cur[i]!;
            this.curStart[k] = this.curStart[i]!;
            k++;
          }
        }
        n = k;
        if (n === 0) return best;
      }
      if (pos >= len) return best;
      n = this.step(p, n, pos);
      if (n === 0 && best >= 0) return best;
    }
  }

  /** Every end e (from <= e <= limit, ascending) such that p matches text[from, e).
   * With `exact`, only whether `limit` is one: returns [limit] or []. */
  ends(p: Prog, from: number, limit: number, exact: boolean): number[] {
    this.grow(p.size + 1);
    const out: number[] = [];
    this.newStamp(p);
    let n = this.close(p, p.start, from, this.cur, this.curStart, 0, -1);
    for (let pos = from; ; pos++) {
      if (!exact || pos === limit) {
        for (let i = 0; i < n; i++) {
          if (this.cur[i] === p.accept) {
            out.push(pos);
            break;
          }
        }
      }
      if (pos >= limit || n === 0) return out;
      n = this.step(p, n, pos);
    }
  }

  /** Does p match some prefix of text[from...] (lookahead constraints)? */
  private matchesFrom(p: Prog, from: number): boolean {
    // A separate list pair: a constraint is evaluated in the middle of another simulation.
    const saved = [this.cur, this.nxt, this.curStart, this.nxtStart] as const;
    this.cur = new Int32Array(p.size + 1);
    this.nxt = new Int32Array(p.size + 1);
    this.curStart = new Int32Array(p.size + 1);
    this.nxtStart = new Int32Array(p.size + 1);
    try {
      const len = this.text.length;
      this.newStamp(p);
      let n = this.close(p, p.start, from, this.cur, this.curStart, 0, -1);
      for (let pos = from; ; pos++) {
        for (let i = 0; i < n; i++) if (this.cur[i] === p.accept) return true;
        if (pos >= len || n === 0) return false;
        n = this.step(p, n, pos);
      }
    } finally {
      [this.cur, this.nxt, this.curStart, this.nxtStart] = saved;
    }
  }

  private matchesExactly(p: Prog, b: number, e: number): boolean {
    return this.ends(p, b, e, true).length > 0;
  }

  // ---- dissection: placing the groups inside a match of known extent --------------------------

  /** Assigns the groups of n, which matches text[b, e) as a whole; false if it cannot. */
  dissect(n: Node, b: number, e: number): boolean {
    if (!this.m.needs_(n)) return true;
    switch (n.t) {
      case 'group': {
        if (!this.dissect(n.body, b, e)) return false;
        if (n.cap > 0) {
          this.caps[2 * (n.cap - 1)] = b;
          this.caps[2 * (n.cap - 1) + 1] = e;
        }
        return true;
      }
      case 'backref':
        return this.sameText(n.n, b, e);
      case 'alt': {
        for (const br of n.branches) {
          if (!this.matchesExactly(this.m.progOf(br), b, e)) continue;
          const saved = this.caps.slice();
          if (this.dissect(br, b, e)) return true;
          this.caps.set(saved);
        }
        return false;
      }
      case 'seq':
        return this.dissectSeq(n, 0, b, e);
      case 'rep':
        return this.dissectRep(n, b, e);
      default:
        return true;
    }
  }

  private dissectSeq(seq: Node & { t: 'seq' }, i: number, b: number, e: number): boolean {
    const items = seq.items;
    if (i === items.length - 1) return this.dissect(items[i]!, b, e);
    const x = items[i]!;
    const restNeeds = items.slice(i + 1).some((y) => this.m.needs_(y));
    if (!this.m.needs_(x) && !restNeeds) return true;
    const rest = this.m.rest(seq, i + 1);
    const cands = this.ends(this.m.progOf(x), b, e, false);
    if (preference(x) !== SHORTER) cands.reverse();
    for (const mid of cands) {
      if (!this.matchesExactly(rest, mid, e)) continue;
      const saved = this.m.checksSpans ? this.caps.slice() : null;
      if (this.dissect(x, b, mid) && this.dissectSeq(seq, i + 1, mid, e)) return true;
      if (saved === null) return false;
      this.caps.set(saved);
    }
    return false;
  }

  /**
   * Places the groups of a repetition over [b, e) as Tcl's regcomp arranges it: x{0,n} is
   * "x{1,n} or nothing" (nothing for an empty span), and x{m,n} is a prefix x{m-1,n-1} followed
   * by one last x, which alone sets the groups. The prefix takes the repetition's preferred
   * length (longest for a greedy one) among those that leave the last iteration a match:
   * `(a+)+` on "aaa" sets its group to the last "a".
   */
  private dissectRep(rep: Node & { t: 'rep' }, b: number, e: number): boolean {
    if (rep.min === 0 && b === e) return true;
    const body = rep.body;
    const min = Math.max(rep.min, 1);
    if (min === 1 && rep.max === 1) {
      this.zap(body);
      return this.dissect(body, b, e);
    }
    const prefix = this.m.repRest(rep, min - 1, rep.max === Infinity ? Infinity : rep.max - 1);
    const bodyProg = this.m.progOf(body);
    const cands = this.ends(prefix, b, e, false);
    // Measured against tclsh 8.6: for x{0,n} whose x can match the empty string, the prefix
    // is as short as possible (`(a*)*` on "aaa" sets its group to "aaa"); otherwise it takes
    // the repetition's preference.
    const shortPrefix = preference(rep) === SHORTER || (rep.min === 0 && this.m.canBeEmpty(body));
    if (!shortPrefix) cands.reverse();

    for (const mid of cands) {
      if (!this.matchesExactly(bodyProg, mid, e)) continue;
      const saved = this.m.checksSpans ? this.caps.slice() : null;
      this.zap(body);
      if (this.dissect(body, mid, e)) return true;
      if (saved === null) return false;
      this.caps.set(saved);
    }
    return false;
  }

  /** Unsets the groups inside n. */
  private zap(n: Node): void {
    for (const g of this.m.capsIn(n)) {
      this.caps[2 * (g - 1)] = -1;
      this.caps[2 * (g - 1) + 1] = -1;
    }
  }

  /** Does text[b, e) equal what group g matched (case-insensitively under -nocase)? */
  private sameText(g: number, b: number, e: number): boolean {
    const gs = this.caps[2 * (g - 1)]!;
    const ge = this.caps[2 * (g - 1) + 1]!;
    if (gs < 0) return false;
    if (ge - gs !== e - b) return false;
    const t = this.text;
    const a = t.slice(gs, ge);
    const x = t.slice(b, e);
    this.spend(e - b);
    return this.m.nocase ? a.toLowerCase() === x.toLowerCase() : a === x;
  }
}

function inRanges(r: number[], c: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]!) hi = mid - 1;
    else if (c > r[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The shortest length n can match (constraints count as 0). */
function minLen(n: Node): number {
  switch (n.t) {
    case 'set': return 1;
    case 'seq': return n.items.reduce((a, x) => a + minLen(x), 0);
    case 'alt': return Math.min(...n.branches.map(minLen));
    case 'group': return minLen(n.body);
    case 'rep': return n.min * minLen(n.body);
    default: return 0;
  }
}
