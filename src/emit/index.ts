// `irule emit`: a tested rule as what an operator deploys. One entry point over the writers:
//
//   tcl   the rule text with its header (src/emit/rule.ts)
//   tmsh  a bigip.conf-syntax file for `tmsh load sys config merge` (src/emit/tmsh.ts)
//   rest  iControl REST requests (src/emit/rest.ts)
//   as3   an AS3 declaration (src/emit/as3.ts)
//
// The lint gate (no error-severity findings) is the caller's: see src/cli/emit.ts.

import type { Scenario } from '../sim/types.js';
import { emitAs3 } from './as3.js';
import { buildModel, type DeployModel } from './model.js';
import type { Printer } from './printer.js';
import { emitRest } from './rest.js';
import { prepareRule } from './rule.js';
import { emitTmsh } from './tmsh.js';

export const TARGETS = ['tcl', 'tmsh', 'rest', 'as3'] as const;
export type Target = (typeof TARGETS)[number];

export function isTarget(s: string): s is Target {
  return (TARGETS as readonly string[]).includes(s);
}

export interface EmitOptions {
  target: Target;
  /** The rule source (bytes are hashed as they are). */
  source: Uint8Array | string;
  /** The rule's file ("-" for stdin). */
  file: string;
  name?: string;
  partition?: string;
  scenario?: Scenario;
  printer?: Printer | null;
}

export interface EmitResult {
  text: string;
  model: DeployModel;
  /** Things the user should know (stderr). */
  notes: string[];
}

/** Builds the artifact. Throws EmitError for requests that cannot be met. */
export function emit(options: EmitOptions): EmitResult {
  const rule = prepareRule({ source: options.source, file: options.file, name: options.name, printer: options.printer });
  const model = buildModel(rule, { partition: options.partition, scenario: options.scenario, ruleFile: options.file });
  let text: string;
  switch (options.target) {
    case 'tcl':
      text = rule.text;
      break;
    case 'tmsh':
      text = emitTmsh(model);
      break;
    case 'rest':
      text = emitRest(model);
      break;
    case 'as3':
      text = emitAs3(model);
      break;
  }
  return { text, model, notes: model.notes };
}

export { EmitError } from './errors.js';
export { loadPrinter, type Printer } from './printer.js';
