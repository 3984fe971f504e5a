// IR2012: a branch that can never run because an earlier one catches everything it would: an
// `elseif` repeating (or narrowing) an earlier condition on the same value, a duplicate switch
// pattern, a `switch -glob` pattern covered by a broader earlier one (`*`, `/api*` before
// `/api/v1*`). Conservative: only literal patterns and simple string tests on the same operand.

import { literalValue, type Word } from '../../syntax/ast.js';
import type { ExprNode } from '../../syntax/expr/ast.js';
import { globMatch } from '../check-support/response-flow.js';
import { ifShape, switchShape } from '../check-support/structure.js';
import { exprOf, traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

interface Run {
  text: string;
  atStart: boolean;
  atEnd: boolean;
}

/** The literal runs of a glob (outside `*`, `?`, `[...]`); null when it has backslashes. */
function literalRuns(glob: string): Run[] | null {
  if (glob.includes('\\')) return null;
  const runs: Run[] = [];
  let cur = '';
  let start = 0;
  const flush = (end: boolean, i: number) => {
    if (cur !== '') runs.push({ text: cur, atStart: start === 0, atEnd: end && i === glob.length });
    cur = '';
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' || c === '?') {
      flush(false, i);
      start = i + 1;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) return null;
      flush(false, i);
      i = close;
      start = i + 1;
    } else {
      if (cur === '') start = i;
      cur += c;
    }
  }
  flush(true, glob.length);
  return runs;
}

