// Tcl regular expressions (re_syntax(n)).
//
//   getTclRegex(pattern, flags) -> TclRegex     parsed, cached; what regexp/regsub/switch/lsearch use
//   execTclRegex(rx, text, offset, allowBol, wantIndices, budget)   one Tcl-style match at an offset
//   rx.test(text, budget)                       is there a match at all?
//
// Matching follows Tcl's rules (leftmost, then the RE's preference, then the groups by Spencer's
// rules: match.ts). V8's RegExp runs a pattern only where its answer is provably Tcl's: `test` for
// patterns V8's linear-time engine can take, `exec` for those with no choice at all (no
// alternation, no variable repetition). Bad patterns raise TclError with Tcl's message
// ("couldn't compile regular expression pattern: ..."). See docs/tcl-regex.md.

import { setFlagsFromString } from 'node:v8';
import { TclError } from '../errors.js';
import type { Node } from './ast.js';
import { emit } from './emit.js';
import { Matcher, newRegexBudget, type RegexBudget } from './match.js';
import { TooManyStates } from './nfa.js';
import { ABOUT_FLAGS, parseTclRegex, RegexSyntaxError, REG_MESSAGES, type RegexFlags } from './parse.js';
import { linearEligible } from './safety.js';

export type { RegexFlags } from './parse.js';
export { DEFAULT_REGEX_STEPS, newRegexBudget, RegexBudgetExceeded, type RegexBudget } from './match.js';

// Let V8 switch a match that backtracks too much over to its linear-time engine (safety.ts).
// These are process-wide V8 settings; they only change how pathological matches are run.
try {
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  setFlagsFromString('--regexp-backtracks-before-fallback=10000');
} catch {
  // Not running on V8: the flags are unknown, and nothing else changes.
}

const COMPILE_PREFIX = "couldn't compile regular expression pattern: ";

/** A compiled Tcl RE. */
export class TclRegex {
  /** Number of capturing groups. */
  readonly nsub: number;
  /** `regexp -about` flags, in Tcl's order. */
  readonly about: string[];
  private readonly jsFlags: string;
  private readonly js: (RegExp | undefined)[] = [undefined, undefined, undefined, undefined];
  private matcherCache: Matcher | undefined;

  constructor(
    private readonly root: Node,
    nsub: number,
    about: string[],
    private readonly icase: boolean,
    /** V8's answer to "is there a match" is Tcl's, in bounded time. */
    private readonly v8Test: boolean,
    /** V8's first match is Tcl's (no choice anywhere), in bounded time. */
    private readonly v8Exec: boolean,
  ) {
    this.nsub = nsub;
    this.about = about;
    // Case-insensitivity is compiled into the character sets, except that back-references must
    // compare case-insensitively too: only then is the `i` flag needed.
    this.jsFlags = icase && hasBackref(root) ? 'i' : '';
    // Build what matching needs now, so that a pattern too big fails at compile time.
    if (!v8Exec) this.matcher();
  }

  /** The V8 RegExp (`^` allowed at position 0 or not: Tcl's REG_NOTBOL; `d`: group positions). */
  private jsMatcher(allowBol: boolean, withIndices: boolean): RegExp {
    const k = (allowBol ? 0 : 1) + (withIndices ? 2 : 0);
    let re = this.js[k];
    if (re === undefined) {
      re = new RegExp(emit(this.root, { notbol: !allowBol }), this.jsFlags + (withIndices ? 'd' : ''));
      this.js[k] = re;
    }
    return re;
  }

  private matcher(): Matcher {
    if (this.matcherCache === undefined) {
      try {
        this.matcherCache = new Matcher(this.root, this.nsub, this.icase);
      } catch (e) {
        if (e instanceof TooManyStates) throw syntaxError('ESPACE', 'out of memory');
        throw e;
      }
    }
    return this.matcherCache;
  }

  /** Is there a match anywhere in text (`^` matches at its start)? */
  test(text: string, budget: RegexBudget = newRegexBudget()): boolean {
    if (this.v8Test || this.v8Exec) return this.jsMatcher(true, false).test(text);
    return this.matcher().test(text, true, budget);
  }

  /** The first match in text (`^` matches at 0 only when allowBol): [start, end) and each
   * group's [start, end), -1 for a group that took no part. */
  exec(text: string, allowBol: boolean, budget: RegexBudget): { start: number; end: number; caps: ArrayLike<number> } | null {
    if (!this.v8Exec) return this.matcher().exec(text, allowBol, budget);
    const withIndices = this.nsub > 0;
    const m = this.jsMatcher(allowBol, withIndices).exec(text);
    if (m === null) return null;
    const caps = new Int32Array(2 * this.nsub).fill(-1);
    for (let i = 1; i <= this.nsub; i++) {
      const r = m.indices?.[i];
      if (r !== undefined) {
        caps[2 * i - 2] = r[0];
        caps[2 * i - 1] = r[1];
      }
    }
    return { start: m.index, end: m.index + m[0].length, caps };
  }
}

