import type { LbMethodImpl } from './index.js';

/** Fewest open connections; ties go to the first in pool order (docs/bigip-reference.md §5.2). */
export const leastConnectionsMember: LbMethodImpl = {
  name: 'least-connections-member',
  pick(_pool, candidates) {
    let best = candidates[0]!;
    for (const m of candidates) if (m.connections < best.connections) best = m;
    return best;
  },
};
