// The one place where load-balancing methods are registered (docs/bigip-reference.md §5.2).

import type { LbMethod } from '../config.js';
import type { Member, Pool } from '../pool.js';
import { leastConnectionsMember } from './least-connections-member.js';
import { ratioMember } from './ratio-member.js';
import { roundRobin } from './round-robin.js';

export interface LbMethodImpl {
  name: LbMethod;
  /** Picks among `candidates` (members that can take new traffic, in pool order). */
  pick(pool: Pool, candidates: Member[]): Member;
}

export const LB_METHODS: ReadonlyMap<string, LbMethodImpl> = new Map(
  [roundRobin, ratioMember, leastConnectionsMember].map((m) => [m.name, m]),
);
