// HTTP:: and HTTP2:: commands.
// Sources: F5 tmsh `ltm rule command HTTP_*` pages (SYNOPSIS + VALID DURING) where they could be
// read in full; otherwise clouddocs iRules pages for the syntax and the permissive HTTP family
// for events (verified: false, see HTTP_FAMILY_NOTE).

import type { CommandSpec } from '../types.js';
import {
  HTTP_FAMILY, HTTP_FAMILY_NOTE, HTTP_RESPONSE_SIDE, LAB_SOURCE_NOTE, TMSH13, TMSH16, TMSH_LATEST,
  a, cmd, docUrl, sub, uncheckedSyntax, union, without,
} from './_shared.js';

const HTTP = ['http'];
const HTTP_FAST = ['http', 'fasthttp'];

function httpCmd(name: string, args: ReturnType<typeof a>, def: Parameters<typeof cmd>[2] = {}): CommandSpec {
  const base: Parameters<typeof cmd>[2] = { events: HTTP_FAMILY, profiles: HTTP, source: docUrl(name) };
  if (!def.events) base.note = HTTP_FAMILY_NOTE;
  return cmd(name, args, { ...base, ...def });
}

export const HTTP_COMMANDS: CommandSpec[] = [
  httpCmd('HTTP::header', a(1, null), {
    synopsis: [
      'HTTP::header [value] <name> [<new value>]',
      'HTTP::header values <name>',
      'HTTP::header names',
      'HTTP::header count [<name>]',
      'HTTP::header at <index>',
      'HTTP::header exists <name>',
      "HTTP::header insert ['lws'] (<name> <value>)+",
      'HTTP::header lws',
      'HTTP::header is_keepalive',
      'HTTP::header is_redirect',
      'HTTP::header replace <name> [<value>]',
      'HTTP::header remove <name>',
      'HTTP::header insert_modssl_fields (addr port | addr addr addr | port port port)',
      'HTTP::header sanitize [<name>]*',
    ],
    subcommandOptional: true,
    defaultSubcommand: 'value',
    subcommands: {
      value: sub(1, 2, { clientControlled: true, returns: 'string' }),
      values: sub(1, 1, { clientControlled: true, returns: 'list' }),
      names: sub(0, 0, { clientControlled: true, returns: 'list' }),
      count: sub(0, 1, { returns: 'integer' }),
      at: sub(1, 1, { clientControlled: true, returns: 'string' }),
      exists: sub(1, 1, { returns: 'boolean' }),
      // The grammar requires name/value pairs; a single list argument is accepted by real rules
      // (e.g. `HTTP::header insert [SSL::modssl_sessionid_headers]`), so min is 1.
      insert: sub(1, null, { returns: 'none' }),
      lws: sub(0, 0, { returns: 'boolean' }),
      is_keepalive: sub(0, 0, { returns: 'boolean' }),
      is_redirect: sub(0, 0, { returns: 'boolean' }),
      replace: sub(1, 2, { returns: 'none' }),
      remove: sub(1, 1, { returns: 'none' }),
      insert_modssl_fields: sub(1, 3, { returns: 'none' }),
      sanitize: sub(0, null, { returns: 'none' }),
    },
    returns: 'string',
    clientControlled: true,
    verified: false,
    source: `${TMSH16}HTTP_header.html`,
    note:
      "Syntax from F5's tmsh v16 page; its VALID DURING list could not be read. Events = permissive HTTP family " +
      '(HTTP2::header, derived from it, is valid in ASM_*, CACHE_*, HTTP_REQUEST*, HTTP_RESPONSE*, REWRITE_REQUEST_DONE, ' +
      'SERVER_CONNECTED, MR_INGRESS, MR_EGRESS). An unknown first word is a header name (short form of `value`).',
  }),
  httpCmd('HTTP::uri', a(0, 1), {
    synopsis: ['HTTP::uri [<uri>]', 'HTTP::uri -normalized'],
    events: [
      'ASM_REQUEST_DONE', 'CACHE_REQUEST', 'CACHE_RESPONSE', 'HTTP_CLASS_FAILED', 'HTTP_CLASS_SELECTED',
      'HTTP_PROXY_REQUEST', 'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_REQUEST_SEND', 'HTTP_PROXY_CONNECT',
      'REWRITE_REQUEST_DONE', 'SERVER_CONNECTED', 'MR_INGRESS', 'MR_EGRESS', 'MR_FAILED',
    ],
    rejectedIn: ['HTTP_RESPONSE'],
    returns: 'string',
    clientControlled: true,
    verified: true,
    source: `${TMSH_LATEST}HTTP_uri.html`,
    note: `rejectedIn: ${LAB_SOURCE_NOTE}`,
  }),
  httpCmd('HTTP::path', a(0, 1), {
    synopsis: ['HTTP::path [<path>]', 'HTTP::path -normalized'],
    events: ['HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'REWRITE_REQUEST_DONE', 'SERVER_CONNECTED'],
    returns: 'string',
    clientControlled: true,
    verified: true,
    source: `${TMSH13}HTTP_path.html`,
  }),
  httpCmd('HTTP::host', a(0, 1), {
    synopsis: ['HTTP::host [<host>]'],
    events: ['CACHE_REQUEST', 'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_REQUEST_SEND', 'HTTP_PROXY_CONNECT'],
    returns: 'string',
    clientControlled: true,
    verified: true,
    source: `${TMSH13}http_host.html`,
    note: 'Setting the host needs v11.5+.',
  }),
  httpCmd('HTTP::query', a(0, 1), {
    synopsis: ['HTTP::query [<query>]', 'HTTP::query -normalized'],
    returns: 'string',
    clientControlled: true,
    note: `Syntax from clouddocs (sets in v11.5+). ${HTTP_FAMILY_NOTE}`,
  }),
  httpCmd('HTTP::method', a(0, 1), {
    synopsis: ['HTTP::method'],
    returns: 'string',
    clientControlled: true,
  }),
  httpCmd('HTTP::version', a(0, 2), {
    synopsis: ['HTTP::version [0.9 | 1.0 | 1.1]', 'HTTP::version -string [<version>]'],
    provenance: uncheckedSyntax('HTTP::version'),
    returns: 'string',
    clientControlled: true,
  }),
  httpCmd('HTTP::status', a(0, 0), {
    synopsis: ['HTTP::status'],
    events: without(HTTP_FAMILY, ['HTTP_REQUEST']),
    rejectedIn: ['HTTP_REQUEST'],
    returns: 'integer',
    note: `${HTTP_FAMILY_NOTE} rejectedIn: ${LAB_SOURCE_NOTE}.`,
  }),
  httpCmd('HTTP::is_redirect', a(0, 0), {
    synopsis: ['HTTP::is_redirect'],
    events: [
      'CACHE_REQUEST', 'CACHE_RESPONSE', 'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_RESPONSE',
      'HTTP_RESPONSE_CONTINUE', 'HTTP_RESPONSE_DATA', 'HTTP_PROXY_RESPONSE',
    ],
    returns: 'boolean',
    verified: true,
    source: `${TMSH13}HTTP_is_redirect.html`,
  }),
  httpCmd('HTTP::is_keepalive', a(0, 0), { synopsis: ['HTTP::is_keepalive'], returns: 'boolean' }),
  httpCmd('HTTP::cookie', a(1, null), {
    synopsis: [
      'HTTP::cookie names',
      'HTTP::cookie count',
      'HTTP::cookie [value] <name> [<new value>]',
      'HTTP::cookie (version | path | domain | ports | maxage | comment | commenturl | secure | httponly) <name> [<value>]',
      'HTTP::cookie expires <name> [<seconds> [absolute | relative]]',
      'HTTP::cookie insert name <name> value <value> [path <path>] [domain <domain>] [version <0|1|2>]',
      'HTTP::cookie remove <name>',
      'HTTP::cookie exists <name>',
      'HTTP::cookie sanitize (<name> [<attribute>]+ | -attributes ... | -names ...)',
      "HTTP::cookie (encrypt | decrypt) <name> <pass phrase> ['128' | '192' | '256']",
      'HTTP::cookie attribute <name> (insert <attr> [<value>] | exists <attr> | value <attr> | remove <attr> | names | count)',
    ],
    subcommandOptional: true,
    defaultSubcommand: 'value',
    subcommands: {
      names: sub(0, 0, { clientControlled: true, returns: 'list' }),
      count: sub(0, 0, { returns: 'integer' }),
      value: sub(1, 2, { clientControlled: true, returns: 'string' }),
      version: sub(1, 2),
      path: sub(1, 2, { clientControlled: true }),
      domain: sub(1, 2, { clientControlled: true }),
      ports: sub(1, 2),
      insert: sub(4, null, { returns: 'none' }),
      remove: sub(1, 1, { returns: 'none' }),
      sanitize: sub(0, null, { returns: 'none' }),
      exists: sub(1, 1, { returns: 'boolean' }),
      maxage: sub(1, 2),
      expires: sub(1, 3),
      comment: sub(1, 2),
      secure: sub(1, 2),
      commenturl: sub(1, 2),
      httponly: sub(1, 2),
      encrypt: sub(2, 3),
      decrypt: sub(2, 3, { clientControlled: true }),
      attribute: sub(2, 4),
    },
    returns: 'string',
    clientControlled: true,
    note: `Syntax from clouddocs HTTP::cookie (v11/v12 additions included). An unknown first word is a cookie name. ${HTTP_FAMILY_NOTE}`,
  }),
  httpCmd('HTTP::respond', a(1, null), {
    synopsis: [
      'HTTP::respond [-reset] <status code> [-version (1.0 | 1.1 | auto)] [content <body>] [noserver] [<header name> <header value>]*',
    ],
    events: without(HTTP_FAMILY, ['LB_SELECTED', 'SERVER_CONNECTED']),
    rejectedIn: ['CLIENT_ACCEPTED', 'LB_SELECTED', 'SERVER_CONNECTED'],
    returns: 'none',
    note: `Syntax from clouddocs. ${HTTP_FAMILY_NOTE} rejectedIn: ${LAB_SOURCE_NOTE} (accepted in HTTP_REQUEST and HTTP_RESPONSE).`,
  }),
  httpCmd('HTTP::redirect', a(1, 1), { synopsis: ['HTTP::redirect <url>'], returns: 'none' }),
  httpCmd('HTTP::collect', a(0, 1), {
    synopsis: ['HTTP::collect [<length>]'],
    returns: 'none',
    source: `${TMSH_LATEST}HTTP_collect.html`,
  }),
  httpCmd('HTTP::release', a(0, 0), {
    synopsis: ['HTTP::release'],
    events: 'any',
    returns: 'none',
    verified: true,
    source: `${TMSH16}HTTP_release.html`,
    note: 'F5: VALID DURING ANY_EVENT (released from non-HTTP events such as AUTH_RESULT or NAME_RESOLVED).',
  }),
  httpCmd('HTTP::payload', a(0, 4), {
    synopsis: [
      'HTTP::payload [<size>]',
      'HTTP::payload <offset> <size>',
      'HTTP::payload length',
      'HTTP::payload replace <offset> <length> <string>',
      'HTTP::payload (rechunk | unchunk)',
    ],
    returns: 'string',
    clientControlled: true,
  }),
  httpCmd('HTTP::close', a(0, 0), { synopsis: ['HTTP::close'], returns: 'none' }),
  // Switching the HTTP filter off (or back on) is done before any request: F5's own SSL Orchestrator
  // rules (f5devcentral/sslo-script-tools) call HTTP::disable in CLIENT_ACCEPTED and HTTP::enable in
  // CLIENT_DATA. Inferred, like the rest of the family.
  httpCmd('HTTP::disable', a(0, 1), {
    synopsis: ['HTTP::disable [discard]'],
    returns: 'none',
    events: union(HTTP_FAMILY, ['CLIENT_ACCEPTED', 'CLIENT_DATA']),
    note: `${HTTP_FAMILY_NOTE} CLIENT_ACCEPTED and CLIENT_DATA: where F5's published SSL Orchestrator rules switch HTTP off and on.`,
  }),
  httpCmd('HTTP::enable', a(0, 0), {
    synopsis: ['HTTP::enable'],
    returns: 'none',
    events: union(HTTP_FAMILY, ['CLIENT_ACCEPTED', 'CLIENT_DATA']),
    note: `${HTTP_FAMILY_NOTE} CLIENT_ACCEPTED and CLIENT_DATA: where F5's published SSL Orchestrator rules switch HTTP off and on.`,
  }),
  httpCmd('HTTP::fallback', a(0, 1), { synopsis: ['HTTP::fallback [<host>]'] }),
  httpCmd('HTTP::has_responded', a(0, 0), { synopsis: ['HTTP::has_responded'], returns: 'boolean' }),
  httpCmd('HTTP::hsts', a(0, null), { synopsis: ['HTTP::hsts [<attribute> [<value>]]'] }),
  httpCmd('HTTP::passthrough_reason', a(0, 1), {
    synopsis: ["HTTP::passthrough_reason ['as_num']"],
    returns: 'string',
    verified: true,
    source: `${TMSH13}HTTP_passthrough_reason.html`,
    note: 'F5: "Any HTTP event, or an event where the http filter is initialized" (mapped to the HTTP family).',
  }),
  httpCmd('HTTP::reject_reason', a(0, 1), { synopsis: ["HTTP::reject_reason ['as_num']"], returns: 'string' }),
  httpCmd('HTTP::password', a(0, 0), { synopsis: ['HTTP::password'], returns: 'string', clientControlled: true }),
  httpCmd('HTTP::username', a(0, 0), { synopsis: ['HTTP::username'], returns: 'string', clientControlled: true }),
  httpCmd('HTTP::proxy', a(0, null), { synopsis: ['HTTP::proxy [enable | disable | addr | port | route_domain]'] }),
  httpCmd('HTTP::request', a(0, 0), { synopsis: ['HTTP::request'], returns: 'string', clientControlled: true }),
  httpCmd('HTTP::request_num', a(0, 0), { synopsis: ['HTTP::request_num'], returns: 'integer' }),
  httpCmd('HTTP::response', a(0, null), {
    synopsis: ['HTTP::response ...'],
    events: HTTP_RESPONSE_SIDE,
    note: 'Syntax and events not documented in the sources read; response-side HTTP events assumed.',
  }),
  httpCmd('HTTP::retry', a(1, 2), { synopsis: ['HTTP::retry [-reset] <request>'], returns: 'none', provenance: uncheckedSyntax('HTTP::retry') }),
  httpCmd('HTTP::class', a(0, null), {
    synopsis: ['HTTP::class [disable | select <class> | ...]'],
    deprecated: 'HTTP classes were replaced by LTM policies (v11.4)',
  }),
  // HTTP/2
  cmd('HTTP2::header', a(1, 3), {
    synopsis: ['HTTP2::header <pseudo-header name>', 'HTTP2::header replace <name> [<value>]', 'HTTP2::header remove <name>'],
    subcommandOptional: true,
    subcommands: { replace: sub(1, 2), remove: sub(1, 1) },
    events: [
      'ASM_REQUEST_BLOCKING', 'ASM_REQUEST_VIOLATION', 'ASM_RESPONSE_VIOLATION', 'CACHE_REQUEST', 'CACHE_RESPONSE',
      'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_REQUEST_SEND', 'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA',
      'REWRITE_REQUEST_DONE', 'SERVER_CONNECTED', 'MR_INGRESS', 'MR_EGRESS',
    ],
    profiles: ['http2'],
    returns: 'string',
    clientControlled: true,
    verified: true,
    source: `${TMSH_LATEST}HTTP2_header.html`,
  }),
  cmd('HTTP2::stream', a(0, 2), {
    synopsis: ['HTTP2::stream [id | priority [<priority>]]'],
    events: HTTP_FAMILY,
    profiles: ['http2'],
    source: `${TMSH13}HTTP2_stream.html`,
    note: 'F5 pages say "VALID DURING: HTTP TCP" (v13) / "HTTP" (v16): categories, not events; mapped to the HTTP family.',
  }),
  cmd('HTTP2::disconnect', a(0, 0), {
    synopsis: ['HTTP2::disconnect'],
    events: ['HTTP_REQUEST', 'HTTP_PROXY_REQUEST'],
    profiles: ['http2'],
    returns: 'integer',
    verified: true,
    source: `${TMSH16}HTTP2_disconnect.html`,
    note: 'tmsh v16 list (v13 said "HTTP TCP").',
  }),
  ...(['active', 'concurrency', 'push', 'requests', 'version'] as const).map((s) =>
    cmd(`HTTP2::${s}`, a(0, null), { events: HTTP_FAMILY, profiles: ['http2'], note: HTTP_FAMILY_NOTE }),
  ),
  // F5's HTTP2__enable.html example (as transcribed) switches HTTP/2 off and on in CLIENT_ACCEPTED,
  // before any request: that event joins the permissive HTTP family for both.
  cmd('HTTP2::disable', a(0, 1), {
    synopsis: ['HTTP2::disable [clientside | serverside | discard]'],
    events: union(HTTP_FAMILY, ['CLIENT_ACCEPTED']),
    profiles: ['http2'],
    source: docUrl('HTTP2::disable'),
    note: `${HTTP_FAMILY_NOTE} CLIENT_ACCEPTED: F5's HTTP2::enable example.`,
  }),
  cmd('HTTP2::enable', a(0, null), {
    events: union(HTTP_FAMILY, ['CLIENT_ACCEPTED']),
    profiles: ['http2'],
    note: `${HTTP_FAMILY_NOTE} CLIENT_ACCEPTED: F5's HTTP2::enable example.`,
  }),
];

// HTTP_REQUEST also fires on fastHTTP virtuals; record it for the commands used there most.
for (const c of HTTP_COMMANDS) {
  if (['HTTP::header', 'HTTP::uri', 'HTTP::host', 'HTTP::path', 'HTTP::method', 'HTTP::status', 'HTTP::version'].includes(c.name)) {
    c.profiles = HTTP_FAST;
  }
}
