// irule fmt [--check] [--stdout] FILES|DIRS: the canonical layout of src/syntax/printer.ts.
// Exit codes: 0 nothing to do / all written; 1 a file would change (--check) or has syntax errors
// (it is then left alone); 2 an input could not be read or written, or a usage error.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { createTwoFilesPatch } from 'diff';
import { formatRuleFile, formatScript, type FormatResult } from '../syntax/printer.js';
import { printableName } from '../input/files.js';
import { action, applyColorOption, colorDiff, readText, ruleFiles, UsageError, writeAtomic } from './io.js';

export interface FmtOptions {
  check?: boolean;
  stdout?: boolean;
  dialect?: string;
  color?: boolean;
}

/** The most diff lines shown per file by --check. */
const DIFF_LINES = 40;

export function registerFmt(program: Command): void {
  program
    .command('fmt')
    .description('rewrite iRules in the canonical layout (a file with syntax errors is left alone)')
    .argument('<paths...>', 'rule files or directories ("-" reads stdin and writes stdout)')
    .option('--check', 'write nothing: list the files that would change, with a diff; exit 1 if any')
    .option('--stdout', 'write the formatted text to stdout instead of rewriting the files')
    .option('--dialect <dialect>', 'irule (rule files, bigip.conf ltm rule blocks) or tcl (plain scripts)', 'irule')
    .option('--no-color', 'disable colors')
    .action(action((paths: string[], opts: FmtOptions) => runFmt(paths, opts)));
}

function formatText(text: string, dialect: string): FormatResult {
  return dialect === 'tcl' ? formatScript(text, { dialect: 'tcl' }) : formatRuleFile(text);
}

/** A unified diff of the change, cut to DIFF_LINES lines. */
export function shortDiff(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(file, file, before, after, 'original', 'formatted', { context: 2 });
  const lines = patch.replace(/^Index: .*\n=+\n/, '').trimEnd().split('\n');
  const shown = lines.slice(0, DIFF_LINES);
  if (lines.length > DIFF_LINES) shown.push(`... (${lines.length - DIFF_LINES} more diff lines)`);
  return colorDiff(shown.join('\n')) + '\n';
}


/** Paths listed in the nearest .irulefmtignore (one per line, relative to it; # comments). */
function fmtIgnored(): Set<string> {
  let dir = process.cwd();
  for (;;) {
    const f = join(dir, '.irulefmtignore');
    if (existsSync(f)) {
      const lines = readText(f).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      return new Set(lines.map((l) => resolve(dir, l)));
    }
    const up = dirname(dir);
    if (up === dir) return new Set();
    dir = up;
  }
}

export function runFmt(paths: string[], opts: FmtOptions): number {
  applyColorOption(opts);
  const dialect = opts.dialect ?? 'irule';
  if (dialect !== 'irule' && dialect !== 'tcl') throw new UsageError(`unknown dialect "${dialect}": expected irule or tcl`);
  if (opts.check && opts.stdout) throw new UsageError('--check and --stdout cannot be used together');
  const ignored = fmtIgnored();
  const files = paths.flatMap((p) => (p === '-' ? ['-'] : ruleFiles([p]))).filter((f) => {
    // Files named in .irulefmtignore are kept as they are (e.g. a byte-for-byte reference copy).
    if (f !== '-' && ignored.has(resolve(f))) {
      process.stderr.write(`${printableName(f)}: skipped (listed in .irulefmtignore)\n`);
      return false;
    }
    return true;
  });
  let code = 0;
  let wouldChange = 0;
  let written = 0;
  let failed = 0;
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      process.stderr.write(`irule: ${e.message}\n`);
      code = 2;
      unreadable++;
      continue;
    }
    const name = file === '-' ? '<stdin>' : printableName(file);
    const r = formatText(text, dialect);
    if (r.errors.length > 0 || r.internalError) {
      for (const e of r.errors) process.stderr.write(`${name}:${e.loc.start.line}:${e.loc.start.column}: error: ${e.message}\n`);
      if (r.internalError) process.stderr.write(`${name}: error: ${r.internalError}\n`);
      process.stderr.write(`${name}: not formatted (left unchanged)\n`);
      failed++;
      code = Math.max(code, 1);
    }
    if (opts.stdout || (file === '-' && !opts.check)) {
      process.stdout.write(r.output);
      continue;
    }
    if (!r.changed) continue;
    if (opts.check) {
      wouldChange++;
      process.stdout.write(`${name}: would reformat\n${shortDiff(name, text, r.output)}`);
      code = Math.max(code, 1);
      continue;
    }
    try {
      writeAtomic(file, r.output);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      process.stderr.write(`irule: ${e.message}\n`);
      code = 2;
      continue;
    }
    written++;
    process.stdout.write(`${name}: formatted\n`);
  }
  if (opts.check) {
    const ok = files.length - wouldChange - failed - unreadable;
    process.stderr.write(`${wouldChange} file${wouldChange === 1 ? '' : 's'} would be reformatted, ${ok} already canonical${failed ? `, ${failed} not formatted (errors)` : ''}${unreadable ? `, ${unreadable} unreadable` : ''}\n`);
  } else if (!opts.stdout && written + failed > 0 && files.length > 1) {
    process.stderr.write(`${written} file${written === 1 ? '' : 's'} formatted${failed ? `, ${failed} not formatted (errors)` : ''}\n`);
  }
  return code;
}
