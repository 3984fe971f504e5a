// IR4001: a credential (X-API-Key, Authorization, Cookie / Set-Cookie values, HTTP::password, or a
// variable that may hold one) written to the log, to high-speed logging, or into another header.
// The AI pinning rule's fallback `set conversation_id [HTTP::header value "X-API-Key"]` followed by
// `log ... session=$conversation_id` and `HTTP::header insert "X-AI-Conversation-ID" $conversation_id`
// is the motivating case.

import { literalValue } from '../../syntax/ast.js';
import { analyze, describe, has, isSecretHeader, T, type CmdRecord } from '../analysis/index.js';
import { headerWrites, logShape } from '../analysis/shapes.js';
import type { Check } from '../types.js';

export const secretLeak: Check = {
  meta: {
    code: 'IR4001',
    name: 'secret-leak',
    category: 'pinning',
    severity: 'warning',
    description: 'A credential (API key, Authorization, cookie value) reaches a log line or another header.',
    help: {
      why: 'API keys, Authorization values and session cookies are credentials. Written with `log` they land in /var/log/ltm (readable by every administrator, copied to remote syslog and support snapshots); sent with `HSL::send` they land in the log platform; copied into another request header (an observability or session header) they reach backend access logs and tracing systems. A session-pinning key that may fall back to the API key leaks it everywhere the key goes. Log and forward a hash of the credential (`sha256`, then `b64encode`) or leave it out.',
      bad: 'when HTTP_REQUEST {\n  set session [HTTP::header value "X-API-Key"]\n  log local0. "session=$session"\n}',
      good: 'when HTTP_REQUEST {\n  set session [b64encode [sha256 [HTTP::header value "X-API-Key"]]]\n  log local0. "session=$session"\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    const report = (rec: CmdRecord, i: number, where: string) => {
      const t = rec.args[i]!;
      if (!has(t, T.SECRET)) return;
      ctx.report(rec.cmd.words[i]!.loc, `a credential (${describe(t, T.SECRET)}) ${where}; use a hash of it (b64encode [sha256 ...]) or leave it out`);
    };
    for (const rec of a.commands) {
      const w = rec.cmd.words;
      if (rec.name === 'log') {
        const shape = logShape(rec.cmd);
        if (shape) report(rec, shape.message, 'is written to the log (/var/log/ltm, remote syslog, support files)');
      } else if (rec.name === 'HSL::send' && w.length === 3) {
        report(rec, 2, 'is sent to the remote log servers');
      } else if (rec.name === 'HTTP::header') {
        const writes = headerWrites(rec.cmd);
        if (!writes) continue;
        for (const p of writes.pairs) {
          const name = w[p.name] ? literalValue(w[p.name]!) : undefined;
          // Forwarding a credential in a credential header (Authorization, Cookie) is what they are for.
          if (name === undefined || isSecretHeader(name) || !w[p.value]) continue;
          report(rec, p.value, `is copied into the ${name} header, where backend access logs and tracing keep it`);
        }
      }
    }
  },
};
