// Inline suppressions: next-line, same-line (`;#`), blocks; codes or names; all nesting levels.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/lint/checks/index.js';
import { lintSource } from '../../../src/lint/linter.js';
import { collectComments, collectSuppressions } from '../../../src/lint/suppress.js';
import { parseRuleFile } from '../../../src/syntax/irule.js';
import { expectClean, expectReports } from '../tester.js';

// Only the checks these sources are about run: other checks' findings must not interfere.
const only = CHECKS.filter((c) => ['IR0001', 'IR1001', 'IR1002', 'IR1003'].includes(c.meta.code));
const codes = (src: string) => lintSource(src, 't.tcl', {}, only).map((d) => `${d.code}@${d.line}`);
// `}{` (IR1002, a warning) on a line of its own is easy to place anywhere.
const gap = 'if { 1 }{ pool a }';

describe('inline suppressions', () => {
  it('a finding without a suppression is reported', () => {
    expect(codes(`when HTTP_REQUEST {\n  ${gap}\n}`)).toEqual(['IR1002@2']);
  });
  it('disable-next-line by code, by name, case-insensitively, several codes, no code', () => {
    for (const d of ['IR1002', 'missing-word-space', 'ir1002', 'IR1003, IR1002', 'IR1003 missing-word-space', '']) {
      expect(codes(`when HTTP_REQUEST {\n  # irule-disable-next-line ${d}\n  ${gap}\n}`), d).toEqual([]);
    }
  });
  it('disable-next-line naming another check does not silence this one', () => {
    expect(codes(`when HTTP_REQUEST {\n  # irule-disable-next-line IR1003\n  ${gap}\n}`)).toEqual(['IR1002@3']);
  });
  it('disable-next-line applies to the next code line only (blank and comment lines skipped)', () => {
    expect(codes(`when HTTP_REQUEST {\n  # irule-disable-next-line IR1002\n\n  # why: legacy\n  ${gap}\n  ${gap}\n}`)).toEqual(['IR1002@6']);
  });
  it('a reason after -- is ignored', () => {
    expect(codes(`when HTTP_REQUEST {\n  # irule-disable-next-line IR1002 -- BIG-IP accepts it\n  ${gap}\n}`)).toEqual([]);
  });
  it('trailing ;# irule-disable-line on the same line', () => {
    expect(codes(`when HTTP_REQUEST {\n  ${gap} ;# irule-disable-line IR1002\n  ${gap}\n}`)).toEqual(['IR1002@3']);
  });
  it('block form: disable ... enable, and to the end of the file without enable', () => {
    const src = `when HTTP_REQUEST {\n  ${gap}\n  # irule-disable IR1002\n  ${gap}\n  ${gap}\n  # irule-enable IR1002\n  ${gap}\n  # irule-disable\n  ${gap}\n}`;
    expect(codes(src)).toEqual(['IR1002@2', 'IR1002@7']);
  });
  it('block form: disable all, then re-enable one', () => {
    const src = `# irule-disable\nwhen HTTP_REQUEST {\n  ${gap}\n  # irule-enable IR1002\n  ${gap}\n  # irule-enable\n}`;
    expect(codes(src)).toEqual(['IR1002@5']);
  });
  it('comments in nested bodies are found: if, switch arms, foreach, procs, [substitutions]', () => {
    const src = [
      'proc p {} {',
      '  # irule-disable-next-line IR1002',
      `  ${gap}`,
      '}',
      'when HTTP_REQUEST {',
      '  switch -glob [HTTP::path] {',
      '    "/a*" {',
      '      foreach x {1 2} {',
      '        if { 1 } {',
      '          # irule-disable-next-line IR1002',
      `          ${gap}`,
      '        }',
      '      }',
      '    }',
      '  }',
      '  set y [string length [',
      '    # irule-disable-next-line IR1002',
      `    ${gap}`,
      '  ]]',
      '}',
    ].join('\n');
    expect(codes(src)).toEqual([]);
    expect(collectComments(parseRuleFile(src)).map((c) => c.loc.start.line)).toEqual([2, 10, 17]);
  });
  it('a suppression written inside a string is not a comment', () => {
    expect(codes(`when HTTP_REQUEST {\n  set m "\n  # irule-disable-next-line IR1002\n  "\n  ${gap}\n}`)).toEqual(['IR1002@5']);
  });
  it('directives are cached per parse and positioned on the code', () => {
    const parsed = parseRuleFile('when HTTP_REQUEST {\n  # irule-disable-next-line IR1002, nope\n  pool a\n}');
    const s = collectSuppressions(parsed);
    expect(collectSuppressions(parsed)).toBe(s);
    expect(s.directives[0]).toMatchObject({ kind: 'disable-next-line', line: 3 });
    expect(s.directives[0]!.targets!.map((t) => [t.id, t.code, t.loc.start.column])).toEqual([['IR1002', 'IR1002', 29], ['nope', null, 37]]);
  });
});

describe('IR0001 unknown-suppression', () => {
  it('reports an unknown code, on the code', () => {
    expectReports('IR0001', 'when HTTP_REQUEST {\n  # irule-disable-next-line IR1002, IR9999\n  pool a\n}', [
      { line: 2, column: 37, endColumn: 43, message: 'unknown check "IR9999"' },
    ]);
  });
  it('reports a misspelt directive', () => {
    expectReports('IR0001', 'when HTTP_REQUEST {\n  # irule-disable-nextline IR1002\n  pool a\n}', [{ line: 2, column: 5, message: /not a suppression directive/ }]);
  });
  it('known codes, names, IR0000, and ordinary comments are fine', () => {
    expectClean('IR0001', '# irule-disable IR0000 dangling-else\n# irule: this rule pins sessions\nwhen HTTP_REQUEST {\n  # irule-enable\n  pool a ;# irule-disable-line IR1003\n}');
  });
  it('can itself be suppressed', () => {
    expect(codes('# irule-disable IR0001\nwhen HTTP_REQUEST {\n  # irule-disable-next-line IR9999\n  pool a\n}')).toEqual([]);
  });
});
