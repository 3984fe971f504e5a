// The fuzz suite, briefly (npm run fuzz -- --minutes N runs it for longer, src/fuzz/main.ts):
// property tests over generated input, a few hundred mutated inputs per target from the
// repository's rules, fixtures and the hostile cases of issue 12, and every failing input the
// fuzzer ever saved (test/fuzz/regressions/<target>-<hash>.txt), replayed against its target.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/fuzz/targets.js';
import { HOSTILE_IRULE, HOSTILE_TCL } from '../../src/fuzz/mutate.js';
import { fuzzInProcess, runOne } from '../../src/fuzz/run.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const regressions = join(root, 'test/fuzz/regressions');
const target = (name: string) => TARGETS.find((t) => t.name === name)!;

describe('fuzz: regressions', () => {
  const cases = readdirSync(regressions).filter((f) => f.endsWith('.txt')).sort();
  it('has the cases the fuzzer found', () => expect(cases.length).toBeGreaterThan(0));
  for (const file of cases) {
    it(file, () => {
      const t = target(file.slice(0, file.indexOf('-')));
      expect(runOne(t, readFileSync(join(regressions, file), 'utf8'))).toBeNull();
    });
  }
});

describe('fuzz: the hostile cases of issue 12', () => {
  for (const snippet of HOSTILE_TCL) {
    it(`engine: ${snippet.slice(0, 60)}`, () => expect(runOne(target('engine'), snippet)).toBeNull());
  }
  for (const snippet of [...HOSTILE_IRULE, ...HOSTILE_TCL.map((t) => `when HTTP_REQUEST {\n  ${t}\n}\n`)]) {
    it(`lint + emulator: ${snippet.slice(0, 60)}`, () => {
      expect(runOne(target('lint'), snippet)).toBeNull();
      expect(runOne(target('emulator'), snippet)).toBeNull();
    });
  }
});

describe('fuzz: mutated seeds (brief)', () => {
  it('no target crashes, hangs or takes too long on mutated repository inputs', () => {
    const stats = fuzzInProcess(root, 40, 12);
    expect(stats.failures.map((f) => `${f.kind} ${f.message.slice(0, 300)}`)).toEqual([]);
    expect(stats.inputs).toBe(40 * TARGETS.length);
  });
});

describe('fuzz: properties', () => {
  const tclChars = fc.constantFrom('{', '}', '[', ']', '"', '$', '\\', ';', '\n', ' ', '#', 'a', 'x(', ')', 'set ', 'puts ', 'if ', 'when HTTP_REQUEST ', '\\U', 'F', '0');
  const text = fc.array(tclChars, { maxLength: 80 }).map((xs) => xs.join(''));
  for (const name of ['parse', 'lint', 'format', 'engine', 'emulator']) {
    it(`${name}: any text of Tcl metacharacters`, () => {
      fc.assert(fc.property(text, (s) => runOne(target(name), s) === null), { numRuns: 150 });
    });
  }
  it('scenario: any YAML text', () => {
    const yamlish = fc.array(fc.constantFrom('rules:', ' [', ']', '{', '}', '&a', '*a', '<<:', ' x', '\n', '  - ', ': ', '"', "'", '!!', '|', '#', 'traffic: []'), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(fc.property(yamlish, (s) => runOne(target('scenario'), s) === null), { numRuns: 200 });
  });
  it('traffic: any JSON event', () => {
    fc.assert(fc.property(fc.json(), (s) => runOne(target('traffic'), s) === null), { numRuns: 300 });
  });
});
