// The lint benchmark's generated rule is large, valid and idiomatic (no syntax findings).
import { describe, expect, it } from 'vitest';
import { generateRule } from '../../../src/bench/lint.js';
import { lintSource } from '../../../src/lint/linter.js';

describe('lint bench rule', () => {
  it('has at least the lines asked for and parses cleanly', () => {
    const big = generateRule(20_000);
    expect(big.split('\n').length).toBeGreaterThanOrEqual(20_000);
    const small = generateRule(600);
    expect(lintSource(small, 'bench.tcl').filter((d) => d.category === 'syntax' || d.code === 'IR0000')).toEqual([]);
    expect(small).toMatch(/when HTTP_REQUEST[\s\S]*switch -glob[\s\S]*foreach[\s\S]*table incr[\s\S]*class match[\s\S]*persist uie/);
  });
});
