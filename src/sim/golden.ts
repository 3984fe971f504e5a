// Golden-file cases (docs/formats.md "Golden test case layout"): every folder holding a scenario and an
// expected.jsonl is simulated and compared, byte for byte, with what `simulate --format json` prints.

import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { readInputFile } from '../input/files.js';
import type { Limits } from '../tcl/interp.js';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { loadScenario } from './scenario.js';
import { recordLine, simulate, summaryLine } from './simulate.js';
import type { ContinuitySummary } from './continuity.js';

export interface GoldenCase {
  name: string;
  dir: string;
  scenario: string;
  expected: string;
}

const SCENARIO_NAMES = ['scenario.yaml', 'scenario.yml', 'scenario.json'];

export function discoverCases(roots: string[]): GoldenCase[] {
  const out: GoldenCase[] = [];
  const visit = (dir: string) => {
    const scenario = SCENARIO_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
    if (scenario) out.push({ name: dir, dir, scenario, expected: join(dir, 'expected.jsonl') });
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') visit(join(dir, e.name));
    }
  };
  for (const r of roots) {
    if (!existsSync(r) || !statSync(r).isDirectory()) throw new Error(`${r}: not a directory`);
    visit(r);
  }
  return out;
}

/** What `irule simulate --format json` prints for a scenario file. */
export async function simulationText(scenarioFile: string, options: GoldenOptions = {}): Promise<string> {
  const lines: string[] = [];
  const loaded = loadScenario(scenarioFile, { roots: options.roots });
  const scenario = { ...loaded, limits: { ...loaded.limits, ...options.limits } };
  const { summary } = await simulate(scenario, { onRecord: (r) => lines.push(recordLine(r)) });
  lines.push(summaryLine(summary));
  return lines.join('\n') + '\n';
}

export interface GoldenOptions {
  /** Set to rewrite expected.jsonl with the current output: the writer to do it with (the CLI
   * passes its one atomic-write helper, which keeps the mode and a symlink's target). */
  update?: (file: string, text: string) => void;
  /** Budget overrides (--limit) and extra roots (--root), as for `irule simulate`. */
  limits?: Partial<Limits>;
  roots?: readonly string[];
}

export interface CaseResult {
  case: GoldenCase;
  status: 'pass' | 'fail' | 'error' | 'updated';
  diff?: string;
  message?: string;
  seconds: number;
  /** The simulated run's pin continuity (from its summary line: the number simulate prints). */
  pins?: ContinuitySummary;
}

/** The continuity fields of the summary line that ends a simulation's JSON output. */
function pinsOf(output: string): ContinuitySummary | undefined {
  const last = output.trimEnd().split('\n').pop() ?? '';
  try {
    const s = (JSON.parse(last) as { summary?: ContinuitySummary }).summary;
    return s && typeof s.pinContinuity === 'number' ? s : undefined;
  } catch {
    return undefined;
  }
}

/** expected.jsonl's text, null when there is none; a folder, a device or an unreadable file throws. */
function readExpected(file: string): string | null {
  try {
    lstatSync(file);
  } catch {
    return null;
  }
  return readInputFile(file);
}

export async function runCase(c: GoldenCase, options: GoldenOptions = {}): Promise<CaseResult> {
  const t0 = performance.now();
  const seconds = () => (performance.now() - t0) / 1000;
  const error = (e: unknown): CaseResult => ({ case: c, status: 'error', message: e instanceof Error ? e.message : String(e), seconds: seconds() });
  let actual: string;
  let expected: string | null;
  try {
    actual = await simulationText(c.scenario, options);
    expected = readExpected(c.expected);
  } catch (e) {
    return error(e);
  }
  const pins = pinsOf(actual);
  if (expected === actual) return { case: c, status: 'pass', seconds: seconds(), pins };
  if (options.update) {
    try {
      options.update(c.expected, actual);
    } catch (e) {
      return error(e);
    }
    return { case: c, status: 'updated', seconds: seconds(), pins };
  }
  const diff = createTwoFilesPatch(c.expected, 'actual', expected ?? '', actual, expected === null ? 'missing' : 'expected', 'simulated', { context: 2 });
  const message = expected === null ? 'expected.jsonl is missing (run with --update to create it)' : explain(expected, actual);
  return { case: c, status: 'fail', diff, message, seconds: seconds(), pins };
}

/** The changed fields, one line each: `seq 2: persist.key: expected "a", got "b"`. */
export function explain(expected: string, actual: string): string {
  const e = expected.split('\n').filter(Boolean);
  const a = actual.split('\n').filter(Boolean);
  const out: string[] = [];
  if (e.length !== a.length) out.push(`expected ${e.length} lines, got ${a.length}`);
  for (let i = 0; i < Math.min(e.length, a.length) && out.length < 20; i++) {
    if (e[i] === a[i]) continue;
    let x: unknown;
    let y: unknown;
    try {
      x = JSON.parse(e[i]!);
      y = JSON.parse(a[i]!);
    } catch {
      out.push(`line ${i + 1} differs`);
      continue;
    }
    const label = (y as { seq?: number }).seq !== undefined ? `seq ${(y as { seq: number }).seq}` : `line ${i + 1}`;
    for (const d of fieldDiffs(x, y, '')) out.push(`${label}: ${d}`);
  }
  return out.join('\n    ');
}

function fieldDiffs(x: unknown, y: unknown, path: string): string[] {
  if (JSON.stringify(x) === JSON.stringify(y)) return [];
  if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].flatMap((k) => fieldDiffs((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [`${path || '(line)'}: expected ${JSON.stringify(x)}, got ${JSON.stringify(y)}`];
}
