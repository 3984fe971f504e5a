// lint and the simulator agree on whether a rule loads: both read the one load validator
// (src/bigip/load.ts). Every load failure is a lint error at the same place whose message contains
// the validator's (BIG-IP's) wording, every lint error of a load-failure check is a load failure,
// and the simulator refuses exactly the rules with a load failure, with the first one's message.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadErrors } from '../../src/bigip/load.js';
import { RuleLoadError } from '../../src/bigip/virtual.js';
import { lintParsed } from '../../src/lint/linter.js';
import { parseRuleFile } from '../../src/syntax/irule.js';
import { direct } from './emulator/harness.js';

/** Lint codes whose errors claim BIG-IP refuses to load the rule. */
const LOAD_CODES = new Set(['IR1001', 'IR1003', 'IR2001', 'IR2002', 'IR2004', 'IR2006', 'IR2015']);

const RULES: Record<string, string> = {
  clean: 'when HTTP_REQUEST {\n  if { [HTTP::uri] starts_with "/api" } { pool web_pool }\n}',
  unknownEvent: 'when HTTP_REQEUST {\n  log local0. "x"\n}',
  duplicate: 'when HTTP_REQUEST { log local0. a }\nwhen HTTP_REQUEST { log local0. b }',
  duplicateOtherPriority: 'when HTTP_REQUEST priority 100 { log local0. a }\nwhen HTTP_REQUEST { log local0. b }',
  disabled: 'when HTTP_REQUEST {\n  set ns [namespace current]\n}',
  presentChannel: 'when HTTP_REQUEST {\n  puts "x"\n}',
  tcl85: 'when HTTP_REQUEST {\n  set d [dict create a 1]\n}',
  tcl85InAfter: 'when HTTP_REQUEST {\n  after 10 { lassign {a b} x y }\n}',
  tcl85InCatch: 'when HTTP_REQUEST {\n  catch { lmap x {1 2} { expr {$x * 2} } }\n}',
  unknownCommand: 'when HTTP_REQUEST {\n  HTTP::heade remove X\n}',
  directProc: 'proc twice {x} { return [expr {$x * 2}] }\nwhen HTTP_REQUEST {\n  log local0. [twice 2]\n}',
  callProc: 'proc twice {x} { return [expr {$x * 2}] }\nwhen HTTP_REQUEST {\n  log local0. [call twice 2]\n}',
  wrongEvent: 'when HTTP_REQUEST {\n  log local0. [HTTP::status]\n}',
  // The load-time checks see commands inside braced conditions and in the bodies those hold
  // (measurements §4a: `if {[catch {no_such_command} e]}` is refused at load).
  wrongEventInCondition: 'when HTTP_REQUEST {\n  if { [HTTP::status] equals "404" } { log local0. x }\n}',
  unknownInCatchInCondition: 'when RULE_INIT {\n  if {[catch {no_such_command} e]} { log local0. $e }\n}',
  tcl85InExprCondition: 'when HTTP_REQUEST {\n  while { [llength [lassign {a b} x]] > 0 } { break }\n}',
  wrongEventDeferred: 'when HTTP_REQUEST {\n  after 10 { log local0. [HTTP::status] }\n}',
  nestedWhen: 'when HTTP_REQUEST {\n  when HTTP_RESPONSE { log local0. x }\n}',
  procInEvent: 'when HTTP_REQUEST {\n  eval { proc p {} { return 1 } }\n}',
  subcommandEvent: 'when CLIENT_ACCEPTED {\n  set u [HTTP::uri]\n}',
  syntax: 'when HTTP_REQUEST {\n  if { 1 } {\n    log local0. x\n}\n',
  elseAfterBlank: 'when HTTP_REQUEST {\n  if { 0 } {\n    log local0. a\n  }\n\n  else {\n    log local0. b\n  }\n}',
  // Syntax errors below the top level: BIG-IP compiles every braced script literal at load
  // (measurements §4a, §4c), so lint's IR1001 there is a refusal the simulator makes too.
  quoteInIfBody: 'when HTTP_REQUEST {\n  if { [HTTP::uri] eq "/" } {\n    set page "home\n  }\n}',
  bracketInLoopBody: 'when HTTP_RESPONSE {\n  foreach n [HTTP::header names] {\n    log local0. [HTTP::header value $n\n  }\n}',
  quoteInAfterScript: 'when CLIENT_ACCEPTED {\n  after 500 {\n    log local0. "late\n  }\n}',
  quoteInProcBody: 'proc tag {v} {\n  return "t-$v\n}\nwhen HTTP_REQUEST {\n  log local0. [call tag 1]\n}',
  // A proc Tcl cannot define (tclsh: `proc p {a {b c d}} {}` -> too many fields in argument specifier).
  procTooManyFields: 'proc fmt {a {b 1 2}} { return $a$b }\nwhen HTTP_REQUEST {\n  log local0. [call fmt x]\n}',
  procUnnamedArg: 'proc fmt {{} b} { return $b }\nwhen HTTP_REQUEST {\n  log local0. [call fmt x y]\n}',
  // `if COND` whose body follows a blank or a comment line: measured REJECT at load (measurements §2).
  ifBodyAfterBlank: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq "/old" }\n\n  {\n    HTTP::redirect "/new"\n  }\n}',
  ifBodyAfterComment: 'when HTTP_REQUEST {\n  foreach n [HTTP::header names] {\n    if { $n starts_with "X-" }\n    # internal headers\n    { HTTP::header remove $n }\n  }\n}',
  // The body on the next line is picked up (N1): this one loads.
  ifBodyNextLine: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq "/old" }\n  {\n    HTTP::redirect "/new"\n  }\n}',
};

