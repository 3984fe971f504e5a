// Helpers and event families shared by the command data files.

import type { ArgShape, CommandSpec, EventName, SubcommandSpec } from '../types.js';

export const TMSH13 = 'https://clouddocs.f5.com/cli/tmsh-reference/v13/modules/ltm/ltm_rule_command_';
export const TMSH16 = 'https://clouddocs.f5.com/cli/tmsh-reference/v16/modules/ltm/ltm_rule_command_';
export const TMSH_LATEST = 'https://clouddocs.f5.com/cli/tmsh-reference/latest/modules/ltm/ltm_rule_command_';
const CLOUDDOCS = 'https://clouddocs.f5.com/api/irules/';

/** clouddocs page of an iRule command: 'HTTP::header' -> .../HTTP__header.html */
export function docUrl(name: string): string {
  return `${CLOUDDOCS}${name.replace(/::/g, '__')}.html`;
}

export function a(min: number, max: number | null): ArgShape {
  return { min, max };
}

export function sub(min: number, max: number | null, extra: Partial<SubcommandSpec> = {}): SubcommandSpec {
  return { min, max, ...extra };
}

export type Def = Omit<Partial<CommandSpec>, 'name' | 'args'> & { synopsis?: string[] };

/** Build a spec; events default to 'any' and verified to false. */
export function cmd(name: string, args: ArgShape, def: Def = {}): CommandSpec {
  const spec: CommandSpec = {
    name,
    synopsis: def.synopsis ?? [name],
    args,
    events: def.events ?? 'any',
    verified: def.verified ?? false,
  };
  const { synopsis: _s, events: _e, verified: _v, ...rest } = def;
  return Object.assign(spec, rest);
}

/**
 * Provenance of a syntax taken from F5's page for `name` as public tooling transcribes it, where the
 * page itself could not be opened to check it: inferred, so a wrong count is at most a warning.
 */
export function uncheckedSyntax(name: string): Def['provenance'] {
  return { syntax: { kind: 'inferred', note: `F5's synopsis at ${docUrl(name)} as transcribed elsewhere; the page was not checked` } };
}

/** `list` minus `drop`, keeping order. */
export function without(list: readonly EventName[], drop: readonly EventName[]): EventName[] {
  const d = new Set(drop);
  return list.filter((e) => !d.has(e));
}

