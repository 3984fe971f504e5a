// Tcl 8.4.6's expression syntax, for the iRule dialect (BIG-IP runs 8.4.6: docs/tcl.md). 8.4 has
// no `**`, `in` or `ni` operators and no `0b`/`0o` integer literals (measured on a live BIG-IP,
// see docs/tcl.md). The expression is parsed with the 8.6 grammar; this finds the first construct
// 8.4's parser would reject and phrases the error as 8.4 does. Sources, from tag core-8-4-6 of
// github.com/tcltk/tcl, generic/tclParseExpr.c:
//   - `**`: after `*` the parser wants an operand and finds the second `*`: "unexpected operator *"
//     (ParsePrimaryExpr's default case, lines 1480-1484; lexemeStrings, line 140).
//   - `in`/`ni`: a word after a complete operand is a FUNC_NAME lexeme (GetLexeme, line 1830) that
//     no operator level takes, so the error is whatever the enclosing construct expected next:
//     "extra tokens at end of expression" (line 282), "looking for close parenthesis" (line 1147),
//     "missing close parenthesis at end of function call" (line 1446), or "missing colon from
//     ternary conditional" (line 386).
//   - `0b101`, `0o17`: TclParseInteger (line 1919) knows only the `0x` prefix, so `0` is the
//     literal and `b101` a FUNC_NAME after it: the same errors as `in`.
//   - the message: LogSyntaxError, lines 2083-2100 (the expression cut at 60 characters).

import type { ExprNode } from '../../syntax/expr/ast.js';

const TOP = 'extra tokens at end of expression';
const IN_PAREN = 'looking for close parenthesis';
const IN_CALL = 'missing close parenthesis at end of function call';
const IN_THEN = 'missing colon from ternary conditional';

/** 8.4's reason for rejecting the expression, or null when 8.4 accepts what 8.6 parsed. */
function reason84(node: ExprNode, expected: string): string | null {
  switch (node.type) {
    case 'number':
      return /^0[bBoO]/.test(node.text) ? expected : null;
    case 'paren':
      return reason84(node.expr, IN_PAREN);
    case 'unary':
      return reason84(node.operand, expected);
    case 'binary': {
      const left = reason84(node.left, expected);
      if (left) return left;
      if (node.op === '**') return 'unexpected operator *';
      if (node.op === 'in' || node.op === 'ni') return expected;
      return reason84(node.right, expected);
    }
    case 'ternary':
      return reason84(node.test, expected) ?? reason84(node.then, IN_THEN) ?? reason84(node.else, expected);
    case 'call':
      for (const arg of node.args) {
        const r = reason84(arg, IN_CALL);
        if (r) return r;
      }
      return null;
    default:
      return null;
  }
}

/** The error message Tcl 8.4.6 gives for this expression, or null when 8.4 parses it. */
export function syntaxError84(node: ExprNode, text: string): string | null {
  const reason = reason84(node, TOP);
  if (!reason) return null;
  const shown = text.length > 60 ? `"${text.slice(0, 60)}..."` : `"${text}"`;
  return `syntax error in expression ${shown}: ${reason}`;
}
