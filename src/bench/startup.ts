// Start-up benchmark: how long the CLI takes before doing any work, as a ratio to a bare
// `node -e 0` run in the same process tree (targets: --version within 2.5x, linting one small rule
// within 4x). Runs are interleaved so that a busy machine slows all three alike; medians are kept.

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface StartupFigures {
  nodeMs: number;
  versionMs: number;
  lintMs: number;
}

function timed(args: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  // exit 1 is "lint found problems", still a full run
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `root` is the package root (bin/irule); `rule` a small rule file to lint. */
export function runStartupBench(root: string, rule: string, runs: number): StartupFigures {
  const bin = root + 'bin/irule';
  const node: number[] = [];
  const version: number[] = [];
  const lint: number[] = [];
  timed([bin, 'lint', rule], root); // warm the file cache before timing
  for (let i = 0; i < runs; i++) {
    node.push(timed(['-e', '0'], root));
    version.push(timed([bin, '--version'], root));
    lint.push(timed([bin, 'lint', rule], root));
  }
  return { nodeMs: median(node), versionMs: median(version), lintMs: median(lint) };
}
