// encoding convertto|convertfrom ?encoding? data, encoding names, encoding system ?encoding?
//
// Byte strings are strings of characters U+0000..U+00FF, one per byte, as Tcl's byte arrays.
// Supported: utf-8, identity, unicode (UTF-16 in the machine's order: little-endian on x86),
// iso8859-1, iso8859-15, cp1252, ascii. Tcl 8.4 builds in identity, utf-8 and unicode
// (generic/tclEncoding.c lines 264-288 of the 8.4 branch) and loads the others from .enc files;
// which of those files BIG-IP ships is not documented, so irule accepts the same set in both
// dialects. Tcl knows more encodings (shiftjis, koi8-r, ...): irule refuses those by name.

import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { getIndexFromTable } from '../strings/lookup.js';
import { ensembleSubcommand } from '../lists/options.js';
import { TclList, str, type Value } from '../value.js';

interface Encoding {
  encode(s: string): string;
  decode(bytes: string): string;
}

/** A single-byte encoding: code points for bytes 0x80..0xFF (-1: not mapped). */
function singleByte(high: (b: number) => number): Encoding {
  const toChar: number[] = [];
  const fromChar = new Map<number, number>();
  for (let b = 0; b < 256; b++) {
    const c = b < 0x80 ? b : high(b);
    toChar.push(c < 0 ? b : c);
    if (c >= 0 && !fromChar.has(c)) fromChar.set(c, b);
  }
  return {
    encode: (s) => {
      let out = '';
      for (let i = 0; i < s.length; i++) {
        const b = fromChar.get(s.charCodeAt(i));
        out += String.fromCharCode(b === undefined ? 0x3f /* ? */ : b);
      }
      return out;
    },
    decode: (bytes) => {
      let out = '';
      for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(toChar[bytes.charCodeAt(i) & 0xff]!);
      return out;
    },
  };
}

const CP1252_80_9F = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];
const ISO8859_15: Record<number, number> = { 0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178 };

const utf8: Encoding = {
  encode: (s) => {
    const bytes = Buffer.from(s, 'utf8');
    let out = '';
    for (const b of bytes) out += String.fromCharCode(b);
    return out;
  },
  // As Tcl 8.6: a byte that does not start a valid sequence stands for itself (U+0080..U+00FF).
  decode: (bytes) => {
    let out = '';
    let i = 0;
    const n = bytes.length;
    const at = (k: number) => bytes.charCodeAt(k) & 0xff;
    const cont = (k: number) => k < n && (at(k) & 0xc0) === 0x80;
    while (i < n) {
      const b = at(i);
      if (b < 0x80) {
        out += String.fromCharCode(b);
        i++;
      } else if (b >= 0xc2 && b < 0xe0 && cont(i + 1)) {
        out += String.fromCharCode(((b & 0x1f) << 6) | (at(i + 1) & 0x3f));
        i += 2;
      } else if (b >= 0xe0 && b < 0xf0 && cont(i + 1) && cont(i + 2)) {
        const c = ((b & 0x0f) << 12) | ((at(i + 1) & 0x3f) << 6) | (at(i + 2) & 0x3f);
        if (c < 0x800) {
          out += String.fromCharCode(b);
          i++;
        } else {
          out += String.fromCharCode(c);
          i += 3;
        }
      } else if (b >= 0xf0 && b < 0xf5 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
        const c = ((b & 0x07) << 18) | ((at(i + 1) & 0x3f) << 12) | ((at(i + 2) & 0x3f) << 6) | (at(i + 3) & 0x3f);
        if (c < 0x10000 || c > 0x10ffff) {
          out += String.fromCharCode(b);
          i++;
        } else {
          out += String.fromCodePoint(c);
          i += 4;
        }
      } else {
        out += String.fromCharCode(b);
        i++;
      }
    }
    return out;
  },
};

const unicode: Encoding = {
  encode: (s) => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += String.fromCharCode(c & 0xff, c >> 8);
    }
    return out;
  },
  decode: (bytes) => {
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) & 0xff) | ((bytes.charCodeAt(i + 1) & 0xff) << 8));
    return out;
  },
};

