// Keeping long streaming runs (traffic generation, replays of millions of requests) at a flat RSS.
// Their live data is small (the conversations active at once), but that data lives long enough to be
// promoted, and V8 lets the old generation grow to several times the live set before it collects: a
// 300,000-conversation generation has ~60 MB live and peaks over 300 MB RSS. A full collection whenever
// the heap passes a budget keeps the peak near live + budget, for a few milliseconds per collection.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** V8's gc(), exposed at run time; null when the engine refuses. */
function gcFunction(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const f = runInNewContext('gc') as unknown;
    collect = typeof f === 'function' ? (f as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * A function to call once per item of a long stream: every `every` items it checks the heap and runs a
 * full collection when more than `budgetMb` is in use.
 */
export function heapGuard(budgetMb = 128, every = 20_000): () => void {
  const gc = gcFunction();
  if (!gc) return () => {};
  let n = 0;
  return () => {
    if (++n % every !== 0) return;
    if (process.memoryUsage().heapUsed > budgetMb * 1024 * 1024) gc();
  };
}
