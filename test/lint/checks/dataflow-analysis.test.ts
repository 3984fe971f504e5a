// The shared dataflow analysis (src/lint/analysis): taint through variables, commands and events,
// block-structured assignments, validation, and the event order table.
import { describe, expect, it } from 'vitest';
import { allowsLeadingDash, analyze, has, mayRunBefore, T, type Analysis } from '../../../src/lint/analysis/index.js';
import { parseRuleFile } from '../../../src/syntax/irule.js';

function run(src: string): Analysis {
  return analyze(parseRuleFile(src));
}

/** Taint bits of word `i` of the first command named `name` on `line`. */
function argBits(a: Analysis, name: string, line: number, i: number): number {
  const rec = a.commands.find((c) => c.name === name && c.cmd.loc.start.line === line);
  if (!rec) throw new Error(`no ${name} on line ${line}`);
  return rec.args[i]!.bits;
}

describe('dataflow analysis', () => {
  it('carries client taint through variables, string operations, append and lappend', () => {
    const a = run('when HTTP_REQUEST {\n  set h [string tolower [HTTP::header value X-A]]\n  append msg "x=" $h\n  lappend l $msg\n  log local0. [join $l]\n}');
    const bits = argBits(a, 'log', 5, 2);
    expect(has({ bits, origins: [] }, T.CLIENT)).toBe(true);
    expect(has({ bits, origins: [] }, T.CODE)).toBe(true);
  });
  it('flows across events of a connection (both directions, keep-alive) and stops at list quoting', () => {
    const a = run('when HTTP_RESPONSE {\n  log local0. $u\n  eval [list pool $u]\n}\nwhen HTTP_REQUEST {\n  set u [HTTP::uri]\n}');
    expect(argBits(a, 'log', 2, 2) & T.CLIENT).toBeTruthy();
    expect(argBits(a, 'eval', 3, 1) & T.CODE).toBe(0);
  });
  it('an assignment replaces the value for the rest of its block; after a branch both values are possible', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  set x [HTTP::header value X-A]',
      '  if { 1 } {',
      '    set x "fixed"',
      '    log local0. $x',
      '  }',
      '  log local0. $x',
      '  set x "again"',
      '  log local0. $x',
      '}',
    ].join('\n');
    const a = run(src);
    expect(argBits(a, 'log', 5, 2)).toBe(0);
    expect(argBits(a, 'log', 7, 2) & T.CLIENT).toBeTruthy();
    expect(argBits(a, 'log', 9, 2)).toBe(0);
  });
  it('validation removes client taint; a credential stays a credential until hashed', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  set k [HTTP::header value X-API-Key]',
      '  if { [regexp {^[a-f0-9]{32}$} $k] } { log local0. $k }',
      '  log local0. [sha256 $k]',
      '}',
    ].join('\n');
    const a = run(src);
    const validated = argBits(a, 'log', 3, 2);
    expect(validated & T.CLIENT).toBe(0);
    expect(validated & T.SECRET).toBeTruthy();
    expect(argBits(a, 'log', 4, 2) & T.SECRET).toBe(0);
  });
  it('records definitions and reads with positions (foreach, regexp, scan, lassign, array elements)', () => {
    const a = run('when HTTP_REQUEST {\n  foreach {k v} [list a 1] { set m($k) $v }\n  regexp {(\\d+)} [HTTP::uri] -> n\n  scan $n %d num\n  lassign [list 1 2] p q\n  log local0. "$m(a) $num $p $q"\n}');
    const defs = a.refs.filter((r) => r.kind === 'def').map((r) => `${r.base}:${r.how}`);
    expect(defs).toEqual(expect.arrayContaining(['k:foreach', 'v:foreach', 'm:set', '->:regexp', 'n:regexp', 'num:scan', 'p:lassign', 'q:lassign']));
    const reads = a.refs.filter((r) => r.kind === 'read' && r.loc.start.line === 6).map((r) => r.base);
    expect(reads).toEqual(['m', 'num', 'p', 'q']);
    expect(a.dynamicDefs).toBe(false);
  });
  it('flags dynamic assignments and reads', () => {
    expect(run('when HTTP_REQUEST {\n  set n x\n  set $n 1\n}').dynamicDefs).toBe(true);
    expect(run('when HTTP_REQUEST {\n  log local0. [subst $static::t]\n}').dynamicReads).toBe(true);
  });
  it('orders events by their first occurrence on a connection', () => {
    expect(mayRunBefore('CLIENT_ACCEPTED', 'HTTP_REQUEST')).toBe(true);
    expect(mayRunBefore('HTTP_RESPONSE', 'HTTP_REQUEST')).toBe(false);
    expect(mayRunBefore('HTTP_REQUEST', 'CLIENT_ACCEPTED')).toBe(false);
    expect(mayRunBefore('LB_SELECTED', 'LB_FAILED')).toBe(false);
    expect(mayRunBefore('SOME_UNKNOWN_EVENT', 'CLIENT_ACCEPTED')).toBe(true);
  });
  it('knows which regexp patterns still allow a leading "-"', () => {
    expect(allowsLeadingDash('^[A-Za-z0-9._:-]{1,128}$')).toBe(true);
    expect(allowsLeadingDash('^[^/]+$')).toBe(true);
    expect(allowsLeadingDash('^[A-Za-z0-9]+$')).toBe(false);
    expect(allowsLeadingDash('^\\d+$')).toBe(false);
  });
});
