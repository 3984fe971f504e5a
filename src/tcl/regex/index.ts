// Tcl regular expressions (re_syntax(n)) on top of JavaScript's RegExp.
//
//   compileTclRegex(pattern, flags) -> RegExp      the translation, for simple uses
//   getTclRegex(pattern, flags)     -> TclRegex    what regexp/regsub use: cached, with the
//                                                  information and variants they need
//   execTclRegex(rx, text, offset, allowBol)       one Tcl-style match at an offset
//
// Bad patterns raise TclError with Tcl's message ("couldn't compile regular expression
// pattern: ..."). See docs/tcl-regex.md for what is supported and how matching may differ.

import { setFlagsFromString } from 'node:v8';
import { TclError } from '../errors.js';
import type { Node } from './ast.js';
import { emit } from './emit.js';
import { ABOUT_FLAGS, parseTclRegex, RegexSyntaxError, REG_MESSAGES, type RegexFlags } from './parse.js';
import { AnalysisBudgetExceeded, exponentiallyAmbiguous, linearEligible } from './safety.js';

export type { RegexFlags } from './parse.js';

// Let V8 switch a match that backtracks too much over to its linear-time engine (safety.ts).
// These are process-wide V8 settings; they only change how pathological matches are run.
try {
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  setFlagsFromString('--regexp-backtracks-before-fallback=10000');
} catch {
  // Not running on V8: patterns then rely on the static check alone.
}

export const COMPILE_PREFIX = "couldn't compile regular expression pattern: ";
const UNSAFE_MESSAGE = 'pattern too complex: nested or overlapping quantifiers could backtrack exponentially';

/** A compiled Tcl RE. */
export class TclRegex {
  /** Number of capturing groups. */
  readonly nsub: number;
  /** `regexp -about` flags, in Tcl's order. */
  readonly about: string[];
  /** JS source of the pattern, `^` allowed at the start of the searched text. */
  readonly source: string;
  readonly jsFlags: string;
  /** Main matcher (`^` may match at the start). */
  readonly re: RegExp;
  private notbol: RegExp | undefined;
  private indicesRe: [RegExp | undefined, RegExp | undefined] = [undefined, undefined];
  private indicesChecked = false;
  /** Set when the RE prefers the longest match but JS's first match may be shorter (see longestRefinement). */
  readonly longest: { maxLen: number; sticky: (RegExp | undefined)[] } | null;

  constructor(
    private readonly root: Node,
    nsub: number,
    about: string[],
    jsFlags: string,
    private readonly safeForLinear: boolean,
    longestMaxLen: number,
  ) {
    this.nsub = nsub;
    this.about = about;
    this.jsFlags = jsFlags;
    this.source = emit(root, { notbol: false });
    this.re = new RegExp(this.source, jsFlags);
    this.longest = longestMaxLen > 0 ? { maxLen: longestMaxLen, sticky: [] } : null;
  }

  /** The matcher for a search that starts where `^` may not match (Tcl's REG_NOTBOL). */
  matcher(allowBol: boolean): RegExp {
    if (allowBol) return this.re;
    if (this.notbol === undefined) this.notbol = new RegExp(emit(this.root, { notbol: true }), this.jsFlags);
    return this.notbol;
  }

  /** A matcher with the `d` flag (group positions). V8's linear engine does not take `d`, so
   * the static safety check applies to it even when the plain matcher was exempt. */
  indicesMatcher(allowBol: boolean): RegExp {
    const k = allowBol ? 0 : 1;
    let re = this.indicesRe[k];
    if (re === undefined) {
      if (!this.indicesChecked) {
        if (this.safeForLinear) checkSafety(this.root);
        this.indicesChecked = true;
      }
      re = new RegExp(emit(this.root, { notbol: !allowBol }), this.jsFlags + 'd');
      this.indicesRe[k] = re;
    }
    return re;
  }

  /** `(?:RE)$`, sticky: does the RE match exactly text[start, end)? (run on the text cut at end) */
  exactMatcher(allowBol: boolean, withIndices: boolean): RegExp {
    const k = (allowBol ? 0 : 1) + (withIndices ? 2 : 0);
    const slot = this.longest!.sticky;
    let re = slot[k];
    if (re === undefined) {
      if (withIndices) this.indicesMatcher(allowBol); // runs the safety check once
      re = new RegExp('(?:' + emit(this.root, { notbol: !allowBol }) + ')$', this.jsFlags + (withIndices ? 'yd' : 'y'));
      slot[k] = re;
    }
    return re;
  }
}

function syntaxError(code: string, message: string): TclError {
  return new TclError(COMPILE_PREFIX + message, ['REGEXP', 'REG_' + code, message]);
}