const hasMeta = (g: string) => /[*?[\\]/.test(g);

/** Does glob `e` match every string glob `l` matches? (Sound, not complete.) */
export function globCovers(e: string, l: string): boolean {
  if (e === l) return true;
  if (!hasMeta(e)) return false; // an exact string covers only itself
  if (/^\*+$/.test(e)) return true;
  if (!hasMeta(l)) return globMatch(e, l);
  const lr = literalRuns(l);
  if (!lr) return false;
  const prefix = lr[0]?.atStart ? lr[0].text : '';
  const last = lr[lr.length - 1];
  const suffix = last?.atEnd ? last.text : '';
  let m: RegExpExecArray | null;
  if ((m = /^([^*?[\\]+)\*$/.exec(e))) return prefix.startsWith(m[1]!);
  if ((m = /^\*([^*?[\\]+)$/.exec(e))) return suffix.endsWith(m[1]!);
  if ((m = /^\*([^*?[\\]+)\*$/.exec(e))) return lr.some((r) => r.text.includes(m![1]!));
  if ((m = /^([^*?[\\]+)\*([^*?[\\]+)$/.exec(e))) {
    return prefix.startsWith(m[1]!) && suffix.endsWith(m[2]!);
  }
  return false;
}

type Test = { op: 'eq' | 'starts_with' | 'ends_with' | 'contains' | 'glob'; subject: string; value: string };

function literalOperand(n: ExprNode): string | undefined {
  if (n.type === 'braced') return n.value;
  if (n.type === 'quoted' && n.parts.every((p) => p.type === 'text')) return n.parts.map((p) => (p.type === 'text' ? p.value : '')).join('');
  return undefined;
}

/** `X op "literal"` as a string test, else undefined. */
function stringTest(n: ExprNode, text: (n: ExprNode) => string): Test | undefined {
  while (n.type === 'paren') n = n.expr;
  if (n.type !== 'binary') return undefined;
  const value = literalOperand(n.right);
  if (value === undefined || literalOperand(n.left) !== undefined) return undefined;
  const subject = text(n.left);
  switch (n.op) {
    case 'eq':
    case 'equals':
      return { op: 'eq', subject, value };
    case 'starts_with':
    case 'ends_with':
    case 'contains':
      return { op: n.op, subject, value };
    case 'matches_glob':
      return { op: 'glob', subject, value };
    default:
      return undefined;
  }
}

/** Whenever `a` holds, `e` holds (same subject). */
function implies(a: Test, e: Test): boolean {
  if (a.subject !== e.subject) return false;
  const v = a.value;
  const lit = a.op === 'eq' ? v : undefined;
  switch (e.op) {
    case 'eq':
      return a.op === 'eq' && v === e.value;
    case 'starts_with':
      if (lit !== undefined) return lit.startsWith(e.value);
      if (a.op === 'starts_with') return v.startsWith(e.value);
      if (a.op === 'glob') {
        const runs = literalRuns(v);
        return !!runs && !!runs[0]?.atStart && runs[0].text.startsWith(e.value);
      }
      return false;
    case 'ends_with':
      if (lit !== undefined) return lit.endsWith(e.value);
      return a.op === 'ends_with' && v.endsWith(e.value);
    case 'contains':
      if (lit !== undefined) return lit.includes(e.value);
      return (a.op === 'contains' || a.op === 'starts_with' || a.op === 'ends_with') && v.includes(e.value);
    case 'glob':
      if (lit !== undefined) return globMatch(e.value, lit);
      return a.op === 'glob' && globCovers(e.value, v);
  }
}

/** Conjunction atoms of a condition. */
function conjuncts(n: ExprNode): ExprNode[] {
  while (n.type === 'paren') n = n.expr;
  if (n.type === 'binary' && n.op === '&&') return [...conjuncts(n.left), ...conjuncts(n.right)];
  return [n];
}

const VOLATILE = /rand\(|\[\s*(incr|table|after|call|clock)\b/;

export const unreachableBranch: Check = {
  meta: {
    code: 'IR2012',
    name: 'unreachable-branch',
    category: 'correctness',
    severity: 'warning',
    description: 'A branch can never run because an earlier condition or pattern already covers it.',
    help: {
      why: 'An `if`/`elseif` chain and a `switch` take the first branch that matches. A later `elseif` that repeats an earlier test, a duplicate `switch` pattern, or a `switch -glob` pattern after a broader one (`*`, or `/api*` before `/api/v1*`) can never run: the request is handled by the earlier branch, which is rarely what the author meant. Put the most specific test first.',
      bad: 'when HTTP_REQUEST {\n  switch -glob -- [HTTP::path] {\n    "/api*" { pool api_pool }\n    "/api/v1*" { pool api_v1_pool }\n    default { pool web_pool }\n  }\n}',
      good: 'when HTTP_REQUEST {\n  switch -glob -- [HTTP::path] {\n    "/api/v1*" { pool api_v1_pool }\n    "/api*" { pool api_pool }\n    default { pool web_pool }\n  }\n}',
    },
  },
  run(ctx) {
    const src = ctx.source;
    const text = (n: { loc: { start: { offset: number }; end: { offset: number } } }) => src.slice(n.loc.start.offset, n.loc.end.offset).replace(/\s+/g, ' ').trim();
    const condText = (w: Word) => (w.kind === 'braced' ? (w.raw ?? '') : src.slice(w.loc.start.offset, w.loc.end.offset)).replace(/\s+/g, ' ').trim();
    for (const site of traverse(ctx.parsed).sites) {
      const ifs = ifShape(site.cmd);
      if (ifs && ifs.clauses.length > 1) {
        const earlier: { text: string; test?: Test; line: number }[] = [];
        for (const c of ifs.clauses) {
          const t = condText(c.cond);
          const expr = c.cond.kind === 'braced' ? exprOf(c.cond) : null;
          if (VOLATILE.test(t)) {
            earlier.push({ text: '\0', line: 0 });
            continue;
          }
          const same = earlier.find((e) => e.text === t);
          let covering = same;
          if (!covering && expr) {
            const atoms = conjuncts(expr).map((a) => stringTest(a, text)).filter((x): x is Test => !!x);
            covering = earlier.find((e) => e.test && atoms.some((a) => implies(a, e.test!)));
          }
          if (covering) {
            const why = covering === same ? 'repeats the condition' : 'is covered by the condition';
            ctx.report(c.cond.loc, `this condition ${why} on line ${covering.line}: the earlier branch always runs first, so this one never runs`);
          }
          const single = expr ? conjuncts(expr) : [];
          earlier.push({ text: t, test: single.length === 1 ? stringTest(single[0]!, text) : undefined, line: c.cond.loc.start.line });
        }
      }
      const sw = switchShape(site.cmd);
      if (!sw) continue;
      const seen: { pattern: string; line: number }[] = [];
      sw.arms.forEach((arm, i) => {
        const p = literalValue(arm.pattern);
        if (p === undefined) return;
        const isDefault = i === sw.arms.length - 1 && p === 'default';
        let cover: { pattern: string; line: number } | undefined;
        if (isDefault) cover = sw.mode === 'glob' ? seen.find((s) => /^\*+$/.test(s.pattern)) : undefined;
        else if (sw.nocase) cover = seen.find((s) => s.pattern.toLowerCase() === p.toLowerCase() && (sw.mode !== 'glob' || s.pattern === p));
        else if (sw.mode === 'glob') cover = seen.find((s) => globCovers(s.pattern, p));
        else cover = seen.find((s) => s.pattern === p);
        if (cover) {
          const what = isDefault ? 'the default branch' : `pattern "${p}"`;
          const why = cover.pattern === p ? 'is a duplicate of the pattern' : `is covered by the broader pattern "${cover.pattern}"`;
          ctx.report(arm.pattern.loc, `${what} can never match: it ${why} on line ${cover.line}, and switch takes the first match`);
        }
        if (!isDefault) seen.push({ pattern: p, line: arm.pattern.loc.start.line });
      });
    }
  },
};
