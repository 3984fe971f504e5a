// Sideband connections: connect, send, recv, close (https://clouddocs.f5.com/api/irules/SIDEBAND.html).
// The emulator opens no socket: the far end is a responder the scenario describes (`sideband`, by the
// destination the rule names), so what a rule receives is a fact the scenario gives, never a guess. A rule
// that connects to a destination the scenario does not describe stops with "connect needs sideband[...]".
//
// Documented behaviour reproduced (tmsh reference v13/v16, ltm_rule_command_connect/send/recv.html):
// - connect returns a connection identifier; `-status` holds "connected" (the first element of
//   `connect info -status`, https://clouddocs.f5.com/api/irules/connect_info.html);
// - send returns the number of bytes sent, `-status` "sent";
// - recv returns up to NCHARS bytes (all that is buffered without NCHARS), or stores them in VARNAME and
//   returns their count; `-eol` returns the first line, `-peek` leaves the data buffered; `-status` is
//   "received" when the requested amount arrived, else "closed" (the responder closed after its reply)
//   or "timeout".

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { globMatch } from '../../tcl/strings/glob.js';
import { str } from '../../tcl/value.js';
import { missingFact, type SidebandResponder } from '../facts.js';
import { emulatorOf } from '../state.js';
import { fromBytes, toBytes } from './crypto.js';

interface SidebandConn {
  destination: string;
  responder: SidebandResponder;
  /** Bytes sent since the last reply (what the next reply answers). */
  pending: string;
  /** Reply bytes not read yet. */
  inbox: string;
  /** The responder has replied and closed its end (closeAfterReply). */
  peerClosed: boolean;
}

const connections = new WeakMap<object, { next: number; open: Map<string, SidebandConn> }>();

function table(interp: Interp) {
  const vs = emulatorOf(interp).emulator;
  let t = connections.get(vs);
  if (!t) connections.set(vs, (t = { next: 1, open: new Map() }));
  return t;
}

/** Reads the leading `-opt value` / `-flag` words; returns the options and the remaining words. */
function options(argv: string[], withValue: ReadonlySet<string>, flags: ReadonlySet<string>, usage: string) {
  const opts = new Map<string, string>();
  let i = 0;
  for (; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === '--') {
      i++;
      break;
    }
    if (!w.startsWith('-') || w.length < 2) break;
    if (flags.has(w)) opts.set(w, '');
    else if (withValue.has(w)) {
      if (i + 1 >= argv.length) throw wrongArgs(usage);
      opts.set(w, argv[++i]!);
    } else break;
  }
  return { opts, rest: argv.slice(i) };
}

function lookupResponder(interp: Interp, destination: string): SidebandResponder {
  const vs = emulatorOf(interp).emulator;
  const all = vs.facts.sideband ?? {};
  const partition = vs.partition;
  const full = (d: string) => (d.includes(':') && !d.startsWith('/') ? d : d.startsWith('/') ? d : `/${partition}/${d}`);
  const found = all[destination] ?? Object.entries(all).find(([k]) => full(k) === full(destination))?.[1];
  if (!found) throw missingFact('connect', `sideband["${destination}"] (what that destination replies)`);
  return found;
}

function conn(interp: Interp, cmd: string, id: string): SidebandConn {
  const c = table(interp).open.get(id);
  if (!c) throw new TclError(`${cmd}: no sideband connection "${id}"`, ['IRULE', 'SIDEBAND', cmd]);
  return c;
}

const CONNECT_VALUE = new Set(['-protocol', '-myaddr', '-myport', '-timeout', '-idle', '-tos', '-status']);
const CONNECT_USAGE = 'connect ?-protocol proto? ?-myaddr addr? ?-myport port? ?-timeout ms? ?-idle s? ?-tos tos? ?-status var? destination';

