// HTTP:: commands (BIGIP §3): request line, headers, cookies, responses from BIG-IP itself.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { getSmallInt } from '../../tcl/numbers.js';
import { TclList, str, toList } from '../../tcl/value.js';
import { hostOf, notInThisEvent, type HeaderList, type HttpRequestState } from '../host.js';
import { emulatorOf } from '../state.js';

const lower = (s: string) => s.toLowerCase();

function request(interp: Interp, cmd: string): HttpRequestState {
  const h = hostOf(interp);
  if (!h.request) throw notInThisEvent(cmd, h.event);
  return h.request;
}

/** Headers of the message the event is about: the response in HTTP_RESPONSE, else the request. */
function headers(interp: Interp, cmd: string): HeaderList {
  const h = hostOf(interp);
  if (h.response && h.event.startsWith('HTTP_RESPONSE')) return h.response.headers;
  return request(interp, cmd).headers;
}

function onRequest(interp: Interp): boolean {
  const h = hostOf(interp);
  return !(h.response && h.event.startsWith('HTTP_RESPONSE'));
}

/** The absolute-form request target `http://host/path` is returned whole by HTTP::path (§3.2a). */
function splitUri(uri: string): { path: string; query: string } {
  const q = uri.indexOf('?');
  return q < 0 ? { path: uri, query: '' } : { path: uri.slice(0, q), query: uri.slice(q + 1) };
}

export function headerValue(list: HeaderList, name: string): string | undefined {
  const n = lower(name);
  for (let i = list.items.length - 1; i >= 0; i--) if (lower(list.items[i]![0]) === n) return list.items[i]![1];
  return undefined;
}

function removeHeader(list: HeaderList, name: string): number {
  const n = lower(name);
  const before = list.items.length;
  list.items = list.items.filter(([k]) => lower(k) !== n);
  return before - list.items.length;
}

function requestLineCommand(name: string, get: (r: HttpRequestState) => string, set?: (r: HttpRequestState, v: string) => void): CommandDef {
  return {
    name,
    fn: (interp, argv) => {
      const args = argv.slice(1).map(str).filter((a) => a !== '-normalized');
      const r = request(interp, name);
      if (args.length === 0) return get(r);
      if (args.length === 1 && set) {
        set(r, args[0]!);
        return '';
      }
      throw wrongArgs(`${name} ?-normalized? ${set ? '?value?' : ''}`.trim());
    },
  };
}

const path = requestLineCommand(
  'HTTP::path',
  (r) => splitUri(r.uri).path,
  (r, v) => {
    const q = splitUri(r.uri).query;
    r.uri = q ? `${v}?${q}` : v;
  },
);
const uri = requestLineCommand('HTTP::uri', (r) => r.uri, (r, v) => {
  r.uri = v;
});
const query = requestLineCommand('HTTP::query', (r) => splitUri(r.uri).query, (r, v) => {
  r.uri = v === '' ? splitUri(r.uri).path : `${splitUri(r.uri).path}?${v}`;
});
const method = requestLineCommand('HTTP::method', (r) => r.method, (r, v) => {
  r.method = v;
});
const version = requestLineCommand('HTTP::version', (r) => r.version, (r, v) => {
  r.version = v;
});
const host: CommandDef = {
  name: 'HTTP::host',
  fn: (interp, argv) => {
    const r = request(interp, 'HTTP::host');
    if (argv.length === 1) return headerValue(r.headers, 'host') ?? '';
    if (argv.length === 2) {
      setHeader(interp, r.headers, 'Host', str(argv[1]!));
      return '';
    }
    throw wrongArgs('HTTP::host ?value?');
  },
};

function setHeader(interp: Interp, list: HeaderList, name: string, value: string): void {
  const n = lower(name);
  for (let i = list.items.length - 1; i >= 0; i--) {
    if (lower(list.items[i]![0]) === n) {
      list.items[i] = [list.items[i]![0], value];
      track(interp, 'inserted', name, value);
      return;
    }
  }
  list.items.push([name, value]);
  track(interp, 'inserted', name, value);
}

function track(interp: Interp, what: 'inserted' | 'removed', name: string, value = ''): void {
  const h = hostOf(interp);
  if (!h.effects || !onRequest(interp)) return;
  if (what === 'inserted') h.effects.inserted.push([name, value]);
  else h.effects.removed.push(name);
}

const HEADER_SUBCOMMANDS = new Set(['value', 'values', 'names', 'count', 'at', 'exists', 'insert', 'replace', 'remove', 'lws', 'is_keepalive', 'is_redirect', 'sanitize', 'insert_modssl_fields']);

