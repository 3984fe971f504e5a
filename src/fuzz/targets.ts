// Fuzz targets: each takes one input text and either returns (any result, any error the component
// documents for bad input) or throws a FuzzFailure: a JavaScript exception escaping the component,
// an `internal error`, a stack trace in a message, or a broken contract (format not idempotent or
// changing the meaning). Time is measured by the caller (src/fuzz/run.ts).

import { lintSource } from '../lint/linter.js';
import { parseRuleFile } from '../syntax/irule.js';
import { parseScript } from '../syntax/parser.js';
import { formatRuleFile, formatScript } from '../syntax/printer.js';
import { sameTree } from '../syntax/printer/normalize.js';
import { runTclFile } from '../tcl/run.js';
import { RuleLoadError, VirtualServer } from '../bigip/virtual.js';
import { parseJsonSource, parseYamlSource, scenarioFromSource } from '../sim/scenario.js';
import { toTrafficEvent } from '../sim/traffic.js';
import { InputError } from '../sim/types.js';
import type { Limits } from '../tcl/interp.js';
import { isStackOverflow, redoOnDeepStack, registerDeep, withDeepStack } from '../host/deep-stack.js';

export class FuzzFailure extends Error {
  constructor(readonly target: string, message: string) {
    super(`${target}: ${message}`);
  }
}

export interface Target {
  name: string;
  /** Which seeds it starts from. */
  seeds: 'tcl' | 'irule' | 'scenario' | 'traffic';
  run(input: string): void;
}

/** Budget of one engine or emulator run under the fuzzer: small, so a slow input is found fast. */
export const FUZZ_LIMITS: Partial<Limits> = { maxCommands: 200_000, maxMillis: 1_000, maxStringLength: 4 * 1024 * 1024, maxListLength: 1024 * 1024, maxIntegerBits: 1 << 16, maxRegexSteps: 2_000_000 };

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

