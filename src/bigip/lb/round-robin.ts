import type { LbMethodImpl } from './index.js';

/** Members in pool order, the next one each time; unavailable members are skipped (docs/bigip-reference.md §5.2). */
export const roundRobin: LbMethodImpl = {
  name: 'round-robin',
  pick(pool, candidates) {
    const members = pool.members;
    for (let k = 0; k < members.length; k++) {
      const m = members[(pool.lbState.next + k) % members.length]!;
      if (candidates.includes(m)) {
        pool.lbState.next = (members.indexOf(m) + 1) % members.length;
        return m;
      }
    }
    return candidates[0]!;
  },
};
