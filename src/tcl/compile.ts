// The compiler: syntax tree -> closures. Each script is compiled once and run many times; a
// command word that names a command with a compile hook (set, if, foreach, ...) becomes a
// specialised closure, everything else a generic call through the command table.

import type { Command, Part, Pos, Script, Word } from '../syntax/ast.js';
import { literalValue } from '../syntax/ast.js';
import { parseScript } from '../syntax/parser.js';
import { redoOnDeepStack, StackExhausted } from '../host/deep-stack.js';
import { Code, TclError } from './errors.js';
import type { CompileContext, Exec } from './compile-types.js';
import { readElement, readScalar, splitArrayName, type CommandDef, type Interp } from './interp.js';
import { str, toList, type Value } from './value.js';

export type { CompileContext, Exec };

const EMPTY: Exec = () => '';

export function compileScript(script: Script, ctx: CompileContext): Exec {
  const steps: Exec[] = [];
  const firstError = script.errors[0];
  for (const cmd of script.commands) {
    if (firstError && cmd.loc.start.offset >= firstError.commandStart.offset) break;
    steps.push(compileCommand(cmd, ctx));
  }
  if (firstError) {
    // Like Tcl's compiler: the commands before the syntax error run, then the error is raised.
    const message = firstError.message;
    const code = firstError.errorCode ?? ['TCL', 'PARSE'];
    const at = firstError.commandStart;
    steps.push(() => {
      const e = new TclError(message, code);
      e.errorInfo = `${message}\n    while executing\n"${traceText(ctx.source.slice(at.offset))}"`;
      e.traced = true;
      throw e;
    });
  }
  return sequence(steps);
}

export function sequence(steps: Exec[]): Exec {
  if (steps.length === 0) return EMPTY;
  if (steps.length === 1) return steps[0]!;
  if (steps.length === 2) {
    const [a, b] = steps as [Exec, Exec];
    return (interp) => {
      const r = a(interp);
      if (interp.signal !== Code.OK) return r;
      return b(interp);
    };
  }
  if (steps.length === 3) {
    const [a, b, c] = steps as [Exec, Exec, Exec];
    return (interp) => {
      let r = a(interp);
      if (interp.signal !== Code.OK) return r;
      r = b(interp);
      if (interp.signal !== Code.OK) return r;
      return c(interp);
    };
  }
  const n = steps.length;
  return (interp) => {
    let r: Value = '';
    for (let i = 0; i < n; i++) {
      r = steps[i]!(interp);
      if (interp.signal !== Code.OK) return r;
    }
    return r;
  };
}

/**
 * Compiles text (a braced body, or a string known at compile time) as a script. It is `depth`
 * scripts deep: by default a body of the code `ctx` compiles, or the top level for a fresh context.
 */
export function compileText(text: string, ctx: CompileContext, start?: Pos, depth = ctx.depth === undefined ? 0 : ctx.depth + 1): Exec {
  const script = parseScript(text, { dialect: ctx.dialect, start, depth });
  return compileScript(script, start ? { ...ctx, depth } : { ...ctx, source: text, depth });
}

/** Compiles a word used as a script body: inline when it is literal, else at run time. */
export function compileBody(word: Word, ctx: CompileContext): Exec {
  const lit = literalValue(word);
  if (lit !== undefined) {
    if (word.kind === 'braced' && word.raw !== undefined && word.contentStart) return compileText(word.raw, ctx, word.contentStart);
    return compileText(lit, ctx);
  }
  const value = compileWord(word, ctx);
  return (interp) => evalValue(interp, value(interp));
}

/** Runs a script given as a value, compiling it once per distinct text. */
export function evalValue(interp: Interp, script: Value): Value {
  const text = str(script);
  let exec = interp.scriptCache.get(text);
  if (exec === undefined) {
    // Tcl compiles it at the current level of evaluation (docs/tcl.md "Budgets").
    exec = compileText(text, { interp, layout: null, dialect: interp.dialect, source: text }, undefined, interp.depth + 1);
    if (interp.scriptCache.size > 2000) interp.scriptCache.clear();
    interp.scriptCache.set(text, exec);
  }
  interp.enter();
  try {
    return exec(interp);
  } finally {
    interp.leave();
  }
}

// ---- commands ------------------------------------------------------------------------------------

