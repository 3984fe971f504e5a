import chalk from 'chalk';
import { CHECKS } from '../checks/index.js';
import type { FileResult } from '../types.js';
import { codeFrame, docsPage, docsPath, terminalLink } from './codeframe.js';
import { printableName } from '../../input/files.js';

const COLOR = { error: chalk.red, warning: chalk.yellow, info: chalk.blue } as const;

export interface StylishOptions {
  /** Findings hidden because the baseline accepts them. */
  baselineMatched?: number;
  /** Make each code a terminal hyperlink to its docs page (default: when colors are on a terminal). */
  links?: boolean;
}

const NAMES = new Map(CHECKS.map((c) => [c.meta.code, c.meta.name]));

/**
 * Grouped by file, one line per finding, `line:col  severity  message  CODE`, then the source line
 * with a caret under the column when the source is known; the docs page of each code at the end.
 */
export function formatStylish(results: FileResult[], options: StylishOptions = {}): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  const links = options.links ?? (chalk.level > 0 && process.stdout.isTTY === true);
  const pages = new Map<string, string>();
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    lines.push(chalk.underline(printableName(r.file)));
    const text = r.source?.split('\n');
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const page = docsPage(d.code, NAMES.get(d.code));
      if (page) pages.set(d.code, page);
      const code = page && links ? terminalLink(d.code, page) : d.code;
      lines.push(`  ${chalk.dim(`${d.line}:${d.column}`.padEnd(8))} ${COLOR[d.severity](d.severity.padEnd(7))} ${d.message}  ${chalk.dim(code)}`);
      if (text) for (const l of codeFrame(text, d)) lines.push(`      ${chalk.dim(l)}`);
    }
    lines.push('');
  }
  if (pages.size > 0) {
    for (const [code, page] of [...pages].sort()) lines.push(chalk.dim(`${code}: ${docsPath(page)}`));
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) lines.push(chalk.green(`${results.length} file(s) checked, no problems`));
  else lines.push(`${total} problem(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info`);
  if (options.baselineMatched) lines.push(chalk.dim(`${options.baselineMatched} finding(s) accepted by the baseline not shown`));
  return lines.join('\n') + '\n';
}
