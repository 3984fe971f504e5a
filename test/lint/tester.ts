// A tiny RuleTester for lint checks: run ONE check (by code or name) on a source and compare where it reports.
//
//   expectReports('IR2001', 'when HTTP_REQUEST {\n  HTTP::foo\n}', [{ line: 2, column: 3 }]);
//   expectReports('IR2001', src, [{ line: 2, column: 3, message: /near miss/ }], { virtual: { profiles: ['http'] } });
//   expectClean('IR2001', 'when HTTP_REQUEST {\n  HTTP::uri\n}');
//
// Only the named check runs (other checks' findings never interfere). Inline suppressions and the
// `# profiles:` comment apply as in the real linter. A check that throws fails the test.
import { expect } from 'vitest';
import { CHECKS } from '../../src/lint/checks/index.js';
import { lintSource, type LintConfig } from '../../src/lint/linter.js';
import type { Check, Diagnostic, Severity } from '../../src/lint/types.js';

export interface Expected {
  line: number;
  column: number;
  /** Substring or pattern the message must match. */
  message?: string | RegExp;
  severity?: Severity;
  endLine?: number;
  endColumn?: number;
}

export interface TesterOptions {
  /** Facts about the virtual server (as in irule.config.json); omitted = unknown. */
  virtual?: { profiles?: Iterable<string>; pools?: Iterable<string>; datagroups?: Iterable<string> };
  /** Severity override for the check ('error' | 'warning' | 'info'). */
  severity?: Severity;
  file?: string;
}

export function findCheck(codeOrName: string): Check {
  const check = CHECKS.find((c) => c.meta.code === codeOrName || c.meta.name === codeOrName);
  if (!check) throw new Error(`no registered check "${codeOrName}" (is it in src/lint/checks/index.ts?)`);
  return check;
}

/** Runs one check on `source`; returns its diagnostics (and fails on an IR0000 crash report). */
export function lintWith(codeOrName: string, source: string, options: TesterOptions = {}): Diagnostic[] {
  const check = findCheck(codeOrName);
  const set = (v: Iterable<string> | undefined) => (v === undefined ? undefined : new Set([...v].map((s) => s.toLowerCase())));
  const config: LintConfig = {
    rules: options.severity ? { [check.meta.code]: options.severity } : {},
    virtual: {
      ...(options.virtual?.profiles ? { profiles: set(options.virtual.profiles) } : {}),
      ...(options.virtual?.pools ? { pools: new Set(options.virtual.pools) } : {}),
      ...(options.virtual?.datagroups ? { datagroups: new Set(options.virtual.datagroups) } : {}),
    },
  };
  const all = lintSource(source, options.file ?? 'test.tcl', config, [check]);
  const crashed = all.filter((d) => d.code === 'IR0000');
  expect(crashed.map((d) => d.message), `${check.meta.code} threw`).toEqual([]);
  return all.filter((d) => d.code === check.meta.code);
}

const show = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n  ');

/** The check reports exactly at these positions (in any order); optional message/severity/end are checked too. */
export function expectReports(codeOrName: string, source: string, expected: Expected[], options: TesterOptions = {}): Diagnostic[] {
  const got = lintWith(codeOrName, source, options);
  const key = (p: { line: number; column: number }) => `${p.line}:${p.column}`;
  const byPos = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line - b.line || a.column - b.column;
  expect(got.map(key).sort(), `${codeOrName} reports (got:\n  ${show(got) || '(none)'}\n)`).toEqual([...expected].sort(byPos).map(key).sort());
  const sortedGot = [...got].sort(byPos);
  const sortedExp = [...expected].sort(byPos);
  sortedExp.forEach((e, i) => {
    const d = sortedGot[i]!;
    if (e.message !== undefined) {
      if (typeof e.message === 'string') expect(d.message, `message at ${key(e)}`).toContain(e.message);
      else expect(d.message, `message at ${key(e)}`).toMatch(e.message);
    }
    if (e.severity !== undefined) expect(d.severity, `severity at ${key(e)}`).toBe(e.severity);
    if (e.endLine !== undefined) expect(d.endLine, `endLine at ${key(e)}`).toBe(e.endLine);
    if (e.endColumn !== undefined) expect(d.endColumn, `endColumn at ${key(e)}`).toBe(e.endColumn);
  });
  return got;
}

/** The check reports nothing on `source`. */
export function expectClean(codeOrName: string, source: string, options: TesterOptions = {}): void {
  const got = lintWith(codeOrName, source, options);
  expect(got, `${codeOrName} should not report, got:\n  ${show(got)}`).toEqual([]);
}
