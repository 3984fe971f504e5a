// IR2005: a command or event that needs a profile the virtual server does not have (HTTP::* without
// an http profile, WS::* without websocket, SSL::* without clientssl/serverssl ...). Only when the
// profiles are known (config file or `# profiles:` comment). BIG-IP refuses to attach such a rule,
// or the event never fires.

import { lookupCommand, lookupEvent } from '../../model/index.js';
import { traverse } from '../check-support/traverse.js';
import type { Check } from '../types.js';

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Does the virtual have one of `needed`? Lenient about spelling (client-ssl) and implied profiles. */
function hasAny(have: ReadonlySet<string>, needed: readonly string[]): boolean {
  for (const p of needed) {
    const n = norm(p);
    if (have.has(n)) return true;
    if ((n === 'clientssl' || n === 'serverssl') && have.has('ssl')) return true;
    // An HTTP/2 virtual has an http profile too (BIG-IP requires it).
    if (n === 'http' && have.has('http2')) return true;
  }
  return false;
}

export const missingProfile: Check = {
  meta: {
    code: 'IR2005',
    name: 'missing-profile',
    category: 'correctness',
    severity: 'warning',
    description: 'A command or event needs a profile the virtual server does not have.',
    help: {
      why: 'HTTP commands and events need an http profile on the virtual server, WS:: a websocket profile, SSL:: a client or server SSL profile, and so on. Without it BIG-IP refuses to attach the rule to the virtual, or the event simply never runs. This check runs only when the virtual\'s profiles are known (configuration file or a `# profiles: tcp, http` comment).',
      bad: '# profiles: tcp\nwhen HTTP_REQUEST {\n  HTTP::header insert X-Forwarded-Proto "https"\n}',
      good: '# profiles: tcp, http\nwhen HTTP_REQUEST {\n  HTTP::header insert X-Forwarded-Proto "https"\n}',
    },
  },
  run(ctx) {
    const profiles = ctx.virtual.profiles;
    if (!profiles) return;
    const have = new Set([...profiles].map(norm));
    const listed = profiles.size > 0 ? [...profiles].join(', ') : 'none';
    const eventMissing = new Map<object, Set<string>>();
    for (const rule of ctx.parsed.rules) {
      for (const h of rule.handlers) {
        const missing = new Set<string>();
        for (const ev of h.events) {
          const spec = lookupEvent(ev.name);
          if (!spec?.profiles || hasAny(have, spec.profiles)) continue;
          for (const p of spec.profiles) missing.add(norm(p));
          ctx.report(ev.loc, `${ev.name} never runs: it needs the ${spec.profiles.join(' or ')} profile and the virtual server has none (profiles: ${listed})`);
        }
        eventMissing.set(h, missing);
      }
    }
    const seen = new Set<string>();
    for (const site of traverse(ctx.parsed).sites) {
      if (site.name === undefined) continue;
      const name = site.bare!; // defined whenever site.name is
      const spec = lookupCommand(name);
      if (!spec?.profiles || hasAny(have, spec.profiles)) continue;
      const scope = site.handler ?? site.proc;
      const already = site.handler ? eventMissing.get(site.handler) : undefined;
      if (already && spec.profiles.some((p) => already.has(norm(p)))) continue; // the event was reported
      const key = `${scope ? scope.loc.start.offset : -1}:${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report(site.cmd.words[0]!.loc, `${name} needs the ${spec.profiles.join(' or ')} profile on the virtual server, which has none (profiles: ${listed}); add the profile or remove the command`);
    }
  },
};
