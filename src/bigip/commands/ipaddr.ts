// IP::addr (docs/bigip-reference.md §6.1): address/network comparison, masking and parsing of binary addresses,
// for IPv4 and IPv6, plus the address helpers `class` uses for address data groups.
//
// Addresses are kept as 16 bytes: an IPv4 address is stored IPv4-mapped (::ffff:a.b.c.d), as
// BIG-IP does internally, so a /24 on an IPv4 address is a /120 here. A network is an address
// and a 16-byte mask. Comparing two networks ANDs both masks (the shorter prefix wins), which
// is F5's "address/subnet/supernet to address/subnet/supernet" comparison: 10.1.1.5 equals
// 10.1.1.0/24, and 10.1.1.0/24 equals 10.1.1.5 too.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef } from '../../tcl/interp.js';
import { getSmallInt } from '../../tcl/numbers.js';
import { str, type Value } from '../../tcl/value.js';

export interface IpAddress {
  bytes: Uint8Array;
  /** Written as IPv4 (dotted quad). */
  v4: boolean;
  /** Route domain (`%N` suffix); 0 when absent. */
  rd: number;
}

export interface IpNetwork extends IpAddress {
  mask: Uint8Array;
  /** Number of one bits in the mask (for longest-prefix matching). */
  prefix: number;
}

const V4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

// ---- parsing ------------------------------------------------------------------------------------

function parseV4(s: string, out: Uint8Array, at: number): boolean {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const p = parts[i]!;
    if (!/^[0-9]{1,3}$/.test(p)) return false;
    const n = Number(p);
    if (n > 255) return false;
    out[at + i] = n;
  }
  return true;
}

function parseV6(s: string, out: Uint8Array): boolean {
  const dbl = s.indexOf('::');
  if (dbl >= 0 && s.indexOf('::', dbl + 1) >= 0) return false;
  const groups = (part: string): string[] | null => (part === '' ? [] : part.split(':'));
  const head = groups(dbl >= 0 ? s.slice(0, dbl) : s);
  const tail = dbl >= 0 ? groups(s.slice(dbl + 2)) : [];
  if (!head || !tail) return false;
  const words: number[] = [];
  const all = [...head, ...tail];
  const headWords: number[] = [];
  const tailWords: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const g = all[i]!;
    const target = i < head.length ? headWords : tailWords;
    if (g.includes('.')) {
      // An embedded IPv4 address may only end the address.
      if (i !== all.length - 1) return false;
      const b = new Uint8Array(4);
      if (!parseV4(g, b, 0)) return false;
      target.push((b[0]! << 8) | b[1]!, (b[2]! << 8) | b[3]!);
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return false;
      target.push(parseInt(g, 16));
    }
  }
  const n = headWords.length + tailWords.length;
  if (dbl >= 0 ? n > 7 : n !== 8) return false;
  words.push(...headWords, ...new Array<number>(8 - n).fill(0), ...tailWords);
  for (let i = 0; i < 8; i++) {
    out[2 * i] = words[i]! >> 8;
    out[2 * i + 1] = words[i]! & 0xff;
  }
  return true;
}

/** Parses `a.b.c.d`, an IPv6 address (brackets allowed), either with a `%N` route domain. */
export function parseAddress(text: string): IpAddress | null {
  let s = text.trim();
  let rd = 0;
  const pct = s.lastIndexOf('%');
  if (pct >= 0) {
    const d = s.slice(pct + 1);
    if (!/^[0-9]{1,5}$/.test(d)) return null;
    rd = Number(d);
    s = s.slice(0, pct);
  }
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const bytes = new Uint8Array(16);
  if (s.includes(':')) {
    if (!parseV6(s, bytes)) return null;
    return { bytes, v4: false, rd };
  }
  for (let i = 0; i < 12; i++) bytes[i] = V4_MAPPED_PREFIX[i]!;
  if (!parseV4(s, bytes, 12)) return null;
  return { bytes, v4: true, rd };
}

