// iRule events known to BIG-IP, with the profile that raises them and the side of the proxy
// they run on. Names: F5's iRules "Events" reference (https://clouddocs.f5.com/api/irules/Events.html)
// and the tmsh `ltm rule event <NAME>` pages; descriptions are paraphrased.

import type { EventSpec } from './types.js';

type Side = EventSpec['side'];

function ev(name: string, side: Side, profiles: string[] | undefined, description: string, deprecated?: string): EventSpec {
  const e: EventSpec = { name, side, description };
  if (profiles && profiles.length > 0) e.profiles = profiles;
  if (deprecated) e.deprecated = deprecated;
  return e;
}

const HTTP = ['http'];
const HTTP_OR_FAST = ['http', 'fasthttp'];
const CSSL = ['clientssl'];
const SSSL = ['serverssl'];

export const EVENTS: EventSpec[] = [
  // Global / L4
  ev('RULE_INIT', 'global', undefined, 'Runs once when the rule is loaded or changed (configuration load, save, restart); used to set static:: variables.'),
  ev('FLOW_INIT', 'client', undefined, 'Runs once per new TCP flow or unique UDP/IP flow, after packet filters and before CLIENT_ACCEPTED.'),
  ev('CLIENT_ACCEPTED', 'client', undefined, 'A client connection was accepted (after the TCP handshake, or on the first UDP datagram).'),
  ev('CLIENT_DATA', 'client', undefined, 'New client data arrived while collecting (TCP::collect / UDP).'),
  ev('CLIENT_CLOSED', 'client', undefined, 'The client-side connection closed.'),
  ev('LB_SELECTED', 'client', undefined, 'Load balancing (persistence included) chose a pool member.'),
  ev('LB_FAILED', 'client', undefined, 'No pool or member could be selected, or the selected one is unreachable.'),
  ev('LB_QUEUED', 'client', undefined, 'The connection was queued because of a pool or member connection limit.'),
  ev('PERSIST_DOWN', 'client', undefined, 'Persistence points to a node or pool member that is marked down.'),
  ev('SA_PICKED', 'server', undefined, 'Source address translation was chosen, before the server-side flow is set up.'),
  ev('SERVER_INIT', 'server', undefined, 'The server-side connection is about to be initiated (SYN not sent yet).'),
  ev('SERVER_CONNECTED', 'server', undefined, 'The server-side connection was established.'),
  ev('SERVER_DATA', 'server', undefined, 'New server data arrived while collecting.'),
  ev('SERVER_CLOSED', 'server', undefined, 'The server-side connection closed.'),
  ev('USER_REQUEST', 'client', undefined, 'User-defined request event raised by a protocol filter.'),
  ev('USER_RESPONSE', 'server', undefined, 'User-defined response event raised by a protocol filter.'),

  // HTTP
  ev('HTTP_REQUEST', 'client', HTTP_OR_FAST, 'The client request headers were fully parsed.'),
  ev('HTTP_REQUEST_DATA', 'client', HTTP, 'HTTP::collect gathered the requested amount of request body.'),
  ev('HTTP_REQUEST_SEND', 'server', HTTP, 'The request is about to be sent to the server (server side).'),
  ev('HTTP_REQUEST_RELEASE', 'server', HTTP, 'The request is released to the server side; last chance to change it.'),
  ev('HTTP_RESPONSE', 'server', HTTP_OR_FAST, 'The server response status and headers were fully parsed.'),
  ev('HTTP_RESPONSE_DATA', 'server', HTTP, 'HTTP::collect gathered the requested amount of response body.'),
  ev('HTTP_RESPONSE_CONTINUE', 'server', HTTP, 'The server sent a 100 Continue interim response.'),
  ev('HTTP_RESPONSE_RELEASE', 'client', HTTP, 'The response is released to the client side; last chance to change it.'),
  ev('HTTP_CLASS_FAILED', 'client', HTTP, 'The request matched no HTTP class.', 'HTTP classes were removed; use LTM policies'),
  ev('HTTP_CLASS_SELECTED', 'client', HTTP, 'The request matched an HTTP class.', 'HTTP classes were removed; use LTM policies'),
  ev('HTTP_DISABLED', 'client', HTTP, 'The HTTP filter switched to pass-through mode.'),
  ev('HTTP_REJECT', 'client', HTTP, 'HTTP aborts the connection because of a parsing error.'),
  ev('HTTP_PROXY_REQUEST', 'client', ['http'], 'An explicit-proxy request (HTTP profile in explicit proxy mode) was received.'),
  ev('HTTP_PROXY_CONNECT', 'client', ['http', 'http_proxy_connect'], 'A CONNECT request is being handled by the proxy (HTTP proxy connect profile).'),
  ev('HTTP_PROXY_RESPONSE', 'server', ['http', 'http_proxy_connect'], 'The response to a proxied CONNECT arrived.'),
  ev('PING_REQUEST_READY', 'client', HTTP, 'A PingAccess request is ready.'),
  ev('PING_RESPONSE_READY', 'server', HTTP, 'A PingAccess response is ready.'),

  // TLS
  ev('CLIENTSSL_CLIENTHELLO', 'client', CSSL, 'The client ClientHello was received (SNI, ciphers available).'),
  ev('CLIENTSSL_SERVERHELLO_SEND', 'client', CSSL, 'BIG-IP is about to send its ServerHello to the client.'),
  ev('CLIENTSSL_CLIENTCERT', 'client', CSSL, 'The client sent its certificate message.'),
  ev('CLIENTSSL_HANDSHAKE', 'client', CSSL, 'The client-side TLS handshake completed.'),
  ev('CLIENTSSL_DATA', 'client', CSSL, 'Decrypted client data arrived while SSL::collect is active.'),
  ev('CLIENTSSL_PASSTHROUGH', 'client', CSSL, 'The client-side SSL profile saw non-TLS data and entered pass-through.'),
  ev('SERVERSSL_CLIENTHELLO_SEND', 'server', SSSL, 'BIG-IP is about to send its ClientHello to the server.'),
  ev('SERVERSSL_SERVERHELLO', 'server', SSSL, 'The server ServerHello was received.'),
  ev('SERVERSSL_SERVERCERT', 'server', SSSL, 'The server certificate was received and verified.'),
  ev('SERVERSSL_HANDSHAKE', 'server', SSSL, 'The server-side TLS handshake completed.'),
  ev('SERVERSSL_DATA', 'server', SSSL, 'Decrypted server data arrived while SSL::collect is active.'),

  // DNS
  ev('DNS_REQUEST', 'client', ['dns'], 'A DNS query was received.'),
  ev('DNS_RESPONSE', 'server', ['dns'], 'A DNS response is about to be returned to the client.'),

  // WebSocket
  ev('WS_REQUEST', 'client', ['websocket'], 'The client request carries WebSocket upgrade headers.'),
  ev('WS_RESPONSE', 'server', ['websocket'], 'The server response carries WebSocket upgrade headers.'),
  ev('WS_CLIENT_FRAME', 'client', ['websocket'], 'A WebSocket frame from the client starts.'),
  ev('WS_CLIENT_FRAME_DONE', 'client', ['websocket'], 'A WebSocket frame from the client ended.'),
  ev('WS_CLIENT_DATA', 'client', ['websocket'], 'WS::collect gathered client frame data.'),
  ev('WS_SERVER_FRAME', 'server', ['websocket'], 'A WebSocket frame from the server starts.'),
  ev('WS_SERVER_FRAME_DONE', 'server', ['websocket'], 'A WebSocket frame from the server ended.'),
  ev('WS_SERVER_DATA', 'server', ['websocket'], 'WS::collect gathered server frame data.'),

  // Stream / HTML / rewrite / caching / compression
  ev('STREAM_MATCHED', 'client', ['stream'], 'The stream profile matched data against its expression.'),
  ev('HTML_COMMENT_MATCHED', 'server', ['html'], 'The HTML profile matched a comment.'),
  ev('HTML_TAG_MATCHED', 'server', ['html'], 'The HTML profile matched a tag.'),
  ev('REWRITE_REQUEST', 'client', ['rewrite'], 'The rewrite profile is about to rewrite a request.'),
  ev('REWRITE_REQUEST_DONE', 'client', ['rewrite'], 'The rewrite profile finished rewriting a request.'),
  ev('REWRITE_RESPONSE', 'server', ['rewrite'], 'The rewrite profile is about to rewrite a response.'),
  ev('REWRITE_RESPONSE_DONE', 'server', ['rewrite'], 'The rewrite profile finished rewriting a response.'),
  ev('CACHE_REQUEST', 'client', ['webacceleration'], 'A request for a cacheable object arrived.'),
  ev('CACHE_RESPONSE', 'client', ['webacceleration'], 'A response is about to be served from the cache.'),
  ev('CACHE_UPDATE', 'server', ['webacceleration'], 'An object was inserted into or refreshed in the cache.'),

  // Security modules
  ev('ASM_REQUEST_DONE', 'client', ['asm', 'http'], 'ASM finished processing the request.'),
  ev('ASM_REQUEST_VIOLATION', 'client', ['asm', 'http'], 'ASM found a request violation.', 'use ASM_REQUEST_DONE'),
  ev('ASM_REQUEST_BLOCKING', 'client', ['asm', 'http'], 'ASM is building its blocking response.'),
  ev('ASM_RESPONSE_VIOLATION', 'server', ['asm', 'http'], 'ASM found a response violation.'),
  ev('ASM_RESPONSE_LOGIN', 'server', ['asm', 'http'], 'ASM detected a login attempt in the response.'),
  ev('BOTDEFENSE_REQUEST', 'client', ['bot-defense'], 'Bot Defense is about to process a request.'),
  ev('BOTDEFENSE_ACTION', 'client', ['bot-defense'], 'Bot Defense decided on an action.'),
  ev('ANTIFRAUD_LOGIN', 'server', ['antifraud'], 'A user logged in successfully (WebSafe).'),
  ev('ANTIFRAUD_ALERT', 'client', ['antifraud'], 'A WebSafe/MobileSafe alert is being sent.'),
  ev('IN_DOSL7_ATTACK', 'client', ['dos'], 'L7 DoS protection detected an attack.'),
  ev('CATEGORY_MATCHED', 'client', ['http'], 'URL categorization matched a category.'),
  ev('CLASSIFICATION_DETECTED', 'client', ['classification'], 'Traffic classification classified the flow.'),
  ev('PROTOCOL_INSPECTION_MATCH', 'client', ['ips'], 'Protocol inspection matched a signature.'),
  ev('QOE_PARSE_DONE', 'server', ['qoe'], 'Video quality-of-experience parsing finished.'),
  ev('AVR_CSPM_INJECTION', 'server', ['avr'], 'AVR is about to inject its page-load measurement script.'),

  // APM / auth
  ev('ACCESS_SESSION_STARTED', 'client', ['access'], 'A new APM access session was created.'),
  ev('ACCESS_SESSION_CLOSED', 'global', ['access'], 'An APM access session ended.'),
  ev('ACCESS_POLICY_AGENT_EVENT', 'client', ['access'], 'An iRule Event agent in the access policy ran.'),
  ev('ACCESS_POLICY_COMPLETED', 'client', ['access'], 'The access policy finished.'),
  ev('ACCESS_ACL_ALLOWED', 'client', ['access'], 'An APM ACL allowed the request.'),
  ev('ACCESS_ACL_DENIED', 'client', ['access'], 'An APM ACL denied the request.'),
  ev('ACCESS_PER_REQUEST_AGENT_EVENT', 'client', ['access'], 'An iRule Event agent in a per-request policy ran.'),
  ev('ACCESS_SAML_AUTHN', 'client', ['access'], 'APM (SAML IdP) is about to send an authentication request.'),
  ev('ACCESS_SAML_ASSERTION', 'client', ['access'], 'APM received a SAML assertion.'),
  ev('ACCESS_SAML_SLO_REQ', 'client', ['access'], 'APM received a SAML single-logout request.'),
  ev('ACCESS_SAML_SLO_RESP', 'client', ['access'], 'APM received a SAML single-logout response.'),
  ev('ACCESS2_POLICY_EXPRESSION_EVAL', 'client', ['access'], 'APM evaluates a policy expression through an iRule.'),
  ev('AUTH_RESULT', 'client', ['auth'], 'An authentication module returned a result.'),
  ev('AUTH_ERROR', 'client', ['auth'], 'An authorization operation failed with an error.', 'use AUTH_RESULT'),
  ev('AUTH_FAILURE', 'client', ['auth'], 'An authorization operation was unsuccessful.', 'use AUTH_RESULT'),
  ev('AUTH_SUCCESS', 'client', ['auth'], 'An authorization operation succeeded.', 'use AUTH_RESULT'),
  ev('AUTH_WANTCREDENTIAL', 'client', ['auth'], 'An authorization operation needs another credential.', 'use AUTH_RESULT'),
  ev('ECA_REQUEST_ALLOWED', 'client', ['eca'], 'External client authentication (NTLM) allowed the request.'),
  ev('ECA_REQUEST_DENIED', 'client', ['eca'], 'External client authentication (NTLM) denied the request.'),
  ev('EPI_NA_CHECK_HTTP_REQUEST', 'client', ['access'], 'Endpoint inspection (network access) HTTP check request.'),

  // Content adaptation
  ev('ADAPT_REQUEST_HEADERS', 'client', ['requestadapt'], 'Request headers are about to go to the ICAP adaptation service.'),
  ev('ADAPT_REQUEST_RESULT', 'client', ['requestadapt'], 'The request adaptation service returned its result.'),
  ev('ADAPT_RESPONSE_HEADERS', 'server', ['responseadapt'], 'Response headers are about to go to the ICAP adaptation service.'),
  ev('ADAPT_RESPONSE_RESULT', 'server', ['responseadapt'], 'The response adaptation service returned its result.'),
  ev('ICAP_REQUEST', 'client', ['icap'], 'An ICAP request is about to be sent.'),
  ev('ICAP_RESPONSE', 'server', ['icap'], 'An ICAP response was received.'),

  // XML / JSON / SSE
  ev('XML_CONTENT_BASED_ROUTING', 'client', ['xml'], 'An XML profile query matched (content-based routing).'),
  ev('XML_BEGIN_DOCUMENT', 'client', ['xml'], 'The XML parser started a document.'),
  ev('XML_BEGIN_ELEMENT', 'client', ['xml'], 'The XML parser started an element.'),
  ev('XML_CDATA', 'client', ['xml'], 'The XML parser found a CDATA section.'),
  ev('XML_END_DOCUMENT', 'client', ['xml'], 'The XML parser finished a document.'),
  ev('XML_END_ELEMENT', 'client', ['xml'], 'The XML parser finished an element.'),
  ev('XML_EVENT', 'client', ['xml'], 'A subscribed XML parser event occurred.'),
  ev('JSON_REQUEST', 'client', ['json'], 'A JSON request body was parsed.'),
  ev('JSON_REQUEST_MISSING', 'client', ['json'], 'A JSON request body was expected but missing.'),
  ev('JSON_REQUEST_ERROR', 'client', ['json'], 'A JSON request body failed to parse.'),
  ev('JSON_RESPONSE', 'server', ['json'], 'A JSON response body was parsed.'),
  ev('JSON_RESPONSE_MISSING', 'server', ['json'], 'A JSON response body was expected but missing.'),
  ev('JSON_RESPONSE_ERROR', 'server', ['json'], 'A JSON response body failed to parse.'),
  ev('SSE_RESPONSE', 'server', ['sse'], 'A server-sent-events message was parsed from the response.'),

  // Message routing and service-provider protocols
  ev('MR_INGRESS', 'client', ['messagerouter'], 'A message arrived at the message-routing proxy, before route lookup.'),
  ev('MR_EGRESS', 'server', ['messagerouter'], 'A routed message is about to be sent on its outgoing connection.'),
  ev('MR_FAILED', 'client', ['messagerouter'], 'A message returned to its origin because routing failed.'),
  ev('MR_DATA', 'client', ['messagerouter'], 'MR::collect gathered the requested message payload.'),
  ev('GENERICMESSAGE_INGRESS', 'client', ['genericmsg'], 'A generic message was received.'),
  ev('GENERICMESSAGE_EGRESS', 'server', ['genericmsg'], 'A generic message is about to be sent.'),
  ev('SIP_REQUEST', 'client', ['sip'], 'A complete SIP request header was parsed.'),
  ev('SIP_REQUEST_SEND', 'server', ['sip'], 'A SIP request is about to be sent to the server.'),
  ev('SIP_REQUEST_DONE', 'client', ['sip'], 'A SIP request came back from the proxy after routing.'),
  ev('SIP_RESPONSE', 'server', ['sip'], 'A complete SIP response header was parsed.'),
  ev('SIP_RESPONSE_SEND', 'client', ['sip'], 'A SIP response is about to be sent.'),
  ev('SIP_RESPONSE_DONE', 'server', ['sip'], 'A SIP response came back from the proxy after routing.'),
  ev('RTSP_REQUEST', 'client', ['rtsp'], 'A complete RTSP request was received.'),
  ev('RTSP_REQUEST_DATA', 'client', ['rtsp'], 'RTSP::collect finished for a request.'),
  ev('RTSP_RESPONSE', 'server', ['rtsp'], 'A complete RTSP response was received.'),
  ev('RTSP_RESPONSE_DATA', 'server', ['rtsp'], 'RTSP::collect finished for a response.'),
  ev('DIAMETER_INGRESS', 'client', ['diameter'], 'A Diameter message was received.'),
  ev('DIAMETER_EGRESS', 'server', ['diameter'], 'A Diameter message is about to be sent.'),
  ev('DIAMETER_RETRANSMISSION', 'client', ['diameter'], 'A Diameter request is about to be retransmitted.'),
  ev('MQTT_CLIENT_INGRESS', 'client', ['mqtt'], 'An MQTT message from the client was received.'),
  ev('MQTT_CLIENT_DATA', 'client', ['mqtt'], 'MQTT::collect gathered client PUBLISH payload.'),
  ev('MQTT_CLIENT_EGRESS', 'client', ['mqtt'], 'An MQTT message is about to be sent to the client.'),
  ev('MQTT_CLIENT_SHUTDOWN', 'client', ['mqtt'], 'The MQTT client connection is shutting down.'),
  ev('MQTT_SERVER_INGRESS', 'server', ['mqtt'], 'An MQTT message from the server was received.'),
  ev('MQTT_SERVER_DATA', 'server', ['mqtt'], 'MQTT::collect gathered server PUBLISH payload.'),
  ev('MQTT_SERVER_EGRESS', 'server', ['mqtt'], 'An MQTT message is about to be sent to the server.'),
  ev('FIX_HEADER', 'client', ['fix'], 'A FIX message header was parsed.'),
  ev('FIX_MESSAGE', 'client', ['fix'], 'A complete FIX message was parsed.'),
  ev('GTP_GPDU_INGRESS', 'client', ['gtp'], 'A GTP-U G-PDU was received.'),
  ev('GTP_GPDU_EGRESS', 'server', ['gtp'], 'A GTP-U G-PDU is about to be sent.'),
  ev('GTP_PRIME_INGRESS', 'client', ['gtp'], "A GTP' message was received."),
  ev('GTP_PRIME_EGRESS', 'server', ['gtp'], "A GTP' message is about to be sent."),
  ev('GTP_SIGNALLING_INGRESS', 'client', ['gtp'], 'A GTP-C signalling message was received.'),
  ev('GTP_SIGNALLING_EGRESS', 'server', ['gtp'], 'A GTP-C signalling message is about to be sent.'),
  ev('RADIUS_AAA_AUTH_REQUEST', 'client', ['radius'], 'A RADIUS authentication request was received.'),
  ev('RADIUS_AAA_AUTH_RESPONSE', 'server', ['radius'], 'A RADIUS authentication response was received.'),
  ev('RADIUS_AAA_ACCT_REQUEST', 'client', ['radius'], 'A RADIUS accounting request was received.'),
  ev('RADIUS_AAA_ACCT_RESPONSE', 'server', ['radius'], 'A RADIUS accounting response was received.'),
  ev('PCP_REQUEST', 'client', ['pcp'], 'A Port Control Protocol request was received.'),
  ev('PCP_RESPONSE', 'server', ['pcp'], 'A Port Control Protocol response is about to be sent.'),
  ev('SOCKS_REQUEST', 'client', ['socks'], 'A SOCKS command arrived, before authentication.'),
  ev('TDS_REQUEST', 'client', ['tds'], 'An MS-SQL (TDS) request was parsed.'),
  ev('TDS_RESPONSE', 'server', ['tds'], 'An MS-SQL (TDS) response was parsed.'),
  ev('NAME_RESOLVED', 'client', undefined, 'A NAME::lookup (or RESOLV::lookup) finished.'),
  ev('IVS_ENTRY_REQUEST', 'client', ['ivs-entry'], 'An internal virtual server entry request is ready.'),
  ev('IVS_ENTRY_RESPONSE', 'server', ['ivs-entry'], 'An internal virtual server entry response arrived.'),
  ev('L7CHECK_CLIENT_DATA', 'client', undefined, 'Client data seen by the L7 protocol check.'),
  ev('L7CHECK_SERVER_DATA', 'server', undefined, 'Server data seen by the L7 protocol check.'),
  ev('PEM_POLICY', 'client', ['pem'], 'A PEM policy was matched for the flow.'),
  ev('PEM_SUBS_SESS_CREATED', 'global', ['pem'], 'A PEM subscriber session was created.'),
  ev('PEM_SUBS_SESS_UPDATED', 'global', ['pem'], 'A PEM subscriber session was updated.'),
  ev('PEM_SUBS_SESS_DELETED', 'global', ['pem'], 'A PEM subscriber session was deleted.'),
  ev('TAP_REQUEST', 'client', undefined, 'A TAP (Shape/Distributed Cloud) request is being processed.'),
  ev('CONNECTOR_OPEN', 'client', ['connector'], 'A connector profile opened a connection.'),
];
