// CI gates on a simulation (docs/pinning.md "CI gates"): thresholds on pin continuity, failed
// requests and rule errors, and "no worse than the baseline rule" for compare. Pure: the CLI turns
// failures into exit 1, a one-line reason and JUnit test cases.

import { formatContinuity } from './continuity.js';

export const FAIL_ON = ['rule-error', 'lb-failed', 'pin-break'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface GateOptions {
  /** Fail when pin continuity is below this ratio (0..1). */
  minContinuity?: number;
  /** Fail when more than this many requests failed (a rule error, or no member could take them). */
  maxErrors?: number;
  failOn?: FailOn[];
}

/** The numbers a gate looks at (a simulation summary or a compare run). */
export interface GateSubject {
  /** What was run, for messages: "ai-stream-pin.tcl @ chat". */
  label: string;
  pinContinuity: number;
  pinEligible: number;
  pinKept: number;
  brokenConversations: number;
  errors: number;
  lbFailed: number;
}

export interface GateResult {
  gate: string;
  subject: string;
  passed: boolean;
  /** One line: what was measured against what. */
  message: string;
}

export function evaluateGates(s: GateSubject, o: GateOptions): GateResult[] {
  const out: GateResult[] = [];
  const add = (gate: string, passed: boolean, message: string) => out.push({ gate, subject: s.label, passed, message: `${s.label}: ${message}` });
  if (o.minContinuity !== undefined) {
    const ok = s.pinContinuity >= o.minContinuity;
    add(
      `min-continuity ${o.minContinuity}`,
      ok,
      `pin continuity ${formatContinuity(s.pinContinuity)} (${s.pinKept} of ${s.pinEligible} follow-up requests kept their member) is ${ok ? 'at least' : 'below'} --min-continuity ${o.minContinuity}`,
    );
  }
  if (o.maxErrors !== undefined) {
    const failed = s.errors + s.lbFailed;
    add(`max-errors ${o.maxErrors}`, failed <= o.maxErrors, `${failed} failed request(s) (${s.errors} rule error(s), ${s.lbFailed} with no member) ${failed <= o.maxErrors ? 'within' : 'exceed'} --max-errors ${o.maxErrors}`);
  }
  for (const f of o.failOn ?? []) {
    const n = f === 'rule-error' ? s.errors : f === 'lb-failed' ? s.lbFailed : s.pinEligible - s.pinKept;
    const what = f === 'rule-error' ? 'request(s) with a Tcl error' : f === 'lb-failed' ? 'request(s) no member could take' : `pin break(s) in ${s.brokenConversations} conversation(s)`;
    add(`fail-on ${f}`, n === 0, `${n} ${what} (--fail-on ${f})`);
  }
  return out;
}

/** compare --no-regression: the candidate keeps at least the baseline's continuity and fails no more requests. */
export function noRegression(baseline: GateSubject, candidate: GateSubject): GateResult {
  const worseContinuity = candidate.pinContinuity < baseline.pinContinuity;
  const cf = candidate.errors + candidate.lbFailed;
  const bf = baseline.errors + baseline.lbFailed;
  const passed = !worseContinuity && cf <= bf;
  const message = worseContinuity
    ? `pin continuity ${formatContinuity(candidate.pinContinuity)} is below the baseline ${baseline.label}'s ${formatContinuity(baseline.pinContinuity)} (--no-regression)`
    : cf > bf
      ? `${cf} failed request(s), the baseline ${baseline.label} has ${bf} (--no-regression)`
      : `pin continuity ${formatContinuity(candidate.pinContinuity)} ≥ baseline ${formatContinuity(baseline.pinContinuity)}, failed requests ${cf} ≤ ${bf}`;
  return { gate: 'no-regression', subject: candidate.label, passed, message: `${candidate.label}: ${message}` };
}