const ENCODINGS: Record<string, Encoding> = {
  'utf-8': utf8,
  identity: utf8,
  unicode,
  'iso8859-1': singleByte((b) => b),
  'iso8859-15': singleByte((b) => ISO8859_15[b] ?? b),
  cp1252: singleByte((b) => (b < 0xa0 ? CP1252_80_9F[b - 0x80]! : b)),
  // Tcl's ascii maps only 0..127 on output ('?' for the rest); bytes above 127 read as themselves.
  ascii: { encode: singleByte(() => -1).encode, decode: singleByte((b) => b).decode },
};

/** Encodings tclsh 8.6 has that irule does not implement: refused by name, not as unknown. */
const NOT_IMPLEMENTED = new Set(
  ('big5 cns11643 cp1250 cp1251 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp437 cp737 cp775 cp850 cp852 cp855 cp857 ' +
    'cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp932 cp936 cp949 cp950 dingbats ebcdic euc-cn euc-jp euc-kr ' +
    'gb12345 gb1988 gb2312 gb2312-raw iso2022 iso2022-jp iso2022-kr iso8859-10 iso8859-11 iso8859-13 iso8859-14 ' +
    'iso8859-16 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 iso8859-9 jis0201 jis0208 jis0212 ' +
    'koi8-r koi8-u ksc5601 macCentEuro macCroatian macCyrillic macDingbats macGreek macIceland macJapan macRoman ' +
    'macRomania macThai macTurkish macUkraine shiftjis symbol tis-620').split(' '),
);

/** Per interpreter: the current system encoding. */
const systemEncoding = new WeakMap<Interp, string>();

/** The default system encoding: tclsh under a UTF-8 locale says utf-8; Tcl 8.4 on Unix falls back
 * to iso8859-1 without a locale (TCL_DEFAULT_ENCODING, unix/tclUnixInit.c line 50 of 8.4.6).
 * BIG-IP's value is not measured: iso8859-1 is that inference (docs/tcl.md). */
function systemOf(interp: Interp): string {
  return systemEncoding.get(interp) ?? (interp.dialect === 'irule' ? 'iso8859-1' : 'utf-8');
}

function lookupEncoding(interp: Interp, name: string | undefined): Encoding {
  const key = name ?? systemOf(interp);
  const e = ENCODINGS[key];
  if (e !== undefined) return e;
  if (NOT_IMPLEMENTED.has(key)) throw new TclError(`encoding "${key}" is not available in irule`, ['IRULE', 'UNSUPPORTED', 'encoding', key]);
  throw new TclError(`unknown encoding "${key}"`, ['TCL', 'LOOKUP', 'ENCODING', key]);
}

const SUBCOMMANDS_86 = ['convertfrom', 'convertto', 'dirs', 'names', 'system'];
/** Tcl 8.4.6: generic/tclCmdAH.c line 430. */
const SUBCOMMANDS_84 = ['convertfrom', 'convertto', 'names', 'system'];

const encodingCommand: CommandDef = {
  name: 'encoding',
  fn: (interp, argv: Value[]) => {
    if (argv.length < 2) throw wrongArgs(interp.dialect === 'irule' ? 'encoding option ?arg ...?' : 'encoding subcommand ?arg ...?');
    const key = str(argv[1]!);
    // Tcl 8.6's encoding is an ensemble; 8.4's a command reading its option with Tcl_GetIndexFromObj.
    const sub = interp.dialect === 'irule' ? SUBCOMMANDS_84[getIndexFromTable(SUBCOMMANDS_84, key, 'option')]! : ensembleSubcommand(key, SUBCOMMANDS_86);
    switch (sub) {
      case 'convertto':
      case 'convertfrom': {
        if (argv.length !== 3 && argv.length !== 4) throw wrongArgs(`encoding ${sub} ?encoding? data`);
        const enc = lookupEncoding(interp, argv.length === 4 ? str(argv[2]!) : undefined);
        const data = str(argv[argv.length - 1]!);
        return sub === 'convertto' ? enc.encode(data) : enc.decode(data);
      }
      case 'names':
        if (argv.length !== 2) throw wrongArgs('encoding names');
        return new TclList(Object.keys(ENCODINGS));
      case 'system':
        if (argv.length > 3) throw wrongArgs('encoding system ?encoding?');
        if (argv.length === 3) {
          const name = str(argv[2]!);
          lookupEncoding(interp, name);
          systemEncoding.set(interp, name);
          return '';
        }
        return systemOf(interp);
      default:
        throw new TclError('encoding dirs is not available in irule', ['IRULE', 'UNSUPPORTED', 'encoding dirs']);
    }
  },
};

export const encodingCommands: CommandDef[] = [encodingCommand];
