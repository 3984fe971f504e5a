// irule simulate <scenario>

import type { Command } from 'commander';
import { loadScenario } from '../sim/scenario.js';
import { reportHeader, reportLine, reportSummary } from '../sim/report.js';
import { recordLine, simulate, summaryLine, type OutputRecord } from '../sim/simulate.js';
import { measure } from '../sim/compare.js';
import { htmlReport } from '../sim/html/report.js';
import { basename } from 'node:path';
import { InputError } from '../sim/types.js';
import { discoverCases } from '../sim/golden.js';
import { action, applyColorOption, collectLimit, collectRoot, LIMIT_HELP, ROOT_HELP, UsageError, writeAtomic } from './io.js';
import type { Limits } from '../tcl/interp.js';
import { statSync } from 'node:fs';

interface SimulateOptions {
  report?: string;
  format?: string;
  color?: boolean;
  quiet?: boolean;
  limit?: Partial<Limits>;
  root?: string[];
}

/** A scenario file, or a folder: every scenario under it (the README's main job). */
function scenarioFiles(input: string): string[] {
  let st;
  try {
    st = statSync(input);
  } catch {
    throw new UsageError(`${input}: no such file or directory`);
  }
  if (!st.isDirectory()) return [input];
  const files = discoverCases([input]).map((c) => c.scenario);
  if (files.length === 0) throw new UsageError(`${input}: no scenario.yaml found under this folder`);
  return files;
}

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description("run a scenario's rules against its recorded traffic on an emulated BIG-IP")
    .argument('<scenario>', 'scenario file (.yaml/.json), or a folder of scenarios')
    .option('-f, --format <format>', 'text or json (JSON Lines)', process.stdout.isTTY ? 'text' : 'json')
    .option('-q, --quiet', 'text format: summary only')
    .option('--report <file>', 'also write a self-contained HTML report with charts (one scenario)')
    .option('--no-color', 'disable colors')
    .option('--limit <name=n>', LIMIT_HELP, collectLimit)
    .option('--root <dir>', ROOT_HELP, collectRoot)
    .action(
      action(async (input: string, opts: SimulateOptions) => {
        applyColorOption(opts);
        const format = opts.format ?? 'text';
        if (format !== 'text' && format !== 'json' && format !== 'stylish') throw new UsageError(`unknown format "${format}": expected text or json`);
        const text = format !== 'json';
        const out = (s: string) => process.stdout.write(s);
        const progress = process.stderr.isTTY && !text;
        for (const file of scenarioFiles(input)) {
          try {
            const loaded = loadScenario(file, { roots: opts.root });
            const scenario = { ...loaded, limits: { ...loaded.limits, ...opts.limit } };
            if (text) out(reportHeader(`${scenario.name} (${file})`, !opts.quiet));
            const onRecord = (r: OutputRecord) => {
              if (text) {
                if (!opts.quiet) out(reportLine(r));
              } else out(recordLine(r) + '\n');
            };
            let summary: Record<string, unknown>;
            if (opts.report) {
              const m = await measure(scenario, scenario.rules.map((r) => basename(r)).join(' + '), 10, onRecord);
              summary = m.summary;
              writeAtomic(opts.report, htmlReport(`Simulation: ${scenario.name}`, [m]));
              process.stderr.write(`report written to ${opts.report}\n`);
            } else {
              ({ summary } = await simulate(scenario, {
                onRecord,
                onProgress: progress ? (n) => process.stderr.write(`\r${n.toLocaleString()} traffic events…`) : undefined,
              }));
            }
            if (progress) process.stderr.write('\r\x1b[K');
            out(text ? reportSummary(summary) : summaryLine(summary) + '\n');
          } catch (e) {
            if (e instanceof InputError) throw new UsageError(e.message, 1);
            throw e;
          }
        }
        return 0;
      }),
    );
}
