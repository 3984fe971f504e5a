// Paths through an event handler after a rule has answered the request itself (HTTP::respond,
// HTTP::redirect) or dropped/rejected the connection. None of these ends the handler (docs/bigip-reference.md §2.3):
// the commands after them still run unless a `return` follows, and a second HTTP response on the
// same request is a run-time error (docs/bigip-reference.md §3.5). A path-insensitive walk over the handler's
// statements, with two refinements against false alarms: responses guarded by provably exclusive
// conditions (`[HTTP::host] eq "a"` vs `eq "b"`, different exact switch arms) are not "one path",
// and a later response guarded by a flag variable set after the first, or by HTTP::has_responded,
// is left alone.

import { literalValue, type Command, type Word } from '../../syntax/ast.js';
import type { RuleFile } from '../../syntax/irule.js';
import type { ExprNode } from '../../syntax/expr/ast.js';
import { parseBody } from '../../syntax/walk.js';
import { lookupModel, type ResponseFlow } from '../../model/index.js';
import { ifShape, switchShape, type SwitchShape } from './structure.js';
import { bareName, commandName, exprOf } from './traverse.js';
import { withFailureLoc } from '../../syntax/failure.js';

/** What a command does to the request and the connection: the model's `responseFlow` (model/effects.ts). */
function flowOf(name: string | undefined): ResponseFlow | undefined {
  return name !== undefined ? lookupModel(name)?.responseFlow : undefined;
}

export interface Unterminated {
  response: Command;
  /** The first command that still runs after it. */
  next: Command;
}

export interface DoubleResponse {
  first: Command;
  second: Command;
}

export interface ResponseFindings {
  unterminated: Unterminated[];
  doubles: DoubleResponse[];
}

type GuardKind = 'cond' | 'eq' | 'prefix' | 'glob';

interface Guard {
  kind: GuardKind;
  /** Condition text (cond) or subject text (eq/prefix/glob). */
  key: string;
  value: string;
  positive: boolean;
}

interface Resp {
  cmd: Command;
  http: boolean;
  guards: readonly Guard[];
}

interface State {
  resp: readonly Resp[];
  pending: readonly Resp[];
  /** Variables set on this path after some response (flags that later code may test). */
  flags: ReadonlySet<string>;
}

interface Loop {
  exits: (State | null)[];
}

const cache = new WeakMap<RuleFile, ResponseFindings>();

