// The emulated virtual server: rules attached in order, events raised in BIG-IP's order
// (docs/bigip-reference.md §2), persistence and load balancing (§4, §5), per-connection variables (§1.5).

import { basename } from 'node:path';
import { parseRuleFile } from '../syntax/irule.js';
import { bodyDepth } from '../syntax/parser.js';
import { isStackOverflow, redoOnDeepStack } from '../host/deep-stack.js';
import { lookupEvent } from '../model/index.js';
import { loadErrors } from './load.js';
import { compileText, evalValue, type Exec } from '../tcl/compile.js';
import { Code, TclError, TclLimitError } from '../tcl/errors.js';
import { Frame, Layout } from '../tcl/frame.js';
import { asmVerdictFor } from './commands/modules.js';
import type { Limits } from '../tcl/interp.js';
import { createInterp, type Interp } from '../tcl/index.js';
import { defineProc } from '../tcl/commands/procs.js';
import type { DataGroupConfig, MemberState, PersistenceProfile, PoolConfig, VirtualConfig } from './config.js';
import { installBigipCommands } from './commands/index.js';
import type { DataGroup, HttpRequestState, SimClock } from './host.js';
import { PersistTable } from './persist.js';
import { Member, Pool, splitAddress } from './pool.js';
import { ConnectionState, EmulatorHost, ServerConnection, Transaction } from './state.js';
import { RAISED_EVENTS, notRaisedReason, type NotRaised } from './raised-events.js';
import { clientAskedToClose } from './http-message.js';
import type { ScenarioFacts } from './facts.js';
import { TableStore } from './table.js';
import { snapshot, unsafeHttpWrite } from './http-values.js';

export interface RuleSource {
  file: string;
  source: string;
  /**
   * false: loaded on the BIG-IP but not attached to this virtual (a library rule). Its procs answer `call` and its
   * RULE_INIT runs, since RULE_INIT runs for every rule the configuration holds; its other events do not run here
   * (docs/behaviour.md "Several rules"). Default true.
   */
  attached?: boolean;
}

export interface VirtualServerOptions {
  virtual: VirtualConfig;
  pool: PoolConfig;
  pools?: PoolConfig[];
  datagroups?: Record<string, DataGroupConfig>;
  hostname?: string;
  rules: RuleSource[];
  clock: SimClock;
  /** Budget of each event handler run, over EMULATOR_LIMITS (a runaway loop is a Tcl error). */
  limits?: Partial<Limits>;
  /** What a rule may read from outside the traffic: TLS session, APM variables, ifiles, SNAT, TMM count. */
  facts?: ScenarioFacts;
}

/** The emulator's default budget per event handler run (docs/tcl.md "Budgets"): far beyond what a
 * real rule needs (BIG-IP rules run in microseconds), small enough that a runaway stops at once. */
const EMULATOR_LIMITS: Partial<Limits> = { maxCommands: 1_000_000, maxMillis: 2_000, maxRegexSteps: 5_000_000 };

/** After a budget error: BIG-IP has no such limit (a runaway rule there stalls TMM), so say whose it is. */
const LIMIT_HINT = '; an irule budget, not a BIG-IP error: raise it with limits: in the scenario or --limit NAME=N';

/** A rule failed to load: BIG-IP would refuse it (01070151). */
export class RuleLoadError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, readonly detail: string) {
    super(`${file}:${line}:${column}: ${detail}`);
  }
}

interface Handler {
  ruleIndex: number;
  ruleName: string;
  priority: number;
  exec: Exec;
}

export type PersistResult = 'new' | 'hit' | 'expired-new' | 'member-down-new' | null;

/** Why a request went where it went, in the output. */
export type Routing =
  | 'persist' // persistence decided (see persist.result)
  | 'lb' // the pool's load-balancing method
  | 'keep-alive' // no OneConnect: the connection's server from its first request (§5.1)
  | 'member' // `pool P member M` chose it
  | 'node' // `node ADDR PORT`
  | 'responded' // the rule answered (HTTP::respond/redirect) or rejected/dropped
  | 'lb-failed' // no member could take it
  | 'virtual' // `virtual NAME` sent it to another virtual server
  | 'error'; // a Tcl error reset the connection

export interface TransactionOutcome {
  txn: Transaction;
  conn: string;
  member: string | null;
  persist: { mode: string; key: string; result: PersistResult; timeout: number } | null;
  routing: Routing;
}

