// The repository stands alone: no tracked file may cite a document outside it (the old notes BIGIP.md and
// bigip-semantics.md, or ../shared paths), and every "docs/bigip-reference.md §N" citation must name a section
// that docs/bigip-reference.md has (a "### §N" heading or a "## N." chapter).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const self = 'test/docs/standalone.test.ts';
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && f !== self && /\.(ts|mjs|js|json|md|tcl|ya?ml|txt)$/.test(f));
const texts = tracked.map((f) => ({ file: f, text: readFileSync(root + f, 'utf8') }));

const OUTSIDE = /SPEC\.md|BIGIP\.md|BIGIP ?§|bigip-semantics|\.\.\/shared\/|\/work\/shared/;

/** The headings of a Markdown page, without their `#` marks. */
function headingsOf(page: string): string[] {
  return [...page.matchAll(/^#{1,6} +(.+?) *$/gm)].map((m) => m[1]!);
}

function sectionsOf(page: string): Set<string> {
  const ids = new Set<string>();
  for (const m of page.matchAll(/^### §([0-9]+(?:\.[0-9]+)*[a-z]?)\b/gm)) ids.add(m[1]);
  for (const m of page.matchAll(/^## ([0-9]+)\. /gm)) ids.add(m[1]);
  return ids;
}

describe('the repository stands alone', () => {
  it('no tracked file cites a document outside the repository', () => {
    const hits = texts.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (OUTSIDE.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('every docs/bigip-reference.md §N citation names an existing section', () => {
    const sections = sectionsOf(readFileSync(root + 'docs/bigip-reference.md', 'utf8'));
    expect(sections.has('3.2a') && sections.has('9')).toBe(true);
    const bad = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/bigip-reference\.md\)? §([0-9]+(?:\.[0-9]+)*[a-z]?)/g)]
        .filter((m) => !sections.has(m[1].replace(/\.$/, '')))
        .map((m) => `${file}: §${m[1]}`),
    );
    expect(bad).toEqual([]);
  });

  it('every docs/ page a tracked file cites exists, and so does the section it names in quotes', () => {
    const bad: string[] = [];
    for (const { file, text } of texts) {
      // The measurements document is cited by its public URL (…/docs/design/…): not a page of this repository.
      for (const m of text.matchAll(/(?<![\w/])docs\/([\w./-]+\.md)\)?(?: "([^"]+)")?/g)) {
        const page = `docs/${m[1]}`;
        if (page.includes('CODE-name')) continue; // the pattern of the lint pages, not a page
        if (!existsSync(root + page)) {
          bad.push(`${file}: ${page} does not exist`);
          continue;
        }
        if (m[2] !== undefined && !headingsOf(readFileSync(root + page, 'utf8')).some((h) => h.startsWith(m[2]!))) {
          bad.push(`${file}: ${page} has no section "${m[2]}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the page check reads headings', () => {
    expect(headingsOf('# A\n\n## Input files\ntext\n### Why pins break\n')).toEqual(['A', 'Input files', 'Why pins break']);
  });

  it('the section check would catch a citation of a missing section', () => {
    expect(sectionsOf('## 1. A\n### §1.1 B\n').has('1.2')).toBe(false);
    expect(sectionsOf('## 1. A\n### §1.1 B\n').has('1.1')).toBe(true);
  });
});
