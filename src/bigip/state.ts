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
import type { AsmVerdict } from './facts.js';

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
  /** `virtual NAME`: the request was sent to another virtual server. */
  virtualTarget: string | null = null;
  /** The response body after the stream filter's rewrites, when they changed it. */
  streamed: string | null = null;
  /** HTTP::fallback: redirect here when no member can take the request. */
  fallback: string | null = null;
  /** HTTP::collect was called on the request or the response: the *_DATA event follows. */
  collect = { request: false, response: false };
  /** The server's response as it arrived (HTTP::respond in HTTP_RESPONSE replaces what the client gets). */
  serverResponse: HttpResponseState | null = null;
  /** Seconds `after MS` made this request wait: the clock the rule sees runs this far ahead of the traffic. */
  delay = 0;
  /** The security policy's verdict on the request (the scenario's asm.verdicts), set before ASM_REQUEST_DONE. */
  asm: AsmVerdict | null = null;
  constructor(readonly seq: number, readonly t: number, readonly request: HttpRequestState) {}
}

/**
 * One server-side TCP connection to a pool member. Without OneConnect it belongs to one client
 * connection for its life; with OneConnect it returns to an idle pool after each response and a later
 * request to the same member may reuse it (no SERVER_CONNECTED then): ONECONNECT::reuse, ONECONNECT::detach
 * (https://clouddocs.f5.com/api/irules/ONECONNECT__reuse.html).
 */
export class ServerConnection {
  /** Closed by BIG-IP after a Connection: close response or HTTP::close in HTTP_RESPONSE. */
  closing = false;
  constructor(
    readonly id: number,
    readonly member: Member,
    /** Source address and port of the server-side flow: the SNAT address, or the client's when no SNAT. */
    readonly localAddr: string,
    readonly localPort: number,
  ) {}
}

/** One client TCP connection. */
export class ConnectionState {
  /** Variables of the connection, shared by every rule on the virtual (docs/bigip-reference.md §1.5). */
  frame: Frame;
  /** Member this connection's server side is attached to (no OneConnect: decided once, §5.1). */
  server: Member | null = null;
  serverPool: Pool | null = null;
  /** The attached server-side TCP connection, if any. */
  serverConn: ServerConnection | null = null;
  /** HTTP::close in HTTP_REQUEST, or a client that asked for it: the connection ends after the response. */
  closeAfterResponse = false;
  /** SSL::disable clientside: no TLS on this connection (no CLIENTSSL_* events, no SSL:: facts). */
  sslDisabled = false;
  /** STREAM::expression / enable / disable: literal rewrites of the response body. */
  stream: { enabled: boolean; expressions: { search: RegExp; replace: string | null }[] } = { enabled: false, expressions: [] };
  /** TCP::collect: CLIENT_DATA runs with the next request's bytes. */
  tcpCollect = false;
  /** The bytes TCP::payload returns while CLIENT_DATA runs. */
  tcpPayload = '';
  /** The pool a rule chose earlier on this connection stays its pool (§5.3). */
  pool: Pool;
  /** Per rule index: disabled event names, or '*' for all. */
  readonly disabled = new Map<number, Set<string>>();
  /** After a 101 response: WebSocket frames only, no more HTTP_REQUEST (§5.4). */
  upgraded = false;
  /** HTTP::disable: the HTTP filter passes bytes through, no HTTP_* event runs until HTTP::enable. */
  httpDisabled = false;
  /** ASM::disable: no ASM_* event on this connection until ASM::enable (https://clouddocs.f5.com/api/irules/ASM__disable.html). */
  asmDisabled = false;
  /** Names `sharedvar` already read from the scenario's sharedvars on this connection (read once). */
  readonly sharedvarsRead = new Set<string>();
  /** ECA::enable / ECA::select: the authentication plugin runs on the connection's requests. */
  eca: { enabled: boolean; selected: string[] } = { enabled: false, selected: [] };
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
  /** `after 0 SCRIPT`: scripts to run when the running handler ends, with their ids. */
  readonly afterQueue: { id: string; script: string }[] = [];
  afterSeq = 0;
  /** Which side of the proxy the running event is on (changed by `clientside`/`serverside` too). */
  side: 'client' | 'server' = 'client';
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
