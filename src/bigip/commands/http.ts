// HTTP:: commands (docs/bigip-reference.md §3): request line, headers, cookies, responses from BIG-IP itself.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { getSmallInt } from '../../tcl/numbers.js';
import { TclList, str, toList } from '../../tcl/value.js';
import { lookupCommand } from '../../model/index.js';
import { hostOf, notInThisEvent, type HeaderList, type HttpRequestState } from '../host.js';
import { emulatorOf } from '../state.js';
import { isKeepAlive } from '../http-message.js';
import { cookieCommand } from './cookies.js';

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

/** HTTP::header's subcommands, from the model: any other first word is a header name. */
const HEADER_SUBCOMMANDS: ReadonlySet<string> = new Set(Object.keys(lookupCommand('HTTP::header')?.subcommands ?? {}));

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
      case 'is_keepalive':
        return isKeepAlive(request(interp, 'HTTP::header')) ? 1 : 0;
      case 'is_redirect':
        return isRedirectStatus(hostOf(interp).response?.status ?? 0) ? 1 : 0;
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

// ---- answering from BIG-IP -------------------------------------------------------------------------

function alreadyResponded(interp: Interp, cmd: string): void {
  const h = hostOf(interp);
  if (h.effects?.response) throw new TclError(`${cmd}: a response was already sent for this request (https://clouddocs.f5.com/api/irules/HTTP__respond.html)`, ['IRULE', 'HTTP', 'RESPONDED']);
}

/**
 * HTTP::respond (https://clouddocs.f5.com/api/irules/HTTP__respond.html): BIG-IP answers itself. It adds
 * `Server: BIG-IP` unless `noserver`; Content-Length is computed and replaces one the rule supplies; a 401
 * without its own WWW-Authenticate gets `WWW-Authenticate: Basic realm=""`; the client connection closes
 * afterwards when the client asked (HTTP/1.0 without keep-alive, `Connection: close`) or with `-reset`.
 */
const respond: CommandDef = {
  name: 'HTTP::respond',
  fn: (interp, argv) => {
    const words = argv.slice(1).map(str);
    let reset = false;
    if (words[0] === '-reset') {
      reset = true;
      words.shift();
    }
    if (words.length < 1) throw wrongArgs('HTTP::respond ?-reset? status ?-version 1.0|1.1|auto? ?content content? ?noserver? ?header value ...?');
    alreadyResponded(interp, 'HTTP::respond');
    const status = getSmallInt(words[0]!);
    if (status < 100 || status > 999) throw new TclError(`HTTP::respond: bad status code "${words[0]}"`, ['IRULE', 'HTTP', 'STATUS']);
    const rest = words.slice(1);
    let body = '';
    const hdrs: [string, string][] = [];
    let server = true;
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i]!;
      if (w === 'content' && i + 1 < rest.length) body = rest[++i]!;
      else if (w === 'noserver') server = false;
      else if (w === '-version' && i + 1 < rest.length) i++;
      else if (w === '-reset') reset = true;
      else if (i + 1 < rest.length) {
        const value = rest[++i]!;
        // A single argument may be a list of name/value pairs.
        hdrs.push([w, value]);
      } else {
        const pairs = toList(w).map(str);
        if (pairs.length % 2 !== 0) throw wrongArgs('HTTP::respond status ... header value');
        for (let k = 0; k < pairs.length; k += 2) hdrs.push([pairs[k]!, pairs[k + 1]!]);
      }
    }
    const out = hdrs.filter(([n]) => lower(n) !== 'content-length');
    if (status === 401 && !out.some(([n]) => lower(n) === 'www-authenticate')) out.push(['WWW-Authenticate', 'Basic realm=""']);
    if (server && !out.some(([n]) => lower(n) === 'server')) out.push(['Server', 'BIG-IP']);
    out.push(['Content-Length', String(Buffer.byteLength(body, 'latin1'))]);
    const h = emulatorOf(interp);
    const close = reset || closesAfter(interp);
    if (close && !out.some(([n]) => lower(n) === 'connection')) out.push(['Connection', 'close']);
    if (h.effects) h.effects.response = { kind: 'respond', status, body, headers: out, ...(close ? { close: true } : {}) };
    return '';
  },
};

/** Does the client connection end after this response (the client asked, or HTTP::close was called)? */
function closesAfter(interp: Interp): boolean {
  const h = emulatorOf(interp);
  const req = h.request;
  return (h.connState?.closeAfterResponse ?? false) || (req !== null && !isKeepAlive(req));
}

/** HTTP::redirect (https://clouddocs.f5.com/api/irules/HTTP__redirect.html): a 302 to the URL. */
const redirect: CommandDef = {
  name: 'HTTP::redirect',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('HTTP::redirect url');
    alreadyResponded(interp, 'HTTP::redirect');
    const h = hostOf(interp);
    const close = closesAfter(interp);
    if (h.effects) h.effects.response = { kind: 'redirect', status: 302, location: str(argv[1]!), ...(close ? { close: true } : {}) };
    return '';
  },
};

/** HTTP::has_responded (https://clouddocs.f5.com/api/irules/HTTP__has_responded.html). */
const hasResponded: CommandDef = {
  name: 'HTTP::has_responded',
  fn: (interp) => {
    const r = hostOf(interp).effects?.response;
    return r && (r.kind === 'respond' || r.kind === 'redirect') ? 1 : 0;
  },
};

/**
 * HTTP::close (https://clouddocs.f5.com/api/irules/HTTP__close.html): the connection closes after the
 * current response; in a response event the response gets `Connection: close`.
 */
