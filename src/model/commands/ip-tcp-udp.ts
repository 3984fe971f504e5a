// IP::, TCP::, UDP::, SCTP::, DATAGRAM:: and LINK:: commands.

import type { CommandSpec } from '../types.js';
import { LAB_SOURCE_NOTE, REJECTED_IN_RULE_INIT, TCP_DATA_EVENTS, TMSH13, TMSH16, TMSH_LATEST, a, cmd, docUrl, sub, uncheckedSyntax } from './_shared.js';

const addrNote = (extra = ''): string =>
  `Valid in every traffic event per F5's IP commands reference; rejected in RULE_INIT (${LAB_SOURCE_NOTE}).${extra}`;

export const IP_COMMANDS: CommandSpec[] = [
  cmd('IP::client_addr', a(0, 0), {
    synopsis: ['IP::client_addr'],
    rejectedIn: REJECTED_IN_RULE_INIT,
    returns: 'string',
    verified: true,
    source: docUrl('IP::client_addr'),
    note: addrNote(' The address has a %N suffix in non-default route domains (docs/bigip-reference.md §6.1).'),
  }),
  cmd('IP::remote_addr', a(0, 1), {
    synopsis: ['IP::remote_addr [clientside | serverside]'],
    rejectedIn: REJECTED_IN_RULE_INIT,
    returns: 'string',
    source: 'https://clouddocs.f5.com/api/irules/IP.html',
    note: 'The far end of the current side (client in client-side events, server in server-side events).',
  }),
  cmd('IP::local_addr', a(0, 1), { synopsis: ['IP::local_addr [clientside | serverside]'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'string', source: docUrl('IP::local_addr') }),
  cmd('IP::server_addr', a(0, 0), { synopsis: ['IP::server_addr'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'string', source: docUrl('IP::server_addr') }),
  cmd('IP::addr', a(2, 5), {
    synopsis: [
      'IP::addr <addr1>[/<mask>] (equals | eq | ==) <addr2>[/<mask>]',
      'IP::addr <addr> mask <mask>',
      'IP::addr parse [-ipv4 | -ipv6 | -swap] <binary> [<offset>]',
    ],
    returns: 'string',
    source: docUrl('IP::addr'),
    note: 'Pure comparison/parsing; usable in RULE_INIT.',
  }),
  cmd('IP::protocol', a(0, 0), { synopsis: ['IP::protocol'], returns: 'integer', rejectedIn: REJECTED_IN_RULE_INIT }),
  cmd('IP::version', a(0, 0), { synopsis: ['IP::version'], returns: 'integer', rejectedIn: REJECTED_IN_RULE_INIT }),
  cmd('IP::tos', a(0, 2), { synopsis: ['IP::tos [clientside | serverside] [<value>]'], returns: 'integer', source: docUrl('IP::tos'), provenance: uncheckedSyntax('IP::tos') }),
  cmd('IP::ttl', a(0, 0), { synopsis: ['IP::ttl'], returns: 'integer' }),
  cmd('IP::hops', a(0, 0), {
    synopsis: ['IP::hops'],
    returns: 'integer',
    source: docUrl('IP::hops'),
    provenance: uncheckedSyntax('IP::hops'),
    note: 'The estimated number of hops the peer takes to reach BIG-IP (estimated from the TTL of its packets).',
  }),
  cmd('IP::df', a(0, 1), { synopsis: ['IP::df [<value>]'] }),
  cmd('IP::idle_timeout', a(0, 1), { synopsis: ['IP::idle_timeout [<seconds>]'], returns: 'integer' }),
  cmd('IP::stats', a(0, 2), { synopsis: ['IP::stats [pkts | bytes | age] [in | out]'] }),
  cmd('IP::intelligence', a(1, 1), { synopsis: ['IP::intelligence <ip>'], returns: 'list' }),
  cmd('IP::reputation', a(1, null), { synopsis: ['IP::reputation <ip>+'], returns: 'list', source: docUrl('IP::reputation'), provenance: uncheckedSyntax('IP::reputation') }),
  cmd('IP::ingress_drop_rate', a(0, null), { synopsis: ['IP::ingress_drop_rate ...'] }),
  cmd('IP::ingress_rate_limit', a(0, null), { synopsis: ['IP::ingress_rate_limit ...'] }),
];

export const TCP_COMMANDS: CommandSpec[] = [
  cmd('TCP::client_port', a(0, 0), { synopsis: ['TCP::client_port'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer', note: `rejectedIn: ${LAB_SOURCE_NOTE}` }),
  cmd('TCP::local_port', a(0, 1), { synopsis: ['TCP::local_port [clientside | serverside]'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer' }),
  cmd('TCP::remote_port', a(0, 1), { synopsis: ['TCP::remote_port [clientside | serverside]'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer' }),
  cmd('TCP::server_port', a(0, 0), { synopsis: ['TCP::server_port'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer' }),
  cmd('TCP::collect', a(0, 2), {
    synopsis: ['TCP::collect [<collect bytes> [<skip bytes>]]'],
    returns: 'none',
    source: `${TMSH13}TCP_collect.html`,
    note: "Syntax from F5's tmsh v13 page; its VALID DURING list could not be read.",
  }),
  cmd('TCP::payload', a(0, 4), {
    synopsis: ['TCP::payload [<length> | <offset> <length>]', 'TCP::payload length', 'TCP::payload replace <offset> <length> <data>'],
    events: TCP_DATA_EVENTS,
    returns: 'string',
    clientControlled: true,
    verified: true,
    source: `${TMSH13}TCP_payload.html`,
  }),
  cmd('TCP::release', a(0, 1), {
    synopsis: ['TCP::release [<length>]'],
    events: TCP_DATA_EVENTS,
    returns: 'integer',
    verified: true,
    source: `${TMSH13}TCP_release.html`,
  }),
  cmd('TCP::respond', a(1, 1), {
    synopsis: ['TCP::respond <data>'],
    events: 'any',
    f5Events: TCP_DATA_EVENTS,
    returns: 'none',
    verified: false,
    source: `${TMSH16}TCP_respond.html`,
    note:
      "F5's VALID DURING list (TCP data events) is not exhaustive: F5's own TCP::close example (tmsh v13 page and " +
      'clouddocs TCP__close.html) calls TCP::respond and TCP::close in HTTP_REQUEST, and FLOW_INIT\'s page lists it too. ' +
      "Kept as 'any' so real rules are not refused.",
  }),
  cmd('TCP::close', a(0, 0), {
    synopsis: ['TCP::close'],
    events: 'any',
    f5Events: TCP_DATA_EVENTS,
    returns: 'none',
    verified: false,
    source: `${TMSH13}TCP_close.html`,
    note:
      "F5's VALID DURING list (TCP data events) is not exhaustive: the same page's own example calls TCP::close in " +
      "HTTP_REQUEST (so does clouddocs TCP__close.html), and FLOW_INIT's page lists it too. Kept as 'any'.",
  }),
  cmd('TCP::notify', a(1, 1), { synopsis: ['TCP::notify (request | response | eom)'], returns: 'none' }),
  // clouddocs: `TCP::option set <option number> <value> <next|all>`: four words after the command.
  cmd('TCP::option', a(2, 4), {
    synopsis: ['TCP::option get <option>', 'TCP::option set <option> <value> [all | next]', 'TCP::option noset <option>'],
    subcommands: { get: sub(1, 1), set: sub(2, 3), noset: sub(1, 1) },
    source: docUrl('TCP::option'),
  }),
  cmd('TCP::unused_port', a(2, 5), { synopsis: ['TCP::unused_port <remote addr> <remote port> <local addr> [<start port> [<end port>]]'], returns: 'integer' }),
  cmd('TCP::offset', a(0, 0), { synopsis: ['TCP::offset'], returns: 'integer' }),
  cmd('TCP::mss', a(0, 0), { synopsis: ['TCP::mss'], returns: 'integer' }),
  cmd('TCP::rtt', a(0, 0), { synopsis: ['TCP::rtt'], returns: 'integer' }),
  cmd('TCP::nagle', a(0, 1), { synopsis: ['TCP::nagle [enable | disable | auto]'] }),
  cmd('TCP::bandwidth', a(0, 0), { synopsis: ['TCP::bandwidth'], returns: 'integer' }),
  cmd('TCP::idletime', a(0, 1), { synopsis: ['TCP::idletime [<idle time>]'], returns: 'integer', source: docUrl('TCP::idletime'), provenance: uncheckedSyntax('TCP::idletime') }),
  cmd('TCP::setmss', a(1, 1), { synopsis: ['TCP::setmss <mss>'] }),
  cmd('TCP::snd_scale', a(0, 0), {
    synopsis: ['TCP::snd_scale'],
    events: 'any',
    returns: 'integer',
    verified: true,
    source: `${TMSH_LATEST}TCP_snd_scale.html`,
    note: 'F5: VALID DURING ANY_EVENT.',
  }),
];

export const UDP_COMMANDS: CommandSpec[] = [
  cmd('UDP::client_port', a(0, 0), { synopsis: ['UDP::client_port'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer' }),
  cmd('UDP::local_port', a(0, 1), { synopsis: ['UDP::local_port'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer' }),
  cmd('UDP::remote_port', a(0, 1), { synopsis: ['UDP::remote_port'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer' }),
  cmd('UDP::server_port', a(0, 0), { synopsis: ['UDP::server_port'], rejectedIn: REJECTED_IN_RULE_INIT, returns: 'integer' }),
  cmd('UDP::payload', a(0, 4), {
    synopsis: ['UDP::payload [<length> | <offset> <length>]', 'UDP::payload length', 'UDP::payload replace <offset> <length> <data>'],
    returns: 'string',
    clientControlled: true,
  }),
  cmd('UDP::drop', a(0, 0), { synopsis: ['UDP::drop'], returns: 'none' }),
  cmd('UDP::respond', a(1, 1), {
    synopsis: ['UDP::respond <data>'],
    events: TCP_DATA_EVENTS,
    returns: 'none',
    verified: true,
    source: `${TMSH13}UDP_respond.html`,
  }),
  cmd('UDP::release', a(0, 1), { synopsis: ['UDP::release [<length>]'] }),
  cmd('UDP::hold', a(0, 0), { synopsis: ['UDP::hold'] }),
  cmd('UDP::mss', a(0, 0), { synopsis: ['UDP::mss'], returns: 'integer' }),
  cmd('UDP::unused_port', a(2, 5), { synopsis: ['UDP::unused_port <remote addr> <remote port> <local addr> [<start port> [<end port>]]'], returns: 'integer' }),
];

export const DATAGRAM_COMMANDS: CommandSpec[] = [
  cmd('DATAGRAM::tcp', a(1, 2), {
    synopsis: [
      'DATAGRAM::tcp (flags | payload_length | window)',
      'DATAGRAM::tcp (option | option_count) [<option code>]',
      'DATAGRAM::tcp payload [<length>]',
    ],
    events: ['FLOW_INIT', 'CLIENT_DATA'],
    clientControlled: true,
    verified: true,
    source: `${TMSH13}DATAGRAM_tcp.html`,
  }),
];