export class VirtualServer {
  readonly interp: Interp;
  readonly host: EmulatorHost;
  readonly pool: Pool;
  readonly pools = new Map<string, Pool>();
  readonly persist: PersistTable;
  readonly profile: PersistenceProfile | null;
  readonly oneconnect: boolean;
  readonly partition: string;
  private readonly layout = new Layout();
  private readonly handlers = new Map<string, Handler[]>();
  private readonly connections = new Map<string, ConnectionState>();
  readonly ruleNames: string[] = [];
  private seq = 0;
  /** Handlers the emulator will never run in this configuration, with the reason (reported, never silent). */
  readonly notRaised: NotRaised[] = [];
  /** OneConnect's idle server-side connections, per member address. */
  private readonly idle = new Map<string, ServerConnection[]>();
  private serverSeq = 0;
  readonly facts: ScenarioFacts;

  constructor(readonly options: VirtualServerOptions) {
    const v = options.virtual;
    this.partition = /^\/([^/]+)\//.exec(v.name)?.[1] ?? 'Common';
    this.profile = v.profiles.persistence;
    this.oneconnect = v.profiles.oneconnect;
    this.persist = new PersistTable(this.profile?.matchAcrossPools ?? false);
    this.pool = Pool.fromConfig(options.pool);
    this.pools.set(options.pool.name, this.pool);
    for (const p of options.pools ?? []) this.pools.set(p.name, Pool.fromConfig(p));
    this.facts = options.facts ?? {};
    const datagroups = new Map<string, DataGroup>();
    for (const [name, dg] of Object.entries(options.datagroups ?? {})) datagroups.set(name, { name, ...dg });
    const hostname = options.hostname ?? 'bigip1';
    this.interp = createInterp({ dialect: 'irule', limits: { ...EMULATOR_LIMITS, ...options.limits }, platform: bigipPlatform(hostname) });
    installBigipCommands(this.interp);
    // static::tcl_platform names the global tcl_platform array: BIG-IP 11.4 moved the array out of static::
    // and F5 fixed that in 13.0.0, 12.1.2 and 11.6.2 (bug 423392: https://cdn.f5.com/product/bugtracker/ID423392.html),
    // so a rule reading $static::tcl_platform(machine) works on the versions the emulator follows (inferred from the fix).
    const platform = this.interp.global.get('tcl_platform');
    platform.linked = true;
    this.interp.nsVars.set('static::tcl_platform', platform);
    // The clock a rule sees: the traffic's time plus what `after MS` made the current request wait.
    const base = options.clock;
    const clock = { now: () => base.now() + (this.host?.txn?.delay ?? 0) };
    this.host = new EmulatorHost(clock, hostname, datagroups, new TableStore(), this);
    this.interp.host = this.host;
    this.interp.onGlobalVar = (name) => this.noteGlobal(name);
    options.rules.forEach((r, i) => this.loadRule(r, i));
    for (const list of this.handlers.values()) list.sort((a, b) => a.priority - b.priority || a.ruleIndex - b.ruleIndex);
    for (const [event, list] of this.handlers) {
      const reason = notRaisedReason(event, this);
      if (reason) for (const rule of new Set(list.map((h) => h.ruleName))) this.notRaised.push({ rule, event, reason });
    }
  }

  /**
   * CMP demotion: a rule that uses a global variable (`::name`, `global name`) makes the virtual server
   * ineligible for CMP, and TMM0 handles all its connections (https://my.f5.com/manage/s/article/K13033,
   * https://clouddocs.f5.com/api/irules/CMPCompatibility.html). The emulator runs one TMM either way
   * (TMM::cmp_unit is 0); the demotion is reported in the summary (`cmp`), with the first use that caused it.
   */
  cmpDemotion: string | null = null;

  private noteGlobal(name: string): void {
    if (this.cmpDemotion !== null || TCL_OWN_GLOBALS.has(name) || !this.host.ruleName) return;
    this.cmpDemotion = `${this.host.ruleName} <${this.host.event}> uses the global variable ::${name}`;
  }

  /** Is there a client SSL profile (the scenario gives the TLS session)? */
  get clientssl(): boolean {
    return this.facts.tls !== undefined;
  }

