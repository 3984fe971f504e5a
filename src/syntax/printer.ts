// The printer: a parsed script back to canonical Tcl text (`irule fmt`, `irule emit --target tcl`).
//
// Canonical layout:
//   - one command per line; one space between words; `}{` and `"a"b` (BIG-IP adjacency) get a space;
//     a K&R continuation (`{` on the next line) is joined to its command;
//   - the bodies of code words (when, proc, if/elseif/else, while, for, foreach, switch arms, catch,
//     eval, after...; see walk.ts codeWords) are re-printed, indented 2 spaces per level; a body
//     written on one line stays on one line (`{ return }`), an empty one is `{}`;
//   - `} else {` and `} elseif {...} {` follow from joining words with one space;
//   - comments stay where they are in the command sequence (re-indented); a trailing `;# comment`
//     stays on its line;
//   - a backslash-newline between words is kept, the next line indented 4 more spaces;
//   - the continuation lines of a multi-line braced expression are re-indented (4 more spaces, or
//     2 when the expression opens on its own line), where the line break is between operands;
//   - at the top level of an iRule, commands are separated by one blank line (a comment written
//     directly above a command stays attached); inside bodies runs of blank lines become one;
//   - everything else is verbatim: bare and quoted words, `[...]` substitutions, braced data.
//     No word is ever re-quoted, so no value changes.
// A file with syntax errors is returned unchanged with its errors. Before returning, the result is
// parsed again and compared with the original (printer/normalize.ts): if they differ the input is
// returned unchanged with an internal error, so the formatter cannot corrupt a rule.

import type { Command, Comment, Script, SyntaxError, Word } from './ast.js';
import { literalValue } from './ast.js';
import type { Dialect } from './lexer.js';
import { parseScript } from './parser.js';
import { parseRuleFile } from './irule.js';
import { codeWords, parseBody, type BodyKind } from './walk.js';
import { parseExpr } from './expr/parser.js';
import { armList, isRuleWrapperCommand, sameTree } from './printer/normalize.js';
import { reindentExpression } from './printer/expr.js';
import { registerDeep, withDeepStack } from '../host/deep-stack.js';

export { normalizeScript, normalizeSource, sameTree } from './printer/normalize.js';

export type BlankLinePolicy = 'blank' | 'preserve';

export interface PrintOptions {
  dialect?: Dialect;
  /** Indentation level of the script's commands (0 at the top). */
  depth?: number;
  /** 'blank': one blank line between top-level commands (iRules); 'preserve': keep at most one. */
  topLevel?: BlankLinePolicy;
  /** Treat `ltm rule NAME { ... }` / `rule NAME { ... }` bodies as rule scripts (bigip.conf exports). */
  ruleWrappers?: boolean;
}

export interface FormatResult {
  /** The formatted text; the input itself when it has errors. */
  output: string;
  changed: boolean;
  /** Syntax errors (the file is then left unchanged). */
  errors: SyntaxError[];
  /** Set when the printed text did not re-parse to the same tree (a printer bug; input kept). */
  internalError?: string;
}

const INDENT = '  ';
const CONTINUATION = '    ';

function indent(depth: number): string {
  return INDENT.repeat(depth);
}

interface Ctx {
  src: string;
  dialect: Dialect;
  errors: SyntaxError[];
  ruleWrappers: boolean;
}

type Item = { kind: 'command'; node: Command; start: number; end: number } | { kind: 'comment'; node: Comment; start: number; end: number };

