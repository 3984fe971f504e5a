// Baselines match findings by file, code, message and line text: line moves don't resurrect them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaseline, filterBaseline, readBaseline, writeBaseline, type LintedFile } from '../../../src/lint/baseline.js';
import { CHECKS } from '../../../src/lint/checks/index.js';
import { lintSource } from '../../../src/lint/linter.js';

const dir = mkdtempSync(join(tmpdir(), 'irule-baseline-'));
const bl = join(dir, 'lint-baseline.json');
const only = CHECKS.filter((c) => c.meta.code === 'IR1002');
const lint = (file: string, source: string): LintedFile => ({ file, source, diagnostics: lintSource(source, file, {}, only) });
const gap = (s: string) => `  if { ${s} }{ pool a }`;

describe('baseline', () => {
  const before = lint(join(dir, 'r.tcl'), ['when HTTP_REQUEST {', gap('1'), '}'].join('\n'));
  it('records file (relative to the baseline), code, message, trimmed line text and a count', () => {
    const b = buildBaseline([before], bl);
    expect(b.findings).toEqual([{ file: 'r.tcl', code: 'IR1002', message: before.diagnostics[0]!.message, text: 'if { 1 }{ pool a }', count: 1 }]);
  });
  it('an accepted finding stays accepted when lines move or indentation changes; a new one is reported', () => {
    writeBaseline(bl, [before]);
    const after = lint(join(dir, 'r.tcl'), ['when HTTP_REQUEST {', '  log local0. "added"', '', '    if { 1 }{ pool a }', gap('2'), gap('1'), '}'].join('\n'));
    const r = filterBaseline([after], readBaseline(bl), bl);
    expect(r.matched).toBe(1);
    expect(r.files[0]!.diagnostics.map((d) => d.line)).toEqual([5, 6]); // line 6 is a second copy of the accepted one
  });
  it('another file with the same finding is not accepted', () => {
    const other = lint(join(dir, 'other.tcl'), before.source);
    expect(filterBaseline([other], readBaseline(bl), bl).files[0]!.diagnostics).toHaveLength(1);
  });
  it('unreadable or malformed baselines are clear errors', () => {
    expect(() => readBaseline(join(dir, 'none.json'))).toThrow(/none\.json: cannot read the baseline \(no such file; create it with --write-baseline\)/);
    writeFileSync(join(dir, 'bad.json'), '{"findings": []}');
    expect(() => readBaseline(join(dir, 'bad.json'))).toThrow(/bad\.json: not an irule baseline/);
    writeFileSync(join(dir, 'bad2.json'), '{"version": 1, "findings": [{"file": "x"}]}');
    expect(() => readBaseline(join(dir, 'bad2.json'))).toThrow(/bad2\.json: findings\[0\]: expected/);
  });
});
