// subst ?-nobackslashes? ?-nocommands? ?-novariables? string
//
// The template is not a script, only its `$...` and `[...]` parts follow script syntax; where they
// end comes from the syntax layer's word scanner (src/syntax/scan.ts). Substitutions are made left
// to right, so a command that runs before a later syntax error keeps its effects, as in Tcl. Inside
// `[...]`, break ends the whole substitution (keeping what was built so far), continue substitutes
// "", and return (with any -code) substitutes its value.

import { backslash } from '../../syntax/backslash.js';
import { isScanError, scanCommand, scanVariable, scanVarName, type Scan } from '../../syntax/scan.js';
import { evalValue } from '../compile.js';
import { Code, TclError, wrongArgs } from '../errors.js';
import { readElement, readScalar, type CommandDef, type Interp } from '../interp.js';
import { str, type Value } from '../value.js';

const OPTIONS = ['-nobackslashes', '-nocommands', '-novariables'] as const;

interface Flags {
  backslashes: boolean;
  commands: boolean;
  variables: boolean;
}

const ALL: Flags = { backslashes: true, commands: true, variables: true };

function lookupOption(name: string): (typeof OPTIONS)[number] {
  const exact = OPTIONS.find((o) => o === name);
  if (exact) return exact;
  const matches = name.length > 0 ? OPTIONS.filter((o) => o.startsWith(name)) : [];
  if (matches.length === 1) return matches[0]!;
  const kind = matches.length > 1 ? 'ambiguous' : 'bad';
  throw new TclError(`${kind} option "${name}": must be -nobackslashes, -nocommands, or -novariables`, ['TCL', 'LOOKUP', 'INDEX', 'option', name]);
}

function substCmd(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs(`${str(argv[0]!)} ?-nobackslashes? ?-nocommands? ?-novariables? string`);
  const flags: Flags = { backslashes: true, commands: true, variables: true };
  for (let i = 1; i < argv.length - 1; i++) {
    switch (lookupOption(str(argv[i]!))) {
      case '-nobackslashes': flags.backslashes = false; break;
      case '-nocommands': flags.commands = false; break;
      case '-novariables': flags.variables = false; break;
    }
  }
  return substitute(interp, str(argv[argv.length - 1]!), flags);
}

/** Performs the substitutions of `template` (what `subst` returns). */
function substitute(interp: Interp, template: string, flags: Flags = ALL): string {
  const s = template;
  const n = s.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */ && flags.backslashes) {
      const [ch, len] = backslash(s, i);
      out += ch;
      i += len;
    } else if (c === 36 /* $ */ && flags.variables) {
      const v = variableAt(interp, s, i);
      if (v === null) {
        out += '$';
        i++;
      } else {
        out += str(readVariable(interp, v));
        i = v.end;
      }
    } else if (c === 91 /* [ */ && flags.commands) {
      const end = scanned(scanCommand(s, i, interp.dialect)) - 1;
      const result = evalValue(interp, s.slice(i + 1, end));
      const signal = interp.signal;
      if (signal !== Code.OK) {
        interp.signal = Code.OK;
        if (signal === Code.BREAK) return out;
        if (signal === Code.RETURN) out += str(result);
        // continue: the substitution is empty
      } else {
        out += str(result);
      }
      i = end + 1;
    } else {
      // Copy a run of plain characters at once.
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if ((d === 92 && flags.backslashes) || (d === 36 && flags.variables) || (d === 91 && flags.commands)) break;
        j++;
      }
      out += s.slice(i, j);
      i = j;
    }
    interp.checkLength(out.length);
  }
  return out;
}

// ---- variables -------------------------------------------------------------------------------------

interface VarRef {
  name: string;
  /** Raw text of the array index (substituted when read); null for scalars. */
  index: string | null;
  end: number;
}

/** `$name`, `${name}`, `$name(index)` at s[i] === '$'; null when no name follows (a plain `$`). */
function variableAt(interp: Interp, s: string, i: number): VarRef | null {
  const end = scanned(scanVariable(s, i, interp.dialect));
  if (end === i) return null;
  if (s.charCodeAt(i + 1) === 123 /* { */) return { name: s.slice(i + 2, end - 1), index: null, end };
  const nameEnd = scanVarName(s, i + 1);
  const name = s.slice(i + 1, nameEnd);
  return { name, index: end > nameEnd ? s.slice(nameEnd + 1, end - 1) : null, end };
}

function readVariable(interp: Interp, v: VarRef): Value {
  // `${a(k)}`: a braced name is taken whole, and as a name it may still be an array element
  // (its index then gets no substitution), as Tcl_GetVar2Ex reads it.
  if (v.index === null) return v.name.endsWith(')') ? interp.getVar(v.name) : readScalar(interp.resolveVar(v.name), v.name);
  // The index always gets every kind of substitution, whatever the flags.
  const index = v.index.length === 0 ? '' : substitute(interp, v.index, ALL);
  return readElement(interp.resolveVar(v.name), v.name, index);
}

// ---- syntax errors ---------------------------------------------------------------------------------

const PARSE_CODES: Record<string, string> = {
  'missing close-bracket': 'BRACKET',
  'missing close-brace': 'BRACE',
  'missing "': 'QUOTE',
  'missing )': 'VARNAME',
  'missing close-brace for variable name': 'VARNAME',
};

/** The end offset of a scan, or the scanner's complaint raised as Tcl's parse error. */
function scanned(r: Scan): number {
  if (!isScanError(r)) return r;
  const code = PARSE_CODES[r.message];
  throw new TclError(r.message, code ? ['TCL', 'PARSE', code] : ['TCL', 'PARSE']);
}

export const substCommands: CommandDef[] = [{ name: 'subst', fn: substCmd }];
