// Scenario, traffic and output records (docs/formats.md "Scenario file", "Traffic", "Simulation output").

import type { Limits } from '../tcl/interp.js';
import { printableName } from '../input/files.js';
import type { ConversationSource } from './conversation.js';

export type LbMethod = 'round-robin' | 'ratio-member' | 'least-connections-member';

export type MemberState = 'up' | 'down' | 'disabled' | 'forced-offline';

export interface MemberConfig {
  /** "10.0.1.1:8080" */
  address: string;
  ratio: number;
  state: MemberState;
}

export interface PersistenceProfile {
  type: 'universal' | 'source_addr';
  /** Default idle timeout in seconds (180 when not given). */
  timeout: number;
  matchAcrossServices: boolean;
  matchAcrossVirtuals: boolean;
  matchAcrossPools: boolean;
}

export interface VirtualConfig {
  name: string;
  /** "203.0.113.10:443" */
  address: string;
  profiles: {
    http: boolean;
    oneconnect: boolean;
    websocket: boolean;
    persistence: PersistenceProfile | null;
  };
}

export interface PoolConfig {
  name: string;
  lb: LbMethod;
  members: MemberConfig[];
}

export interface DataGroupConfig {
  type: 'string' | 'ip' | 'integer';
  records: { key: string; value: string }[];
}

export interface Scenario {
  name: string;
  /** The scenario file (absolute or as given), for messages. */
  file: string;
  /** Rule files, resolved against the scenario's folder, in attachment order. */
  rules: string[];
  /** Rule files loaded on the BIG-IP but not attached: their procs and RULE_INIT only (docs/behaviour.md "Several rules"). */
  libraryRules?: string[];
  /** Rules given as text rather than files (the library API): rule name in `rules` -> source. */
  ruleSources?: ReadonlyMap<string, string>;
  virtual: VirtualConfig;
  pool: PoolConfig;
  /** Other pools a rule may select with `pool NAME`. */
  pools: PoolConfig[];
  datagroups: Record<string, DataGroupConfig>;
  /** Traffic: a resolved file path (.jsonl or .har), or events given inline. */
  traffic: { file: string } | { events: TrafficEvent[] };
  /** Host name in log lines (default "bigip1"). */
  hostname: string;
  /** Budget of each event handler run, where the scenario (or the command line) overrides the defaults. */
  limits?: Partial<Limits>;
  /** What rules read from outside the traffic (TLS session, APM variables, iFiles, SNAT, TMM count). */
  facts: import('../bigip/facts.js').ScenarioFacts;
  /** What a conversation is, for pin continuity: sources tried in order (src/sim/conversation.ts). */
  conversation: ConversationSource[];
}

/** Where an event came from, for error messages. */
export interface Origin {
  file: string;
  line: number;
}

export interface RequestEvent {
  kind: 'request';
  t: number;
  conn: string;
  /** "198.51.100.7:50432" */
  client: string;
  method: string;
  uri: string;
  version: string;
  headers: [string, string][];
  body: string;
  /** Ground truth from generated traffic: the conversation this request belongs to (irule compare). */
  conversation?: string;
  origin: Origin;
}

export interface ResponseEvent {
  kind: 'response';
  t: number;
  conn: string;
  status: number;
  headers: [string, string][];
  body: string;
  origin: Origin;
}

export interface MemberEvent {
  kind: 'member';
  t: number;
  member: string;
  state: MemberState;
  origin: Origin;
}

export interface CloseEvent {
  kind: 'close';
  t: number;
  conn: string;
  origin: Origin;
}

export type TrafficEvent = RequestEvent | ResponseEvent | MemberEvent | CloseEvent;

/**
 * A user-input problem: printed as one line `file:line: field: message` (`file:line:column: message`
 * for syntax errors, where the column is known).
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly detail: string,
    /** 1-based column, when known (syntax errors). */
    readonly column: number | null = null,
  ) {
    super(
      `${printableName(file)}${line !== null ? `:${line}${column !== null ? `:${column}` : ''}` : ''}: ${field ? `${field}: ` : ''}${detail}`,
    );
  }
}
