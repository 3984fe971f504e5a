// A baseline: the findings accepted when it was written, so that CI fails only on new ones.
// A finding is matched by file, code, message and the text of its line (trimmed), never by line
// number: edits elsewhere in the file do not bring accepted findings back. Identical findings are
// counted, so a second copy of an accepted problem is new.

import { writeFileSync } from 'node:fs';
import { NotTextError } from '../input/bytes.js';
import { FileReadError, printableName, readInputFile } from '../input/files.js';
import { jsonSyntaxMessage } from '../input/jsonpos.js';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from './types.js';

export interface BaselineEntry {
  /** Path relative to the baseline file's folder, with `/` separators. */
  file: string;
  code: string;
  message: string;
  /** The finding's line, trimmed. */
  text: string;
  /** How many identical findings were accepted. */
  count: number;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export interface LintedFile {
  file: string;
  source: string;
  diagnostics: Diagnostic[];
}

export class BaselineError extends Error {}

/** The key under which a baseline file records `file` (relative to the baseline's folder). */
export function baselinePath(file: string, baselineFile: string): string {
  if (file === '-') return '-';
  return relative(dirname(resolve(baselineFile)), resolve(file)).split(sep).join('/');
}

function lineText(lines: string[], line: number): string {
  return (lines[line - 1] ?? '').trim();
}

function key(file: string, code: string, message: string, text: string): string {
  return JSON.stringify([file, code, message, text]);
}

export function buildBaseline(files: LintedFile[], baselineFile: string): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const f of files) {
    const lines = f.source.split('\n');
    const file = baselinePath(f.file, baselineFile);
    for (const d of f.diagnostics) {
      const text = lineText(lines, d.line);
      const k = key(file, d.code, d.message, text);
      const e = counts.get(k);
      if (e) e.count++;
      else counts.set(k, { file, code: d.code, message: d.message, text, count: 1 });
    }
  }
  const findings = [...counts.values()].sort((a, b) => a.file.localeCompare(b.file) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message) || a.text.localeCompare(b.text));
  return { version: 1, findings };
}

export function writeBaseline(baselineFile: string, files: LintedFile[]): Baseline {
  const b = buildBaseline(files, baselineFile);
  try {
    writeFileSync(baselineFile, JSON.stringify(b, null, 2) + '\n');
  } catch (e) {
    throw new BaselineError(`${baselineFile}: cannot write the baseline (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return b;
}

export function readBaseline(baselineFile: string): Baseline {
  let text: string;
  try {
    text = readInputFile(baselineFile);
  } catch (e) {
    if (e instanceof FileReadError) throw new BaselineError(`${printableName(baselineFile)}: cannot read the baseline (${e.reason === 'no such file' ? 'no such file; create it with --write-baseline' : e.reason})`);
    if (e instanceof NotTextError) throw new BaselineError(`${printableName(baselineFile)}:${e.line}: ${e.detail}`);
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`${printableName(baselineFile)}: not valid JSON: ${jsonSyntaxMessage(text)}`);
  }
  const d = data as Partial<Baseline> | null;
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.findings)) {
    throw new BaselineError(`${baselineFile}: not an irule baseline: expected {"version": 1, "findings": [...]} as written by --write-baseline`);
  }
  d.findings.forEach((f, i) => {
    const ok = f && typeof f === 'object' && ['file', 'code', 'message', 'text'].every((k) => typeof (f as unknown as Record<string, unknown>)[k] === 'string')
      && (f.count === undefined || (Number.isInteger(f.count) && f.count >= 1));
    if (!ok) throw new BaselineError(`${baselineFile}: findings[${i}]: expected {"file", "code", "message", "text": strings, "count": a positive integer}`);
  });
  return { version: 1, findings: d.findings.map((f) => ({ ...f, count: f.count ?? 1 })) };
}

/** The findings of each file that the baseline does not account for, and how many it did. */
export function filterBaseline(files: LintedFile[], baseline: Baseline, baselineFile: string): { files: LintedFile[]; matched: number } {
  const left = new Map<string, number>();
  for (const e of baseline.findings) {
    const k = key(e.file, e.code, e.message, e.text);
    left.set(k, (left.get(k) ?? 0) + e.count);
  }
  let matched = 0;
  const out = files.map((f) => {
    const lines = f.source.split('\n');
    const file = baselinePath(f.file, baselineFile);
    const diagnostics = f.diagnostics.filter((d) => {
      const k = key(file, d.code, d.message, lineText(lines, d.line));
      const n = left.get(k) ?? 0;
      if (n === 0) return true;
      left.set(k, n - 1);
      matched++;
      return false;
    });
    return { ...f, diagnostics };
  });
  return { files: out, matched };
}