const close: CommandDef = {
  name: 'HTTP::close',
  fn: (interp) => {
    const h = emulatorOf(interp);
    if (h.connState) h.connState.closeAfterResponse = true;
    if (h.response && h.event.startsWith('HTTP_RESPONSE')) setHeader(interp, h.response.headers, 'Connection', 'close');
    return '';
  },
};

const isRedirectStatus = (s: number) => [301, 302, 303, 305, 307].includes(s);

/** HTTP::is_redirect (https://clouddocs.f5.com/api/irules/HTTP__is_redirect.html): 301, 302, 303, 305 or 307. */
const isRedirect: CommandDef = {
  name: 'HTTP::is_redirect',
  fn: (interp) => {
    const h = hostOf(interp);
    if (!h.response) throw notInThisEvent('HTTP::is_redirect', h.event);
    return isRedirectStatus(h.response.status) ? 1 : 0;
  },
};

/** HTTP::is_keepalive (https://clouddocs.f5.com/api/irules/HTTP__is_keepalive.html). */
const isKeepaliveCmd: CommandDef = {
  name: 'HTTP::is_keepalive',
  fn: (interp) => (isKeepAlive(request(interp, 'HTTP::is_keepalive')) ? 1 : 0),
};

/** The user and password of `Authorization: Basic` (https://clouddocs.f5.com/api/irules/HTTP__username.html). */
function basicCredentials(interp: Interp, cmd: string): [string, string] {
  const v = headerValue(request(interp, cmd).headers, 'authorization') ?? '';
  const m = /^\s*basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(v);
  if (!m) return ['', ''];
  const text = Buffer.from(m[1]!, 'base64').toString('latin1');
  const colon = text.indexOf(':');
  return colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)];
}

const username: CommandDef = { name: 'HTTP::username', fn: (interp) => basicCredentials(interp, 'HTTP::username')[0] };
const password: CommandDef = { name: 'HTTP::password', fn: (interp) => basicCredentials(interp, 'HTTP::password')[1] };

/** HTTP::request (https://clouddocs.f5.com/api/irules/HTTP__request.html): the request line and headers as sent. */
const rawRequest: CommandDef = {
  name: 'HTTP::request',
  fn: (interp) => {
    const r = request(interp, 'HTTP::request');
    const version = r.version === '2' || r.version === '3' ? r.version : r.version;
    return `${r.method} ${r.uri} HTTP/${version}\r\n${r.headers.items.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
  },
};

/**
 * HTTP::fallback HOST (https://clouddocs.f5.com/api/irules/HTTP__fallback.html): where the client is
 * redirected when no pool member can take the request (the HTTP profile's fallback host).
 */
const fallback: CommandDef = {
  name: 'HTTP::fallback',
  fn: (interp, argv) => {
    const h = emulatorOf(interp);
    if (argv.length > 2) throw wrongArgs('HTTP::fallback ?host?');
    if (argv.length === 2 && h.txn) h.txn.fallback = str(argv[1]!);
    return h.txn?.fallback ?? '';
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

// HTTP::collect (https://clouddocs.f5.com/api/irules/HTTP__collect.html): the traffic carries the whole
// body, so HTTP_REQUEST_DATA / HTTP_RESPONSE_DATA follow the current event at once.
const collect: CommandDef = {
  name: 'HTTP::collect',
  fn: (interp, argv) => {
    if (argv.length > 2) throw wrongArgs('HTTP::collect ?length?');
    const h = emulatorOf(interp);
    if (h.effects?.response) throw new TclError('HTTP::collect: a response was already sent for this request', ['IRULE', 'HTTP', 'RESPONDED']);
    if (h.txn) {
      if (h.response && h.event.startsWith('HTTP_RESPONSE')) h.txn.collect.response = true;
      else h.txn.collect.request = true;
    }
    return '';
  },
};
const release: CommandDef = { name: 'HTTP::release', fn: () => '' };
const payload: CommandDef = {
  name: 'HTTP::payload',
  fn: (interp, argv) => {
    const h = hostOf(interp);
    const body = h.response && h.event.startsWith('HTTP_RESPONSE') ? h.response.body : request(interp, 'HTTP::payload').body;
    const a = argv.slice(1).map(str);
    if (a.length === 0) return body;
    if (a[0] === 'length') return Buffer.byteLength(body, 'utf8');
    if (/^\d+$/.test(a[0]!)) return a.length === 2 ? body.substr(Number(a[0]), Number(a[1])) : body.slice(0, Number(a[0]));
    if (a[0] === 'replace' && a.length === 4) {
      // HTTP::payload replace OFFSET LENGTH DATA (https://clouddocs.f5.com/api/irules/HTTP__payload.html).
      const off = getSmallInt(a[1]!);
      const len = getSmallInt(a[2]!);
      const next = body.slice(0, off) + a[3]! + body.slice(off + len);
      if (h.response && h.event.startsWith('HTTP_RESPONSE')) h.response.body = next;
      else request(interp, 'HTTP::payload').body = next;
      return '';
    }
    if (a[0] === 'unchunk' || a[0] === 'rechunk') return ''; // the traffic's bodies are not chunked
    throw new TclError(`not emulated: HTTP::payload ${a[0]}`, ['IRULE', 'NOT_EMULATED', 'HTTP::payload']);
  },
};

const requestNum: CommandDef = {
  name: 'HTTP::request_num',
  fn: (interp) => emulatorOf(interp).connState?.requests ?? 0,
};

export const httpCommands: CommandDef[] = [
  path, uri, query, method, version, host, header, cookieCommand, respond, redirect, status, collect, release, payload, requestNum,
  hasResponded, close, isRedirect, isKeepaliveCmd, username, password, rawRequest, fallback,
];

