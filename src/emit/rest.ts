// iControl REST requests that create the same objects as the tmsh file, in dependency order:
// the rule, the persistence profile (it names the rule), the pool, the virtual server. Field names
// and value forms follow F5's REST API (test/data/icontrol-rest.schema.json cites the sources):
// strings "enabled"/"disabled" for flags, the persistence timeout as a string, member names
// "ADDR:PORT" ("ADDR6.PORT"), destinations as "/P/ADDR:PORT".

import type { DeployModel } from './model.js';
import { addressPort } from './tmsh.js';

export interface RestRequest {
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
}

const onOff = (b: boolean) => (b ? 'enabled' : 'disabled');

export function restRequests(m: DeployModel): RestRequest[] {
  const p = m.partition;
  const rulePath = `/${p}/${m.rule.name}`;
  const out: RestRequest[] = [
    { method: 'POST', path: '/mgmt/tm/ltm/rule', body: { name: m.rule.name, partition: p, apiAnonymous: m.rule.text } },
  ];
  if (m.persistence) {
    const ps = m.persistence;
    const body: Record<string, unknown> = {
      name: ps.name,
      partition: p,
      defaultsFrom: ps.kind === 'universal' ? '/Common/universal' : '/Common/source_addr',
      matchAcrossPools: onOff(ps.matchAcrossPools),
      matchAcrossServices: onOff(ps.matchAcrossServices),
      matchAcrossVirtuals: onOff(ps.matchAcrossVirtuals),
      timeout: String(ps.timeout),
    };
    if (ps.kind === 'universal') body.rule = rulePath;
    out.push({ method: 'POST', path: `/mgmt/tm/ltm/persistence/${ps.kind}`, body });
  }
  if (m.pool) {
    out.push({
      method: 'POST',
      path: '/mgmt/tm/ltm/pool',
      body: {
        name: m.pool.name,
        partition: p,
        loadBalancingMode: m.pool.lb,
        members: m.pool.members.map((x) => ({
          name: addressPort(x),
          partition: p,
          address: x.ip,
          ratio: x.ratio,
          session: x.state === 'disabled' || x.state === 'forced-offline' ? 'user-disabled' : 'user-enabled',
          state: x.state === 'forced-offline' ? 'user-down' : 'user-up',
        })),
      },
    });
  }
  if (m.virtual) {
    const v = m.virtual;
    const profiles = [{ name: '/Common/tcp' }];
    if (v.profiles.http) profiles.push({ name: '/Common/http' });
    if (v.profiles.oneconnect) profiles.push({ name: '/Common/oneconnect' });
    if (v.profiles.websocket) profiles.push({ name: '/Common/websocket' });
    const body: Record<string, unknown> = {
      name: v.name,
      partition: p,
      destination: `/${p}/${addressPort(v)}`,
      ipProtocol: 'tcp',
    };
    if (m.pool) body.pool = `/${p}/${m.pool.name}`;
    body.profiles = profiles;
    if (m.persistence) body.persist = [{ name: m.persistence.name, partition: p, tmDefault: 'yes' }];
    body.rules = [rulePath];
    out.push({ method: 'POST', path: '/mgmt/tm/ltm/virtual', body });
  }
  return out;
}

export function emitRest(m: DeployModel): string {
  return JSON.stringify(restRequests(m), null, 2) + '\n';
}
