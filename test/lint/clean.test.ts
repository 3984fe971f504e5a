// The false-positive suite: idiomatic, correct iRules (test/lint/clean/*.tcl) must lint with no
// errors from any check. A warning is allowed only when listed below with the reason it is
// acceptable there; infos are allowed. The AI pinning rule must draw nothing from the catalog and
// structure checks (its real findings are the security and pinning checks' business).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/linter.js';

const dir = new URL('./clean/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.tcl')).sort();

/** Accepted warnings: file -> code -> why it is acceptable in that rule. */
const ALLOWED_WARNINGS: Record<string, Record<string, string>> = {
  '06-persistence.tcl': {
    IR4004: 'the persistence key is the application\'s own session cookie, used as issued; validating its shape is a hardening the pinning check rightly suggests, not a defect of the idiom',
  },
};

const show = (ds: { line: number; column: number; code: string; message: string }[]) => ds.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n  ');

describe('clean idiomatic rules', () => {
  it('has the ten rules of the suite', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  it.each(files)('%s: no errors, no unlisted warnings, no crash', (file) => {
    const ds = lintSource(readFileSync(dir + file, 'utf8'), file);
    const errors = ds.filter((d) => d.severity === 'error' || d.code === 'IR0000');
    expect(errors, `errors in ${file}:\n  ${show(errors)}`).toEqual([]);
    const allowed = ALLOWED_WARNINGS[file] ?? {};
    const warnings = ds.filter((d) => d.severity === 'warning' && !(d.code in allowed));
    expect(warnings, `unlisted warnings in ${file}:\n  ${show(warnings)}`).toEqual([]);
  });
});

describe('the AI pinning rule', () => {
  const source = readFileSync(new URL('../../rules/ai-stream-pin.tcl', import.meta.url), 'utf8');
  const CATALOG_AND_STRUCTURE = /^IR(20(0\d|1[0-5])|3001|500\d)$/;
  it.each([
    ['profiles unknown', undefined],
    ['profiles of its scenario (http, oneconnect, universal persistence)', new Set(['tcp', 'http', 'oneconnect', 'universal'])],
  ])('draws no catalog or structure finding (%s)', (_, profiles) => {
    const ds = lintSource(source, 'ai-stream-pin.tcl', profiles ? { virtual: { profiles } } : {}).filter((d) => CATALOG_AND_STRUCTURE.test(d.code) || d.code === 'IR0000');
    expect(ds, show(ds)).toEqual([]);
  });
});
