// No hand-kept list of command names outside src/model: a check, the dataflow or the emulator that
// needs to know something about a set of commands reads it from the model (a role, a taint role,
// an effect, availability), so one fact lives in one place with its provenance. This test scans
// every source file outside src/model for literal lists of names the model knows as commands:
// an array (or Set) of string literals, or an object literal keyed by names, in which most entries
// are command names. Nothing is allow-listed.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../src/model/index.js';
import { effectsOf } from '../../src/model/effects.js';

const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const ARRAY = new RegExp(String.raw`\[\s*(?:(?:${STRING})\s*,\s*)+(?:${STRING})\s*,?\s*\]`, 'g');
const OBJECT = /(?:=|\(|:)\s*\{\n([\s\S]*?)\n\s*\}/g;
const KEY = /^\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z_]\w*))\s*:/gm;

/** Comments blanked (kept the same length, so line numbers hold). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));
}

/** Literal lists in `text` most of whose entries are model command names (at least 2; 3 for object keys). */
export function nameLists(text: string): { line: number; names: string[] }[] {
  const src = code(text);
  const line = (i: number) => src.slice(0, i).split('\n').length;
  const out: { line: number; names: string[] }[] = [];
  const judge = (at: number, entries: string[], least: number) => {
    const names = entries.filter((e) => ALL_COMMANDS.has(e));
    if (names.length >= least && names.length * 2 > entries.length) out.push({ line: line(at), names });
  };
  for (const m of src.matchAll(ARRAY)) judge(m.index!, [...m[0].matchAll(new RegExp(STRING, 'g'))].map((s) => s[0].slice(1, -1)), 2);
  for (const m of src.matchAll(OBJECT)) judge(m.index!, [...m[1]!.matchAll(KEY)].map((k) => k[1] ?? k[2] ?? k[3]!), 3);
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(`${dir}/${d.name}`) : d.name.endsWith('.ts') ? [`${dir}/${d.name}`] : [],
  );
}

describe('command facts live in the model', () => {
  it('the detector finds a list of command names, and not lists of other words', () => {
    expect(nameLists("const ASSIGN = new Set(['set', 'append', 'lappend']);")).toEqual([{ line: 1, names: ['set', 'append', 'lappend'] }]);
    expect(nameLists("const X = [\n  'HTTP::respond',\n  'HTTP::redirect', // answers\n];")).toHaveLength(1);
    expect(nameLists('const HINTS = {\n  exec: "a",\n  source: "b",\n  load: "c",\n};')).toHaveLength(1);
    expect(nameLists("const SETTINGS = ['off', 'error', 'warning', 'info'] as const;")).toEqual([]);
    expect(nameLists("// const A = ['set', 'incr'];")).toEqual([]);
  });

  it('no source file outside src/model keeps a list of command names', () => {
    const root = new URL('../../src', import.meta.url).pathname;
    const found = sources(root)
      .filter((f) => !f.startsWith(`${root}/model/`))
      .flatMap((f) => nameLists(readFileSync(f, 'utf8')).map((l) => `${f.slice(root.length - 3)}:${l.line}: ${l.names.join(' ')}`));
    expect(found, 'read these facts from src/model instead (a role, a taint role, an effect in model/effects.ts)').toEqual([]);
  });

  it('every command the effects table names is a model command', () => {
    for (const name of ['HTTP::respond', 'drop', 'set', 'dict', 'lsearch', 'exec', 'pool']) expect(effectsOf(name), name).toBeDefined();
    const text = readFileSync(new URL('../../src/model/effects.ts', import.meta.url), 'utf8');
    const named = [...code(text).matchAll(/'([A-Za-z_][\w:]*)'/g)].map((m) => m[1]!).filter((n) => effectsOf(n));
    for (const n of named) expect(ALL_COMMANDS.has(n), n).toBe(true);
  });
});
