// IR4005: a persistence key that is empty when the header, cookie or parameter it comes from is
// missing (HTTP::header value returns "" for an absent header, docs/bigip-reference.md §3.3). Every such request
// then shares one record: all of them go to the same member.

import { literalValue } from '../../syntax/ast.js';
import { analyze, describe, has, T } from '../analysis/index.js';
import { persistKeys } from '../analysis/shapes.js';
import type { Check } from '../types.js';

export const emptyPersistenceKey: Check = {
  meta: {
    code: 'IR4005',
    name: 'empty-persistence-key',
    category: 'pinning',
    severity: 'warning',
    description: 'The persistence key is empty when the header or cookie it comes from is missing.',
    help: {
      why: '`HTTP::header value` and `HTTP::cookie value` return an empty string when the client did not send the header or cookie (docs/bigip-reference.md §3.3). `persist uie ""` then puts every such request in one shared record (all of them pinned to one member, defeating load balancing) or fails at run time. Check that the value is not empty, and fall back to another key or to plain load balancing.',
      bad: 'when HTTP_REQUEST {\n  persist uie [HTTP::header value "X-Session-ID"] 1800\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::header exists "X-Session-ID"] } {\n    persist uie [HTTP::header value "X-Session-ID"] 1800\n  }\n}',
    },
  },
  run(ctx) {
    for (const k of persistKeys(analyze(ctx.parsed).commands)) {
      if (literalValue(k.word) === '') {
        ctx.report(k.word.loc, `the ${k.mode} persistence key is empty: every request shares one record; use a key that identifies the client or session`);
        continue;
      }
      if (!has(k.taint, T.EMPTY)) continue;
      ctx.report(
        k.word.loc,
        `the ${k.mode} persistence key is empty when ${describe(k.taint, T.EMPTY)} is missing: all such requests share the record for "" (one member for all of them); ` +
          'check it first (if { $key ne "" }) and fall back to another key or to load balancing',
      );
    }
  },
};
