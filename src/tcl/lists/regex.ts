// Regular expressions for `lsearch -regexp` and `array names -regexp`, until the engine has its
// own Tcl ARE implementation: the pattern is translated to a JS RegExp (the common subset of the
// two syntaxes plus Tcl's `\m \M \y \Y \A \Z`, POSIX bracket classes and a leading `(?i)` /
// `***=`), compiled once and cached.
// Known gaps: JS backtracking semantics (Tcl's engine is leftmost-longest and never backtracks
// exponentially), and Tcl-only syntax beyond the above.

import { TclError } from '../errors.js';

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  word: '\\w',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

function compileError(reason: string, code: string): TclError {
  return new TclError(`couldn't compile regular expression pattern: ${reason}`, ['REGEXP', code, reason]);
}

/** Tcl's complaints about unbalanced groups, which are the common mistakes. */
function checkBalance(p: string): void {
  let depth = 0;
  let inBracket = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inBracket) {
      if (c === '[' && p[i + 1] === ':') {
        const end = p.indexOf(':]', i + 2);
        if (end > 0) i = end + 1;
      } else if (c === ']') inBracket = false;
      continue;
    }
    if (c === '[') {
      inBracket = true;
      if (p[i + 1] === '^') i++;
      if (p[i + 1] === ']') i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) throw compileError('parentheses () not balanced', 'REG_EPAREN');
    }
  }
  if (inBracket) throw compileError('brackets [] not balanced', 'REG_EBRACK');
  if (depth !== 0) throw compileError('parentheses () not balanced', 'REG_EPAREN');
}

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function translate(pattern: string, nocase: boolean): RegExp {
  let flags = 's' + (nocase ? 'i' : '');
  let p = pattern;
  if (p.startsWith('***=')) return new RegExp(escapeLiteral(p.slice(4)), flags);
  const embedded = /^\(\?([bceiqmnpstwx]+)\)/.exec(p);
  if (embedded) {
    if (embedded[1]!.includes('i')) flags += nocase ? '' : 'i';
    if (embedded[1]!.includes('q')) return new RegExp(escapeLiteral(p.slice(embedded[0].length)), flags);
    p = p.slice(embedded[0].length);
  }
  checkBalance(p);
  let out = '';
  let inBracket = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (inBracket) {
      if (c === '[' && p[i + 1] === ':') {
        const end = p.indexOf(':]', i + 2);
        const cls = end > 0 ? POSIX_CLASSES[p.slice(i + 2, end)] : undefined;
        if (cls !== undefined) {
          out += cls;
          i = end + 1;
          continue;
        }
      }
      if (c === ']') inBracket = false;
      // Inside Tcl brackets a backslash is an escape too (AREs); pass it through.
      if (c === '\\' && i + 1 < p.length) {
        out += c + p[++i];
        continue;
      }
      out += c === '[' ? '\\[' : c;
      continue;
    }
    if (c === '[') {
      inBracket = true;
      out += c;
      if (p[i + 1] === '^') out += p[++i];
      if (p[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '\\' && i + 1 < p.length) {
      const e = p[++i]!;
      switch (e) {
        case 'm': out += '\\b(?=\\w)'; break;
        case 'M': out += '\\b(?<=\\w)'; break;
        case 'y': out += '\\b'; break;
        case 'Y': out += '\\B'; break;
        case 'A': out += '^'; break;
        case 'Z': out += '$'; break;
        default: out += '\\' + e;
      }
      continue;
    }
    out += c;
  }
  try {
    return new RegExp(out, flags);
  } catch (e) {
    throw compileError(e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e), 'REG_BADPAT');
  }
}

const cache = new Map<string, RegExp>();
const CACHE_MAX = 256;

/** The compiled form of a Tcl regular expression (cached), or Tcl's compile error. */
export function tclRegExp(pattern: string, nocase: boolean): RegExp {
  const key = (nocase ? 'i:' : 'c:') + pattern;
  let re = cache.get(key);
  if (re === undefined) {
    re = translate(pattern, nocase);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
    cache.set(key, re);
  }
  return re;
}
