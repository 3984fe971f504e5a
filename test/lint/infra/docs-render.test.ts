// The page renderer used by test/lint/docs.test.ts: parse(render(meta)) gives the metadata back,
// and rewriting a page keeps its extra sections and a longer Why.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/lint/checks/index.js';
import { parsePage, renderIndex, renderPage } from './docs-render.js';

describe('docs renderer', () => {
  const m = CHECKS.find((c) => c.meta.code === 'IR1002')!.meta;
  it('round-trips the metadata', () => {
    expect(parsePage(renderPage(m))).toEqual({
      title: `# ${m.code} ${m.name}`, description: `**${m.description}**`, category: m.category, severity: m.severity,
      why: m.help.why, bad: m.help.bad, good: m.help.good, extra: '',
    });
  });
  it('keeps extra sections and an elaborated Why when rewriting', () => {
    const page = renderPage(m, '## Notes\n\nSee also IR1001.\n', `${m.help.why}\n\nMore detail.`);
    const p = parsePage(page);
    expect(p.extra).toBe('## Notes\n\nSee also IR1001.\n');
    expect(p.why).toBe(`${m.help.why}\n\nMore detail.`);
    expect(renderPage(m, p.extra, p.why)).toBe(page);
    expect(parsePage(renderPage(m, '', 'stale text')).why).toBe(m.help.why);
  });
  it('the index escapes table cells', () => {
    const fake = { ...CHECKS[0]!, meta: { ...m, description: 'a | b' } };
    expect(renderIndex([fake])).toContain('| a \\| b |');
  });
});
