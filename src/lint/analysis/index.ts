// Shared dataflow for the lint checks: see dataflow.ts (the walk), taint.ts (the lattice),
// sources.ts (what commands return), events.ts (event order and sides).

export * from './dataflow.js';
export * from './events.js';
export * from './sources.js';
export * from './taint.js';
