// CI gates on simulate and compare: exit 1 with one line naming the gate, JUnit output, exit 2 on a bad
// threshold. Numbers from the hand-computed case test/sim/data/continuity (50.00%, no errors).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/irule');
const SCENARIO = join(ROOT, 'test/sim/data/continuity/scenario.yaml');
const ORIGINAL = join(ROOT, 'rules/ai-stream-pin.tcl');
const HARDENED = join(ROOT, 'rules/ai-stream-pin-hardened.tcl');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'irule-gates-'));

describe('simulate gates', () => {
  it('--min-continuity: below fails with one line, at or above passes', () => {
    const low = cli(['simulate', SCENARIO, '-f', 'json', '--min-continuity', '0.99']);
    expect(low.status).toBe(1);
    expect(low.stderr).toBe('irule: gate failed: ai-stream-pin.tcl @ continuity by hand: pin continuity 50.00% (3 of 6 follow-up requests kept their member) is below --min-continuity 0.99\n');
    expect(low.stdout).toContain('"pinContinuity": 0.5'); // the output is complete before the verdict
    expect(cli(['simulate', SCENARIO, '-f', 'json', '--min-continuity', '0.5']).status).toBe(0);
  });

  it('--fail-on rule-error and --max-errors count requests with a Tcl error', () => {
    writeFileSync(join(dir, 'broken.tcl'), 'when HTTP_REQUEST {\n  if {[HTTP::header exists X-Conversation-ID]} { error "boom" }\n}\n');
    writeFileSync(join(dir, 'scenario.yaml'), readFileSync(SCENARIO, 'utf8').replace('../../../../rules/ai-stream-pin.tcl', 'broken.tcl').replace('traffic: requests.jsonl', `traffic: ${join(ROOT, 'test/sim/data/continuity/requests.jsonl')}`));
    const s = join(dir, 'scenario.yaml');
    const r = cli(['simulate', s, '-f', 'json', '--fail-on', 'rule-error']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('irule: gate failed: broken.tcl @ continuity by hand: 8 request(s) with a Tcl error (--fail-on rule-error)\n');
    expect(cli(['simulate', s, '-f', 'json', '--max-errors', '8']).status).toBe(0);
    const more = cli(['simulate', s, '-f', 'json', '--max-errors', '7', '--fail-on', 'rule-error']);
    expect(more.stderr).toMatch(/^irule: gate failed: .*8 failed request\(s\) \(8 rule error\(s\), 0 with no member\) exceed --max-errors 7 \(and 1 more failed gate\(s\)\)\n$/);
    expect(cli(['simulate', SCENARIO, '-f', 'json', '--fail-on', 'rule-error']).status).toBe(0);
  });

  it('--junit writes one test case per gate, failed ones with their message', () => {
    const file = join(dir, 'gates.xml');
    cli(['simulate', SCENARIO, '-f', 'json', '--min-continuity', '0.99', '--max-errors', '0', '--junit', file]);
    const x = readFileSync(file, 'utf8');
    expect(x).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuite name="irule simulate gates" tests="2" failures="1" errors="0">/);
    expect(x).toMatch(/<testcase classname="irule\.gate\.min-continuity" name="[^"]*min-continuity 0\.99" time="0\.000">\n    <failure message="[^"]*50\.00%[^"]*">/);
    expect(x).toMatch(/<testcase classname="irule\.gate\.max-errors" name="[^"]*max-errors 0" time="0\.000">\n    <system-out>/);
  });

  it('bad thresholds are usage errors (exit 2)', () => {
    for (const args of [['--min-continuity', '99'], ['--min-continuity', 'x'], ['--max-errors', '-1'], ['--fail-on', 'typo']]) {
      const r = cli(['simulate', SCENARIO, '-f', 'json', ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('compare gates', () => {
  it('--no-regression: the hardened rule is no worse than the original; the reverse fails', () => {
    expect(cli(['compare', SCENARIO, '--rules', ORIGINAL, HARDENED, '--no-regression']).status).toBe(0);
    const r = cli(['compare', SCENARIO, '--rules', HARDENED, ORIGINAL, '--no-regression']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("irule: gate failed: ai-stream-pin.tcl: pin continuity 50.00% is below the baseline ai-stream-pin-hardened.tcl's 66.66% (--no-regression)\n");
    expect(cli(['compare', SCENARIO, '--rules', ORIGINAL, '--no-regression']).status).toBe(2);
  });

  it('--min-continuity applies to every rule compared', () => {
    const r = cli(['compare', SCENARIO, '--rules', ORIGINAL, HARDENED, '--min-continuity', '0.6']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^irule: gate failed: ai-stream-pin\.tcl: pin continuity 50\.00% .* below --min-continuity 0\.6\n$/);
  });
});