function guard(target: string, fn: () => void, expected: (e: unknown) => boolean = () => false): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof FuzzFailure) throw e;
    if (isStackOverflow(e) && redoOnDeepStack()) throw e; // onDeepStack runs it again there
    if (expected(e)) {
      const msg = (e as Error).message;
      if (STACK_TRACE.test(msg) || /internal error/i.test(msg)) throw new FuzzFailure(target, `error message with an internal error or stack trace: ${msg.slice(0, 300)}`);
      return;
    }
    throw new FuzzFailure(target, `exception escaped: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}

const parse: Target = {
  name: 'parse',
  seeds: 'irule',
  run(input) {
    guard('parse', () => {
      parseRuleFile(input);
      parseScript(input, { dialect: 'tcl' });
    });
  },
};

const lint: Target = {
  name: 'lint',
  seeds: 'irule',
  run(input) {
    guard('lint', () => {
      const d = lintSource(input, 'fuzz.tcl');
      const failed = d.find((x) => x.code === 'IR0000');
      if (failed) throw new FuzzFailure('lint', failed.message);
    });
  },
};

const format: Target = {
  name: 'format',
  seeds: 'irule',
  run(input) {
    guard('format', () => {
      for (const [dialect, fmt] of [['irule', formatRuleFile], ['tcl', (s: string) => formatScript(s)]] as const) {
        const r = fmt(input);
        if (r.internalError) throw new FuzzFailure('format', `${dialect}: ${r.internalError}`);
        if (r.errors.length > 0) continue;
        const again = fmt(r.output);
        if (again.errors.length > 0 || again.output !== r.output) throw new FuzzFailure('format', `${dialect}: formatting is not idempotent`);
        const diff = sameTree(input.replace(/\r\n/g, '\n'), r.output, dialect, dialect === 'irule');
        if (diff !== null) throw new FuzzFailure('format', `${dialect}: formatting changed the meaning (${diff})`);
      }
    });
  },
};

const engine: Target = {
  name: 'engine',
  seeds: 'tcl',
  run(input) {
    guard('engine', () => {
      const r = runTclFile(input, 'fuzz.tcl', FUZZ_LIMITS);
      if (/internal error/.test(r.stderr)) throw new FuzzFailure('engine', r.stderr.split('\n')[0]!);
    });
  },
};

const REQUESTS: [string, string, [string, string][]][] = [
  ['GET', '/', [['Host', 'example.com']]],
  ['POST', '/api/chat?id=abc', [['Host', 'example.com'], ['X-Conversation-Id', 'c-1'], ['Cookie', 'sid=1; conv=2']]],
  ['GET', '/%0d%0aX:%20y?a=[b]', [['Host', 'ex\r\nample'], ['X-Cmd', '[exit]']]],
];

const emulator: Target = {
  name: 'emulator',
  seeds: 'irule',
  run(input) {
    guard(
      'emulator',
      () => {
        let now = 0;
        const vs = new VirtualServer({
          virtual: { name: '/Common/vs', address: '203.0.113.10:443', profiles: { http: true, oneconnect: true, websocket: false, persistence: { type: 'universal', timeout: 180, matchAcrossServices: false, matchAcrossVirtuals: false, matchAcrossPools: false } } },
          pool: { name: '/Common/pool', lb: 'round-robin', members: [{ address: '10.0.1.1:80', ratio: 1, state: 'up' }, { address: '10.0.1.2:80', ratio: 1, state: 'up' }] },
          rules: [{ file: 'fuzz.tcl', source: input }],
          clock: { now: () => now },
          limits: FUZZ_LIMITS,
        });
        const check = (error: string | null) => {
          if (error && /internal error/.test(error)) throw new FuzzFailure('emulator', error);
        };
        for (const l of vs.init()) check(l);
        REQUESTS.forEach(([method, uri, headers], i) => {
          now = i;
          const o = vs.request(`c${i % 2}`, `198.51.100.7:5000${i}`, now, { method, uri, version: '1.1', headers: { items: headers.map(([n, v]) => [n, v]) }, body: '' });
          check(o.txn.error);
          vs.response(`c${i % 2}`, 200, [['Content-Type', 'text/plain']], 'ok');
          vs.close(`c${i % 2}`);
        });
      },
      (e) => e instanceof RuleLoadError,
    );
  },
};

const scenario: Target = {
  name: 'scenario',
  seeds: 'scenario',
  run(input) {
    guard(
      'scenario',
      () => {
        const json = input.trimStart().startsWith('{');
        const src = json ? parseJsonSource(input, '/nonexistent/fuzz/scenario.json') : parseYamlSource(input, '/nonexistent/fuzz/scenario.yaml');
        scenarioFromSource(src);
      },
      (e) => e instanceof InputError,
    );
  },
};

const traffic: Target = {
  name: 'traffic',
  seeds: 'traffic',
  run(input) {
    guard(
      'traffic',
      () => {
        input.split('\n').forEach((line, i) => {
          if (line.trim() === '') return;
          let raw: unknown;
          try {
            raw = JSON.parse(line);
          } catch {
            return;
          }
          toTrafficEvent(raw, { file: 'fuzz.jsonl', line: i + 1, prefix: '', members: new Set(['10.0.1.1:80']) });
        });
      },
      (e) => e instanceof InputError,
    );
  },
};

/**
 * A target run where deep input gets the stack it needs, as the CLI gives it (src/host/deep-stack.ts):
 * the parser and the emulator are called directly here, not through an entry point that does it.
 */
function onDeepStack(t: Target): Target {
  const name = `fuzz-${t.name}`;
  registerDeep(name, (input: string) => t.run(input));
  return { ...t, run: (input) => withDeepStack(import.meta.url, name, [input], [input], () => t.run(input)) };
}

export const TARGETS: Target[] = [parse, lint, format, engine, emulator, scenario, traffic].map(onDeepStack);
