// IR4002: `HTTP::header insert NAME` on the request while a copy of NAME sent by the client is left
// in place. insert appends (docs/bigip-reference.md §3.4): the server receives the client's copy and the rule's, and
// many servers and frameworks read the first; HTTP::header value reads the last (§3.3). For
// observability or identity headers (X-Forwarded-For, X-AI-Conversation-ID, X-User) the client's
// copy is a spoofing vector.

import { literalValue } from '../../syntax/ast.js';
import { analyze, isRequestSide, mayRunBefore, type CmdRecord } from '../analysis/index.js';
import { condTexts, headerWrites, litAt } from '../analysis/shapes.js';
import type { Check } from '../types.js';

/** Headers where a second copy is normal and harmless. */
const LIST_HEADERS = new Set(['via', 'connection', 'keep-alive', 'te', 'accept', 'accept-encoding', 'accept-language', 'cache-control', 'pragma', 'warning']);

export const insertedHeaderNotRemoved: Check = {
  meta: {
    code: 'IR4002',
    name: 'inserted-header-not-removed',
    category: 'pinning',
    severity: 'warning',
    description: 'A request header is inserted without removing a copy the client may have sent.',
    help: {
      why: '`HTTP::header insert` appends a header even when one of that name exists (docs/bigip-reference.md §3.4). A client can send its own X-Forwarded-For or X-AI-Conversation-ID: the server then receives two, and many servers and frameworks read the first, the forged one (`HTTP::header value` in a later rule reads the last, §3.3). Remove the client\'s copy first or use `HTTP::header replace`, which leaves exactly one.',
      bad: 'when HTTP_REQUEST {\n  HTTP::header insert "X-Forwarded-For" [IP::client_addr]\n}',
      good: 'when HTTP_REQUEST {\n  HTTP::header remove "X-Forwarded-For"\n  HTTP::header insert "X-Forwarded-For" [IP::client_addr]\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    // Removals and replacements by name; a computed remove or sanitize may remove anything: stay silent.
    const removed = new Map<string, CmdRecord[]>();
    for (const rec of a.commands) {
      if (rec.name !== 'HTTP::header') continue;
      const sub = litAt(rec.cmd.words, 1);
      if (sub === 'sanitize') return;
      if (sub !== 'remove' && sub !== 'replace') continue;
      const n = rec.cmd.words[2] ? literalValue(rec.cmd.words[2]) : undefined;
      if (n === undefined) {
        if (sub === 'remove') return;
        continue;
      }
      const k = n.toLowerCase();
      let l = removed.get(k);
      if (!l) removed.set(k, (l = []));
      l.push(rec);
    }
    for (const rec of a.commands) {
      if (rec.name !== 'HTTP::header' || !isRequestSide(rec.scope.events)) continue;
      const writes = headerWrites(rec.cmd);
      if (!writes || writes.sub !== 'insert') continue;
      for (const p of writes.pairs) {
        const nameWord = rec.cmd.words[p.name]!;
        const name = literalValue(nameWord);
        if (name === undefined) continue;
        const k = name.toLowerCase();
        if (LIST_HEADERS.has(k)) continue;
        const earlier = (removed.get(k) ?? []).some((r) =>
          r.scope === rec.scope
            ? r.cmd.loc.start.offset < rec.cmd.loc.start.offset
            : r.scope.kind === 'proc' || r.scope.events.some((e) => rec.scope.events.some((x) => mayRunBefore(e, x))));
        if (earlier) continue;
        // `if { ![HTTP::header exists X] } { HTTP::header insert X ... }`: only when the client sent none.
        if (condTexts(ctx.source, rec.conds).some((t) => t.toLowerCase().includes(k))) continue;
        ctx.report(
          nameWord.loc,
          `${name} is inserted but a copy sent by the client is not removed first: the server receives both and may trust the forged one ` +
            `(insert appends, docs/bigip-reference.md §3.4; HTTP::header value reads only the last copy, §3.3); use "HTTP::header replace ${name} ..." or "HTTP::header remove ${name}" before the insert`,
        );
      }
    }
  },
};