const connect: CommandDef = {
  name: 'connect',
  fn: (interp, argv) => {
    const words = argv.slice(1).map(str);
    if (words[0] === 'info') throw new TclError('not emulated: connect info (the sideband connection\'s addresses and timers are not modelled)', ['IRULE', 'NOT_EMULATED', 'connect info']);
    const { opts, rest } = options(words, CONNECT_VALUE, new Set(), CONNECT_USAGE);
    if (rest.length !== 1) throw wrongArgs(CONNECT_USAGE);
    const protocol = (opts.get('-protocol') ?? 'TCP').toUpperCase();
    if (protocol !== 'TCP' && protocol !== 'UDP') throw new TclError(`connect: unknown protocol "${opts.get('-protocol')}"`, ['IRULE', 'SIDEBAND', 'connect']);
    const destination = rest[0]!;
    const responder = lookupResponder(interp, destination);
    const t = table(interp);
    const id = `sideband${t.next++}`;
    t.open.set(id, { destination, responder, pending: '', inbox: '', peerClosed: false });
    const status = opts.get('-status');
    if (status !== undefined) interp.setVar(status, 'connected');
    return id;
  },
};

const SEND_USAGE = 'send ?-timeout ms? ?-status var? ?--? connection data';

const send: CommandDef = {
  name: 'send',
  fn: (interp, argv) => {
    const { opts, rest } = options(argv.slice(1).map(str), new Set(['-timeout', '-status']), new Set(), SEND_USAGE);
    if (rest.length !== 2) throw wrongArgs(SEND_USAGE);
    const c = conn(interp, 'send', rest[0]!);
    const status = opts.get('-status');
    if (c.peerClosed) {
      if (status !== undefined) interp.setVar(status, 'closed');
      return 0;
    }
    // The data as bytes: a rule's Tcl string goes out as its UTF-8 encoding unless it holds bytes already.
    const bytes = fromBytes(toBytes(rest[1]!));
    c.pending += bytes;
    if (status !== undefined) interp.setVar(status, 'sent');
    return Buffer.byteLength(bytes, 'latin1');
  },
};

/** The responder's reply to what was sent since its last reply: the first entry whose `request` glob fits. */
function answer(c: SidebandConn): void {
  if (c.pending === '' || c.peerClosed) return;
  const entry = c.responder.replies.find((r) => r.request === undefined || globMatch(r.request, c.pending));
  if (!entry) throw missingFact('recv', `sideband["${c.destination}"] (a reply whose request matches ${JSON.stringify(c.pending.slice(0, 80))})`);
  c.inbox += entry.reply;
  c.pending = '';
  if (c.responder.closeAfterReply ?? true) c.peerClosed = true;
}

const RECV_USAGE = 'recv ?-eol? ?-peek? ?-timeout ms? ?-status var? ?numChars? connection ?varname?';

const recv: CommandDef = {
  name: 'recv',
  fn: (interp, argv) => {
    const { opts, rest } = options(argv.slice(1).map(str), new Set(['-timeout', '-status']), new Set(['-eol', '-peek']), RECV_USAGE);
    let want: number | null = null;
    let words = rest;
    if (words.length >= 2 && /^\d+$/.test(words[0]!)) {
      want = Number(words[0]);
      words = words.slice(1);
    }
    if (words.length < 1 || words.length > 2) throw wrongArgs(RECV_USAGE);
    const c = conn(interp, 'recv', words[0]!);
    answer(c);
    let take = c.inbox;
    if (opts.has('-eol')) {
      const nl = take.indexOf('\n');
      if (nl >= 0) take = take.slice(0, nl + 1);
    }
    if (want !== null) take = take.slice(0, want);
    const complete = want !== null ? take.length === want : opts.has('-eol') ? take.endsWith('\n') : take.length > 0;
    if (!opts.has('-peek')) c.inbox = c.inbox.slice(take.length);
    const status = opts.get('-status');
    if (status !== undefined) interp.setVar(status, complete ? 'received' : c.peerClosed ? 'closed' : 'timeout');
    if (words.length === 2) {
      interp.setVar(words[1]!, take);
      return take.length;
    }
    return take;
  },
};

/** close: a sideband connection (https://clouddocs.f5.com/api/irules/close.html); rules have no other channels. */
const close: CommandDef = {
  name: 'close',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('close channelId');
    const id = str(argv[1]!);
    const t = table(interp);
    if (!t.open.has(id)) throw new TclError(`can not find channel named "${id}"`, ['TCL', 'LOOKUP', 'CHANNEL', id]);
    t.open.delete(id);
    return '';
  },
};

export const sidebandCommands: CommandDef[] = [connect, send, recv, close];
