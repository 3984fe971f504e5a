// The irule command line (README.md "Commands"): one file per command, each a thin wrapper over a library.
//
// Start-up time matters (editor hooks, pre-commit): only the module of the command being run is
// loaded. `irule --version` loads none; `irule lint` loads the linter and never the simulator.
// Bare `irule`, `irule --help`, `irule help` and unknown commands load them all (for the list).

import { Command, CommanderError } from 'commander';
import { addInputSizeOption } from './io.js';
import { addExitCodes } from './usage.js';
import { VERSION } from './version.js';
import { setCliEntry } from '../host/deep-stack.js';

setCliEntry(import.meta.url);

type Register = (program: Command) => void;

/** Every command, by name, in the order `irule --help` lists them. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  lint: async () => (await import('./lint.js')).registerLint,
  simulate: async () => (await import('./simulate.js')).registerSimulate,
  test: async () => (await import('./test.js')).registerTest,
  compare: async () => (await import('./compare.js')).registerCompare,
  traffic: async () => (await import('./traffic.js')).registerTraffic,
  eval: async () => (await import('./eval.js')).registerEval,
  fmt: async () => (await import('./fmt.js')).registerFmt,
  new: async () => (await import('./new.js')).registerNew,
  emit: async () => (await import('./emit.js')).registerEmit,
};

/** The commands that read rule, scenario, traffic or configuration files: they take --max-input-size. */
const READS_INPUT = new Set(['lint', 'simulate', 'test', 'compare', 'eval', 'fmt', 'emit']);

/** The command named on the command line: the first word that is not an option (the only global options take no value). */
export function commandName(args: readonly string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

export async function main(argv: string[]): Promise<void> {
  // `irule ... | head` closes the pipe early: that is not an error. Any other failure to write the
  // output (a full disk, `> /dev/full`) is one line on stderr, never a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    const why = e.code === 'ENOSPC' ? 'no space left on the device' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : (e.code ?? e.message);
    try {
      process.stderr.write(`irule: cannot write the output to standard output (${why})\n`);
    } catch {
      // stderr is gone too: the exit code says it
    }
    process.exit(2);
  });
  const program = new Command('irule')
    .description('Lint, simulate, test and emit F5 BIG-IP iRules without a BIG-IP')
    .version(VERSION)
    .option('--no-color', 'disable colors (NO_COLOR is honoured too)')
    .showHelpAfterError()
    .exitOverride();
  const args = argv.slice(2);
  const name = commandName(args);
  const wantsVersion = name === undefined && args.some((a) => a === '-V' || a === '--version');
  if (!wantsVersion) {
    const chosen = name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : Object.values(COMMANDS);
    for (const load of chosen) (await load())(program);
    for (const command of program.commands) {
      if (READS_INPUT.has(command.name())) addInputSizeOption(command);
      addExitCodes(command);
    }
  }
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
