// irule eval FILE|-: run plain Tcl like `tclsh FILE`.

import type { Command } from 'commander';
import { runTclFile } from '../tcl/run.js';
import { action, readText } from './io.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('run a plain Tcl script (core commands plus puts) like tclsh')
    .argument('<file>', 'Tcl file, or - for standard input')
    .action(
      action((file: string) => {
        const source = readText(file);
        const r = runTclFile(source, file === '-' ? 'stdin' : file);
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        return r.exitCode;
      }),
    );
}
