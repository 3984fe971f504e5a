// binary format / scan / encode / decode, after Tcl 8.6's tclBinary.c. Byte strings are JS
// strings whose characters are 0-255; a character above 255 counts as its low byte, as Tcl's
// Tcl_GetByteArrayFromObj does.

import { Buffer } from 'node:buffer';
import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { getDouble, getInt, normInt } from '../numbers.js';
import { str, TclDouble, TclList, toList, type Value } from '../value.js';

const ALL = -1; // count "*"
const NONE = -2; // no count

interface Spec {
  cmd: string;
  count: number;
  unsigned: boolean;
  /** Where the field started (before blanks), for "bad field specifier". */
  at: number;
}

/** GetFormatSpec: blanks, the type character, an optional `u`, a count or `*`. */
function nextSpec(format: string, pos: { i: number }): Spec | null {
  const at = pos.i;
  let i = pos.i;
  while (format[i] === ' ') i++;
  if (i >= format.length) {
    pos.i = i;
    return null;
  }
  const cmd = format[i++]!;
  let unsigned = false;
  if (format[i] === 'u') {
    unsigned = true;
    i++;
  }
  let count = NONE;
  if (format[i] === '*') {
    count = ALL;
    i++;
  } else if (format[i] !== undefined && format[i]! >= '0' && format[i]! <= '9') {
    let j = i;
    while (format[j] !== undefined && format[j]! >= '0' && format[j]! <= '9') j++;
    const n = Number(format.slice(i, j));
    count = n > 0x7fffffff ? 0x7fffffff : n;
    i = j;
  }
  pos.i = i;
  return { cmd, count, unsigned, at };
}

function badField(format: string, at: number): TclError {
  const ch = String.fromCodePoint(format.codePointAt(at)!);
  return new TclError(`bad field specifier "${ch}"`, ['TCL', 'BINARY', 'FORMAT', 'BADFIELD']);
}

// tclsh 8.6 sets no -errorcode for this one (it stays NONE).
const notEnoughArgs = (): TclError => new TclError('not enough arguments for all format specifiers');
const missingAtCount = (): TclError => new TclError('missing count for "@" field specifier', ['TCL', 'BINARY', 'FORMAT', 'AT_NOCOUNT']);

const NUMBER_SIZES: Record<string, number> = {
  c: 1, t: 2, s: 2, S: 2, n: 4, i: 4, I: 4, m: 8, w: 8, W: 8, r: 4, R: 4, f: 4, q: 8, Q: 8, d: 8,
};
/** Little-endian layouts (this is a little-endian host, as Tcl's native formats assume here). */
const LITTLE = new Set(['t', 's', 'n', 'i', 'm', 'w', 'r', 'f', 'q', 'd']);
const FLOATS = new Set(['r', 'R', 'f', 'q', 'Q', 'd']);

// ---- format ----------------------------------------------------------------------------------------

function byteLength(v: Value): number {
  return str(v).length;
}

