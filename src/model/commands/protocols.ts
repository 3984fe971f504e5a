// DNS::, WS::, ACCESS::, and other protocol commands with known syntax.

import type { CommandSpec } from '../types.js';
import { TMSH13, TMSH16, a, cmd, docUrl, sub, uncheckedSyntax } from './_shared.js';

const DNS = ['dns'];
const WS = ['websocket'];
const ACCESS = ['access'];

export const DNS_COMMANDS: CommandSpec[] = [
  // GTM (BIG-IP DNS) answers from a DNS rule: `cname NAME`, `host ADDR`.
  cmd('cname', a(1, 1), {
    synopsis: ['cname <name>'],
    returns: 'none',
    source: docUrl('cname'),
    note: 'GTM/BIG-IP DNS: answer the query with a CNAME. Valid events not recorded (a GTM or DNS rule).',
  }),
  cmd('host', a(1, 1), {
    synopsis: ['host <addr>'],
    returns: 'none',
    source: docUrl('host'),
    note: 'GTM/BIG-IP DNS: answer the query with this address. Valid events not recorded (a GTM or DNS rule).',
  }),
  cmd('DNS::question', a(1, 2), {
    synopsis: ['DNS::question (name | type | class) [<value>]'],
    profiles: DNS,
    returns: 'string',
    clientControlled: true,
    source: docUrl('DNS::question'),
  }),
  cmd('DNS::answer', a(0, 2), { synopsis: ['DNS::answer [clear | insert <rr> | remove <rr>]'], profiles: DNS, returns: 'list', source: docUrl('DNS::answer') }),
  cmd('DNS::authority', a(0, 2), { synopsis: ['DNS::authority [clear | insert <rr> | remove <rr>]'], profiles: DNS, returns: 'list' }),
  cmd('DNS::additional', a(0, 2), { synopsis: ['DNS::additional [clear | insert <rr> | remove <rr>]'], profiles: DNS, returns: 'list' }),
  cmd('DNS::rr', a(1, 5), { synopsis: ['DNS::rr "<name> <ttl> <class> <type> <rdata>"', 'DNS::rr <name> <type> <rdata> [<ttl> [<class>]]'], profiles: DNS, returns: 'string' }),
  cmd('DNS::header', a(0, 2), { synopsis: ['DNS::header [<field> [<value>]]'], profiles: DNS, clientControlled: true }),
  ...(['name', 'type', 'class', 'ttl', 'rdata'] as const).map((f) =>
    cmd(`DNS::${f}`, a(1, 2), { synopsis: [`DNS::${f} <rr> [<value>]`], profiles: DNS, returns: 'string' }),
  ),
  cmd('DNS::return', a(0, 0), { synopsis: ['DNS::return'], profiles: DNS, returns: 'none' }),
  cmd('DNS::drop', a(0, 0), { synopsis: ['DNS::drop'], profiles: DNS, returns: 'none' }),
  cmd('DNS::disable', a(0, null), { synopsis: ['DNS::disable [all | dnssec | gtm | recursion | ...]*'], profiles: DNS, returns: 'none', source: docUrl('DNS::disable'), provenance: uncheckedSyntax('DNS::disable') }),
  cmd('DNS::enable', a(0, null), { synopsis: ['DNS::enable [all | dnssec | gtm | recursion | ...]*'], profiles: DNS, returns: 'none', source: docUrl('DNS::enable'), provenance: uncheckedSyntax('DNS::enable') }),
  cmd('DNS::edns0', a(0, 3), { synopsis: ['DNS::edns0 [exists | sz | rcode | version | do | subnet ...] [<value>]'], profiles: DNS }),
  cmd('DNS::query', a(0, null), { synopsis: ['DNS::query ...'], profiles: DNS }),
  cmd('DNS::len', a(0, 0), { synopsis: ['DNS::len'], profiles: DNS, returns: 'integer' }),
  cmd('DNS::ptype', a(0, 0), { synopsis: ['DNS::ptype'], profiles: DNS, returns: 'string' }),
  cmd('DNS::origin', a(0, 0), { synopsis: ['DNS::origin'], profiles: DNS, returns: 'string' }),
  cmd('DNS::is_wideip', a(1, 1), { synopsis: ['DNS::is_wideip <name>'], profiles: DNS, returns: 'boolean' }),
  cmd('DNS::last_act', a(0, 1), { synopsis: ['DNS::last_act [<action>]'], profiles: DNS }),
  cmd('DNS::log', a(0, null), { synopsis: ['DNS::log [[<level>] <message>]'], profiles: DNS, returns: 'none', source: docUrl('DNS::log'), provenance: uncheckedSyntax('DNS::log') }),
  cmd('DNS::scrape', a(1, null), { synopsis: ['DNS::scrape <field> ...'], profiles: DNS }),
  cmd('DNS::tsig', a(0, null), { synopsis: ['DNS::tsig ...'], profiles: DNS }),
  cmd('DNS::rpz_policy', a(0, 0), { synopsis: ['DNS::rpz_policy'], profiles: DNS }),
  cmd('RESOLV::lookup', a(1, null), {
    synopsis: ['RESOLV::lookup [@<server>] [-a | -aaaa | -txt | -mx | -ptr] <name or address>'],
    returns: 'list',
    source: docUrl('RESOLV::lookup'),
  }),
  cmd('NAME::lookup', a(1, 1), { synopsis: ['NAME::lookup <name or address>'], returns: 'none', source: docUrl('NAME::lookup') }),
  cmd('NAME::response', a(0, 1), { synopsis: ['NAME::response [count | <index>]'], returns: 'list', source: docUrl('NAME::response') }),
];

