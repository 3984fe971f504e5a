import chalk from 'chalk';
import type { FileResult } from '../types.js';

const COLOR = { error: chalk.red, warning: chalk.yellow, info: chalk.blue } as const;

export interface StylishOptions {
  /** Findings hidden because the baseline accepts them. */
  baselineMatched?: number;
}

/** Grouped by file, one line per finding: `line:col  severity  message  CODE`. */
export function formatStylish(results: FileResult[], options: StylishOptions = {}): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    lines.push(chalk.underline(r.file));
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      lines.push(`  ${chalk.dim(`${d.line}:${d.column}`.padEnd(8))} ${COLOR[d.severity](d.severity.padEnd(7))} ${d.message}  ${chalk.dim(d.code)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) lines.push(chalk.green(`${results.length} file(s) checked, no problems`));
  else lines.push(`${total} problem(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info`);
  if (options.baselineMatched) lines.push(chalk.dim(`${options.baselineMatched} finding(s) accepted by the baseline not shown`));
  return lines.join('\n') + '\n';
}
