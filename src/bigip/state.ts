// The emulator's per-connection and per-request state, and the host object commands reach
// through `hostOf(interp)` (see host.ts for the part every command may rely on).

import type { Frame } from '../tcl/frame.js';
import type { Interp } from '../tcl/interp.js';
import { hostOf } from './host.js';
import type { BigipHost, ConnectionInfo, DataGroup, HttpRequestState, HttpResponseState, RequestEffects, SimClock } from './host.js';
import type { Member, Pool } from './pool.js';
import type { TableStore } from './table.js';

export interface PersistRequest {
  mode: 'uie' | 'source_addr' | 'hash';
  key: string;
  /** Seconds, or null for the profile's default. */
  timeout: number | null;
}

/** One HTTP request on its way through the virtual server. */
export class Transaction {
  /** Set by `persist uie|source_addr|hash`; 'none' after `persist none`. */
  persist: PersistRequest | 'none' | null = null;
  /** `pool NAME [member ...]` in this request. */
  pool: Pool | null = null;
  member: Member | null = null;
  /** `node ADDR [PORT]`: straight to an address, no pool. */
  node: string | null = null;
  /** The LB outcome: where the request went. */
  selected: Member | null = null;
  selectedPool: Pool | null = null;
  /** `LB::reselect` asked for a new pick after LB_SELECTED/LB_FAILED. */
  reselect = false;
  effects: RequestEffects = { logs: [], hsl: [], inserted: [], removed: [], response: null };
  error: string | null = null;
  /** The request was aborted (Tcl error, reject, drop): nothing more happens to it. */
  aborted = false;
  constructor(readonly seq: number, readonly t: number, readonly request: HttpRequestState) {}
}

/** One client TCP connection. */
export class ConnectionState {
  /** Variables of the connection, shared by every rule on the virtual (BIGIP §1.5). */
  frame: Frame;
  /** Member this connection's server side is attached to (no OneConnect: decided once, §5.1). */
  server: Member | null = null;
  serverPool: Pool | null = null;
  /** The pool a rule chose earlier on this connection stays its pool (§5.3). */
  pool: Pool;
  /** Per rule index: disabled event names, or '*' for all. */
  readonly disabled = new Map<number, Set<string>>();
  /** After a 101 response: WebSocket frames only, no more HTTP_REQUEST (§5.4). */
  upgraded = false;
  /** Reset by BIG-IP after a Tcl error, reject or drop. */
  closed = false;
  /** The newest request on the connection, waiting for its response. */
  current: Transaction | null = null;
  /** What CLIENT_ACCEPTED did, reported with the connection's first request. */
  pendingAccept: Transaction | null = null;
  requests = 0;
  constructor(readonly info: ConnectionInfo, frame: Frame, pool: Pool) {
    this.frame = frame;
    this.pool = pool;
  }
}

export class EmulatorHost implements BigipHost {
  event = '';
  ruleName = '';
  ruleIndex = -1;
  conn: ConnectionInfo | null = null;
  request: HttpRequestState | null = null;
  response: HttpResponseState | null = null;
  effects: RequestEffects | null = null;
  connState: ConnectionState | null = null;
  txn: Transaction | null = null;
  constructor(
    readonly clock: SimClock,
    readonly hostname: string,
    readonly datagroups: Map<string, DataGroup>,
    readonly tables: TableStore,
    readonly emulator: import('./virtual.js').VirtualServer,
  ) {}
}

/** The full emulator state, for commands that steer load balancing and connections. */
export function emulatorOf(interp: Interp): EmulatorHost {
  return hostOf(interp) as EmulatorHost;
}
