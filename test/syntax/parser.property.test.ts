// Property tests: whatever the input, the parser returns a tree (errors inside it), never throws,
// and positions stay inside the text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/syntax/parser.js';
import { parseRuleFile } from '../../src/syntax/irule.js';
import { walk, parseBody } from '../../src/syntax/walk.js';

const tclChars = fc.constantFrom('{', '}', '[', ']', '"', '$', '\\', ' ', '\n', ';', '#', '(', ')', 'a', 'x', '1', '\t', '\r', '*', ':', 'é');
const tclText = fc.array(tclChars, { maxLength: 200 }).map((a) => a.join(''));
const rule = readFileSync(new URL('../../rules/ai-stream-pin.tcl', import.meta.url), 'utf8');

function checkTree(src: string, dialect: 'tcl' | 'irule'): void {
  const s = parseScript(src, { dialect });
  for (const c of s.commands) {
    expect(c.loc.start.offset).toBeGreaterThanOrEqual(0);
    expect(c.loc.end.offset).toBeLessThanOrEqual(src.length);
    expect(c.loc.start.offset).toBeLessThanOrEqual(c.loc.end.offset);
  }
  for (const e of s.errors) expect(e.loc.start.offset).toBeLessThanOrEqual(src.length);
  walk(s, dialect, {});
}

describe('parser properties', () => {
  it('never throws on random Tcl-ish text, in both dialects', () => {
    fc.assert(
      fc.property(tclText, (src) => {
        checkTree(src, 'tcl');
        checkTree(src, 'irule');
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on mutations of a real rule (deleted, inserted, swapped characters)', () => {
    const mutation = fc.record({ at: fc.nat({ max: rule.length }), len: fc.nat({ max: 5 }), insert: tclText.map((t) => t.slice(0, 4)) });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        let src = rule;
        for (const m of ms) src = src.slice(0, m.at) + m.insert + src.slice(m.at + m.len);
        const f = parseRuleFile(src);
        for (const r of f.rules) for (const h of r.handlers) walk(parseBody(h.body, 'irule'), 'irule', {});
      }),
      { numRuns: 800 },
    );
  });

  it('a literal word reads back: list-quoted text parses to the same words', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }).filter((s) => !s.includes('\\')), { minLength: 1, maxLength: 5 }), (ws) => {
        const src = ws.map((w) => `{${w.replace(/[{}]/g, '')}}`).join(' ');
        const s = parseScript(src);
        expect(s.errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
