// formatRule and emit on text in memory.

import { emit as emitArtifact, EmitError, isTarget, TARGETS, type Target } from '../emit/index.js';
import { lintSource } from '../lint/linter.js';
import type { Scenario } from '../sim/types.js';
import { formatRuleFile, type FormatResult } from '../syntax/printer.js';
import { isScenario, scenario as fromInput, type ScenarioInput } from './scenario.js';

/**
 * The canonical layout of a rule (2-space indentation, as `irule fmt`). `output` is the input
 * unchanged when it has syntax errors (listed in `errors`).
 */
export function formatRule(source: string): FormatResult {
  return formatRuleFile(source);
}

export interface EmitOptions {
  /** tcl (default), tmsh, rest or as3. */
  target?: Target;
  /** The rule's file name: the default rule name and what messages name (default "rule.tcl"). */
  file?: string;
  /** Rule name, NAME or /PARTITION/NAME. */
  name?: string;
  partition?: string;
  /** A scenario whose persistence profile, pool and virtual server are emitted too. */
  scenario?: Scenario | ScenarioInput;
}

export interface EmitOutput {
  text: string;
  /** Things the caller should know (what `irule emit` prints as notes). */
  notes: string[];
}

/**
 * A deployable artifact, behind the same lint gate as `irule emit`: a rule with error-severity
 * findings throws EmitError (exitCode 1) listing them. Bad options throw EmitError (exitCode 2).
 */
export function emit(source: string, options: EmitOptions = {}): EmitOutput {
  const target = options.target ?? 'tcl';
  if (!isTarget(target)) throw new EmitError(`unknown target "${String(target)}": expected ${TARGETS.join(', ')}`);
  const file = options.file ?? 'rule.tcl';
  const errors = lintSource(source, file).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new EmitError(`${file}: ${errors.length} lint error(s), nothing emitted: ${errors.map((d) => `${d.line}:${d.column} ${d.message} [${d.code}]`).join('; ')}`, 1);
  }
  const scenario = options.scenario === undefined ? undefined : isScenario(options.scenario) ? options.scenario : fromInput(options.scenario);
  const r = emitArtifact({
    target,
    source,
    file,
    name: options.name,
    partition: options.partition,
    scenario,
    printer: (_parsed, text) => formatRuleFile(text).output,
  });
  return { text: r.text, notes: r.notes };
}
