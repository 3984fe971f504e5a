// Event and connection control: event, reject, drop, discard, virtual, call (docs/bigip-reference.md §2.3).

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef } from '../../tcl/interp.js';
import { str } from '../../tcl/value.js';
import { emulatorOf } from '../state.js';

const event: CommandDef = {
  name: 'event',
  fn: (interp, argv) => {
    const h = emulatorOf(interp);
    const a = argv.slice(1).map(str);
    const conn = h.connState;
    // event disable | event disable all | event NAME disable | event NAME enable | event info
    let name = h.event;
    let op = a[0];
    if (a.length >= 2 && a[0] !== 'disable' && a[0] !== 'enable') {
      name = a[0]!;
      op = a[1];
    }
    if (op === 'info') return h.event;
    if (op !== 'disable' && op !== 'enable') throw wrongArgs('event ?name? disable|enable ?all?');
    if (!conn) return '';
    const set = conn.disabled.get(h.ruleIndex) ?? new Set<string>();
    conn.disabled.set(h.ruleIndex, set);
    const target = a[a.length - 1] === 'all' ? '*' : name;
    if (op === 'disable') set.add(target);
    else set.delete(target);
    return '';
  },
};

function closing(kind: 'reject' | 'drop' | 'discard'): CommandDef {
  return {
    name: kind,
    fn: (interp, argv) => {
      if (argv.length !== 1) throw wrongArgs(kind);
      const h = emulatorOf(interp);
      if (h.txn) {
        h.txn.effects.response ??= { kind };
        h.txn.aborted = true;
      }
      return '';
    },
  };
}

/**
 * `call proc args`: procs live in their rule's namespace (docs/bigip-reference.md §1.2); `call RULE::proc`
 * reaches a proc of another rule (https://clouddocs.f5.com/api/irules/call.html). A name no rule defines fails
 * as measured on BIG-IP 21.1: `proc NAME not found` (docs/bigip-reference.md §1.6).
 */
const call: CommandDef = {
  name: 'call',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs('call procname ?arg ...?');
    const name = str(argv[1]!);
    const h = emulatorOf(interp);
    const ruleShort = h.ruleName.replace(/^\/[^/]+\//, '');
    const candidates = name.includes('::') ? [name.replace(/^::/, ''), name.replace(/^\/[^/]+\//, '')] : [`${ruleShort}::${name}`];
    for (const c of candidates) {
      const def = interp.lookupCommand(c);
      if (def?.proc) return def.fn(interp, [c, ...argv.slice(2)]);
    }
    throw new TclError(`proc ${name} not found`, ['TCL', 'LOOKUP', 'COMMAND', name]);
  },
};

export const flowCommands: CommandDef[] = [event, closing('reject'), closing('drop'), closing('discard'), call];