function prefixMask(bits: number): Uint8Array {
  const m = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    const b = Math.max(0, Math.min(8, bits - 8 * i));
    m[i] = b === 0 ? 0 : (0xff << (8 - b)) & 0xff;
  }
  return m;
}

function countBits(mask: Uint8Array): number {
  let n = 0;
  for (const b of mask) for (let x = b; x; x &= x - 1) n++;
  return n;
}

/**
 * A mask written as a prefix length (`24`), a dotted quad (`255.255.255.0`) or an IPv6 mask, for
 * an address of the given family; null when it is not one.
 */
export function parseMask(text: string, v4: boolean): Uint8Array | null {
  const s = text.trim();
  if (/^[0-9]{1,3}$/.test(s)) {
    const n = Number(s);
    if (n > (v4 ? 32 : 128)) return null;
    return prefixMask(v4 ? 96 + n : n);
  }
  const a = parseAddress(s);
  if (!a || a.rd !== 0) return null;
  if (a.v4 !== v4) return null;
  const m = new Uint8Array(a.bytes);
  if (v4) for (let i = 0; i < 12; i++) m[i] = 0xff; // the mapped prefix is always significant
  return m;
}

/**
 * Parses an address or network: `A`, `A/len`, `A/mask`, `A mask M`, and the data-group record
 * forms `host A` and `network A mask M` / `network A/len`. Null when it is none of these.
 */
export function parseNetwork(text: string): IpNetwork | null {
  let s = text.trim();
  let maskText: string | null = null;
  const words = s.split(/\s+/);
  if (words[0] === 'host' && words.length === 2) s = words[1]!;
  else if (words[0] === 'network' && (words.length === 2 || (words.length === 4 && words[2] === 'mask'))) {
    s = words[1]!;
    if (words.length === 4) maskText = words[3]!;
  } else if (words.length === 3 && words[1] === 'mask') {
    s = words[0]!;
    maskText = words[2]!;
  } else if (words.length !== 1) return null;
  if (maskText === null) {
    const slash = s.indexOf('/');
    if (slash >= 0) {
      maskText = s.slice(slash + 1);
      s = s.slice(0, slash);
      // A route domain may follow the mask: 10.0.0.0/8%2.
      const pct = maskText.indexOf('%');
      if (pct >= 0) {
        s += maskText.slice(pct);
        maskText = maskText.slice(0, pct);
      }
    }
  }
  const addr = parseAddress(s);
  if (!addr) return null;
  const mask = maskText === null ? prefixMask(128) : parseMask(maskText, addr.v4);
  if (!mask) return null;
  return { ...addr, mask, prefix: countBits(mask) };
}

// ---- comparing and formatting -------------------------------------------------------------------

/** `IP::addr A equals B`: equal under both masks, in the same route domain. */
export function networksMatch(a: IpNetwork, b: IpNetwork): boolean {
  if (a.rd !== b.rd) return false;
  for (let i = 0; i < 16; i++) {
    const m = a.mask[i]! & b.mask[i]!;
    if ((a.bytes[i]! & m) !== (b.bytes[i]! & m)) return false;
  }
  return true;
}

/** Does `net` contain the address `addr` (an address data-group record against an item)? */
export function networkContains(net: IpNetwork, addr: IpNetwork): boolean {
  return networksMatch(net, addr);
}

export function maskBytes(bytes: Uint8Array, mask: Uint8Array): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = bytes[i]! & mask[i]!;
  return out;
}

