// What commands return, in taint terms: the client-controlled sources (from the catalog's
// `clientControlled` flags, refined per header and cookie name), the credentials, the values that
// change on every connection, and how string and list commands pass taint along.

import { literalValue, type Command, type Word } from '../../syntax/ast.js';
import { lookupCommand } from '../../model/index.js';
import { isClientControlled } from '../check-support/names.js';
import { isResponseSide } from './events.js';
import { add, clear, CLEAN, CLIENT_ANY, joinAll, keep, source, T, type Taint } from './taint.js';

const SECRET_HEADERS = new Set([
  'authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'apikey', 'x-apikey', 'x-auth-token', 'x-access-token',
  'x-amz-security-token', 'cookie', 'set-cookie', 'x-csrf-token', 'x-xsrf-token', 'private-token', 'x-goog-api-key',
  'ocp-apim-subscription-key', 'x-functions-key', 'x-vault-token', 'x-session-token',
]);
const SECRET_HEADER_RE = /api-?key|secret|access-?token|auth-?token|session-?token|password|passwd|credential/i;

/** Is a header (by name) a credential? */
export function isSecretHeader(name: string): boolean {
  const n = name.toLowerCase();
  return SECRET_HEADERS.has(n) || SECRET_HEADER_RE.test(n);
}

const RANDOM_HEADERS = new Set([
  'sec-websocket-key', 'x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-trace-id', 'traceparent', 'tracestate',
  'x-b3-traceid', 'x-b3-spanid', 'x-cloud-trace-context', 'x-trace-id', 'x-span-id', 'x-amz-cf-id',
]);

/** Headers whose value is new on every connection or request. */
export function isRandomHeader(name: string): boolean {
  return RANDOM_HEADERS.has(name.toLowerCase());
}

const SESSION_COOKIE_RE = /sess|^sid|sid$|token|auth|jwt|secret|login|saml|oauth|bearer|csrf|xsrf|remember|credential|pass/i;

export function isSecretCookie(name: string): boolean {
  return SESSION_COOKIE_RE.test(name);
}

export interface HeaderRead {
  /** `header` or `cookie`. */
  kind: 'header' | 'cookie';
  /** The header or cookie name as written, or undefined when computed / not named (names). */
  name: string | undefined;
  /** The name word. */
  nameWord: Word | undefined;
  sub: string;
}

/** `HTTP::header [value] NAME`, `HTTP::header values NAME`, `HTTP::cookie [value] NAME` ... as a read; null for setters and other forms. */
export function headerRead(cmd: Command): HeaderRead | null {
  const head = literalValue(cmd.words[0]!);
  const isHeader = head === 'HTTP::header';
  if (!isHeader && head !== 'HTTP::cookie') return null;
  const w = cmd.words;
  const first = w[1] ? literalValue(w[1]) : undefined;
  const subs = lookupCommand(head)?.subcommands ?? {};
  if (first !== undefined && Object.hasOwn(subs, first)) {
    const readSubs = isHeader ? ['value', 'values', 'at', 'names'] : ['value', 'names', 'path', 'domain', 'decrypt'];
    if (!readSubs.includes(first)) return null;
    if (first === 'names') return w.length === 2 ? { kind: isHeader ? 'header' : 'cookie', name: undefined, nameWord: undefined, sub: first } : null;
    // `value NAME NEWVALUE` sets; `decrypt NAME KEY` reads.
    if (first !== 'decrypt' && w.length > 3) return null;
    const nw = w[2];
    return { kind: isHeader ? 'header' : 'cookie', name: nw ? literalValue(nw) : undefined, nameWord: nw, sub: first };
  }
  if (!w[1] || w.length > 2) return null; // short-form setter `HTTP::header NAME VALUE`
  return { kind: isHeader ? 'header' : 'cookie', name: first, nameWord: w[1], sub: 'value' };
}

export interface SourceEnv {
  events: readonly string[];
  /** Header names (lower case) whose presence the handler checked (`HTTP::header exists NAME`, `... ne ""`). */
  checkedHeaders: ReadonlySet<string>;
  checkedCookies: ReadonlySet<string>;
}

const CLIENT_TEXT = T.CLIENT | T.CODE | T.DASH | T.UNBOUNDED;

function lit(w: Word | undefined): string | undefined {
  return w ? literalValue(w) : undefined;
}

/** Is this a getter call (no value argument)? `-normalized` is a getter option. */
function getter(cmd: Command): boolean {
  return cmd.words.length === 1 || (cmd.words.length === 2 && lit(cmd.words[1]) === '-normalized');
}

/**
 * The taint of a command's result given its arguments' taints (`args[i]` is the taint of word i;
 * args[0] is the command name). Unknown commands (and procs) return CLEAN: we do not guess.
 */
