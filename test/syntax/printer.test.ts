// The printer's canonical layout, case by case (the properties are in printer.property.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRuleFile, formatScript, printRuleFile, printScript, sameTree } from '../../src/syntax/printer.js';
import { parseScript } from '../../src/syntax/parser.js';

const rule = readFileSync(new URL('../../rules/ai-stream-pin.tcl', import.meta.url), 'utf8');

/** Lines joined with \n, plus the final newline. */
const text = (...lines: string[]) => lines.join('\n') + '\n';

function canonical(src: string): string {
  const r = formatRuleFile(src);
  expect(r.errors).toEqual([]);
  expect(r.internalError).toBeUndefined();
  expect(sameTree(src, r.output, 'irule', true)).toBeNull();
  expect(printRuleFile(r.output)).toBe(r.output);
  return r.output;
}

describe('printer: canonical layout', () => {
  it('re-indents the AI pinning rule with 2 spaces per level, continuation lines of its condition 4 more', () => {
    const out = canonical(rule);
    expect(out).toBe(text(
      'when HTTP_REQUEST {',
      '  # Detect AI streaming or websocket endpoints',
      '  if { [HTTP::path] starts_with "/ws/" or',
      '      [HTTP::path] starts_with "/chat" or',
      '      [HTTP::path] starts_with "/v1/stream" } {',
      '    # Attempt to retrieve conversation identifier',
      '    set conversation_id [HTTP::header value "X-Conversation-ID"]',
      '    # Fallback to session ID header',
      '    if { $conversation_id eq "" } {',
      '      set conversation_id [HTTP::header value "X-Session-ID"]',
      '    }',
      '    # If WebSocket handshake exists use websocket key',
      '    if { $conversation_id eq "" && [HTTP::header exists "Sec-WebSocket-Key"] } {',
      '      set conversation_id [HTTP::header value "Sec-WebSocket-Key"]',
      '    }',
      '    # Fallback to API key',
      '    if { $conversation_id eq "" && [HTTP::header exists "X-API-Key"] } {',
      '      set conversation_id [HTTP::header value "X-API-Key"]',
      '    }',
      '    # Final fallback: client IP',
      '    if { $conversation_id eq "" } {',
      '      set conversation_id [IP::client_addr]',
      '    }',
      '    # Apply universal persistence for session pinning',
      '    persist uie $conversation_id 1800',
      '    # Observability headers',
      '    HTTP::header insert "X-AI-Session-Pinning" "enabled"',
      '    HTTP::header insert "X-AI-Conversation-ID" $conversation_id',
      '    log local0. "AI_STREAM_PIN session=$conversation_id uri=[HTTP::uri] client=[IP::client_addr]"',
      '  }',
      '}',
    ));
  });

  it('separates top-level commands by one blank line; a comment right above a command stays attached', () => {
    expect(canonical('# header\n\n\n\n# about A\nwhen A {\n}\nwhen B { drop }\n\n\n\nproc p {} {\nreturn 1\n}')).toBe(text(
      '# header',
      '',
      '# about A',
      'when A {}',
      '',
      'when B { drop }',
      '',
      'proc p {} {',
      '  return 1',
      '}',
    ));
  });

  it('inside bodies: one command per line, runs of blank lines become one, none at the edges', () => {
    expect(canonical('when A {\n\n\n  set a 1; set b 2\n\n\n\n\tset c 3\n\n}\n')).toBe(text(
      'when A {',
      '  set a 1',
      '  set b 2',
      '',
      '  set c 3',
      '}',
    ));
  });

  it('joins } else { and } elseif {...} { and K&R braces; one space between words', () => {
    const src = 'when A {\nif {$a}\n{\npool a\n}   elseif   {$b}    {\npool b\n} else\n{\npool c\n}\n}\n';
    expect(canonical(src)).toBe(text(
      'when A {',
      '  if {$a} {',
      '    pool a',
      '  } elseif {$b} {',
      '    pool b',
      '  } else {',
      '    pool c',
      '  }',
      '}',
    ));
  });

  it('gives }{ and "a"b (BIG-IP adjacency) a space', () => {
    expect(canonical('when A {\n  if { 1 }{\n    set x "a"b\n  }\n}\n')).toBe(text(
      'when A {',
      '  if { 1 } {',
      '    set x "a" b',
      '  }',
      '}',
    ));
  });

  it('keeps one-line bodies on one line, padded with one space; empty bodies are {}', () => {
    expect(canonical('when A {if {$x} {return} else {  drop;log local0. x  }\nwhile {1} {   }\nfor {set i 0} {$i < 3} { incr i } {x}}\n')).toBe(text(
      'when A {',
      '  if {$x} { return } else { drop; log local0. x }',
      '  while {1} {}',
      '  for {set i 0} {$i < 3} {incr i} { x }',
      '}',
    ));
  });

  it('keeps comments where they are, re-indented; a trailing ;# comment stays on its line', () => {
    const src = 'when A { ;# opening\n# first\n   set a 1   ;#   trailing   \n\n      # last\n}\n# end\n';
    expect(canonical(src)).toBe(text(
      'when A {',
      '  # opening',
      '  # first',
      '  set a 1 ;#   trailing',
      '',
      '  # last',
      '}',
      '',
      '# end',
    ));
  });

  it('keeps braced data, quoted strings and [substitutions] verbatim, even across lines', () => {
    const src = 'when A {\n        set l {\n   a  b\n      c }\n  set s "x\n    y"\n    set r [catch {\n          foo\n    } e]\n}\n';
    expect(canonical(src)).toBe(text(
      'when A {',
      '  set l {\n   a  b\n      c }',
      '  set s "x\n    y"',
      '  set r [catch {\n          foo\n    } e]',
      '}',
    ));
  });

  it('re-prints the bodies of switch arms, keeps fall-through dashes and blank lines between arms', () => {
    const src = 'when A {\nswitch -glob -- [HTTP::path] {\n"/a*" -\n     "/b*" { pool a }\n\n\ndefault {\npool b\n} }\n}\n';
    expect(canonical(src)).toBe(text(
      'when A {',
      '  switch -glob -- [HTTP::path] {',
      '    "/a*" -',
      '    "/b*" { pool a }',
      '',
      '    default {',
      '      pool b',
      '    }',
      '  }',
      '}',
    ));
  });

  it('leaves a switch arm list that is not a clean list of arms (comments inside) as written', () => {
    const src = 'when A {\n  switch $x {\n      # not a comment to switch\n   a { b }\n  }\n}\n';
    expect(canonical(src)).toBe(src);
  });

  it('keeps backslash-newline continuations, indented 4 more', () => {
    expect(canonical('when A {\nHTTP::respond 200 content "x" \\\n noserver \\\n           Connection close\n}\n')).toBe(text(
      'when A {',
      '  HTTP::respond 200 content "x" \\',
      '      noserver \\',
      '      Connection close',
      '}',
    ));
  });

  it('re-indents a multi-line condition that opens on its own line, closing brace with the command', () => {
    expect(canonical('when A {\nif {\n$a &&\n        $b\n    } {\nx\n}\n}\n')).toBe(text(
      'when A {',
      '  if {',
      '    $a &&',
      '    $b',
      '  } {',
      '    x',
      '  }',
      '}',
    ));
  });

  it('does not touch line breaks inside strings or [commands] of a condition', () => {
    const src = 'when A {\n  if { $a eq "x\n        y" || [f\n        g] } {\n    x\n  }\n}\n';
    expect(canonical(src)).toBe(src);
  });

  it('keeps a command that starts with a brace after a ; (on a line of its own it would continue the previous one)', () => {
    expect(canonical('when A {\n  a\n  ;{b} c\n}\n')).toBe(text('when A {', '  a; {b} c', '}'));
  });

  it('does not trim a comment whose trailing blank is escaped', () => {
    const out = canonical('when A {\n  # note \\ \n  set a 1\n}\n');
    expect(out).toBe(text('when A {', '  # note \\ ', '  set a 1', '}'));
  });

  it('formats the rules of a bigip.conf export (ltm rule NAME { ... })', () => {
    expect(canonical('ltm rule /Common/x {\nwhen A {\nset a 1\n}\nwhen B { drop }\n}\n')).toBe(text(
      'ltm rule /Common/x {',
      '  when A {',
      '    set a 1',
      '  }',
      '',
      '  when B { drop }',
      '}',
    ));
  });

  it('turns CRLF into LF', () => {
    expect(canonical('when A {\r\n  set a 1\r\n}\r\n')).toBe('when A {\n  set a 1\n}\n');
  });

  it('an empty file stays empty', () => {
    expect(canonical('')).toBe('');
    expect(canonical('\n\n  \n')).toBe('');
  });
});

