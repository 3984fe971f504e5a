// The printer's contract, as a function: a tree with positions and layout removed. Two texts
// normalise to the same value when they hold the same commands, words and parts (and comments, in
// the same places), reading code bodies as scripts (walk.ts codeWords) and braced expressions as
// expression trees, so that only whitespace inside code bodies and between operands may differ.

import { literalValue, type Command, type Script, type Word } from '../ast.js';
import type { Dialect } from '../lexer.js';
import { parseScript } from '../parser.js';
import { codeWords, parseBody, type BodyKind } from '../walk.js';
import { parseExpr } from '../expr/parser.js';
import { splitList } from '../scan.js';

/** `ltm rule NAME { ... }` or `rule NAME { ... }` at the top of a bigip.conf export. */
export function isRuleWrapperCommand(c: Command): boolean {
  const w = c.words.map((x) => literalValue(x));
  const body = c.words[c.words.length - 1];
  if (!body || body.kind !== 'braced' || body.expand) return false;
  return (w[0] === 'ltm' && w[1] === 'rule' && c.words.length === 4) || (w[0] === 'rule' && c.words.length === 3);
}

/**
 * The arms of a braced switch arm list, when reading its text as a script gives exactly the
 * elements Tcl's switch reads from it as a list (no comments, no `;`, no substitutions that a list
 * would not see); null otherwise (the printer then leaves the word as written).
 */
export function armList(word: Word, dialect: Dialect, src: string): { pattern: Word; body: Word }[] | null {
  if (word.kind !== 'braced' || word.expand) return null;
  const s = parseBody(word, dialect);
  if (s.errors.length > 0 || s.comments.length > 0) return null;
  const words = s.commands.flatMap((c) => c.words);
  if (words.length % 2 !== 0) return null;
  const elements = splitList(literalValue(word) ?? '');
  if (!Array.isArray(elements)) return null;
  if (elements.length !== words.length) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.expand) return null;
    if (w.kind === 'braced') {
      if (w.raw !== elements[i]) return null;
      continue;
    }
    const lit = literalValue(w);
    if (lit !== undefined) {
      if (lit !== elements[i]) return null;
      continue;
    }
    const text = src.slice(w.loc.start.offset, w.loc.end.offset);
    const inner = w.kind === 'quoted' ? text.slice(1, -1) : text;
    if (inner.includes('\\') || inner !== elements[i]) return null;
  }
  const out: { pattern: Word; body: Word }[] = [];
  for (let i = 0; i < words.length; i += 2) out.push({ pattern: words[i]!, body: words[i + 1]! });
  return out;
}

/** Positions: `loc`, `opLoc`, `nameLoc`, `contentStart`, `commandStart`. */
function isLocationKey(k: string): boolean {
  return k === 'loc' || k.endsWith('Loc') || k === 'contentStart' || k === 'commandStart';
}

/** A deep copy without source positions. */
function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x === null || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (!isLocationKey(k)) out[k] = strip(v);
  return out;
}

function trimComment(text: string): string {
  return text.replace(/[ \t\r\v\f]+$/, '');
}

interface NormCtx {
  dialect: Dialect;
  src: string;
}

function normWord(w: Word, kind: BodyKind | undefined, ctx: NormCtx): unknown {
  if (kind && w.kind === 'braced' && !w.expand) {
    if (kind === 'script') return { kind: 'braced', body: normScript(parseBody(w, ctx.dialect), ctx) };
    if (kind === 'expr') {
      const text = literalValue(w) ?? '';
      const r = parseExpr(text, { dialect: ctx.dialect });
      return r.expr ? { kind: 'braced', expr: strip(r.expr) } : { kind: 'braced', raw: w.raw };
    }
    const arms = armList(w, ctx.dialect, ctx.src);
    if (arms) {
      return {
        kind: 'braced',
        arms: arms.map((a) => [
          normWord(a.pattern, undefined, ctx),
          normWord(a.body, a.body.kind === 'braced' && literalValue(a.body) !== '-' ? 'script' : undefined, ctx),
        ]),
      };
    }
    return { kind: 'braced', raw: w.raw };
  }
  return strip({ kind: w.kind, expand: w.expand, parts: w.parts, raw: w.raw });
}

function normCommand(cmd: Command, ctx: NormCtx, top: boolean): unknown {
  const kinds = new Map<Word, BodyKind>();
  for (const ref of codeWords(cmd)) kinds.set(ref.word, ref.kind);
  if (top && isRuleWrapperCommand(cmd)) kinds.set(cmd.words[cmd.words.length - 1]!, 'script');
  return cmd.words.map((w) => normWord(w, kinds.get(w), ctx));
}

function normScript(script: Script, ctx: NormCtx, top = false): unknown {
  const items: { at: number; v: unknown }[] = [
    ...script.commands.map((c) => ({ at: c.loc.start.offset, v: { command: normCommand(c, ctx, top) } })),
    ...script.comments.map((c) => ({ at: c.loc.start.offset, v: { comment: trimComment(c.text) } })),
  ];
  return items.sort((a, b) => a.at - b.at).map((i) => i.v);
}

/** The normalised tree of a parsed script; positions are offsets into `source`. */
export function normalizeScript(script: Script, source: string, dialect: Dialect, ruleWrappers = false): unknown {
  return normScript(script, { dialect, src: source }, ruleWrappers);
}

/** The normalised tree of a text (CRLF read as LF). `ruleFile`: `ltm rule` wrapper bodies are code. */
export function normalizeSource(source: string, dialect: Dialect, ruleFile = false): unknown {
  const src = source.replace(/\r\n/g, '\n');
  return normalizeScript(parseScript(src, { dialect }), src, dialect, ruleFile);
}

/** Where two values first differ (a path like `[3].command[2].body`), or null when equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d !== null) return d;
    }
    return null;
  }
  return path || '(root)';
}

/** Null when `a` and `b` parse to the same normalised tree, else where they first differ. */
export function sameTree(a: string, b: string, dialect: Dialect, ruleFile = false): string | null {
  return firstDifference(normalizeSource(a, dialect, ruleFile), normalizeSource(b, dialect, ruleFile));
}
