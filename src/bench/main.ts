// npm run bench [-- --quick]: every benchmark, one line per figure (docs/formats.md "Benchmarks"), with
// the baselines run in the same process tree so ratios compare like with like.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runEngineBench } from './engine.js';
import { runLintBench } from './lint.js';
import { runSimulationBench } from './simulation.js';
import { runStartupBench } from './startup.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const quick = process.argv.includes('--quick');

function line(name: string, value: string | number, unit = ''): void {
  console.log(`${name}: ${value}${unit ? ' ' + unit : ''}`);
}

/** Runs a baseline that prints `req_per_s=N ...` and returns its fields. */
function baseline(cmd: string, args: string[]): Record<string, number> | null {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: root });
  if (r.status !== 0 || !r.stdout) return null;
  const fields: Record<string, number> = {};
  for (const m of r.stdout.matchAll(/(\w+)=(\d+)/g)) fields[m[1]!] = Number(m[2]);
  return fields;
}

function engineBench(): void {
  const n = quick ? 200_000 : 2_000_000;
  const rule = root + 'rules/ai-stream-pin.tcl';
  runEngineBench(rule, Math.min(n, 100_000)); // warm-up: let the JIT settle before timing
  const best = [0, 1, 2].map(() => runEngineBench(rule, n)).sort((a, b) => b.reqPerSec - a.reqPerSec)[0]!;
  line('engine ai-stream-pin', best.reqPerSec, 'req/s');
  const tclN = quick ? 100_000 : 400_000;
  const tcl = baseline('tclsh', [root + 'bench/baselines/ai-stream-pin.tclsh.tcl', String(tclN)]);
  const native = baseline(process.execPath, [root + 'bench/baselines/ai-stream-pin.native.mjs', String(n)]);
  if (tcl) {
    line('tclsh ai-stream-pin', tcl.req_per_s!, 'req/s');
    // The same work must have been done on both sides for the ratio to mean anything.
    const perReq = (x: number, total: number) => (x / total).toFixed(3);
    if (perReq(tcl.inserted!, tcl.requests!) !== perReq(best.inserted, best.requests) || perReq(tcl.logs!, tcl.requests!) !== perReq(best.logs, best.requests)) {
      line('engine ai-stream-pin work mismatch vs tclsh', `inserted ${best.inserted}/${best.requests} logs ${best.logs}/${best.requests}`);
    }
    line('engine ai-stream-pin ratio vs tclsh', (best.reqPerSec / tcl.req_per_s!).toFixed(1));
  } else {
    line('tclsh ai-stream-pin', 'unavailable (tclsh not found)');
  }
  if (native) {
    line('native-js ai-stream-pin', native.req_per_s!, 'req/s');
    line('engine ai-stream-pin ratio vs native-js', (best.reqPerSec / native.req_per_s!).toFixed(2));
  }
}

async function simulationBench(): Promise<void> {
  const n = quick ? 100_000 : 1_000_000;
  const r = await runSimulationBench(root + 'rules/ai-stream-pin.tcl', n);
  line(`simulation ai-stream-pin ${n} requests`, r.reqPerSec, 'req/s');
  line('simulation peak memory (RSS)', r.peakRssMb, 'MB');
}

function lintBench(): void {
  const r = runLintBench(20_000, quick ? 3 : 5);
  line('lint 20000-line rule', Math.round(r.ms), 'ms');
  line('lint throughput', r.linesPerSec, 'lines/s');
}

function startupBench(): void {
  const r = runStartupBench(root, root + 'rules/ai-stream-pin.tcl', quick ? 7 : 21);
  line('startup node -e 0', Math.round(r.nodeMs), 'ms');
  line('startup irule --version', Math.round(r.versionMs), 'ms');
  line('startup irule --version ratio vs node -e 0 (target <= 2.5)', (r.versionMs / r.nodeMs).toFixed(2));
  line('startup irule lint ai-stream-pin.tcl', Math.round(r.lintMs), 'ms');
  line('startup irule lint ratio vs node -e 0 (target <= 4)', (r.lintMs / r.nodeMs).toFixed(2));
}

startupBench();
engineBench();
await simulationBench();
lintBench();
