import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  DETAILED_COMMANDS,
  EVENTS,
  EVENT_NAMES,
  TCL_CORE_COMMANDS,
  TCL_DISABLED_COMMANDS,
  TCL_UNAVAILABLE_COMMANDS,
  TCL_COMMANDS,
  ALL_COMMANDS,
  MEASUREMENTS_URL,
  lookupModel,
  checkArgs,
  eventVerdict,
  isValidInEvent,
  lookupCommand,
  lookupEvent,
} from '../../src/model/index.js';

describe('catalog: counts and integrity', () => {
  it('knows at least 300 commands and 100 events', () => {
    expect(COMMANDS.size).toBeGreaterThanOrEqual(300);
    expect(EVENT_NAMES.size).toBeGreaterThanOrEqual(100);
  });

  it('has no duplicate command or event names', () => {
    const names = DETAILED_COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const ev = EVENTS.map((e) => e.name);
    expect(new Set(ev).size).toBe(ev.length);
  });

  it('every map key is the spec name', () => {
    for (const [k, c] of COMMANDS) expect(c.name).toBe(k);
  });

  it('every command event is a known event (or any)', () => {
    for (const c of COMMANDS.values()) {
      const lists = [c.events === 'any' ? [] : c.events, c.rejectedIn ?? [], c.f5Events ?? []];
      for (const sub of Object.values(c.subcommands ?? {})) if (sub.events && sub.events !== 'any') lists.push(sub.events);
      for (const l of lists) for (const e of l) expect(EVENT_NAMES.has(e), `${c.name}: ${e}`).toBe(true);
    }
  });

  it('arg shapes are consistent: min <= max, non-negative', () => {
    for (const c of COMMANDS.values()) {
      expect(c.args.min, c.name).toBeGreaterThanOrEqual(0);
      if (c.args.max !== null) expect(c.args.min, c.name).toBeLessThanOrEqual(c.args.max);
      for (const [s, sub] of Object.entries(c.subcommands ?? {})) {
        expect(sub.min, `${c.name} ${s}`).toBeGreaterThanOrEqual(0);
        if (sub.max !== null) expect(sub.min, `${c.name} ${s}`).toBeLessThanOrEqual(sub.max);
        // subcommand word + its args must fit the overall shape
        if (c.args.max !== null && sub.max !== null) expect(1 + sub.max, `${c.name} ${s}`).toBeLessThanOrEqual(c.args.max);
        expect(1 + sub.min, `${c.name} ${s}`).toBeGreaterThanOrEqual(c.args.min);
      }
    }
  });

  it('rejectedIn never overlaps the events list', () => {
    for (const c of COMMANDS.values()) {
      if (c.events === 'any' || !c.rejectedIn) continue;
      for (const e of c.rejectedIn) expect(c.events.includes(e), `${c.name}: ${e}`).toBe(false);
    }
  });

  it('verified commands cite their source; every command has a synopsis', () => {
    for (const c of COMMANDS.values()) {
      expect(c.synopsis.length, c.name).toBeGreaterThan(0);
      if (c.verified) expect(c.source, c.name).toMatch(/^https:\/\/clouddocs\.f5\.com\//);
    }
  });

  it('every event has a description', () => {
    for (const e of EVENTS) expect(e.description.length, e.name).toBeGreaterThan(10);
  });

  it('covers the namespaces real iRules use', () => {
    const namespaces = new Set([...COMMANDS.keys()].filter((n) => n.includes('::')).map((n) => n.split('::')[0]));
    for (const ns of [
      'HTTP', 'IP', 'TCP', 'UDP', 'SSL', 'LB', 'DNS', 'ACCESS', 'ACCESS2', 'HSL', 'STREAM', 'URI', 'CRYPTO', 'WS', 'AES',
      'ASM', 'AUTH', 'CACHE', 'CLASSIFY', 'COMPRESS', 'DIAMETER', 'FIX', 'GTP', 'HTML', 'ICAP', 'ISTATS', 'LINE', 'MQTT',
      'MR', 'NAME', 'NSH', 'PCP', 'PROFILE', 'RADIUS', 'RESOLV', 'REST', 'ROUTE', 'RTSP', 'SCTP', 'SDP', 'SIP', 'SMTPS',
      'SOCKS', 'STATS', 'TMM', 'WAM', 'X509', 'XML', 'ADAPT', 'ACL', 'CLASSIFICATION',
    ]) {
      expect(namespaces.has(ns), ns).toBe(true);
    }
    for (const g of [
      'table', 'class', 'persist', 'pool', 'member', 'node', 'snat', 'snatpool', 'log', 'event', 'drop', 'discard',
      'reject', 'virtual', 'call', 'after', 'session', 'matchclass', 'findclass', 'getfield', 'findstr', 'substr', 'domain',
      'md5', 'sha1', 'sha256', 'sha384', 'sha512', 'b64encode', 'b64decode', 'crc32', 'cpu', 'active_members',
      'active_nodes', 'members', 'clientside', 'serverside', 'peer', 'nexthop', 'forward', 'lasthop', 'rateclass',
      'sharedvar', 'priority', 'when', 'use', 'whereis',
    ]) {
      expect(lookupCommand(g), g).toBeDefined();
    }
  });

  it('lists the events BIG-IP raises most', () => {
    for (const e of [
      'RULE_INIT', 'CLIENT_ACCEPTED', 'CLIENT_CLOSED', 'CLIENT_DATA', 'HTTP_REQUEST', 'HTTP_REQUEST_DATA', 'HTTP_REQUEST_SEND',
      'HTTP_REQUEST_RELEASE', 'HTTP_RESPONSE', 'HTTP_RESPONSE_DATA', 'HTTP_RESPONSE_CONTINUE', 'HTTP_RESPONSE_RELEASE',
      'HTTP_CLASS_FAILED', 'HTTP_CLASS_SELECTED', 'HTTP_DISABLED', 'HTTP_PROXY_REQUEST', 'HTTP_REJECT', 'LB_SELECTED',
      'LB_FAILED', 'LB_QUEUED', 'PERSIST_DOWN', 'SERVER_CONNECTED', 'SERVER_CLOSED', 'SERVER_DATA', 'SERVER_INIT',
      'CLIENTSSL_HANDSHAKE', 'CLIENTSSL_CLIENTHELLO', 'CLIENTSSL_CLIENTCERT', 'CLIENTSSL_DATA', 'CLIENTSSL_SERVERHELLO_SEND',
      'SERVERSSL_HANDSHAKE', 'SERVERSSL_CLIENTHELLO_SEND', 'SERVERSSL_SERVERHELLO', 'SERVERSSL_DATA', 'DNS_REQUEST',
      'DNS_RESPONSE', 'ACCESS_SESSION_STARTED', 'ACCESS_POLICY_AGENT_EVENT', 'ACCESS_ACL_ALLOWED', 'ACCESS_POLICY_COMPLETED',
      'ACCESS_SESSION_CLOSED', 'ASM_REQUEST_DONE', 'ASM_REQUEST_VIOLATION', 'ASM_RESPONSE_VIOLATION', 'STREAM_MATCHED',
      'WS_REQUEST', 'WS_RESPONSE', 'WS_CLIENT_FRAME', 'WS_CLIENT_DATA', 'WS_SERVER_FRAME', 'WS_SERVER_DATA', 'NAME_RESOLVED',
      'AUTH_RESULT', 'AUTH_ERROR', 'AUTH_FAILURE', 'AUTH_SUCCESS', 'AUTH_WANTCREDENTIAL', 'CACHE_REQUEST', 'CACHE_RESPONSE',
      'CACHE_UPDATE', 'SIP_REQUEST', 'SIP_RESPONSE', 'RTSP_REQUEST', 'RTSP_RESPONSE', 'DIAMETER_INGRESS', 'DIAMETER_EGRESS',
      'MQTT_CLIENT_INGRESS', 'MR_INGRESS', 'MR_EGRESS',
    ]) {
      expect(lookupEvent(e), e).toBeDefined();
    }
    expect(lookupEvent('HTTP_REQUEST')?.profiles).toContain('http');
    expect(lookupEvent('NOT_AN_EVENT')).toBeUndefined();
  });
});

describe('catalog: spot facts', () => {
  it('HTTP::header: valid in HTTP_REQUEST, not in CLIENT_ACCEPTED (docs/bigip-reference.md §9.1); NAME short form', () => {
    const h = lookupCommand('HTTP::header')!;
    expect(isValidInEvent('HTTP::header', 'HTTP_REQUEST')).toBe(true);
    expect(isValidInEvent('HTTP::header', 'HTTP_RESPONSE')).toBe(true);
    // Not measured, and F5's list could not be read: irule's inferred list leaves these out.
    expect(eventVerdict('HTTP::header', undefined, 'CLIENT_ACCEPTED')).toBe('inferred');
    expect(eventVerdict('HTTP::header', undefined, 'RULE_INIT')).toBe('inferred');
    expect(isValidInEvent('HTTP::header', 'CLIENT_ACCEPTED')).toBe(true);
    expect(h.subcommandOptional).toBe(true);
    expect(h.defaultSubcommand).toBe('value');
    // https://clouddocs.f5.com/cli/tmsh-reference/v16/modules/ltm/ltm_rule_command_HTTP_header.html
    for (const s of ['value', 'values', 'names', 'count', 'at', 'exists', 'insert', 'lws', 'is_keepalive', 'is_redirect', 'replace', 'remove', 'insert_modssl_fields', 'sanitize']) {
      expect(h.subcommands?.[s], s).toBeDefined();
    }
    expect(h.subcommands?.insert?.max).toBeNull();
    expect(h.profiles).toContain('http');
    expect(h.clientControlled).toBe(true);
  });

  it('HTTP::uri: F5 list (tmsh latest HTTP_uri page) and the [LAB] HTTP_RESPONSE rejection', () => {
    // https://clouddocs.f5.com/cli/tmsh-reference/latest/modules/ltm/ltm_rule_command_HTTP_uri.html
    const u = lookupCommand('HTTP::uri')!;
    expect(u.verified).toBe(true);
    expect(u.events).toContain('HTTP_REQUEST');
    expect(u.events).toContain('SERVER_CONNECTED');
    expect(isValidInEvent('HTTP::uri', 'HTTP_RESPONSE')).toBe(false);
    expect(isValidInEvent('HTTP::uri', 'CLIENT_ACCEPTED')).toBe(false);
    expect(u.clientControlled).toBe(true);
  });

  it('HTTP::status is rejected in HTTP_REQUEST, HTTP::respond in CLIENT_ACCEPTED/LB_SELECTED/SERVER_CONNECTED ([LAB])', () => {
    expect(isValidInEvent('HTTP::status', 'HTTP_REQUEST')).toBe(false);
    expect(isValidInEvent('HTTP::status', 'HTTP_RESPONSE')).toBe(true);
    for (const e of ['CLIENT_ACCEPTED', 'LB_SELECTED', 'SERVER_CONNECTED']) expect(isValidInEvent('HTTP::respond', e), e).toBe(false);
    expect(isValidInEvent('HTTP::respond', 'HTTP_REQUEST')).toBe(true);
    expect(isValidInEvent('HTTP::respond', 'HTTP_RESPONSE')).toBe(true);
    expect(isValidInEvent('HTTP::respond', 'LB_FAILED')).toBe(true);
    expect(lookupCommand('HTTP::respond')!.args).toEqual({ min: 1, max: null });
  });

  it('persist has the documented subcommands (tmsh v16 persist page)', () => {
    // https://clouddocs.f5.com/cli/tmsh-reference/v16/modules/ltm/ltm_rule_command_persist.html
    const p = lookupCommand('persist')!;
    for (const s of ['uie', 'none', 'add', 'lookup', 'delete', 'source_addr', 'cookie', 'hash', 'carp', 'universal', 'ssl', 'host']) {
      expect(p.subcommands?.[s], s).toBeDefined();
    }
    expect(p.subcommands!.uie).toMatchObject({ min: 1, max: 2 });
    expect(p.subcommands!.none).toMatchObject({ min: 0, max: 0 });
    expect(p.subcommands!.lookup).toMatchObject({ min: 2, max: 3 });
  });

  it('matchclass and findclass are deprecated in favour of class', () => {
    expect(lookupCommand('matchclass')!.deprecated).toMatch(/class match/);
    expect(lookupCommand('findclass')!.deprecated).toMatch(/class/);
    expect(lookupCommand('class')!.subcommands?.match).toBeDefined();
  });

  it('IP::client_addr is valid in every traffic event; [LAB] rejected in RULE_INIT', () => {
    // https://clouddocs.f5.com/api/irules/IP__client_addr.html ; docs/bigip-reference.md §6.1 / §9.1
    const c = lookupCommand('IP::client_addr')!;
    expect(c.events).toBe('any');
    expect(c.rejectedIn).toEqual(['RULE_INIT']);
    expect(isValidInEvent('IP::client_addr', 'CLIENT_ACCEPTED')).toBe(true);
    expect(isValidInEvent('IP::client_addr', 'HTTP_RESPONSE')).toBe(true);
    expect(isValidInEvent('IP::client_addr', 'RULE_INIT')).toBe(false);
  });

  it('TCP::payload: F5 list (tmsh v13 TCP_payload page)', () => {
    // https://clouddocs.f5.com/cli/tmsh-reference/v13/modules/ltm/ltm_rule_command_TCP_payload.html
    expect(isValidInEvent('TCP::payload', 'CLIENT_DATA')).toBe(true);
    // F5's list leaves RULE_INIT out, but BIG-IP 21.1 loads it there (measurements §8).
    expect(eventVerdict('TCP::payload', undefined, 'RULE_INIT')).toBe('accepted');
    expect(eventVerdict('TCP::payload', undefined, 'HTTP_REQUEST')).toBe('accepted');
    expect(lookupCommand('TCP::payload')!.clientControlled).toBe(true);
  });

  it('URI::path/host/protocol are ANY_EVENT (tmsh v13 pages)', () => {
    for (const n of ['URI::path', 'URI::host', 'URI::protocol']) {
      const c = lookupCommand(n)!;
      expect(c.events, n).toBe('any');
      expect(c.verified, n).toBe(true);
    }
  });

  it('LB::reselect is valid only in LB_FAILED, LB_QUEUED, LB_SELECTED, PERSIST_DOWN', () => {
    // https://clouddocs.f5.com/api/irules/LB__reselect.html (docs/bigip-reference.md §5.3)
    expect(lookupCommand('LB::reselect')!.events).toEqual(['LB_FAILED', 'LB_QUEUED', 'LB_SELECTED', 'PERSIST_DOWN']);
  });

  it('table options keep arity permissive (table set -subtable T -notouch k v t l)', () => {
    const t = lookupCommand('table')!;
    expect(t.subcommands!.set!.max).toBeNull();
    expect(t.subcommands!.keys).toBeDefined();
    expect(isValidInEvent('table', 'RULE_INIT')).toBe(false);
  });

  it('log accepts -noname and a remote destination', () => {
    const l = lookupCommand('log')!;
    expect(l.args.min).toBe(1);
    expect(l.args.max).toBeGreaterThanOrEqual(4);
  });

  it('lookupCommand accepts a leading ::', () => {
    expect(lookupCommand('::HTTP::uri')?.name).toBe('HTTP::uri');
    expect(lookupCommand('::log')?.name).toBe('log');
    expect(lookupCommand('no_such_command')).toBeUndefined();
  });

  it('taint sources include the client-controlled HTTP getters and URI::query', () => {
    for (const n of ['HTTP::header', 'HTTP::uri', 'HTTP::path', 'HTTP::query', 'HTTP::host', 'HTTP::cookie', 'HTTP::payload', 'URI::query', 'TCP::payload']) {
      expect(lookupCommand(n)!.clientControlled, n).toBe(true);
    }
    expect(lookupCommand('IP::client_addr')!.clientControlled).toBeFalsy();
  });
});

describe('model: Tcl commands on BIG-IP (measurements §4, §4b, §5)', () => {
  it('the 31 disabled commands are exactly the measured ones, split 16 absent / 15 refused', () => {
    expect([...TCL_DISABLED_COMMANDS].sort()).toEqual([
      'auto_execok', 'auto_import', 'auto_load', 'auto_qualify', 'cd', 'eof', 'exec', 'exit', 'fblocked', 'fconfigure', 'fcopy',
      'file', 'flush', 'gets', 'glob', 'interp', 'load', 'namespace', 'open', 'package', 'pid', 'pwd', 'rename', 'seek',
      'socket', 'source', 'tell', 'time', 'unknown', 'update', 'vwait',
    ]);
    const how = (h: string) => TCL_DISABLED_COMMANDS.filter((c) => TCL_COMMANDS.get(c)!.disabledHow === h).length;
    expect([how('absent-from-interpreter'), how('refused-by-compiler')]).toEqual([16, 15]);
    for (const c of TCL_DISABLED_COMMANDS) {
      expect(lookupCommand(c), c).toBeUndefined();
      expect(TCL_COMMANDS.get(c)!.provenance.availability.kind, c).toBe('measured');
    }
  });

  it('commands the measurement found present are core, not disabled (puts, close, read, trace, after is F5\'s)', () => {
    for (const c of ['puts', 'close', 'read', 'trace', 'set', 'if', 'foreach', 'string', 'expr', 'switch', 'catch', 'regexp', 'lindex', 'proc', 'return', 'while', 'subst', 'clock', 'binary', 'upvar']) {
      expect(TCL_CORE_COMMANDS, c).toContain(c);
    }
    for (const c of TCL_CORE_COMMANDS) {
      expect(TCL_DISABLED_COMMANDS, c).not.toContain(c);
      expect(TCL_UNAVAILABLE_COMMANDS, c).not.toContain(c);
    }
  });

  it('Tcl 8.5+ commands are unavailable; the probed ones carry the measurement', () => {
    for (const c of ['dict', 'lassign', 'apply', 'lreverse', 'lrepeat', 'chan']) {
      expect(TCL_UNAVAILABLE_COMMANDS, c).toContain(c);
      expect(TCL_COMMANDS.get(c)!.provenance.availability.kind, c).toBe('measured');
    }
    for (const c of ['try', 'throw', 'lmap', 'tailcall', 'coroutine']) expect(TCL_UNAVAILABLE_COMMANDS, c).toContain(c);
    expect(TCL_COMMANDS.get('string')!.subcommands!.reverse!.tcl85).toBe(true);
  });

  it('core commands have Tcl arity: set takes 1..2, string length 1, lindex at least a list', () => {
    const set = lookupModel('set')!;
    expect(checkArgs(set, ['a'])).toBeUndefined();
    expect(checkArgs(set, ['a', 'b', 'c'])).toBeDefined();
    expect(checkArgs(lookupModel('string')!, ['frobulate', 'x'])).toMatch(/unknown subcommand/);
    expect(checkArgs(lookupModel('string')!, ['length', 'x'])).toBeUndefined();
    expect(checkArgs(lookupModel('lindex')!, [])).toBeDefined();
  });
});

describe('model: shape of every entry', () => {
  it('every command has an availability, a side and a provenance for each fact', () => {
    for (const c of ALL_COMMANDS.values()) {
      expect(['irule', 'tcl-core', 'tcl85', 'disabled', 'absent'], c.name).toContain(c.availability);
      expect(['client', 'server', 'both', 'global', 'any'], c.name).toContain(c.side);
      for (const f of ['syntax', 'events', 'availability', 'side', 'taint'] as const) {
        const p = c.provenance[f];
        expect(['f5', 'measured', 'tcl', 'inferred'], `${c.name} ${f}`).toContain(p.kind);
        if (p.kind === 'inferred') expect(p.note, `${c.name} ${f}`).toBeTruthy();
        else expect(p.url, `${c.name} ${f}`).toMatch(/^https:\/\//);
      }
    }
  });

  it('a verified event list cites an F5 page or a measurement, never a file outside the repository', () => {
    for (const c of ALL_COMMANDS.values()) {
      const p = c.provenance.events;
      if (p.kind === 'f5') expect(p.url, c.name).toMatch(/^https:\/\/(clouddocs|techdocs|my)\.f5\.com\//);
      if (p.kind === 'measured') expect(p.url, c.name).toContain(MEASUREMENTS_URL);
    }
  });

  it('side follows the events: HTTP::status is server-side, HTTP::uri client-side, log anywhere', () => {
    expect(lookupCommand('log')!.side).toBe('any');
    expect(lookupCommand('LB::reselect')!.side).toBe('client');
  });

  it('client-controlled commands have the taint source role', () => {
    expect(lookupCommand('HTTP::uri')!.taint).toContain('source');
    expect(lookupCommand('IP::client_addr')!.taint ?? []).not.toContain('source');
  });
});

describe('catalog: arity of real-world calls', () => {
  const ok: [string, string[]][] = [
    ['HTTP::header', ['Host']],
    ['HTTP::header', ['Host', 'example.com']],
    ['HTTP::header', ['value', 'X-Forwarded-For']],
    ['HTTP::header', ['insert', 'X-A', '1', 'X-B', '2']],
    ['HTTP::header', ['insert', 'lws', 'X-A', 'a b']],
    ['HTTP::header', ['remove', 'Server']],
    ['HTTP::respond', ['200', 'content', 'body', 'noserver', 'Content-Type', 'text/plain', 'Connection', 'close']],
    ['HTTP::respond', ['-reset', '503', '-version', '1.1', 'content', 'down']],
    ['HTTP::cookie', ['JSESSIONID']],
    ['HTTP::cookie', ['insert', 'name', 'n', 'value', 'v', 'path', '/', 'domain', 'd', 'version', '1']],
    ['HTTP::uri', ['-normalized']],
    ['log', ['-noname', 'local0.', 'msg']],
    ['log', ['-noname', '10.0.0.1:514', 'local0.info', 'msg']],
    ['log', ['msg']],
    ['table', ['set', '-subtable', 's', '-notouch', 'k', 'v', '600', '3600']],
    ['table', ['keys', '-subtable', 's', '-count']],
    ['table', ['incr', '-notouch', 'k']],
    ['class', ['match', '--', 'x', 'equals', 'dg']],
    ['class', ['search', '-all', '-value', 'dg', 'starts_with', 'x']],
    ['class', ['lookup', 'x', 'dg']],
    ['persist', ['uie', 'key', '3600']],
    ['persist', ['none']],
    ['persist', ['add', 'uie', 'key', '600']],
    ['persist', ['lookup', 'uie', 'key', 'node']],
    ['persist', ['source_addr', '255.255.255.0', '60']],
    ['persist', ['cookie', 'insert', 'c', '0']],
    ['pool', ['p', 'member', '10.0.0.1', '80']],
    ['event', ['disable', 'all']],
    ['event', ['HTTP_RESPONSE', 'disable']],
    ['after', ['1000', '-periodic', '{ log x }']],
    ['after', ['cancel', '-all']],
    ['session', ['add', 'uie', 'k', 'v', '600']],
    ['HSL::open', ['-proto', 'UDP', '-pool', 'syslog']],
    ['IP::addr', ['1.2.3.4', 'equals', '1.2.3.0/24']],
    ['TCP::payload', ['replace', '0', '10', 'x']],
    ['LB::status', ['pool', 'p', 'member', '10.0.0.1', '80']],
    ['getfield', ['a:b', ':', '1']],
    ['SSL::cert', ['0']],
    ['SSL::cert', ['issuer', '0']],
  ];
  it.each(ok)('%s %j is accepted', (name, words) => {
    expect(checkArgs(lookupCommand(name)!, words)).toBeUndefined();
  });

  const bad: [string, string[]][] = [
    ['HTTP::redirect', []],
    ['HTTP::header', []],
    ['HTTP::header', ['remove']],
    ['HTTP::header', ['Host', 'a', 'b']],
    ['persist', ['uie']],
    ['persist', ['bogus', 'x']],
    ['table', ['lookup']],
    ['getfield', ['a', ':']],
    ['md5', []],
  ];
  it.each(bad)('%s %j is rejected', (name, words) => {
    expect(checkArgs(lookupCommand(name)!, words)).toBeDefined();
  });
});

describe('model: event context, only measured cells are certain (measurements §8)', () => {
  it('measured refusals and acceptances', () => {
    expect(eventVerdict('HTTP::uri', undefined, 'HTTP_RESPONSE')).toBe('refused');
    expect(eventVerdict('HTTP::status', undefined, 'HTTP_REQUEST')).toBe('refused');
    expect(eventVerdict('HTTP::respond', undefined, 'LB_SELECTED')).toBe('refused');
    expect(eventVerdict('SSL::cipher', undefined, 'CLIENT_ACCEPTED')).toBe('refused');
    expect(eventVerdict('IP::client_addr', undefined, 'RULE_INIT')).toBe('refused');
    expect(eventVerdict('table', undefined, 'RULE_INIT')).toBe('refused');
    // Accepted although F5's lists or the HTTP profile suggest otherwise.
    expect(eventVerdict('HTTP::uri', undefined, 'LB_SELECTED')).toBe('accepted');
    expect(eventVerdict('HTTP::status', undefined, 'LB_SELECTED')).toBe('accepted');
    expect(eventVerdict('HTTP::collect', undefined, 'LB_SELECTED')).toBe('accepted');
    expect(eventVerdict('HTTP::uri', undefined, 'RULE_INIT')).toBe('accepted');
    expect(isValidInEvent('HTTP::uri', 'HTTP_RESPONSE')).toBe(false);
  });
  it('request commands where F5\'s own examples use them are not even doubtful', () => {
    for (const ev of ['LB_FAILED', 'HTTP_REQUEST_RELEASE', 'ASM_REQUEST_DONE', 'ACCESS_POLICY_COMPLETED', 'HTTP_PROXY_REQUEST']) {
      expect(eventVerdict('HTTP::host', undefined, ev), ev).toBe('accepted');
      expect(eventVerdict('HTTP::path', undefined, ev), ev).toBe('accepted');
    }
  });
  it('an unmeasured cell missing from an inferred list is only doubtful', () => {
    expect(eventVerdict('IP::local_addr', undefined, 'RULE_INIT')).toBe('inferred');
    expect(isValidInEvent('IP::local_addr', 'RULE_INIT')).toBe(true);
  });
});
