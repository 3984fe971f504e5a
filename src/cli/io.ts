// Shared CLI plumbing: reading inputs with user-facing errors, finding rule files, colors.

import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, lstatSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { DEFAULT_MAX_INPUT_BYTES, FileReadError, printableName, readInputFile, setMaxInputBytes } from '../input/files.js';
import { basename, dirname, join } from 'node:path';
import chalk from 'chalk';
import { InvalidArgumentError, type Command } from 'commander';
import { BUDGET_NAMES, budgetKey, type Limits } from '../tcl/interp.js';
import { decodeText, NotTextError } from '../input/bytes.js';

/** An error about the user's input: printed as one line, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export function applyColorOption(opts: { color?: boolean }): void {
  if (opts.color === false || process.env.NO_COLOR) chalk.level = 0;
}

/** The input being worked on, so that an internal error can say which file triggered it. */
let currentInput: string | null = null;

export function readText(file: string): string {
  currentInput = file === '-' ? 'standard input' : file;
  try {
    return readInputFile(file);
  } catch (e) {
    if (e instanceof FileReadError) throw new UsageError(e.message);
    if (e instanceof NotTextError) throw new UsageError(`${printableName(file)}:${e.line}: ${e.detail}`);
    throw e;
  }
}

const RULE_EXTENSIONS = /\.(tcl|irule|irul|conf)$/i;

/** Expands directories into the rule files under them (sorted, stable). */
export function ruleFiles(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new UsageError(`${input}: no such file or directory`);
    }
    if (st.isDirectory()) out.push(...walkDir(input));
    else out.push(input);
  }
  return out;
}

function walkDir(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkDir(p));
    else if (RULE_EXTENSIONS.test(entry.name)) out.push(p);
  }
  return out;
}

/** Runs a command action, turning UsageError into a one-line message and an exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => number | Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = await fn(...args);
    } catch (e) {
      if (e instanceof UsageError) {
        process.stderr.write(`irule: ${e.message}\n`);
        process.exitCode = e.exitCode;
        return;
      }
      // A bug in irule, not in the input: one line, no stack trace (IRULE_DEBUG=1 prints it).
      const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      const where = currentInput === null ? '' : ` while reading ${printableName(currentInput)}`;
      process.stderr.write(`irule: internal error${where}: ${what.split('\n')[0]} (this is a bug in irule: please report it with the input that caused it)\n`);
      if (process.env.IRULE_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
      process.exitCode = 70;
    }
  };
}

/**
 * Writes through a temporary file in the same directory, then renames it over the original: a reader
 * (or a kill -9) never sees half a file. The file keeps its mode; a symbolic link keeps pointing
 * where it did (its target is rewritten); a read-only file or a non-file is refused; the temporary
 * file is removed on any failure. Errors are one line (UsageError).
 */
export function writeAtomic(file: string, text: string): void {
  let target = file;
  let mode: number | undefined;
  let st;
  try {
    st = lstatSync(file);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) {
    try {
      target = realpathSync(file);
      st = statSync(target);
    } catch {
      throw new UsageError(`${printableName(file)}: cannot write (a symbolic link to a missing file)`);
    }
  }
  if (st) {
    if (st.isDirectory()) throw new UsageError(`${printableName(file)}: cannot write (is a directory)`);
    if (!st.isFile()) throw new UsageError(`${printableName(file)}: cannot write (not a regular file)`);
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw new UsageError(`${printableName(file)}: cannot write (read-only file)`);
    }
    mode = st.mode & 0o7777;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode, flag: 'wx' });
    if (mode !== undefined) chmodSync(tmp, mode); // the umask may have narrowed it
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${printableName(file)}: cannot write (${code === 'ENOSPC' ? 'no space left on the device' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? 'error'})`);
  }
}

/** A unified diff with added lines green, removed red, hunk headers cyan. */
export function colorDiff(diff: string): string {
  return diff
    .split('\n')
    .map((l) => (l.startsWith('+') && !l.startsWith('+++') ? chalk.green(l) : l.startsWith('-') && !l.startsWith('---') ? chalk.red(l) : l.startsWith('@@') ? chalk.cyan(l) : l))
    .join('\n');
}

/** Help text of --limit: the budget names. */
export const LIMIT_HELP = `override a budget of each run, repeatable (${Object.values(BUDGET_NAMES).join(', ')}; docs/tcl.md "Budgets")`;

/** Commander parser of `--limit NAME=N` (repeatable): the budgets it overrides. */
export function collectLimit(value: string, previous: Partial<Limits> = {}): Partial<Limits> {
  const m = /^([a-z-]+)=([0-9]+)$/.exec(value);
  const key = m ? budgetKey(m[1]!) : undefined;
  if (!m || !key || Number(m[2]) < 1 || !Number.isSafeInteger(Number(m[2]))) {
    throw new InvalidArgumentError(`expected NAME=N with N a positive integer and NAME one of ${Object.values(BUDGET_NAMES).join(', ')}`);
  }
  return { ...previous, [key]: Number(m[2]) };
}

export const ROOT_HELP = "also allow the scenario to name files under this folder (repeatable; by default only the scenario's own folder tree)";

/** Commander parser of `--root DIR` (repeatable). */
export function collectRoot(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Help text of --max-input-size. */
export const MAX_INPUT_SIZE_HELP = `refuse an input file (rule, scenario, configuration, expected.jsonl) or a traffic line larger than this: bytes, or with a K, M or G suffix (default ${DEFAULT_MAX_INPUT_BYTES / 1024 / 1024}M; README "Input files")`;

/** Commander parser of `--max-input-size N[K|M|G]`: bytes (K = 1024). */
export function parseSize(value: string): number {
  const m = /^([0-9]+)([KMG]i?B?)?$/i.exec(value.trim());
  const scale = m?.[2] ? 1024 ** ('KMG'.indexOf(m[2][0]!.toUpperCase()) + 1) : 1;
  const n = m ? Number(m[1]) * scale : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive size in bytes, optionally with a K, M or G suffix (64M)');
  return n;
}

/**
 * Adds --max-input-size to a command that reads files: the cap is set for the whole process before
 * the command runs, so every reader (src/input/files.ts) checks it before reading.
 */
export function addInputSizeOption(command: Command): void {
  command.option('--max-input-size <size>', MAX_INPUT_SIZE_HELP, parseSize);
  command.hook('preAction', (_program, actionCommand) => {
    const size = (actionCommand.opts() as { maxInputSize?: number }).maxInputSize;
    setMaxInputBytes(size ?? DEFAULT_MAX_INPUT_BYTES);
  });
}