export function commandResult(cmd: Command, name: string, args: readonly Taint[], env: SourceEnv): Taint {
  const loc = cmd.loc;
  const w = cmd.words;
  const all = () => joinAll(args.slice(1));
  const response = isResponseSide(env.events);
  switch (name) {
    case 'HTTP::header':
    case 'HTTP::cookie': {
      const r = headerRead(cmd);
      if (!r) return CLEAN;
      const label = r.name !== undefined ? `the ${r.name} ${r.kind}` : r.sub === 'names' ? `the ${r.kind} names` : `a ${r.kind}`;
      const lname = r.name?.toLowerCase();
      if (response) {
        // Response side: the server's headers (trusted), but still credentials when they are.
        if (lname && (r.kind === 'header' ? isSecretHeader(lname) : isSecretCookie(lname))) return source(T.SECRET, `the ${r.name} response ${r.kind}`, loc);
        return CLEAN;
      }
      let bits = CLIENT_TEXT;
      if (r.sub !== 'names') {
        const checked = r.kind === 'header' ? env.checkedHeaders : env.checkedCookies;
        if (!lname || !checked.has(lname)) bits |= T.EMPTY;
      }
      if (lname) {
        if (r.kind === 'header' && lname === 'host') bits = (bits & ~T.CLIENT) | T.HOST;
        if (r.kind === 'header' ? isSecretHeader(lname) : isSecretCookie(lname)) bits |= T.SECRET;
        if (r.kind === 'header' && isRandomHeader(lname)) bits |= T.RANDOM;
        if (r.kind === 'header' && lname === 'referer') bits |= T.URL;
      }
      return source(bits, label, loc);
    }
    case 'HTTP::uri':
    case 'HTTP::path':
      // The request line is the client's too: nothing makes a request target start with "/"
      // (absolute-form "http://...", "*", or any token a client sends), so it may start with "-".
      return getter(cmd) ? source(T.CLIENT | T.CODE | T.DASH | T.UNBOUNDED | T.PATH | T.URL, `[${name}]`, loc) : CLEAN;
    case 'HTTP::query':
      return getter(cmd) ? source(CLIENT_TEXT | T.EMPTY | T.URL, '[HTTP::query]', loc) : CLEAN;
    case 'HTTP::host':
      return getter(cmd) ? source(T.HOST | T.CODE | T.DASH | T.UNBOUNDED | T.EMPTY, '[HTTP::host]', loc) : CLEAN;
    case 'HTTP::method':
    case 'HTTP::version':
      return getter(cmd) ? source(T.CODE | T.DASH, `[${name}]`, loc) : CLEAN;
    case 'HTTP::username':
      return source(CLIENT_TEXT | T.EMPTY, '[HTTP::username]', loc);
    case 'HTTP::password':
      return source(CLIENT_TEXT | T.EMPTY | T.SECRET, '[HTTP::password]', loc);
    case 'HTTP::request':
      return source(CLIENT_TEXT | T.SECRET, '[HTTP::request] (all request headers, credentials included)', loc);
    case 'HTTP::payload': {
      const sub = lit(w[1]);
      if (sub === 'length' || sub === 'replace' || sub === 'rechunk' || sub === 'unchunk') return CLEAN;
      return response ? CLEAN : source(CLIENT_TEXT | T.EMPTY | T.URL, '[HTTP::payload]', loc);
    }
    case 'IP::client_addr':
      return source(T.ADDR, '[IP::client_addr]', loc);
    case 'IP::remote_addr':
      return env.events.some((e) => e.startsWith('SERVER') || e === 'HTTP_RESPONSE' || e === 'LB_SELECTED') ? CLEAN : source(T.ADDR, '[IP::remote_addr]', loc);
    case 'TCP::client_port':
    case 'UDP::client_port':
      return source(T.ADDR | T.RANDOM, `[${name}]`, loc);
    case 'TCP::remote_port':
      return env.events.some((e) => e.startsWith('SERVER') || e === 'HTTP_RESPONSE') ? CLEAN : source(T.ADDR | T.RANDOM, '[TCP::remote_port]', loc);
    case 'clock': {
      const sub = lit(w[1]);
      if (sub === 'seconds' || sub === 'clicks' || sub === 'milliseconds' || sub === 'microseconds') return source(T.RANDOM, `[clock ${sub}]`, loc);
      if (sub === 'format') return keep(args[2] ?? CLEAN, T.RANDOM);
      return CLEAN;
    }
    case 'AES::key':
    case 'CRYPTO::keygen':
      return source(T.RANDOM, `[${name}]`, loc);
    case 'URI::decode':
      return add(args[1] ?? CLEAN, T.DECODED, CLIENT_ANY);
    case 'URI::encode':
      // Percent-encoded: no markup, no CR/LF, no Tcl syntax left; still chosen by the client.
      return clear(args[1] ?? CLEAN, T.DECODED | T.CODE | T.DASH | T.CLIENT | T.HOST | T.URL);
    case 'URI::query': {
      const base = clear(args[1] ?? CLEAN, T.PATH);
      if (w.length < 3 || (base.bits & CLIENT_ANY) === 0) return base;
      const pname = lit(w[2]);
      return source(base.bits | T.EMPTY | T.DASH | T.UNBOUNDED, pname !== undefined ? `the ${pname} query parameter` : 'a query parameter', loc);
    }
    case 'URI::path':
    case 'URI::basename':
    case 'URI::host':
    case 'URI::port':
    case 'URI::protocol':
      return args[1] ?? CLEAN;
    case 'b64decode':
      return add(args[1] ?? CLEAN, T.DECODED, CLIENT_ANY);
    case 'b64encode':
      return clear(args[1] ?? CLEAN, T.DASH | T.CODE | T.DECODED);
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha384':
    case 'sha512':
    case 'crc32':
    case 'CRYPTO::hash':
    case 'CRYPTO::sign':
    case 'CRYPTO::encrypt':
    case 'AES::encrypt':
      // A digest: fixed length, no longer the secret, but still chosen by (or random per) the client.
      return keep(all(), CLIENT_ANY | T.RANDOM | T.ADDR);
    case 'string':
      return stringResult(cmd, args);
    case 'list':
      return clear(all(), T.CODE);
    case 'join':
      return add(all(), T.CODE | T.DASH, CLIENT_ANY);
    case 'lindex':
      return add(args[1] ?? CLEAN, T.CODE | T.DASH, CLIENT_ANY);
    case 'lrange':
    case 'lsort':
    case 'lreverse':
    case 'lreplace':
    case 'linsert':
    case 'lrepeat':
    case 'concat':
    case 'format':
    case 'split':
    case 'substr':
    case 'getfield':
    case 'findstr':
    case 'domain':
      return all();
    case 'lsearch':
      return w.some((x) => lit(x) === '-inline') ? all() : CLEAN;
    case 'binary':
      return lit(w[1]) === 'decode' ? add(all(), T.DECODED, CLIENT_ANY) : lit(w[1]) === 'scan' ? CLEAN : all();
    case 'subst':
      return args[w.length - 1] ?? CLEAN;
    default:
      break;
  }
  if (isClientControlled(cmd)) return response && name.startsWith('HTTP::') ? CLEAN : source(CLIENT_TEXT, `[${name}]`, loc);
  return CLEAN;
}

