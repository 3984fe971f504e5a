// Which words of a command are scripts or expressions, and a walk over every command of a script
// including those in nested bodies and command substitutions. Tcl itself only parses a body when
// it runs; a linter must read them all, knowing from the command which arguments are code: the
// model's argument layouts (src/model/roles.ts) say which.

import { literalValue, type Command, type Part, type Script, type SyntaxError, type Word } from './ast.js';
import { bodyDepth, parseScript } from './parser.js';
import type { Dialect } from './lexer.js';
import { lookupModel } from '../model/index.js';
import { takesCode, wordRoles } from '../model/roles.js';

export type BodyKind = 'script' | 'expr' | 'arms';

export interface BodyRef {
  word: Word;
  kind: BodyKind;
}

const bodyCache = new WeakMap<Word, Script>();

/** The script in a braced (or literal) word, parsed once and cached. */
export function parseBody(word: Word, dialect: Dialect): Script {
  let s = bodyCache.get(word);
  if (!s) {
    const text = word.kind === 'braced' ? word.raw ?? '' : literalValue(word) ?? '';
    s = parseScript(text, { dialect, start: word.kind === 'bare' ? word.loc.start : word.contentStart, depth: bodyDepth(word) });
    bodyCache.set(word, s);
  }
  return s;
}

function lit(w: Word | undefined): string | undefined {
  return w ? literalValue(w) : undefined;
}

/** Words of `cmd` that hold code, by the command's argument layouts in the model. Only literal
 * words can be read. */
export function codeWords(cmd: Command): BodyRef[] {
  const w = cmd.words;
  const name = lit(w[0]);
  const spec = name !== undefined ? lookupModel(name) : undefined;
  if (!spec || !takesCode(spec)) return [];
  const roles = wordRoles(spec, w.map((word) => ({ text: literalValue(word), braced: word.kind === 'braced' })));
  const out: BodyRef[] = [];
  roles.forEach((role, i) => {
    if (role === 'script' || role === 'expr' || role === 'arms') {
      const word = w[i]!;
      if (literalValue(word) !== undefined) out.push({ word, kind: role });
    }
  });
  return out;
}

/** The pattern and body words of a braced switch arm list, read as words with positions. */
export function switchArms(word: Word, dialect: Dialect): { pattern: Word; body: Word }[] {
  const s = parseBody(word, dialect);
  const words = s.commands.flatMap((c) => c.words);
  const out: { pattern: Word; body: Word }[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) out.push({ pattern: words[i]!, body: words[i + 1]! });
  return out;
}

export interface WalkVisitor {
  command?(cmd: Command, ctx: { depth: number; parents: Command[] }): void;
  /** Called with every expression word found (braced conditions, expr arguments). */
  expression?(word: Word, owner: Command): void;
  /** Syntax errors of nested scripts as they are parsed. */
  error?(e: SyntaxError): void;
}

/** Visits every command of `script`, descending into bodies and [substitutions]. */
export function walk(script: Script, dialect: Dialect, visitor: WalkVisitor, depth = 0, parents: Command[] = []): void {
  for (const cmd of script.commands) {
    visitor.command?.(cmd, { depth, parents });
    const inner = [...parents, cmd];
    for (const word of cmd.words) walkParts(word.parts, dialect, visitor, depth, inner);
    for (const ref of codeWords(cmd)) {
      if (ref.word.kind !== 'braced') continue;
      if (ref.kind === 'expr') {
        visitor.expression?.(ref.word, cmd);
        continue;
      }
      if (ref.kind === 'arms') {
        for (const arm of switchArms(ref.word, dialect)) {
          if (arm.body.kind === 'braced') descend(arm.body, dialect, visitor, depth, inner);
        }
        continue;
      }
      descend(ref.word, dialect, visitor, depth, inner);
    }
  }
}

function descend(word: Word, dialect: Dialect, visitor: WalkVisitor, depth: number, parents: Command[]): void {
  const body = parseBody(word, dialect);
  for (const e of body.errors) visitor.error?.(e);
  walk(body, dialect, visitor, depth + 1, parents);
}

function walkParts(parts: Part[], dialect: Dialect, visitor: WalkVisitor, depth: number, parents: Command[]): void {
  for (const p of parts) {
    if (p.type === 'command') walk(p.script, dialect, visitor, depth, parents);
    else if (p.type === 'var' && p.index) walkParts(p.index, dialect, visitor, depth, parents);
  }
}
