import type { LbMethodImpl } from './index.js';

/**
 * Weighted round-robin by member ratio (docs/bigip-reference.md §5.2): each member gets `ratio` picks per cycle.
 * Like BIG-IP, a cycle gives each member its share in turn (a ratio-2 member gets two of every
 * three picks against a ratio-1 member), taking members in pool order within the cycle.
 */
export const ratioMember: LbMethodImpl = {
  name: 'ratio-member',
  pick(pool, candidates) {
    const w = pool.lbState.weights;
    const members = pool.members;
    if (w.length !== members.length) {
      w.length = 0;
      for (const m of members) w.push(m.ratio);
    }
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < members.length; k++) {
        const i = (pool.lbState.next + k) % members.length;
        const m = members[i]!;
        if (w[i]! > 0 && candidates.includes(m)) {
          w[i]!--;
          pool.lbState.next = (i + 1) % members.length;
          return m;
        }
      }
      // Every candidate has used its share: start a new cycle.
      for (let i = 0; i < members.length; i++) w[i] = members[i]!.ratio;
    }
    return candidates[0]!;
  },
};
