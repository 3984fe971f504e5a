// IR4004: a persistence key taken from the request (a header, a cookie, the query) with no length
// or character check before `persist`. Any client can create any number of records of any size in
// the persistence table, and can present another user's key to be sent to that user's member.

import { analyze, CLIENT_ANY, describe, has, T } from '../analysis/index.js';
import { persistKeys } from '../analysis/shapes.js';
import type { Check } from '../types.js';

export const unvalidatedPersistenceKey: Check = {
  meta: {
    code: 'IR4004',
    name: 'unvalidated-persistence-key',
    category: 'pinning',
    severity: 'warning',
    description: 'A client-controlled persistence key is used without a length or character check.',
    help: {
      why: 'The persistence table is shared by every client. With a key taken straight from a header or cookie, a client can create as many records as it likes, each as long as it likes (memory on every TMM, mirrored to the peer), and can send someone else\'s key to be sent to their member. Check the key first: a `regexp` on the expected shape, `string length` bounds, or a `class match` against known values.',
      bad: 'when HTTP_REQUEST {\n  persist uie [HTTP::header value "X-Session-ID"] 1800\n}',
      good: 'when HTTP_REQUEST {\n  set session [HTTP::header value "X-Session-ID"]\n  if { [regexp {^[A-Za-z0-9-]{16,64}$} $session] } {\n    persist uie $session 1800\n  }\n}',
    },
  },
  run(ctx) {
    for (const k of persistKeys(analyze(ctx.parsed).commands)) {
      if (!has(k.taint, CLIENT_ANY) || !has(k.taint, T.UNBOUNDED)) continue;
      ctx.report(
        k.word.loc,
        `the ${k.mode} persistence key is client-controlled (${describe(k.taint, CLIENT_ANY)}) and not validated: ` +
          'a client can create unbounded persistence records or present another user\'s key; check its shape and length first (e.g. regexp {^[A-Za-z0-9-]{8,64}$})',
      );
    }
  },
};
