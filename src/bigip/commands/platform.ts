// Commands about the box and its other modules: TMM (CMP), shared variables, other virtual servers,
// profiles, iFiles, APM session data, the stream filter, and modules the emulator does not run (cache,
// ECA, ICAP adaptation, bandwidth control) where disabling them or attaching a policy changes nothing the
// simulation shows. What would change the outcome and cannot be reproduced stays "not emulated: NAME"
// (docs/behaviour.md "Not emulated").

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { TclList, str, toList } from '../../tcl/value.js';
import { missingFact } from '../facts.js';
import { emulatorOf } from '../state.js';
import { TableStore } from '../table.js';
import { networkContains, parseNetwork } from './ipaddr.js';
import { getSmallInt } from '../../tcl/numbers.js';
import { fromBytes, toBytes } from './crypto.js';

function notEmulated(name: string, why: string): TclError {
  return new TclError(`not emulated: ${name} (${why})`, ['IRULE', 'NOT_EMULATED', name]);
}

/**
 * TMM::cmp_unit / TMM::cmp_count (https://clouddocs.f5.com/api/irules/TMM__cmp_unit.html,
 * https://clouddocs.f5.com/api/irules/TMM__cmp_count.html): the emulator runs all traffic on one TMM, unit 0;
 * the count is the scenario's tmmCount (default 1).
 */
const cmpUnit: CommandDef = { name: 'TMM::cmp_unit', fn: () => 0 };
const cmpCount: CommandDef = { name: 'TMM::cmp_count', fn: (interp) => emulatorOf(interp).emulator.facts.tmmCount ?? 1 };

/**
 * sharedvar NAME (https://clouddocs.f5.com/api/irules/sharedvar.html) shares a variable between the virtual
 * servers a connection passes through (virtual targeting). On the one virtual the emulator runs, a rule's
 * variables are already the connection's (shared by every rule on it), so the name is linked to itself.
 */
const sharedvar: CommandDef = {
  name: 'sharedvar',
  fn: (_interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('sharedvar name');
    return '';
  },
};

/**
 * virtual (https://clouddocs.f5.com/api/irules/virtual.html): `virtual` / `virtual name` is this virtual's
 * name; `virtual NAME` sends the connection to another virtual server of the scenario's `virtuals` list
 * instead of this one's pool (the request leaves the emulated virtual: no member, why "virtual").
 */
const virtual: CommandDef = {
  name: 'virtual',
  fn: (interp, argv) => {
    const h = emulatorOf(interp);
    const a = argv.slice(1).map(str);
    if (a.length === 0 || (a.length === 1 && a[0] === 'name')) return h.emulator.options.virtual.name;
    if (a.length !== 1) throw wrongArgs('virtual ?name|virtual_name?');
    const target = a[0]!;
    const known = h.emulator.facts.virtuals ?? [];
    const partition = h.emulator.partition;
    const full = target.startsWith('/') ? target : `/${partition}/${target}`;
    const match = known.find((v) => v === target || v === full || (v.startsWith('/') ? v : `/${partition}/${v}`) === full);
    if (!match) throw missingFact('virtual', `virtuals (a list naming ${full})`);
    if (h.txn) h.txn.virtualTarget = full;
    return '';
  },
};

/** PROFILE::exists TYPE (https://clouddocs.f5.com/api/irules/PROFILE__exists.html): profiles the scenario attaches. */
const profileExists: CommandDef = {
  name: 'PROFILE::exists',
  fn: (interp, argv) => {
    if (argv.length < 2 || argv.length > 3) throw wrongArgs('PROFILE::exists profile_type ?profile_name?');
    const type = str(argv[1]!);
    const vs = emulatorOf(interp).emulator;
    const p = vs.options.virtual.profiles;
    const attached = new Set<string>(vs.facts.profiles ?? []);
    if (p.http) attached.add('http');
    if (p.oneconnect) attached.add('oneconnect');
    if (p.websocket) attached.add('websocket');
    if (p.persistence) attached.add(p.persistence.type === 'universal' ? 'persist' : 'persist');
    if (vs.facts.tls) attached.add('clientssl');
    if (vs.facts.apm) attached.add('access');
    attached.add('tcp');
    return attached.has(type) ? 1 : 0;
  },
};

