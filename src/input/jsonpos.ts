// A small JSON scanner for messages: where is the syntax error (offset and a plain-words message,
// the same on every Node version), and where in the text is the value at a path. JSON.parse does the
// real parsing; this only runs when a position is needed.

export type JsonPath = readonly (string | number)[];

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

class Fail {
  constructor(readonly offset: number, readonly message: string) {}
}

const show = (c: string | undefined): string => (c === undefined ? 'end of input' : c === '"' ? `'"'` : JSON.stringify(c));

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  ws(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  fail(message: string, at = this.pos): never {
    throw new Fail(at, message);
  }

  /** Skip one value (validating it); the scanner stands on its first character. */
  value(): void {
    const t = this.text;
    const c = t[this.pos];
    if (c === '{') {
      this.pos++;
      this.ws();
      if (t[this.pos] === '}') {
        this.pos++;
        return;
      }
      for (;;) {
        this.key();
        this.ws();
        if (t[this.pos] !== ':') this.fail(`expected ":" after the property name, got ${show(t[this.pos])}`);
        this.pos++;
        this.ws();
        this.value();
        this.ws();
        const d = t[this.pos];
        if (d === ',') {
          this.pos++;
          this.ws();
          if (t[this.pos] === '}') this.fail('trailing comma before "}"');
          continue;
        }
        if (d === '}') {
          this.pos++;
          return;
        }
        this.fail(d === undefined ? 'unexpected end of input: missing "}"' : `expected "," or "}" after a property value, got ${show(d)}`);
      }
    }
    if (c === '[') {
      this.pos++;
      this.ws();
      if (t[this.pos] === ']') {
        this.pos++;
        return;
      }
      for (;;) {
        this.value();
        this.ws();
        const d = t[this.pos];
        if (d === ',') {
          this.pos++;
          this.ws();
          if (t[this.pos] === ']') this.fail('trailing comma before "]"');
          continue;
        }
        if (d === ']') {
          this.pos++;
          return;
        }
        this.fail(d === undefined ? 'unexpected end of input: missing "]"' : `expected "," or "]" after a list element, got ${show(d)}`);
      }
    }
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (t.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    if (c === undefined) this.fail('unexpected end of input: expected a value');
    const w = /^[A-Za-z_$][\w$]*/.exec(t.slice(this.pos, this.pos + 40));
    if (w) this.fail(`expected a value, got ${w[0]}${w[0] === 'undefined' || w[0] === 'NaN' || w[0] === 'Infinity' ? ' (not JSON)' : ''}`);
    if (c === "'") this.fail('strings must use double quotes');
    this.fail(`expected a value, got ${show(c)}`);
  }

  key(): void {
    this.ws();
    const c = this.text[this.pos];
    if (c === '"') return this.string();
    if (c === undefined) this.fail('unexpected end of input: expected a property name');
    this.fail(`expected a property name in double quotes, got ${show(c)}`);
  }

  string(): void {
    const t = this.text;
    const start = this.pos;
    let p = this.pos + 1;
    for (;;) {
      if (p >= t.length) this.fail('unterminated string', start);
      const c = t.charCodeAt(p);
      if (c === 34) break;
      if (c < 32) this.fail('control character in a string (write it as an escape like \\n)', p);
      if (c === 92) {
        const e = t[p + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(p + 2, p + 6))) this.fail('invalid \\u escape: expected 4 hex digits', p);
          p += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail(`invalid escape \\${e ?? ''}`, p);
        p += 2;
        continue;
      }
      p++;
    }
    this.pos = p + 1;
  }

  number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!m) this.fail('invalid number');
    this.pos += m[0].length;
    const next = this.text[this.pos];
    if (next !== undefined && /[\w.+-]/.test(next)) this.fail('invalid number');
  }

  /** Decoded text of the string at pos (pos is left after it). */
  readString(): string {
    const start = this.pos;
    this.string();
    const raw = this.text.slice(start, this.pos);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }
}

