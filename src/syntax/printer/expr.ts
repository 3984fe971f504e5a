// Re-indenting a multi-line braced expression. Between operands, blanks and newlines mean nothing
// to expr, so the line breaks found there get a new indentation; a line break inside a string,
// a braced literal, a `[command]` or a `$var(index)` is part of a value and is left alone.

import type { Dialect } from '../lexer.js';
import { isScanError, scanBraces, scanCommand, scanQuoted, scanVariable } from '../scan.js';

const INDENT = '  ';
const HANGING = '    ';

/** Offsets of the newlines of `raw` that lie between operands; null if the text cannot be scanned. */
function topLevelNewlines(raw: string, dialect: Dialect): number[] | null {
  const out: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    let r: number | ReturnType<typeof scanBraces> = i + 1;
    if (c === '{') r = scanBraces(raw, i);
    else if (c === '"') r = scanQuoted(raw, i, dialect);
    else if (c === '[') r = scanCommand(raw, i, dialect);
    else if (c === '$') {
      r = scanVariable(raw, i, dialect);
      if (r === i) r = i + 1;
    } else if (c === '\\') return null; // not valid between operands: leave such text alone
    else if (c === '\n') out.push(i);
    if (isScanError(r)) return null;
    i = r;
  }
  return out;
}

/**
 * The content of a braced expression with its continuation lines indented from `base` (the
 * indentation of the command): 4 more spaces when the expression starts on the brace's line,
 * else 2 more with the closing brace at `base`. Null when it cannot be done safely.
 */
export function reindentExpression(raw: string, dialect: Dialect, base: string): string | null {
  const nls = topLevelNewlines(raw, dialect);
  if (nls === null || nls.length === 0) return null;
  const lines: string[] = [];
  let from = 0;
  for (const at of nls) {
    lines.push(raw.slice(from, at));
    from = at + 1;
  }
  lines.push(raw.slice(from));
  const blank = /^[ \t\v\f\r]*$/;
  const block = blank.test(lines[0]!);
  const cont = base + (block ? INDENT : HANGING);
  const last = lines.length - 1;
  return lines
    .map((line, k) => {
      // Blanks at the edges of a line that breaks between operands are between operands too.
      let l = k === 0 ? line : line.replace(/^[ \t\v\f\r]+/, '');
      if (k < last) l = l.replace(/[ \t\v\f\r]+$/, '');
      if (k === 0) return block ? '' : l;
      if (k === last && l === '') return base;
      return l === '' ? '' : cont + l;
    })
    .join('\n');
}
