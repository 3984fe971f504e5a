// irule lint FILES|DIRS: a thin wrapper over src/lint (config, linting, baseline, formatting).

import type { Command } from 'commander';
import { BaselineError, filterBaseline, readBaseline, writeBaseline, type LintedFile } from '../lint/baseline.js';
import { ConfigError, ConfigResolver } from '../lint/config.js';
import { lintSource } from '../lint/linter.js';
import { formatJson } from '../lint/formatters/json.js';
import { formatSarif } from '../lint/formatters/sarif.js';
import { formatStylish } from '../lint/formatters/stylish.js';
import type { FileResult } from '../lint/types.js';
import { action, applyColorOption, readText, ruleFiles, UsageError } from './io.js';
import { oneOf } from './usage.js';

interface LintOptions {
  format?: string;
  color?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
}

const FORMATS = ['stylish', 'text', 'json', 'sarif'] as const;

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('parse and check iRules')
    .argument('<paths...>', 'rule files or directories')
    .option('-f, --format <format>', 'stylish (or text), json, sarif', 'stylish')
    .option('-c, --config <file>', 'configuration file (default: irule.config.json or .irulerc.json found from each file up)')
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--baseline <file>', 'report only findings not accepted in this baseline file')
    .option('--write-baseline <file>', 'accept every current finding: write them to this baseline file and exit 0')
    .option('--no-color', 'disable colors')
    .action(
      action((paths: string[], opts: LintOptions) => {
        applyColorOption(opts);
        const format = oneOf('--format', opts.format, FORMATS, 'stylish');
        if (opts.baseline !== undefined && opts.writeBaseline !== undefined) {
          throw new UsageError('--baseline and --write-baseline do not go together: write a baseline first, then lint against it');
        }
        let max = Infinity;
        if (opts.maxWarnings !== undefined) {
          max = Number(opts.maxWarnings);
          if (!/^\s*\d+\s*$/.test(opts.maxWarnings)) throw new UsageError(`--max-warnings expects a non-negative integer, got "${opts.maxWarnings}"`);
        }
        try {
          const files = ruleFiles(paths);
          const configs = new ConfigResolver(opts.config);
          if (opts.config) configs.configFor(opts.config); // a bad --config fails even with no files
          let linted: LintedFile[] = files.map((file) => {
            const source = readText(file);
            return { file, source, diagnostics: lintSource(source, file, configs.configFor(file)) };
          });
          if (opts.writeBaseline) {
            const b = writeBaseline(opts.writeBaseline, linted);
            const n = b.findings.reduce((s, f) => s + f.count, 0);
            process.stderr.write(`irule: wrote ${n} finding(s) of ${linted.length} file(s) to ${opts.writeBaseline}\n`);
            return 0;
          }
          let baselineMatched = 0;
          if (opts.baseline) {
            const r = filterBaseline(linted, readBaseline(opts.baseline), opts.baseline);
            linted = r.files;
            baselineMatched = r.matched;
          }
          const all = linted.flatMap((f) => f.diagnostics);
          const results: FileResult[] = linted.map((f) => ({
            file: f.file,
            source: f.source,
            diagnostics: opts.quiet ? f.diagnostics.filter((d) => d.severity === 'error') : f.diagnostics,
          }));
          if (format === 'json') process.stdout.write(formatJson(results));
          else if (format === 'sarif') process.stdout.write(formatSarif(results));
          else process.stdout.write(formatStylish(results, { baselineMatched }));
          if (all.some((d) => d.severity === 'error')) return 1;
          // --quiet hides warnings but they still count against --max-warnings.
          const warnings = all.filter((d) => d.severity === 'warning').length;
          if (warnings > max) {
            process.stderr.write(`irule: ${warnings} warning(s), more than --max-warnings ${max}\n`);
            return 1;
          }
          return 0;
        } catch (e) {
          if (e instanceof ConfigError || e instanceof BaselineError) throw new UsageError(e.message);
          throw e;
        }
      }),
    );
}
