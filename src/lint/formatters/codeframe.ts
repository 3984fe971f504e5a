// The source line of a finding with a caret under its columns, like ESLint's codeframe, and the
// link from a finding's code to its docs page (docs/lint/CODE-name.md, shipped with the package).

import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageFile } from '../../package-info.js';
import type { Diagnostic } from '../types.js';

/** Longest source line shown whole; longer ones are cut around the column. */
const MAX_WIDTH = 160;

/**
 * Two lines: ` LINE | source text` and `      |    ^^^`. Tabs are kept in both lines so the caret
 * lands under the same character however the terminal expands them.
 */
export function codeFrame(lines: readonly string[], d: Diagnostic): string[] {
  let text = lines[d.line - 1];
  if (text === undefined) return [];
  text = text.replace(/\r$/, '');
  let start = d.column - 1;
  const span = d.endLine === d.line && d.endColumn > d.column ? d.endColumn - d.column : 1;
  let shown = text;
  let lead = '';
  if (text.length > MAX_WIDTH) {
    const from = Math.max(0, Math.min(start - 40, text.length - MAX_WIDTH));
    lead = from > 0 ? '…' : '';
    shown = lead + text.slice(from, from + MAX_WIDTH) + (from + MAX_WIDTH < text.length ? '…' : '');
    start = start - from + lead.length;
  }
  // Control characters other than tab would move the cursor: each is shown as '?'.
  const visible = shown.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '?');
  const gutter = String(d.line);
  const under = visible.slice(0, Math.max(0, start)).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, Math.min(span, visible.length - start, MAX_WIDTH)));
  return [`${gutter} | ${visible}`, `${' '.repeat(gutter.length)} | ${under}${carets}`];
}

/** The docs page of a check code, by its file name, or null (IR0000 has none). */
export function docsPage(code: string, name: string | undefined): string | null {
  if (!name) return null;
  return packageFile(`docs/lint/${code}-${name}.md`);
}

/** The docs page as a reader can open it: relative to the working directory when under it. */
export function docsPath(page: string): string {
  const rel = relative(process.cwd(), page);
  return rel.startsWith('..') ? page : rel;
}

/** `text` as an OSC 8 terminal hyperlink to `file` (terminals that do not know it show the text). */
export function terminalLink(text: string, file: string): string {
  return `\x1b]8;;${pathToFileURL(file).href}\x1b\\${text}\x1b]8;;\x1b\\`;
}