export const WS_COMMANDS: CommandSpec[] = [
  cmd('WS::collect', a(0, 2), { synopsis: ['WS::collect [frame | whole] [<length>]'], profiles: WS, returns: 'none' }),
  cmd('WS::release', a(0, 0), { synopsis: ['WS::release'], profiles: WS, returns: 'none' }),
  cmd('WS::payload', a(0, 4), {
    synopsis: ['WS::payload [<length> | <offset> <length>]', 'WS::payload length', 'WS::payload replace <offset> <length> <data>'],
    profiles: WS,
    returns: 'string',
    clientControlled: true,
  }),
  cmd('WS::frame', a(1, 3), {
    synopsis: ['WS::frame (type | payload_length | mask | ...) [<value>]', 'WS::frame (prepend | append) <data>'],
    profiles: WS,
  }),
  cmd('WS::message', a(0, 2), { synopsis: ['WS::message [type | ...]'], profiles: WS }),
  cmd('WS::disconnect', a(0, 2), { synopsis: ['WS::disconnect [<status code> [<reason>]]'], profiles: WS, returns: 'none' }),
  cmd('WS::enabled', a(0, 1), { synopsis: ['WS::enabled [<flag>]'], profiles: WS, returns: 'boolean' }),
  cmd('WS::masking', a(0, 1), { synopsis: ['WS::masking [preserve | remask | unmask]'], profiles: WS }),
  cmd('WS::request', a(0, null), { synopsis: ['WS::request (protocol | extension | version) ...'], profiles: WS, clientControlled: true }),
  cmd('WS::response', a(0, null), { synopsis: ['WS::response (protocol | extension) ...'], profiles: WS }),
  cmd('WS::payload_ivs', a(0, null), { synopsis: ['WS::payload_ivs ...'], profiles: WS }),
  cmd('WS::payload_processing', a(0, null), { synopsis: ['WS::payload_processing ...'], profiles: WS }),
];

export const ACCESS_COMMANDS: CommandSpec[] = [
  cmd('ACCESS::session', a(1, null), {
    synopsis: [
      'ACCESS::session data (get | set | delete) [-sid <sid>] [-secure] <variable> [<value>]',
      'ACCESS::session sid',
      'ACCESS::session exists [-state_allow | -state_deny | -state_in_progress] [-sid <sid>]',
      'ACCESS::session create [-timeout <t>] [-lifetime <l>] [-flow]',
      'ACCESS::session remove [-sid <sid>]',
      'ACCESS::session modify [-sid <sid>] ...',
    ],
    subcommands: {
      data: sub(1, null),
      sid: sub(0, 0, { returns: 'string' }),
      exists: sub(0, null, { returns: 'boolean' }),
      create: sub(0, null, { returns: 'string' }),
      remove: sub(0, null, { returns: 'none' }),
      modify: sub(0, null),
    },
    profiles: ACCESS,
    source: docUrl('ACCESS::session'),
  }),
  cmd('ACCESS::policy', a(1, null), {
    synopsis: ['ACCESS::policy (agent_id | result | evaluate | ...) ...'],
    profiles: ACCESS,
    source: docUrl('ACCESS::policy'),
  }),
  cmd('ACCESS::respond', a(1, null), {
    synopsis: [
      'ACCESS::respond <status code> (ifile | -ifile) <ifile>',
      'ACCESS::respond <status code> [(content | -content) <body>] [noserver | -noserver] [nocookie | -nocookie] [<header name> <header value>]*',
    ],
    profiles: ACCESS,
    returns: 'none',
    source: `${TMSH13}ACCESS_respond.html`,
  }),
  cmd('ACCESS::log', a(1, 2), {
    synopsis: ['ACCESS::log [<component>.][<level>] <message>'],
    profiles: ACCESS,
    returns: 'none',
    source: `${TMSH13}ACCESS_log.html`,
  }),
  cmd('ACCESS::disable', a(0, 0), { synopsis: ['ACCESS::disable'], profiles: ACCESS, returns: 'none' }),
  cmd('ACCESS::enable', a(0, 0), { synopsis: ['ACCESS::enable'], profiles: ACCESS, returns: 'none' }),
  cmd('ACCESS::acl', a(1, null), { synopsis: ['ACCESS::acl (eval | lookup | result) ...'], profiles: ACCESS }),
  cmd('ACCESS::perflow', a(1, null), { synopsis: ['ACCESS::perflow (get | set) <variable> [<value>]'], profiles: ACCESS }),
  cmd('ACCESS::user', a(1, null), { synopsis: ['ACCESS::user (getsid | getkey) ...'], profiles: ACCESS }),
  cmd('ACCESS::uuid', a(1, null), { synopsis: ['ACCESS::uuid getsid <uuid>'], profiles: ACCESS }),
  cmd('ACCESS::flowid', a(0, 1), { synopsis: ['ACCESS::flowid [<flow id>]'], profiles: ACCESS, source: docUrl('ACCESS::flowid'), provenance: uncheckedSyntax('ACCESS::flowid') }),
  cmd('ACCESS::restrict_irule_events', a(1, 1), { synopsis: ['ACCESS::restrict_irule_events (enable | disable)'], profiles: ACCESS }),
];