export function responseFlow(file: RuleFile): ResponseFindings {
  let f = cache.get(file);
  if (f) return f;
  const a = new Analyzer(file.source);
  for (const rule of file.rules) {
    for (const h of rule.handlers) a.script(parseBody(h.body, 'irule').commands, { resp: [], pending: [], flags: new Set() }, [], null);
  }
  f = { unterminated: [...a.unterminated.values()], doubles: a.doubles };
  cache.set(file, f);
  return f;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  if (a.length === 0) return [...b];
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/** The state on a branch guarded by `guards`: responses made under exclusive conditions did not happen there. */
function feasible(s: State, guards: readonly Guard[]): State {
  if (s.resp.length === 0 || guards.length === 0) return s;
  const ok = (r: Resp) => !anyExclusive(r.guards, guards);
  if (s.resp.every(ok)) return s;
  return { resp: s.resp.filter(ok), pending: s.pending.filter(ok), flags: s.flags };
}

function merge(states: (State | null)[]): State | null {
  let out: State | null = null;
  for (const s of states) {
    if (!s) continue;
    if (!out) {
      out = s;
      continue;
    }
    out = { resp: union(out.resp, s.resp), pending: union(out.pending, s.pending), flags: new Set([...out.flags, ...s.flags]) };
  }
  return out;
}

const GLOB_META = /[*?[\\]/;

function literalPrefix(glob: string): string {
  const m = GLOB_META.exec(glob);
  return m ? glob.slice(0, m.index) : glob;
}

/** Tcl `string match` (*, ?, [chars], backslash escapes). */
export function globMatch(pattern: string, str: string): boolean {
  const memo = new Map<number, boolean>();
  const go = (pi: number, si: number): boolean => {
    const key = pi * (str.length + 1) + si;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (pi === pattern.length) r = si === str.length;
    else {
      const c = pattern[pi]!;
      if (c === '*') r = go(pi + 1, si) || (si < str.length && go(pi, si + 1));
      else if (si === str.length) r = false;
      else if (c === '?') r = go(pi + 1, si + 1);
      else if (c === '[') {
        const close = pattern.indexOf(']', pi + 1);
        if (close < 0) r = str[si] === '[' && go(pi + 1, si + 1);
        else {
          const set = pattern.slice(pi + 1, close);
          let ok = false;
          for (let k = 0; k < set.length; k++) {
            if (set[k + 1] === '-' && k + 2 < set.length) {
              if (str[si]! >= set[k]! && str[si]! <= set[k + 2]!) ok = true;
              k += 2;
            } else if (set[k] === str[si]) ok = true;
          }
          r = ok && go(close + 1, si + 1);
        }
      } else if (c === '\\' && pi + 1 < pattern.length) r = pattern[pi + 1] === str[si] && go(pi + 2, si + 1);
      else r = c === str[si] && go(pi + 1, si + 1);
    }
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

function exclusive(a: Guard, b: Guard): boolean {
  if (a.key !== b.key) return false;
  if (a.kind === 'cond' || b.kind === 'cond') return a.kind === b.kind && a.value === b.value && a.positive !== b.positive;
  if (a.kind === b.kind && a.value === b.value) return a.positive !== b.positive;
  if (!a.positive || !b.positive) {
    // `x eq "v"` against `x ne "v"` (or a default arm) with the same value
    return a.kind === 'eq' && b.kind === 'eq' && a.value === b.value && a.positive !== b.positive;
  }
  const [p, q] = a.kind <= b.kind ? [a, b] : [b, a];
  if (p.kind === 'eq' && q.kind === 'eq') return p.value !== q.value;
  if (p.kind === 'eq' && q.kind === 'glob') return !globMatch(q.value, p.value);
  if (p.kind === 'eq' && q.kind === 'prefix') return !p.value.startsWith(q.value);
  if (p.kind === 'glob' && q.kind === 'glob') {
    const x = literalPrefix(p.value);
    const y = literalPrefix(q.value);
    return !x.startsWith(y) && !y.startsWith(x);
  }
  if (p.kind === 'glob' && q.kind === 'prefix') {
    const x = literalPrefix(p.value);
    return !x.startsWith(q.value) && !q.value.startsWith(x);
  }
  if (p.kind === 'prefix' && q.kind === 'prefix') return !p.value.startsWith(q.value) && !q.value.startsWith(p.value);
  return false;
}

function anyExclusive(a: readonly Guard[], b: readonly Guard[]): boolean {
  for (const x of a) for (const y of b) if (exclusive(x, y)) return true;
  return false;
}

/** A literal operand of an expression (number, braced, quoted without substitution). */
function literalOperand(n: ExprNode): string | undefined {
  if (n.type === 'number' || n.type === 'boolean') return n.text;
  if (n.type === 'braced') return n.value;
  if (n.type === 'quoted' && n.parts.every((p) => p.type === 'text')) return n.parts.map((p) => (p.type === 'text' ? p.value : '')).join('');
  return undefined;
}

class Analyzer {
  readonly unterminated = new Map<Command, Unterminated>();
  readonly doubles: DoubleResponse[] = [];
  private readonly reportedDoubles = new Set<Command>();

  constructor(private readonly source: string) {}

  private text(loc: { start: { offset: number }; end: { offset: number } }): string {
    return this.source.slice(loc.start.offset, loc.end.offset).replace(/\s+/g, ' ').trim();
  }

  /** Guards implied by condition `word` holding (positive) or failing. */
  private condGuards(word: Word, positive: boolean): Guard[] {
    const whole: Guard = { kind: 'cond', key: '', value: this.text(word.kind === 'braced' ? { start: word.contentStart!, end: { offset: word.loc.end.offset - 1 } } : word.loc), positive };
    const out: Guard[] = [whole];
    const expr = word.kind === 'braced' ? exprOf(word) : null;
    if (!expr) return out;
    const atoms: ExprNode[] = [];
    const split = (n: ExprNode) => {
      if (n.type === 'paren') split(n.expr);
      else if (positive && n.type === 'binary' && n.op === '&&') {
        split(n.left);
        split(n.right);
      } else if (!positive && n.type === 'binary' && n.op === '||') {
        split(n.left);
        split(n.right);
      } else atoms.push(n);
    };
    split(expr);
    for (const atom of atoms) {
      let n = atom;
      let pos = positive;
      while (n.type === 'unary' && n.op === '!') {
        pos = !pos;
        n = n.operand;
        while (n.type === 'paren') n = n.expr;
      }
      if (atoms.length > 1 || n !== atom) out.push({ kind: 'cond', key: '', value: this.text(n.loc), positive: pos });
      if (n.type !== 'binary') continue;
      const lit = literalOperand(n.right);
      if (lit === undefined || literalOperand(n.left) !== undefined) continue;
      const key = this.text(n.left.loc);
      if (n.op === 'eq' || n.op === '==' || n.op === 'equals') out.push({ kind: 'eq', key, value: lit, positive: pos });
      else if (n.op === 'ne' || n.op === '!=') out.push({ kind: 'eq', key, value: lit, positive: !pos });
      else if (n.op === 'starts_with' && pos) out.push({ kind: 'prefix', key, value: lit, positive: true });
      else if (n.op === 'matches_glob' && pos) out.push({ kind: 'glob', key, value: lit, positive: true });
    }
    return out;
  }

  private armGuards(sw: SwitchShape, index: number, patterns: (string | undefined)[]): Guard[] {
    if (sw.nocase || sw.mode === 'regexp') return [];
    const key = this.text(sw.subject.loc);
    const out: Guard[] = [];
    const p = patterns[index];
    const isDefault = index === sw.arms.length - 1 && p === 'default';
    if (isDefault) {
      for (let k = 0; k < index; k++) {
        const q = patterns[k];
        if (q !== undefined && (sw.mode === 'exact' || !GLOB_META.test(q))) out.push({ kind: 'eq', key, value: q, positive: false });
      }
      return out;
    }
    if (p === undefined) return out;
    if (sw.mode === 'exact' || !GLOB_META.test(p)) out.push({ kind: 'eq', key, value: p, positive: true });
    else out.push({ kind: 'glob', key, value: p, positive: true });
    return out;
  }

  /** Guards that mention a flag variable or HTTP::has_responded: a later response there is deliberate. */
  private guardedByFlag(guards: readonly Guard[], flags: ReadonlySet<string>): boolean {
    for (const g of guards) {
      if (g.kind !== 'cond') continue;
      if (g.value.includes('HTTP::has_responded')) return true;
      for (const f of flags) if (g.value.includes(`$${f}`) || g.value.includes(`\${${f}}`) || g.value.includes(`exists ${f}`)) return true;
    }
    return false;
  }

  script(commands: readonly Command[], state: State | null, guards: readonly Guard[], loop: Loop | null): State | null {
    let s = state;
    for (const cmd of commands) {
      if (!s) return null;
      try {
        s = this.statement(cmd, s, guards, loop);
      } catch (e) {
        throw withFailureLoc(e, cmd.loc);
      }
    }
    return s;
  }

  private body(word: Word | undefined, state: State, guards: readonly Guard[], loop: Loop | null): State | null {
    if (!word || word.kind !== 'braced') return state;
    return this.script(parseBody(word, 'irule').commands, feasible(state, guards), guards, loop);
  }

  /** A statement runs while responses are pending: they did not end the handler. */
  private ran(cmd: Command, s: State): State {
    if (s.pending.length === 0) return s;
    for (const r of s.pending) if (!this.unterminated.has(r.cmd)) this.unterminated.set(r.cmd, { response: r.cmd, next: cmd });
    return { ...s, pending: [] };
  }

  private statement(cmd: Command, s: State, guards: readonly Guard[], loop: Loop | null): State | null {
    const raw = commandName(cmd);
    const name = raw === undefined ? undefined : bareName(raw);
    const words = cmd.words;
    switch (name) {
      case 'return':
      case 'error':
        return null;
      case 'break':
      case 'continue':
        if (loop) loop.exits.push(s);
        return null;
      case 'event':
        if (words.slice(1).some((w) => literalValue(w) === 'disable')) return { ...s, pending: [] };
        return s;
      case 'set':
        if (words.length === 3 && s.resp.length > 0) {
          const v = literalValue(words[1]!);
          if (v !== undefined) return { ...s, flags: new Set([...s.flags, v]) };
        }
        return s;
      case 'if': {
        const shape = ifShape(cmd);
        if (!shape) return this.ran(cmd, s);
        const outs: (State | null)[] = [];
        const before: Guard[] = [];
        for (const c of shape.clauses) {
          const g = [...guards, ...before, ...this.condGuards(c.cond, true)];
          outs.push(this.body(c.body, s, g, loop));
          before.push(...this.condGuards(c.cond, false));
        }
        if (shape.elseBody) outs.push(this.body(shape.elseBody, s, [...guards, ...before], loop));
        else outs.push(s);
        return merge(outs);
      }
      case 'switch': {
        const sw = switchShape(cmd);
        if (!sw) return this.ran(cmd, s);
        const patterns = sw.arms.map((a) => literalValue(a.pattern));
        const outs: (State | null)[] = [];
        let hasDefault = false;
        for (let i = 0; i < sw.arms.length; i++) {
          if (i === sw.arms.length - 1 && patterns[i] === 'default') hasDefault = true;
          let j = i;
          while (j < sw.arms.length - 1 && literalValue(sw.arms[j]!.body) === '-') j++;
          outs.push(this.body(sw.arms[j]!.body, s, [...guards, ...this.armGuards(sw, i, patterns)], loop));
        }
        if (!hasDefault) outs.push(s);
        return merge(outs);
      }
      case 'while':
      case 'for':
      case 'foreach': {
        const bodyWord = name === 'for' ? words[4] : words[words.length - 1];
        const inner: Loop = { exits: [] };
        const out = this.body(bodyWord, s, guards, inner);
        return merge([s, out, ...inner.exits]);
      }
      case 'catch': {
        const out = this.body(words[1], s, guards, loop);
        return merge([s, out]);
      }
      default:
        break;
    }
    const flow = flowOf(name);
    if (flow === 'responds' || flow === 'ends') {
      const next = this.ran(cmd, s);
      const http = flow === 'responds';
      if (http && !this.reportedDoubles.has(cmd) && !this.guardedByFlag(guards, s.flags)) {
        const first = next.resp.find((r) => r.http && !anyExclusive(r.guards, guards));
        if (first) {
          this.reportedDoubles.add(cmd);
          this.doubles.push({ first: first.cmd, second: cmd });
        }
      }
      const r: Resp = { cmd, http, guards };
      return { resp: [...next.resp, r], pending: [r], flags: next.flags };
    }
    if (flow === 'inert') return s;
    return this.ran(cmd, s);
  }
}

