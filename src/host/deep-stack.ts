// Deeply nested input on a thread with a stack to match.
//
// The parser, the compiler, the engine's closures, the printer and every lint walk recurse once per
// level of nested code, and code may nest as deep as Tcl allows (src/syntax/parser.ts MAX_NESTING,
// 1254 levels): several megabytes of JavaScript stack, while the main thread has under one. Text
// that may nest that deep (nestingBound) is handed to a worker thread created with a large stack
// (resourceLimits.stackSizeMb sizes the thread's real stack; `node --stack-size` past the OS
// thread's stack would crash instead), and the caller waits for its answer, so the call stays
// synchronous. Shallow text, every real rule, never pays for the thread. Code a script builds
// while it runs (`eval` of a computed string) cannot be foreseen: when the main thread's stack runs
// out, the whole call is redone on the deep-stack thread (withDeepStack), so the answer is the
// same as if it had started there.

import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Stack of the worker thread: MAX_NESTING levels take ~10 MB at worst; the rest is margin (reserved, not used). */
export const DEEP_STACK_MB = 256;

/** Nesting (of braces and brackets) that the main thread's stack is known to take in every walk. */
export const MAIN_THREAD_NESTING = 64;

interface Registry {
  inside: boolean;
  fns: Map<string, (...args: never[]) => unknown>;
}

const KEY = Symbol.for('irule.deep-stack');

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  return (g[KEY] ??= { inside: false, fns: new Map() });
}

/** Whether this code runs on the deep-stack thread already. */
export function inDeepStack(): boolean {
  return registry().inside;
}

/**
 * Names `fn` so that the deep-stack thread can run it: call at the top level of the module that
 * calls runDeep (the thread loads that module, which registers it there too).
 */
export function registerDeep<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  registry().fns.set(name, fn as (...args: never[]) => unknown);
  return fn;
}

/**
 * An upper bound on how deep code in `text` can nest: the deepest nesting of braces and brackets
 * (a backslash escapes the next character). One pass, no allocation.
 */
export function nestingBound(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) max = depth;
    } else if ((c === 125 /* } */ || c === 93 /* ] */) && depth > 0) depth--;
  }
  return max;
}

/** Whether `text` should be handled on the deep-stack thread (and this is not that thread). */
export function needsDeepStack(...texts: string[]): boolean {
  return !inDeepStack() && texts.some((t) => nestingBound(t) > MAIN_THREAD_NESTING);
}

/** tsc's output for a module run from source (vitest): the thread runs plain JavaScript. */
function runnable(moduleUrl: string): string {
  if (!moduleUrl.endsWith('.ts')) return moduleUrl;
  const path = fileURLToPath(moduleUrl);
  const built = path.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, '$1dist$2').replace(/\.ts$/, '.js');
  if (!existsSync(built)) throw new Error(`deep nesting needs the built module ${built} (run \`npm run build\`)`);
  return pathToFileURL(built).href;
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const KEY = Symbol.for('irule.deep-stack');
globalThis[KEY] = { inside: true, fns: new Map() };
const { url, name, args, port, flag } = workerData;
const done = (msg) => {
  try { port.postMessage(msg); } catch (e) { port.postMessage({ error: 'result not transferable: ' + (e && e.message) }); }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
import(url).then(() => {
  const fn = globalThis[KEY].fns.get(name);
  if (!fn) return done({ error: 'no function ' + name + ' registered by ' + url });
  try { done({ value: fn(...args) }); } catch (e) { done({ error: (e && e.message) || String(e), name: e && e.name }); }
}, (e) => done({ error: (e && e.message) || String(e) }));
`;

/**
 * Runs the function registered as `name` by the module at `moduleUrl` (pass `import.meta.url`) on
 * a thread with a DEEP_STACK_MB stack, and returns its result. Arguments and result are copied
 * (structured clone): plain data only. An exception in the thread is rethrown here as an Error
 * with the same message.
 */
export function runDeep<R>(moduleUrl: string, name: string, args: unknown[]): R {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { url: runnable(moduleUrl), name, args, port: port2, flag },
    transferList: [port2],
    resourceLimits: { stackSizeMb: DEEP_STACK_MB },
    stdout: true,
    stderr: true,
  });
  try {
    // The work itself is bounded (budgets, MAX_NESTING); the wait's limit only guards the thread.
    if (Atomics.wait(flag, 0, 0, 600_000) === 'timed-out') throw new Error('the deep-stack thread did not answer in 10 minutes');
    const msg = receiveMessageOnPort(port1)?.message as { value?: R; error?: string } | undefined;
    if (!msg) throw new Error('the deep-stack thread ended without an answer');
    if (msg.error !== undefined) throw new Error(msg.error);
    return msg.value as R;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** Thrown in place of JavaScript's stack overflow off the deep-stack thread: not a Tcl error, so no
 * `catch` of the script swallows it, and withDeepStack redoes the call where the stack suffices. */
export class StackExhausted extends Error {
  constructor() {
    super('the JavaScript stack ran out');
  }
}

/** Whether `e` is JavaScript's stack overflow (or StackExhausted). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof StackExhausted || (e instanceof RangeError && /call stack/i.test(e.message));
}

/**
 * Runs `here()`, or the function registered as `name` on the deep-stack thread: from the start
 * when one of `texts` may nest deeply, else when `here()` runs out of stack. `here` must be free
 * of side effects outside its result (it may be abandoned half way).
 */
export function withDeepStack<R>(moduleUrl: string, name: string, args: unknown[], texts: string[], here: () => R): R {
  if (inDeepStack()) return here();
  if (needsDeepStack(...texts)) return runDeep(moduleUrl, name, args);
  retryable++;
  try {
    return here();
  } catch (e) {
    if (isStackOverflow(e)) return runDeep(moduleUrl, name, args);
    throw e;
  } finally {
    retryable--;
  }
}

let retryable = 0;

/**
 * Whether running out of stack here should abort the call for withDeepStack to redo it (throw
 * StackExhausted): off the deep-stack thread, inside withDeepStack. Elsewhere (the emulator, which
 * cannot be redone half way) it is the Tcl error of the recursion limit.
 */
export function redoOnDeepStack(): boolean {
  return retryable > 0 && !inDeepStack();
}

const ENTRY = Symbol.for('irule.cli-entry');

/** Called by the CLI's entry module with its own URL: a command that must run again on the
 * deep-stack thread loads it there (src/cli/deep.ts). */
export function setCliEntry(url: string): void {
  (globalThis as { [ENTRY]?: string })[ENTRY] = url;
}

export function cliEntry(): string | undefined {
  return (globalThis as { [ENTRY]?: string })[ENTRY];
}