function checkSafety(root: Node): void {
  let bad: boolean;
  try {
    bad = exponentiallyAmbiguous(root);
  } catch (e) {
    if (!(e instanceof AnalysisBudgetExceeded)) throw e;
    bad = true;
  }
  if (bad) throw syntaxError('ETOOBIG', UNSAFE_MESSAGE);
}

// ---- longest-match refinement ----------------------------------------------------------------------
//
// Tcl's RE prefers the longest match at the leftmost position (unless its first quantifier is
// non-greedy); JS takes the first alternative that succeeds: `cat|category` on "category" is
// "category" in Tcl and "cat" in JS. When the RE's matches have a small maximum length and
// nothing in it looks past the end of the match, the command layer can check the longer
// candidates cheaply: longestMaxLen() gives that bound (0 when the refinement does not apply).

const REFINE_MAX_LEN = 64;

function longestMaxLen(root: Node): number {
  if (!hasChoice(root)) return 0;
  if (looksPastEnd(root)) return 0;
  const m = maxLen(root);
  return m <= REFINE_MAX_LEN ? m : 0;
}

/** Alternation or a variable repetition: places where JS's first choice may not be the longest. */
function hasChoice(n: Node): boolean {
  switch (n.t) {
    case 'alt': return true;
    case 'rep': return n.min !== n.max || hasChoice(n.body);
    case 'seq': return n.items.some(hasChoice);
    case 'group': return hasChoice(n.body);
    default: return false;
  }
}

function looksPastEnd(n: Node): boolean {
  switch (n.t) {
    case 'eol': case 'eos': case 'look': case 'word': return true;
    case 'seq': return n.items.some(looksPastEnd);
    case 'alt': return n.branches.some(looksPastEnd);
    case 'group': return looksPastEnd(n.body);
    case 'rep': return n.max > 0 && looksPastEnd(n.body);
    default: return false;
  }
}

function maxLen(n: Node): number {
  switch (n.t) {
    case 'set': return 1;
    case 'backref': return Infinity;
    case 'seq': return n.items.reduce((a, x) => a + maxLen(x), 0);
    case 'alt': return Math.max(...n.branches.map(maxLen));
    case 'group': return maxLen(n.body);
    case 'rep': return n.max === 0 ? 0 : n.max * maxLen(n.body);
    default: return 0;
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

/** The compiled form of a Tcl RE (cached); throws TclError for bad or unsafe patterns. */
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
  // Case-insensitivity is compiled into the character sets, except that back-references must
  // compare case-insensitively too: only then is the `i` flag needed.
  const useI = parsed.icase && hasBackref(parsed.root);
  const safe = linearEligible(parsed.root, useI);
  try {
    if (!safe) checkSafety(parsed.root);
  } catch (e) {
    if (e instanceof TclError) return e;
    throw e;
  }
  const refine = parsed.prefersShortest ? 0 : longestMaxLen(parsed.root);
  return new TclRegex(parsed.root, parsed.nsub, about, useI ? 'i' : '', safe, refine);
}

/** Translates a Tcl RE to a JavaScript RegExp (cached; no `g`/`y` flag: do not share lastIndex). */
export function compileTclRegex(pattern: string, flags: RegexFlags = {}): RegExp {
  return getTclRegex(pattern, flags).re;
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
 * constraints see nothing before `offset`.
 */
export function execTclRegex(rx: TclRegex, text: string, offset: number, allowBol: boolean, wantIndices = false): TclMatch | null {
  const sub = offset === 0 ? text : offset >= text.length ? '' : text.slice(offset);
  const re = wantIndices ? rx.indicesMatcher(allowBol) : rx.matcher(allowBol);
  let m = re.exec(sub);
  if (m === null) return null;
  if (rx.longest !== null) m = refineLongest(rx, sub, m, allowBol, wantIndices);
  const nsub = rx.nsub;
  const groups: (string | undefined)[] = new Array(nsub);
  for (let i = 1; i <= nsub; i++) groups[i - 1] = m[i];
  const start = m.index + offset;
  const out: TclMatch = { start, end: start + m[0].length, groups };
  if (wantIndices) {
    const ind: ([number, number] | undefined)[] = new Array(nsub);
    for (let i = 1; i <= nsub; i++) {
      const r = m.indices?.[i];
      ind[i - 1] = r === undefined ? undefined : [r[0] + offset, r[1] + offset];
    }
    out.indices = ind;
  }
  return out;
}

function refineLongest(rx: TclRegex, sub: string, m: RegExpExecArray, allowBol: boolean, withIndices: boolean): RegExpExecArray {
  const start = m.index;
  const end = start + m[0].length;
  const limit = Math.min(sub.length, start + rx.longest!.maxLen);
  if (limit <= end) return m;
  const exact = rx.exactMatcher(allowBol, withIndices);
  for (let t = limit; t > end; t--) {
    exact.lastIndex = start;
    const longer = exact.exec(sub.slice(0, t));
    if (longer !== null) return longer;
  }
  return m;
}
