// Input bytes to text: every file irule reads (rules, scenarios, traffic, configuration) must be
// UTF-8 text. A NUL byte means a binary file (as git and diff decide), refused in one line; an
// invalid UTF-8 sequence is named by its byte offset and line instead of being silently replaced by
// U+FFFD (which would change header values, keys and rule text without anyone noticing).

/** Why bytes are not text: `offset` is the byte offset (0-based) of the first bad byte. */
export class NotTextError extends Error {
  constructor(
    readonly kind: 'binary' | 'utf8',
    readonly offset: number,
    /** 1-based line of the offset. */
    readonly line: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Byte offset of the first invalid UTF-8 sequence in `b[from..to)` (-1: none); `incomplete` when it is only cut off at `to`. */
function firstInvalid(b: Uint8Array, from: number, to: number): { at: number; incomplete: boolean } {
  let i = from;
  while (i < to) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) (n = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (n = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (n = 3), (min = 0x10000);
    else return { at: i, incomplete: false };
    if (i + n >= to) {
      // Fewer than n continuation bytes before `to`: wrong if one of them is not one, else cut off.
      for (let k = i + 1; k < to; k++) if ((b[k]! & 0xc0) !== 0x80) return { at: i, incomplete: false };
      return { at: i, incomplete: true };
    }
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) return { at: i, incomplete: false };
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { at: i, incomplete: false };
    i += n + 1;
  }
  return { at: -1, incomplete: false };
}

function lineAt(b: Uint8Array, offset: number, startLine = 1): number {
  let line = startLine;
  for (let i = 0; i < offset; i++) if (b[i] === 10) line++;
  return line;
}

const hex = (x: number) => `0x${x.toString(16).toUpperCase().padStart(2, '0')}`;

function binary(offset: number, line: number): NotTextError {
  return new NotTextError('binary', offset, line, `a binary file (NUL byte at byte offset ${offset}), expected UTF-8 text`);
}

function invalid(b: Uint8Array, at: number, offset: number, line: number, truncated: boolean): NotTextError {
  const what = truncated ? `a UTF-8 sequence cut off by the end of the file (byte ${hex(b[at]!)})` : `byte ${hex(b[at]!)} is not valid UTF-8`;
  return new NotTextError('utf8', offset, line, `not UTF-8 text: ${what} at byte offset ${offset} (line ${line}); save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)`);
}

/** Decodes a whole file's bytes. Throws NotTextError for a binary file or invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binary(nul, lineAt(bytes, nul));
  const bad = firstInvalid(bytes, 0, bytes.length);
  if (bad.at >= 0) throw invalid(bytes, bad.at, bad.at, lineAt(bytes, bad.at), bad.incomplete);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * Decodes a file read in chunks, with the same checks and offsets counted from the file's start. A
 * chunk with a bad byte returns the text before it; the error is thrown by the next write or end,
 * so a reader can deliver everything before the bad byte first.
 */
export class TextStreamDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private offset = 0;
  private line = 1;
  private failure: NotTextError | null = null;

  /** The text of `chunk` (a sequence cut at its end is kept for the next chunk). */
  write(chunk: Uint8Array): string {
    if (this.failure) throw this.failure;
    const b = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const nul = b.indexOf(0);
    const bad = firstInvalid(b, 0, nul >= 0 ? nul : b.length);
    let end = nul >= 0 ? nul : b.length;
    if (bad.at >= 0) end = bad.at;
    if (bad.at >= 0 && (!bad.incomplete || nul >= 0)) this.failure = invalid(b, bad.at, this.offset + bad.at, lineAt(b, bad.at, this.line), false);
    else if (nul >= 0) this.failure = binary(this.offset + nul, lineAt(b, nul, this.line));
    this.pending = this.failure ? Buffer.alloc(0) : Buffer.from(b.subarray(end));
    const done = b.subarray(0, end);
    this.line = lineAt(done, done.length, this.line);
    this.offset += end;
    return done.toString('utf8');
  }

  /** Call at the end of the file: a pending error, or a sequence still cut off, is thrown. */
  end(): void {
    if (this.failure) throw this.failure;
    if (this.pending.length > 0) throw invalid(this.pending, 0, this.offset, this.line, true);
  }
}
