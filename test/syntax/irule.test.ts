import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../../src/syntax/irule.js';
import { literalValue } from '../../src/syntax/ast.js';
import { parseBody } from '../../src/syntax/walk.js';

describe('iRule top level (docs/bigip-reference.md §1.2)', () => {
  it('rules/ai-stream-pin.tcl parses with exact positions', () => {
    const src = readFileSync(new URL('../../rules/ai-stream-pin.tcl', import.meta.url), 'utf8');
    const f = parseRuleFile(src);
    expect(f.errors).toEqual([]);
    expect(f.rules).toHaveLength(1);
    const h = f.rules[0]!.handlers[0]!;
    expect(h.events).toEqual([{ name: 'HTTP_REQUEST', loc: { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 18, offset: 17 } } }]);
    expect(h.loc.start).toEqual({ line: 1, column: 1, offset: 0 });
    const last = src.lastIndexOf('}');
    expect(h.loc.end.offset).toBe(last + 1);
    // The if command on line 3 and its persist call on line 26.
    const ifCmd = h.script.commands[0]!;
    expect(literalValue(ifCmd.words[0]!)).toBe('if');
    expect(ifCmd.loc.start).toEqual({ line: 3, column: 1, offset: src.indexOf('if {') });
    // The persist command inside the if body, found through the parsed body with file positions.
    const body = parseBody(ifCmd.words[2]!, 'irule');
    const persist = body.commands.find((c) => literalValue(c.words[0]!) === 'persist')!;
    expect(persist.loc.start).toEqual({ line: 25, column: 1, offset: src.indexOf('persist uie') });
    expect(persist.words.map((w) => w.loc.start.column)).toEqual([1, 9, 13, 30]);
  });

  it('when EVENT priority N / timing, top-level priority, several rules in an ltm rule export', () => {
    const f = parseRuleFile('ltm rule /Common/a {\npriority 200\nwhen HTTP_REQUEST priority 100 timing on { pool p }\n}\nltm rule b {\nwhen CLIENT_ACCEPTED { log local0. hi }\n}\n');
    expect(f.errors).toEqual([]);
    expect(f.rules.map((r) => r.name)).toEqual(['/Common/a', 'b']);
    expect(f.rules[0]!.priority).toBe(200);
    expect(f.rules[0]!.handlers[0]).toMatchObject({ priority: 100, timing: 'on' });
    expect(f.rules[1]!.handlers[0]!.events[0]!.name).toBe('CLIENT_ACCEPTED');
  });

  it('anything else at the top level is rejected, as BIG-IP does on load', () => {
    const f = parseRuleFile('set x 1\nwhen HTTP_REQUEST { }');
    expect(f.errors.map((e) => e.message)).toEqual(['unexpected top-level command']);
    expect(f.errors[0]!.loc.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('errors inside event bodies are positioned in the file', () => {
    const f = parseRuleFile('when HTTP_REQUEST {\n  set a "b\n}\n');
    expect(f.errors.map((e) => `${e.message}@${e.loc.start.line}:${e.loc.start.column}`)).toEqual(['missing "@2:9']);
  });
});
