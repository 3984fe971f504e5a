// Tcl backslash sequences (Tcl(n) rule 9), shared by the parser and the list reader.

/** One backslash sequence at s[i] === '\\': returns the replacement and the length consumed. */
export function backslash(s: string, i: number): [string, number] {
  const n = s.length;
  if (i + 1 >= n) return ['\\', 1];
  const c = s[i + 1]!;
  switch (c) {
    case 'a': return ['\x07', 2];
    case 'b': return ['\b', 2];
    case 'f': return ['\f', 2];
    case 'n': return ['\n', 2];
    case 'r': return ['\r', 2];
    case 't': return ['\t', 2];
    case 'v': return ['\v', 2];
    case '\n': {
      let j = i + 2;
      while (j < n && (s[j] === ' ' || s[j] === '\t')) j++;
      return [' ', j - i];
    }
    case 'x': return hexEscape(s, i, 2, 2);
    case 'u': return hexEscape(s, i, 4, 2);
    case 'U': return hexEscape(s, i, 8, 2);
    default:
      if (c >= '0' && c <= '7') {
        // At most three digits, and the third only while the value stays within \377
        // (Tcl_UtfBackslash): "\777" is "?" followed by "7".
        let j = i + 1;
        let v = 0;
        while (j < n && j < i + 4 && s[j]! >= '0' && s[j]! <= '7') {
          const next = v * 8 + (s.charCodeAt(j) - 48);
          if (next > 0xff) break;
          v = next;
          j++;
        }
        return [String.fromCharCode(v), j - i];
      }
      // A surrogate pair is one character.
      if (c >= '\ud800' && c <= '\udbff' && i + 2 < n) return [s.slice(i + 1, i + 3), 3];
      return [c, 2];
  }
}

function hexEscape(s: string, i: number, maxDigits: number, prefix: number): [string, number] {
  let j = i + prefix;
  let v = 0;
  while (j < s.length && j < i + prefix + maxDigits && /[0-9a-fA-F]/.test(s[j]!)) {
    const next = v * 16 + parseInt(s[j]!, 16);
    // Tcl stops before a digit that would take the value past the Unicode range.
    if (next > 0x10ffff) break;
    v = next;
    j++;
  }
  if (j === i + prefix) return [s[i + 1]!, 2];
  // tclsh 8.6 as built here (TCL_UTF_MAX 3, 16-bit characters) turns a \U escape past the BMP into
  // U+FFFD, one character (docs/tcl.md "Characters outside the BMP"); text already holding such a
  // character keeps it as a surrogate pair, two characters, as tclsh does.
  return [v > 0xffff ? '\ufffd' : String.fromCharCode(v), j - i];
}

export function substBackslashes(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      const [ch, len] = backslash(s, i);
      out += ch;
      i += len;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
