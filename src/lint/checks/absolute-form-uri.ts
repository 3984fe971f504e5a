// IR4007: routing on HTTP::path / HTTP::uri with tests anchored at "/", in a handler that makes a
// routing decision (pool, persist, node, respond ...). For an absolute-form request line
// (`GET http://host/chat HTTP/1.1`, which HTTP/1.1 servers must accept) both commands return the
// whole URI (docs/bigip-reference.md §3.2a, F5 SOL9952), so "/chat" tests fail and the request takes the default
// path: a bypass of path-based routing, persistence and access rules. Informational: one finding
// per handler; silent when the rule handles absolute URIs somewhere (URI::path, "://" patterns).

import { literalValue, type Loc } from '../../syntax/ast.js';
import type { ExprNode } from '../../syntax/expr/ast.js';
import { analyze, has, isRequestSide, T, type Taint } from '../analysis/index.js';
import { switchShape } from '../check-support/structure.js';
import { litAt } from '../analysis/shapes.js';
import type { Check } from '../types.js';
import { lookupModel } from '../../model/index.js';

/** Commands that decide what happens to the request: route it, rewrite its target, answer it or end the connection (the model's effects). */
function routes(name: string): boolean {
  const spec = lookupModel(name);
  return spec !== undefined && (spec.routes === true || spec.responseFlow === 'responds' || spec.responseFlow === 'ends');
}
const ANCHORED_OPS = new Set(['starts_with', 'eq', '==', 'equals', 'matches_glob', 'ne', '!=']);

function exprLiteral(n: ExprNode): string | undefined {
  if (n.type === 'braced') return n.value;
  if (n.type === 'quoted' && n.parts.every((p) => p.type === 'text')) return n.parts.map((p) => (p.type === 'text' ? p.value : '')).join('');
  if (n.type === 'paren') return exprLiteral(n.expr);
  return undefined;
}

function pathOnly(t: Taint): boolean {
  return has(t, T.PATH) && t.origins.every((o) => (o.bits & (T.CLIENT | T.HOST)) === 0 || (o.bits & T.PATH) !== 0);
}

export const absoluteFormUri: Check = {
  meta: {
    code: 'IR4007',
    name: 'absolute-form-uri',
    category: 'pinning',
    severity: 'info',
    description: 'Routing tests on `HTTP::path`/`HTTP::uri` assume "/..." and miss absolute-form requests (`GET http://host/path`).',
    help: {
      why: 'HTTP/1.1 servers must accept a request line with a full URI (`GET http://api.example/chat HTTP/1.1`), and for such a request `HTTP::path` and `HTTP::uri` return the whole URI, scheme and host included (docs/bigip-reference.md §3.2a, F5 SOL9952). Tests anchored at "/" (`starts_with "/chat"`, `eq "/chat"`, glob "/chat*") then fail, and the request skips the routing, persistence or access decision: a client can bypass path-based rules that way. Normalise first (`set path [URI::path [HTTP::uri]]`-style parsing, or reject requests whose path does not start with "/").',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::path] starts_with "/admin/" } {\n    reject\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { not ([HTTP::path] starts_with "/") } {\n    HTTP::respond 400 content "absolute-form request lines are not accepted"\n    return\n  }\n  if { [HTTP::path] starts_with "/admin/" } {\n    reject\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    const routingScopes = new Set(a.commands.filter((r) => r.name !== undefined && routes(r.name) && (r.cmd.words.length > 1 || !r.name.startsWith('HTTP::'))).map((r) => r.scope.id));
    const done = new Set<number>();
    const report = (scopeId: number, loc: Loc, what: string) => {
      if (done.has(scopeId)) return;
      done.add(scopeId);
      ctx.report(
        loc,
        `${what} assumes an origin-form request ("GET /path"); for an absolute-form request line ("GET http://host/path HTTP/1.1") ` +
          'HTTP::path and HTTP::uri return the whole URI (docs/bigip-reference.md §3.2a), so this test does not match and the request skips this routing decision; ' +
          'reject or normalise request targets that do not start with "/" first',
      );
    };
    // The first anchored test of each scope (comparisons and commands are each in source order).
    const first = new Map<number, { scope: number; loc: Loc; what: string; offset: number }>();
    const candidates = {
      push(c: { scope: number; loc: Loc; what: string; offset: number }) {
        const prev = first.get(c.scope);
        if (!prev || c.offset < prev.offset) first.set(c.scope, c);
      },
      has: (scope: number) => first.has(scope),
    };
    for (const c of a.comparisons) {
      if (candidates.has(c.scope.id) || !ANCHORED_OPS.has(c.node.op) || !isRequestSide(c.scope.events) || !routingScopes.has(c.scope.id)) continue;
      if (!pathOnly(c.left)) continue;
      const l = exprLiteral(c.node.right);
      if (l === undefined || !l.startsWith('/') || l === '/') continue;
      candidates.push({ scope: c.scope.id, loc: c.node.left.loc, what: `this test on ${c.left.origins[0]?.what ?? 'the path'}`, offset: c.node.loc.start.offset });
    }
    for (const rec of a.commands) {
      if (!isRequestSide(rec.scope.events) || !routingScopes.has(rec.scope.id)) continue;
      if (rec.name === 'switch') {
        const shape = switchShape(rec.cmd);
        if (!shape || shape.mode === 'regexp') continue;
        const i = rec.cmd.words.indexOf(shape.subject);
        if (i < 0 || !pathOnly(rec.args[i]!)) continue;
        if (!shape.arms.some((arm) => literalValue(arm.pattern)?.startsWith('/'))) continue;
        if (shape.arms.some((arm) => literalValue(arm.pattern)?.startsWith('*'))) continue;
        candidates.push({ scope: rec.scope.id, loc: shape.subject.loc, what: `switch on ${rec.args[i]!.origins[0]?.what ?? 'the path'}`, offset: rec.cmd.loc.start.offset });
      } else if (rec.name === 'string' && litAt(rec.cmd.words, 1) === 'match') {
        const w = rec.cmd.words;
        if (w.length < 4 || !pathOnly(rec.args[w.length - 1]!)) continue;
        if (!litAt(w, w.length - 2)?.startsWith('/')) continue;
        candidates.push({ scope: rec.scope.id, loc: w[w.length - 1]!.loc, what: 'string match on the path', offset: rec.cmd.loc.start.offset });
      }
    }
    if (first.size === 0) return;
    // Does the rule handle absolute URIs anywhere? Then stay silent.
    for (const rec of a.commands) {
      if (rec.name === 'URI::path' || rec.name === 'URI::host' || rec.name === 'URI::basename') return;
    }
    // ... a test that the target starts with "/" (`starts_with "/"`, `string match "/*"`), or a pattern for absolute URIs?
    const absolute = (l: string) => l.includes('://') || /^\^?https?\b|^\*?http/i.test(l);
    for (const c of a.comparisons) {
      const l = exprLiteral(c.node.right);
      if (l === undefined) continue;
      if ((c.node.op === 'starts_with' && l === '/') || (c.node.op === 'matches_glob' && l === '/*') || absolute(l)) return;
    }
    for (const rec of a.commands) {
      if (rec.name !== 'regexp' && rec.name !== 'string' && rec.name !== 'switch') continue;
      for (const w of rec.cmd.words) {
        const v = literalValue(w);
        if (v !== undefined && (absolute(v) || (rec.name === 'string' && v === '/*'))) return;
      }
    }

    for (const c of [...first.values()].sort((x, y) => x.offset - y.offset)) report(c.scope, c.loc, c.what);
  },
};
