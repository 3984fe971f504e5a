// HSL::, STREAM::, URI::, ISTATS:: and STATS:: commands.

import type { CommandSpec } from '../types.js';
import { TMSH13, a, cmd, docUrl, uncheckedSyntax } from './_shared.js';

const STREAM = ['stream'];

export const HSL_COMMANDS: CommandSpec[] = [
  cmd('HSL::open', a(2, 4), {
    synopsis: ['HSL::open (-publisher | -pub) <publisher>', 'HSL::open -proto (UDP | TCP) -pool <pool>'],
    returns: 'string',
    source: `${TMSH13}HSL_open.html`,
    note: "Syntax from F5's tmsh v13 page; its VALID DURING section is empty. The protocol must be upper case.",
  }),
  cmd('HSL::send', a(2, 2), {
    synopsis: ['HSL::send <handle> <data>'],
    returns: 'boolean',
    source: docUrl('HSL::send'),
  }),
];

export const STREAM_COMMANDS: CommandSpec[] = [
  cmd('STREAM::expression', a(1, 1), {
    synopsis: ['STREAM::expression <expression>'],
    profiles: STREAM,
    returns: 'none',
    source: `${TMSH13}STREAM_expression.html`,
    note: 'Expression: one or more @search@replace@ sets (delimiter chosen from . * / - : _ ? = @ &).',
  }),
  cmd('STREAM::enable', a(0, 0), { synopsis: ['STREAM::enable'], profiles: STREAM, returns: 'none', source: docUrl('STREAM::enable') }),
  cmd('STREAM::disable', a(0, 0), { synopsis: ['STREAM::disable'], profiles: STREAM, returns: 'none', source: docUrl('STREAM::disable') }),
  cmd('STREAM::match', a(0, 0), { synopsis: ['STREAM::match'], profiles: STREAM, returns: 'string', clientControlled: true, source: docUrl('STREAM::match') }),
  cmd('STREAM::replace', a(0, 1), { synopsis: ['STREAM::replace [<string>]'], profiles: STREAM, returns: 'none', source: docUrl('STREAM::replace') }),
  cmd('STREAM::max_matchsize', a(0, 1), { synopsis: ['STREAM::max_matchsize [<size>]'], profiles: STREAM, returns: 'integer' }),
  cmd('STREAM::encoding', a(0, 1), { synopsis: ['STREAM::encoding [ascii | utf8 | ...]'], profiles: STREAM }),
];

export const URI_COMMANDS: CommandSpec[] = [
  cmd('URI::path', a(1, 3), {
    synopsis: ['URI::path <uri> [depth | <start> [<end>]]'],
    events: 'any',
    returns: 'string',
    verified: true,
    source: `${TMSH13}URI_path.html`,
    note: 'F5: VALID DURING ANY_EVENT.',
  }),
  cmd('URI::host', a(1, 1), {
    synopsis: ['URI::host <uri>'],
    events: 'any',
    returns: 'string',
    verified: true,
    source: `${TMSH13}URI_host.html`,
    note: 'F5: VALID DURING ANY_EVENT.',
  }),
  cmd('URI::protocol', a(1, 1), {
    synopsis: ['URI::protocol <uri>'],
    events: 'any',
    returns: 'string',
    verified: true,
    source: `${TMSH13}URI_protocol.html`,
    note: 'F5: VALID DURING ANY_EVENT.',
  }),
  cmd('URI::query', a(1, 2), {
    synopsis: ['URI::query <uri> [<parameter name>]'],
    events: 'any',
    f5Events: ['HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA'],
    returns: 'string',
    clientControlled: true,
    verified: false,
    source: `${TMSH13}URI_query.html`,
    note:
      "F5's tmsh v13 page lists HTTP_REQUEST, HTTP_REQUEST_DATA, HTTP_RESPONSE, HTTP_RESPONSE_DATA but its own example " +
      'calls URI::query in RULE_INIT, and its siblings URI::path/host/protocol are ANY_EVENT: kept as \'any\'.',
  }),
  cmd('URI::basename', a(1, 1), { synopsis: ['URI::basename <uri>'], returns: 'string', source: docUrl('URI::basename') }),
  cmd('URI::port', a(1, 1), { synopsis: ['URI::port <uri>'], returns: 'integer', source: docUrl('URI::port') }),
  cmd('URI::compare', a(2, 2), { synopsis: ['URI::compare <uri1> <uri2>'], returns: 'boolean', source: docUrl('URI::compare') }),
  cmd('URI::decode', a(1, 1), { synopsis: ['URI::decode <string>'], returns: 'string', source: docUrl('URI::decode') }),
  cmd('URI::encode', a(1, 1), { synopsis: ['URI::encode <string>'], returns: 'string', source: docUrl('URI::encode') }),
];

export const STATS_COMMANDS: CommandSpec[] = [
  cmd('ISTATS::get', a(1, 1), { synopsis: ['ISTATS::get <key>'], source: docUrl('ISTATS::get') }),
  cmd('ISTATS::set', a(2, 2), { synopsis: ['ISTATS::set <key> <value>'], returns: 'none', source: docUrl('ISTATS::set') }),
  cmd('ISTATS::incr', a(2, 2), { synopsis: ['ISTATS::incr <key> <delta>'], returns: 'none', source: docUrl('ISTATS::incr') }),
  cmd('ISTATS::remove', a(1, 1), { synopsis: ['ISTATS::remove <key>'], returns: 'none', source: docUrl('ISTATS::remove') }),
  cmd('STATS::get', a(2, 2), { synopsis: ['STATS::get <profile> <field>'], returns: 'integer', profiles: ['statistics'], source: docUrl('STATS::get') }),
  cmd('STATS::set', a(2, 3), { synopsis: ['STATS::set <profile> <field> [<value>]'], profiles: ['statistics'], source: docUrl('STATS::set') }),
  cmd('STATS::incr', a(2, 3), { synopsis: ['STATS::incr <profile> <field> [<delta>]'], profiles: ['statistics'], source: docUrl('STATS::incr') }),
  cmd('STATS::setmax', a(2, 3), { synopsis: ['STATS::setmax <profile> <field> [<value>]'], profiles: ['statistics'], source: docUrl('STATS::setmax'), provenance: uncheckedSyntax('STATS::setmax') }),
  cmd('STATS::setmin', a(2, 3), { synopsis: ['STATS::setmin <profile> <field> [<value>]'], profiles: ['statistics'], source: docUrl('STATS::setmin'), provenance: uncheckedSyntax('STATS::setmin') }),
];
