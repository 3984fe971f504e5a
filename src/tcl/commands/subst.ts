// subst ?-nobackslashes? ?-nocommands? ?-novariables? string
//
// A small scanner of its own: the template is not a script, only its `$...` and `[...]` parts
// follow script syntax. Substitutions are made left to right, so a command that runs before a
// later syntax error keeps its effects, as in Tcl. Inside `[...]`, break ends the whole
// substitution (keeping what was built so far), continue substitutes "", and return (with any
// -code) substitutes its value.

import { backslash } from '../../syntax/backslash.js';
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
export function substitute(interp: Interp, template: string, flags: Flags = ALL): string {
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
      const v = scanVariable(s, i);
      if (v === null) {
        out += '$';
        i++;
      } else {
        out += str(readVariable(interp, v));
        i = v.end;
      }
    } else if (c === 91 /* [ */ && flags.commands) {
      const end = scanScript(s, i + 1);
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

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `$name`, `${name}`, `$name(index)` at s[i] === '$'; null when no name follows (a plain `$`). */
function scanVariable(s: string, i: number): VarRef | null {
  const n = s.length;
  let j = i + 1;
  if (s[j] === '{') {
    const close = s.indexOf('}', j + 1);
    if (close < 0) throw new TclError('missing close-brace for variable name', ['TCL', 'PARSE', 'VARNAME']);
    return { name: s.slice(j + 1, close), index: null, end: close + 1 };
  }
  while (j < n) {
    if (isNameChar(s.charCodeAt(j))) j++;
    else if (s[j] === ':' && s[j + 1] === ':') {
      j += 2;
      while (s[j] === ':') j++;
    } else break;
  }
  const name = s.slice(i + 1, j);
  if (j < n && s[j] === '(') {
    const close = scanIndexEnd(s, j + 1);
    return { name, index: s.slice(j + 1, close), end: close + 1 };
  }
  if (name.length === 0) return null;
  return { name, index: null, end: j };
}

/** The ')' that closes an array index starting at i (nested `[...]` and `$x(...)` skipped). */
function scanIndexEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c === ')') return i;
    if (c === '\\') i += backslash(s, i)[1];
    else if (c === '[') i = scanScript(s, i + 1) + 1;
    else if (c === '$') {
      const v = scanVariable(s, i);
      i = v === null ? i + 1 : v.end;
    } else i++;
  }
  throw new TclError('missing )', ['TCL', 'PARSE', 'VARNAME']);
}

function readVariable(interp: Interp, v: VarRef): Value {
  if (v.index === null) return readScalar(interp.resolveVar(v.name), v.name);
  // The index always gets every kind of substitution, whatever the flags.
  const index = v.index.length === 0 ? '' : substitute(interp, v.index, ALL);
  return readElement(interp.resolveVar(v.name), v.name, index);
}

// ---- finding the end of a command substitution --------------------------------------------------------

function missingBracket(): TclError {
  return new TclError('missing close-bracket', ['TCL', 'PARSE', 'BRACKET']);
}

function isHorizontalSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\v' || c === '\f';
}

/** Returns the index of the `]` that ends the script starting at i (Tcl's word rules). */
export function scanScript(s: string, i: number): number {
  const n = s.length;
  for (;;) {
    // Between commands.
    while (i < n && (isHorizontalSpace(s[i]) || s[i] === '\n' || s[i] === ';' || (s[i] === '\\' && s[i + 1] === '\n'))) {
      i += s[i] === '\\' ? backslash(s, i)[1] : 1;
    }
    if (i >= n) throw missingBracket();
    if (s[i] === '#') {
      while (i < n && s[i] !== '\n') i += s[i] === '\\' ? 2 : 1;
      continue;
    }
    // Words of one command.
    for (;;) {
      while (i < n && (isHorizontalSpace(s[i]) || (s[i] === '\\' && s[i + 1] === '\n'))) {
        i += s[i] === '\\' ? backslash(s, i)[1] : 1;
      }
      if (i >= n) throw missingBracket();
      const c = s[i];
      if (c === ']') return i;
      if (c === '\n' || c === ';') break;
      if (c === '{') i = scanBraces(s, i);
      else if (c === '"') i = scanQuoted(s, i + 1);
      // Anything glued to a braced or quoted word is scanned as more word text; the script's own
      // compilation reports "extra characters after close-brace" as Tcl does.
      i = scanBare(s, i);
    }
  }
}

function scanBraces(s: string, i: number): number {
  const n = s.length;
  let depth = 0;
  for (; i < n; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new TclError('missing close-brace', ['TCL', 'PARSE', 'BRACE']);
}

function scanQuoted(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c === '"') return i + 1;
    if (c === '\\') i += backslash(s, i)[1];
    else if (c === '[') i = scanScript(s, i + 1) + 1;
    else if (c === '$') {
      const v = scanVariable(s, i);
      i = v === null ? i + 1 : v.end;
    } else i++;
  }
  throw new TclError('missing "', ['TCL', 'PARSE', 'QUOTE']);
}

function scanBare(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (isHorizontalSpace(c) || c === '\n' || c === ';' || c === ']') return i;
    if (c === '\\') {
      if (s[i + 1] === '\n') return i;
      i += backslash(s, i)[1];
    } else if (c === '[') i = scanScript(s, i + 1) + 1;
    else if (c === '$') {
      const v = scanVariable(s, i);
      i = v === null ? i + 1 : v.end;
    } else i++;
  }
  return i;
}

export const substCommands: CommandDef[] = [{ name: 'subst', fn: substCmd }];
