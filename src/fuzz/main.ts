// `npm run fuzz -- --minutes N [--workers N] [--seed N]`: the mutation fuzzer over the parser,
// linter, formatter, engine, emulator and the scenario and traffic loaders (src/fuzz/targets.ts).
// Failures are written to test/fuzz/regressions/, which `npm test` replays (test/fuzz/fuzz.test.ts).

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { fuzzInWorkers } from './run.js';

function option(args: string[], name: string, dflt: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const n = Number(args[i + 1]);
  if (!(n > 0)) {
    process.stderr.write(`fuzz: --${name} needs a positive number\n`);
    process.exit(2);
  }
  return n;
}

const args = process.argv.slice(2);
const root = fileURLToPath(new URL('../../', import.meta.url));
const minutes = option(args, 'minutes', 1);
const workers = option(args, 'workers', 2);
const seed = option(args, 'seed', Date.now() % 1_000_000);
const log = (s: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
log(`fuzzing for ${minutes} min with ${workers} workers, seed ${seed}`);
const stats = await fuzzInWorkers({ root, minutes, workers, seed, regressions: join(root, 'test/fuzz/regressions'), log });
log(`${stats.inputs} inputs tried (${Object.entries(stats.perTarget).map(([t, n]) => `${t} ${n}`).join(', ')}), ${stats.failures.length} failures`);
process.exitCode = stats.failures.length > 0 ? 1 : 0;