function syntaxError(code: string, message: string): TclError {
  return new TclError(COMPILE_PREFIX + message, ['REGEXP', 'REG_' + code, message]);
}

/** Alternation or a variable repetition: places where a match could take another shape. */
function hasChoice(n: Node): boolean {
  switch (n.t) {
    case 'alt': return true;
    case 'rep': return n.min !== n.max || hasChoice(n.body);
    case 'seq': return n.items.some(hasChoice);
    case 'group': case 'look': return hasChoice(n.body);
    default: return false;
  }
}

function hasBackref(n: Node): boolean {
  switch (n.t) {
    case 'backref': return true;
    case 'seq': return n.items.some(hasBackref);
    case 'alt': return n.branches.some(hasBackref);
    case 'group': case 'rep': case 'look': return hasBackref(n.body);
    default: return false;
  }
}

// ---- compilation and cache --------------------------------------------------------------------------

const CACHE_MAX = 500;
const cache = new Map<string, TclRegex | TclError>();

function cacheKey(pattern: string, f: RegexFlags): string {
  const bits = (f.nocase ? 1 : 0) | (f.expanded ? 2 : 0) | (f.line ? 4 : 0) | (f.lineanchor ? 8 : 0) | (f.linestop ? 16 : 0);
  return bits + ':' + pattern;
}

/** The compiled form of a Tcl RE (cached); throws TclError for bad patterns. */
export function getTclRegex(pattern: string, flags: RegexFlags = {}): TclRegex {
  const key = cacheKey(pattern, flags);
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = build(pattern, flags);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
    cache.set(key, hit);
  } else {
    // Keep recently used entries: move to the end.
    cache.delete(key);
    cache.set(key, hit);
  }
  if (hit instanceof TclError) throw new TclError(hit.message, hit.errorCode);
  return hit;
}

function build(pattern: string, flags: RegexFlags): TclRegex | TclError {
  let parsed;
  try {
    parsed = parseTclRegex(pattern, flags);
  } catch (e) {
    if (e instanceof RegexSyntaxError) return syntaxError(e.code, REG_MESSAGES[e.code]);
    throw e;
  }
  const about = ABOUT_FLAGS.filter((f) => parsed.notes.has(f));
  const useI = parsed.icase && hasBackref(parsed.root);
  const linear = linearEligible(parsed.root, useI);
  // Without any choice there is one match per start, so V8's first match is Tcl's, and V8 has
  // nothing to backtrack over.
  const noChoice = !hasChoice(parsed.root) && !hasBackref(parsed.root);
  try {
    return new TclRegex(parsed.root, parsed.nsub, about, parsed.icase, linear, noChoice);
  } catch (e) {
    if (e instanceof TclError) return e;
    throw e;
  }
}

// ---- matching ---------------------------------------------------------------------------------------

/** One match: absolute positions; group texts (undefined: the group took no part). */
export interface TclMatch {
  start: number;
  end: number;
  groups: (string | undefined)[];
  /** Absolute [start, end) of each group, when asked for. */
  indices?: ([number, number] | undefined)[];
}

/**
 * One match of `rx` in text[offset..], as Tcl's regexec on that substring does: `^` matches at
 * `offset` only when allowBol (offset 0, or just after a newline), `\A` always does, and word
 * constraints see nothing before `offset`. The work is charged to `budget`.
 */
export function execTclRegex(
  rx: TclRegex, text: string, offset: number, allowBol: boolean, wantIndices = false, budget: RegexBudget = newRegexBudget(),
): TclMatch | null {
  const sub = offset === 0 ? text : offset >= text.length ? '' : text.slice(offset);
  const m = rx.exec(sub, allowBol, budget);
  if (m === null) return null;
  const nsub = rx.nsub;
  const groups: (string | undefined)[] = new Array(nsub);
  const ind: ([number, number] | undefined)[] | undefined = wantIndices ? new Array(nsub) : undefined;
  for (let i = 0; i < nsub; i++) {
    const a = m.caps[2 * i]!;
    const b = m.caps[2 * i + 1]!;
    groups[i] = a < 0 ? undefined : sub.slice(a, b);
    if (ind !== undefined) ind[i] = a < 0 ? undefined : [a + offset, b + offset];
  }
  const out: TclMatch = { start: m.start + offset, end: m.end + offset, groups };
  if (ind !== undefined) out.indices = ind;
  return out;
}