/** Text form: dotted quad for IPv4, RFC 5952 compressed lower case for IPv6; `%N` when N > 0. */
export function formatAddress(bytes: Uint8Array, v4: boolean, rd = 0): string {
  const suffix = rd ? `%${rd}` : '';
  if (v4) return `${bytes[12]}.${bytes[13]}.${bytes[14]}.${bytes[15]}${suffix}`;
  const words: number[] = [];
  for (let i = 0; i < 8; i++) words.push((bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  return formatIPv6(words) + suffix;
}

/** RFC 5952 text of 8 groups: lower case, the longest run (2+) of zero groups as "::" (the first on a tie). */
export function formatIPv6(groups: number[]): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (a: number[]): string => a.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

function invalidAddress(s: string): TclError {
  return new TclError(`invalid IP address "${s}"`, ['IRULE', 'IP', 'ADDRESS']);
}

function networkArg(v: Value): IpNetwork {
  const s = str(v);
  const n = parseNetwork(s);
  if (!n) throw invalidAddress(s);
  return n;
}

// ---- IP::addr -----------------------------------------------------------------------------------

const USAGE = 'IP::addr addr1[/mask] equals addr2[/mask] | IP::addr addr mask mask | IP::addr parse ?-ipv4|-ipv6? ?-swap? bytes ?offset?';

function ipAddrParse(argv: Value[]): Value {
  let i = 2;
  let swap = false;
  let v6 = false;
  for (; i < argv.length; i++) {
    const o = str(argv[i]!);
    if (o === '-swap') swap = true;
    else if (o === '-ipv6') v6 = true;
    else if (o === '-ipv4') v6 = false;
    else break;
  }
  const rest = argv.length - i;
  if (rest < 1 || rest > 2) throw wrongArgs(USAGE);
  const data = str(argv[i]!);
  const offset = rest === 2 ? getSmallInt(argv[i + 1]!) : 0;
  const width = v6 ? 16 : 4;
  if (offset < 0 || offset + width > data.length) {
    throw new TclError(`IP::addr parse: need ${width} bytes at offset ${offset}, have ${Math.max(0, data.length - Math.max(offset, 0))}`, ['IRULE', 'IP', 'PARSE']);
  }
  const raw: number[] = [];
  for (let k = 0; k < width; k++) raw.push(data.charCodeAt(offset + k) & 0xff);
  // -swap converts from host (little-endian) to network byte order.
  if (swap) raw.reverse();
  const bytes = new Uint8Array(16);
  if (v6) bytes.set(raw);
  else {
    bytes.set(V4_MAPPED_PREFIX);
    bytes.set(raw, 12);
  }
  return formatAddress(bytes, !v6);
}

function ipAddr(_interp: unknown, argv: Value[]): Value {
  if (argv.length >= 3 && str(argv[1]!) === 'parse') return ipAddrParse(argv);
  if (argv.length !== 4) throw wrongArgs(USAGE);
  const op = str(argv[2]!);
  // `equals` is the documented operator (IP__addr.html); F5's own pages also write `eq`
  // (https://clouddocs.f5.com/api/irules/SSL__enable.html, https://clouddocs.f5.com/api/irules/HTTP2__enable.html:
  // `IP::addr [IP::client_addr] eq 10.0.0.0/8`). `==` is in the model's synopsis without a source: accepted
  // rather than refused, because an unverified fact never produces an error (docs/behaviour/utilities.md).
  if (op === 'equals' || op === 'eq' || op === '==') return networksMatch(networkArg(argv[1]!), networkArg(argv[3]!)) ? 1 : 0;
  if (op === 'mask') {
    const a = networkArg(argv[1]!);
    const maskText = str(argv[3]!);
    const m = parseMask(maskText.replace(/^\//, ''), a.v4);
    if (!m) throw new TclError(`invalid mask "${maskText}"`, ['IRULE', 'IP', 'MASK']);
    return formatAddress(maskBytes(maskBytes(a.bytes, a.mask), m), a.v4, a.rd);
  }
  throw new TclError(`bad operator "${op}": must be equals or mask`, ['IRULE', 'IP', 'OPERATOR']);
}

export const ipaddrCommands: CommandDef[] = [{ name: 'IP::addr', fn: ipAddr }];
