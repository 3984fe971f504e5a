// BIG-IP's string helpers (docs/bigip-reference.md §8.3): getfield, findstr, substr, domain, and the URI:: commands
// (decode encode query path basename host port protocol compare). Sources and the behaviour F5
// leaves open are recorded in docs/behaviour/utilities.md.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { getSmallInt, parseInt_ } from '../../tcl/numbers.js';
import { str, type Value } from '../../tcl/value.js';
import { toBytes } from './crypto.js';

// ---- getfield findstr substr domain -------------------------------------------------------------

/** `getfield STRING SPLIT N`: the Nth (1-based) field of STRING split on the string SPLIT. */
export function getfield(s: string, split: string, n: number): string {
  if (n < 1) return '';
  if (split === '') return n === 1 ? s : '';
  let start = 0;
  for (let field = 1; field < n; field++) {
    const at = s.indexOf(split, start);
    if (at < 0) return '';
    start = at + split.length;
  }
  const end = s.indexOf(split, start);
  return end < 0 ? s.slice(start) : s.slice(start, end);
}

/**
 * The part of `s` from `start` up to a terminator: a number is a length; a string ends the result
 * before its first occurrence at or after `start` (the rest of the string when absent);
 * undefined takes the rest of the string. Shared by findstr and substr (F5: "used in the same way").
 */
function cutFrom(s: string, start: number, terminator: Value | undefined): string {
  if (start >= s.length) return '';
  if (terminator === undefined) return s.slice(start);
  const t = str(terminator);
  const len = typeof terminator === 'number' ? terminator : parseInt_(t);
  if (len !== null) {
    const n = Number(len);
    return n <= 0 ? '' : s.slice(start, start + n);
  }
  const end = s.indexOf(t, start);
  return end < 0 ? s.slice(start) : s.slice(start, end);
}

/** `findstr STRING SEARCH ?SKIP? ?TERMINATOR?`: from the match of SEARCH, skip SKIP characters, cut at TERMINATOR. */
export function findstr(s: string, search: string, skip = 0, terminator?: Value): string {
  const at = s.indexOf(search);
  if (at < 0) return '';
  return cutFrom(s, Math.max(0, at + skip), terminator);
}

/** `substr STRING SKIP ?TERMINATOR?`: from index SKIP (0 = first character), cut at TERMINATOR. */
export function substr(s: string, skip: number, terminator?: Value): string {
  return cutFrom(s, Math.max(0, skip), terminator);
}

/** `domain NAME COUNT`: the last COUNT dot-separated labels of NAME. */
export function domain(name: string, count: number): string {
  if (count <= 0) return '';
  const labels = name.split('.');
  if (count >= labels.length) return name;
  return labels.slice(labels.length - count).join('.');
}

// ---- URIs ---------------------------------------------------------------------------------------

