// Inline suppressions, read from the comments of the parse tree at every nesting level and applied
// to the findings after every check has run (checks never see them):
//
//   # irule-disable-next-line IR2001, unused-variable   the next line holding code
//   pool a ;# irule-disable-line IR2001                 this line (a comment must start a command: `;#`)
//   # irule-disable IR3001                              from here ...
//   # irule-enable IR3001                               ... to here (or to the end of the file)
//
// No codes means every check. Codes or check names are accepted, separated by commas or spaces;
// ` -- reason` after the codes is a free-text justification. Unknown codes are reported by IR0001.

import type { Comment, Loc, Part, Script } from '../syntax/ast.js';
import type { RuleFile } from '../syntax/irule.js';
import { codeWords, parseBody, switchArms } from '../syntax/walk.js';
import type { CheckMeta, Diagnostic } from './types.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface DirectiveTarget {
  /** As written. */
  id: string;
  /** The check code it names, or null when it names no check. */
  code: string | null;
  loc: Loc;
}

export interface Directive {
  kind: DirectiveKind;
  /** Null: every check. */
  targets: DirectiveTarget[] | null;
  /** The line the directive applies to (disable-line, disable-next-line) or starts at (disable, enable). */
  line: number;
  loc: Loc;
}

export interface Suppressions {
  directives: Directive[];
  /** Targets naming no registered check, and comments that look like a directive but are not one. */
  problems: { loc: Loc; message: string }[];
}

/** Codes that are always known though they belong to no check (IR0000: a check could not analyse the file). */
const BUILTIN_CODES = new Set(['IR0000']);

let known = new Map<string, string>();

/** The linter registers the checks so that directives can name them by code or name. */
export function registerChecks(metas: Iterable<CheckMeta>): void {
  const m = new Map<string, string>();
  for (const c of BUILTIN_CODES) m.set(c.toLowerCase(), c);
  for (const meta of metas) {
    m.set(meta.code.toLowerCase(), meta.code);
    m.set(meta.name.toLowerCase(), meta.code);
  }
  known = m;
}

/** The code of a check named by its code or name (case-insensitive), or null. */
function resolveCheckId(id: string): string | null {
  return known.get(id.toLowerCase()) ?? null;
}

/** Every comment of the file: top level, event and proc bodies, nested bodies, switch arms, [substitutions]. */
export function collectComments(parsed: RuleFile): Comment[] {
  const out: Comment[] = [];
  const seen = new Set<Script>();
  const visitScript = (s: Script): void => {
    if (seen.has(s)) return;
    seen.add(s);
    out.push(...s.comments);
    for (const cmd of s.commands) {
      for (const w of cmd.words) visitParts(w.parts);
      for (const ref of codeWords(cmd)) {
        if (ref.word.kind !== 'braced' || ref.kind === 'expr') continue;
        if (ref.kind === 'arms') {
          for (const arm of switchArms(ref.word, 'irule')) if (arm.body.kind === 'braced') visitScript(parseBody(arm.body, 'irule'));
        } else {
          visitScript(parseBody(ref.word, 'irule'));
        }
      }
    }
  };
  const visitParts = (parts: Part[]): void => {
    for (const p of parts) {
      if (p.type === 'command') visitScript(p.script);
      else if (p.type === 'var' && p.index) visitParts(p.index);
    }
  };
  for (const rule of parsed.rules) visitScript(rule.script);
  return out.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
}

const DIRECTIVE = /^(\s*)irule-(disable-next-line|disable-line|disable|enable)(?=[\s,]|$)(.*)$/s;
const LOOKALIKE = /^\s*(irule-[a-z-]+)/i;

const cache = new WeakMap<RuleFile, Suppressions>();