/** ifile get NAME (https://clouddocs.f5.com/api/irules/ifile.html): the content of the scenario's iFile. */
const ifile: CommandDef = {
  name: 'ifile',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    const files = emulatorOf(interp).emulator.facts.ifiles;
    if (a[0] === 'listall') return new TclList(Object.keys(files ?? {}));
    if (a.length !== 2 || (a[0] !== 'get' && a[0] !== 'size' && a[0] !== 'checksum' && a[0] !== 'attributes' && a[0] !== 'last_updated_at' && a[0] !== 'last_update_gen')) {
      throw wrongArgs('ifile get|size|listall ?name?');
    }
    const name = a[1]!.replace(/^\/[^/]+\//, '');
    const content = files?.[a[1]!] ?? files?.[name];
    if (content === undefined) throw missingFact('ifile', `ifiles.${name}`);
    if (a[0] === 'get') return content;
    if (a[0] === 'size') return Buffer.byteLength(content, 'latin1');
    throw notEmulated(`ifile ${a[0]}`, 'the scenario gives an iFile\'s content only');
  },
};

/**
 * ACCESS::session (https://clouddocs.f5.com/api/irules/ACCESS__session.html): session variables from the
 * scenario's `apm` map; `data set` changes them for later requests; a variable not listed reads as "".
 */
const accessSession: CommandDef = {
  name: 'ACCESS::session',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str).filter((w) => w !== '-secure' && w !== '-ssid' ? true : false);
    const vs = emulatorOf(interp).emulator;
    const vars = vs.facts.apm;
    if (!vars) throw missingFact('ACCESS::session', 'apm (the access session\'s variables)');
    if (a[0] === 'data' && a[1] === 'get' && a.length >= 3) return vars[a[a.length - 1]!] ?? '';
    if (a[0] === 'data' && a[1] === 'set' && a.length >= 4) {
      vars[a[a.length - 2]!] = a[a.length - 1]!;
      return '';
    }
    if (a[0] === 'exists') return 1;
    if (a[0] === 'sid') {
      const sid = vars['session.id'] ?? vars['sid'];
      if (sid === undefined) throw missingFact('ACCESS::session sid', 'apm["session.id"]');
      return sid;
    }
    if (a[0] === 'remove') return '';
    throw notEmulated(`ACCESS::session ${a[0] ?? ''}`.trim(), 'only data get/set, exists, sid and remove read the scenario\'s apm variables');
  },
};

/**
 * Modules the emulator does not run, where the command only turns them off or names a policy: the outcome
 * the simulation shows is the same (no APM policy on internal requests, no ICAP
 * server, no cache, no rate shaping of bytes the simulation does not time). Sources:
 * https://clouddocs.f5.com/api/irules/ACCESS__disable.html,
 * ACCESS__restrict_irule_events.html, ADAPT__enable.html, CACHE__disable.html, BWC__policy.html,
 * BOTDEFENSE__disable.html (the emulator runs no Bot Defense: nothing is challenged or blocked either way).
 */
function withoutEffect(name: string, check?: (a: string[]) => void): CommandDef {
  return {
    name,
    fn: (_interp, argv) => {
      check?.(argv.slice(1).map(str));
      return '';
    },
  };
}

const adaptEnable = withoutEffect('ADAPT::enable', (a) => {
  // ADAPT::enable ?request|response? BOOL: turning adaptation on would send content to an ICAP server.
  const v = a[a.length - 1];
  if (v !== undefined && !/^(0|false|no|off)$/i.test(v) && !(a.length === 1 && /^(request|response)$/.test(v))) {
    throw notEmulated('ADAPT::enable', 'content adaptation needs an ICAP server the emulator does not have; ADAPT::enable ... 0 (off) is accepted');
  }
});

const cacheEnable: CommandDef = {
  name: 'CACHE::enable',
  fn: () => {
    throw notEmulated('CACHE::enable', 'the emulator has no web acceleration cache: a cached response would never reach the server');
  },
};

/**
 * STREAM:: (https://clouddocs.f5.com/api/irules/STREAM__expression.html): @search@replace@ pairs applied to the
 * response body; the search is a regular expression. Constructs where JavaScript's and POSIX regular
 * expressions differ (lookaround, back references) are not emulated.
 */