export const MISC_PROTOCOL_COMMANDS: CommandSpec[] = [
  cmd('MQTT::collect', a(0, 1), {
    synopsis: ['MQTT::collect [<length>]'],
    events: ['MQTT_CLIENT_INGRESS', 'MQTT_CLIENT_DATA', 'MQTT_SERVER_INGRESS', 'MQTT_SERVER_DATA'],
    profiles: ['mqtt'],
    returns: 'none',
    verified: true,
    source: `${TMSH13}MQTT_collect.html`,
  }),
  cmd('MESSAGE::field', a(1, 3), {
    synopsis: ['MESSAGE::field names', 'MESSAGE::field exists <name>', 'MESSAGE::field count [<name>]', 'MESSAGE::field value <name> [<index>]'],
    subcommands: { names: sub(0, 0), exists: sub(1, 1), count: sub(0, 1), value: sub(1, 2) },
    source: `${TMSH16}MESSAGE_field.html`,
  }),
  cmd('PCP::response', a(1, 1), {
    synopsis: ['PCP::response (opcode | lifetime | version | protocol | result | client-addr | internal-port | assigned-ext-port | assigned-ext-addr)'],
    profiles: ['pcp'],
    source: `${TMSH13}PCP_response.html`,
  }),
  cmd('PCP::reject', a(1, 1), {
    synopsis: ['PCP::reject <result code>'],
    events: ['PCP_REQUEST'],
    profiles: ['pcp'],
    returns: 'none',
    verified: true,
    source: `${TMSH16}PCP_reject.html`,
  }),
  cmd('RTSP::header', a(2, null), {
    synopsis: [
      'RTSP::header (exists | remove | value) <name>',
      'RTSP::header replace <name> <value>',
      'RTSP::header insert (<name> <value>)+ | RTSP::header insert <list of name/value pairs>',
    ],
    subcommands: { exists: sub(1, 1), remove: sub(1, 1), value: sub(1, 1), replace: sub(2, 2), insert: sub(1, null) },
    profiles: ['rtsp'],
    clientControlled: true,
    source: `${TMSH13}RTSP_header.html`,
  }),
  cmd('ASN1::encode', a(2, null), {
    synopsis: ['ASN1::encode (BER | DER) <format> [<value> ...]', 'ASN1::encode (insert | replace) <element> <offset> <format> [<value> ...]'],
    source: `${TMSH13}ASN1_encode.html`,
  }),
  cmd('FLOW::refresh', a(1, 1), {
    synopsis: ['FLOW::refresh <flow id>'],
    events: ['FLOW_INIT', 'CLIENT_ACCEPTED', 'SA_PICKED', 'LB_SELECTED', 'CLIENT_DATA', 'SERVER_DATA', 'SERVER_CONNECTED'],
    returns: 'none',
    verified: true,
    source: `${TMSH16}FLOW_refresh.html`,
    note: 'v14.1+.',
  }),
  cmd('LSN::persistence', a(1, 2), {
    synopsis: ['LSN::persistence none [<timeout>]', 'LSN::persistence (address | address-port | strict-address-port) <timeout>'],
    source: `${TMSH13}LSN_persistence.html`,
  }),
  cmd('RTSP::respond', a(2, 3), {
    synopsis: ['RTSP::respond <status code> <status string> [<headers>]'],
    profiles: ['rtsp'],
    returns: 'none',
    source: `${TMSH13}RTSP_respond.html`,
  }),
  cmd('SCTP::payload', a(0, 4), {
    synopsis: [
      'SCTP::payload [<length> | <offset> <length>]',
      'SCTP::payload length',
      'SCTP::payload (sid | ppi | unordered) [<value>]',
      'SCTP::payload replace <offset> <length> <data>',
      'SCTP::payload insert <offset> <data>',
      'SCTP::payload delete <offset> <length>',
    ],
    profiles: ['sctp'],
    clientControlled: true,
    source: `${TMSH16}SCTP_payload.html`,
  }),
];
