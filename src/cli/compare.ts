// irule compare <scenario...> --rules a.tcl b.tcl [--report out.html]

import { basename } from 'node:path';
import chalk from 'chalk';
import type { Command } from 'commander';
import { measure, withRule, type RunMetrics } from '../sim/compare.js';
import { BREAK_CAUSES, formatContinuity, isFailover } from '../sim/continuity.js';
import { htmlReport } from '../sim/html/report.js';
import { loadScenario } from '../sim/scenario.js';
import { InputError } from '../sim/types.js';
import { action, applyColorOption, UsageError, writeAtomic } from './io.js';
import { addGateOptions, evaluateGates, finishGates, gateOptions, subjectOf, type GateFlags } from './gates.js';
import { noRegression, type GateResult } from '../sim/gates.js';
import { oneOf } from './usage.js';
import { startProgress } from './progress.js';

interface CompareOptions extends GateFlags {
  /** Commander names `--no-regression` as the negation of `regression`: false when given. */
  regression?: boolean;
  rules: string[];
  quiet?: boolean;
  report?: string;
  format?: string;
  sampleEvery?: string;
  color?: boolean;
}

function textTable(runs: RunMetrics[]): string {
  const rows: [string, (r: RunMetrics) => string][] = [
    ['requests', (r) => String(r.requests)],
    ['conversations', (r) => String(r.conversations)],
    ['pin continuity', (r) => formatContinuity(r.pinContinuity)],
    ['follow-up requests kept', (r) => `${r.pinKept}/${r.pinEligible}`],
    ['conversations broken', (r) => String(r.brokenConversations)],
    ...BREAK_CAUSES.filter((k) => runs.some((r) => r.pinBreaks[k])).map((k): [string, (r: RunMetrics) => string] => [`breaks: ${k}${isFailover(k) ? ' (failover)' : ''}`, (r) => String(r.pinBreaks[k] ?? 0)]),
    ['errors', (r) => String(r.errors)],
    ['load skew max/min', (r) => (r.skew === null ? 'member idle' : r.skew.toFixed(2))],
    ['persistence records peak', (r) => String(Math.max(0, ...r.series.table))],
  ];
  const w0 = Math.max(...rows.map(([l]) => l.length)) + 2;
  const cols = runs.map((r) => Math.max(r.rule.length, 12) + 2);
  const line = (label: string, cells: string[]) => label.padEnd(w0) + cells.map((c, i) => c.padStart(cols[i]!)).join('');
  return [chalk.bold(line('', runs.map((r) => r.rule))), ...rows.map(([l, f]) => line(l, runs.map(f)))].join('\n') + '\n';
}

export function registerCompare(program: Command): void {
  const cmd = program
    .command('compare')
    .description('run the same traffic through several rules and compare pin continuity, breaks, load and table size')
    .argument('<scenarios...>', 'scenario files (their traffic and virtual server are used; their rules are replaced)')
    .requiredOption('-r, --rules <files...>', 'rule files to compare')
    .option('--report <file>', 'write a self-contained HTML report with charts')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--sample-every <seconds>', 'time step of the charts', '10')
    .option('--no-color', 'disable colors')
    .option('-q, --quiet', 'no progress bar (it shows only when standard error is a terminal)')
    .option('--no-regression', 'exit 1 when a rule does worse than the first (baseline) rule: lower pin continuity or more failed requests');
  addGateOptions(cmd).action(
      action(async (scenarios: string[], opts: CompareOptions) => {
        applyColorOption(opts);
        oneOf('--format', opts.format, ['text', 'json'], 'text');
        const step = Number(opts.sampleEvery ?? 10);
        if (!(step > 0)) throw new UsageError(`--sample-every: expected a positive number of seconds, got "${opts.sampleEvery}"`);
        const requireNoRegression = opts.regression === false;
        if (requireNoRegression && opts.rules.length < 2) throw new UsageError('--no-regression: give a baseline rule and at least one candidate (--rules baseline.tcl candidate.tcl)');
        const runs: RunMetrics[] = [];
        const gates: GateResult[] = [];
        // One step per rule and scenario.
        const bar = startProgress('compare', 'runs', scenarios.length * opts.rules.length, { quiet: opts.quiet });
        try {
          for (const file of scenarios) {
            const scenario = loadScenario(file);
            const here: RunMetrics[] = [];
            for (const rule of opts.rules) {
              const label = scenarios.length > 1 ? `${basename(rule)} @ ${scenario.name}` : basename(rule);
              here.push(await measure(withRule(scenario, rule), label, step));
              bar.update(runs.length + here.length);
            }
            runs.push(...here);
            for (const r of here) gates.push(...evaluateGates(subjectOf(r.rule, r as unknown as Record<string, unknown>), gateOptions(opts)));
            if (requireNoRegression) for (const r of here.slice(1)) gates.push(noRegression(subjectOf(here[0]!.rule, here[0] as unknown as Record<string, unknown>), subjectOf(r.rule, r as unknown as Record<string, unknown>)));
          }
        } catch (e) {
          if (e instanceof InputError) throw new UsageError(e.message, 1);
          throw e;
        } finally {
          bar.stop();
        }
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(runs.map(({ timelines, series, requestRows, summary, ...rest }) => rest), null, 2) + '\n');
        } else process.stdout.write(textTable(runs));
        if (opts.report) {
          writeAtomic(opts.report, htmlReport(`Pinning comparison: ${opts.rules.map((r) => basename(r)).join(' vs ')}`, runs));
          process.stderr.write(`report written to ${opts.report}\n`);
        }
        return finishGates(gates, opts, 'irule compare gates');
      }),
    );
}
