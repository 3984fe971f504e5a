// The taint lattice: a set of facts about where a value may come from (a bit set, joined by union),
// each bit remembering the first few places that set it so messages can name the source.

import type { Loc } from '../../syntax/ast.js';

export const T = {
  /** Client-controlled request data (headers, URI, cookies, payload), the Host header excepted. */
  CLIENT: 1,
  /** The Host header (HTTP::host): client-controlled, but a victim's browser cannot forge it. */
  HOST: 2,
  /** Raw client text that would be read as Tcl code (cleared by `list` quoting). */
  CODE: 4,
  /** May start with `-` (so an option parser would read it as an option). */
  DASH: 8,
  /** The client's address or port: client-derived, but not arbitrary text. */
  ADDR: 16,
  /** A credential: Authorization, X-API-Key, Cookie/Set-Cookie values, passwords. */
  SECRET: 32,
  /** Different on every connection or request: Sec-WebSocket-Key, X-Request-ID, clock, rand(), client port. */
  RANDOM: 64,
  /** Empty when the header, cookie or parameter is missing. */
  EMPTY: 128,
  /** Length not bounded by anything in the rule. */
  UNBOUNDED: 256,
  /** Percent- or base64-decoded client data (may hold CR/LF). */
  DECODED: 512,
  /** Derived from the request path or URI (starts with `/` in origin-form requests). */
  PATH: 1024,
  /**
   * Data another site can put in a victim's request: the request line (path, query), a form body, the
   * Referer. What reflected XSS and open redirects need (a victim's browser never sends forged Host,
   * Cookie or custom headers).
   */
  URL: 2048,
} as const;

export const CLIENT_ANY = T.CLIENT | T.HOST;
/** What a successful pattern validation (regexp, string match, class match, string is) removes. */
export const VALIDATION_CLEARS = T.CLIENT | T.HOST | T.CODE | T.DASH | T.UNBOUNDED | T.DECODED | T.EMPTY | T.URL;

export interface Origin {
  /** The bits this origin contributed. */
  bits: number;
  /** What it is, for messages: `the X-API-Key header`, `[clock seconds]`. */
  what: string;
  loc: Loc;
}

export interface Taint {
  bits: number;
  origins: readonly Origin[];
}

export const CLEAN: Taint = Object.freeze({ bits: 0, origins: Object.freeze([]) as readonly Origin[] });

const MAX_ORIGINS = 8;

export function source(bits: number, what: string, loc: Loc): Taint {
  return bits === 0 ? CLEAN : { bits, origins: [{ bits, what, loc }] };
}

export function join(a: Taint, b: Taint): Taint {
  if (b.bits === 0) return a;
  if (a.bits === 0) return b;
  if (a === b) return a;
  const origins = [...a.origins];
  for (const o of b.origins) {
    const same = origins.findIndex((x) => x.what === o.what && x.loc.start.offset === o.loc.start.offset);
    if (same >= 0) {
      if ((origins[same]!.bits | o.bits) !== origins[same]!.bits) origins[same] = { ...origins[same]!, bits: origins[same]!.bits | o.bits };
    } else if (origins.length < MAX_ORIGINS) origins.push(o);
  }
  return { bits: a.bits | b.bits, origins };
}

export function joinAll(ts: readonly Taint[]): Taint {
  let out = CLEAN;
  for (const t of ts) out = join(out, t);
  return out;
}

/** Keeps only `mask` bits (origins left without bits are dropped). */
export function keep(t: Taint, mask: number): Taint {
  if ((t.bits & mask) === t.bits) return t;
  const bits = t.bits & mask;
  if (bits === 0) return CLEAN;
  return { bits, origins: t.origins.filter((o) => (o.bits & mask) !== 0).map((o) => ((o.bits & mask) === o.bits ? o : { ...o, bits: o.bits & mask })) };
}

export function clear(t: Taint, mask: number): Taint {
  return keep(t, ~mask);
}

/** Adds bits (attributed to the existing origins that carry `because`). */
export function add(t: Taint, bits: number, because: number): Taint {
  if ((t.bits & because) === 0 || (t.bits & bits) === bits) return t;
  return { bits: t.bits | bits, origins: t.origins.map((o) => ((o.bits & because) !== 0 ? { ...o, bits: o.bits | bits } : o)) };
}

export function has(t: Taint, bits: number): boolean {
  return (t.bits & bits) !== 0;
}

export function sameBits(a: Taint, b: Taint): boolean {
  return a.bits === b.bits;
}

/** `the X-API-Key header (line 19)`, `the X-API-Key header (line 19) or the Authorization header (line 4)`. */
export function describe(t: Taint, bits: number, max = 3): string {
  const os = t.origins.filter((o) => (o.bits & bits) !== 0);
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const o of os) {
    const s = `${o.what} (line ${o.loc.start.line})`;
    if (seen.has(s)) continue;
    seen.add(s);
    parts.push(s);
  }
  if (parts.length === 0) return 'client data';
  const shown = parts.slice(0, max);
  const more = parts.length > max ? ` and ${parts.length - max} more` : '';
  return shown.length === 1 ? shown[0]! + more : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${more}`;
}
