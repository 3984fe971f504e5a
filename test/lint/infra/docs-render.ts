// The docs/lint pages, rendered from the checks' metadata (the single source of truth).
// `IRULE_UPDATE_DOCS=1 npx vitest run test/lint/docs.test.ts` writes missing or stale pages and the index.
import type { Check, CheckMeta } from '../../../src/lint/types.js';

export const pageName = (m: CheckMeta) => `${m.code}-${m.name}.md`;

/**
 * A page. When a page is rewritten, `extra` (sections after Good, e.g. `## Notes`) and a longer
 * `why` that starts with meta.help.why are kept.
 */
export function renderPage(m: CheckMeta, extra = '', why = m.help.why): string {
  return [
    `# ${m.code} ${m.name}`,
    '',
    `**${m.description}**`,
    '',
    `- Category: ${m.category}`,
    `- Default severity: ${m.severity}`,
    '',
    '## Why',
    '',
    why.startsWith(m.help.why) ? why : m.help.why,
    '',
    '## Bad',
    '',
    '```tcl',
    m.help.bad,
    '```',
    '',
    '## Good',
    '',
    '```tcl',
    m.help.good,
    '```',
    '',
  ].join('\n') + (extra ? '\n' + extra.replace(/^\n+/, '').replace(/\n*$/, '\n') : '');
}

export interface ParsedPage {
  title: string;
  description: string;
  category?: string;
  severity?: string;
  why: string;
  bad?: string;
  good?: string;
  /** Everything after the Good example. */
  extra: string;
}

export function parsePage(text: string): ParsedPage {
  const lines = text.split('\n');
  const section = (name: string) => {
    const i = lines.indexOf(`## ${name}`);
    if (i < 0) return { body: '', end: -1 };
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith('## ')) j++;
    return { body: lines.slice(i + 1, j).join('\n'), end: j };
  };
  const fence = (body: string) => /^\s*```tcl\n([\s\S]*?)\n```\s*$/.exec(body)?.[1];
  const good = section('Good');
  return {
    title: lines[0] ?? '',
    description: lines.find((l) => l.startsWith('**')) ?? '',
    category: /^- Category: (.*)$/m.exec(text)?.[1],
    severity: /^- Default severity: (.*)$/m.exec(text)?.[1],
    why: section('Why').body.trim(),
    bad: fence(section('Bad').body),
    good: fence(good.body),
    extra: good.end >= 0 ? lines.slice(good.end).join('\n') : '',
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderIndex(checks: readonly Check[]): string {
  const rows = [...checks]
    .map((c) => c.meta)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((m) => `| [${m.code}](${pageName(m)}) | ${m.name} | ${m.category} | ${m.severity} | ${cell(m.description)} |`);
  return [
    '# irule lint checks',
    '',
    '<!-- Kept in sync with the checks by test/lint/docs.test.ts; regenerate with IRULE_UPDATE_DOCS=1 npx vitest run test/lint/docs.test.ts -->',
    '',
    'Every check has a stable code, a default severity and a page with a bad and a good example.',
    'Silence a finding with `# irule-disable-next-line CODE` (or `;# irule-disable-line CODE` at the end of a line,',
    'or a `# irule-disable CODE` ... `# irule-enable CODE` block), or set its severity or `off` under `rules` in',
    '`irule.config.json`.',
    '',
    '| code | name | category | severity | description |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