export function union(...lists: (readonly EventName[])[]): EventName[] {
  const out: EventName[] = [];
  const seen = new Set<string>();
  for (const l of lists) for (const e of l) if (!seen.has(e)) { seen.add(e); out.push(e); }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Event families.

/**
 * F5's "valid during" list of TCP::payload, TCP::release and TCP::respond (tmsh v13/v16 pages).
 */
export const TCP_DATA_EVENTS: EventName[] = [
  'CLIENT_ACCEPTED', 'CLIENT_CLOSED', 'CLIENT_DATA', 'SERVER_CLOSED', 'SERVER_CONNECTED', 'SERVER_DATA',
  'SIP_REQUEST', 'SIP_REQUEST_SEND', 'SIP_RESPONSE', 'STREAM_MATCHED',
];

/** Events raised by the HTTP filter itself. */
const HTTP_EVENTS: EventName[] = [
  'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_REQUEST_SEND', 'HTTP_REQUEST_RELEASE',
  'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA', 'HTTP_RESPONSE_CONTINUE', 'HTTP_RESPONSE_RELEASE',
  'HTTP_CLASS_FAILED', 'HTTP_CLASS_SELECTED', 'HTTP_DISABLED', 'HTTP_REJECT',
  'HTTP_PROXY_REQUEST', 'HTTP_PROXY_CONNECT', 'HTTP_PROXY_RESPONSE',
];

/**
 * Permissive family for HTTP:: commands whose own F5 list could not be read: every event that
 * runs with an HTTP transaction in progress (HTTP filter events, modules layered on HTTP, APM,
 * auth/name-resolution completions that resume HTTP) plus the load-balancing and server-side
 * events that fall between request and response. It leaves out the events that precede HTTP
 * parsing or have no HTTP context: RULE_INIT, FLOW_INIT, CLIENT_ACCEPTED, CLIENT_DATA,
 * CLIENT_CLOSED, the SSL handshake events, DNS and the non-HTTP protocol events. docs/bigip-reference.md §9.1
 * names "HTTP commands in CLIENT_ACCEPTED" as a load-time failure.
 */
export const HTTP_FAMILY: EventName[] = union(HTTP_EVENTS, [
  'PING_REQUEST_READY', 'PING_RESPONSE_READY',
  'CACHE_REQUEST', 'CACHE_RESPONSE', 'CACHE_UPDATE',
  'ASM_REQUEST_DONE', 'ASM_REQUEST_VIOLATION', 'ASM_REQUEST_BLOCKING', 'ASM_RESPONSE_VIOLATION', 'ASM_RESPONSE_LOGIN',
  'REWRITE_REQUEST', 'REWRITE_REQUEST_DONE', 'REWRITE_RESPONSE', 'REWRITE_RESPONSE_DONE',
  'HTML_COMMENT_MATCHED', 'HTML_TAG_MATCHED', 'STREAM_MATCHED',
  'WS_REQUEST', 'WS_RESPONSE',
  'ACCESS_ACL_ALLOWED', 'ACCESS_ACL_DENIED', 'ACCESS_POLICY_AGENT_EVENT', 'ACCESS_POLICY_COMPLETED',
  'ACCESS_PER_REQUEST_AGENT_EVENT', 'ACCESS_SESSION_STARTED', 'EPI_NA_CHECK_HTTP_REQUEST',
  'ADAPT_REQUEST_HEADERS', 'ADAPT_REQUEST_RESULT', 'ADAPT_RESPONSE_HEADERS', 'ADAPT_RESPONSE_RESULT',
  'ICAP_REQUEST', 'ICAP_RESPONSE',
  'XML_CONTENT_BASED_ROUTING', 'XML_BEGIN_DOCUMENT', 'XML_BEGIN_ELEMENT', 'XML_CDATA', 'XML_END_DOCUMENT',
  'XML_END_ELEMENT', 'XML_EVENT',
  'JSON_REQUEST', 'JSON_REQUEST_MISSING', 'JSON_REQUEST_ERROR', 'JSON_RESPONSE', 'JSON_RESPONSE_MISSING',
  'JSON_RESPONSE_ERROR', 'SSE_RESPONSE',
  'BOTDEFENSE_REQUEST', 'BOTDEFENSE_ACTION', 'ANTIFRAUD_LOGIN', 'ANTIFRAUD_ALERT', 'IN_DOSL7_ATTACK',
  'CATEGORY_MATCHED', 'AVR_CSPM_INJECTION', 'ECA_REQUEST_ALLOWED', 'ECA_REQUEST_DENIED',
  'AUTH_RESULT', 'AUTH_ERROR', 'AUTH_FAILURE', 'AUTH_SUCCESS', 'AUTH_WANTCREDENTIAL', 'NAME_RESOLVED',
  'LB_SELECTED', 'LB_FAILED', 'LB_QUEUED', 'PERSIST_DOWN', 'SA_PICKED', 'SERVER_INIT', 'SERVER_CONNECTED',
  'MR_INGRESS', 'MR_EGRESS', 'MR_FAILED', 'MR_DATA',
]);

export const HTTP_FAMILY_NOTE =
  "F5's own list for this command could not be read; events = the permissive HTTP family (see HTTP_FAMILY in commands/_shared.ts).";

/** Response-side HTTP events (no status code exists before a response). */
export const HTTP_RESPONSE_SIDE: EventName[] = [
  'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA', 'HTTP_RESPONSE_CONTINUE', 'HTTP_RESPONSE_RELEASE', 'HTTP_PROXY_RESPONSE',
  'CACHE_RESPONSE', 'CACHE_UPDATE', 'ASM_RESPONSE_VIOLATION', 'ASM_RESPONSE_LOGIN', 'REWRITE_RESPONSE',
  'REWRITE_RESPONSE_DONE', 'HTML_COMMENT_MATCHED', 'HTML_TAG_MATCHED', 'WS_RESPONSE', 'ADAPT_RESPONSE_HEADERS',
  'ADAPT_RESPONSE_RESULT', 'ICAP_RESPONSE', 'JSON_RESPONSE', 'JSON_RESPONSE_MISSING', 'JSON_RESPONSE_ERROR',
  'SSE_RESPONSE', 'ANTIFRAUD_LOGIN', 'AVR_CSPM_INJECTION', 'STREAM_MATCHED', 'MR_INGRESS', 'MR_EGRESS',
  'MR_FAILED', 'MR_DATA',
];

/** The LAB-measured rejection of traffic-context commands in RULE_INIT (docs/bigip-reference.md §9.1). */
export const REJECTED_IN_RULE_INIT: EventName[] = ['RULE_INIT'];
export const LAB_SOURCE_NOTE = '[LAB] load-time matrix, docs/bigip-reference.md §9.1';
