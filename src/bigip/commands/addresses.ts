// IP:: and TCP:: addresses and ports, on the side of the proxy the event runs on: the client side
// (client <-> virtual address) or the server side (SNAT/self address <-> pool member).
// IP::remote_addr is the far end of the current side, IP::local_addr BIG-IP's own address on it
// (https://clouddocs.f5.com/api/irules/IP.html); IP::client_addr is always the client
// (https://clouddocs.f5.com/api/irules/IP__client_addr.html); IP::server_addr is the server and is 0
// before a server-side connection exists (https://clouddocs.f5.com/api/irules/IP__server_addr.html).
// `clientside { script }` / `serverside { script }` and the `clientside|serverside` argument run in the
// other side's context (https://clouddocs.f5.com/api/irules/clientside.html,
// https://clouddocs.f5.com/api/irules/serverside.html).

import { evalValue } from '../../tcl/compile.js';
import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { str } from '../../tcl/value.js';
import { missingFact } from '../facts.js';
import { notInThisEvent } from '../host.js';
import { networkContains, parseNetwork } from './ipaddr.js';
import { emulatorOf, type EmulatorHost } from '../state.js';

type Side = 'client' | 'server';

interface Ends {
  remoteAddr: string;
  remotePort: number;
  localAddr: string;
  localPort: number;
}

function host(interp: Interp, cmd: string): EmulatorHost {
  const h = emulatorOf(interp);
  if (!h.conn) throw notInThisEvent(cmd, h.event);
  return h;
}

/** The two ends of `side` for the running connection; null on the server side before it is connected. */
function ends(h: EmulatorHost, side: Side): Ends | null {
  const c = h.conn!;
  if (side === 'client') return { remoteAddr: c.clientAddr, remotePort: c.clientPort, localAddr: c.localAddr, localPort: c.localPort };
  const sc = h.connState?.serverConn;
  if (!sc) return null;
  return { remoteAddr: sc.member.ip, remotePort: sc.member.port, localAddr: sc.localAddr, localPort: sc.localPort };
}

/** `CMD ?clientside|serverside?` reading one end of a side. */
function sided(name: string, read: (e: Ends) => string | number, fixedSide?: Side): CommandDef {
  return {
    name,
    fn: (interp, argv) => {
      if (argv.length > 2) throw wrongArgs(`${name} ?clientside|serverside?`);
      const h = host(interp, name);
      let side: Side = h.side;
      if (argv.length === 2) {
        const a = str(argv[1]!);
        if (a !== 'clientside' && a !== 'serverside') throw wrongArgs(`${name} ?clientside|serverside?`);
        side = a === 'clientside' ? 'client' : 'server';
      }
      if (fixedSide) side = fixedSide;
      const e = ends(h, side);
      // No server-side connection yet: the documented value is 0 for IP::server_addr; the same for the others.
      if (!e) return 0;
      return read(e);
    },
  };
}

/**
 * IP::hops (https://clouddocs.f5.com/api/irules/IP__hops.html): the estimated number of hops the peer takes
 * to get to BIG-IP. BIG-IP estimates it from the TTL of the peer's packets; traffic records carry no TTL,
 * so the number is a scenario fact, `hops` by address or network (the most specific wins), looked up for
 * the peer of the current side: the client, or the pool member on the server side.
 */
const ipHops: CommandDef = {
  name: 'IP::hops',
  fn: (interp, argv) => {
    if (argv.length !== 1) throw wrongArgs('IP::hops');
    const h = host(interp, 'IP::hops');
    const e = ends(h, h.side);
    if (!e) throw new TclError(`IP::hops: no server-side connection exists yet in ${h.event}`, ['IRULE', 'SIDE', 'IP::hops']);
    const peer = parseNetwork(e.remoteAddr);
    let best: { prefix: number; hops: number } | null = null;
    for (const [key, n] of Object.entries(h.emulator.facts.hops ?? {})) {
      const net = parseNetwork(key);
      if (net && peer && networkContains(net, peer) && (!best || net.prefix > best.prefix)) best = { prefix: net.prefix, hops: n };
    }
    if (!best) throw missingFact('IP::hops', `hops (the hop count of ${e.remoteAddr}, by address or network)`);
    return best.hops;
  },
};

/** `clientside { script }` / `serverside { script }`: the script runs in that side's context. */
function sideCommand(name: 'clientside' | 'serverside'): CommandDef {
  const side: Side = name === 'clientside' ? 'client' : 'server';
  return {
    name,
    fn: (interp, argv) => {
      if (argv.length !== 2) throw wrongArgs(`${name} script`);
      const h = emulatorOf(interp);
      if (side === 'server' && !h.connState?.serverConn) {
        throw new TclError(`${name}: no server-side connection exists yet in ${h.event}`, ['IRULE', 'SIDE', name]);
      }
      const before = h.side;
      h.side = side;
      try {
        return evalValue(interp, argv[1]!);
      } finally {
        h.side = before;
      }
    },
  };
}

export const addressCommands: CommandDef[] = [
  sided('IP::client_addr', (e) => e.remoteAddr, 'client'),
  sided('IP::remote_addr', (e) => e.remoteAddr),
  sided('IP::local_addr', (e) => e.localAddr),
  sided('IP::server_addr', (e) => e.remoteAddr, 'server'),
  sided('TCP::client_port', (e) => e.remotePort, 'client'),
  sided('TCP::remote_port', (e) => e.remotePort),
  sided('TCP::local_port', (e) => e.localPort),
  sided('TCP::server_port', (e) => e.remotePort, 'server'),
  sided('UDP::client_port', (e) => e.remotePort, 'client'),
  { name: 'IP::protocol', fn: () => 6 },
  ipHops,
  sideCommand('clientside'),
  sideCommand('serverside'),
];
