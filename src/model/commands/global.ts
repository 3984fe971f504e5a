// Global (un-namespaced) iRule commands: table, class, log, event, drop, after, session, ...

import type { ArgLayout, CommandSpec } from '../types.js';
import { LAB_SOURCE_NOTE, REJECTED_IN_RULE_INIT, TMSH13, TMSH16, a, cmd, docUrl, sub, uncheckedSyntax } from './_shared.js';

const TABLE_OPTS = '[-notouch] [-subtable <name>] [-mustexist | -excl] [--]';

/** A table subcommand that names a key: its flags, -subtable NAME and -georedundancy, then the key and values. */
function tableKeyed(...flags: string[]): ArgLayout {
  return { options: { '-subtable': 'name', '-georedundancy': null, ...Object.fromEntries(flags.map((f) => [f, null])) }, positional: ['value'], rest: 'value' };
}

const CLASS_OPTIONS = { '-index': null, '-name': null, '-value': null, '-element': null, '-all': null };

export const GLOBAL_COMMANDS: CommandSpec[] = [
  cmd('table', a(2, null), {
    synopsis: [
      `table set ${TABLE_OPTS} <key> <value> [<timeout> | indefinite [<lifetime> | indefinite]]`,
      'table add [-notouch] [-subtable <name>] [--] <key> <value> [<timeout> [<lifetime>]]',
      'table replace [-notouch] [-subtable <name>] [--] <key> <value> [<timeout> [<lifetime>]]',
      'table lookup [-notouch] [-subtable <name>] [--] <key>',
      'table incr [-notouch] [-subtable <name>] [-mustexist] [--] <key> [<delta>]',
      'table append [-notouch] [-subtable <name>] [-mustexist] [--] <key> <string>',
      'table delete [-subtable <name>] (-all | [--] <key>)',
      'table timeout [-subtable <name>] [-remaining] [--] <key> [<value> | indefinite]',
      'table lifetime [-subtable <name>] [-remaining] [--] <key> [<value> | indefinite]',
      'table keys -subtable <name> [-notouch | -count]',
    ],
    // Options before the key, per subcommand (the synopses above); every one takes -subtable NAME,
    // all but keys -georedundancy. The first word after the options (or after --) is the key.
    subcommands: {
      set: sub(2, null, { returns: 'string', layout: tableKeyed('-notouch', '-mustexist', '-excl') }),
      add: sub(2, null, { returns: 'string', layout: tableKeyed('-notouch') }),
      replace: sub(2, null, { returns: 'string', layout: tableKeyed('-notouch') }),
      lookup: sub(1, null, { returns: 'string', layout: tableKeyed('-notouch') }),
      incr: sub(1, null, { returns: 'integer', layout: tableKeyed('-notouch', '-mustexist') }),
      append: sub(2, null, { returns: 'string', layout: tableKeyed('-notouch', '-mustexist') }),
      delete: sub(1, null, { returns: 'none', layout: tableKeyed('-all') }),
      timeout: sub(1, null, { returns: 'integer', layout: tableKeyed('-remaining') }),
      lifetime: sub(1, null, { returns: 'integer', layout: tableKeyed('-remaining') }),
      keys: sub(2, null, { returns: 'list', layout: { options: { '-subtable': 'name', '-notouch': null, '-count': null } } }),
    },
    rejectedIn: REJECTED_IN_RULE_INIT,
    verified: false,
    source: `${TMSH13}table.html`,
    note: `Syntax from F5's tmsh v13 page (options may appear in any order before --). VALID DURING not readable. rejectedIn: ${LAB_SOURCE_NOTE}. Not available to GTM.`,
  }),
  cmd('class', a(2, null), {
    synopsis: [
      'class match [-index | -name | -value | -element] [-all] [--] <item> <operator> <class>',
      'class search [-index | -name | -value | -element] [-all] [--] <class> <operator> <item>',
      'class lookup <item> <class>',
      'class element [-name | -value] <index> <class>',
      'class type <class>',
      'class exists <class>',
      'class size <class>',
      'class names [-nocase] <class> [<pattern>]',
      'class get [-nocase] <class> [<pattern>]',
      'class startsearch <class>',
      'class nextelement [-index | -name | -value] <class> <search id>',
      'class anymore <class> <search id>',
      'class donesearch <class> <search id>',
    ],
    subcommands: {
      match: sub(3, null, { layout: { options: CLASS_OPTIONS, trailing: ['value', 'name', 'datagroup'] } }),
      search: sub(3, null, { layout: { options: CLASS_OPTIONS, trailing: ['datagroup', 'name', 'value'] } }),
      lookup: sub(2, 2, { returns: 'string', layout: { positional: ['value', 'datagroup'] } }),
      element: sub(2, null),
      type: sub(1, 1, { returns: 'string' }),
      exists: sub(1, 1, { returns: 'boolean' }),
      size: sub(1, 1, { returns: 'integer' }),
      names: sub(1, 3, { returns: 'list' }),
      get: sub(1, 3, { returns: 'list' }),
      startsearch: sub(1, 1, { returns: 'string' }),
      nextelement: sub(2, null),
      anymore: sub(2, 2, { returns: 'boolean' }),
      donesearch: sub(2, 2, { returns: 'none' }),
    },
    verified: false,
    source: `${TMSH16}class.html`,
    note: "match/search grammar from F5's tmsh v16 page; other forms from clouddocs `class`. Operators: equals, starts_with, ends_with, contains.",
  }),
  cmd('matchclass', a(3, 3), {
    synopsis: ['matchclass <item> <operator> <class>'],
    returns: 'integer',
    deprecated: 'use class match (v10+)',
    source: docUrl('matchclass'),
  }),
  cmd('findclass', a(2, 3), {
    synopsis: ['findclass <string> <class> [<separator>]'],
    returns: 'string',
    deprecated: 'use class search / class lookup (v10+)',
    source: docUrl('findclass'),
  }),
  cmd('log', a(1, 4), {
    synopsis: [
      'log <message>',
      'log [-noname] <facility>.[<level>] <message>',
      'log [-noname] <remote ip>[:<port>] <facility>.[<level>] <message>',
    ],
    returns: 'none',
    source: docUrl('log'),
    note: 'Messages over 1024 bytes are truncated; `log <message>` without a facility is rate-limited (docs/bigip-reference.md §7).',
  }),
  cmd('event', a(0, 2), {
    synopsis: [
      'event [name]',
      'event (enable | disable) [all]',
      'event <event name> (enable | disable)',
      'event info',
    ],
    subcommandOptional: true,
    subcommands: {
      name: sub(0, 0, { returns: 'string' }),
      enable: sub(0, 1, { returns: 'none' }),
      disable: sub(0, 1, { returns: 'none' }),
      info: sub(0, 1, { returns: 'list' }),
    },
    source: docUrl('event'),
    note: 'An unknown first word is an event name (`event HTTP_RESPONSE disable`). The running handler continues after `event disable` (docs/bigip-reference.md §2.3).',
  }),
  cmd('drop', a(0, 0), {
    synopsis: ['drop'],
    events: 'any',
    returns: 'none',
    verified: true,
    source: `${TMSH13}drop.html`,
    note: 'F5: VALID DURING ANY_EVENT. The rule continues after drop (no implied return).',
  }),
  cmd('discard', a(0, 0), {
    synopsis: ['discard'],
    returns: 'none',
    source: docUrl('discard'),
    note: 'Identical to drop per F5 (drop is ANY_EVENT); its own VALID DURING list was not read.',
  }),
  cmd('reject', a(0, 0), {
    synopsis: ['reject'],
    events: 'any',
    returns: 'none',
    verified: true,
    source: `${TMSH13}reject.html`,
    note: 'F5: VALID DURING ANY_EVENT, GLOBAL_GTM. Code after reject still runs in the current event.',
  }),
  cmd('after', a(1, null), {
    synopsis: [
      'after <ms>',
      'after <ms> [-periodic] <script>',
      'after cancel (<id> ... | -current | -all)',
      'after info [<id> ...]',
    ],
    subcommandOptional: true,
    subcommands: { cancel: sub(1, null, { returns: 'none' }), info: sub(0, null, { returns: 'list' }) },
    layouts: [{ minArgc: 2, positional: ['integer'], trailing: ['script'], bracedOnly: true }],
    returns: 'string',
    source: docUrl('after'),
    note: "BIG-IP's own `after` (not Tcl's): the first word is usually a delay in milliseconds.",
  }),
  cmd('session', a(3, 5), {
    synopsis: [
      'session add <mode> <key> <data> [<timeout>]',
      'session lookup <mode> <key>',
      'session delete <mode> <key>',
    ],
    subcommands: {
      add: sub(3, 4, { returns: 'none' }),
      lookup: sub(2, 2, { returns: 'string' }),
      delete: sub(2, 2, { returns: 'none' }),
    },
    source: docUrl('session'),
    note: 'Default timeout 180 s; superseded by `table` for general use.',
  }),
  cmd('call', a(1, null), {
    synopsis: ['call [<rule>::]<proc> [<arg> ...]'],
    layouts: [{ positional: ['procname'], rest: 'value' }],
    source: docUrl('call'),
    note: 'A proc must be invoked with call (docs/bigip-reference.md §1.2).',
  }),
  cmd('getfield', a(3, 3), { synopsis: ['getfield <string> <split> <field number>'], returns: 'string', source: docUrl('getfield') }),
  cmd('findstr', a(2, 4), { synopsis: ['findstr <string> <search string> [<skip count> [<terminator>]]'], returns: 'string', source: docUrl('findstr') }),
  cmd('substr', a(2, 3), { synopsis: ['substr <string> <skip count> [<terminator> | <length>]'], returns: 'string', source: docUrl('substr') }),
  cmd('domain', a(2, 2), { synopsis: ['domain <string> <count>'], returns: 'string', source: docUrl('domain') }),
  ...(['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'rmd160'] as const).map((h) =>
    cmd(h, a(1, 1), { synopsis: [`${h} <string>`], returns: 'string', source: docUrl(h), note: 'Returns a binary digest.' }),
  ),
  cmd('b64encode', a(1, 1), { synopsis: ['b64encode <string>'], returns: 'string', source: docUrl('b64encode') }),
  cmd('b64decode', a(1, 1), {
    synopsis: ['b64decode <string>'],
    events: 'any',
    f5Events: ['RULE_INIT'],
    returns: 'string',
    source: `${TMSH13}b64decode.html`,
    note: "F5's tmsh v13 page says VALID DURING RULE_INIT, but its own example uses b64decode in HTTP_REQUEST: kept as 'any'. Raises a Tcl error on invalid input.",
  }),
  cmd('crc32', a(1, 1), { synopsis: ['crc32 <string>'], returns: 'integer', source: docUrl('crc32') }),
  cmd('fasthash', a(1, 1), {
    synopsis: ['fasthash <data>'],
    returns: 'integer',
    source: `${TMSH13}fasthash.html`,
    note: 'v11.4+; the hash is not stable across versions or reboots. VALID DURING empty on the F5 page.',
  }),
  ...(['htonl', 'htons', 'ntohl', 'ntohs'] as const).map((c) =>
    cmd(c, a(1, 1), { synopsis: [`${c} <integer>`], returns: 'integer', source: docUrl(c) }),
  ),
  cmd('clientside', a(1, 1), {
    layouts: [{ argc: [1], positional: ['script'] }],
    synopsis: ['clientside <script>'],
    source: docUrl('clientside'),
    note: 'Evaluates the script in the client-side context (e.g. `clientside {IP::remote_addr}`).',
  }),
  cmd('serverside', a(1, 1), {
    layouts: [{ argc: [1], positional: ['script'] }], synopsis: ['serverside <script>'], source: docUrl('serverside') }),
  cmd('peer', a(1, 1), {
    layouts: [{ argc: [1], positional: ['script'] }], synopsis: ['peer <script>'], source: docUrl('peer') }),
  cmd('rateclass', a(1, 1), { synopsis: ['rateclass <rate class>'], returns: 'none', source: docUrl('rateclass') }),
  cmd('sharedvar', a(1, 1), { synopsis: ['sharedvar <variable>'], returns: 'none', source: docUrl('sharedvar') }),
  cmd('priority', a(0, 1), {
    synopsis: ['priority <0-1000>'],
    source: docUrl('priority'),
    note: 'Also a top-level statement applying to the events that follow it (docs/bigip-reference.md §1.2).',
  }),
  cmd('when', a(2, 5), {
    synopsis: ['when <EVENT> [priority <N>] [timing (on | off)] <body>'],
    layouts: [{ minArgc: 2, positional: ['event'], trailing: ['script'] }],
    source: docUrl('when'),
    note: 'Top-level only; a nested `when` is rejected ("command is not valid in the current scope").',
  }),
  cmd('timing', a(1, 1), { synopsis: ['timing (on | off)'], source: docUrl('timing') }),
  // F5's use page: "paired with" node, pool, rateclass, snat, snatpool (clone and nexthop in its synopsis).
  cmd('use', a(2, null), {
    synopsis: ['use pool|node|snat|snatpool|rateclass|clone|nexthop <args>'],
    subcommands: Object.fromEntries(['clone', 'nexthop', 'node', 'pool', 'rateclass', 'snat', 'snatpool'].map((c) => [c, sub(1, null)])),
    subcommandOptional: true, // another pairing is undocumented, not known to be refused at load
    deprecated: 'BIG-IP 4.x syntax; use `pool`',
    source: docUrl('use'),
  }),
  cmd('whereis', a(1, null), {
    synopsis: ['whereis <ip> [continent | country | state | abbrev | isp | org | latitude | longitude | ...]'],
    returns: 'list',
    source: docUrl('whereis'),
  }),
  cmd('cpu', a(1, 2), { synopsis: ['cpu usage (last | 5secs | 1min | 5mins)'], returns: 'integer', source: docUrl('cpu') }),
  cmd('relate_client', a(0, null), { synopsis: ['relate_client ...'] }),
  cmd('relate_server', a(0, null), { synopsis: ['relate_server ...'] }),
  cmd('listen', a(1, null), { synopsis: ['listen [-proto <p>] [-timeout <t>] ... <script>'] }),
  cmd('connect', a(1, null), {
    synopsis: ['connect [-protocol <p>] [-timeout <ms>] [-idle <s>] [-status <var>] [-tls <profile>] <destination>'],
    returns: 'string',
    source: docUrl('connect'),
    note: 'Sideband connection (v11+).',
  }),
  cmd('send', a(2, null), { synopsis: ['send [-timeout <ms>] [-status <var>] <connection> <data>'], source: docUrl('send') }),
  cmd('recv', a(2, null), {
    synopsis: ['recv [-eol] [-peek] [-timeout <ms>] [-status <var>] <num chars> <connection> [<var>]'],
    clientControlled: true,
    source: docUrl('recv'),
  }),
  cmd('ifile', a(1, 2), { synopsis: ['ifile (get | listall | attributes | checksum | ...) <ifile>'], source: docUrl('ifile') }),
  cmd('traffic_group', a(0, 0), { synopsis: ['traffic_group'], returns: 'string' }),
  cmd('translate', a(1, 2), { synopsis: ['translate (address | port | service) [enable | disable | on | off]'], source: docUrl('translate'), provenance: uncheckedSyntax('translate') }),
  cmd('pem_dtos', a(0, null), { synopsis: ['pem_dtos ...'] }),
  cmd('tcpdump', a(0, null), { synopsis: ['tcpdump ...'] }),
  cmd('llookup', a(0, null), { synopsis: ['llookup ...'] }),
  cmd('nodes', a(0, null), { synopsis: ['nodes ...'] }),
];

/** BIG-IP 4.x-era commands kept for compatibility. */
const LEGACY = [
  'accumulate', 'client_addr', 'client_port', 'decode_uri', 'http_cookie', 'http_header', 'http_host', 'http_method',
  'http_uri', 'http_version', 'imid', 'ip_addr', 'ip_protocol', 'ip_tos', 'ip_ttl', 'link_qos', 'local_addr',
  'local_port', 'redirect', 'remote_addr', 'remote_port', 'server_addr', 'server_port', 'urlcatblindquery',
  'urlcatquery', 'vlan_id',
] as const;

const REPLACEMENT: Record<string, string> = {
  client_addr: 'IP::client_addr', client_port: 'TCP::client_port', decode_uri: 'URI::decode', http_cookie: 'HTTP::cookie',
  http_header: 'HTTP::header', http_host: 'HTTP::host', http_method: 'HTTP::method', http_uri: 'HTTP::uri',
  http_version: 'HTTP::version', ip_addr: 'IP::addr', ip_protocol: 'IP::protocol', ip_tos: 'IP::tos', ip_ttl: 'IP::ttl',
  link_qos: 'LINK::qos', local_addr: 'IP::local_addr', local_port: 'TCP::local_port', redirect: 'HTTP::redirect',
  remote_addr: 'IP::remote_addr', remote_port: 'TCP::remote_port', server_addr: 'IP::server_addr',
  server_port: 'TCP::server_port', vlan_id: 'LINK::vlan_id', accumulate: 'TCP::collect',
};

export const LEGACY_COMMANDS: CommandSpec[] = LEGACY.map((n) =>
  cmd(n, a(0, null), {
    synopsis: [`${n} ...`],
    deprecated: REPLACEMENT[n] ? `use ${REPLACEMENT[n]}` : 'deprecated BIG-IP 4.x/9.x command',
  }),
);

