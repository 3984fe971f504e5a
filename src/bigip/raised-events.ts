// Which events the emulated virtual server raises, so that a rule handling any other event is reported
// when it loads ("handler never runs: EVENT (why)") instead of loading silently and never running.

import { lookupEvent } from '../model/index.js';

export interface NotRaised {
  rule: string;
  event: string;
  reason: string;
}

/** Events raised on an HTTP virtual server, in BIG-IP's order (docs/behaviour.md "Events and errors"). */
export const RAISED_EVENTS: ReadonlySet<string> = new Set([
  'RULE_INIT', 'FLOW_INIT', 'CLIENT_ACCEPTED', 'CLIENT_DATA', 'CLIENTSSL_CLIENTHELLO', 'CLIENTSSL_CLIENTCERT', 'CLIENTSSL_HANDSHAKE',
  'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'LB_SELECTED', 'LB_FAILED', 'PERSIST_DOWN',
  'SERVER_CONNECTED', 'HTTP_REQUEST_SEND', 'HTTP_REQUEST_RELEASE',
  'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA', 'HTTP_RESPONSE_RELEASE', 'SERVER_CLOSED', 'CLIENT_CLOSED',
]);

/** The ASM request events the emulator raises when the scenario gives a security policy. */
const ASM_REQUEST_EVENTS: ReadonlySet<string> = new Set(['ASM_REQUEST_DONE', 'ASM_REQUEST_VIOLATION']);

/** What the emulator knows about the virtual's profiles. */
interface ProfileView {
  clientssl: boolean;
  facts: { asm?: { mode: 'normal' | 'compatibility' }; tls?: { clientCertificate?: unknown } };
  options: { virtual: { profiles: { http: boolean } } };
}

/** Why `event` never runs on this virtual server, or null when the emulator raises it. */
export function notRaisedReason(event: string, vs: ProfileView): string | null {
  // Raised when the client sends its certificate message (https://clouddocs.f5.com/api/irules/CLIENTSSL_CLIENTCERT.html).
  if (event === 'CLIENTSSL_CLIENTCERT' && vs.clientssl && !vs.facts.tls?.clientCertificate) {
    return 'the client sends no certificate: give it as tls.clientCertificate in the scenario';
  }
  if (event.startsWith('CLIENTSSL_') && RAISED_EVENTS.has(event)) {
    if (!vs.clientssl) return 'needs a client SSL profile: give the TLS session as tls in the scenario';
    return null;
  }
  if (event.startsWith('HTTP_') && RAISED_EVENTS.has(event)) return vs.options.virtual.profiles.http ? null : 'needs an HTTP profile (virtual.profiles.http)';
  if (RAISED_EVENTS.has(event)) return null;
  if (ASM_REQUEST_EVENTS.has(event)) {
    const asm = vs.facts.asm;
    if (!asm) return 'needs an ASM security policy: give it as asm in the scenario';
    if (event === 'ASM_REQUEST_DONE' && asm.mode !== 'normal') return 'raised in normal mode only (asm.mode is compatibility)';
    if (event === 'ASM_REQUEST_VIOLATION' && asm.mode !== 'compatibility') return 'raised in compatibility mode only (asm.mode is normal): use ASM_REQUEST_DONE';
    return null;
  }
  const spec = lookupEvent(event);
  if (!spec) return 'not a BIG-IP event';
  const profiles = spec.profiles?.length ? ` (BIG-IP raises it with the ${spec.profiles.join(' or ')} profile)` : '';
  return `not emulated: the emulator does not raise ${event}${profiles}`;
}
