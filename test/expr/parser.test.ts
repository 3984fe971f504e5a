// The expression parser: tree shapes (precedence, associativity), exact positions (also when the
// expression comes from a braced word somewhere in a file), and the iRule operators.

import { describe, expect, it } from 'vitest';
import type { Pos } from '../../src/syntax/ast.js';
import type { ExprNode } from '../../src/syntax/expr/ast.js';
import { parseExpr } from '../../src/syntax/expr/parser.js';

/** The tree, fully parenthesised: `1 + 2 * 3` -> `(1 + (2 * 3))`. */
function show(node: ExprNode): string {
  switch (node.type) {
    case 'number': case 'boolean': return node.text;
    case 'braced': return `{${node.raw}}`;
    case 'quoted': return `"${node.parts.map((p) => (p.type === 'text' ? p.value : p.type === 'var' ? `$${p.name}` : '[...]')).join('')}"`;
    case 'var': return `$${node.name}${node.index ? '(...)' : ''}`;
    case 'command': return '[...]';
    case 'paren': return show(node.expr);
    case 'unary': return `(${node.op}${show(node.operand)})`;
    case 'binary': return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case 'ternary': return `(${show(node.test)} ? ${show(node.then)} : ${show(node.else)})`;
    case 'call': return `${node.name}(${node.args.map(show).join(', ')})`;
  }
}

function tree(text: string, dialect: 'tcl' | 'irule' = 'tcl'): string {
  const r = parseExpr(text, { dialect });
  if (!r.expr) throw new Error(`parse error: ${r.error?.message}`);
  return show(r.expr);
}

const pos = (line: number, column: number, offset: number): Pos => ({ line, column, offset });

describe('expression parser: precedence and associativity', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['10 - 3 - 2', '((10 - 3) - 2)'],
    ['2 ** 3 ** 2', '(2 ** (3 ** 2))'],
    ['-2 ** 2', '((-2) ** 2)'],
    ['2 ** -1 ** 2', '(2 ** ((-1) ** 2))'],
    ['!1 + 1', '((!1) + 1)'],
    ['~1 * 2', '((~1) * 2)'],
    ['1 << 2 + 1', '(1 << (2 + 1))'],
    ['1 < 2 == 1', '((1 < 2) == 1)'],
    ['3 > 2 > 1', '((3 > 2) > 1)'],
    ['5 & 3 == 3', '(5 & (3 == 3))'],
    ['1 | 2 ^ 3 & 4', '(1 | (2 ^ (3 & 4)))'],
    ['1 | 2 && 0', '((1 | 2) && 0)'],
    ['1 || 0 && 0', '(1 || (0 && 0))'],
    ['$a eq $b || $c ne $d', '(($a eq $b) || ($c ne $d))'],
    ['1 in $l == 0', '((1 in $l) == 0)'],
    ['"a" < "b" eq 1', '(("a" < "b") eq 1)'],
    ['1 ? 2 : 3 ? 4 : 5', '(1 ? 2 : (3 ? 4 : 5))'],
    ['1 ? 0 ? 5 : 6 : 7', '(1 ? (0 ? 5 : 6) : 7)'],
    ['1 || 0 ? 2 : 3', '((1 || 0) ? 2 : 3)'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['- - 5', '(-(-5))'],
    ['max(1, 2 + 3, f(4))', 'max(1, (2 + 3), f(4))'],
    ['sin (0)', 'sin(0)'],
    ['rand()', 'rand()'],
    ['tru && on', '(tru && on)'],
    ['1eq 1', '(1 eq 1)'],
    ['2in {1 2}', '(2 in {1 2})'],
    ['Inf > 1e308', '(Inf > 1e308)'],
    ['$x(1) + ${y z}', '($x(...) + $y z)'],
  ];
  for (const [text, want] of cases) {
    it(text, () => expect(tree(text)).toBe(want));
  }
});

describe('expression parser: iRule operators', () => {
  it('reads the string operators with the precedence of eq', () => {
    expect(tree('$p starts_with "/a" || $p ends_with ".js"', 'irule')).toBe('(($p starts_with "/a") || ($p ends_with ".js"))');
    expect(tree('$h contains "x" && $h equals "y"', 'irule')).toBe('(($h contains "x") && ($h equals "y"))');
    expect(tree('$u matches_glob "*.gif" == 1', 'irule')).toBe('(($u matches_glob "*.gif") == 1)');
    expect(tree('$u matches_regex {^/a} < 2', 'irule')).toBe('($u matches_regex ({^/a} < 2))');
  });

  it('reads and/or/not as && || !, with not binding like !', () => {
    expect(tree('$a and $b or $c', 'irule')).toBe('(($a && $b) || $c)');
    expect(tree('not $a eq $b', 'irule')).toBe('((!$a) eq $b)');
    expect(tree('not ($a eq $b)', 'irule')).toBe('(!($a eq $b))');
    const r = parseExpr('$a and not $b', { dialect: 'irule' });
    const n = r.expr!;
    expect(n.type === 'binary' && n.opText).toBe('and');
    expect(n.type === 'binary' && n.right.type === 'unary' && n.right.opText).toBe('not');
  });

  it('keeps operator words whole', () => {
    expect(tree('$a == $andy', 'irule')).toBe('($a == $andy)');
    expect(tree('notify(1) or 0', 'irule')).toBe('(notify(1) || 0)');
  });

  it('does not know the iRule words in plain Tcl', () => {
    expect(parseExpr('1 and 0').error?.message).toMatch(/^invalid bareword "and"/);
    expect(parseExpr('"a" contains "b"').error?.message).toMatch(/^invalid bareword "contains"/);
  });
});

