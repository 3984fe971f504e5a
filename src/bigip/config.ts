// The emulated BIG-IP's configuration: the virtual server, its pools and data groups, as a scenario file
// gives them (docs/formats.md "Scenario file"). The scenario loader (src/sim) builds these; the emulator reads them.

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
