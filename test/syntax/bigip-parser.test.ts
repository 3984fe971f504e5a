// BIG-IP's own parsing rules as measured on a live BIG-IP 21.1 (docs/bigip-parser.md cites the
// measurements by section): the parser reads them in the iRule dialect, the emulator runs what
// BIG-IP runs, and lint reports the layouts BIG-IP refuses as errors and the ones it accepts as style.
import { afterAll, describe, expect, it } from 'vitest';
import { literalValue } from '../../src/syntax/ast.js';
import { parseRuleFile } from '../../src/syntax/irule.js';
import { parseScript } from '../../src/syntax/parser.js';
import { lintSource } from '../../src/lint/linter.js';
import { cleanup, messages, req, run } from '../bigip/emulator/harness.js';

afterAll(cleanup);

const words = (src: string, dialect: 'irule' | 'tcl' = 'irule') =>
  parseScript(src, { dialect }).commands.map((c) => c.words.map((w) => literalValue(w) ?? '?'));

async function logsOf(body: string): Promise<string[]> {
  const { records } = await run({ rules: { r: `when HTTP_REQUEST {\n${body}\n}` }, traffic: [req(0, 'c1', '/')] });
  expect(records[0]!.error).toBeNull();
  return messages(records[0]!);
}

describe('measurements §2 N1-N4: a line starting with { continues the command', () => {
  it('N1/N2: any command, whatever its arity (list a b + {c} is one command)', () => {
    expect(words('list a b\n{c}')).toEqual([['list', 'a', 'b', 'c']]);
    expect(words('set q\n  {5}')).toEqual([['set', 'q', '5']]);
    expect(words('list a b\n{c}', 'tcl')).toEqual([['list', 'a', 'b'], ['c']]);
  });
  it('N4: a blank, whitespace-only or comment line ends the command', () => {
    expect(words('if {1}\n\n{x}')).toEqual([['if', '1'], ['x']]);
    expect(words('if {1}\n   \n{x}')).toEqual([['if', '1'], ['x']]);
    expect(words('if {1}\n# note\n{x}')).toEqual([['if', '1'], ['x']]);
  });
  it('N2: a line starting with a bare word is a new command (catch {...} then errv)', () => {
    expect(words('catch {set zz 1}\nerrv')).toEqual([['catch', 'set zz 1'], ['errv']]);
  });
  it('N3: at any depth; the K&R loop runs (while with its body on the next line)', async () => {
    expect(await logsOf('  set n 0\n  while {$n < 30}\n  {\n    set n [expr {$n + 30}]\n  }\n  log local0. "n=$n"')).toEqual(['n=30']);
    expect(await logsOf('  foreach i {a b c}\n  {\n    append acc $i\n  }\n  log local0. "acc=$acc"')).toEqual(['acc=abc']);
  });
  it('N1 at the top level: when EVENT, then the body on the next line', () => {
    const f = parseRuleFile('when HTTP_REQUEST\n{\n  pool a\n}\n');
    expect(f.errors).toEqual([]);
    expect(f.rules[0]!.handlers.map((h) => h.events[0]!.name)).toEqual(['HTTP_REQUEST']);
  });
});

