// Emission of a parsed Tcl RE as JavaScript pattern source (for a RegExp without the `u`, `m`
// and `s` flags). Every construct whose meaning differs between Tcl and JavaScript is spelled out:
//   .          any code unit, newline included (Tcl), unless newline-sensitive: explicit classes
//   ^ $        string ends only (Tcl's default), or lines with -lineanchor: lookarounds on \n only
//              (JS's `m` flag would also treat \r, U+2028 and U+2029 as line ends)
//   \A \Z      ^ and $ (no `m` flag, so always the ends of the searched string)
//   \m \M \y \Y  lookarounds on Tcl's word characters (letters, digits, connector punctuation)
//   \b         backspace in Tcl, never a word boundary: it is a literal by now (a set)

import type { Node } from './ast.js';
import { classRanges, emitSet } from './charset.js';

export interface EmitOptions {
  /** `^` may not match at the start of the searched text (Tcl's REG_NOTBOL). */
  notbol: boolean;
}

let wordClass: string | undefined;
function word(): string {
  if (wordClass === undefined) wordClass = emitSet(classRanges('word'));
  return wordClass;
}

export function emit(n: Node, opts: EmitOptions): string {
  switch (n.t) {
    case 'empty':
      return '';
    case 'set':
      return emitSet(n.r);
    case 'seq': {
      let out = '';
      for (const item of n.items) out += emit(item, opts);
      return out;
    }
    case 'alt':
      return '(?:' + n.branches.map((b) => emit(b, opts)).join('|') + ')';
    case 'group':
      return (n.cap ? '(' : '(?:') + emit(n.body, opts) + ')';
    case 'rep': {
      const body = n.body.t === 'set' || n.body.t === 'group' ? emit(n.body, opts) : '(?:' + emit(n.body, opts) + ')';
      let q: string;
      if (n.min === 0 && n.max === Infinity) q = '*';
      else if (n.min === 1 && n.max === Infinity) q = '+';
      else if (n.min === 0 && n.max === 1) q = '?';
      else if (n.max === Infinity) q = `{${n.min},}`;
      else if (n.min === n.max) q = `{${n.min}}`;
      else q = `{${n.min},${n.max}}`;
      return body + q + (n.greedy === false ? '?' : '');
    }
    case 'backref':
      return `(?:\\${n.n})`;
    case 'bol':
      if (n.lineAnchor) return opts.notbol ? '(?<=\\n)' : '(?:^|(?<=\\n))';
      return opts.notbol ? '[^\\s\\S]' : '^';
    case 'eol':
      return n.lineAnchor ? '(?=\\n|$)' : '$';
    case 'bos':
      return '^';
    case 'eos':
      return '$';
    case 'look':
      return (n.positive ? '(?=' : '(?!') + emit(n.body, opts) + ')';
    case 'word': {
      const w = word();
      switch (n.kind) {
        case 'start': return `(?<!${w})(?=${w})`;
        case 'end': return `(?<=${w})(?!${w})`;
        case 'boundary': return `(?:(?<!${w})(?=${w})|(?<=${w})(?!${w}))`;
        case 'notBoundary': return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
      }
    }
  }
}