function parseStreamExpression(text: string): { search: RegExp; replace: string | null }[] {
  const out: { search: RegExp; replace: string | null }[] = [];
  for (const item of toList(text).map(str)) {
    const d = item[0];
    if (!d) continue;
    const parts = item.slice(1).split(d);
    if (parts.length < 2) throw new TclError(`STREAM::expression: bad expression "${item}": expected ${d}search${d}replace${d}`, ['IRULE', 'STREAM']);
    const search = parts[0]!;
    // Nested quantifiers can backtrack for ever on an untrusted body: refused rather than run unbounded.
    if (/\([^)]*[*+][^)]*\)[*+{]/.test(search)) throw notEmulated('STREAM::expression', `the search "${search}" nests quantifiers`);
    if (/\(\?|\\[1-9]/.test(search)) throw notEmulated('STREAM::expression', `the search "${search}" uses lookaround or a back reference`);
    let re: RegExp;
    try {
      re = new RegExp(search, 'g');
    } catch {
      throw new TclError(`STREAM::expression: bad regular expression "${search}"`, ['IRULE', 'STREAM']);
    }
    out.push({ search: re, replace: parts.length >= 3 ? parts[1]! : null });
  }
  return out;
}

const streamExpression: CommandDef = {
  name: 'STREAM::expression',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('STREAM::expression expression');
    const h = emulatorOf(interp);
    const exprs = parseStreamExpression(str(argv[1]!));
    if (h.connState) h.connState.stream.expressions = exprs;
    return '';
  },
};

function streamToggle(name: string, on: boolean): CommandDef {
  return {
    name,
    fn: (interp) => {
      const h = emulatorOf(interp);
      if (h.connState) h.connState.stream.enabled = on;
      return '';
    },
  };
}

/**
 * LB::select (https://clouddocs.f5.com/api/irules/LB__select.html): makes the load-balancing pick now and
 * returns it as a `pool P member ADDR PORT` command the rule may eval to keep it.
 */
const lbSelect: CommandDef = {
  name: 'LB::select',
  fn: (interp, argv) => {
    if (argv.length > 1) throw notEmulated('LB::select transparent_port', 'only the plain form is emulated');
    const h = emulatorOf(interp);
    const pool = h.txn?.pool ?? h.connState?.pool ?? h.emulator.pool;
    const m = pool.pick();
    if (!m) return '';
    return `pool ${pool.name} member ${m.ip} ${m.port}`;
  },
};

/** AES::key / AES::encrypt / AES::decrypt (https://clouddocs.f5.com/api/irules/AES__key.html) with node:crypto. */
const aesKey: CommandDef = {
  name: 'AES::key',
  fn: (_interp, argv) => {
    const bits = argv.length > 1 ? Number(str(argv[1]!)) : 128;
    if (bits !== 128 && bits !== 192 && bits !== 256) throw new TclError(`AES::key: bad key length "${str(argv[1]!)}": must be 128, 192 or 256`, ['IRULE', 'AES']);
    return `AES ${bits} ${randomBytes(bits / 8).toString('hex')}`;
  },
};

function parseKey(text: string): Buffer {
  const m = /^AES (128|192|256) ([0-9a-fA-F]+)$/.exec(text.trim());
  if (!m || m[2]!.length !== Number(m[1]) / 4) throw new TclError('AES: invalid key (expected the value of AES::key)', ['IRULE', 'AES']);
  return Buffer.from(m[2]!, 'hex');
}

const aesEncrypt: CommandDef = {
  name: 'AES::encrypt',
  fn: (_interp, argv) => {
    if (argv.length !== 3) throw wrongArgs('AES::encrypt key data');
    const key = parseKey(str(argv[1]!));
    const iv = randomBytes(16);
    const c = createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
    return fromBytes(Buffer.concat([iv, c.update(toBytes(str(argv[2]!))), c.final()]));
  },
};

const aesDecrypt: CommandDef = {
  name: 'AES::decrypt',
  fn: (_interp, argv) => {
    if (argv.length !== 3) throw wrongArgs('AES::decrypt key data');
    const key = parseKey(str(argv[1]!));
    const raw = toBytes(str(argv[2]!));
    // BIG-IP returns an empty string when the data does not decrypt with the key.
    if (raw.length < 32 || raw.length % 16 !== 0) return '';
    try {
      const d = createDecipheriv(`aes-${key.length * 8}-cbc`, key, raw.subarray(0, 16));
      return fromBytes(Buffer.concat([d.update(raw.subarray(16)), d.final()]));
    } catch {
      return '';
    }
  },
};

/** TCP::collect (https://clouddocs.f5.com/api/irules/TCP__collect.html): CLIENT_DATA runs with the request bytes. */
const tcpCollect: CommandDef = {
  name: 'TCP::collect',
  fn: (interp) => {
    const h = emulatorOf(interp);
    if (h.connState) h.connState.tcpCollect = true;
    return '';
  },
};

