// Scenarios for the library API: a scenario file (loadScenario), or the same shape as a plain
// object with rules as file paths or as text. Checked by the same schema and normaliser as a file,
// so defaults and error messages are the scenario format's (schemas/scenario.schema.json).

import type { ScenarioFactFields } from '../bigip/facts.js';
import { loadScenario as loadScenarioFile, scenarioFromSource } from '../sim/scenario.js';
import { InputError, type LbMethod, type MemberState, type Scenario } from '../sim/types.js';

export type OnOff = boolean | Record<string, never>;

export interface PersistenceInput {
  type: 'universal' | 'source_addr';
  /** Idle timeout in seconds (default 180). */
  timeout?: number;
  matchAcrossServices?: boolean;
  matchAcrossVirtuals?: boolean;
  matchAcrossPools?: boolean;
}

export interface PoolInput {
  /** Default (the default pool only): "/Common/pool". */
  name?: string;
  lb?: LbMethod;
  members: (string | { address: string; ratio?: number; state?: MemberState })[];
}

export interface RequestInput {
  t: number;
  conn: string;
  client: string;
  method: string;
  uri: string;
  version?: '1.0' | '1.1' | '2' | '3';
  headers: [string, string][];
  body?: string;
  conversation?: string;
}
export interface ResponseInput {
  t: number;
  conn: string;
  response: { status: number; headers?: [string, string][]; body?: string };
}
export interface MemberStateInput {
  t: number;
  member: string;
  state: MemberState;
}
export interface CloseInput {
  t: number;
  close: string;
}
export type TrafficInput = RequestInput | ResponseInput | MemberStateInput | CloseInput;

/** A rule given as text: `name` is its file name (the rule is named /PARTITION/NAME without .tcl). */
export interface RuleSource {
  name: string;
  source: string;
}

/** A scenario as an object: the scenario file's fields, plus rules as text. */
export interface ScenarioInput extends ScenarioFactFields {
  name?: string;
  /** Rule files (relative to `baseDir`) or rules as text, attached in this order. */
  rules: string | (string | RuleSource)[];
  /** Rule files (relative to `baseDir`) loaded on the BIG-IP but not attached: their procs and RULE_INIT only. */
  libraryRules?: string | string[];
  hostname?: string;
  virtual?: {
    /** Default "/Common/vs". */
    name?: string;
    /** Default "203.0.113.10:443". */
    address?: string;
    profiles?: { http?: OnOff; oneconnect?: OnOff; websocket?: OnOff; persistence?: PersistenceInput | null | false };
  };
  pool: PoolInput;
  pools?: (PoolInput & { name: string })[];
  datagroups?: Record<string, Record<string, string | number | null> | { type?: 'string' | 'ip' | 'integer'; records: unknown }>;
  /** A traffic file (.jsonl or .har, relative to `baseDir`) or the events themselves. */
  traffic: string | TrafficInput[];
}

export interface ScenarioInputOptions {
  /** Folder that relative rule and traffic paths are read from (default: the working directory). */
  baseDir?: string;
  /** Name given to the scenario in error messages (default "scenario"). */
  label?: string;
}

/** What the library fills in where the file format asks for a value. */
export const API_DEFAULTS = { virtualName: '/Common/vs', virtualAddress: '203.0.113.10:443', poolName: '/Common/pool' } as const;

const loaded = new WeakSet<Scenario>();

/** True for a scenario that loadScenario or scenario() made (simulate takes either form). */
export function isScenario(x: unknown): x is Scenario {
  return typeof x === 'object' && x !== null && loaded.has(x as Scenario);
}

/** Reads, checks and normalises a scenario file. Throws InputError (file, line, field). */
export function loadScenario(file: string): Scenario {
  const s = loadScenarioFile(file);
  loaded.add(s);
  return s;
}

/**
 * Checks and normalises a scenario given as an object. Throws InputError naming the field (its
 * `line` is null: an object has no lines).
 */
export function scenario(input: ScenarioInput, options: ScenarioInputOptions = {}): Scenario {
  const label = options.label ?? 'scenario';
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError(label, null, null, 'expected a scenario object with rules, pool and traffic');
  }
  const ruleSources = new Map<string, string>();
  const rules = (typeof input.rules === 'string' ? [input.rules] : Array.isArray(input.rules) ? input.rules : [input.rules]).map((r, i) => {
    if (typeof r !== 'object' || r === null) return r;
    const { name, source } = r as Partial<RuleSource>;
    if (typeof name !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(name)) throw new InputError(label, null, `rules[${i}].name`, 'must be a rule name (letters, digits, "_", "-" and ".")');
    if (typeof source !== 'string') throw new InputError(label, null, `rules[${i}].source`, 'must be the rule text (a string)');
    if (ruleSources.has(name)) throw new InputError(label, null, `rules[${i}].name`, `rule ${name} is given twice`);
    ruleSources.set(name, source);
    return name;
  });
  const data = {
    ...input,
    rules,
    virtual: { name: API_DEFAULTS.virtualName, address: API_DEFAULTS.virtualAddress, ...input.virtual },
    pool: input.pool && typeof input.pool === 'object' ? { name: API_DEFAULTS.poolName, ...input.pool } : input.pool,
  };
  // Relative paths resolve against the label's folder: the label sits in baseDir.
  const file = options.baseDir ? `${options.baseDir.replace(/\/+$/, '')}/${label}` : label;
  let s: Scenario;
  try {
    s = scenarioFromSource({ file, data, lineOf: () => 0, ruleSources });
  } catch (e) {
    // Line 0 is "no line": an object has field paths only.
    if (e instanceof InputError && e.line === 0) throw new InputError(label, null, e.field, e.detail, null);
    throw e;
  }
  if (input.name === undefined) s = { ...s, name: label };
  loaded.add(s);
  return s;
}
