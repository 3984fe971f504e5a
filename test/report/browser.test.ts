// The HTML report opened in real headless Chromium (Debian's package, driven by playwright-core):
// it renders its charts, makes no network request, logs no console error, and a screenshot is taken.
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measure, withRule } from '../../src/sim/compare.js';
import { htmlReport } from '../../src/sim/html/report.js';
import { loadScenario } from '../../src/sim/scenario.js';
import { generateAiChat } from '../../src/sim/generate.js';
import { locate, NEEDS } from '../../scripts/preflight.mjs';

// Found as the preflight finds it (CHROMIUM_PATH, else chromium on PATH): scripts/preflight.mjs.
const CHROMIUM = locate(NEEDS.find((n) => n.pkg === 'chromium')!) ?? '/usr/bin/chromium';
const root = new URL('../../', import.meta.url).pathname;

describe('HTML report in a browser', () => {
  it('renders charts with no console errors and no network requests; screenshot taken', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: CI installs Debian's chromium package`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'irule-report-'));
    writeFileSync(join(dir, 'traffic.jsonl'), generateAiChat({ seed: 3, conversations: 60, duration: 900, failures: [{ member: '10.0.1.2:8080', down: 300, up: 450 }] }).join('\n') + '\n');
    writeFileSync(
      join(dir, 'scenario.yaml'),
      `name: browser\nrules: [${root}rules/ai-stream-pin.tcl]\nvirtual: { name: /Common/vs, address: 203.0.113.1:443, profiles: { http: {}, oneconnect: true, persistence: { type: universal, timeout: 180 } } }\npool: { name: /Common/p, lb: round-robin, members: [10.0.1.1:8080, 10.0.1.2:8080, 10.0.1.3:8080] }\ntraffic: traffic.jsonl\n`,
    );
    const scenario = loadScenario(join(dir, 'scenario.yaml'));
    const rules = [`${root}rules/ai-stream-pin.tcl`, ...(existsSync(`${root}rules/ai-stream-pin-hardened.tcl`) ? [`${root}rules/ai-stream-pin-hardened.tcl`] : [])];
    const runs = [];
    for (const r of rules) runs.push(await measure(withRule(scenario, r), r.split('/').pop()!, 30));
    const html = join(dir, 'report.html');
    writeFileSync(html, htmlReport('browser test', runs));

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${html}`);
      expect(await page.locator('svg').count()).toBe(4 * runs.length);
      expect(await page.locator('svg rect[fill-opacity]').count()).toBeGreaterThan(0); // the member-down window
      expect(await page.locator('svg text.band').first().textContent()).toBe('10.0.1.2:8080 down');
      expect(await page.locator('svg polyline').count()).toBeGreaterThan(0);
      expect(await page.locator('table tr').count()).toBeGreaterThan(10);
      const shot = join(dir, 'report.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      console.log(`screenshot: ${shot}`);

      // The two-column compare layout at 1400 px: cards side by side, axis text legible (>= 9 px on
      // screen), bars for the per-bucket counts, round time ticks.
      await page.setViewportSize({ width: 1400, height: 900 });
      const cards = await page.locator('section.card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(cards).toHaveLength(2);
      expect(cards[0]!.y).toBe(cards[1]!.y);
      const axis = await page.locator('svg text.axis').first().evaluate((e) => e.getBoundingClientRect().height);
      expect(axis).toBeGreaterThanOrEqual(9);
      const ticks = await page.locator('section.card').first().locator('svg').first().locator('text.axis').allTextContents();
      expect(ticks).toEqual(expect.arrayContaining(['0s', '5m', '10m', '15m']));
      expect(await page.locator('section.card').first().locator('svg').first().locator('rect[fill^="#"]:not([fill-opacity])').count()).toBeGreaterThan(20);
      await page.screenshot({ path: join(dir, 'compare-1400.png'), fullPage: true });
      console.log(`screenshot: ${join(dir, 'compare-1400.png')}`);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('the breaks table sorts by a column; the per-request table filters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-report-'));
    const scenario = loadScenario(`${root}test/sim/data/continuity/scenario.yaml`);
    const html = join(dir, 'report.html');
    writeFileSync(html, htmlReport('tables', [await measure(scenario, 'ai-stream-pin.tcl', 10)]));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${html}`);
      const seqs = () => page.locator('table.breaks tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLTableRowElement).dataset.seq)));
      expect(await seqs()).toEqual([4, 6, 7, 10]);
      await page.locator('table.breaks th', { hasText: 'conversation' }).click();
      expect(await seqs()).toEqual([7, 4, 10, 6]); // conv-A < conv-B < ws-C, stable within
      await page.locator('table.breaks th', { hasText: 'seq' }).click();
      await page.locator('table.breaks th', { hasText: 'seq' }).click();
      expect(await seqs()).toEqual([10, 7, 6, 4]);
      await page.locator('details summary').click();
      await page.locator('input.filter').fill('ws-C');
      const visible = await page.locator('table.requests tbody tr:not([hidden])').count();
      expect(visible).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
