import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/syntax/parser.js';
import { literalValue, type Loc, type Word } from '../../src/syntax/ast.js';

const at = (l: Loc) => `${l.start.line}:${l.start.column}-${l.end.line}:${l.end.column}@${l.start.offset}-${l.end.offset}`;
const words = (src: string, dialect: 'tcl' | 'irule' = 'tcl') => parseScript(src, { dialect }).commands.map((c) => c.words.map((w) => literalValue(w) ?? `<${w.kind}>`));

describe('Tcl word syntax (Tcl(n) rules)', () => {
  it('[1-2] commands are separated by newlines and semicolons, words by blanks', () => {
    expect(words('a b;c  d\ne\tf')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
  });

  it('[4] a double-quoted word may hold blanks, semicolons and newlines', () => {
    expect(words('set a "x; y\nz"')).toEqual([['set', 'a', 'x; y\nz']]);
  });

  it('[6] braces keep everything literal except backslash-newline', () => {
    expect(words('set a {x $y [z] \\n {n}}')).toEqual([['set', 'a', 'x $y [z] \\n {n}']]);
    expect(words('set a {x\\\n   y}')).toEqual([['set', 'a', 'x y']]);
  });

  it('[5] the word starting with { or " must start the word; elsewhere they are ordinary', () => {
    expect(words('puts a{b}c a"b"')).toEqual([['puts', 'a{b}c', 'a"b"']]);
  });

  it('[7] command substitution nests and keeps positions', () => {
    const s = parseScript('set x [foo [bar 1] 2]');
    const w = s.commands[0]!.words[2]!;
    expect(w.parts[0]!.type).toBe('command');
    expect(at(w.loc)).toBe('1:7-1:22@6-21');
    const inner = (w.parts[0] as { script: { commands: { words: Word[] }[] } }).script.commands[0]!.words;
    expect(inner.map((x) => literalValue(x) ?? '<sub>')).toEqual(['foo', '<sub>', '2']);
    expect(at(inner[1]!.loc)).toBe('1:12-1:19@11-18');
  });

  it('[8] variable forms: $name, ${name}, $name(index) with substitutions in the index, namespaces', () => {
    const parts = parseScript('puts $a${b c}$d($e)$::f::g').commands[0]!.words[1]!.parts;
    expect(parts.map((p) => (p.type === 'var' ? p.name : p.type))).toEqual(['a', 'b c', 'd', '::f::g']);
    const idx = parts[2]!.type === 'var' ? parts[2]!.index : null;
    expect(idx?.[0]).toMatchObject({ type: 'var', name: 'e' });
  });

  it('[9] backslash sequences', () => {
    expect(words('puts \\x41\\u00e9\\101\\t\\$\\[\\{\\"')).toEqual([['puts', 'A\u00e9A\t$[{"']]);
    expect(words('puts a\\\n   b')).toEqual([['puts', 'a', 'b']]);
  });

  it('[10] comments only where a command may start', () => {
    const s = parseScript('# c1 {\nputs a # not a comment\n  ;# c2');
    expect(s.comments.map((c) => c.text)).toEqual([' c1 {', ' c2']);
    expect(words('puts a # b')).toEqual([['puts', 'a', '#', 'b']]);
  });

  it('[5] {*} is argument expansion in Tcl 8.6 but a plain word in iRules', () => {
    const tcl = parseScript('list {*}$x').commands[0]!.words[1]!;
    expect(tcl.expand).toBe(true);
    const irule = parseScript('list {*}{a b}', { dialect: 'irule' }).commands[0]!.words;
    expect(irule.map((w) => literalValue(w))).toEqual(['list', '*', 'a b']);
  });

  it('reports positions of every word (1-based line/column, 0-based offsets, exclusive end)', () => {
    const s = parseScript('when HTTP_REQUEST {\n  log local0. "hi"\n}');
    const ws = s.commands[0]!.words;
    expect(ws.map((w) => at(w.loc))).toEqual(['1:1-1:5@0-4', '1:6-1:18@5-17', '1:19-3:2@18-40']);
    expect(ws[2]!.contentStart).toEqual({ line: 1, column: 20, offset: 19 });
    const body = parseScript(ws[2]!.raw!, { start: ws[2]!.contentStart! });
    expect(body.commands[0]!.words.map((w) => at(w.loc))).toEqual(['2:3-2:6@22-25', '2:7-2:14@26-33', '2:15-2:19@34-38']);
  });
});

describe('syntax errors: Tcl messages, positions, recovery', () => {
  const errs = (src: string, dialect: 'tcl' | 'irule' = 'tcl') => parseScript(src, { dialect }).errors.map((e) => `${e.message} @${e.loc.start.line}:${e.loc.start.column}`);
  it('missing close-brace, close-bracket, quote, paren', () => {
    expect(errs('puts {a')).toEqual(['missing close-brace @1:6']);
    expect(errs('puts [a')).toEqual(['missing close-bracket @1:6']);
    expect(errs('puts "a')).toEqual(['missing " @1:6']);
    expect(errs('puts $a(b')).toEqual(['missing ) @1:6']);
    expect(errs('puts ${a')).toEqual(['missing close-brace for variable name @1:6']);
  });
  it('extra characters after a close-quote or close-brace (Tcl), and goes on to the next command', () => {
    expect(errs('puts "a"b\nputs {c}d\nputs [x')).toEqual([
      'extra characters after close-quote @1:9',
      'extra characters after close-brace @2:9',
      'missing close-bracket @3:6',
    ]);
  });
  it('BIG-IP reads }{ and "a"b as two words (docs/bigip-reference.md §1.2)', () => {
    expect(errs('if {$a}{puts b}', 'irule')).toEqual([]);
    expect(words('if {$a}{puts b}', 'irule')).toEqual([['if', '$a', 'puts b']]);
  });
  it('BIG-IP: a line starting with { continues the previous command (K&R braces)', () => {
    expect(words('if { 1 }\n{\n  puts x\n}', 'irule')).toEqual([['if', ' 1 ', '\n  puts x\n']]);
    expect(words('if { 1 }\n{\n  puts x\n}', 'tcl')).toEqual([['if', ' 1 '], ['\n  puts x\n']]);
  });
  it('braces inside comments count in brace matching (as in Tcl)', () => {
    expect(errs('when X {\n  # a { in a comment\n  puts y\n}')).toEqual(['missing close-brace @1:8']);
  });
  it('CRLF line endings: \\r is a blank, lines are counted on \\n', () => {
    const s = parseScript('set a 1\r\nset b 2\r\n');
    expect(s.commands.map((c) => c.words.map((w) => literalValue(w)))).toEqual([['set', 'a', '1'], ['set', 'b', '2']]);
    expect(s.commands[1]!.loc.start).toEqual({ line: 2, column: 1, offset: 9 });
  });
});
