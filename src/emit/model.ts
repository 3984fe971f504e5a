// What an emit deploys, independent of the channel: the rule and, from a scenario, its persistence
// profile, pool and virtual server, all in one partition. The tmsh, REST and AS3 writers render it.

import { resolve } from 'node:path';
import { parseHostPort } from '../sim/address.js';
import type { LbMethod, MemberState } from '../bigip/config.js';
import type { Scenario } from '../sim/types.js';
import { EmitError } from './errors.js';
import { baseName, objectName } from './names.js';
import type { PreparedRule } from './rule.js';

export interface Endpoint {
  family: 4 | 6;
  /** Normalised address without brackets. */
  ip: string;
  port: number;
}

export interface PersistenceModel {
  /** tmsh/REST kind: `ltm persistence universal|source-addr`. */
  kind: 'universal' | 'source-addr';
  name: string;
  timeout: number;
  matchAcrossPools: boolean;
  matchAcrossServices: boolean;
  matchAcrossVirtuals: boolean;
}

export interface MemberModel extends Endpoint {
  ratio: number;
  /** The scenario's state; `down` is a health state, so it deploys as enabled. */
  state: MemberState;
}

export interface PoolModel {
  name: string;
  lb: LbMethod;
  members: MemberModel[];
}

export interface VirtualModel extends Endpoint {
  name: string;
  profiles: { http: boolean; oneconnect: boolean; websocket: boolean };
}

export interface DeployModel {
  partition: string;
  rule: { name: string; text: string; sha256: string };
  persistence: PersistenceModel | null;
  pool: PoolModel | null;
  virtual: VirtualModel | null;
  /** Things the user should know (printed on stderr by the CLI). */
  notes: string[];
}

const DEFAULT_PARTITION = 'Common';

export interface ModelOptions {
  /** `--partition`. */
  partition?: string;
  scenario?: Scenario;
  /** The rule's file, to tell it apart from the scenario's other rules. */
  ruleFile?: string;
}

/** The partition: --partition, else the one in --name or the rule's wrapper, else the scenario's virtual server's, else Common. */
function choosePartition(rule: PreparedRule, options: ModelOptions): string {
  let p = options.partition;
  if (p !== undefined) {
    p = p.replace(/^\/|\/$/g, '');
    if (rule.partition !== undefined && rule.partition !== p) {
      throw new EmitError(`--partition ${p} disagrees with the rule's path /${rule.partition}/${rule.name}`);
    }
    return objectName(p, '--partition');
  }
  if (rule.partition !== undefined) return objectName(rule.partition, 'the partition of the rule name');
  const fromVs = options.scenario ? /^\/([^/]+)\//.exec(options.scenario.virtual.name)?.[1] : undefined;
  if (fromVs !== undefined) return objectName(fromVs, `the partition of the scenario's virtual server ${options.scenario!.virtual.name}`);
  return DEFAULT_PARTITION;
}

function endpoint(text: string, what: string): Endpoint {
  const hp = parseHostPort(text);
  if (!hp) throw new EmitError(`${what}: "${text}" is not an ip:port address`);
  return { family: hp.family, ip: hp.ip, port: hp.port };
}

export function buildModel(rule: PreparedRule, options: ModelOptions = {}): DeployModel {
  const partition = choosePartition(rule, options);
  const notes = [...rule.notes];
  const model: DeployModel = {
    partition,
    rule: { name: rule.name, text: rule.text, sha256: rule.sha256 },
    persistence: null,
    pool: null,
    virtual: null,
    notes,
  };
  const s = options.scenario;
  if (!s) return model;

  const vs = s.virtual;
  const p = vs.profiles.persistence;
  if (p) {
    model.persistence = {
      kind: p.type === 'universal' ? 'universal' : 'source-addr',
      name: objectName(`${rule.name}_persist`, 'the persistence profile name'),
      timeout: p.timeout,
      matchAcrossPools: p.matchAcrossPools,
      matchAcrossServices: p.matchAcrossServices,
      matchAcrossVirtuals: p.matchAcrossVirtuals,
    };
  }
  model.pool = {
    name: objectName(baseName(s.pool.name), `the scenario's pool name ${s.pool.name}`),
    lb: s.pool.lb,
    members: s.pool.members.map((m) => ({ ...endpoint(m.address, `the scenario's pool member`), ratio: m.ratio, state: m.state })),
  };
  model.virtual = {
    name: objectName(baseName(vs.name), `the scenario's virtual server name ${vs.name}`),
    ...endpoint(vs.address, `the scenario's virtual server address`),
    profiles: { http: vs.profiles.http, oneconnect: vs.profiles.oneconnect, websocket: vs.profiles.websocket },
  };
  const down = s.pool.members.filter((m) => m.state === 'down').map((m) => m.address);
  if (down.length > 0) notes.push(`member(s) ${down.join(', ')} are "down" in the scenario: that is a monitor state, so they are emitted as enabled`);
  const self = options.ruleFile !== undefined && options.ruleFile !== '-' ? resolve(options.ruleFile) : undefined;
  const others = s.rules.filter((r) => (self !== undefined ? resolve(r) !== self : baseName(r).replace(/\.(tcl|irule|irul)$/i, '') !== rule.name));
  if (others.length > 0) {
    notes.push(`the scenario also attaches ${others.map((r) => baseName(r)).join(', ')}; the virtual server lists only ${rule.name}`);
  }
  if (s.pools.length > 0) notes.push(`the scenario's other pools (${s.pools.map((x) => x.name).join(', ')}) are not emitted`);
  if (Object.keys(s.datagroups).length > 0) notes.push(`the scenario's data groups (${Object.keys(s.datagroups).join(', ')}) are not emitted`);
  if (!vs.profiles.http) notes.push('the scenario has no HTTP profile: the virtual server gets none (HTTP events will not load)');
  return model;
}