const tcpRelease: CommandDef = {
  name: 'TCP::release',
  fn: (interp) => {
    const h = emulatorOf(interp);
    if (h.connState) h.connState.tcpCollect = false;
    return '';
  },
};

const tcpPayload: CommandDef = {
  name: 'TCP::payload',
  fn: (interp, argv) => {
    const p = emulatorOf(interp).connState?.tcpPayload ?? '';
    const a = argv.slice(1).map(str);
    if (a.length === 0) return p;
    if (a[0] === 'length') return Buffer.byteLength(p, 'latin1');
    if (/^\d+$/.test(a[0]!) && a.length === 1) return p.slice(0, Number(a[0]));
    throw notEmulated(`TCP::payload ${a[0]}`, 'the payload is read-only in the emulator');
  },
};

/**
 * session add|lookup|delete MODE KEY ... (https://clouddocs.f5.com/api/irules/session.html): the session
 * table, kept apart from `table`'s. An entry lives 180 s without use unless a timeout is given (inferred:
 * the default idle timeout of `table` and of persistence records).
 */
const sessions = new WeakMap<object, TableStore>();
const session: CommandDef = {
  name: 'session',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    const h = emulatorOf(interp);
    let store = sessions.get(h.emulator);
    if (!store) sessions.set(h.emulator, (store = new TableStore(h.clock)));
    const [op, mode, key] = a;
    if (op === undefined || mode === undefined || key === undefined) throw wrongArgs('session add|lookup|delete mode key ?data? ?timeout?');
    const k = `${mode} ${key}`;
    switch (op) {
      case 'add': {
        if (a.length < 4 || a.length > 5) throw wrongArgs('session add mode key data ?timeout?');
        const timeout = a[4] === undefined ? undefined : getSmallInt(a[4]);
        store.set(k, a[3]!, timeout === undefined ? {} : { timeout });
        return '';
      }
      case 'lookup':
        return store.lookup(k);
      case 'delete':
        store.delete(k);
        return '';
      default:
        throw wrongArgs('session add|lookup|delete mode key ?data? ?timeout?');
    }
  },
};

const GEO_FIELDS = new Set(['continent', 'country', 'state', 'city', 'zip', 'area_code', 'latitude', 'longitude', 'isp', 'org', 'abbrev']);

/**
 * whereis ADDR FIELD ?FIELD ...? (https://clouddocs.f5.com/api/irules/whereis.html): the geolocation the
 * scenario's `geo` map gives the address (the most specific network that contains it). BIG-IP reads its
 * geolocation database; irule has none, so the scenario is the database. An address it does not list reads
 * "" for every field.
 */
const whereis: CommandDef = {
  name: 'whereis',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    if (a.length < 2) throw notEmulated('whereis ADDR', 'give the fields to read (country, continent, state, city, ...)');
    const geo = emulatorOf(interp).emulator.facts.geo;
    if (!geo) throw missingFact('whereis', 'geo (geolocation records by address or network)');
    const addr = parseNetwork(a[0]!);
    if (!addr) throw new TclError(`invalid IP address "${a[0]}"`, ['IRULE', 'WHEREIS']);
    let best: { prefix: number; rec: Record<string, string> } | null = null;
    for (const [key, rec] of Object.entries(geo)) {
      const net = parseNetwork(key);
      if (net && networkContains(net, addr) && (!best || net.prefix > best.prefix)) best = { prefix: net.prefix, rec };
    }
    const fields = a.slice(1).map((f) => f.toLowerCase());
    for (const f of fields) if (!GEO_FIELDS.has(f)) throw new TclError(`bad option "${f}": must be ${[...GEO_FIELDS].join(', ')}`, ['IRULE', 'WHEREIS']);
    const values = fields.map((f) => best?.rec[f] ?? '');
    return values.length === 1 ? values[0]! : new TclList(values);
  },
};

export const platformCommands: CommandDef[] = [
  whereis,
  session,
  tcpPayload,
  cmpUnit, cmpCount, sharedvar, virtual, profileExists, ifile, accessSession,
  withoutEffect('ACCESS::disable'), withoutEffect('ACCESS::restrict_irule_events'), withoutEffect('BOTDEFENSE::disable'),
  adaptEnable, withoutEffect('CACHE::disable'), cacheEnable, withoutEffect('BWC::policy'),
  streamExpression, streamToggle('STREAM::enable', true), streamToggle('STREAM::disable', false),
  lbSelect, aesKey, aesEncrypt, aesDecrypt, tcpCollect, tcpRelease,
];
