// irule lint FILES|DIRS

import type { Command } from 'commander';
import { lintSource } from '../lint/linter.js';
import { formatJson } from '../lint/formatters/json.js';
import { formatStylish } from '../lint/formatters/stylish.js';
import type { FileResult } from '../lint/types.js';
import { action, applyColorOption, readText, ruleFiles, UsageError } from './io.js';

interface LintOptions {
  format?: string;
  color?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('parse and check iRules')
    .argument('<paths...>', 'rule files or directories')
    .option('-f, --format <format>', 'stylish (text), json', 'stylish')
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'disable colors')
    .action(
      action((paths: string[], opts: LintOptions) => {
        applyColorOption(opts);
        const files = ruleFiles(paths);
        const results: FileResult[] = files.map((file) => {
          const diagnostics = lintSource(readText(file), file);
          return { file, diagnostics: opts.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics };
        });
        const format = opts.format ?? 'stylish';
        if (format === 'json') process.stdout.write(formatJson(results));
        else if (format === 'stylish' || format === 'text') process.stdout.write(formatStylish(results));
        else throw new UsageError(`unknown format "${format}": expected stylish, text or json`);
        const all = results.flatMap((r) => r.diagnostics);
        if (all.some((d) => d.severity === 'error')) return 1;
        const max = opts.maxWarnings === undefined ? Infinity : Number(opts.maxWarnings);
        if (Number.isNaN(max)) throw new UsageError(`--max-warnings expects a number, got "${opts.maxWarnings}"`);
        return all.filter((d) => d.severity === 'warning').length > max ? 1 : 0;
      }),
    );
}
