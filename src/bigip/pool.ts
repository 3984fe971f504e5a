// Pools and members with their states (docs/bigip-reference.md §4.4, §5.2).

import type { LbMethod, MemberState, PoolConfig } from './config.js';
import { LB_METHODS, type LbMethodImpl } from './lb/index.js';

export class Member {
  state: MemberState;
  /** Connections open to this member now (for least-connections). */
  connections = 0;
  constructor(
    readonly address: string,
    readonly ip: string,
    readonly port: number,
    readonly ratio: number,
    state: MemberState,
  ) {
    this.state = state;
  }

  /** Enabled and up: takes new load-balanced traffic. */
  get available(): boolean {
    return this.state === 'up';
  }

  /** Takes traffic matched by a persistence record: disabled members do, down/forced-offline do not (§4.4). */
  get takesPersistent(): boolean {
    return this.state === 'up' || this.state === 'disabled';
  }
}

export function splitAddress(address: string): { ip: string; port: number } {
  const m = /^\[(.+)\]:(\d+)$/.exec(address) ?? /^([^:]+):(\d+)$/.exec(address);
  if (!m) return { ip: address, port: 0 };
  return { ip: m[1]!, port: Number(m[2]) };
}

export class Pool {
  readonly members: Member[];
  private readonly method: LbMethodImpl;
  /** State kept by the LB method between picks (round-robin position, ...). */
  readonly lbState: { next: number; weights: number[] } = { next: 0, weights: [] };

  constructor(readonly name: string, readonly lb: LbMethod, members: Member[]) {
    this.members = members;
    const impl = LB_METHODS.get(lb);
    if (!impl) throw new Error(`unknown load-balancing method "${lb}"`);
    this.method = impl;
  }

  static fromConfig(c: PoolConfig): Pool {
    return new Pool(
      c.name,
      c.lb,
      c.members.map((m) => {
        const { ip, port } = splitAddress(m.address);
        return new Member(m.address, ip, port, m.ratio, m.state);
      }),
    );
  }

  /** The member for a new load-balanced request, or null when none can take it (LB_FAILED). */
  pick(): Member | null {
    const candidates = this.members.filter((m) => m.available);
    if (candidates.length === 0) return null;
    return this.method.pick(this, candidates);
  }

  find(address: string): Member | undefined {
    return this.members.find((m) => m.address === address);
  }

  activeCount(): number {
    return this.members.filter((m) => m.available).length;
  }
}
