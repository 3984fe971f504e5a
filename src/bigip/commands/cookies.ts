// HTTP::cookie (https://clouddocs.f5.com/api/irules/HTTP__cookie.html): on the request the cookies of the
// Cookie header(s); in response events the cookies of the Set-Cookie headers, with their attributes.
// encrypt/decrypt use AES-CBC with a key derived from the pass phrase (node:crypto). The ciphertext is
// irule's own format: a cookie encrypted by a real BIG-IP does not decrypt here (docs/behaviour.md "Cookies").

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { getSmallInt } from '../../tcl/numbers.js';
import { TclList, str } from '../../tcl/value.js';
import { hostOf, notInThisEvent, type HeaderList } from '../host.js';

interface SetCookie {
  name: string;
  value: string;
  /** Attributes in order, names as written. */
  attrs: [string, string | null][];
}

const lower = (s: string) => s.toLowerCase();

function parseSetCookie(text: string): SetCookie {
  const parts = text.split(';');
  const first = parts.shift() ?? '';
  const eq = first.indexOf('=');
  const name = (eq < 0 ? first : first.slice(0, eq)).trim();
  const value = eq < 0 ? '' : first.slice(eq + 1).trim();
  const attrs = parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p): [string, string | null] => {
      const i = p.indexOf('=');
      return i < 0 ? [p, null] : [p.slice(0, i).trim(), p.slice(i + 1).trim()];
    });
  return { name, value, attrs };
}

function formatSetCookie(c: SetCookie): string {
  return [`${c.name}=${c.value}`, ...c.attrs.map(([k, v]) => (v === null ? k : `${k}=${v}`))].join('; ');
}

/** The cookie jar of the message the event is about, read from and written back to its headers. */
class Jar {
  constructor(readonly list: HeaderList, readonly response: boolean) {}

  requestCookies(): [string, string][] {
    const out: [string, string][] = [];
    for (const [k, v] of this.list.items) {
      if (lower(k) !== 'cookie') continue;
      for (const part of v.split(';')) {
        const eq = part.indexOf('=');
        if (eq < 0) continue;
        out.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
      }
    }
    return out;
  }

  setCookies(): SetCookie[] {
    return this.list.items.filter(([k]) => lower(k) === 'set-cookie').map(([, v]) => parseSetCookie(v));
  }

  names(): string[] {
    return this.response ? this.setCookies().map((c) => c.name) : this.requestCookies().map(([k]) => k);
  }

  value(name: string): string | undefined {
    if (this.response) return this.setCookies().find((c) => c.name === name)?.value;
    return this.requestCookies().find(([k]) => k === name)?.[1];
  }

  writeRequest(cookies: [string, string][]): void {
    this.list.items = this.list.items.filter(([k]) => lower(k) !== 'cookie');
    if (cookies.length) this.list.items.push(['Cookie', cookies.map(([k, v]) => `${k}=${v}`).join('; ')]);
  }

  /** Replace the Set-Cookie headers in place (other headers keep their order). */
  writeResponse(cookies: SetCookie[]): void {
    const others = this.list.items.filter(([k]) => lower(k) !== 'set-cookie');
    this.list.items = [...others, ...cookies.map((c): [string, string] => ['Set-Cookie', formatSetCookie(c)])];
  }

  setValue(name: string, value: string): void {
    if (this.response) {
      const all = this.setCookies();
      const c = all.find((x) => x.name === name);
      if (c) c.value = value;
      this.writeResponse(all);
    } else {
      const all = this.requestCookies();
      const i = all.findIndex(([k]) => k === name);
      if (i >= 0) all[i] = [name, value];
      this.writeRequest(all);
    }
  }

  remove(name: string): void {
    if (this.response) this.writeResponse(this.setCookies().filter((c) => c.name !== name));
    else this.writeRequest(this.requestCookies().filter(([k]) => k !== name));
  }
}

function jar(interp: Interp): Jar {
  const h = hostOf(interp);
  if (h.response && h.event.startsWith('HTTP_RESPONSE')) return new Jar(h.response.headers, true);
  if (!h.request) throw notInThisEvent('HTTP::cookie', h.event);
  return new Jar(h.request.headers, false);
}

/** AES key of `bits` from the pass phrase: SHA-256 of the phrase, cut to size. */
function keyFor(pass: string, bits: number): Buffer {
  return createHash('sha256').update(pass, 'utf8').digest().subarray(0, bits / 8);
}

function aesBits(word: string | undefined): number {
  if (word === undefined) return 128;
  if (word !== '128' && word !== '192' && word !== '256') throw new TclError(`bad key length "${word}": must be 128, 192 or 256`, ['IRULE', 'COOKIE']);
  return Number(word);
}

function encryptCookieValue(value: string, pass: string, bits: number): string {
  const iv = randomBytes(16);
  const c = createCipheriv(`aes-${bits}-cbc`, keyFor(pass, bits), iv);
  return Buffer.concat([iv, c.update(value, 'utf8'), c.final()]).toString('base64');
}

/** The decrypted value, or null when it was not encrypted with this pass phrase (BIG-IP then leaves it). */
function decryptCookieValue(text: string, pass: string, bits: number): string | null {
  try {
    const raw = Buffer.from(text, 'base64');
    if (raw.length < 32 || raw.length % 16 !== 0) return null;
    const d = createDecipheriv(`aes-${bits}-cbc`, keyFor(pass, bits), raw.subarray(0, 16));
    return Buffer.concat([d.update(raw.subarray(16)), d.final()]).toString('utf8');
  } catch {
    return null;
  }
}

