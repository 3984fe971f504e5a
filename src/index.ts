// irule as a library: `import { lint, simulate, loadScenario, formatRule, emit } from 'irule'`.
// Documented in docs/api.md. Everything here takes text in memory as well as files; bad input
// throws a typed error (InputError: file, line, field; EmitError) rather than printing.

export { lint, type LintOptions, type LintReport } from './api/lint.js';
export { simulate, type SimulateOptions, type SimulationRun } from './api/simulate.js';
export {
  API_DEFAULTS,
  loadScenario,
  scenario,
  type CloseInput,
  type MemberStateInput,
  type PersistenceInput,
  type PoolInput,
  type RequestInput,
  type ResponseInput,
  type RuleSource,
  type ScenarioInput,
  type ScenarioInputOptions,
  type TrafficInput,
} from './api/scenario.js';
export { emit, formatRule, type EmitOptions, type EmitOutput } from './api/emit.js';
export { EmitError } from './emit/errors.js';
export type { Target } from './emit/index.js';
export type { Category, Diagnostic, Severity } from './lint/types.js';
export type { OutputRecord } from './sim/simulate.js';
export { InputError, type Scenario } from './sim/types.js';
export type { FormatResult } from './syntax/printer.js';
import { packageJson } from './package-info.js';

/** irule's version (package.json). */
export const VERSION: string = packageJson().version;