/** Percent-decoding (RFC 3986 §2.1): `%XX` becomes that byte; anything else is kept as it is. */
function uriDecode(s: string): string {
  if (s.indexOf('%') < 0) return s;
  return s.replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes every byte outside RFC 3986's unreserved set (upper-case hex). */
function uriEncode(s: string): string {
  let out = '';
  for (const b of toBytes(s)) {
    const c = String.fromCharCode(b);
    out += UNRESERVED.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export interface UriParts {
  scheme: string;
  /** host[:port] after `//`, '' when the URI has no authority. */
  authority: string;
  host: string;
  port: string;
  /** From the first `/` after the authority up to `?` (or `#`). */
  path: string;
  query: string;
  hasQuery: boolean;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

export function splitUri(uri: string): UriParts {
  let rest = uri;
  let scheme = '';
  let authority = '';
  const m = SCHEME.exec(rest);
  if (m) {
    scheme = m[1]!;
    rest = rest.slice(m[0].length);
    const end = rest.search(/[/?#]/);
    authority = end < 0 ? rest : rest.slice(0, end);
    rest = end < 0 ? '' : rest.slice(end);
  }
  let host = authority.replace(/^[^@]*@/, '');
  let port = '';
  const portMatch = /^(\[[^\]]*\]|[^:]*):([0-9]*)$/.exec(host);
  if (portMatch) {
    host = portMatch[1]!;
    port = portMatch[2]!;
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  return {
    scheme,
    authority,
    host,
    port,
    path: q < 0 ? rest : rest.slice(0, q),
    query: q < 0 ? '' : rest.slice(q + 1),
    hasQuery: q >= 0,
  };
}

/** `URI::query URI ?NAME?`: the query string, or the (undecoded) value of its first NAME parameter. */
function uriQuery(uri: string, name?: string): string {
  const q = uri.indexOf('?');
  if (q < 0) return '';
  const query = uri.slice(q + 1);
  if (name === undefined) return query;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    if (k === name) return eq < 0 ? '' : pair.slice(eq + 1);
  }
  return '';
}

/** The directory segments of a URI's path (the basename excluded). */
function directories(uri: string): string[] {
  const path = splitUri(uri).path;
  const segs = path.split('/');
  segs.pop(); // the basename ('' when the path ends with '/')
  if (segs[0] === '') segs.shift();
  return segs;
}

/** `URI::path URI`: the path without its basename ("/a/b/" for "/a/b/c.html?x"). */
export function uriPath(uri: string, start?: number, end?: number): string {
  const dirs = directories(uri);
  if (start === undefined) return dirs.length ? `/${dirs.join('/')}/` : '/';
  const from = start - 1;
  const to = end === undefined ? dirs.length : Math.min(end, dirs.length);
  const picked = dirs.slice(from, to);
  return picked.length ? `/${picked.join('/')}/` : '/';
}

function uriDepth(uri: string): number {
  return directories(uri).length;
}

/** `URI::basename URI`: the last path segment ("index.jsp" for "/main/index.jsp?user=test"). */
function uriBasename(uri: string): string {
  const path = splitUri(uri).path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `URI::protocol URI`: the scheme before the first `://`, '' for a relative URI. */
function uriProtocol(uri: string): string {
  return SCHEME.exec(uri)?.[1] ?? '';
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/** `URI::port URI`: the explicit port, else the scheme's default (http 80, https 443), else ''. */
function uriPort(uri: string): string {
  const p = splitUri(uri);
  if (p.port !== '') return p.port;
  return DEFAULT_PORTS[p.scheme.toLowerCase()] ?? '';
}

// RFC 2396's reserved and unsafe characters keep their %XX form when URIs are compared.
const KEEP_ENCODED = new Set(';/?:@&=+$,<>#%"{}|\\^[]`'.split('').map((c) => c.charCodeAt(0)));

function normalisePercent(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (m, h: string) => {
    const code = parseInt(h, 16);
    if (code <= 0x20 || code >= 0x7f || KEEP_ENCODED.has(code)) return m.toUpperCase();
    return String.fromCharCode(code);
  });
}

/** `URI::compare A B`: RFC 2616 §3.2.3 equality. */
export function uriCompare(a: string, b: string): boolean {
  const pa = splitUri(a);
  const pb = splitUri(b);
  if (pa.scheme.toLowerCase() !== pb.scheme.toLowerCase()) return false;
  if (pa.host.toLowerCase() !== pb.host.toLowerCase()) return false;
  const port = (p: UriParts): string => (p.port !== '' ? p.port : DEFAULT_PORTS[p.scheme.toLowerCase()] ?? '');
  if (port(pa) !== port(pb)) return false;
  const path = (p: UriParts): string => normalisePercent(p.path === '' && p.authority !== '' ? '/' : p.path);
  if (path(pa) !== path(pb)) return false;
  if (pa.hasQuery !== pb.hasQuery) return false;
  return normalisePercent(pa.query) === normalisePercent(pb.query);
}

// ---- commands -----------------------------------------------------------------------------------

function arity(argv: Value[], min: number, max: number, usage: string): void {
  if (argv.length < min + 1 || argv.length > max + 1) throw wrongArgs(`${str(argv[0]!)}${usage ? ' ' + usage : ''}`);
}

function uriPathCommand(_interp: Interp, argv: Value[]): Value {
  arity(argv, 1, 3, 'uri ?depth|start ?end??');
  const uri = str(argv[1]!);
  if (argv.length === 2) return uriPath(uri);
  if (argv.length === 3 && str(argv[2]!) === 'depth') return uriDepth(uri);
  const start = getSmallInt(argv[2]!);
  const end = argv.length === 4 ? getSmallInt(argv[3]!) : undefined;
  // F5's example: "This isn't a valid range, so expect a TCL error! Ranges start with 1."
  if (start < 1) throw new TclError(`bad start depth "${start}": must be 1 or more`, ['IRULE', 'URI', 'PATH']);
  if (end !== undefined && end < start) throw new TclError(`bad end depth "${end}": must not be less than the start`, ['IRULE', 'URI', 'PATH']);
  return uriPath(uri, start, end);
}

export const stringsCommands: CommandDef[] = [
  {
    name: 'getfield',
    fn: (_i, argv) => {
      arity(argv, 3, 3, 'string split field_number');
      return getfield(str(argv[1]!), str(argv[2]!), getSmallInt(argv[3]!));
    },
  },
  {
    name: 'findstr',
    fn: (_i, argv) => {
      arity(argv, 2, 4, 'string search_string ?skip_count? ?terminator?');
      const skip = argv.length > 3 ? getSmallInt(argv[3]!) : 0;
      return findstr(str(argv[1]!), str(argv[2]!), skip, argv[4]);
    },
  },
  {
    name: 'substr',
    fn: (_i, argv) => {
      arity(argv, 2, 3, 'string skip_count ?terminator?');
      return substr(str(argv[1]!), getSmallInt(argv[2]!), argv[3]);
    },
  },
  {
    name: 'domain',
    fn: (_i, argv) => {
      arity(argv, 2, 2, 'string count');
      return domain(str(argv[1]!), getSmallInt(argv[2]!));
    },
  },
  {
    name: 'URI::decode',
    fn: (_i, argv) => {
      arity(argv, 1, 1, 'uri');
      return uriDecode(str(argv[1]!));
    },
  },
  {
    name: 'URI::encode',
    fn: (interp, argv) => {
      arity(argv, 1, 1, 'uri');
      const s = str(argv[1]!);
      interp.checkLength(s.length * 3);
      return uriEncode(s);
    },
  },
  {
    name: 'URI::query',
    fn: (_i, argv) => {
      arity(argv, 1, 2, 'uri ?name?');
      return uriQuery(str(argv[1]!), argv.length === 3 ? str(argv[2]!) : undefined);
    },
  },
  { name: 'URI::path', fn: uriPathCommand },
  {
    name: 'URI::basename',
    fn: (_i, argv) => {
      arity(argv, 1, 1, 'uri');
      return uriBasename(str(argv[1]!));
    },
  },
  {
    name: 'URI::host',
    fn: (_i, argv) => {
      arity(argv, 1, 1, 'uri');
      return splitUri(str(argv[1]!)).host;
    },
  },
  {
    name: 'URI::port',
    fn: (_i, argv) => {
      arity(argv, 1, 1, 'uri');
      return uriPort(str(argv[1]!));
    },
  },
  {
    name: 'URI::protocol',
    fn: (_i, argv) => {
      arity(argv, 1, 1, 'uri');
      return uriProtocol(str(argv[1]!));
    },
  },
  {
    name: 'URI::compare',
    fn: (_i, argv) => {
      arity(argv, 2, 2, 'uri1 uri2');
      return uriCompare(str(argv[1]!), str(argv[2]!)) ? 1 : 0;
    },
  },
];
