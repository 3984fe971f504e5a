// IR4008: `log local0.` on every request (or connection) of a hot event, not rate limited: `log`
// with a facility bypasses BIG-IP's log throttling (docs/bigip-reference.md §7.2), so at traffic rate it floods
// /var/log/ltm and costs CPU on the data plane. Informational: one finding per handler, for logs at
// the top of the handler or under routing conditions (path, URI, host, method) only; logs under
// other conditions (debug switches, error branches, sampling) are not reported.

import { analyze, isHotEvent, type CmdRecord } from '../analysis/index.js';
import { condTexts, logShape } from '../analysis/shapes.js';
import type { Check } from '../types.js';

const TRAFFIC_COND = /HTTP::(path|uri|host|method|query|version)|\$[\w:]*(path|uri|host|method)\b/i;
const GUARD_COND = /debug|verbose|log|trace|sampl|rand|table|clock|error|fail|status|active_members|LB::/i;

export const unthrottledLog: Check = {
  meta: {
    code: 'IR4008',
    name: 'unthrottled-log',
    category: 'pinning',
    severity: 'info',
    description: 'A `log local0.` line runs on every request of a hot event, without rate limiting.',
    help: {
      why: '`log` with a facility (`log local0.`) is not rate limited (docs/bigip-reference.md §7.2): a line on every HTTP_REQUEST writes to /var/log/ltm at traffic rate, fills the disk, drowns real errors and costs data-plane CPU; streaming and AI traffic makes it worse. Send per-request records to a remote pool with `HSL::open`/`HSL::send`, sample them, or guard them with a debug switch set in RULE_INIT.',
      bad: 'when HTTP_REQUEST {\n  log local0. "request [HTTP::uri] from [IP::client_addr]"\n}',
      good: 'when CLIENT_ACCEPTED {\n  set hsl [HSL::open -proto UDP -pool syslog_pool]\n}\nwhen HTTP_REQUEST {\n  HSL::send $hsl "request [HTTP::uri] from [IP::client_addr]"\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    const byScope = new Map<number, CmdRecord[]>();
    for (const rec of a.commands) {
      if (rec.name !== 'log' || rec.inCatch || rec.inAfter) continue;
      if (rec.scope.kind !== 'handler' || !rec.scope.events.some(isHotEvent)) continue;
      const shape = logShape(rec.cmd);
      if (!shape || shape.facility === undefined) continue; // `log MESSAGE` is rate limited by BIG-IP
      const conds = condTexts(ctx.source, rec.conds);
      if (!conds.every((t) => TRAFFIC_COND.test(t) && !GUARD_COND.test(t))) continue;
      let l = byScope.get(rec.scope.id);
      if (!l) byScope.set(rec.scope.id, (l = []));
      l.push(rec);
    }
    for (const recs of byScope.values()) {
      const first = recs[0]!;
      const ev = first.scope.events.filter(isHotEvent).join(', ');
      const more = recs.length > 1 ? ` (and ${recs.length - 1} more log line${recs.length > 2 ? 's' : ''} in this handler)` : '';
      ctx.report(
        first.cmd.words[0]!.loc,
        `this log line runs on every ${ev}${more}; "log ${logShape(first.cmd)!.facility}" is not rate limited (docs/bigip-reference.md §7.2) and at traffic rate floods /var/log/ltm: ` +
          'send it with HSL::send to a remote log pool, sample it, or guard it with a debug switch',
      );
    }
  },
};