const ATTRS: Record<string, string> = {
  path: 'Path', domain: 'Domain', version: 'Version', maxage: 'Max-Age', comment: 'Comment', commenturl: 'CommentURL',
  ports: 'Port', expires: 'Expires', secure: 'Secure', httponly: 'HttpOnly',
};

function attribute(c: SetCookie, attr: string): [string, string | null] | undefined {
  return c.attrs.find(([k]) => lower(k) === lower(attr));
}

function setAttribute(c: SetCookie, attr: string, value: string | null): void {
  const i = c.attrs.findIndex(([k]) => lower(k) === lower(attr));
  if (i >= 0) c.attrs[i] = [c.attrs[i]![0], value];
  else c.attrs.push([attr, value]);
}

export const cookieCommand: CommandDef = {
  name: 'HTTP::cookie',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('HTTP::cookie ?value? name ?new value?');
    const j = jar(interp);
    const sub = str(argv[1]!);
    const args = argv.slice(2).map(str);
    switch (sub) {
      case 'names':
        return new TclList(j.names());
      case 'count':
        return j.names().length;
      case 'exists':
        if (args.length !== 1) throw wrongArgs('HTTP::cookie exists name');
        return j.value(args[0]!) === undefined ? 0 : 1;
      case 'value':
        if (args.length === 2) {
          j.setValue(args[0]!, args[1]!);
          return '';
        }
        if (args.length !== 1) throw wrongArgs('HTTP::cookie value name ?value?');
        return j.value(args[0]!) ?? '';
      case 'insert': {
        const o: Record<string, string> = {};
        for (let i = 0; i + 1 < args.length; i += 2) o[args[i]!] = args[i + 1]!;
        if (args.length % 2 !== 0 || o.name === undefined || o.value === undefined) {
          throw wrongArgs('HTTP::cookie insert name name value value ?path path? ?domain domain? ?version version?');
        }
        if (j.response) {
          const c: SetCookie = { name: o.name, value: o.value, attrs: [] };
          if (o.path !== undefined) c.attrs.push(['Path', o.path]);
          if (o.domain !== undefined) c.attrs.push(['Domain', o.domain]);
          if (o.version !== undefined) c.attrs.push(['Version', o.version]);
          j.writeResponse([...j.setCookies().filter((x) => x.name !== o.name), c]);
        } else {
          j.writeRequest([...j.requestCookies().filter(([k]) => k !== o.name), [o.name, o.value]]);
        }
        return '';
      }
      case 'remove':
        if (args.length !== 1) throw wrongArgs('HTTP::cookie remove name');
        j.remove(args[0]!);
        return '';
      case 'encrypt':
      case 'decrypt': {
        if (args.length < 2 || args.length > 3) throw wrongArgs(`HTTP::cookie ${sub} name passphrase ?128|192|256?`);
        const [name, pass] = args as [string, string];
        const bits = aesBits(args[2]);
        const v = j.value(name);
        if (v === undefined) return '';
        const out = sub === 'encrypt' ? encryptCookieValue(v, pass, bits) : decryptCookieValue(v, pass, bits);
        if (out === null) return '';
        j.setValue(name, out);
        return out;
      }
      case 'sanitize':
        return '';
      case 'attribute': {
        if (!j.response) return '';
        const [name, op, attr, val] = args;
        const all = j.setCookies();
        const c = all.find((x) => x.name === name);
        if (!c) return op === 'count' ? 0 : op === 'exists' ? 0 : '';
        switch (op) {
          case 'names':
            return new TclList(c.attrs.map(([k]) => k));
          case 'count':
            return c.attrs.length;
          case 'exists':
            return attribute(c, attr ?? '') ? 1 : 0;
          case 'value':
            return attribute(c, attr ?? '')?.[1] ?? '';
          case 'insert':
            c.attrs.push([attr ?? '', val ?? null]);
            break;
          case 'remove':
            c.attrs = c.attrs.filter(([k]) => lower(k) !== lower(attr ?? ''));
            break;
          default:
            throw wrongArgs('HTTP::cookie attribute name names|count|exists|value|insert|remove ?attr? ?value?');
        }
        j.writeResponse(all);
        return '';
      }
      default: {
        const attr = ATTRS[sub];
        if (attr !== undefined) {
          // Attributes exist on Set-Cookie (response) cookies; a request cookie has none.
          if (args.length < 1) throw wrongArgs(`HTTP::cookie ${sub} name ?value?`);
          if (!j.response) return '';
          const all = j.setCookies();
          const c = all.find((x) => x.name === args[0]);
          if (!c) return '';
          if (args.length === 1) {
            const a = attribute(c, attr);
            if (sub === 'secure' || sub === 'httponly') return a ? 'enable' : 'disable';
            return a?.[1] ?? '';
          }
          if (sub === 'secure' || sub === 'httponly') {
            if (args[1] === 'enable') setAttribute(c, attr, null);
            else c.attrs = c.attrs.filter(([k]) => lower(k) !== lower(attr));
          } else if (sub === 'expires') {
            const secs = getSmallInt(args[1]!);
            const abs = args[2] === 'absolute';
            // Relative to the rule's clock (`clock seconds` reads the simulated time).
            const at = abs ? secs : Math.floor(Number(str(interp.invoke(['clock', 'milliseconds']))) / 1000) + secs;
            setAttribute(c, 'Expires', new Date(at * 1000).toUTCString());
          } else setAttribute(c, attr, args[1]!);
          j.writeResponse(all);
          return '';
        }
        // HTTP::cookie NAME reads, HTTP::cookie NAME VALUE sets.
        if (args.length === 0) return j.value(sub) ?? '';
        if (args.length === 1) {
          j.setValue(sub, args[0]!);
          return '';
        }
        throw wrongArgs('HTTP::cookie ?value? name ?new value?');
      }
    }
  },
};
