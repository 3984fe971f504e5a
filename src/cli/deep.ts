// `irule simulate` and `irule test` with a deeply nested rule: the whole command runs again on a
// thread with a deep stack (src/host/deep-stack.ts), before it prints anything. The emulator
// keeps compiled rules, live connections and callbacks, so unlike lint, fmt and eval it cannot
// hand one call to the thread and take a plain answer back.

import { Worker } from 'node:worker_threads';
import { cliEntry, DEEP_STACK_MB, inDeepStack, needsDeepStack } from '../host/deep-stack.js';
import { loadScenario } from '../sim/scenario.js';
import { readInputFile } from '../input/files.js';

/** Whether a rule of one of these scenarios may nest too deeply for the main thread's stack. */
function deepRules(scenarioFiles: string[], roots: string[] | undefined): boolean {
  for (const file of scenarioFiles) {
    try {
      const s = loadScenario(file, { roots });
      for (const r of s.rules) if (needsDeepStack(s.ruleSources?.get(r) ?? readInputFile(r))) return true;
    } catch {
      // A scenario or rule that cannot be read: the command itself reports it.
    }
  }
  return false;
}

/**
 * When a rule of `scenarioFiles` nests deeply (and this is not the deep-stack thread already),
 * runs this same command line on that thread and returns its exit code; else null.
 */
export async function rerunIfDeep(scenarioFiles: string[], roots: string[] | undefined): Promise<number | null> {
  const entry = cliEntry();
  if (inDeepStack() || entry === undefined || !deepRules(scenarioFiles, roots)) return null;
  const code = `
    globalThis[Symbol.for('irule.deep-stack')] = { inside: true, fns: new Map() };
    const { workerData } = require('node:worker_threads');
    for (const [s, tty] of [[process.stdout, workerData.stdoutTTY], [process.stderr, workerData.stderrTTY]]) {
      if (tty) Object.defineProperty(s, 'isTTY', { value: true });
    }
    import(workerData.entry).then((m) => m.main(process.argv));
  `;
  const worker = new Worker(code, {
    eval: true,
    argv: process.argv.slice(2),
    workerData: { entry, stdoutTTY: process.stdout.isTTY === true, stderrTTY: process.stderr.isTTY === true },
    env: process.stdout.isTTY && process.env.FORCE_COLOR === undefined && process.env.NO_COLOR === undefined ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    resourceLimits: { stackSizeMb: DEEP_STACK_MB },
  });
  return new Promise((resolve) => worker.on('exit', (c) => resolve(c)));
}
