// --format sarif: valid SARIF 2.1.0 (checked against the OASIS schema), one descriptor per check.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/lint/checks/index.js';
import { formatSarif, toSarif } from '../../../src/lint/formatters/sarif.js';
import { lintSource } from '../../../src/lint/linter.js';
import type { FileResult } from '../../../src/lint/types.js';

const schema = JSON.parse(readFileSync(new URL('../../data/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
// The schema's formats (ajv-formats is not a dependency): an absolute URI has a scheme; a reference
// is any URI or relative path without spaces; date-time is ISO 8601.
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
ajv.addFormat('uri-reference', /^[^\s]*$/);
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT/.test(s) && !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const src = 'when HTTP_REQUEST {\n  if { 1 }{ pool a }\n  if { 0 } {\n    pool a\n  }\n\n  else {\n    pool b\n  }\n}\n';
const results: FileResult[] = [
  { file: '/repo/rules/a b.tcl', diagnostics: lintSource(src, 'a b.tcl', {}, CHECKS.filter((c) => ['IR1002', 'IR1003'].includes(c.meta.code))) },
  { file: '/repo/rules/clean.tcl', diagnostics: [] },
  { file: '/repo/rules/odd.tcl', diagnostics: [{ code: 'IR0000', category: 'correctness', severity: 'info', message: 'x', line: 1, column: 1, endLine: 1, endColumn: 1 }] },
];

describe('SARIF', () => {
  const log: Any = JSON.parse(formatSarif(results, { baseDir: '/repo' }));
  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });
  it('one run; the driver names irule with its version and one rule per registered check', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('irule');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.rules.slice(0, CHECKS.length).map((r: Any) => r.id)).toEqual(CHECKS.map((c) => c.meta.code));
    const r = driver.rules.find((x: Any) => x.id === 'IR1002');
    expect(r).toMatchObject({
      name: 'missing-word-space',
      shortDescription: { text: CHECKS.find((c) => c.meta.code === 'IR1002')!.meta.description },
      defaultConfiguration: { level: 'warning' },
    });
    expect(r.fullDescription.text).toMatch(/BIG-IP splits/);
    expect(r.help.text).toContain('if { [HTTP::path] eq "/" }{');
    expect(r.help.markdown).toContain('```tcl\nwhen HTTP_REQUEST {');
  });
  it('results: ruleId, level, message, relative URI and region; info is note; IR0000 gets a descriptor', () => {
    const res = log.runs[0].results;
    expect(res.map((x: Any) => [x.ruleId, x.level])).toEqual([['IR1002', 'warning'], ['IR1003', 'error'], ['IR0000', 'note']]);
    expect(res[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'rules/a%20b.tcl', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 7 },
    });
    expect(res[1].message.text).toMatch(/same line/);
    expect(log.runs[0].tool.driver.rules[res[2].ruleIndex].id).toBe('IR0000');
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
  });
  it('no IR0000 descriptor when no check failed; an empty run is valid', () => {
    const empty: Any = toSarif([{ file: 'x.tcl', diagnostics: [] }]);
    expect(empty.runs[0].tool.driver.rules.map((r: Any) => r.id)).toEqual(CHECKS.map((c) => c.meta.code));
    expect(validate(empty)).toBe(true);
  });
});
