// docs/lint is kept in sync with the registered checks (STYLE.md "Checks"): one page per check whose
// title, description, category, severity and examples are its metadata; the Bad example reports the
// check and the Good one does not; no page without a check; the index lists every check.
// Regenerate pages from metadata: IRULE_UPDATE_DOCS=1 npx vitest run test/lint/docs.test.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/lint/checks/index.js';
import { lintSource } from '../../src/lint/linter.js';
import { pageName, parsePage, renderIndex, renderPage } from './infra/docs-render.js';

const docs = new URL('../../docs/lint/', import.meta.url).pathname;
// IRULE_UPDATE_DOCS=1 rewrites every page and the index from the metadata; =index only the index.
const update = process.env.IRULE_UPDATE_DOCS;

if (update === '1' || update === 'index') {
  for (const c of update === '1' ? CHECKS : []) {
    const path = docs + pageName(c.meta);
    const old = existsSync(path) ? parsePage(readFileSync(path, 'utf8')) : undefined;
    writeFileSync(path, renderPage(c.meta, old?.extra, old?.why));
  }
  writeFileSync(docs + 'README.md', renderIndex(CHECKS));
}

describe('check metadata', () => {
  it('codes and names are unique, well-formed, in a category range', () => {
    const codes = CHECKS.map((c) => c.meta.code);
    const names = CHECKS.map((c) => c.meta.name);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i), 'duplicate codes').toEqual([]);
    expect(names.filter((c, i) => names.indexOf(c) !== i), 'duplicate names').toEqual([]);
    for (const { meta } of CHECKS) {
      expect(meta.code).toMatch(/^IR\d{4}$/);
      expect(meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.description, meta.code).not.toMatch(/\n/);
      expect(meta.help.why && meta.help.bad && meta.help.good, `${meta.code}: help.why, bad and good`).toBeTruthy();
    }
  });
});

describe.each(CHECKS.map((c) => [`${c.meta.code} ${c.meta.name}`, c] as const))('%s', (_, check) => {
  const m = check.meta;
  const path = docs + pageName(m);
  it(`has its page docs/lint/${pageName(m)} matching its metadata`, () => {
    expect(existsSync(path), `missing docs/lint/${pageName(m)} (create it with IRULE_UPDATE_DOCS=1)`).toBe(true);
    const page = parsePage(readFileSync(path, 'utf8'));
    expect(page.title).toBe(`# ${m.code} ${m.name}`);
    expect(page.description).toBe(`**${m.description}**`);
    expect(page.category).toBe(m.category);
    expect(page.severity).toBe(m.severity);
    expect(page.why.startsWith(m.help.why), 'the Why section starts with meta.help.why').toBe(true);
    expect(page.bad, 'the Bad example').toBe(m.help.bad);
    expect(page.good, 'the Good example').toBe(m.help.good);
  });
  it('its Bad example reports it, its Good example does not', () => {
    expect(lintSource(m.help.bad, 'bad.tcl').map((d) => d.code), 'Bad example').toContain(m.code);
    const good = lintSource(m.help.good, 'good.tcl');
    expect(good.filter((d) => d.code === m.code).map((d) => `${d.line}:${d.column} ${d.message}`), 'Good example').toEqual([]);
    expect(good.filter((d) => d.code === 'IR0000').map((d) => d.message), 'a check crashed on the Good example').toEqual([]);
  });
});

describe('docs/lint', () => {
  it('every page belongs to a registered check', () => {
    const expected = new Set(CHECKS.map((c) => pageName(c.meta)));
    const stray = readdirSync(docs).filter((f) => f !== 'README.md' && !expected.has(f));
    expect(stray, 'pages without a registered check (or with a stale name)').toEqual([]);
  });
  it('README.md lists every check (code, name, category, severity, description)', () => {
    expect(readFileSync(docs + 'README.md', 'utf8'), 'docs/lint/README.md is stale: regenerate with IRULE_UPDATE_DOCS=1').toBe(renderIndex(CHECKS));
  });
});
