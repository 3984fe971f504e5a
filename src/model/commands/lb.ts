// Load balancing and persistence: LB::*, pool, member, node, snat, snatpool, persist, ...

import type { CommandSpec } from '../types.js';
import { LAB_SOURCE_NOTE, REJECTED_IN_RULE_INIT, TMSH13, TMSH16, a, cmd, docUrl, sub, uncheckedSyntax } from './_shared.js';

const PERSIST_MODES = ['source_addr', 'simple', 'dest_addr', 'host', 'sticky', 'ssl', 'uie', 'universal', 'hash', 'sip'];

export const LB_COMMANDS: CommandSpec[] = [
  cmd('LB::server', a(0, 1), {
    synopsis: ['LB::server [name | pool | addr | port | priority | ratio | weight | route_domain | ripeness]'],
    rejectedIn: REJECTED_IN_RULE_INIT,
    returns: 'string',
    source: docUrl('LB::server'),
    note: `Before a selection it returns only the pool name; empty after \`node\`. rejectedIn: ${LAB_SOURCE_NOTE}.`,
  }),
  cmd('LB::reselect', a(0, null), {
    synopsis: [
      'LB::reselect [pool <pool> [member <addr> [<port>]]]',
      'LB::reselect node <addr> [<port>]',
      'LB::reselect (snat | snatpool | clone) ...',
    ],
    events: ['LB_FAILED', 'LB_QUEUED', 'LB_SELECTED', 'PERSIST_DOWN'],
    returns: 'none',
    verified: true,
    source: docUrl('LB::reselect'),
    note: 'Valid events as recorded in docs/bigip-reference.md §5.3 from the clouddocs page.',
  }),
  cmd('LB::select', a(0, 0), {
    synopsis: ['LB::select'],
    returns: 'string',
    source: `${TMSH13}LB_select.html`,
    note: 'Only works on TCP-profile connections (ID421708).',
  }),
  cmd('LB::status', a(0, 6), {
    synopsis: [
      'LB::status',
      'LB::status pool <pool> member <addr> <port> [up | down | session_enabled | session_disabled]',
      'LB::status node <addr> [up | down | session_enabled | session_disabled]',
      'LB::status (up | down | session_enabled | session_disabled)',
    ],
    subcommandOptional: true,
    subcommands: { pool: sub(3, 5), node: sub(1, 2), up: sub(0, 0), down: sub(0, 0), session_enabled: sub(0, 0), session_disabled: sub(0, 0) },
    returns: 'string',
    source: docUrl('LB::status'),
  }),
  cmd('LB::persist', a(0, null), { synopsis: ['LB::persist [<mode> [<key>]]'], returns: 'string', source: docUrl('LB::persist') }),
  cmd('LB::mode', a(0, 1), { synopsis: ['LB::mode [<lb method>]'], returns: 'string', source: docUrl('LB::mode') }),
  // clouddocs shows only the bare form; tmsh's SYNOPSIS (as transcribed, unchecked) adds `disable`.
  cmd('LB::detach', a(0, 1), { synopsis: ['LB::detach [disable]'], returns: 'none', source: docUrl('LB::detach'), provenance: uncheckedSyntax('LB::detach') }),
  cmd('LB::snat', a(0, null), { synopsis: ['LB::snat ...'], source: docUrl('LB::snat') }),
  cmd('LB::down', a(0, null), { synopsis: ['LB::down [pool <pool> member <addr> <port> | node <addr>]'], returns: 'none' }),
  cmd('LB::up', a(0, null), { synopsis: ['LB::up [pool <pool> member <addr> <port> | node <addr>]'], returns: 'none' }),
  cmd('LB::prime', a(0, null), { synopsis: ['LB::prime [pool <pool>]'], returns: 'none' }),
  cmd('LB::queue', a(0, null), { synopsis: ['LB::queue [connection | pool | member] ...'] }),
  cmd('LB::bias', a(0, 1), { synopsis: ['LB::bias [<bias>]'] }),
  cmd('LB::context_id', a(0, 0), { synopsis: ['LB::context_id'] }),
  cmd('LB::command', a(0, null), { synopsis: ['LB::command ...'] }),
  cmd('LB::connect', a(0, null), { synopsis: ['LB::connect ...'] }),
  cmd('LB::connlimit', a(0, null), { synopsis: ['LB::connlimit ...'] }),
  cmd('LB::class', a(0, null), { synopsis: ['LB::class ...'], deprecated: 'HTTP classes were replaced by LTM policies' }),
  cmd('LB::enable_decisionlog', a(0, 1), { synopsis: ['LB::enable_decisionlog [<flag>]'] }),
  cmd('LB::src_tag', a(0, 1), { synopsis: ['LB::src_tag [<tag>]'] }),
  cmd('LB::dst_tag', a(0, 1), { synopsis: ['LB::dst_tag [<tag>]'] }),

  cmd('pool', a(1, 4), {
    synopsis: ['pool <pool> [member <addr> [<port>]]', 'pool <pool> member <addr>:<port>'],
    layouts: [{ positional: ['pool', 'keyword', 'node', 'integer'] }],
    rejectedIn: REJECTED_IN_RULE_INIT,
    returns: 'none',
    source: docUrl('pool'),
    note: `A literal pool that does not exist is a load-time error (docs/bigip-reference.md §5.3). rejectedIn: ${LAB_SOURCE_NOTE}.`,
  }),
  cmd('member', a(1, 2), { synopsis: ['member <addr> [<port>]', 'member <addr>:<port>'], returns: 'none', source: docUrl('member') }),
  cmd('node', a(1, 2), {
    synopsis: ['node <addr> [<port>]', 'node <addr>:<port>'],
    layouts: [{ positional: ['node', 'integer'] }],
    rejectedIn: REJECTED_IN_RULE_INIT,
    returns: 'none',
    source: docUrl('node'),
    note: `rejectedIn: ${LAB_SOURCE_NOTE}.`,
  }),
  cmd('snat', a(1, 2), { synopsis: ['snat <addr> [<port>]', 'snat (none | automap)'], returns: 'none', source: docUrl('snat') }),
  cmd('snatpool', a(1, 4), { synopsis: ['snatpool <snatpool> [member <addr> [<port>]]'], returns: 'none', source: docUrl('snatpool') }),
  cmd('active_members', a(1, 2), {
    synopsis: ['active_members [-list] <pool>'],
    returns: 'integer',
    source: docUrl('active_members'),
  }),
  cmd('active_nodes', a(1, 2), {
    synopsis: ['active_nodes [-list] <pool>'],
    returns: 'integer',
    deprecated: 'use active_members',
    source: docUrl('active_nodes'),
  }),
  cmd('members', a(1, 2), { synopsis: ['members [-list] <pool>'], returns: 'integer', source: docUrl('members') }),
  cmd('clone', a(2, 5), { synopsis: ['clone (clientside | serverside) ... pool <pool> [member <addr> [<port>]]', 'clone pool <pool> [member <addr> [<port>]]'], returns: 'none' }),
  cmd('nexthop', a(1, 3), { synopsis: ['nexthop [<vlan>] <addr>', 'nexthop IP_TUNNEL <addr>'], returns: 'none', source: docUrl('nexthop') }),
  cmd('lasthop', a(0, 2), { synopsis: ['lasthop [<vlan>] [<mac>]'], source: docUrl('lasthop') }),
  cmd('forward', a(0, 0), { synopsis: ['forward'], returns: 'none', source: docUrl('forward') }),
  cmd('virtual', a(0, 3), {
    synopsis: ['virtual [name]', 'virtual <virtual server> [<addr> [<port>]]'],
    provenance: uncheckedSyntax('virtual'),
    returns: 'string',
    source: docUrl('virtual'),
    note: '`[virtual]` / `[virtual name]` return the current virtual; `virtual <vs>` sends the connection to another virtual.',
  }),

  cmd('persist', a(1, null), {
    synopsis: [
      'persist none',
      'persist cookie [insert [<name> [<expiration>]] | rewrite [<name> [<expiration>]] | passive [<name>] | hash <name> [{<offset> [<length>]} [<timeout>]]]',
      'persist (source_addr | simple | dest_addr | sticky) [<mask>] [<timeout>]',
      'persist (msrdp | ssl | host) [<timeout>]',
      'persist (uie | universal | hash | carp | sip) <key> [<timeout>]',
      `persist add (${PERSIST_MODES.join(' | ')}) <key> [<timeout>]`,
      `persist lookup (${PERSIST_MODES.join(' | ')}) <key> [all | node | port | pool]`,
      `persist delete (${PERSIST_MODES.join(' | ')}) <key>`,
    ],
    subcommands: {
      none: sub(0, 0),
      cookie: sub(0, 5),
      source_addr: sub(0, 2),
      simple: sub(0, 2),
      dest_addr: sub(0, 2),
      sticky: sub(0, 2),
      msrdp: sub(0, 1),
      ssl: sub(0, 1),
      host: sub(0, 1),
      uie: sub(1, 2),
      universal: sub(1, 2),
      hash: sub(1, 2),
      carp: sub(1, 2),
      sip: sub(1, 2),
      add: sub(2, 3),
      lookup: sub(2, 3, { returns: 'list' }),
      delete: sub(2, 2),
      // GTM form (DNS_REQUEST): `persist enable|disable`
      enable: sub(0, 0),
      disable: sub(0, 0),
    },
    returns: 'none',
    verified: false,
    source: `${TMSH16}persist.html`,
    note:
      "Syntax from F5's tmsh v16 page (host added in v16, universal/sip in the tmsh grammar); its VALID DURING list " +
      'could not be read, so events are \'any\'. `enable`/`disable` are the GTM persist forms. The key of add/lookup/delete ' +
      'may be the list `{<value> [any virtual|service|pool] [pool <name>]}` (one word).',
  }),
];
