// The fuzz loop. In-process (`fuzzInProcess`, for the brief run in `npm test`) or in worker threads
// (`fuzzInWorkers`, for `npm run fuzz`): a worker runs one input at a time and tells the parent
// before and after, so the parent can kill a worker stuck on one input (a hang) or out of memory,
// and record that input. Every failure is saved as a regression case (test/fuzz/regressions/).

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadSeeds, mutate, rng } from './mutate.js';
import { FuzzFailure, TARGETS, type Target } from './targets.js';

/** An input slower than this is a failure: the bar is 2 s for a hostile case, with room for a loaded machine. */
const SLOW_MS = 5_000;
/** The emulator target runs four event handlers, each with its own time budget (FUZZ_LIMITS). */
const SLOW_MS_BY_TARGET: Record<string, number> = { emulator: 10_000 };
/** A worker silent this long on one input is stuck: killed, and the input recorded as a hang. */
const HANG_MS = 30_000;

export interface Failure {
  target: string;
  kind: 'crash' | 'slow' | 'hang' | 'memory';
  message: string;
  input: string;
}

export interface FuzzStats {
  inputs: number;
  perTarget: Record<string, number>;
  failures: Failure[];
}

/** Runs one input through one target: null, or the failure. */
export function runOne(target: Target, input: string): Failure | null {
  const t0 = performance.now();
  try {
    target.run(input);
  } catch (e) {
    return { target: target.name, kind: 'crash', message: e instanceof FuzzFailure ? e.message : `${(e as Error).name}: ${(e as Error).message}`, input };
  }
  const ms = performance.now() - t0;
  return ms > (SLOW_MS_BY_TARGET[target.name] ?? SLOW_MS) ? { target: target.name, kind: 'slow', message: `${target.name}: took ${Math.round(ms)} ms`, input } : null;
}

/** Saves a failing input as a regression case: `<dir>/<target>-<hash>.txt`. */
function saveRegression(dir: string, f: Failure): string {
  mkdirSync(dir, { recursive: true });
  const name = `${f.target}-${createHash('sha1').update(f.input).digest('hex').slice(0, 10)}.txt`;
  writeFileSync(join(dir, name), f.input);
  return name;
}

function inputsFor(root: string) {
  const seeds = loadSeeds(root);
  return (target: Target, random: () => number) => mutate(seeds[target.seeds], random, target.seeds);
}

/** The brief run: `count` inputs per target, in this thread. */
export function fuzzInProcess(root: string, count: number, seed = 1): FuzzStats {
  const next = inputsFor(root);
  const random = rng(seed);
  const stats: FuzzStats = { inputs: 0, perTarget: {}, failures: [] };
  for (const target of TARGETS) {
    for (let i = 0; i < count; i++) {
      const f = runOne(target, next(target, random));
      stats.inputs++;
      stats.perTarget[target.name] = (stats.perTarget[target.name] ?? 0) + 1;
      if (f) stats.failures.push(f);
    }
  }
  return stats;
}

interface WorkerInit {
  root: string;
  seed: number;
}

type FromWorker = { type: 'start'; target: string; input: string } | { type: 'done'; failure: Failure | null };

/** Worker side: endless inputs, round robin over the targets. */
function workerLoop(init: WorkerInit): void {
  const next = inputsFor(init.root);
  const random = rng(init.seed);
  for (let i = 0; ; i++) {
    const target = TARGETS[i % TARGETS.length]!;
    const input = next(target, random);
    parentPort!.postMessage({ type: 'start', target: target.name, input } satisfies FromWorker);
    parentPort!.postMessage({ type: 'done', failure: runOne(target, input) } satisfies FromWorker);
  }
}

if (!isMainThread && (workerData as { fuzz?: WorkerInit } | null)?.fuzz) workerLoop((workerData as { fuzz: WorkerInit }).fuzz);

/** `npm run fuzz`: `workers` threads for `minutes`; failures saved under `regressions`. */
export async function fuzzInWorkers(options: { root: string; minutes: number; workers: number; seed: number; regressions: string; log(s: string): void }): Promise<FuzzStats> {
  const stats: FuzzStats = { inputs: 0, perTarget: {}, failures: [] };
  const deadline = Date.now() + options.minutes * 60_000;
  let seed = options.seed;
  const record = (f: Failure) => {
    stats.failures.push(f);
    const name = saveRegression(options.regressions, f);
    options.log(`FAIL ${f.kind} ${f.message.slice(0, 200)} -> ${name}`);
  };
  const one = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { fuzz: { root: options.root, seed: seed++ } },
        resourceLimits: { maxOldGenerationSizeMb: 1536 },
      });
      let current: { target: string; input: string; since: number } | null = null;
      let finished = false;
      const stop = () => {
        if (finished) return;
        finished = true;
        clearInterval(timer);
        void worker.terminate();
        resolve();
      };
      const timer = setInterval(() => {
        if (Date.now() > deadline) return stop();
        if (current && Date.now() - current.since > HANG_MS) {
          record({ target: current.target, kind: 'hang', message: `${current.target}: no result after ${HANG_MS} ms`, input: current.input });
          stop();
        }
      }, 250);
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'start') current = { target: m.target, input: m.input, since: Date.now() };
        else {
          stats.inputs++;
          if (current) stats.perTarget[current.target] = (stats.perTarget[current.target] ?? 0) + 1;
          if (m.failure) record(m.failure);
          current = null;
          if (stats.inputs % 5000 === 0) options.log(`${stats.inputs} inputs, ${stats.failures.length} failures`);
        }
      });
      worker.on('error', (e: Error) => {
        if (current) record({ target: current.target, kind: /memory/i.test(e.message) ? 'memory' : 'crash', message: `${current.target}: worker died: ${e.message}`, input: current.input });
        stop();
      });
      worker.on('exit', stop);
    });
  const lane = async () => {
    while (Date.now() < deadline) await one();
  };
  await Promise.all(Array.from({ length: options.workers }, lane));
  return stats;
}
