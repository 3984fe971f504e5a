// docs/commands/ is generated from the model and kept in sync here, like docs/lint.
// Regenerate: IRULE_UPDATE_DOCS=1 npx vitest run test/model/commands-docs.test.ts

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS, type ModelCommand } from '../../src/model/index.js';
import { CORE_COMMANDS } from '../../src/tcl/commands/index.js';
import { EMULATED_COMMANDS } from '../../src/bigip/commands/index.js';
import { pageOf, renderIndex, renderPage } from './commands-docs-render.js';

const dir = new URL('../../docs/commands/', import.meta.url).pathname;
const implemented = new Set([...CORE_COMMANDS, ...EMULATED_COMMANDS].map((d) => d.name));

const pages = new Map<string, ModelCommand[]>();
for (const c of [...ALL_COMMANDS.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  const p = pageOf(c);
  pages.set(p, [...(pages.get(p) ?? []), c]);
}
const sorted = new Map([...pages].sort(([a], [b]) => a.localeCompare(b)));
let verified = 0;
let inferred = 0;
for (const c of ALL_COMMANDS.values()) for (const p of Object.values(c.provenance)) p.kind === 'inferred' ? inferred++ : verified++;

const expected = new Map<string, string>([['README.md', renderIndex(sorted, implemented, verified, inferred)]]);
for (const [p, cmds] of sorted) expected.set(`${p}.md`, renderPage(p === 'tcl' ? 'Tcl commands' : p === 'global' ? 'Global iRule commands' : `${p}:: commands`, cmds, implemented));

if (process.env.IRULE_UPDATE_DOCS) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of expected) writeFileSync(dir + f, text);
}

describe('docs/commands', () => {
  it('has exactly one page per namespace plus the index', () => {
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([...expected.keys()].sort());
  });
  it.each([...expected.keys()])('%s matches the model (regenerate with IRULE_UPDATE_DOCS=1)', (f) => {
    expect(readFileSync(dir + f, 'utf8')).toBe(expected.get(f));
  });
  it('lists every model command once', () => {
    const listed = [...expected.entries()].filter(([f]) => f !== 'README.md').flatMap(([, t]) => [...t.matchAll(/^## (.+)$/gm)].map((m) => m[1]));
    expect(listed.length).toBe(ALL_COMMANDS.size);
  });
});