/** A Tcl string index: `N`, `end`, `end-N`. */
function index(text: string | undefined): { fromEnd: boolean; n: number } | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return { fromEnd: false, n: Number(text) };
  const m = /^end(?:-(\d+))?$/.exec(text);
  return m ? { fromEnd: true, n: m[1] ? Number(m[1]) : 0 } : undefined;
}

function stringResult(cmd: Command, args: readonly Taint[]): Taint {
  const w = cmd.words;
  const sub = lit(w[1]);
  const rest = () => joinAll(args.slice(2));
  switch (sub) {
    case 'length':
    case 'bytelength':
    case 'first':
    case 'last':
    case 'wordend':
    case 'wordstart':
    case 'is':
    case 'match':
    case 'equal':
    case 'compare':
      return CLEAN;
    case 'index':
      return clear(args[2] ?? CLEAN, T.UNBOUNDED | T.SECRET | T.CODE);
    case 'range': {
      // A fixed-size slice: bounded; a short one (a prefix or the last few characters) is no longer the secret.
      let t = args[2] ?? CLEAN;
      const a = index(lit(w[3]));
      const b = index(lit(w[4]));
      if (a && b && a.fromEnd === b.fromEnd) {
        t = clear(t, T.UNBOUNDED);
        const span = a.fromEnd ? a.n - b.n : b.n - a.n;
        if (span < 8) t = clear(t, T.SECRET);
      }
      return t;
    }
    case 'map': {
      // `string map {< &lt; > &gt; ...}` escapes markup; mapping CR/LF away removes header splitting.
      let t = rest();
      const mapping = w.length >= 4 ? w[w.length - 2] : undefined;
      const raw = mapping ? (mapping.kind === 'braced' ? mapping.raw ?? '' : literalValue(mapping) ?? '') : '';
      if (raw.includes('<')) t = clear(t, T.CLIENT | T.HOST | T.CODE | T.URL);
      if (mapping && (mapping.kind === 'braced' ? /\\[rn]/ : /[\r\n]/).test(raw)) t = clear(t, T.DECODED);
      return t;
    }
    default:
      return rest();
  }
}

