// When events run relative to one another on one client connection, and which side of the proxy
// an event sees (docs/bigip-reference.md §2.1, §2.5). The dataflow checks use it to decide whether
// a variable set in one event can already be set when another event reads it.
//
// The rank is the order of the FIRST occurrence of each event on a connection. Keep-alive requests
// repeat HTTP_REQUEST .. HTTP_RESPONSE_RELEASE, but a variable read in HTTP_REQUEST and set only in
// HTTP_RESPONSE is still unset on the first request (a Tcl error that resets the connection), so the
// lower rank is what matters. Events of equal rank are alternatives (LB_SELECTED / LB_FAILED).

const RANK: Record<string, number> = {
  RULE_INIT: -1,
  FLOW_INIT: 0,
  CLIENT_ACCEPTED: 1,
  CLIENTSSL_CLIENTHELLO: 2,
  CLIENTSSL_SERVERHELLO_SEND: 2.1,
  CLIENTSSL_CLIENTCERT: 2.2,
  CLIENTSSL_HANDSHAKE: 2.3,
  CLIENTSSL_PASSTHROUGH: 2.3,
  CLIENTSSL_DATA: 2.4,
  CLIENT_DATA: 2.5,
  HTTP_PROXY_REQUEST: 2.9,
  HTTP_PROXY_CONNECT: 2.9,
  HTTP_REQUEST: 3,
  HTTP_CLASS_SELECTED: 3.01,
  HTTP_CLASS_FAILED: 3.01,
  ACCESS_SESSION_STARTED: 3.1,
  ACCESS_POLICY_AGENT_EVENT: 3.2,
  ACCESS_POLICY_COMPLETED: 3.3,
  ACCESS_ACL_ALLOWED: 3.4,
  ACCESS_ACL_DENIED: 3.4,
  ASM_REQUEST_DONE: 3.5,
  ASM_REQUEST_VIOLATION: 3.5,
  ASM_REQUEST_BLOCKING: 3.55,
  HTTP_REQUEST_DATA: 3.6,
  CACHE_REQUEST: 3.7,
  LB_QUEUED: 3.9,
  PERSIST_DOWN: 3.95,
  LB_SELECTED: 4,
  LB_FAILED: 4,
  SA_PICKED: 4.5,
  SERVER_INIT: 4.6,
  SERVER_CONNECTED: 5,
  SERVERSSL_CLIENTHELLO_SEND: 5.1,
  SERVERSSL_SERVERHELLO: 5.2,
  SERVERSSL_SERVERCERT: 5.25,
  SERVERSSL_HANDSHAKE: 5.3,
  SERVERSSL_DATA: 5.4,
  HTTP_REQUEST_SEND: 6,
  HTTP_REQUEST_RELEASE: 6.1,
  SERVER_DATA: 6.5,
  HTTP_RESPONSE_CONTINUE: 6.9,
  HTTP_RESPONSE: 7,
  CACHE_RESPONSE: 7.1,
  HTTP_RESPONSE_DATA: 7.2,
  ASM_RESPONSE_VIOLATION: 7.3,
  HTTP_RESPONSE_RELEASE: 7.5,
  WS_REQUEST: 2.95,
  WS_RESPONSE: 7.05,
  WS_CLIENT_FRAME: 8,
  WS_CLIENT_DATA: 8.1,
  WS_CLIENT_FRAME_DONE: 8.2,
  WS_SERVER_FRAME: 8,
  WS_SERVER_DATA: 8.1,
  WS_SERVER_FRAME_DONE: 8.2,
  SERVER_CLOSED: 9,
  CLIENT_CLOSED: 10,
};

/** First-occurrence order of an event on a connection; undefined for events we cannot place. */
export function eventRank(name: string): number | undefined {
  return RANK[name];
}

/**
 * Can a handler of `earlier` have run before a handler of `later` (on the path where `later` runs for
 * the first time)? Unknown events answer true (no guess), as do two handlers of the same event.
 */
