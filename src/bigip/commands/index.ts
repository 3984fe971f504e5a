// The one place where the emulated BIG-IP commands are registered, each under the name of its
// model entry (src/model). Every entry the model marks not emulated raises "not emulated: NAME"
// when run, never a silent no-op; the Tcl commands BIG-IP lacks (disabled, Tcl 8.5+, absent) are
// removed from the interpreter, as on BIG-IP (`invalid command name` when reached through eval).

import { TclError } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { ALL_COMMANDS, COMMANDS } from '../../model/index.js';
import { addressCommands } from './addresses.js';
import { flowCommands } from './flow.js';
import { httpCommands } from './http.js';
import { lbCommands } from './lb.js';
import { logCommands } from './log.js';
import { persistCommand } from './persist.js';
import { classCommands } from './class.js';
import { cryptoCommands } from './crypto.js';
import { ipaddrCommands } from './ipaddr.js';
import { stringsCommands } from './strings.js';
import { tableCommands } from './table.js';
import { platformCommands } from './platform.js';
import { tlsCommands } from './tls.js';
import { moduleCommands } from './modules.js';
import { sidebandCommands } from './sideband.js';

const EMULATED: readonly CommandDef[] = [
  ...httpCommands, ...addressCommands, persistCommand, ...lbCommands, ...logCommands, ...flowCommands,
  ...tableCommands, ...classCommands, ...cryptoCommands, ...stringsCommands, ...ipaddrCommands,
  ...platformCommands, ...tlsCommands, ...moduleCommands, ...sidebandCommands,
];

/**
 * Legacy names whose model entry reads "use NAME" (F5 keeps them as drop-in aliases: `active_nodes` for
 * `active_members`, the BIG-IP 4.x `http_uri` for `HTTP::uri`, ...): where NAME is emulated they run
 * as it, and count as emulated in the model test and docs/commands.
 */
const LEGACY_ALIASES: readonly CommandDef[] = (() => {
  const byName = new Map(EMULATED.map((d) => [d.name, d]));
  return [...COMMANDS].flatMap(([name, spec]): CommandDef[] => {
    const target = /^use (\S+)$/.exec(spec.deprecated ?? '')?.[1];
    const def = target !== undefined ? byName.get(target) : undefined;
    return def && !byName.has(name) ? [{ ...def, name }] : [];
  });
})();

function notEmulated(name: string): CommandDef {
  return {
    name,
    fn: () => {
      throw new TclError(`not emulated: ${name}`, ['IRULE', 'NOT_EMULATED', name]);
    },
  };
}

/** Registers the emulated commands, removes what BIG-IP lacks, and stubs what the model marks not emulated. */
export function installBigipCommands(interp: Interp): void {
  for (const [name, spec] of ALL_COMMANDS) {
    if (spec.availability === 'disabled' || spec.availability === 'tcl85' || spec.availability === 'absent') interp.commands.delete(name);
  }
  for (const def of EMULATED_COMMANDS) interp.register(def);
  for (const [name, spec] of ALL_COMMANDS) {
    if (spec.notEmulated && !interp.commands.has(name) && (spec.availability === 'irule' || spec.availability === 'tcl-core')) {
      if (name === 'when') continue; // a statement of the rule file, never run
      interp.register(notEmulated(name));
    }
  }
}

/** Every command the emulator runs: its implementations and the legacy names that run as one of them. */
export const EMULATED_COMMANDS: readonly CommandDef[] = [...EMULATED, ...LEGACY_ALIASES];