  /** A pool by name as a rule wrote it (`pool_a` or `/Common/pool_a`). */
  findPool(name: string): Pool | undefined {
    return this.pools.get(name) ?? this.pools.get(`/${this.partition}/${name}`) ?? [...this.pools.values()].find((p) => p.name.replace(/^\/[^/]+\//, '') === name);
  }

  private loadRule(r: RuleSource, index: number): void {
    const parsed = parseRuleFile(r.source);
    // The one load validator lint uses too: whatever lint calls a load failure is refused here.
    const first = loadErrors(parsed, { hasPool: (n) => this.findPool(n) !== undefined })[0];
    if (first) throw new RuleLoadError(r.file, first.loc.start.line, first.loc.start.column, first.message);
    for (const [k, rule] of parsed.rules.entries()) {
      const base = rule.name ?? basename(r.file).replace(/\.(tcl|irule|irul)$/i, '');
      const fullName = base.startsWith('/') ? base : `/${this.partition}/${base}`;
      this.ruleNames.push(fullName);
      const ruleIndex = index * 100 + k;
      const ctx = { interp: this.interp, layout: this.layout, dialect: 'irule' as const, source: r.source, fileName: r.file };
      for (const p of rule.procs) {
        // Procs live in the rule's namespace and are called with `call` (docs/bigip-reference.md §1.2).
        const short = fullName.replace(/^\/[^/]+\//, '');
        try {
          defineProc(this.interp, `${short}::${p.name}`, p.args.raw ?? '', p.body.raw ?? '', p.body.contentStart, r.source);
        } catch (e) {
          // A malformed argument list: the load validator refused it above (load.ts checkSyntax,
          // the same parseParams); this guard keeps any other definition failure a load refusal too.
          if (!(e instanceof TclError)) throw e;
          const at = p.args.loc.start;
          throw new RuleLoadError(r.file, at.line, at.column, `proc ${p.name}: ${e.message}`);
        }
      }
      for (const h of rule.handlers) {
        const events = r.attached === false ? h.events.filter((ev) => ev.name === 'RULE_INIT') : h.events;
        if (events.length === 0) continue;
        const exec = compileText(h.body.raw ?? '', ctx, h.body.contentStart, bodyDepth(h.body));
        for (const ev of events) {
          const list = this.handlers.get(ev.name) ?? [];
          list.push({ ruleIndex, ruleName: fullName, priority: h.priority ?? rule.priority ?? 500, exec });
          this.handlers.set(ev.name, list);
        }
      }
    }
  }

  /**
   * The level-0 frame an event's handlers run in (RULE_INIT's, or a connection's). F5's documented
   * workaround for rules that read static::tcl_platform (bug 423392, K14544:
   * https://cdn.f5.com/product/bugtracker/ID423392.html) is `upvar #0 tcl_platform static::tcl_platform`,
   * in RULE_INIT or in a proc an event calls: level #0 reaches the global tcl_platform array.
   */
  private eventFrame(): Frame {
    const frame = new Frame(this.layout, 0, null, null);
    frame.link('tcl_platform', this.interp.global.get('tcl_platform'));
    return frame;
  }

  /** RULE_INIT runs once when the configuration loads (§2.1). Returns its log lines. */
  init(): string[] {
    const txn = new Transaction(0, this.host.clock.now(), { method: '', uri: '', version: '1.1', headers: { items: [] }, body: '' });
    this.host.txn = txn;
    this.host.effects = txn.effects;
    const frame = this.eventFrame();
    this.runEvent('RULE_INIT', null, frame);
    this.host.effects = null;
    return [...txn.effects.logs, ...(txn.error ? [txn.error] : [])];
  }

  // ---- events --------------------------------------------------------------------------------------

  /** Runs every handler of `event` in priority order; stops at a Tcl error (the connection is reset, §2.4). */
  private runEvent(event: string, conn: ConnectionState | null, frame: Frame): void {
    const list = this.handlers.get(event);
    if (!list) return;
    const interp = this.interp;
    const host = this.host;
    const side = lookupEvent(event)?.side === 'server' ? 'server' : 'client';
    // HTTP::disable: the HTTP filter is in passthrough mode and raises no HTTP_* event until HTTP::enable;
    // ASM::disable: no ASM_* event. Decided when the event starts (its later handlers still run).
    if (conn && ((conn.httpDisabled && event.startsWith('HTTP_')) || (conn.asmDisabled && event.startsWith('ASM_')))) return;
    for (const h of list) {
      host.side = side;
      if (conn) {
        const off = conn.disabled.get(h.ruleIndex);
        if (off && (off.has('*') || off.has(event))) continue;
      }
      host.event = event;
      host.ruleName = h.ruleName;
      host.ruleIndex = h.ruleIndex;
      interp.frame = frame;
      interp.beginRun();
      interp.signal = Code.OK;
      try {
        h.exec(interp);
        interp.signal = Code.OK; // `return` ends this rule's handler only (§2.3)
      } catch (e) {
        interp.signal = Code.OK;
        // Out of stack inside withDeepStack: the whole run is redone on the deep-stack thread.
        if (isStackOverflow(e) && redoOnDeepStack()) throw e;
        const msg = e instanceof TclError ? e.message : `irule internal error (please report it as a bug): ${e instanceof Error ? e.message : String(e)}`;
        const txn = host.txn;
        if (txn) {
          txn.error = `01220001:3: TCL error: ${h.ruleName} <${event}> - ${msg}${e instanceof TclLimitError ? LIMIT_HINT : ''}`;
          txn.aborted = true;
        }
        if (conn) conn.closed = true;
        return;
      }
      if (host.txn?.aborted && (host.txn.effects.response?.kind === 'reject' || host.txn.effects.response?.kind === 'drop')) {
        // reject/drop do not end the handler (§2.3), but later rules' handlers do not run on a dead connection.
        if (conn) conn.closed = true;
      }
      if (host.afterQueue.length > 0) this.runAfterScripts(h, event, conn, frame);
    }
  }

  /** `after 0 SCRIPT`: the scripts a handler queued run when it ends, in its context (https://clouddocs.f5.com/api/irules/after.html). */
  private runAfterScripts(h: Handler, event: string, conn: ConnectionState | null, frame: Frame): void {
    const interp = this.interp;
    const host = this.host;
    for (let n = 0; host.afterQueue.length > 0 && n < 100; n++) {
      const job = host.afterQueue.shift()!;
      host.event = event;
      host.ruleName = h.ruleName;
      host.ruleIndex = h.ruleIndex;
      interp.frame = frame;
      interp.beginRun();
      try {
        evalValue(interp, job.script);
      } catch (e) {
        const msg = e instanceof TclError ? e.message : String(e);
        if (host.txn) {
          host.txn.error = `01220001:3: TCL error: ${h.ruleName} <${event}> - ${msg}`;
          host.txn.aborted = true;
        }
        if (conn) conn.closed = true;
        host.afterQueue.length = 0;
        return;
      } finally {
        interp.signal = Code.OK;
      }
    }
    host.afterQueue.length = 0;
  }

  private connection(id: string, client: string, t: number): ConnectionState {
    let conn = this.connections.get(id);
    if (conn && !conn.closed) return conn;
    if (conn) this.release(conn);
    const { ip, port } = splitAddress(client);
    const local = splitAddress(this.options.virtual.address);
    conn = new ConnectionState(
      { id, clientAddr: ip, clientPort: port, localAddr: local.ip, localPort: local.port },
      this.eventFrame(),
      this.pool,
    );
    this.connections.set(id, conn);
    this.host.conn = conn.info;
    this.host.connState = conn;
    const txn = new Transaction(-1, t, { method: '', uri: '', version: '1.1', headers: { items: [] }, body: '' });
    this.host.txn = txn;
    this.host.effects = txn.effects;
    this.host.request = null;
    this.host.response = null;
    // FLOW_INIT runs once per new flow, before CLIENT_ACCEPTED, in the same connection context
    // (https://clouddocs.f5.com/api/irules/FLOW_INIT.html).
    this.runEvent('FLOW_INIT', conn, conn.frame);
    if (!txn.aborted && !conn.closed) this.runEvent('CLIENT_ACCEPTED', conn, conn.frame);
    // With a client SSL profile the handshake follows the TCP accept (ClientHello, the client's certificate
    // message when it sends one, then the completed handshake):
    // https://clouddocs.f5.com/api/irules/CLIENTSSL_CLIENTHELLO.html, https://clouddocs.f5.com/api/irules/CLIENTSSL_CLIENTCERT.html,
    // https://clouddocs.f5.com/api/irules/CLIENTSSL_HANDSHAKE.html
    if (this.clientssl && !conn.sslDisabled && !txn.aborted && !conn.closed) this.runEvent('CLIENTSSL_CLIENTHELLO', conn, conn.frame);
    if (this.facts.tls?.clientCertificate && !conn.sslDisabled && !txn.aborted && !conn.closed) this.runEvent('CLIENTSSL_CLIENTCERT', conn, conn.frame);
    if (this.clientssl && !conn.sslDisabled && !txn.aborted && !conn.closed) this.runEvent('CLIENTSSL_HANDSHAKE', conn, conn.frame);
    conn.pendingAccept = txn;
    return conn;
  }

  /** Point the host at a connection and transaction before running its events. */
  private enter(conn: ConnectionState, txn: Transaction, response: import('./host.js').HttpResponseState | null): void {
    const host = this.host;
    host.conn = conn.info;
    host.connState = conn;
    host.txn = txn;
    host.request = txn.request;
    host.response = response;
    host.effects = txn.effects;
  }

  /**
   * A client request: CLIENT_ACCEPTED (new connection), HTTP_REQUEST, HTTP_REQUEST_DATA (after HTTP::collect),
   * load balancing with LB_SELECTED/LB_FAILED, then the server side: SERVER_CONNECTED (a new server connection),
   * HTTP_REQUEST_SEND, HTTP_REQUEST_RELEASE.
   */
  request(connId: string, client: string, t: number, req: HttpRequestState): TransactionOutcome {
    const conn = this.connection(connId, client, t);
    const txn = new Transaction(++this.seq, t, req);
    // What CLIENT_ACCEPTED logged or failed belongs to the connection's first request.
    const accepted = conn.pendingAccept;
    conn.pendingAccept = null;
    if (accepted) {
      txn.effects.logs.push(...accepted.effects.logs);
      txn.effects.hsl.push(...accepted.effects.hsl);
      if (accepted.error) {
        txn.error = accepted.error;
        txn.aborted = true;
      }
      if (accepted.effects.response) txn.effects.response = accepted.effects.response;
    }
    conn.current = txn;
    conn.requests++;
    this.enter(conn, txn, null);
    if (conn.upgraded) {
      txn.error = 'irule: HTTP request on a connection already upgraded to WebSocket (docs/behaviour.md "Persistence and load balancing"): no HTTP_REQUEST is raised';
      txn.aborted = true;
      return this.outcome(txn, conn, null, null, 'error');
    }
    if (conn.tcpCollect && !txn.aborted && !conn.closed) {
      // TCP::collect: CLIENT_DATA sees the request's bytes before HTTP parses them (https://clouddocs.f5.com/api/irules/CLIENT_DATA.html).
      conn.tcpPayload = requestBytes(req);
      this.runEvent('CLIENT_DATA', conn, conn.frame);
      conn.tcpPayload = '';
    }
    const sent = snapshot(req.headers, req.uri);
    if (!txn.aborted && !conn.closed) this.runEvent('HTTP_REQUEST', conn, conn.frame);
    // HTTP::collect in HTTP_REQUEST: the traffic carries the whole body, so HTTP_REQUEST_DATA follows at once
    // (https://clouddocs.f5.com/api/irules/HTTP__collect.html).
    if (!txn.error && !txn.aborted && !txn.effects.response && txn.collect.request) {
      txn.collect.request = false;
      this.runEvent('HTTP_REQUEST_DATA', conn, conn.frame);
    }
    if (!txn.error && !txn.aborted && !txn.effects.response && !conn.closed) this.runAsm(txn, conn);
    if (!txn.error) txn.error = unsafeHttpWrite(txn.effects, txn.request.headers, sent, txn.request.uri);
    if (txn.error) return this.outcome(txn, conn, null, null, 'error');
    if (txn.effects.response || txn.aborted || conn.closed) return this.responded(txn, conn);
    if (txn.virtualTarget) return this.outcome(txn, conn, null, null, 'virtual');
    const out = this.loadBalance(txn, conn);
    if (out.routing === 'lb-failed' && txn.fallback && !txn.effects.response) {
      // The HTTP profile's fallback host (HTTP::fallback): the client is redirected there.
      txn.effects.response = { kind: 'redirect', status: 302, location: txn.fallback };
      return this.responded(txn, conn, { ...out, routing: 'responded' });
    }
    const member = out.routing === 'error' || out.routing === 'responded' || out.routing === 'lb-failed' ? null : (txn.selected ?? conn.server);
    if (out.routing === 'responded') return this.responded(txn, conn, out);
    if (!member) return out;
    return this.forward(txn, conn, member, out);
  }

  /**
   * The security policy's request events, after HTTP_REQUEST (and HTTP_REQUEST_DATA) and before load
   * balancing: ASM_REQUEST_DONE for every request in normal mode, ASM_REQUEST_VIOLATION for a request with
   * violations in compatibility mode (https://clouddocs.f5.com/api/irules/ASM_REQUEST_DONE.html,
   * https://clouddocs.f5.com/api/irules/ASM_REQUEST_VIOLATION.html). The verdict is the scenario's.
   */
  private runAsm(txn: Transaction, conn: ConnectionState): void {
    const asm = this.facts.asm;
    if (!asm || conn.asmDisabled || conn.httpDisabled) return;
    txn.asm = asmVerdictFor(asm, txn.request.method, txn.request.uri);
    if (asm.mode === 'normal') this.runEvent('ASM_REQUEST_DONE', conn, conn.frame);
    else if (txn.asm.status !== 'Clear') this.runEvent('ASM_REQUEST_VIOLATION', conn, conn.frame);
  }

  /** A response BIG-IP generated (HTTP::respond, redirect) or a reject/drop: closes the connection when asked. */
  private responded(txn: Transaction, conn: ConnectionState, out?: TransactionOutcome): TransactionOutcome {
    const o = out ?? this.outcome(txn, conn, null, null, 'responded');
    const r = txn.effects.response;
    if (r && (r.kind === 'respond' || r.kind === 'redirect') && (r.close || conn.closeAfterResponse)) this.closeClient(conn, txn);
    return o;
  }

  /**
   * The server side of a request that goes to `member`: a new server connection raises SERVER_CONNECTED
   * (https://clouddocs.f5.com/api/irules/SERVER_CONNECTED.html), then HTTP_REQUEST_SEND and HTTP_REQUEST_RELEASE
   * run on the server side (https://clouddocs.f5.com/api/irules/HTTP_REQUEST_SEND.html,
   * https://clouddocs.f5.com/api/irules/HTTP_REQUEST_RELEASE.html).
   */
  private forward(txn: Transaction, conn: ConnectionState, member: Member, out: TransactionOutcome): TransactionOutcome {
    let sc = conn.serverConn;
    if (sc && sc.member !== member) {
      this.closeServer(conn, txn); // a different member: the old server connection ends (LB::detach semantics)
      sc = null;
    }
    if (!sc) {
      const reuse = this.oneconnect ? this.idle.get(member.address)?.pop() : undefined;
      sc = reuse ?? new ServerConnection(++this.serverSeq, member, this.snatAddress(conn), conn.info.clientPort);
      conn.serverConn = sc;
      if (!reuse) this.runEvent('SERVER_CONNECTED', conn, conn.frame);
    }
    for (const ev of ['HTTP_REQUEST_SEND', 'HTTP_REQUEST_RELEASE']) {
      if (txn.error || txn.aborted || conn.closed) break;
      this.runEvent(ev, conn, conn.frame);
    }
    if (txn.error) return { ...out, member: null, routing: 'error' };
    if (txn.effects.response || txn.aborted) return this.responded(txn, conn, { ...out, member: null, routing: 'responded' });
    return out;
  }

  /** Source address of server-side flows: the SNAT address the scenario gives, else the client's own (no SNAT). */
  private snatAddress(conn: ConnectionState): string {
    return this.facts.snat ?? conn.info.clientAddr;
  }

  /** The server side closes: SERVER_CLOSED runs (https://clouddocs.f5.com/api/irules/SERVER_CLOSED.html). */
  private closeServer(conn: ConnectionState, txn: Transaction): void {
    if (!conn.serverConn) return;
    this.enter(conn, txn, null);
    this.runEvent('SERVER_CLOSED', conn, conn.frame);
    conn.serverConn = null;
  }

  /** BIG-IP closes the client connection (after a response the client asked to be the last): CLIENT_CLOSED. */
  private closeClient(conn: ConnectionState, txn: Transaction): void {
    if (!this.oneconnect) this.closeServer(conn, txn);
    else this.detachServer(conn);
    this.enter(conn, txn, null);
    if (!conn.closed) this.runEvent('CLIENT_CLOSED', conn, conn.frame);
    conn.closed = true;
    this.release(conn);
    this.connections.delete(conn.info.id);
  }

  /** OneConnect: the server connection goes back to the idle pool (ONECONNECT::detach, default enabled). */
  private detachServer(conn: ConnectionState): void {
    const sc = conn.serverConn;
    if (!sc) return;
    conn.serverConn = null;
    const list = this.idle.get(sc.member.address) ?? [];
    list.push(sc);
    this.idle.set(sc.member.address, list);
  }

  private outcome(txn: Transaction, conn: ConnectionState, member: Member | null, persist: TransactionOutcome['persist'], routing: Routing): TransactionOutcome {
    return { txn, conn: conn.info.id, member: member?.address ?? txn.node ?? null, persist, routing };
  }

  // ---- load balancing ------------------------------------------------------------------------------

  private loadBalance(txn: Transaction, conn: ConnectionState): TransactionOutcome {
    const now = this.host.clock.now();
    // A pool chosen by a rule becomes the connection's pool (§5.3).
    const poolChanged = txn.pool !== null && txn.pool !== conn.pool;
    if (txn.pool) conn.pool = txn.pool;
    const pool = conn.pool;
    if (txn.node) {
      const { ip, port } = splitAddress(txn.node.includes(':') && !txn.node.startsWith('[') && txn.node.split(':').length === 2 ? txn.node : `${txn.node}:0`);
      // `node ADDR` without a port keeps the port the client connected to.
      const nodeMember = new Member(txn.node, ip, port || splitAddress(this.options.virtual.address).port, 1, 'up');
      txn.selected = nodeMember;
      this.runEvent('LB_SELECTED', conn, conn.frame);
      if (txn.effects.response && !txn.error) return this.outcome(txn, conn, null, null, 'responded');
      return this.outcome(txn, conn, null, null, txn.error || txn.aborted ? 'error' : 'node');
    }
    // Without OneConnect the decision was made at the connection's first request (§5.1), unless the
    // server went down (its connection is gone) or a rule picked another pool (docs/bigip-reference.md §5.3).
    if (!this.oneconnect && conn.server && !poolChanged && txn.member === null && conn.server.state !== 'down') {
      txn.selected = conn.server;
      txn.selectedPool = conn.serverPool;
      return this.outcome(txn, conn, conn.server, this.persistEcho(txn, null), 'keep-alive');
    }
    let routing: Routing = 'lb';
    let member: Member | null = null;
    let persistOut: TransactionOutcome['persist'] = null;
    let lookupResult: PersistResult = null;
    const p = txn.persist;
    if (txn.member) {
      member = txn.member; // an explicit member ignores its monitor state (§5.3)
      routing = 'member';
    } else if (p && p !== 'none' && this.profileFor(p.mode)) {
      const timeout = p.timeout ?? this.profile!.timeout;
      const found = this.persist.lookup(p.mode, p.key, pool.name, now);
      let result: PersistResult;
      if (found.kind === 'hit') {
        const m = pool.find(found.record.member);
        if (m && m.takesPersistent) {
          member = m;
          found.record.lastUsed = now; // the idle timer restarts on every hit (§4.3)
          found.record.timeout = timeout;
          result = 'hit';
          routing = 'persist';
        } else {
          this.runEvent('PERSIST_DOWN', conn, conn.frame);
          if (txn.aborted) return this.outcome(txn, conn, null, null, 'error');
          result = 'member-down-new';
        }
      } else result = found.kind === 'expired' ? 'expired-new' : 'new';
      if (!member) member = pool.pick();
      if (member && result !== 'hit') this.persist.set(p.mode, p.key, pool.name, member.address, timeout, now);
      lookupResult = result;
      persistOut = { mode: p.mode, key: p.key, result: member ? result : null, timeout };
    } else {
      member = pool.pick();
    }
    txn.selected = member;
    txn.selectedPool = pool;
    let recordPool: Pool | null = persistOut && member && lookupResult !== 'hit' ? pool : null;
    // LB_SELECTED / LB_FAILED, with LB::reselect (bounded: BIG-IP has no limit, a rule must count, §3.3).
    for (let attempt = 0; attempt < 10; attempt++) {
      txn.reselect = false;
      this.runEvent(member ? 'LB_SELECTED' : 'LB_FAILED', conn, conn.frame);
      if (txn.error || txn.aborted) return this.outcome(txn, conn, null, persistOut, txn.error ? 'error' : 'responded');
      if (txn.effects.response) return this.outcome(txn, conn, null, persistOut, 'responded');
      if (!txn.reselect) break;
      const again = txn.pool ?? pool;
      member = txn.member ?? again.pick();
      txn.selected = member;
      txn.selectedPool = again;
      routing = txn.member ? 'member' : 'lb';
      // A record this decision creates names the member the request finally goes to (§4.2).
      if (persistOut && p && p !== 'none' && lookupResult !== 'hit' && member) {
        if (recordPool && recordPool !== again) this.persist.delete(p.mode, p.key, recordPool.name);
        this.persist.set(p.mode, p.key, again.name, member.address, persistOut.timeout, now);
        recordPool = again;
        persistOut.result = lookupResult;
      }
    }
    if (!member) return this.outcome(txn, conn, null, persistOut, 'lb-failed');
    this.attach(conn, member, txn.selectedPool ?? pool);
    return this.outcome(txn, conn, member, persistOut, routing);
  }

  /** The persist request shown for a request that reused the connection's server (no lookup made). */
  private persistEcho(txn: Transaction, result: PersistResult): TransactionOutcome['persist'] {
    const p = txn.persist;
    if (!p || p === 'none' || !this.profileFor(p.mode)) return null;
    return { mode: p.mode, key: p.key, result, timeout: p.timeout ?? this.profile!.timeout };
  }

  private profileFor(mode: string): boolean {
    if (!this.profile) return false;
    return mode === 'source_addr' ? this.profile.type === 'source_addr' || this.profile.type === 'universal' : true;
  }

  private attach(conn: ConnectionState, member: Member, pool: Pool): void {
    if (conn.server === member) return;
    if (conn.server) conn.server.connections--;
    conn.server = member;
    conn.serverPool = pool;
    member.connections++;
  }

  private release(conn: ConnectionState): void {
    if (conn.server) conn.server.connections--;
    conn.server = null;
  }

  // ---- responses, closes, member states ------------------------------------------------------------

  /**
   * The server's response to the newest request on `connId`: HTTP_RESPONSE, HTTP_RESPONSE_DATA after
   * HTTP::collect, HTTP_RESPONSE_RELEASE. Then OneConnect detaches the server side; a `Connection: close`
   * from the server ends it (SERVER_CLOSED); a client that asked to close is closed (CLIENT_CLOSED).
   */
  response(connId: string, status: number, headers: [string, string][], body: string): Transaction | null {
    const conn = this.connections.get(connId);
    const txn = conn?.current;
    if (!conn || !txn || txn.effects.response || txn.aborted || !txn.selected) return txn ?? null;
    const response = { status, headers: { items: headers.map(([n, v]): [string, string] => [n, v]) }, body };
    this.enter(conn, txn, response);
    txn.serverResponse = response;
    const served = snapshot(response.headers, null);
    this.runEvent('HTTP_RESPONSE', conn, conn.frame);
    if (!txn.error && !txn.aborted && !txn.effects.response && txn.collect.response) {
      txn.collect.response = false;
      this.runEvent('HTTP_RESPONSE_DATA', conn, conn.frame);
    }
    if (!txn.error && !txn.aborted) this.runEvent('HTTP_RESPONSE_RELEASE', conn, conn.frame);
    if (!txn.error) txn.error = unsafeHttpWrite(txn.effects, response.headers, served, null);
    if (!txn.error && !txn.aborted && conn.stream.enabled) txn.streamed = streamRewrite(response.body, conn.stream.expressions);
    if (status === 101) conn.upgraded = true;
    const serverCloses = /(^|,)\s*close\s*(,|$)/i.test(headers.filter(([n]) => n.toLowerCase() === 'connection').map(([, v]) => v).join(','));
    if (conn.serverConn && (serverCloses || conn.serverConn.closing)) this.closeServer(conn, txn);
    if (this.oneconnect && !conn.upgraded) {
      this.detachServer(conn);
      this.release(conn); // OneConnect detaches the server side after each response
    }
    if (!conn.closed && (conn.closeAfterResponse || clientAskedToClose(txn.request))) this.closeClient(conn, txn);
    this.host.response = null;
    return txn;
  }

  /** The client closed the connection: SERVER_CLOSED for an attached server side, then CLIENT_CLOSED. */
  close(connId: string): string[] {
    const conn = this.connections.get(connId);
    if (!conn) return [];
    const host = this.host;
    const txn = conn.current ?? new Transaction(-1, host.clock.now(), { method: '', uri: '', version: '1.1', headers: { items: [] }, body: '' });
    const before = txn.effects.logs.length;
    this.enter(conn, txn, null);
    host.request = conn.current?.request ?? null;
    if (!conn.closed) {
      // Without OneConnect (or on an upgraded WebSocket) the server side belongs to this client connection.
      if (!this.oneconnect || conn.upgraded) this.closeServer(conn, txn);
      else this.detachServer(conn);
      this.runEvent('CLIENT_CLOSED', conn, conn.frame);
    }
    this.release(conn);
    this.connections.delete(connId);
    return txn.effects.logs.slice(before);
  }

  setMemberState(address: string, state: MemberState): boolean {
    let found = false;
    for (const p of this.pools.values()) {
      const m = p.find(address);
      if (m) {
        m.state = state;
        found = true;
      }
    }
    return found;
  }

  /** Open client connections per member their latest request went to (for load-over-time charts). */
  connectionsByMember(): Map<string, number> {
    const out = new Map<string, number>();
    for (const c of this.connections.values()) {
      const m = c.current?.selected?.address ?? c.server?.address;
      if (m && !c.closed) out.set(m, (out.get(m) ?? 0) + 1);
    }
    return out;
  }

  get openConnections(): number {
    return this.connections.size;
  }

  /** Members and their state, for reports. */
  members(): Member[] {
    return this.pool.members;
  }
}

/** The request as bytes on the wire (request line, headers, body), what TCP::payload shows in CLIENT_DATA. */
function requestBytes(req: HttpRequestState): string {
  const v = req.version === '2' || req.version === '3' ? '1.1' : req.version;
  return `${req.method} ${req.uri} HTTP/${v}\r\n${req.headers.items.map(([n, x]) => `${n}: ${x}\r\n`).join('')}\r\n${req.body}`;
}

/** The stream filter's rewrites (the replacement is literal text); null when nothing changed. */
function streamRewrite(body: string, exprs: { search: RegExp; replace: string | null }[]): string | null {
  let out = body;
  for (const e of exprs) if (e.replace !== null) out = out.replace(e.search, () => e.replace!);
  return out === body ? null : out;
}

export { Transaction };

/** Tcl's own globals (the interpreter sets them; F5's CMP rules are about a rule's variables). */
const TCL_OWN_GLOBALS: ReadonlySet<string> = new Set(['tcl_platform', 'tcl_version', 'tcl_patchLevel', 'tcl_precision', 'errorInfo', 'errorCode', 'env']);

/**
 * `tcl_platform` as an iRule sees it on BIG-IP 21.1 (measured: the public measurements
 * https://github.com/bitwisecook/tcl-lsp/blob/main/docs/design/bigip-irule-parser-measurements.md §4, cited in docs/tcl.md): TMM fabricates it,
 * with `os` BIG-IP, `machine` the host name, `wordSize` 8 and `tmmVersion` 26. The measurement
 * counts 7 keys but names only these; the others are left out rather than guessed.
 */
function bigipPlatform(hostname: string): Record<string, string> {
  return { machine: hostname, os: 'BIG-IP', tmmVersion: '26', wordSize: '8' };
}
