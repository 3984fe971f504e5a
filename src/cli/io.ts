// Shared CLI plumbing: reading inputs with user-facing errors, finding rule files, colors.

import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import chalk from 'chalk';
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

export function readText(file: string): string {
  try {
    return decodeText(file === '-' ? readFileSync(0) : readFileSync(file));
  } catch (e) {
    if (e instanceof NotTextError) throw new UsageError(`${file}:${e.line}: ${e.detail}`);
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? 'error'})`);
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
      process.stderr.write(`irule: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 70;
    }
  };
}

/** Writes through a temporary file in the same directory, then renames it over the original. */
export function writeAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode });
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw new UsageError(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A unified diff with added lines green, removed red, hunk headers cyan. */
export function colorDiff(diff: string): string {
  return diff
    .split('\n')
    .map((l) => (l.startsWith('+') && !l.startsWith('+++') ? chalk.green(l) : l.startsWith('-') && !l.startsWith('---') ? chalk.red(l) : l.startsWith('@@') ? chalk.cyan(l) : l))
    .join('\n');
}
