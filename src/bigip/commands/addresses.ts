// IP:: and TCP:: addresses and ports of the client connection (BIGIP §6).

import { wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { hostOf, notInThisEvent, type ConnectionInfo } from '../host.js';

function conn(interp: Interp, cmd: string): ConnectionInfo {
  const h = hostOf(interp);
  if (!h.conn) throw notInThisEvent(cmd, h.event);
  return h.conn;
}

function getter(name: string, read: (c: ConnectionInfo) => string | number): CommandDef {
  return {
    name,
    fn: (interp, argv) => {
      if (argv.length > 1 && !(argv.length === 2 && /^(clientside|serverside)$/.test(String(argv[1])))) throw wrongArgs(name);
      return read(conn(interp, name));
    },
  };
}

export const addressCommands: CommandDef[] = [
  getter('IP::client_addr', (c) => c.clientAddr),
  getter('IP::remote_addr', (c) => c.clientAddr),
  getter('IP::local_addr', (c) => c.localAddr),
  getter('TCP::client_port', (c) => c.clientPort),
  getter('TCP::remote_port', (c) => c.clientPort),
  getter('TCP::local_port', (c) => c.localPort),
  getter('UDP::client_port', (c) => c.clientPort),
  getter('IP::protocol', () => 6),
];