export function mayRunBefore(earlier: string, later: string): boolean {
  if (earlier === later) return true;
  const a = RANK[earlier];
  const b = RANK[later];
  if (a === undefined || b === undefined) return true;
  return a < b;
}

/** Events where HTTP::header / HTTP::cookie / HTTP::payload read the client's request. */
const REQUEST_SIDE = new Set([
  'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_REQUEST_SEND', 'HTTP_REQUEST_RELEASE', 'HTTP_PROXY_REQUEST', 'HTTP_PROXY_CONNECT',
  'HTTP_CLASS_SELECTED', 'HTTP_CLASS_FAILED', 'CACHE_REQUEST', 'ASM_REQUEST_DONE', 'ASM_REQUEST_VIOLATION', 'ASM_REQUEST_BLOCKING',
  'ACCESS_SESSION_STARTED', 'ACCESS_POLICY_AGENT_EVENT', 'ACCESS_POLICY_COMPLETED', 'ACCESS_ACL_ALLOWED', 'ACCESS_ACL_DENIED',
  'ACCESS_PER_REQUEST_AGENT_EVENT', 'REWRITE_REQUEST', 'REWRITE_REQUEST_DONE', 'LB_SELECTED', 'LB_FAILED', 'PERSIST_DOWN',
  'WS_REQUEST', 'BOTDEFENSE_REQUEST', 'ADAPT_REQUEST_HEADERS', 'ICAP_REQUEST', 'JSON_REQUEST', 'XML_CONTENT_BASED_ROUTING',
  'CLIENT_DATA', 'CLIENTSSL_DATA', 'WS_CLIENT_FRAME', 'WS_CLIENT_DATA',
]);

/** Events where HTTP::header / HTTP::respond work on the response that goes back to the client. */
const RESPONSE_SIDE = new Set([
  'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA', 'HTTP_RESPONSE_CONTINUE', 'HTTP_RESPONSE_RELEASE', 'CACHE_RESPONSE',
  'ASM_RESPONSE_VIOLATION', 'REWRITE_RESPONSE', 'REWRITE_RESPONSE_DONE', 'HTTP_PROXY_RESPONSE', 'WS_RESPONSE',
  'ADAPT_RESPONSE_HEADERS', 'ICAP_RESPONSE', 'JSON_RESPONSE', 'SSE_RESPONSE', 'SERVER_DATA', 'WS_SERVER_FRAME', 'WS_SERVER_DATA',
]);

export function isRequestSide(events: readonly string[]): boolean {
  return events.length > 0 && events.every((e) => REQUEST_SIDE.has(e));
}

export function isResponseSide(events: readonly string[]): boolean {
  return events.length > 0 && events.every((e) => RESPONSE_SIDE.has(e));
}

/** Events that run for every connection or every request: a log line there runs at traffic rate. */
const HOT = new Set([
  'FLOW_INIT', 'CLIENT_ACCEPTED', 'CLIENT_DATA', 'CLIENT_CLOSED', 'CLIENTSSL_CLIENTHELLO', 'CLIENTSSL_HANDSHAKE', 'CLIENTSSL_DATA',
  'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_REQUEST_SEND', 'HTTP_REQUEST_RELEASE', 'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA',
  'HTTP_RESPONSE_RELEASE', 'LB_SELECTED', 'SERVER_CONNECTED', 'SERVER_DATA', 'SERVER_CLOSED', 'SERVERSSL_HANDSHAKE',
  'WS_REQUEST', 'WS_RESPONSE', 'WS_CLIENT_FRAME', 'WS_CLIENT_DATA', 'WS_SERVER_FRAME', 'WS_SERVER_DATA', 'DNS_REQUEST', 'DNS_RESPONSE',
  'CACHE_REQUEST', 'CACHE_RESPONSE', 'SSE_RESPONSE', 'MR_INGRESS', 'MR_EGRESS',
]);

export function isHotEvent(name: string): boolean {
  return HOT.has(name);
}
