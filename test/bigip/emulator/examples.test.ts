// The example rules (rules/examples/) against their golden fixtures (fixtures/examples/): data-group
// routing, cookie persistence, server-side header rewriting, a sideband call with HSL logging, and
// TLS/APM-dependent logic, each with a scenario that takes its branches.

import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverCases, runCase } from '../../../src/sim/golden.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const cases = discoverCases([join(ROOT, 'fixtures/examples')]);

describe('example rules', () => {
  it('has the five rule shapes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });
  for (const c of cases) {
    it(`${c.dir.replace(ROOT + '/', '')} matches its expected.jsonl`, async () => {
      const r = await runCase(c, false);
      expect(r.status, r.diff ?? r.error ?? '').toBe('pass');
    });
  }
});