describe('expression parser: positions', () => {
  it('gives every node its range in the text', () => {
    const e = parseExpr('1 + $x').expr!;
    expect(e.loc).toEqual({ start: pos(1, 1, 0), end: pos(1, 7, 6) });
    if (e.type !== 'binary') throw new Error('binary expected');
    expect(e.opLoc).toEqual({ start: pos(1, 3, 2), end: pos(1, 4, 3) });
    expect(e.left.loc).toEqual({ start: pos(1, 1, 0), end: pos(1, 2, 1) });
    expect(e.right.loc).toEqual({ start: pos(1, 5, 4), end: pos(1, 7, 6) });
  });

  it('places the expression at its start position in the file', () => {
    // As if read from `if {...}` whose content starts at line 3, column 10, offset 40.
    const e = parseExpr('$a eq "x$b"\n  && [f 1]', { start: pos(3, 10, 40) }).expr!;
    if (e.type !== 'binary' || e.left.type !== 'binary') throw new Error('shape');
    expect(e.loc.start).toEqual(pos(3, 10, 40));
    expect(e.left.left.loc).toEqual({ start: pos(3, 10, 40), end: pos(3, 12, 42) });
    const quoted = e.left.right;
    expect(quoted.loc).toEqual({ start: pos(3, 16, 46), end: pos(3, 21, 51) });
    if (quoted.type !== 'quoted') throw new Error('quoted');
    expect(quoted.parts.map((p) => [p.type, p.loc.start.column, p.loc.end.column])).toEqual([['text', 17, 18], ['var', 18, 20]]);
    // The second line is not shifted by the start column.
    expect(e.opLoc).toEqual({ start: pos(4, 3, 54), end: pos(4, 5, 56) });
    const cmd = e.right;
    expect(cmd.loc).toEqual({ start: pos(4, 6, 57), end: pos(4, 11, 62) });
    if (cmd.type !== 'command') throw new Error('command');
    expect(cmd.script.commands[0]!.loc).toEqual({ start: pos(4, 7, 58), end: pos(4, 10, 61) });
    expect(cmd.script.commands[0]!.words[1]!.loc.start).toEqual(pos(4, 9, 60));
  });

  it('positions function calls, their names and arguments', () => {
    const e = parseExpr('  max( 1,$y )').expr!;
    if (e.type !== 'call') throw new Error('call');
    expect(e.nameLoc).toEqual({ start: pos(1, 3, 2), end: pos(1, 6, 5) });
    expect(e.loc).toEqual({ start: pos(1, 3, 2), end: pos(1, 14, 13) });
    expect(e.args.map((a) => a.loc.start.offset)).toEqual([7, 9]);
  });

  it('positions braced strings and variables with an index', () => {
    const e = parseExpr('{a\nb} ne $arr($i)').expr!;
    if (e.type !== 'binary') throw new Error('binary');
    expect(e.left).toMatchObject({ type: 'braced', raw: 'a\nb', value: 'a\nb', loc: { start: pos(1, 1, 0), end: pos(2, 3, 5) } });
    expect(e.right).toMatchObject({ type: 'var', name: 'arr', loc: { start: pos(2, 7, 9), end: pos(2, 15, 17) } });
    if (e.right.type !== 'var') throw new Error('var');
    expect(e.right.index![0]).toMatchObject({ type: 'var', name: 'i', loc: { start: pos(2, 12, 14), end: pos(2, 14, 16) } });
  });

  it('substitutes backslash-newline in braced strings', () => {
    const e = parseExpr('{a\\\n    b}').expr!;
    expect(e).toMatchObject({ type: 'braced', value: 'a b', raw: 'a\\\n    b' });
  });

  it('locates syntax errors', () => {
    const r = parseExpr('1 +\n  * 2', { start: pos(5, 3, 100) });
    expect(r.expr).toBeNull();
    expect(r.error!.errorCode).toEqual(['TCL', 'PARSE', 'EXPR', 'MISSING']);
    expect(r.error!.loc.start).toEqual(pos(6, 3, 106));
    const bad = parseExpr('1 + abc');
    expect(bad.error!.loc).toEqual({ start: pos(1, 5, 4), end: pos(1, 8, 7) });
  });
});
