// Digests and encodings (docs/bigip-reference.md §8.3): md5 sha1 sha256 sha384 sha512 b64encode b64decode crc32.
//
// Tcl strings here carry bytes as characters 0-255 (that is how BIG-IP hands over payloads, and
// how these commands return binary results). A string holding any character above 255 cannot be
// such a byte string, so it is taken as text and its UTF-8 bytes are used instead.

import { createHash } from 'node:crypto';
import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { str, type Value } from '../../tcl/value.js';

/** The bytes a Tcl string stands for (see the file comment). */
export function toBytes(s: string): Buffer {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0xff) return Buffer.from(s, 'utf8');
  }
  return Buffer.from(s, 'latin1');
}

/** Bytes as a Tcl binary string: one character per byte. */
export function fromBytes(b: Buffer): string {
  return b.toString('latin1');
}

function digest(algorithm: string) {
  return (_interp: Interp, argv: Value[]): Value => {
    if (argv.length !== 2) throw wrongArgs(`${str(argv[0]!)} string`);
    return fromBytes(createHash(algorithm).update(toBytes(str(argv[1]!))).digest());
  };
}

// ---- base64 -------------------------------------------------------------------------------------

const B64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes base64 text, or returns null when it is not base64. Blanks and line breaks are skipped
 * (MIME style); missing padding is accepted; any other character, or data after the padding, is
 * an error (F5: b64decode raises a Tcl error when decoding fails).
 */
export function decodeBase64(text: string): string | null {
  const s = text.replace(/[ \t\r\n]+/g, '');
  if (!B64_CHARS.test(s)) return null;
  const body = s.replace(/=+$/, '');
  // A single leftover character cannot encode a byte.
  if (body.length % 4 === 1) return null;
  if (s.length !== body.length && s.length % 4 !== 0) return null;
  return fromBytes(Buffer.from(body, 'base64'));
}

function b64encode(interp: Interp, argv: Value[]): Value {
  if (argv.length !== 2) throw wrongArgs('b64encode string');
  const bytes = toBytes(str(argv[1]!));
  interp.checkLength(Math.ceil(bytes.length / 3) * 4);
  return bytes.toString('base64');
}

function b64decode(_interp: Interp, argv: Value[]): Value {
  if (argv.length !== 2) throw wrongArgs('b64decode string');
  const out = decodeBase64(str(argv[1]!));
  // The text of F5's documented log line: "TCL error: ... - conversion error invoked from within".
  if (out === null) throw new TclError('conversion error', ['IRULE', 'B64DECODE']);
  return out;
}

// ---- crc32 --------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (the Ethernet / zlib CRC, "CRC-32" in the CRC catalogue) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function crc32Command(_interp: Interp, argv: Value[]): Value {
  if (argv.length !== 2) throw wrongArgs('crc32 string');
  return crc32(toBytes(str(argv[1]!)));
}

export const cryptoCommands: CommandDef[] = [
  { name: 'md5', fn: digest('md5') },
  { name: 'sha1', fn: digest('sha1') },
  { name: 'sha256', fn: digest('sha256') },
  { name: 'sha384', fn: digest('sha384') },
  { name: 'sha512', fn: digest('sha512') },
  { name: 'b64encode', fn: b64encode },
  { name: 'b64decode', fn: b64decode },
  { name: 'crc32', fn: crc32Command },
];