function itemsOf(script: Script): Item[] {
  const items: Item[] = [
    ...script.commands.map((c): Item => ({ kind: 'command', node: c, start: c.loc.start.offset, end: c.loc.end.offset })),
    ...script.comments.map((c): Item => ({ kind: 'comment', node: c, start: c.loc.start.offset, end: c.loc.end.offset })),
  ];
  return items.sort((a, b) => a.start - b.start);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** `#text` with trailing blanks removed, unless that would leave a backslash escaping the newline. */
function commentText(c: Comment): string {
  const text = '#' + c.text;
  const trimmed = text.replace(/[ \t\r\v\f]+$/, '');
  const slashes = /\\*$/.exec(trimmed)![0].length;
  return slashes % 2 === 1 ? text : trimmed;
}

function startsWithBrace(cmd: Command): boolean {
  const w = cmd.words[0];
  return w !== undefined && !w.expand && w.kind === 'braced';
}

/** The lines of a script at `depth` (no trailing newline). `top`: the file's own top level. */
function printBlock(script: Script, depth: number, policy: BlankLinePolicy, ctx: Ctx, top = false): string {
  let out = '';
  let prev: Item | undefined;
  const pad = indent(depth);
  for (const item of itemsOf(script)) {
    const text = item.kind === 'comment' ? commentText(item.node) : printCommand(item.node, depth, ctx, top);
    if (!prev) out += pad + text;
    else {
      const nl = countNewlines(ctx.src.slice(prev.end, item.start));
      if (nl === 0 && item.kind === 'comment') out += ' ;' + text;
      else if (item.kind === 'command' && prev.kind === 'command' && ctx.dialect === 'irule' && startsWithBrace(item.node)) {
        // On a line of its own, BIG-IP would read it as a K&R continuation of the previous command.
        out += '; ' + text;
      } else {
        const blank = policy === 'blank' ? !(prev.kind === 'comment' && nl < 2) : nl >= 2;
        out += (blank ? '\n\n' : '\n') + pad + text;
      }
    }
    prev = item;
  }
  return out;
}

/** The items of a one-line body, joined on one line. */
function printInline(script: Script, ctx: Ctx): string {
  let out = '';
  for (const item of itemsOf(script)) {
    if (item.kind === 'comment') out += (out ? ' ;' : '') + commentText(item.node);
    else out += (out ? '; ' : '') + printCommand(item.node, 0, ctx);
  }
  return out;
}

function slice(w: Word, ctx: Ctx): string {
  return ctx.src.slice(w.loc.start.offset, w.loc.end.offset);
}

function printCommand(cmd: Command, depth: number, ctx: Ctx, top = false): string {
  const kinds = new Map<Word, BodyKind>();
  for (const ref of codeWords(cmd)) kinds.set(ref.word, ref.kind);
  if (top && ctx.ruleWrappers && isRuleWrapperCommand(cmd)) kinds.set(cmd.words[cmd.words.length - 1]!, 'script');
  const name = literalValue(cmd.words[0]!)?.replace(/^::/, '');
  let out = '';
  cmd.words.forEach((w, i) => {
    if (i > 0) {
      const gap = ctx.src.slice(cmd.words[i - 1]!.loc.end.offset, w.loc.start.offset);
      out += /\\\n/.test(gap) ? ' \\\n' + indent(depth) + CONTINUATION : ' ';
    }
    const kind = kinds.get(w);
    if (!kind || w.kind !== 'braced' || w.expand) out += slice(w, ctx);
    else if (kind === 'script') out += printBody(w, depth, ctx, !(name === 'for' && (i === 1 || i === 3)), top && ctx.ruleWrappers && isRuleWrapperCommand(cmd));
    else if (kind === 'expr') out += printExprWord(w, depth, ctx);
    else out += printArms(w, depth, ctx);
  });
  return out;
}

function printBody(w: Word, depth: number, ctx: Ctx, pad: boolean, ruleBody = false): string {
  const s = parseBody(w, ctx.dialect);
  ctx.errors.push(...s.errors);
  if (s.commands.length === 0 && s.comments.length === 0) return '{}';
  const raw = w.raw ?? '';
  if (!raw.includes('\n')) {
    const sp = pad ? ' ' : '';
    return '{' + sp + printInline(s, ctx) + sp + '}';
  }
  const inner = printBlock(s, depth + 1, ruleBody ? 'blank' : 'preserve', ctx);
  return '{\n' + inner + '\n' + indent(depth) + '}';
}

function printExprWord(w: Word, depth: number, ctx: Ctx): string {
  const text = slice(w, ctx);
  const raw = w.raw ?? '';
  if (!raw.includes('\n') || raw.includes('\\\n')) return text;
  if (parseExpr(raw, { dialect: ctx.dialect }).error) return text;
  const re = reindentExpression(raw, ctx.dialect, indent(depth));
  return re === null ? text : '{' + re + '}';
}

function printArms(w: Word, depth: number, ctx: Ctx): string {
  const arms = armList(w, ctx.dialect, ctx.src);
  if (!arms) return slice(w, ctx);
  if (arms.length === 0) return slice(w, ctx);
  const raw = w.raw ?? '';
  const printArm = (a: { pattern: Word; body: Word }, d: number) =>
    slice(a.pattern, ctx) + ' ' + (a.body.kind === 'braced' && !a.body.expand && literalValue(a.body) !== '-' ? printBody(a.body, d, ctx, true) : slice(a.body, ctx));
  if (!raw.includes('\n')) return '{ ' + arms.map((a) => printArm(a, depth)).join(' ') + ' }';
  let out = '{';
  let prevEnd = -1;
  for (const a of arms) {
    const blank = prevEnd >= 0 && countNewlines(ctx.src.slice(prevEnd, a.pattern.loc.start.offset)) >= 2;
    out += (blank ? '\n\n' : '\n') + indent(depth + 1) + printArm(a, depth + 1);
    prevEnd = a.body.loc.end.offset;
  }
  return out + '\n' + indent(depth) + '}';
}

/** Prints a parsed script (positions are offsets into `source`). No syntax check: see formatScript. */
export function printScript(script: Script, source: string, options: PrintOptions = {}): string {
  const ctx: Ctx = { src: source, dialect: options.dialect ?? 'tcl', errors: [], ruleWrappers: options.ruleWrappers ?? false };
  return printTop(script, options.depth ?? 0, options.topLevel ?? 'preserve', ctx);
}

function printTop(script: Script, depth: number, policy: BlankLinePolicy, ctx: Ctx): string {
  const out = printBlock(script, depth, policy, ctx, true);
  // A script that ends in a lone backslash keeps it literal only at the very end: a newline after
  // it would be a line continuation (found by the fuzzer: `\` formatted to a different script).
  return out === '' ? '' : endsInLoneBackslash(out) ? out : out + '\n';
}

function endsInLoneBackslash(s: string): boolean {
  let n = 0;
  while (n < s.length && s.charCodeAt(s.length - 1 - n) === 92) n++;
  return n % 2 === 1;
}

function format(source: string, dialect: Dialect, policy: BlankLinePolicy, ruleFile: boolean): FormatResult {
  // Deeply nested code is printed on a thread whose stack takes it (src/host/deep-stack.ts).
  return withDeepStack(import.meta.url, 'format', [source, dialect, policy, ruleFile], [source], () => formatHere(source, dialect, policy, ruleFile));
}

function formatHere(source: string, dialect: Dialect, policy: BlankLinePolicy, ruleFile: boolean): FormatResult {
  const src = source.replace(/\r\n/g, '\n');
  const errors: SyntaxError[] = [];
  const script = parseScript(src, { dialect });
  if (ruleFile) errors.push(...parseRuleFile(src).errors);
  else errors.push(...script.errors);
  const ctx: Ctx = { src, dialect, errors: [], ruleWrappers: ruleFile };
  const output = printTop(script, 0, policy, ctx);
  for (const e of ctx.errors) if (!errors.some((x) => x.loc.start.offset === e.loc.start.offset && x.message === e.message)) errors.push(e);
  if (errors.length > 0) {
    errors.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
    return { output: source, changed: false, errors };
  }
  const check = sameTree(src, output, dialect, ruleFile);
  if (check !== null) return { output: source, changed: false, errors: [], internalError: `the formatted text does not parse to the same tree (${check}); file left unchanged` };
  return { output, changed: output !== source, errors: [] };
}

/** Formats an iRule file (or a bigip.conf export of `ltm rule` blocks). */
export function formatRuleFile(source: string): FormatResult {
  return format(source, 'irule', 'blank', true);
}

/** Formats a plain script (dialect 'tcl' by default): blank lines between commands are kept (at most one). */
export function formatScript(source: string, options: { dialect?: Dialect; topLevel?: BlankLinePolicy } = {}): FormatResult {
  return format(source, options.dialect ?? 'tcl', options.topLevel ?? 'preserve', false);
}

/** The canonical text of an iRule file; the source unchanged if it has syntax errors. */
export function printRuleFile(source: string): string {
  return formatRuleFile(source).output;
}

registerDeep('format', formatHere);
