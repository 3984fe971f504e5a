// IR4003: a persistence key that changes on every connection or request (Sec-WebSocket-Key,
// X-Request-ID, clock, rand(), the client port). It pins nothing: the next connection of the same
// client or conversation gets a new key and is load-balanced afresh, and every connection leaves
// its own record in the persistence table until it times out.

import { analyze, describe, has, T } from '../analysis/index.js';
import { persistKeys } from '../analysis/shapes.js';
import type { Check } from '../types.js';

export const randomPersistenceKey: Check = {
  meta: {
    code: 'IR4003',
    name: 'random-persistence-key',
    category: 'pinning',
    severity: 'warning',
    description: 'The persistence key is different on every connection or request, so it pins nothing.',
    help: {
      why: 'Persistence exists to send the next request of the same client or conversation to the same member. A key from Sec-WebSocket-Key (random per handshake), X-Request-ID or a trace id (new per request), `clock`, `rand()` or the client port (new per connection) is never seen again: reconnects land anywhere (an LLM conversation loses its KV cache, a WebSocket client its session), and each connection adds a record to the persistence table until it times out. Use an identifier the client keeps: a conversation or session id, a cookie.',
      bad: 'when HTTP_REQUEST {\n  persist uie [HTTP::header value "Sec-WebSocket-Key"] 1800\n}',
      good: 'when HTTP_REQUEST {\n  set session [HTTP::cookie value "chat_session"]\n  if { [regexp {^[A-Za-z0-9-]{16,64}$} $session] } {\n    persist uie $session 1800\n  }\n}',
    },
  },
  run(ctx) {
    for (const k of persistKeys(analyze(ctx.parsed).commands)) {
      if (!has(k.taint, T.RANDOM)) continue;
      ctx.report(
        k.word.loc,
        `the ${k.mode} persistence key may come from ${describe(k.taint, T.RANDOM)}, which is new on every connection or request: ` +
          'reconnects are not pinned to the same member and every connection adds a persistence record; key on an identifier the client keeps (a conversation or session id)',
      );
    }
  },
};