/** The suppression directives of a file (cached per parse). */
export function collectSuppressions(parsed: RuleFile): Suppressions {
  const hit = cache.get(parsed);
  if (hit) return hit;
  const directives: Directive[] = [];
  const problems: Suppressions['problems'] = [];
  let lines: string[] | null = null;
  // Most files have no directive: skip reading every nested body for comments.
  const comments = parsed.source.includes('irule-') ? collectComments(parsed) : [];
  for (const c of comments) {
    if (!c.text.includes('irule-')) continue;
    const m = DIRECTIVE.exec(c.text);
    if (!m) {
      const look = LOOKALIKE.exec(c.text);
      if (look) {
        const at = c.text.indexOf(look[1]!);
        problems.push({
          loc: locIn(c, at, look[1]!.length),
          message: `"${look[1]}" is not a suppression directive: use irule-disable-next-line, irule-disable-line, irule-disable or irule-enable`,
        });
      }
      continue;
    }
    const kind = m[2] as DirectiveKind;
    let rest = m[3]!;
    const restStart = m[1]!.length + 'irule-'.length + kind.length;
    const reason = /(^|\s)--(\s|$)/.exec(rest);
    if (reason) rest = rest.slice(0, reason.index);
    const targets: DirectiveTarget[] = [];
    for (const t of rest.matchAll(/[^\s,]+/g)) {
      const id = t[0];
      const loc = locIn(c, restStart + t.index!, id.length);
      const code = resolveCheckId(id);
      targets.push({ id, code, loc });
      if (!code) problems.push({ loc, message: `unknown check "${id}" in irule-${kind}: name a check by its code (IR1001) or name (syntax-error)` });
    }
    let line = c.loc.start.line;
    if (kind === 'disable-next-line') {
      lines ??= parsed.source.split('\n');
      line = nextCodeLine(lines, c.loc.end.line);
    }
    directives.push({ kind, targets: targets.length > 0 ? targets : null, line, loc: c.loc });
  }
  const result = { directives, problems };
  cache.set(parsed, result);
  return result;
}

/** The first line after `after` (1-based) that is neither blank nor a comment line; `after + 1` when none. */
function nextCodeLine(lines: string[], after: number): number {
  for (let i = after; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t !== '' && !t.startsWith('#')) return i + 1;
  }
  return after + 1;
}

function locIn(c: Comment, at: number, length: number): Loc {
  // c.loc starts at the `#`; the text starts one character later. Comments continued with a
  // backslash-newline are rare: positions past the first line fall back to the comment's start.
  const textStart = c.loc.start.offset + 1;
  if (c.text.slice(0, at + length).includes('\n')) return c.loc;
  const start = { line: c.loc.start.line, column: c.loc.start.column + 1 + at, offset: textStart + at };
  return { start, end: { line: start.line, column: start.column + length, offset: start.offset + length } };
}

/** The findings not silenced by the file's directives. */
export function applySuppressions(diagnostics: Diagnostic[], sup: Suppressions): Diagnostic[] {
  if (sup.directives.length === 0) return diagnostics;
  const lineRules = new Map<number, Directive[]>();
  const blocks: Directive[] = [];
  for (const d of sup.directives) {
    if (d.kind === 'disable' || d.kind === 'enable') blocks.push(d);
    else {
      const list = lineRules.get(d.line);
      if (list) list.push(d);
      else lineRules.set(d.line, [d]);
    }
  }
  const names = (d: Directive, code: string) => d.targets === null || d.targets.some((t) => t.code === code);
  return diagnostics.filter((diag) => {
    for (const d of lineRules.get(diag.line) ?? []) if (names(d, diag.code)) return false;
    return !blockDisabled(blocks, diag);
  });
}

/** Replays the block directives before the finding's line (they are in source order). */
function blockDisabled(blocks: Directive[], diag: Diagnostic): boolean {
  let all = false;
  const on = new Set<string>(); // re-enabled while all are off
  const off = new Set<string>();
  for (const d of blocks) {
    if (d.line > diag.line || (d.line === diag.line && d.loc.start.column > diag.column)) break;
    if (d.kind === 'disable') {
      if (d.targets === null) {
        all = true;
        on.clear();
      } else {
        for (const t of d.targets) if (t.code) {
          off.add(t.code);
          on.delete(t.code);
        }
      }
    } else if (d.targets === null) {
      all = false;
      on.clear();
      off.clear();
    } else {
      for (const t of d.targets) if (t.code) {
        off.delete(t.code);
        if (all) on.add(t.code);
      }
    }
  }
  return off.has(diag.code) || (all && !on.has(diag.code));
}