const header: CommandDef = {
  name: 'HTTP::header',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('HTTP::header ?value? name ?new value?');
    const list = headers(interp, 'HTTP::header');
    let sub = str(argv[1]!);
    let args = argv.slice(2).map(str);
    if (!HEADER_SUBCOMMANDS.has(sub)) {
      // `HTTP::header NAME` reads, `HTTP::header NAME VALUE` sets (§3.3).
      args = [sub, ...args];
      sub = args.length === 2 ? 'replace' : 'value';
    }
    switch (sub) {
      case 'value':
        if (args.length === 2) {
          setHeader(interp, list, args[0]!, args[1]!);
          return '';
        }
        if (args.length !== 1) throw wrongArgs('HTTP::header value name');
        return headerValue(list, args[0]!) ?? '';
      case 'values': {
        if (args.length !== 1) throw wrongArgs('HTTP::header values name');
        const n = lower(args[0]!);
        return new TclList(list.items.filter(([k]) => lower(k) === n).map(([, v]) => v));
      }
      case 'names':
        return new TclList(list.items.map(([k]) => k));
      case 'count': {
        if (args.length === 0) return list.items.length;
        const n = lower(args[0]!);
        return list.items.filter(([k]) => lower(k) === n).length;
      }
      case 'at': {
        const i = getSmallInt(args[0] ?? '');
        return list.items[i]?.[0] ?? '';
      }
      case 'exists':
        if (args.length !== 1) throw wrongArgs('HTTP::header exists name');
        return headerValue(list, args[0]!) === undefined ? 0 : 1;
      case 'insert': {
        if (args[0] === 'lws') args.shift();
        // A single argument is a list of name/value pairs (e.g. from SSL::modssl_sessionid_headers).
        const pairs = args.length === 1 ? toList(args[0]!).map(str) : args;
        if (pairs.length % 2 !== 0) throw wrongArgs('HTTP::header insert ?lws? name value ?name value ...?');
        for (let i = 0; i < pairs.length; i += 2) {
          // insert appends even when the name exists: the client's copy stays (§3.4).
          list.items.push([pairs[i]!, pairs[i + 1]!]);
          track(interp, 'inserted', pairs[i]!, pairs[i + 1]!);
        }
        return '';
      }
      case 'replace':
        if (args.length < 1 || args.length > 2) throw wrongArgs('HTTP::header replace name ?value?');
        setHeader(interp, list, args[0]!, args[1] ?? '');
        return '';
      case 'remove':
        if (args.length !== 1) throw wrongArgs('HTTP::header remove name');
        if (removeHeader(list, args[0]!) > 0) track(interp, 'removed', args[0]!);
        return '';
      case 'is_keepalive': {
        const r = request(interp, 'HTTP::header');
        const c = lower(headerValue(r.headers, 'connection') ?? '');
        return r.version === '1.0' ? (c === 'keep-alive' ? 1 : 0) : c === 'close' ? 0 : 1;
      }
      case 'is_redirect': {
        const s = hostOf(interp).response?.status ?? 0;
        return [301, 302, 303, 305, 307].includes(s) ? 1 : 0;
      }
      case 'lws':
        return 0;
      case 'sanitize': {
        const keep = new Set(args.map(lower));
        for (const [k] of [...list.items]) if (!keep.has(lower(k))) removeHeader(list, k);
        return '';
      }
      default:
        throw new TclError(`not emulated: HTTP::header ${sub}`, ['IRULE', 'NOT_EMULATED', 'HTTP::header']);
    }
  },
};

// ---- cookies -------------------------------------------------------------------------------------

function cookies(list: HeaderList): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of list.items) {
    if (lower(k) !== 'cookie') continue;
    for (const part of v.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      out.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
    }
  }
  return out;
}

