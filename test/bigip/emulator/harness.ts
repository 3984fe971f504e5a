// Test harness: builds small scenarios the way users write them (YAML + rule files + JSON Lines
// traffic in a temp folder), loads them with loadScenario and runs simulate(); or builds a
// VirtualServer directly for finer checks.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadScenario } from '../../../src/sim/scenario.js';
import { simulate, type OutputRecord } from '../../../src/sim/simulate.js';
import { VirtualServer } from '../../../src/bigip/virtual.js';
import type { LbMethod, MemberState } from '../../../src/bigip/config.js';

const roots: string[] = [];

/** A fresh temp folder, removed by cleanup(). */
export function tempDir(prefix = 'irule-emu-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  roots.push(d);
  return d;
}

export function cleanup(): void {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
}

export type MemberSpec = string | { address: string; ratio?: number; state?: MemberState };

export interface PoolSpec {
  name: string;
  lb?: LbMethod;
  members: MemberSpec[];
}

export interface ScenarioSpec {
  /** Rule name (file name without .tcl) -> source, attached in this order. */
  rules: Record<string, string>;
  oneconnect?: boolean;
  /** Universal persistence profile timeout; null for no persistence profile. Default 180. */
  persistTimeout?: number | null;
  lb?: LbMethod;
  members?: MemberSpec[];
  poolName?: string;
  pools?: PoolSpec[];
  address?: string;
  traffic: Record<string, unknown>[];
  /** Other top-level scenario fields (tls, apm, snat, ifiles, ...), written as given. */
  extra?: Record<string, unknown>;
  /** Files to write next to the scenario (name -> content), e.g. iFiles. */
  files?: Record<string, string>;
}

export const M1 = '10.0.1.1:8080';
export const M2 = '10.0.1.2:8080';
export const M3 = '10.0.1.3:8080';
export const CLIENT = '198.51.100.7:50432';

/** Writes the scenario to a temp folder and returns the scenario file path. */
export function writeScenario(spec: ScenarioSpec, dir = tempDir()): string {
  mkdirSync(join(dir, 'rules'), { recursive: true });
  const ruleFiles = Object.entries(spec.rules).map(([name, src]) => {
    writeFileSync(join(dir, 'rules', `${name}.tcl`), src);
    return `rules/${name}.tcl`;
  });
  writeFileSync(join(dir, 'requests.jsonl'), spec.traffic.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const pt = spec.persistTimeout === undefined ? 180 : spec.persistTimeout;
  const scenario = {
    name: 'emulator behaviour',
    rules: ruleFiles,
    virtual: {
      name: '/Common/vs_test',
      address: spec.address ?? '203.0.113.10:443',
      profiles: {
        http: {},
        oneconnect: spec.oneconnect ?? true,
        persistence: pt === null ? null : { type: 'universal', timeout: pt },
      },
    },
    pool: { name: spec.poolName ?? '/Common/web_pool', lb: spec.lb ?? 'round-robin', members: spec.members ?? [M1, M2, M3] },
    ...(spec.pools ? { pools: spec.pools } : {}),
    traffic: 'requests.jsonl',
    ...(spec.extra ?? {}),
  };
  for (const [name, content] of Object.entries(spec.files ?? {})) writeFileSync(join(dir, name), content);
  const file = join(dir, 'scenario.yaml');
  writeFileSync(file, stringify(scenario));
  return file;
}

export interface RunResult {
  records: OutputRecord[];
  summary: Record<string, unknown>;
}

export async function run(spec: ScenarioSpec): Promise<RunResult> {
  const scenario = loadScenario(writeScenario(spec));
  const records: OutputRecord[] = [];
  const { summary } = await simulate(scenario, { onRecord: (r) => records.push(r) });
  return { records, summary };
}

/** A request traffic event. */
export function req(t: number, conn: string, uri: string, opts: { method?: string; headers?: [string, string][]; client?: string; version?: string } = {}): Record<string, unknown> {
  return {
    t,
    conn,
    client: opts.client ?? CLIENT,
    method: opts.method ?? 'GET',
    uri,
    ...(opts.version ? { version: opts.version } : {}),
    headers: opts.headers ?? [['Host', 'app.example']],
  };
}

export function resp(t: number, conn: string, status = 200, headers: [string, string][] = []): Record<string, unknown> {
  return { t, conn, response: { status, headers } };
}

export function close(t: number, conn: string): Record<string, unknown> {
  return { t, close: conn };
}

export function member(t: number, address: string, state: MemberState): Record<string, unknown> {
  return { t, member: address, state };
}

/** Only the log message text after the `Rule /Common/NAME <EVENT>: ` prefix. */
export function messages(r: OutputRecord): string[] {
  return r.logs.map((l) => l.replace(/^Rule \S+ <[A-Z_]+>: /, ''));
}

// ---- driving a VirtualServer directly -------------------------------------------------------------

export interface Direct {
  vs: VirtualServer;
  clock: { t: number; now(): number };
  /** Sends a request at the current clock time. */
  request(conn: string, uri: string, headers?: [string, string][], client?: string): ReturnType<VirtualServer['request']>;
}

export function direct(opts: {
  rules: Record<string, string>;
  oneconnect?: boolean;
  persistTimeout?: number | null;
  lb?: LbMethod;
  members?: { address: string; ratio?: number; state?: MemberState }[];
  pools?: { name: string; lb?: LbMethod; members: string[] }[];
}): Direct {
  const clock = {
    t: 0,
    now() {
      return this.t;
    },
  };
  const pt = opts.persistTimeout === undefined ? 180 : opts.persistTimeout;
  const vs = new VirtualServer({
    virtual: {
      name: '/Common/vs_test',
      address: '203.0.113.10:443',
      profiles: {
        http: true,
        oneconnect: opts.oneconnect ?? true,
        websocket: false,
        persistence: pt === null ? null : { type: 'universal', timeout: pt, matchAcrossPools: false, matchAcrossServices: false, matchAcrossVirtuals: false },
      },
    },
    pool: {
      name: '/Common/web_pool',
      lb: opts.lb ?? 'round-robin',
      members: (opts.members ?? [{ address: M1 }, { address: M2 }, { address: M3 }]).map((m) => ({ address: m.address, ratio: m.ratio ?? 1, state: m.state ?? 'up' })),
    },
    pools: (opts.pools ?? []).map((p) => ({ name: p.name, lb: p.lb ?? 'round-robin', members: p.members.map((a) => ({ address: a, ratio: 1, state: 'up' as MemberState })) })),
    rules: Object.entries(opts.rules).map(([name, source]) => ({ file: `${name}.tcl`, source })),
    clock,
  });
  vs.init();
  return {
    vs,
    clock,
    request: (conn, uri, headers = [['Host', 'app.example']], client = CLIENT) =>
      vs.request(conn, client, clock.t, { method: 'GET', uri, version: '1.1', headers: { items: headers.map(([n, v]) => [n, v]) }, body: '' }),
  };
}
