// "ip:port" addresses as scenarios and traffic write them: IPv4 "10.0.1.1:8080", IPv6 "[2001:db8::1]:80".
// Parsed strictly and normalised (IPv4 without leading zeros, IPv6 in RFC 5952 form) so that a
// member named two ways in two files is still one member.

import { formatIPv6 } from '../bigip/commands/ipaddr.js';

export interface HostPort {
  family: 4 | 6;
  /** Normalised address without brackets: "10.0.1.1", "2001:db8::1". */
  ip: string;
  port: number;
  /** Normalised "ip:port" / "[ip]:port". */
  text: string;
}

/** What the messages say is expected of an address. */
export const HOST_PORT_EXPECTED = 'must be "ip:port" (IPv6 as "[2001:db8::1]:80")';

/** Parse a dotted-quad IPv4 address (no leading "+", 1-3 digits a part); null when it is not one. */
function parseIPv4(s: string): number[] | null {
  const out = [0, 0, 0, 0];
  let part = 0;
  let digits = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > 3) return null;
      n = n * 10 + (c - 48);
    } else if (c === 46 && digits > 0 && part < 3) {
      if (n > 255) return null;
      out[part++] = n;
      n = 0;
      digits = 0;
    } else return null;
  }
  if (part !== 3 || digits === 0 || n > 255) return null;
  out[3] = n;
  return out;
}

/** Parse an IPv6 address (with "::" and an optional trailing dotted quad) into 8 groups; null when invalid. */
function parseIPv6(s: string): number[] | null {
  if (s.length === 0 || s.length > 45) return null;
  let tail: number[] = [];
  let body = s;
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && s.indexOf('.', lastColon) > lastColon) {
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    body = s.slice(0, lastColon + 1);
    if (body.endsWith('::')) {
      // "::ffff:1.2.3.4" keeps its "::"; "::1.2.3.4" too
    } else if (body.endsWith(':')) body = body.slice(0, -1);
  }
  const want = 8 - tail.length;
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const group = (g: string): number | null => (/^[0-9a-fA-F]{1,4}$/.test(g) ? parseInt(g, 16) : null);
  const side = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      const n = group(g);
      if (n === null) return null;
      out.push(n);
    }
    return out;
  };
  if (halves.length === 1) {
    const all = side(halves[0]!);
    if (!all || all.length !== want) return null;
    return [...all, ...tail];
  }
  const head = side(halves[0]!);
  const rest = side(halves[1]!);
  if (!head || !rest || head.length + rest.length >= want) return null;
  return [...head, ...new Array<number>(want - head.length - rest.length).fill(0), ...rest, ...tail];
}

export { formatIPv6 };

/** Normalised IP address text (no port), or null when `s` is not an IPv4/IPv6 address. */
export function normaliseIp(s: string): { family: 4 | 6; ip: string } | null {
  const v4 = parseIPv4(s);
  if (v4) return { family: 4, ip: v4.join('.') };
  const v6 = parseIPv6(s);
  if (v6) return { family: 6, ip: formatIPv6(v6) };
  return null;
}

/**
 * A route-domain suffix `%N` (0-65534) as BIG-IP writes addresses in a non-default route domain
 * (IP::client_addr returns x.x.x.x%N there: https://clouddocs.f5.com/api/irules/IP__client_addr.html);
 * rd is '' without one, null when the suffix is malformed.
 */
function splitRouteDomain(s: string): { addr: string; rd: string | null } {
  const pct = s.indexOf('%');
  if (pct < 0) return { addr: s, rd: '' };
  const n = s.slice(pct + 1);
  if (!/^\d{1,5}$/.test(n) || Number(n) > 65534) return { addr: s.slice(0, pct), rd: null };
  return { addr: s.slice(0, pct), rd: `%${Number(n)}` };
}

/** Parse "ip:port" / "[ipv6]:port" / "ip%rd:port" (port 0-65535); null when malformed. */
export function parseHostPort(s: string): HostPort | null {
  const colon = s.lastIndexOf(':');
  if (colon < 0) return null;
  const portText = s.slice(colon + 1);
  if (portText.length === 0 || portText.length > 5) return null;
  let port = 0;
  for (let i = 0; i < portText.length; i++) {
    const c = portText.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    port = port * 10 + (c - 48);
  }
  if (port > 65535) return null;
  let host = s.slice(0, colon);
  if (host.charCodeAt(0) === 91 /* [ */) {
    if (host.charCodeAt(host.length - 1) !== 93 /* ] */) return null;
    const { addr, rd } = splitRouteDomain(host.slice(1, -1));
    if (rd === null) return null;
    const v6 = parseIPv6(addr);
    if (!v6) return null;
    const text = formatIPv6(v6) + rd;
    return { family: 6, ip: text, port, text: `[${text}]:${port}` };
  }
  const split = splitRouteDomain(host);
  if (split.rd === null) return null;
  host = split.addr;
  const v4 = parseIPv4(host);
  if (!v4) return null;
  const ip = `${v4[0]}.${v4[1]}.${v4[2]}.${v4[3]}${split.rd}`;
  return { family: 4, ip, port, text: `${ip}:${port}` };
}

/** Parse an IP network "10.0.0.0/8", "2001:db8::/32" or a host address; null when malformed. */
export function parseNetwork(s: string): { family: 4 | 6; ip: string; prefix: number } | null {
  const slash = s.indexOf('/');
  const addr = normaliseIp(slash < 0 ? s : s.slice(0, slash));
  if (!addr) return null;
  const max = addr.family === 4 ? 32 : 128;
  if (slash < 0) return { ...addr, prefix: max };
  const p = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(p) || Number(p) > max) return null;
  return { ...addr, prefix: Number(p) };
}