const cookie: CommandDef = {
  name: 'HTTP::cookie',
  fn: (interp, argv) => {
    const list = request(interp, 'HTTP::cookie').headers;
    if (argv.length < 2) throw wrongArgs('HTTP::cookie ?value? name');
    const sub = str(argv[1]!);
    const args = argv.slice(2).map(str);
    const all = cookies(list);
    const find = (n: string) => all.find(([k]) => k === n)?.[1];
    switch (sub) {
      case 'names':
        return new TclList(all.map(([k]) => k));
      case 'count':
        return all.length;
      case 'exists':
        return find(args[0] ?? '') === undefined ? 0 : 1;
      case 'value':
        return find(args[0] ?? '') ?? '';
      case 'insert': {
        // HTTP::cookie insert name N value V
        const o = Object.fromEntries(args.reduce<[string, string][]>((acc, x, i) => (i % 2 === 0 ? [...acc, [x, args[i + 1] ?? '']] : acc), []));
        const name = o['name'] ?? '';
        const value = o['value'] ?? '';
        const existing = headerValue(list, 'cookie');
        const text = existing ? `${existing}; ${name}=${value}` : `${name}=${value}`;
        removeHeader(list, 'cookie');
        list.items.push(['Cookie', text]);
        track(interp, 'inserted', 'Cookie', text);
        return '';
      }
      case 'remove': {
        const n = args[0] ?? '';
        const kept = all.filter(([k]) => k !== n);
        removeHeader(list, 'cookie');
        if (kept.length) list.items.push(['Cookie', kept.map(([k, v]) => `${k}=${v}`).join('; ')]);
        track(interp, 'removed', `Cookie:${n}`);
        return '';
      }
      default:
        // HTTP::cookie NAME is the value.
        if (args.length === 0) return find(sub) ?? '';
        throw new TclError(`not emulated: HTTP::cookie ${sub}`, ['IRULE', 'NOT_EMULATED', 'HTTP::cookie']);
    }
  },
};

// ---- answering from BIG-IP -------------------------------------------------------------------------

function alreadyResponded(interp: Interp, cmd: string): void {
  const h = hostOf(interp);
  if (h.effects?.response) throw new TclError(`${cmd}: a response was already sent for this request (BIGIP §3.5)`, ['IRULE', 'HTTP', 'RESPONDED']);
}

const respond: CommandDef = {
  name: 'HTTP::respond',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('HTTP::respond status ?content content? ?noserver? ?header value ...?');
    alreadyResponded(interp, 'HTTP::respond');
    const status = getSmallInt(argv[1]!);
    const rest = argv.slice(2).map(str);
    let body = '';
    const hdrs: [string, string][] = [];
    let server = true;
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i]!;
      if (w === 'content' && i + 1 < rest.length) body = rest[++i]!;
      else if (w === 'noserver') server = false;
      else if (w === '-version' && i + 1 < rest.length) i++;
      else if (w === 'location' || i + 1 < rest.length) hdrs.push([w, rest[++i] ?? '']);
    }
    if (server) hdrs.push(['Server', 'BIG-IP']);
    hdrs.push(['Content-Length', String(Buffer.byteLength(body, 'utf8'))]);
    const h = hostOf(interp);
    if (h.effects) h.effects.response = { kind: 'respond', status, body, headers: hdrs };
    return '';
  },
};

const redirect: CommandDef = {
  name: 'HTTP::redirect',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('HTTP::redirect url');
    alreadyResponded(interp, 'HTTP::redirect');
    const h = hostOf(interp);
    if (h.effects) h.effects.response = { kind: 'redirect', status: 302, location: str(argv[1]!) };
    return '';
  },
};

const status: CommandDef = {
  name: 'HTTP::status',
  fn: (interp) => {
    const h = hostOf(interp);
    if (!h.response) throw notInThisEvent('HTTP::status', h.event);
    return h.response.status;
  },
};

// HTTP::collect/payload/release: the request body from the traffic is available at once.
const collect: CommandDef = { name: 'HTTP::collect', fn: () => '' };
const release: CommandDef = { name: 'HTTP::release', fn: () => '' };
const payload: CommandDef = {
  name: 'HTTP::payload',
  fn: (interp, argv) => {
    const h = hostOf(interp);
    const body = h.response && h.event.startsWith('HTTP_RESPONSE') ? h.response.body : request(interp, 'HTTP::payload').body;
    const a = argv.slice(1).map(str);
    if (a.length === 0) return body;
    if (a[0] === 'length') return Buffer.byteLength(body, 'utf8');
    if (/^\d+$/.test(a[0]!)) return body.slice(0, Number(a[0]));
    throw new TclError(`not emulated: HTTP::payload ${a[0]}`, ['IRULE', 'NOT_EMULATED', 'HTTP::payload']);
  },
};

const requestNum: CommandDef = {
  name: 'HTTP::request_num',
  fn: (interp) => emulatorOf(interp).connState?.requests ?? 0,
};

export const httpCommands: CommandDef[] = [path, uri, query, method, version, host, header, cookie, respond, redirect, status, collect, release, payload, requestNum];