function compileCommand(node: Command, ctx: CompileContext): Exec {
  const words = node.words.map((w) => compileWord(w, ctx));
  const hasExpand = node.words.some((w) => w.expand);
  const name = literalValue(node.words[0]!);
  const site: Site = { text: ctx.source.slice(node.loc.start.offset, commandEnd(ctx.source, node.loc.end.offset)), line: node.loc.start.line };
  if (!hasExpand && name !== undefined) {
    const def = ctx.interp.lookupCommand(name);
    const hooked = def?.compile ? def.compile(node, words, ctx) : null;
    const literals = node.words.map((w) => literalValue(w));
    return hooked ? guarded(name, def!, hooked, words, site) : genericCall(name, words, site, literals);
  }
  return dynamicCall(node, words, site);
}

/** Tcl's command text for errorInfo runs to its terminator: blanks after the last word stay. */
function commandEnd(src: string, end: number): number {
  while (end < src.length) {
    const c = src.charCodeAt(end);
    if (c !== 32 && c !== 9) break;
    end++;
  }
  return end;
}

/** Where a command is, for the "while executing" lines of an error trace. */
interface Site {
  text: string;
  line: number;
}

function fail(e: unknown, site: Site): unknown {
  if (e instanceof TclError && e.line === undefined) e.line = site.line;
  return addTrace(e, site.text);
}

/** A specialised closure stays valid only while its command is not redefined. */
function guarded(name: string, def: CommandDef, fast: Exec, words: Exec[], site: Site): Exec {
  const slow = genericCall(name, words, site);
  let epoch = -1;
  let ns = '';
  let valid = true;
  return (interp) => {
    if (epoch !== interp.epoch || ns !== interp.frame.ns) {
      // Redefined, or run in another namespace where `name` may mean another command.
      ns = interp.frame.ns;
      valid = interp.resolveCommand(name) === def;
      epoch = interp.epoch;
    }
    if (!valid) return slow(interp);
    if (++interp.commandCount > interp.maxCommands) interp.checkpoint();
    try {
      return fast(interp);
    } catch (e) {
      throw fail(e, site);
    }
  };
}

/** Builds the argument vector of a call: literal words are copied, the others evaluated. */
type ArgvBuilder = (interp: Interp) => Value[];

function argvBuilder(name: string, words: Exec[], literals: (Value | undefined)[]): ArgvBuilder {
  const n = words.length;
  if (literals.every((l, i) => i === 0 || l !== undefined)) {
    // All literal (`HTTP::header value X-Conversation-ID`): one prepared vector, shared by every
    // call. Commands never modify their argv (frozen, so one that tried would fail loudly).
    const base = Object.freeze([name, ...literals.slice(1).map((l) => l!)]) as Value[];
    return () => base;
  }
  if (n === 1) return () => [name];
  if (n === 2) {
    const a = words[1]!;
    return (interp) => [name, a(interp)];
  }
  if (n === 3) {
    const [, a, b] = words as [Exec, Exec, Exec];
    return (interp) => [name, a(interp), b(interp)];
  }
  if (n === 4) {
    const [, a, b, c] = words as [Exec, Exec, Exec, Exec];
    return (interp) => [name, a(interp), b(interp), c(interp)];
  }
  return (interp) => {
    const argv: Value[] = new Array(n);
    argv[0] = name;
    for (let i = 1; i < n; i++) argv[i] = words[i]!(interp);
    return argv;
  };
}

function genericCall(name: string, words: Exec[], site: Site, literals: (Value | undefined)[] = []): Exec {
  let fn: CommandDef['fn'] | undefined;
  let epoch = -1;
  let ns = '';
  const build = argvBuilder(name, words, literals.length === words.length ? literals : words.map(() => undefined));
  return (interp) => {
    try {
      const argv = build(interp);
      if (++interp.commandCount > interp.maxCommands) interp.checkpoint();
      if (epoch !== interp.epoch || ns !== interp.frame.ns) {
        // Redefined, or run in another namespace where `name` may mean another command.
        ns = interp.frame.ns;
        fn = interp.resolveCommand(name)?.fn;
        epoch = interp.epoch;
      }
      if (fn === undefined) return interp.unknownCommand(name, argv);
      return fn(interp, argv);
    } catch (e) {
      throw fail(e, site);
    }
  };
}

