// irule eval FILE|-: run plain Tcl like `tclsh FILE`.

import type { Command } from 'commander';
import { runTclFile } from '../tcl/run.js';
import { action, collectLimit, LIMIT_HELP, readText } from './io.js';
import type { Limits } from '../tcl/interp.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('run a plain Tcl script (core commands plus puts) like tclsh')
    .argument('<file>', 'Tcl file, or - for standard input')
    .option('--limit <name=n>', LIMIT_HELP, collectLimit)
    .action(
      action((file: string, opts: { limit?: Partial<Limits> }) => {
        const source = readText(file);
        const r = runTclFile(source, file === '-' ? 'stdin' : file, opts.limit);
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        return r.exitCode;
      }),
    );
}
