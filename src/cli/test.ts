// irule test [dirs...]: golden-file cases, colored unified diffs, --update, --format junit.

import chalk from 'chalk';
import type { Command } from 'commander';
import { discoverCases, runCase, type CaseResult, type GoldenCase } from '../sim/golden.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { action, applyColorOption, collectLimit, collectRoot, colorDiff, LIMIT_HELP, ROOT_HELP, UsageError, writeAtomic } from './io.js';
import { xml } from './junit.js';
import { oneOf } from './usage.js';
import type { Limits } from '../tcl/interp.js';
import { breaksText, formatContinuity } from '../sim/continuity.js';
import { rerunIfDeep } from './deep.js';

interface TestOptions {
  update?: boolean;
  format?: string;
  color?: boolean;
  limit?: Partial<Limits>;
  root?: string[];
}

function junit(results: CaseResult[]): string {
  const failures = results.filter((r) => r.status === 'fail').length;
  const errors = results.filter((r) => r.status === 'error').length;
  const time = results.reduce((a, r) => a + r.seconds, 0);
  const cases = results.map((r) => {
    const props = r.pins ? `\n    <properties><property name="pinContinuity" value="${r.pins.pinContinuity}"/><property name="pinBreaks" value="${xml(breaksText(r.pins.pinBreaks))}"/></properties>` : '';
    const head = `  <testcase classname="irule.golden" name="${xml(r.case.name)}" time="${r.seconds.toFixed(3)}"`;
    if (r.status === 'fail') return `${head}>\n    <failure message="${xml(r.message ?? 'output differs from expected.jsonl')}">${xml(r.diff ?? '')}</failure>\n  </testcase>`;
    if (r.status === 'error') return `${head}>\n    <error message="${xml(r.message ?? '')}"/>\n  </testcase>`;
    return props ? `${head}>${props}\n  </testcase>` : `${head}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="irule test" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">\n${cases.join('\n')}\n</testsuite>\n`;
}

/**
 * The cases the arguments name: a folder is searched for case folders, a scenario file is the case
 * of the folder holding it. Without arguments, fixtures/ (which must then exist).
 */
function casesOf(args: string[]): GoldenCase[] {
  if (args.length === 0 && !existsSync('fixtures')) throw new UsageError('no fixtures/ folder here: run irule test where fixtures/ is, or name case folders or scenario files');
  const cases: GoldenCase[] = [];
  for (const a of args.length > 0 ? args : ['fixtures']) {
    let st;
    try {
      st = statSync(a);
    } catch {
      throw new UsageError(`${a}: no such file or directory`);
    }
    if (st.isDirectory()) cases.push(...discoverCases([a]));
    else if (/\.(ya?ml|json)$/i.test(a)) cases.push({ name: dirname(a), dir: dirname(a), scenario: a, expected: join(dirname(a), 'expected.jsonl') });
    else throw new UsageError(`${a}: expected a case folder or a scenario file (.yaml, .yml or .json)`);
  }
  return cases;
}

export function registerTest(program: Command): void {
  program
    .command('test')
    .description('golden-file tests: simulate every case folder and compare with its expected.jsonl')
    .argument('[dirs...]', 'case folders to search, or scenario files (default: fixtures)')
    .option('-u, --update', 'rewrite expected.jsonl files with the current output')
    .option('-f, --format <format>', 'text or junit (JUnit XML)', 'text')
    .option('--no-color', 'disable colors')
    .option('--limit <name=n>', LIMIT_HELP, collectLimit)
    .option('--root <dir>', ROOT_HELP, collectRoot)
    .action(
      action(async (args: string[], opts: TestOptions) => {
        applyColorOption(opts);
        oneOf('--format', opts.format, ['text', 'junit'], 'text');
        const cases = casesOf(args);
        const dirs = args.length > 0 ? args : ['fixtures'];
        if (cases.length === 0) throw new UsageError(`no test cases (folders with scenario.yaml) under ${dirs.join(', ')}`);
        const deep = await rerunIfDeep(cases.map((c) => c.scenario), opts.root);
        if (deep !== null) return deep;
        const results: CaseResult[] = [];
        for (const c of cases) {
          const r = await runCase(c, { update: opts.update ? writeAtomic : undefined, limits: opts.limit, roots: opts.root });
          results.push(r);
          if (opts.format === 'junit') continue;
          const mark = { pass: chalk.green('✓'), updated: chalk.yellow('↻'), fail: chalk.red('✗'), error: chalk.red('!') }[r.status];
          const pins = r.pins ? chalk.dim(`  pin continuity ${formatContinuity(r.pins.pinContinuity)}${Object.keys(r.pins.pinBreaks).length ? ` (breaks: ${breaksText(r.pins.pinBreaks)})` : ''}`) : '';
          process.stdout.write(`${mark} ${c.name}${r.status === 'updated' ? chalk.yellow(' (updated)') : ''}${pins}\n`);
          if (r.message) process.stdout.write(`    ${r.message}\n`);
          if (r.diff) process.stdout.write(colorDiff(r.diff) + '\n');
        }
        const failed = results.filter((r) => r.status === 'fail' || r.status === 'error').length;
        if (opts.format === 'junit') process.stdout.write(junit(results));
        else process.stdout.write(`\n${results.length - failed} passed, ${failed} failed\n`);
        return failed > 0 ? 1 : 0;
      }),
    );
}
