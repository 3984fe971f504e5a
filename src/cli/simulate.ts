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
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { oneOf } from './usage.js';
import { countLines, startProgress, type Progress } from './progress.js';
import { addGateOptions, evaluateGates, finishGates, gateOptions, hasGates, subjectOf, type GateFlags } from './gates.js';
import type { GateResult } from '../sim/gates.js';
import { formatContinuity } from '../sim/continuity.js';
import { rerunIfDeep } from './deep.js';

interface SimulateOptions extends GateFlags {
  report?: string;
  format?: string;
  color?: boolean;
  quiet?: boolean;
  limit?: Partial<Limits>;
  root?: string[];
  progress?: boolean;
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

/** Where each scenario's report goes: the file itself for one scenario, else one file per scenario in a folder. */
function reportTargets(report: string, files: string[]): { paths: string[]; index: string | null } {
  if (files.length === 1) return { paths: [report], index: null };
  if (/\.html?$/i.test(report)) {
    throw new UsageError(`--report ${report}: ${files.length} scenarios: give a folder, which gets one report per scenario and an index.html`);
  }
  try {
    mkdirSync(report, { recursive: true });
  } catch (e) {
    throw new UsageError(`--report ${report}: cannot create the folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const taken = new Set<string>();
  const paths = files.map((f) => {
    const base = relative(process.cwd(), dirname(resolve(f))).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'scenario';
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
    taken.add(name);
    return join(report, `${name}.html`);
  });
  return { paths, index: join(report, 'index.html') };
}

function indexPage(entries: { title: string; href: string; summary: Record<string, unknown> }[]): string {
  const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
  const rows = entries
    .map((e) => `<tr><td><a href="${esc(e.href)}">${esc(e.title)}</a></td><td>${esc(String(e.summary.requests ?? ''))}</td><td>${esc(String(e.summary.errors ?? ''))}</td><td>${typeof e.summary.pinContinuity === 'number' ? formatContinuity(e.summary.pinContinuity) : ''}</td></tr>`)
    .join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>irule simulate: ${entries.length} scenarios</title>\n<style>body{font:14px system-ui,sans-serif;margin:2em}td,th{padding:.3em 1em;text-align:left}</style></head>\n<body><h1>${entries.length} scenarios</h1>\n<table><tr><th>scenario</th><th>requests</th><th>errors</th><th>pin continuity</th></tr>\n${rows}\n</table></body></html>\n`;
}

export function registerSimulate(program: Command): void {
  const cmd = program
    .command('simulate')
    .description("run a scenario's rules against its recorded traffic on an emulated BIG-IP")
    .argument('<scenario>', 'scenario file (.yaml/.json), or a folder of scenarios')
    // No commander default: the real one depends on where the output goes, and --help says so.
    .option('-f, --format <format>', 'text or json (JSON Lines) (default: text on a terminal, json otherwise)')
    .option('-q, --quiet', 'text format: summary only (the progress bar still shows on a terminal)')
    .option('--no-progress', 'no progress bar (it shows only when standard error is a terminal)')
    .option('--report <file>', 'also write a self-contained HTML report with charts (a folder: one per scenario, and index.html)')
    .option('--no-color', 'disable colors')
    .option('--limit <name=n>', LIMIT_HELP, collectLimit)
    .option('--root <dir>', ROOT_HELP, collectRoot);
  addGateOptions(cmd).action(
      action(async (input: string, opts: SimulateOptions) => {
        applyColorOption(opts);
        const format = oneOf('--format', opts.format, ['text', 'json'], process.stdout.isTTY ? 'text' : 'json');
        const text = format === 'text';
        let bar: Progress | null = null;
        const out = (s: string) => (bar ? bar.print(s) : process.stdout.write(s));
        const gates: GateResult[] = [];
        const files = scenarioFiles(input);
        const deep = await rerunIfDeep(files, opts.root);
        if (deep !== null) return deep;
        const reports = opts.report ? reportTargets(opts.report, files) : null;
        const indexed: { title: string; href: string; summary: Record<string, unknown> }[] = [];
        for (const [i, file] of files.entries()) {
          try {
            const loaded = loadScenario(file, { roots: opts.root });
            const scenario = { ...loaded, limits: { ...loaded.limits, ...opts.limit } };
            if (text) out(reportHeader(`${scenario.name} (${file})`, !opts.quiet));
            const quietBar = opts.progress === false || !process.stderr.isTTY;
            const tr = scenario.traffic;
            // The report path counts requests (records), the plain one traffic events read.
            bar = reports
              ? startProgress(`simulate ${scenario.name}`, 'requests', null, { quiet: quietBar })
              : startProgress(`simulate ${scenario.name}`, 'events', quietBar ? null : 'events' in tr ? tr.events.length : /\.jsonl$/i.test(tr.file) ? countLines(tr.file) : null, { quiet: quietBar });
            let records = 0;
            const onRecord = (r: OutputRecord) => {
              if (reports) bar?.update(++records);
              if (text) {
                if (!opts.quiet) out(reportLine(r));
              } else out(recordLine(r) + '\n');
            };
            let summary: Record<string, unknown>;
            if (reports) {
              const m = await measure(scenario, scenario.rules.map((r) => basename(r)).join(' + '), 10, onRecord);
              summary = m.summary;
              const path = reports.paths[i]!;
              writeAtomic(path, htmlReport(`Simulation: ${scenario.name}`, [m]));
              indexed.push({ title: scenario.name, href: basename(path), summary });
              if (!reports.index) process.stderr.write(`report written to ${path}\n`);
            } else {
              ({ summary } = await simulate(scenario, {
                onRecord,
                onProgress: (n) => bar?.update(n),
              }));
            }
            bar.stop();
            bar = null;
            out(text ? reportSummary(summary) : summaryLine(summary) + '\n');
            if (hasGates(opts)) gates.push(...evaluateGates(subjectOf(`${scenario.rules.map((r) => basename(r)).join(' + ')} @ ${scenario.name}`, summary), gateOptions(opts)));
          } catch (e) {
            bar?.stop();
            bar = null;
            if (e instanceof InputError) throw new UsageError(e.message, 1);
            throw e;
          }
        }
        if (reports?.index) {
          writeAtomic(reports.index, indexPage(indexed));
          process.stderr.write(`${indexed.length} reports written to ${opts.report} (index.html)\n`);
        }
        return finishGates(gates, opts, 'irule simulate gates');
      }),
    );
}