/** The first syntax error in `text` as JSON, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const s = new Scanner(text);
  try {
    if (text.charCodeAt(0) === 0xfeff) s.pos = 1;
    s.ws();
    s.value();
    s.ws();
    if (s.pos < text.length) s.fail(`unexpected ${show(text[s.pos])} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, message: e.message };
    if (e instanceof RangeError) return { offset: 0, message: 'nesting too deep' };
    throw e;
  }
}

export interface JsonLocation {
  /** Offset of the value (or of the deepest enclosing value found). */
  offset: number;
  /** Offset of the property name when the last step was an object member. */
  keyOffset: number | null;
  /** Whether the whole path was found. */
  exact: boolean;
}

/** Where the value at `path` starts in valid JSON `text`. */
export function locateJson(text: string, path: JsonPath): JsonLocation {
  const s = new Scanner(text);
  if (text.charCodeAt(0) === 0xfeff) s.pos = 1;
  s.ws();
  let loc: JsonLocation = { offset: s.pos, keyOffset: null, exact: path.length === 0 };
  try {
    for (let i = 0; i < path.length; i++) {
      const found = step(s, path[i]!);
      if (!found) return loc;
      loc = { offset: s.pos, keyOffset: found.keyOffset, exact: i === path.length - 1 };
    }
  } catch (e) {
    // A value nested deeper than the stack holds (valid JSON: JSON.parse took it) ends the search
    // where it stands: the position of the enclosing value is still right.
    if (!(e instanceof Fail) && !(e instanceof RangeError)) throw e;
  }
  return loc;
}

/** Offsets where each element of the list at `path` starts (empty when there is no such list). */
export function jsonListOffsets(text: string, path: JsonPath): number[] {
  const s = new Scanner(text);
  if (text.charCodeAt(0) === 0xfeff) s.pos = 1;
  s.ws();
  const out: number[] = [];
  try {
    for (const seg of path) if (!step(s, seg)) return out;
    if (text[s.pos] !== '[') return out;
    s.pos++;
    s.ws();
    if (text[s.pos] === ']') return out;
    for (;;) {
      s.ws();
      out.push(s.pos);
      s.value();
      s.ws();
      if (text[s.pos] !== ',') break;
      s.pos++;
    }
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
  }
  return out;
}

/** Move from the container at s.pos to its member `seg`; null (position undefined) when absent. */
function step(s: Scanner, seg: string | number): { keyOffset: number | null } | null {
  const t = s.text;
  if (t[s.pos] === '[' && typeof seg === 'number') {
    s.pos++;
    s.ws();
    if (t[s.pos] === ']') return null;
    for (let i = 0; ; i++) {
      s.ws();
      if (i === seg) return { keyOffset: null };
      s.value();
      s.ws();
      if (t[s.pos] !== ',') return null;
      s.pos++;
    }
  }
  if (t[s.pos] === '{') {
    s.pos++;
    s.ws();
    if (t[s.pos] === '}') return null;
    for (;;) {
      s.ws();
      const keyOffset = s.pos;
      const key = s.readString();
      s.ws();
      s.pos++; // ':'
      s.ws();
      if (key === String(seg)) return { keyOffset };
      s.value();
      s.ws();
      if (t[s.pos] !== ',') return null;
      s.pos++;
    }
  }
  return null;
}

/** 1-based line and column of offsets in one text (line starts computed once). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  pos(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/**
 * Where and why `text` is not JSON, as `line L, column C: what`, quoting at most the one character
 * found there: JSON.parse's own message quotes the start of the text, which must not reach an error
 * message when the file is not what it claims to be (a secret file named as a configuration).
 */
export function jsonSyntaxMessage(text: string): string {
  const err = findJsonSyntaxError(text);
  if (!err) return 'syntax error';
  const { line, column } = new LineIndex(text).pos(err.offset);
  return `line ${line}, column ${column}: ${err.message}`;
}
