// The syntax tree of Tcl expressions (`expr`, and the conditions of if/while/for), with the iRule
// operators. Every node carries exact positions in the file (see Pos/Loc in ../ast.ts), so the
// linter can point into an expression that came from a braced word.

import type { Loc, Part, Script } from '../ast.js';

export type UnaryOp = '-' | '+' | '!' | '~';

export type BinaryOp =
  | '**' | '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '<' | '>' | '<=' | '>='
  | '==' | '!=' | 'eq' | 'ne' | 'in' | 'ni'
  | 'starts_with' | 'ends_with' | 'contains' | 'equals' | 'matches_glob' | 'matches_regex'
  | '&' | '^' | '|' | '&&' | '||';

/** A numeric literal as written (`0x1F`, `1e5`, `010`, `Inf`); its value is read by the compiler. */
export interface NumberNode {
  type: 'number';
  text: string;
  loc: Loc;
}

/** A bare boolean word used as an operand: true/false/yes/no/on/off and their unique prefixes. */
export interface BooleanNode {
  type: 'boolean';
  text: string;
  loc: Loc;
}

/** `{...}`: no substitution (a backslash-newline becomes a space, as in any braced word). */
export interface BracedNode {
  type: 'braced';
  value: string;
  /** The text between the braces, as written. */
  raw: string;
  loc: Loc;
}

/** `"..."`: substitutions as in a quoted word. */
export interface QuotedNode {
  type: 'quoted';
  parts: Part[];
  loc: Loc;
}

/** `$name`, `${name}` or `$name(index)`. */
export interface VarNode {
  type: 'var';
  name: string;
  index: Part[] | null;
  loc: Loc;
}

/** `[script]`. */
export interface CommandNode {
  type: 'command';
  script: Script;
  loc: Loc;
}

/** `( expr )`: kept so tools see the parentheses as written. */
export interface ParenNode {
  type: 'paren';
  expr: ExprNode;
  loc: Loc;
}

export interface UnaryNode {
  type: 'unary';
  op: UnaryOp;
  /** The operator as written (`!` or the iRule word `not`). */
  opText: string;
  operand: ExprNode;
  opLoc: Loc;
  loc: Loc;
}

export interface BinaryNode {
  type: 'binary';
  op: BinaryOp;
  /** The operator as written (`&&` or the iRule word `and`, ...). */
  opText: string;
  left: ExprNode;
  right: ExprNode;
  opLoc: Loc;
  loc: Loc;
}

export interface TernaryNode {
  type: 'ternary';
  test: ExprNode;
  then: ExprNode;
  else: ExprNode;
  loc: Loc;
}

/** `name(arg, ...)`: a math function (Tcl calls the command `tcl::mathfunc::name`). */
export interface CallNode {
  type: 'call';
  name: string;
  args: ExprNode[];
  nameLoc: Loc;
  loc: Loc;
}

export type ExprNode =
  | NumberNode | BooleanNode | BracedNode | QuotedNode | VarNode | CommandNode
  | ParenNode | UnaryNode | BinaryNode | TernaryNode | CallNode;

/** A syntax error with tclsh's message (`missing operand at _@_\nin expression "1 +_@_"`). */
export interface ExprSyntaxError {
  message: string;
  /** Tcl's errorCode, e.g. ['TCL', 'PARSE', 'EXPR', 'MISSING']. */
  errorCode: string[];
  /** Where the error is (an empty range when it is a point). */
  loc: Loc;
}
