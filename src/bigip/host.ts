// What BIG-IP commands see of the emulated box while a rule runs: the simulated clock, the
// current connection, request and event, the shared tables and data groups, and the record of
// what the rule did. The virtual server puts one of these on `interp.host`.

import { TclError } from '../tcl/errors.js';
import type { Interp } from '../tcl/interp.js';

/** Seconds since the scenario started (float). Everything time-based reads this. */
export interface SimClock {
  now(): number;
}

/** A data group (class): string, address or integer keys with optional values. */
export interface DataGroup {
  name: string;
  type: 'string' | 'ip' | 'integer';
  /** In definition order. */
  records: { key: string; value: string }[];
}

export interface HeaderList {
  /** Ordered [name, value] pairs; names keep the case they were sent with. */
  items: [string, string][];
}

export interface HttpRequestState {
  method: string;
  uri: string;
  version: string;
  headers: HeaderList;
  body: string;
}

export interface HttpResponseState {
  status: number;
  headers: HeaderList;
  body: string;
}

/** What a rule did to one request, for the simulation output. */
export interface RequestEffects {
  logs: string[];
  hsl: string[];
  inserted: [string, string][];
  removed: string[];
  /** A response the rule produced itself (HTTP::respond / redirect / reject / drop). */
  response: {
    kind: 'respond' | 'redirect' | 'reject' | 'drop' | 'discard';
    status?: number;
    location?: string;
    body?: string;
    headers?: [string, string][];
    /** BIG-IP closes the client connection after sending it (the client asked, or `-reset`). */
    close?: boolean;
  } | null;
}

export interface ConnectionInfo {
  id: string;
  clientAddr: string;
  clientPort: number;
  localAddr: string;
  localPort: number;
}

/** The emulator state a BIG-IP command may read or change. */
export interface BigipHost {
  clock: SimClock;
  /** Name of the event whose handler is running (HTTP_REQUEST, ...). */
  event: string;
  /** Full path of the running rule, e.g. /Common/ai-stream-pin (for log lines). */
  ruleName: string;
  hostname: string;
  conn: ConnectionInfo | null;
  request: HttpRequestState | null;
  response: HttpResponseState | null;
  effects: RequestEffects | null;
  datagroups: Map<string, DataGroup>;
  /** The `table` store, shared by all connections (and all TMMs). */
  tables: import('./table.js').TableStore;
}

export function hostOf(interp: Interp): BigipHost {
  const h = interp.host as BigipHost | undefined;
  if (!h) throw new TclError('BIG-IP command used outside the emulator', ['IRULE', 'NOHOST']);
  return h;
}

/** The error BIG-IP raises when a command needs context the current event does not have. */
export function notInThisEvent(command: string, event: string): TclError {
  return new TclError(`command is not valid in current event context (${event}): ${command}`, ['IRULE', 'EVENT', command]);
}
