// The CI gate options shared by simulate and compare: parsing, the one-line failure, JUnit output.

import type { Command } from 'commander';
import { evaluateGates, FAIL_ON, type FailOn, type GateOptions, type GateResult, type GateSubject } from '../sim/gates.js';
import { UsageError, writeAtomic } from './io.js';
import { junitSuite } from './junit.js';

export interface GateFlags {
  minContinuity?: number;
  maxErrors?: number;
  failOn?: FailOn[];
  junit?: string;
}

function ratio(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-continuity: expected a ratio from 0 to 1 (0.99 = 99%), got "${v}"`);
  return n;
}

function count(v: string): number {
  if (!/^\d+$/.test(v.trim())) throw new UsageError(`--max-errors: expected a whole number >= 0, got "${v}"`);
  return Number(v);
}

function failOn(v: string, prev: FailOn[] = []): FailOn[] {
  const out = [...prev];
  for (const part of v.split(',').map((x) => x.trim()).filter(Boolean)) {
    if (!(FAIL_ON as readonly string[]).includes(part)) throw new UsageError(`--fail-on: expected ${FAIL_ON.join(', ')}, got "${part}"`);
    if (!out.includes(part as FailOn)) out.push(part as FailOn);
  }
  return out;
}

export function addGateOptions(cmd: Command): Command {
  return cmd
    .option('--min-continuity <ratio>', 'exit 1 when pin continuity is below RATIO (0.99 = 99%)', ratio)
    .option('--max-errors <n>', 'exit 1 when more than N requests failed (rule error or no member)', count)
    .option('--fail-on <what>', `exit 1 on any of: ${FAIL_ON.join(', ')} (comma-separated, repeatable)`, failOn)
    .option('--junit <file>', 'write the gate results as a JUnit XML report');
}

export function gateOptions(f: GateFlags): GateOptions {
  return { minContinuity: f.minContinuity, maxErrors: f.maxErrors, failOn: f.failOn };
}

export function hasGates(f: GateFlags): boolean {
  return f.minContinuity !== undefined || f.maxErrors !== undefined || (f.failOn?.length ?? 0) > 0;
}

export function subjectOf(label: string, s: Record<string, unknown>): GateSubject {
  const n = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : 0);
  return { label, pinContinuity: n('pinContinuity'), pinEligible: n('pinEligible'), pinKept: n('pinKept'), brokenConversations: n('brokenConversations'), errors: n('errors'), lbFailed: n('lbFailed') };
}

export { evaluateGates };

/**
 * Writes the JUnit file when asked and returns the exit code: 1 with one line on standard error naming
 * the first failed gate (and how many others failed), else 0.
 */
export function finishGates(results: GateResult[], flags: GateFlags, suite: string): number {
  if (flags.junit) {
    writeAtomic(
      flags.junit,
      junitSuite(
        suite,
        results.map((r) => ({ classname: `irule.gate.${r.gate.split(' ')[0]}`, name: `${r.subject}: ${r.gate}`, failure: r.passed ? undefined : r.message, out: r.message })),
      ),
    );
  }
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0) return 0;
  process.stderr.write(`irule: gate failed: ${failed[0]!.message}${failed.length > 1 ? ` (and ${failed.length - 1} more failed gate(s))` : ''}\n`);
  return 1;
}
