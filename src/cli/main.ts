// The irule command line (SPEC.md): one file per command, each a thin wrapper over a library.

import { Command, CommanderError } from 'commander';
import { registerEval } from './eval.js';
import { registerLint } from './lint.js';
import { registerSimulate } from './simulate.js';
import { registerTest } from './test.js';
import { registerTraffic } from './traffic.js';
import { registerCompare } from './compare.js';
import { VERSION } from './version.js';

export async function main(argv: string[]): Promise<void> {
  // `irule ... | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = new Command('irule')
    .description('Lint, simulate, test and emit F5 BIG-IP iRules without a BIG-IP')
    .version(VERSION)
    .option('--no-color', 'disable colors (NO_COLOR is honoured too)')
    .showHelpAfterError()
    .exitOverride();
  registerLint(program);
  registerSimulate(program);
  registerTest(program);
  registerCompare(program);
  registerTraffic(program);
  registerEval(program);
  (await import('./fmt.js')).registerFmt(program);
  (await import('./new.js')).registerNew(program);
  (await import('./emit.js')).registerEmit(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 2 (SPEC).
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    throw e;
  }
}
