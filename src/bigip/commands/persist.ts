// persist (docs/bigip-reference.md §4): the persistence request of the current transaction, and direct table access.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef } from '../../tcl/interp.js';
import { getSmallInt } from '../../tcl/numbers.js';
import { TclList, str, toList, type Value } from '../../tcl/value.js';
import { notInThisEvent } from '../host.js';
import { emulatorOf } from '../state.js';

const MODES = new Set(['uie', 'universal', 'source_addr', 'hash']);

function mode(m: string): 'uie' | 'source_addr' | 'hash' {
  return m === 'universal' ? 'uie' : (m as 'uie' | 'source_addr' | 'hash');
}

/** `{ key any virtual }` list-form keys: the key is the first element. */
function keyOf(v: Value): string {
  const s = str(v);
  if (s.startsWith('{') || /\s(any|pool)\s/.test(s)) {
    try {
      return str(toList(s)[0] ?? '');
    } catch {
      return s;
    }
  }
  return s;
}

function timeoutArg(v: Value | undefined): number | null {
  if (v === undefined) return null;
  const s = str(v);
  if (s === 'indefinite') return 0;
  return getSmallInt(s);
}

export const persistCommand: CommandDef = {
  name: 'persist',
  fn: (interp, argv) => {
    const h = emulatorOf(interp);
    const vs = h.emulator;
    if (argv.length < 2) throw wrongArgs('persist mode ?args?');
    const sub = str(argv[1]!);
    const a = argv.slice(2);
    const now = h.clock.now();
    switch (sub) {
      case 'none':
        if (h.txn) h.txn.persist = 'none';
        return '';
      case 'uie':
      case 'universal':
      case 'hash':
        if (a.length < 1 || a.length > 2) throw wrongArgs(`persist ${sub} key ?timeout?`);
        if (!h.txn || !h.request) throw notInThisEvent(`persist ${sub}`, h.event);
        h.txn.persist = { mode: mode(sub), key: keyOf(a[0]!), timeout: timeoutArg(a[1]) };
        return '';
      case 'source_addr': {
        if (!h.txn || !h.conn) throw notInThisEvent('persist source_addr', h.event);
        // persist source_addr ?mask? ?timeout?
        const nums = a.map(str);
        const timeout = nums.find((x) => /^\d+$/.test(x));
        h.txn.persist = { mode: 'source_addr', key: h.conn.clientAddr, timeout: timeout === undefined ? null : Number(timeout) };
        return '';
      }
      case 'add': {
        // persist add uie KEY ?timeout?: a record for the member already selected (response events).
        const m = str(a[0] ?? '');
        if (!MODES.has(m) || a.length < 2) throw wrongArgs('persist add mode key ?timeout?');
        const member = h.txn?.selected ?? h.connState?.server;
        const pool = h.txn?.selectedPool ?? h.connState?.serverPool;
        if (!member || !pool) throw new TclError('Prerequisite operation not in progress', ['IRULE', 'PERSIST', 'NOSELECTION']);
        const timeout = timeoutArg(a[2]) ?? vs.profile?.timeout ?? 180;
        vs.persist.set(mode(m), keyOf(a[1]!), pool.name, member.address, timeout, now);
        return '';
      }
      case 'lookup': {
        const m = str(a[0] ?? '');
        if (!MODES.has(m) || a.length < 2) throw wrongArgs('persist lookup mode key ?all|node|port|pool?');
        const r = vs.persist.find(mode(m), keyOf(a[1]!), now);
        if (!r) return '';
        const member = vs.pools.get(r.pool)?.find(r.member);
        const part = str(a[2] ?? 'all');
        if (part === 'node') return member?.ip ?? '';
        if (part === 'port') return member?.port ?? '';
        if (part === 'pool') return r.pool;
        return new TclList([member?.ip ?? '', member?.port ?? 0, r.pool]);
      }
      case 'delete': {
        const m = str(a[0] ?? '');
        if (!MODES.has(m) || a.length !== 2) throw wrongArgs('persist delete mode key');
        vs.persist.deleteAnyPool(mode(m), keyOf(a[1]!));
        return '';
      }
      default:
        throw new TclError(`not emulated: persist ${sub}`, ['IRULE', 'NOT_EMULATED', 'persist']);
    }
  },
};