function lintLoadErrors(source: string) {
  const { diagnostics } = lintParsed(parseRuleFile(source), 'r.tcl');
  return diagnostics.filter((d) => d.severity === 'error' && LOAD_CODES.has(d.code));
}

function simulatorRefusal(source: string): string | null {
  try {
    direct({ rules: { r: source } });
    return null;
  } catch (e) {
    if (e instanceof RuleLoadError) return e.message;
    throw e;
  }
}

function cases(): [string, string][] {
  const own = Object.entries(RULES);
  const dir = new URL('../../rules/', import.meta.url).pathname;
  const shipped = readdirSync(dir).filter((f) => f.endsWith('.tcl')).map((f): [string, string] => [f, readFileSync(dir + f, 'utf8')]);
  return [...own, ...shipped];
}

describe('lint and the simulator agree on loading (one load validator)', () => {
  it.each(cases())('%s', (_name, source) => {
    const load = loadErrors(parseRuleFile(source));
    const lint = lintLoadErrors(source);
    for (const e of load) {
      const hit = lint.find((d) => d.line === e.loc.start.line && d.column === e.loc.start.column);
      expect(hit, `lint reports the load failure "${e.message}" at ${e.loc.start.line}:${e.loc.start.column}`).toBeDefined();
      if (e.code !== 'IR1001') expect(hit!.message).toContain(e.message);
    }
    for (const d of lint) {
      const hit = load.find((e) => e.loc.start.line === d.line && e.loc.start.column === d.column);
      expect(hit, `the simulator refuses what lint calls a load failure: ${d.code} ${d.line}:${d.column} ${d.message}`).toBeDefined();
    }
    const refusal = simulatorRefusal(source);
    if (load.length === 0) expect(refusal).toBeNull();
    else expect(refusal).toContain(load[0]!.message);
  });

  it('sees the commands of braced conditions, as BIG-IP does', () => {
    const at = (name: string) => loadErrors(parseRuleFile(RULES[name]!)).map((e) => `${e.code} ${e.loc.start.line}:${e.loc.start.column} ${e.message}`);
    expect(at('wrongEventInCondition')).toEqual(['IR2004 2:9 command is not valid in current event context (HTTP_REQUEST): HTTP::status']);
    expect(at('unknownInCatchInCondition')).toEqual(['IR2002 2:15 undefined procedure: no_such_command']);
    expect(at('tcl85InExprCondition')).toEqual(['IR2002 2:21 undefined procedure: lassign']);
  });

  it('refuses syntax errors of nested scripts and proc argument lists Tcl cannot define', () => {
    const at = (name: string) => loadErrors(parseRuleFile(RULES[name]!)).map((e) => `${e.code} ${e.loc.start.line}:${e.loc.start.column} ${e.message}`);
    expect(at('quoteInIfBody')).toEqual(['IR1001 3:14 missing close-quote: the \'"\' at 3:14 is never closed']);
    expect(at('bracketInLoopBody')).toEqual(['IR1001 3:17 missing close-bracket: the "[" at 3:17 is never closed']);
    expect(at('quoteInAfterScript')).toEqual(['IR1001 3:17 missing close-quote: the \'"\' at 3:17 is never closed']);
    expect(at('quoteInProcBody')).toEqual(['IR1001 2:10 missing close-quote: the \'"\' at 2:10 is never closed']);
    expect(at('procTooManyFields')).toEqual(['IR1001 1:10 proc fmt: too many fields in argument specifier "b 1 2"']);
    expect(at('procUnnamedArg')).toEqual(['IR1001 1:10 proc fmt: argument with no name']);
  });

  it('refuses an if whose script a blank or comment line cut off, and only that', () => {
    const at = (name: string) => loadErrors(parseRuleFile(RULES[name]!)).map((e) => `${e.code} ${e.loc.start.line}:${e.loc.start.column}`);
    expect(at('ifBodyAfterBlank')).toEqual(['IR1001 2:3']);
    expect(at('ifBodyAfterComment')).toEqual(['IR1001 3:5']);
    expect(at('ifBodyNextLine')).toEqual([]);
    const first = loadErrors(parseRuleFile(RULES.ifBodyAfterBlank!))[0]!;
    expect(first.message).toContain('missing a script after "if"');
    // One finding, not also a run-time IR2003 count for the same `if`.
    const { diagnostics } = lintParsed(parseRuleFile(RULES.ifBodyAfterBlank!), 'r.tcl');
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['IR1001']);
  });

  it('the cases cover each kind of load failure', () => {
    const codes = new Set(Object.values(RULES).flatMap((s) => loadErrors(parseRuleFile(s)).map((e) => e.code)));
    for (const c of ['IR1001', 'IR1003', 'IR2001', 'IR2002', 'IR2004', 'IR2006', 'IR2015']) expect(codes, c).toContain(c);
  });
});
