// simulate(scenario): replay a scenario's traffic and collect the output records and summary.

import { simulate as run, type OutputRecord } from '../sim/simulate.js';
import type { Scenario } from '../sim/types.js';
import { isScenario, scenario as fromInput, type ScenarioInput, type ScenarioInputOptions } from './scenario.js';

export interface SimulateOptions extends ScenarioInputOptions {
  /** Called with each record as it is produced (records are collected as well unless `collect: false`). */
  onRecord?(record: OutputRecord): void;
  /** Keep the records in the result (default true; false for long traffic read through onRecord). */
  collect?: boolean;
}

export interface SimulationRun {
  /** One per request, in request order: member chosen and why, persistence, headers inserted/removed, logs. */
  records: OutputRecord[];
  /** Totals: requests, members, persistence, errors (as the summary line of `irule simulate`). */
  summary: Record<string, unknown>;
}

/**
 * Runs a scenario (from loadScenario, or an object shaped like a scenario file) on the emulated
 * virtual server. Throws InputError for a bad scenario, rule or traffic event.
 */
export async function simulate(input: Scenario | ScenarioInput, options: SimulateOptions = {}): Promise<SimulationRun> {
  const s = isScenario(input) ? input : fromInput(input, options);
  const records: OutputRecord[] = [];
  const keep = options.collect !== false;
  const { summary } = await run(s, {
    onRecord: (r) => {
      if (keep) records.push(r);
      options.onRecord?.(r);
    },
  });
  return { records, summary };
}
