// IR4006: a path prefix test that does not stop at a segment boundary. `starts_with "/chat"` and
// `string match "/chat*"` also match "/chatbot" and "/chat-admin": requests for other
// applications get the routing, persistence or access decision meant for /chat.

import { literalValue, type Loc } from '../../syntax/ast.js';
import type { ExprNode } from '../../syntax/expr/ast.js';
import { analyze, has, T, type Taint } from '../analysis/index.js';
import { switchShape } from '../check-support/structure.js';
import { litAt } from '../analysis/shapes.js';
import type { Check } from '../types.js';

/** A literal prefix that ends in the middle of a path segment ("/chat", "/v1/stream"). */
export function openPrefix(p: string): boolean {
  if (!p.startsWith('/') || p.length < 2) return false;
  if (!/[A-Za-z0-9]$/.test(p)) return false;
  if (/[*?[\]\\]/.test(p)) return false;
  const last = p.slice(p.lastIndexOf('/') + 1);
  return !last.includes('.') && !p.includes('?');
}

function exprLiteral(n: ExprNode): { value: string; loc: Loc } | undefined {
  if (n.type === 'braced') return { value: n.value, loc: n.loc };
  if (n.type === 'quoted' && n.parts.every((p) => p.type === 'text')) return { value: n.parts.map((p) => (p.type === 'text' ? p.value : '')).join(''), loc: n.loc };
  if (n.type === 'paren') return exprLiteral(n.expr);
  return undefined;
}

/** Only the path or URI (and values derived from it): not headers or query parameters that merely look like paths. */
function isPathValue(t: Taint): boolean {
  if (!has(t, T.PATH)) return false;
  return t.origins.every((o) => (o.bits & (T.CLIENT | T.HOST)) === 0 || (o.bits & T.PATH) !== 0);
}

export const pathPrefixWithoutBoundary: Check = {
  meta: {
    code: 'IR4006',
    name: 'path-prefix-without-boundary',
    category: 'pinning',
    severity: 'warning',
    description: 'A path prefix test (`starts_with "/chat"`, `"/chat*"`) also matches longer names such as "/chatbot".',
    help: {
      why: 'A prefix that ends inside a path segment matches every path that merely begins with the same letters: `starts_with "/chat"` matches "/chatbot", "/chat-admin" and "/chat.old", so their requests get the routing, persistence or access decision meant for /chat. Test the segment boundary: `eq "/chat" or starts_with "/chat/"` (glob: "/chat" and "/chat/*").',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::path] starts_with "/chat" } {\n    pool chat_pool\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq "/chat" or [HTTP::path] starts_with "/chat/" } {\n    pool chat_pool\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    // Prefixes tested WITH a boundary somewhere in the same scope ("/chat/" or eq "/chat"): the open one is then deliberate or covered.
    const bounded = new Map<number, Set<string>>();
    const note = (scope: number, v: string) => {
      let s = bounded.get(scope);
      if (!s) bounded.set(scope, (s = new Set()));
      s.add(v);
    };
    for (const c of a.comparisons) {
      for (const side of [c.node.left, c.node.right]) {
        const l = exprLiteral(side);
        if (l) note(c.scope.id, l.value);
      }
    }
    const covered = (scope: number, p: string) => {
      const s = bounded.get(scope);
      return !!s && (s.has(p + '/') || s.has(p + '/*'));
    };
    const glob = (p: string) => (p.endsWith('*') && !p.endsWith('/*') ? p.slice(0, -1) : undefined);
    const msg = (p: string, isGlob: boolean) =>
      isGlob
        ? `"${p}*" also matches "${p}2", "${p}-admin" ...: match "${p}" and "${p}/*" instead (and "${p}?*" when matching the URI)`
        : `starts_with "${p}" also matches "${p}2", "${p}-admin" ...: test the segment boundary (eq "${p}" or starts_with "${p}/"; with the URI also starts_with "${p}?")`;

    for (const c of a.comparisons) {
      const op = c.node.op;
      if (op !== 'starts_with' && op !== 'matches_glob') continue;
      if (!isPathValue(c.left)) continue;
      const l = exprLiteral(c.node.right);
      if (!l) continue;
      const p = op === 'starts_with' ? l.value : glob(l.value);
      if (p === undefined || !openPrefix(p) || covered(c.scope.id, p)) continue;
      ctx.report(l.loc, msg(p, op === 'matches_glob'));
    }
    for (const rec of a.commands) {
      const w = rec.cmd.words;
      if (rec.name === 'string' && litAt(w, 1) === 'match' && w.length >= 4) {
        if (!isPathValue(rec.args[w.length - 1]!)) continue;
        const pw = w[w.length - 2]!;
        const pat = literalValue(pw);
        const p = pat === undefined ? undefined : glob(pat);
        if (p !== undefined && openPrefix(p) && !covered(rec.scope.id, p)) ctx.report(pw.loc, msg(p, true));
      } else if (rec.name === 'switch') {
        const shape = switchShape(rec.cmd);
        if (!shape || shape.mode !== 'glob') continue;
        const i = w.indexOf(shape.subject);
        if (i < 0 || !isPathValue(rec.args[i]!)) continue;
        const patterns = shape.arms.flatMap((arm) => {
          const v = literalValue(arm.pattern);
          return v === undefined ? [] : [{ value: v, loc: arm.pattern.loc }];
        });
        const all = new Set(patterns.map((x) => x.value));
        for (const pt of patterns) {
          const p = glob(pt.value);
          if (p === undefined || !openPrefix(p) || all.has(p + '/*') || all.has(p + '/')) continue;
          ctx.report(pt.loc, msg(p, true));
        }
      }
    }
  },
};

