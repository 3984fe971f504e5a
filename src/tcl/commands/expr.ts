// The `expr` command. Its arguments are joined with spaces (Tcl_ConcatObj) and evaluated as one
// expression. A braced argument, or any literal text, is compiled once with the script; anything
// substituted at run time goes through the per-interpreter cache of compiled expressions.

import { literalValue } from '../../syntax/ast.js';
import type { Exec } from '../compile.js';
import { wrongArgs } from '../errors.js';
import { compileExpr, exprValue } from '../expr/index.js';
import type { CommandDef } from '../interp.js';
import type { Value } from '../value.js';
import { concatValues } from './list.js';

const USAGE = 'expr arg ?arg ...?';

function exprText(args: readonly Value[]): Value {
  return args.length === 1 ? args[0]! : concatValues(args);
}

const exprCommand: CommandDef = {
  name: 'expr',
  fn: (interp, argv) => {
    if (argv.length < 2) throw wrongArgs(USAGE);
    return exprValue(interp, exprText(argv.slice(1)));
  },
  compile: (node, words, ctx) => {
    const args = node.words.slice(1);
    if (args.length === 0) return null;
    const literals = args.map(literalValue);
    if (args.length === 1 && literals[0] !== undefined) {
      const only = args[0]!;
      if (only.kind === 'braced' && only.raw !== undefined) return compileExpr(only.raw, ctx, only.contentStart);
      return compileExpr(literals[0], ctx);
    }
    // Several words are joined at run time in Tcl (and compiled without constant folding, which
    // can change the result's form): go through the run-time cache like any computed expression.
    if (literals.every((l) => l !== undefined)) {
      const text = exprText(literals as string[]);
      return (interp) => exprValue(interp, text);
    }
    const argExecs: Exec[] = words.slice(1);
    if (argExecs.length === 1) {
      const arg = argExecs[0]!;
      return (interp) => exprValue(interp, arg(interp));
    }
    return (interp) => exprValue(interp, concatValues(argExecs.map((w) => w(interp))));
  },
};

export const exprCommands: CommandDef[] = [exprCommand];