describe('printer: files that do not parse are returned unchanged', () => {
  for (const [name, src] of [
    ['missing close-quote in a nested body', 'when A {\n  if {1} {\n    set a "x\n  }\n}\n'],
    ['missing close-brace', 'when A {\n  set a 1\n'],
    ['unexpected top-level command', 'set a 1\nwhen A { }\n'],
    ['CRLF with an error', 'when A {\r\n  set a "x\r\n}\r\n'],
  ] as const) {
    it(name, () => {
      const r = formatRuleFile(src);
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.output).toBe(src);
      expect(r.changed).toBe(false);
      expect(printRuleFile(src)).toBe(src);
    });
  }

  it('plain Tcl: }{ is an error there, so the script is left alone', () => {
    const src = 'if {1}{puts x}\n';
    expect(formatScript(src).output).toBe(src);
    expect(formatScript(src).errors[0]!.message).toBe('extra characters after close-brace');
  });
});

describe('printer: plain Tcl scripts', () => {
  it('keeps blank lines between top-level commands as they are (at most one), does not join K&R braces', () => {
    const src = 'set a 1\nset b 2\n\n\n\nproc f {x} {\n    return $x\n}\nif {$a}\n{puts x}\n';
    const r = formatScript(src, { dialect: 'tcl' });
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(text('set a 1', 'set b 2', '', 'proc f {x} {', '  return $x', '}', 'if {$a}', '{puts x}'));
    expect(sameTree(src, r.output, 'tcl')).toBeNull();
  });

  it('printScript prints a parsed Script with its source', () => {
    const src = 'foreach x {1 2} {\nputs $x\n}';
    expect(printScript(parseScript(src), src)).toBe('foreach x {1 2} {\n  puts $x\n}\n');
    expect(printScript(parseScript(src), src, { depth: 1 })).toBe('  foreach x {1 2} {\n    puts $x\n  }\n');
  });
});