describe('measurements §2 N5: else/elseif on the line after the } of an if body', () => {
  it('is part of the if: the else and elseif branches run', async () => {
    expect(await logsOf('  if {0} {\n    log local0. then\n  }\n  else {\n    log local0. else-branch\n  }')).toEqual(['else-branch']);
    expect(await logsOf('  if {0} {\n    log local0. a\n  }\n  elseif {1} {\n    log local0. elseif-branch\n  }\n  else {\n    log local0. c\n  }')).toEqual(['elseif-branch']);
  });
  it('is one command in the iRule dialect, two in stock Tcl', () => {
    expect(words('if {0} {a}\nelse {b}')).toEqual([['if', '0', 'a', 'else', 'b']]);
    expect(words('if {0} {a}\n  elseif {1} {b}\n  else {c}')).toEqual([['if', '0', 'a', 'elseif', '1', 'b', 'else', 'c']]);
    expect(words('if {0} {a}\nelse {b}', 'tcl')).toEqual([['if', '0', 'a'], ['else', 'b']]);
  });
  it('with blanks or a CRLF line end after the brace, and else then { on the next line (N1 again)', () => {
    expect(words('if {0} {a} \n  else {b}')).toEqual([['if', '0', 'a', 'else', 'b']]);
    expect(words('if {0} {a}\r\n\telse {b}\r\n')).toEqual([['if', '0', 'a', 'else', 'b']]);
    expect(words('if {0} {a}\nelse \n{b}')).toEqual([['if', '0', 'a', 'else', 'b']]);
    expect(words('list a b \r\n{c}')).toEqual([['list', 'a', 'b', 'c']]);
  });
  it('only where if awaits an else: not after an else body, not for other commands or words', () => {
    expect(words('if {0} {a} else {b}\nelse {c}')).toEqual([['if', '0', 'a', 'else', 'b'], ['else', 'c']]);
    expect(words('list {a}\nelse {b}')).toEqual([['list', 'a'], ['else', 'b']]);
    expect(words('if {0} {a}\nelsewhere {b}')).toEqual([['if', '0', 'a'], ['elsewhere', 'b']]);
  });
  it('not across a blank or comment line: then else is a command of its own', () => {
    expect(words('if {0} {a}\n\nelse {b}')).toEqual([['if', '0', 'a'], ['else', 'b']]);
    expect(words('if {0} {a}\n# c\nelse {b}')).toEqual([['if', '0', 'a'], ['else', 'b']]);
  });
  it('lint: info for the accepted layout, an error for the broken one', () => {
    const ok = lintSource('when HTTP_REQUEST {\n  if {[HTTP::uri] eq "/"} {\n    pool a\n  }\n  else {\n    pool b\n  }\n}\n', 'r.tcl');
    expect(ok.filter((d) => d.code === 'IR1003').map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['5:3 info']);
    expect(ok.filter((d) => d.severity === 'error')).toEqual([]);
    const broken = lintSource('when HTTP_REQUEST {\n  if {[HTTP::uri] eq "/"} {\n    pool a\n  }\n\n  else {\n    pool b\n  }\n}\n', 'r.tcl');
    expect(broken.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['IR1003 6:3']);
    expect(broken.find((d) => d.code === 'IR1003')!.message).toMatch(/undefined procedure: else/);
  });
});

describe('measurements §4b, §4c, §6: the top level of a rule and declarations', () => {
  const errors = (src: string) => lintSource(src, 'r.tcl').filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column}`);
  it('§6: priority is 0-1000 inclusive; 1001 and -1 are refused', () => {
    expect(errors('when HTTP_REQUEST priority 0 {\n  pool a\n}\nwhen HTTP_RESPONSE priority 1000 {\n}\n')).toEqual([]);
    expect(errors('when HTTP_REQUEST priority 1001 {\n  pool a\n}\n')).toEqual(['IR1001 1:28']);
    expect(errors('when HTTP_REQUEST priority -1 {\n  pool a\n}\n')).toEqual(['IR1001 1:28']);
  });
  it('§6: text after a when block\'s brace, and a command outside when, are refused', () => {
    expect(errors('when HTTP_REQUEST {\n  pool a\n} junk\n')).toEqual(['IR1001 3:3']);
    expect(errors('set x 1\nwhen HTTP_REQUEST {\n  pool a\n}\n')).toEqual(['IR1001 1:1']);
  });
  it('§6: the same event twice at one priority is a duplicate; at two priorities it is not', () => {
    expect(errors('when HTTP_REQUEST {\n  pool a\n}\nwhen HTTP_REQUEST {\n  pool b\n}\n')).toEqual(['IR2015 4:6']);
    expect(errors('when HTTP_REQUEST priority 100 {\n  pool a\n}\nwhen HTTP_REQUEST {\n  pool b\n}\n')).toEqual([]);
  });
  it('§4b/§4c: a top-level proc runs through call; called directly it is an undefined procedure', () => {
    expect(errors('proc p {} { return 1 }\nwhen HTTP_REQUEST {\n  set a [call p]\n}\n')).toEqual([]);
    expect(errors('proc p {} { return 1 }\nwhen HTTP_REQUEST {\n  set a [p]\n}\n')).toEqual(['IR2002 3:10']);
  });
  it('§4c/§6: proc and when inside an event body are refused, also inside eval or uplevel bodies', () => {
    expect(errors('when RULE_INIT {\n  proc p {} { return 1 }\n}\n')).toEqual(['IR2004 2:3']);
    expect(errors('when RULE_INIT {\n  uplevel #0 { proc p {} { return 1 } }\n}\n')).toEqual(['IR2004 2:16']);
    expect(errors('when RULE_INIT {\n  eval { set x 1 }\n}\n')).toEqual([]);
    expect(errors('when HTTP_REQUEST {\n  when HTTP_RESPONSE {\n  }\n}\n')).toEqual(['IR2004 2:3']);
  });
  it('§4a: an unknown command is refused even inside catch', () => {
    expect(errors('when HTTP_REQUEST {\n  catch { no_such_cmd }\n}\n')).toEqual(['IR2002 2:11']);
  });
});
