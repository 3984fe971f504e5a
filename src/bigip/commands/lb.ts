// Pool and member selection (docs/bigip-reference.md §5.3): pool, node, LB::server, LB::reselect, LB::status, active_members.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { TclList, str, type Value } from '../../tcl/value.js';
import type { Member, Pool } from '../pool.js';
import { emulatorOf } from '../state.js';

function poolNamed(interp: Interp, name: string): Pool {
  const p = emulatorOf(interp).emulator.findPool(name);
  // A computed pool name that does not exist is a run-time error (§5.3).
  if (!p) throw new TclError(`no such pool: ${name}`, ['IRULE', 'POOL', name]);
  return p;
}

/** `member ADDR PORT`, `member ADDR:PORT`. */
function memberOf(pool: Pool, words: string[]): Member {
  const [addr, port] = words.length >= 2 ? [words[0]!, words[1]!] : (() => {
    const m = /^(.*):(\d+)$/.exec(words[0] ?? '');
    return m ? [m[1]!, m[2]!] : [words[0] ?? '', ''];
  })();
  const m = pool.members.find((x) => x.ip === addr && (port === '' || String(x.port) === port));
  if (!m) throw new TclError(`no such member ${addr}${port ? ':' + port : ''} in pool ${pool.name}`, ['IRULE', 'POOL', 'MEMBER']);
  return m;
}

function select(interp: Interp, words: string[], reselect: boolean): void {
  const h = emulatorOf(interp);
  const txn = h.txn;
  if (!txn) throw new TclError('no request in progress for pool selection', ['IRULE', 'POOL']);
  const pool = poolNamed(interp, words[0]!);
  txn.pool = pool;
  txn.member = null;
  txn.node = null;
  if (words[1] === 'member') txn.member = memberOf(pool, words.slice(2));
  else if (words.length > 1) throw wrongArgs(`${reselect ? 'LB::reselect pool' : 'pool'} name ?member addr ?port??`);
  if (reselect) txn.reselect = true;
}

const pool: CommandDef = {
  name: 'pool',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('pool name ?member addr ?port??');
    select(interp, argv.slice(1).map(str), false);
    return '';
  },
};

/** `member ADDR ?PORT?`: a member of the connection's current pool, whatever its monitor state. */
const member: CommandDef = {
  name: 'member',
  fn: (interp, argv) => {
    if (argv.length < 2 || argv.length > 3) throw wrongArgs('member addr ?port?');
    const h = emulatorOf(interp);
    const txn = h.txn;
    if (!txn) throw new TclError('no request in progress for member selection', ['IRULE', 'POOL']);
    const pool = txn.pool ?? h.connState?.pool ?? h.emulator.pool;
    txn.pool = pool;
    txn.member = memberOf(pool, argv.slice(1).map(str));
    return '';
  },
};

const node: CommandDef = {
  name: 'node',
  fn: (interp, argv) => {
    if (argv.length < 2 || argv.length > 3) throw wrongArgs('node addr ?port?');
    const txn = emulatorOf(interp).txn;
    if (txn) txn.node = argv.length === 3 ? `${str(argv[1]!)}:${str(argv[2]!)}` : str(argv[1]!);
    return '';
  },
};

const reselect: CommandDef = {
  name: 'LB::reselect',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    const txn = emulatorOf(interp).txn;
    if (!txn) return '';
    if (a[0] === 'pool') select(interp, a.slice(1), true);
    else if (a.length === 0) txn.reselect = true;
    else throw new TclError(`not emulated: LB::reselect ${a[0]}`, ['IRULE', 'NOT_EMULATED', 'LB::reselect']);
    return '';
  },
};

const server: CommandDef = {
  name: 'LB::server',
  fn: (interp, argv) => {
    const h = emulatorOf(interp);
    const txn = h.txn;
    const m = txn?.selected ?? h.connState?.server ?? null;
    const p = txn?.selectedPool ?? h.connState?.pool ?? h.emulator.pool;
    if (txn?.node) return argv.length > 1 && str(argv[1]!) === 'addr' ? txn.node.split(':')[0]! : '';
    const what = argv.length > 1 ? str(argv[1]!) : '';
    // Before a selection, LB::server is the pool name only (docs/bigip-reference.md §5.3).
    if (!m) return what === '' || what === 'pool' ? p.name : '';
    switch (what) {
      case '':
        return new TclList([p.name, m.ip, m.port]);
      case 'pool':
        return p.name;
      case 'addr':
        return m.ip;
      case 'port':
        return m.port;
      case 'name':
        return `${m.ip}:${m.port}`;
      case 'ratio':
      case 'weight':
        return m.ratio;
      case 'priority':
        return 0;
      default:
        throw new TclError(`not emulated: LB::server ${what}`, ['IRULE', 'NOT_EMULATED', 'LB::server']);
    }
  },
};

const STATUS: Record<string, string> = { up: 'up', down: 'down', disabled: 'session_disabled', 'forced-offline': 'session_disabled' };

const status: CommandDef = {
  name: 'LB::status',
  fn: (interp, argv) => {
    // LB::status pool P member ADDR PORT  |  LB::status (the current selection)
    const a = argv.slice(1).map(str);
    const h = emulatorOf(interp);
    let m: Member | null | undefined;
    if (a[0] === 'pool') m = memberOf(poolNamed(interp, a[1]!), a.slice(3));
    else m = h.txn?.selected ?? h.connState?.server;
    if (!m) return 'unknown';
    return STATUS[m.state] ?? 'unknown';
  },
};

const activeMembers: CommandDef = {
  name: 'active_members',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    const list = a[0] === '-list';
    const p = poolNamed(interp, list ? a[1]! : a[0]!);
    const up = p.members.filter((m) => m.available);
    return list ? new TclList(up.map((m): Value => new TclList([m.ip, m.port]))) : up.length;
  },
};

const members: CommandDef = {
  name: 'members',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    const list = a[0] === '-list';
    const p = poolNamed(interp, list ? a[1]! : a[0]!);
    return list ? new TclList(p.members.map((m): Value => new TclList([m.ip, m.port]))) : p.members.length;
  },
};

export const lbCommands: CommandDef[] = [pool, member, node, reselect, server, status, activeMembers, members];