function dynamicCall(node: Command, words: Exec[], site: Site): Exec {
  const expand = node.words.map((w) => w.expand);
  return (interp) => {
    try {
      const argv: Value[] = [];
      for (let i = 0; i < words.length; i++) {
        const v = words[i]!(interp);
        if (expand[i]) for (const item of toList(v)) argv.push(item);
        else argv.push(v);
      }
      if (argv.length === 0) return '';
      interp.countCommand();
      return interp.invoke(argv);
    } catch (e) {
      throw fail(e, site);
    }
  };
}

export function addTrace(e: unknown, text: string): unknown {
  if (e instanceof TclError) {
    if (e.alreadyLogged) {
      e.alreadyLogged = false;
      return e;
    }
    e.errorInfo += `\n    ${e.traced ? 'invoked from within' : 'while executing'}\n"${traceText(text)}"`;
    e.traced = true;
  } else if (e instanceof RangeError && /call stack/.test(e.message)) {
    // Off the deep-stack thread the run is redone there (src/host/deep-stack.ts); on it, code
    // nests no deeper than MAX_NESTING, so this is a last resort, never the normal limit.
    if (redoOnDeepStack()) return new StackExhausted();
    return new TclError('too many nested evaluations (infinite loop?)', ['TCL', 'LIMIT', 'STACK']);
  }
  return e;
}

function traceText(text: string): string {
  return text.length > 150 ? text.slice(0, 150) + '...' : text;
}

// ---- words ---------------------------------------------------------------------------------------

function compileWord(word: Word, ctx: CompileContext): Exec {
  const lit = literalValue(word);
  if (lit !== undefined && !word.expand) return () => lit;
  return compileParts(word.parts, ctx);
}

export function compileParts(parts: Part[], ctx: CompileContext): Exec {
  if (parts.length === 0) return EMPTY;
  const execs = parts.map((p) => compilePart(p, ctx));
  if (execs.length === 1) return execs[0]!;
  if (execs.length === 2) {
    const [a, b] = execs as [Exec, Exec];
    return (interp) => str(a(interp)) + str(b(interp));
  }
  return (interp) => {
    let s = '';
    for (let i = 0; i < execs.length; i++) s += str(execs[i]!(interp));
    interp.checkLength(s.length);
    return s;
  };
}

function compilePart(part: Part, ctx: CompileContext): Exec {
  switch (part.type) {
    case 'text': {
      const v = part.value;
      return () => v;
    }
    case 'var': {
      if (part.index === null) {
        // `${a(k)}` names the element k of array a, with k taken literally (no substitution).
        const [base, key] = splitArrayName(part.name);
        if (key !== undefined) return compileVarRead(base, () => key, ctx);
      }
      return compileVarRead(part.name, part.index === null ? null : compileParts(part.index, ctx), ctx);
    }
    case 'command':
      return compileScript(part.script, { ...ctx, depth: (ctx.depth ?? 0) + 1 });
  }
}

/** Reading `$name` or `$name(index)`. */
export function compileVarRead(name: string, index: Exec | null, ctx: CompileContext): Exec {
  if (name.indexOf('::') >= 0) {
    if (index === null) return (interp) => readScalar(interp.namespaceVar(name), name);
    return (interp) => readElement(interp.namespaceVar(name), name, str(index(interp)));
  }
  const layout = ctx.layout;
  if (layout !== null) {
    const slot = layout.slot(name);
    if (index === null) {
      return (interp) => {
        const v = interp.frame.slots[slot];
        if (v !== undefined && v.value !== undefined) return v.value;
        return readScalar(interp.frame.at(slot), name);
      };
    }
    return (interp) => readElement(interp.frame.at(slot), name, str(index(interp)));
  }
  if (index === null) {
    return (interp) => {
      const v = interp.frame.lookup(name);
      if (v !== undefined && v.value !== undefined) return v.value;
      return readScalar(v ?? interp.frame.get(name), name);
    };
  }
  return (interp) => readElement(interp.frame.get(name), name, str(index(interp)));
}

/** A variable reference resolved once at compile time when possible: returns the Var to use. */
export function compileVarRef(name: string, ctx: CompileContext): (interp: Interp) => import('./frame.js').Var {
  if (name.indexOf('::') >= 0) return (interp) => interp.namespaceVar(name);
  const layout = ctx.layout;
  if (layout !== null) {
    const slot = layout.slot(name);
    return (interp) => interp.frame.at(slot);
  }
  return (interp) => interp.frame.get(name);
}