function formatCmd(interp: Interp, argv: Value[]): Value {
  if (argv.length < 3) throw wrongArgs(`${str(argv[0]!)} format formatString ?arg ...?`);
  const format = str(argv[2]!);
  const args = argv.slice(3);
  // First pass: check the arguments and compute the size, as Tcl does before writing anything.
  let arg = 0;
  let offset = 0;
  let length = 0;
  const pos = { i: 0 };
  for (;;) {
    const spec = nextSpec(format, pos);
    if (spec === null) break;
    let { count } = spec;
    switch (spec.cmd) {
      case 'a': case 'A': case 'b': case 'B': case 'h': case 'H':
        if (arg >= args.length) throw notEnoughArgs();
        if (count === ALL) count = byteLength(args[arg]!);
        else if (count === NONE) count = 1;
        arg++;
        if (spec.cmd === 'a' || spec.cmd === 'A') offset += count;
        else if (spec.cmd === 'b' || spec.cmd === 'B') offset += Math.floor((count + 7) / 8);
        else offset += Math.floor((count + 1) / 2);
        break;
      case 'x':
        if (count === ALL) throw new TclError('cannot use "*" in format string with "x"', ['TCL', 'BINARY', 'FORMAT', 'STAR']);
        if (count === NONE) count = 1;
        offset += count;
        break;
      case 'X':
        if (count === NONE) count = 1;
        if (count === ALL || count > offset) count = offset;
        if (offset > length) length = offset;
        offset -= count;
        break;
      case '@':
        if (offset > length) length = offset;
        if (count === ALL) offset = length;
        else if (count === NONE) throw missingAtCount();
        else offset = count;
        break;
      default: {
        const size = NUMBER_SIZES[spec.cmd];
        if (size === undefined) throw badField(format, spec.at);
        if (arg >= args.length) throw notEnoughArgs();
        if (count === NONE) count = 1;
        else {
          const n = toList(args[arg]!).length;
          if (count === ALL) count = n;
          else if (count > n) throw new TclError('number of elements in list does not match count', ['TCL', 'BINARY', 'FORMAT', 'COUNT']);
        }
        arg++;
        offset += count * size;
      }
    }
    interp.checkLength(Math.max(offset, length));
  }
  if (offset > length) length = offset;
  if (length === 0) return '';

  const buf = new Uint8Array(length);
  arg = 0;
  let cursor = 0;
  let maxPos = 0;
  pos.i = 0;
  for (;;) {
    const spec = nextSpec(format, pos);
    if (spec === null) break;
    let { count } = spec;
    const cmd = spec.cmd;
    if (count === 0 && cmd !== '@') {
      if (cmd !== 'x') arg++;
      continue;
    }
    switch (cmd) {
      case 'a': case 'A': {
        const bytes = str(args[arg++]!);
        if (count === ALL) count = bytes.length;
        else if (count === NONE) count = 1;
        const pad = cmd === 'a' ? 0 : 0x20;
        for (let k = 0; k < count; k++) buf[cursor + k] = k < bytes.length ? bytes.charCodeAt(k) & 0xff : pad;
        cursor += count;
        break;
      }
      case 'b': case 'B': {
        const bits = str(args[arg++]!);
        if (count === ALL) count = bits.length;
        else if (count === NONE) count = 1;
        const last = cursor + Math.floor((count + 7) / 8);
        const n = Math.min(count, bits.length);
        let value = 0;
        let k = 0;
        for (; k < n; k++) {
          const c = bits[k];
          if (c !== '0' && c !== '1') throw new TclError(`expected binary string but got "${bits}" instead`, ['TCL', 'BINARY', 'FORMAT', 'BADVALUE']);
          if (cmd === 'B') value = (value << 1) | (c === '1' ? 1 : 0);
          else value = (value >> 1) | (c === '1' ? 128 : 0);
          if ((k + 1) % 8 === 0) {
            buf[cursor++] = value & 0xff;
            value = 0;
          }
        }
        if (k % 8 !== 0) buf[cursor++] = (cmd === 'B' ? value << (8 - (k % 8)) : value >> (8 - (k % 8))) & 0xff;
        while (cursor < last) buf[cursor++] = 0;
        break;
      }
      case 'h': case 'H': {
        const hex = str(args[arg++]!);
        if (count === ALL) count = hex.length;
        else if (count === NONE) count = 1;
        const last = cursor + Math.floor((count + 1) / 2);
        const n = Math.min(count, hex.length);
        let value = 0;
        let k = 0;
        for (; k < n; k++) {
          const d = hexDigit(hex.charCodeAt(k));
          if (d < 0) throw new TclError(`expected hexadecimal string but got "${hex}" instead`, ['TCL', 'BINARY', 'FORMAT', 'BADVALUE']);
          if (cmd === 'H') value = (value << 4) | d;
          else value = (value >> 4) | (d << 4);
          if (k % 2) {
            buf[cursor++] = value & 0xff;
            value = 0;
          }
        }
        if (k % 2) buf[cursor++] = (cmd === 'H' ? value << 4 : value >> 4) & 0xff;
        while (cursor < last) buf[cursor++] = 0;
        break;
      }
      case 'x':
        if (count === NONE) count = 1;
        buf.fill(0, cursor, cursor + count);
        cursor += count;
        break;
      case 'X':
        if (cursor > maxPos) maxPos = cursor;
        if (count === NONE) count = 1;
        cursor = count === ALL || count > cursor ? 0 : cursor - count;
        break;
      case '@':
        if (cursor > maxPos) maxPos = cursor;
        cursor = count === ALL ? maxPos : count;
        break;
      default: {
        const values = count === NONE ? [args[arg]!] : toList(args[arg]!);
        if (count === NONE) count = 1;
        else if (count === ALL) count = values.length;
        arg++;
        for (let k = 0; k < count; k++) cursor = formatNumber(cmd, values[k]!, buf, cursor);
      }
    }
  }
  return bytesToString(buf);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

const TWO64 = 1n << 64n;

function formatNumber(cmd: string, v: Value, buf: Uint8Array, at: number): number {
  const size = NUMBER_SIZES[cmd]!;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const little = LITTLE.has(cmd);
  if (FLOATS.has(cmd)) {
    let d = getDouble(v);
    if (size === 4) {
      // Tcl clamps doubles that do not fit a float (infinities included) to +-FLT_MAX.
      const FLT_MAX = 3.4028234663852886e38;
      if (Math.abs(d) > FLT_MAX) d = d >= 0 ? FLT_MAX : -FLT_MAX;
      view.setFloat32(at, d, little);
    } else {
      view.setFloat64(at, d, little);
    }
    return at + size;
  }
  const i = getInt(v);
  const big = typeof i === 'bigint' ? i : BigInt(i);
  if (big >= TWO64 || big < -TWO64) throw new TclError('integer value too large to represent', ['ARITH', 'IOVERFLOW', 'integer value too large to represent']);
  const bits = BigInt.asUintN(64, big);
  for (let k = 0; k < size; k++) {
    const byte = Number((bits >> BigInt(8 * k)) & 0xffn);
    buf[little ? at + k : at + size - 1 - k] = byte;
  }
  return at + size;
}

/** Bytes as Tcl's byte array string: byte N is character U+00NN (latin1), decoded natively (64 MiB in ~0.1 s, not seconds). */
function bytesToString(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
}

// ---- scan ------------------------------------------------------------------------------------------

function scanCmd(interp: Interp, argv: Value[]): Value {
  if (argv.length < 4) throw wrongArgs(`${str(argv[0]!)} scan value formatString ?varName ...?`);
  const data = str(argv[2]!);
  const length = data.length;
  const format = str(argv[3]!);
  const vars = argv.slice(4);
  let arg = 0;
  let offset = 0;
  const pos = { i: 0 };
  const byteAt = (k: number): number => data.charCodeAt(k) & 0xff;
  const setNext = (v: Value): void => {
    interp.setVar(str(vars[arg]!), v);
    arg++;
  };
  for (;;) {
    const spec = nextSpec(format, pos);
    if (spec === null) break;
    let { count } = spec;
    const cmd = spec.cmd;
    switch (cmd) {
      case 'a': case 'A': {
        if (arg >= vars.length) throw notEnoughArgs();
        if (count === ALL) count = length - offset;
        else {
          if (count === NONE) count = 1;
          if (count > length - offset) return arg;
        }
        let size = count;
        if (cmd === 'A') while (size > 0 && (byteAt(offset + size - 1) === 0 || byteAt(offset + size - 1) === 0x20)) size--;
        let s = '';
        for (let k = 0; k < size; k++) s += String.fromCharCode(byteAt(offset + k));
        setNext(s);
        offset += count;
        break;
      }
      case 'b': case 'B': {
        if (arg >= vars.length) throw notEnoughArgs();
        if (count === ALL) count = (length - offset) * 8;
        else {
          if (count === NONE) count = 1;
          if (count > (length - offset) * 8) return arg;
        }
        let s = '';
        let value = 0;
        let src = offset;
        for (let k = 0; k < count; k++) {
          if (k % 8) value = cmd === 'b' ? value >> 1 : value << 1;
          else value = byteAt(src++);
          s += cmd === 'b' ? (value & 1 ? '1' : '0') : value & 0x80 ? '1' : '0';
        }
        setNext(s);
        offset += Math.floor((count + 7) / 8);
        break;
      }
      case 'h': case 'H': {
        if (arg >= vars.length) throw notEnoughArgs();
        if (count === ALL) count = (length - offset) * 2;
        else {
          if (count === NONE) count = 1;
          if (count > (length - offset) * 2) return arg;
        }
        let s = '';
        let value = 0;
        let src = offset;
        for (let k = 0; k < count; k++) {
          if (k % 2) value = cmd === 'h' ? value >> 4 : value << 4;
          else value = byteAt(src++);
          s += '0123456789abcdef'[cmd === 'h' ? value & 0xf : (value >> 4) & 0xf];
        }
        setNext(s);
        offset += Math.floor((count + 1) / 2);
        break;
      }
      case 'x':
        if (count === NONE) count = 1;
        offset = count === ALL || count > length - offset ? length : offset + count;
        break;
      case 'X':
        if (count === NONE) count = 1;
        offset = count === ALL || count > offset ? 0 : offset - count;
        break;
      case '@':
        if (count === NONE) throw missingAtCount();
        offset = count === ALL || count > length ? length : count;
        break;
      default: {
        const size = NUMBER_SIZES[cmd];
        if (size === undefined) throw badField(format, spec.at);
        if (arg >= vars.length) throw notEnoughArgs();
        if (count === NONE) {
          if (length - offset < size) return arg;
          setNext(scanNumber(cmd, data, offset, spec.unsigned));
          offset += size;
        } else {
          if (count === ALL) count = Math.floor((length - offset) / size);
          if (length - offset < count * size) return arg;
          const items: Value[] = [];
          for (let k = 0; k < count; k++) items.push(scanNumber(cmd, data, offset + k * size, spec.unsigned));
          setNext(new TclList(items));
          offset += count * size;
        }
      }
    }
  }
  return arg;
}

function scanNumber(cmd: string, data: string, at: number, unsigned: boolean): Value {
  const size = NUMBER_SIZES[cmd]!;
  const little = LITTLE.has(cmd);
  const bytes = new Uint8Array(size);
  for (let k = 0; k < size; k++) bytes[k] = data.charCodeAt(at + k) & 0xff;
  const view = new DataView(bytes.buffer);
  if (FLOATS.has(cmd)) return new TclDouble(size === 4 ? view.getFloat32(0, little) : view.getFloat64(0, little));
  switch (size) {
    case 1: return unsigned ? view.getUint8(0) : view.getInt8(0);
    case 2: return unsigned ? view.getUint16(0, little) : view.getInt16(0, little);
    case 4: return unsigned ? view.getUint32(0, little) : view.getInt32(0, little);
    default: return normInt(unsigned ? view.getBigUint64(0, little) : view.getBigInt64(0, little));
  }
}

// ---- encode / decode -------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function isTclSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

function encodeHex(data: string): string {
  let out = '';
  for (let k = 0; k < data.length; k++) out += (data.charCodeAt(k) & 0xff).toString(16).padStart(2, '0');
  return out;
}

function decodeHex(data: string, strict: boolean): string {
  const out: number[] = [];
  let cut = 0;
  let k = 0;
  while (k < data.length) {
    let value = 0;
    let i = 0;
    for (; i < 2; i++) {
      if (k >= data.length) {
        value <<= 4;
        break;
      }
      const c = data[k++]!;
      const d = hexDigit(c.charCodeAt(0));
      if (d < 0) {
        if (strict || !isTclSpace(c)) throw new TclError(`invalid hexadecimal digit "${c}" at position ${k - 1}`, ['TCL', 'BINARY', 'DECODE', 'INVALID']);
        i--;
        continue;
      }
      value = (value << 4) | d;
    }
    if (i < 2) cut++;
    out.push(value & 0xff);
  }
  return bytesToString(Uint8Array.from(out.slice(0, out.length - Math.min(cut, out.length))));
}

function encodeBase64(data: string, maxLen: number, wrap: string): string {
  let raw = '';
  for (let k = 0; k < data.length; k += 3) {
    const b0 = data.charCodeAt(k) & 0xff;
    const b1 = k + 1 < data.length ? data.charCodeAt(k + 1) & 0xff : 0;
    const b2 = k + 2 < data.length ? data.charCodeAt(k + 2) & 0xff : 0;
    raw += B64[b0 >> 2]! + B64[((b0 & 3) << 4) | (b1 >> 4)]!;
    raw += k + 1 < data.length ? B64[((b1 & 15) << 2) | (b2 >> 6)]! : '=';
    raw += k + 2 < data.length ? B64[b2 & 63]! : '=';
  }
  if (maxLen <= 0 || raw.length <= maxLen) return raw;
  const lines: string[] = [];
  for (let k = 0; k < raw.length; k += maxLen) lines.push(raw.slice(k, k + maxLen));
  return lines.join(wrap);
}

function decodeBase64(data: string, strict: boolean): string {
  const out: number[] = [];
  let cut = 0;
  let k = 0;
  while (k < data.length) {
    let value = 0;
    let i = 0;
    let stopped = false;
    for (; i < 4; i++) {
      let c: string;
      if (k < data.length) c = data[k++]!;
      else if (i > 1) c = '=';
      else {
        if (strict) throw badBase64(data[k - 1] ?? '', k - 1);
        cut += 3;
        stopped = true;
        break;
      }
      const d = B64.indexOf(c);
      if (d >= 0 && c !== '') value = (value << 6) | d;
      else if (c === '=' && (!strict || i > 1)) {
        value <<= 6;
        if (i) cut++;
      } else if (strict) throw badBase64(c, k - 1);
      else i--; // not strict: anything else is skipped
    }
    out.push((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    if (stopped) break;
    if (cut && k < data.length) {
      if (strict) throw badBase64(data[k]!, k);
      for (; k < data.length; k++) if (!isTclSpace(data[k]!)) throw badBase64(data[k]!, k);
    }
  }
  return bytesToString(Uint8Array.from(out.slice(0, Math.max(0, out.length - cut))));
}

function badBase64(c: string, at: number): TclError {
  return new TclError(`invalid base64 character "${c}" at position ${at}`, ['TCL', 'BINARY', 'DECODE', 'INVALID']);
}

function encodeUu(data: string): string {
  const enc = (v: number): string => String.fromCharCode(v === 0 ? 0x60 : v + 0x20);
  let out = '';
  for (let k = 0; k < data.length; k += 45) {
    const line = data.slice(k, k + 45);
    out += enc(line.length);
    let chars = '';
    for (let j = 0; j < line.length; j += 3) {
      const b0 = line.charCodeAt(j) & 0xff;
      const b1 = j + 1 < line.length ? line.charCodeAt(j + 1) & 0xff : 0;
      const b2 = j + 2 < line.length ? line.charCodeAt(j + 2) & 0xff : 0;
      chars += enc(b0 >> 2) + enc(((b0 & 3) << 4) | (b1 >> 4)) + enc(((b1 & 15) << 2) | (b2 >> 6)) + enc(b2 & 63);
    }
    // Only the characters that carry data: a partial last group is not padded.
    out += chars.slice(0, Math.ceil((line.length * 4) / 3)) + '\n';
  }
  return out;
}

function decodeUu(data: string): string {
  const out: number[] = [];
  for (const line of data.split('\n')) {
    if (line.length === 0) continue;
    const n = (line.charCodeAt(0) - 0x20) & 0x3f;
    const bytes: number[] = [];
    for (let j = 1; j + 3 < line.length + 3 && bytes.length < n; j += 4) {
      const d = (k: number): number => ((line.charCodeAt(j + k) || 0x20) - 0x20) & 0x3f;
      const v = (d(0) << 18) | (d(1) << 12) | (d(2) << 6) | d(3);
      bytes.push((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
    out.push(...bytes.slice(0, n));
  }
  return bytesToString(Uint8Array.from(out));
}

const FORMATS = ['base64', 'hex', 'uuencode'];

function encodeDecode(which: 'encode' | 'decode') {
  return (interp: Interp, argv: Value[]): Value => {
    const cmdName = `${str(argv[0]!)} ${which}`;
    if (argv.length < 3) throw wrongArgs(`${cmdName} subcommand ?arg ...?`);
    const sub = str(argv[2]!);
    const fmt = FORMATS.find((f) => f === sub) ?? (sub.length > 0 ? FORMATS.filter((f) => f.startsWith(sub)) : []).find((_f, _i, a) => a.length === 1);
    if (fmt === undefined) {
      throw new TclError(`unknown subcommand "${sub}": must be base64, hex, or uuencode`, ['TCL', 'LOOKUP', 'SUBCOMMAND', sub]);
    }
    const rest = argv.slice(3).map(str);
    const usageOpts = which === 'decode' ? '?-strict? ' : fmt === 'base64' ? '?-maxlen len? ?-wrapchar char? ' : fmt === 'uuencode' ? '?-maxlen len? ?-wrapchar char? ' : '';
    const usage = `${cmdName} ${fmt} ${usageOpts}data`;
    if (rest.length < 1) throw wrongArgs(usage);
    const data = rest[rest.length - 1]!;
    const opts = rest.slice(0, -1);
    let strict = false;
    let maxLen = 0;
    let wrap = '\n';
    for (let k = 0; k < opts.length; k++) {
      const o = opts[k]!;
      if (which === 'decode' && o === '-strict') strict = true;
      else if (which === 'encode' && fmt !== 'hex' && (o === '-maxlen' || o === '-wrapchar') && k + 1 < opts.length) {
        if (o === '-maxlen') maxLen = Number(getInt(opts[++k]!));
        else wrap = opts[++k]!;
      } else if (which === 'encode' && fmt === 'hex') throw wrongArgs(usage);
      else {
        const names = which === 'decode' ? '-strict' : '-maxlen or -wrapchar';
        if (o.startsWith('-')) throw new TclError(`bad option "${o}": must be ${names}`, ['TCL', 'LOOKUP', 'INDEX', 'option', o]);
        throw wrongArgs(usage);
      }
    }
    let result: string;
    if (which === 'encode') {
      result = fmt === 'hex' ? encodeHex(data) : fmt === 'base64' ? encodeBase64(data, maxLen, wrap) : encodeUu(data);
    } else {
      result = fmt === 'hex' ? decodeHex(data, strict) : fmt === 'base64' ? decodeBase64(data, strict) : decodeUu(data);
    }
    interp.checkLength(result.length);
    return result;
  };
}

const SUBCOMMANDS = ['decode', 'encode', 'format', 'scan'];
const encodeCmd = encodeDecode('encode');
const decodeCmd = encodeDecode('decode');

function binaryCmd(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs(`${str(argv[0]!)} subcommand ?arg ...?`);
  const sub = str(argv[1]!);
  const matches = SUBCOMMANDS.filter((s) => s === sub || (sub.length > 0 && s.startsWith(sub)));
  const name = SUBCOMMANDS.includes(sub) ? sub : matches.length === 1 ? matches[0] : undefined;
  switch (name) {
    case 'format': return formatCmd(interp, argv);
    case 'scan': return scanCmd(interp, argv);
    case 'encode': return encodeCmd(interp, argv);
    case 'decode': return decodeCmd(interp, argv);
    default:
      throw new TclError(`unknown or ambiguous subcommand "${sub}": must be decode, encode, format, or scan`, ['TCL', 'LOOKUP', 'SUBCOMMAND', sub]);
  }
}

export const binaryCommands: CommandDef[] = [{ name: 'binary', fn: binaryCmd }];
