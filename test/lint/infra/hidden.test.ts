// A finding cannot be hidden: nesting a rule past what irule reads, or making a check fail, leaves
// the rest of the rule analysed and is a finding of its own.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../../src/lint/linter.js';
import { CHECKS } from '../../../src/lint/checks/index.js';
import { MAX_NESTING } from '../../../src/syntax/parser.js';
import type { Check } from '../../../src/lint/types.js';
import { literalValue, type Command } from '../../../src/syntax/ast.js';
import { forEachCommand } from '../../../src/syntax/visit.js';
import { parseBody, walk } from '../../../src/syntax/walk.js';

const injection = '  eval [HTTP::header value X-Cmd]\n';

describe('deep nesting', () => {
  // The when body is one level deep, so its k-th nested [ opens a script k + 1 levels deep: the
  // MAX_NESTING-th is the first too deep (parser.ts MAX_NESTING, Tcl's own limit).
  const nested = (k: number) => `when HTTP_REQUEST {\n  set a ${'[list '.repeat(k)}x${']'.repeat(k)}\n${injection}}\n`;

  it('200 nested [ is no error (Tcl takes it), and the eval of a header is still reported', () => {
    const d = lintSource(nested(200), 'deep.tcl');
    expect(d.filter((x) => x.category === 'syntax')).toEqual([]);
    expect(d.filter((x) => x.code === 'IR3002').map((x) => x.line)).toEqual([3]);
    expect(d.filter((x) => x.code === 'IR0000')).toEqual([]);
  });

  it('nesting up to the limit is read normally', () => {
    const d = lintSource(nested(MAX_NESTING - 1), 'ok.tcl');
    expect(d.filter((x) => x.category === 'syntax')).toEqual([]);
    expect(d.filter((x) => x.code === 'IR3002')).toHaveLength(1);
  });

  for (const k of [MAX_NESTING, 100_000]) {
    it(`${k} nested [: an error at the first level too deep; every check still runs`, () => {
      const d = lintSource(nested(k), 'deep.tcl');
      const deep = d.filter((x) => x.code === 'IR1001');
      expect(deep.map((x) => [x.line, x.column, x.message.split(':')[0]])).toEqual([[2, 9 + 6 * (MAX_NESTING - 1), 'too many nested compilations (infinite loop?)']]);
      expect(deep[0]!.message).toMatch(new RegExp(`more than ${MAX_NESTING} scripts deep`));
      expect(d.filter((x) => x.code === 'IR3002').map((x) => x.line)).toEqual([3]);
      expect(d.filter((x) => x.code === 'IR0000')).toEqual([]);
    });
  }

  it('3000 nested if bodies in one event: the injection after them is still reported', () => {
    const src = `when HTTP_REQUEST {\n${'if {1} {\n'.repeat(3000)}set x 1\n${'}\n'.repeat(3000)}${injection}}\n`;
    const d = lintSource(src, 'deep.tcl');
    // The if on line k + 1 is k levels deep; its body one more.
    expect(d.filter((x) => x.code === 'IR1001').map((x) => [x.line, x.column])).toEqual([[MAX_NESTING + 1, 9]]);
    expect(d.filter((x) => x.code === 'IR3002').map((x) => x.line)).toEqual([6003]);
    expect(d.filter((x) => x.code === 'IR0000')).toEqual([]);
  });

  it('braces of data nest without limit', () => {
    const src = `when HTTP_REQUEST {\n  set a ${'{'.repeat(5000)}x${'}'.repeat(5000)}\n${injection}}\n`;
    const d = lintSource(src, 'data.tcl');
    expect(d.filter((x) => x.category === 'syntax')).toEqual([]);
    expect(d.filter((x) => x.code === 'IR3002').map((x) => x.line)).toEqual([3]);
  });
});

describe('a check that fails', () => {
  const failing = (category: Check['meta']['category']): Check => ({
    meta: { ...CHECKS[0]!.meta, code: 'IR9999', name: 'always-fails', category },
    run() {
      throw new Error('boom');
    },
  });

  it('is an error for a security check, and the other checks still report', () => {
    const src = `when HTTP_REQUEST {\n${injection}}\n`;
    const d = lintSource(src, 'r.tcl', {}, [failing('security'), ...CHECKS]);
    const failure = d.find((x) => x.code === 'IR0000');
    expect(failure?.severity).toBe('error');
    expect(failure?.message).toMatch(/check IR9999 \(always-fails\) could not analyse this file: boom/);
    expect(d.some((x) => x.code === 'IR3002')).toBe(true);
  });

  it('is a warning for a style check', () => {
    const d = lintSource('when HTTP_REQUEST {\n  log local0. hi\n}\n', 'r.tcl', {}, [failing('style')]);
    expect(d.map((x) => [x.code, x.severity])).toEqual([['IR0000', 'warning']]);
  });

  // A check that fails on one command: the finding is at that command (start and end), not at 1:1.
  const failsAt = (name: string, how: 'visit' | 'walk'): Check => ({
    meta: { ...CHECKS[0]!.meta, code: 'IR9998', name: 'fails-on-boom', category: 'security' },
    run(ctx) {
      const visit = (cmd: Command) => {
        if (cmd.words[0] && literalValue(cmd.words[0]) === name) throw new Error('boom');
      };
      if (how === 'visit') forEachCommand(ctx.parsed, (site) => visit(site.cmd));
      else for (const rule of ctx.parsed.rules) for (const h of rule.handlers) walk(parseBody(h.body, 'irule'), 'irule', { command: visit });
    },
  });
  const nested = 'when HTTP_REQUEST {\n  set a 1\n  if {1} {\n    foreach x {1 2} { set y [boom $x] }\n  }\n}\n';

  for (const how of ['visit', 'walk'] as const) {
    it(`is reported at the command the check failed on (${how})`, () => {
      const d = lintSource(nested, 'r.tcl', {}, [failsAt('boom', how)]);
      const f = d.filter((x) => x.code === 'IR0000');
      expect(f.map((x) => [x.line, x.column, x.endLine, x.endColumn])).toEqual([[4, 30, 4, 37]]);
      expect(f[0]!.message).toMatch(/could not analyse this part of the file: boom/);
    });
  }
});
