// Progress bars (src/cli/progress.ts): drawn on standard error when it is a terminal (a pseudo
// terminal from util-linux's `script` here), with done/total and an ETA when the total is known;
// nothing at all when it is not a terminal, or with --no-progress / --quiet.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/irule');
const SCENARIO = join(root, 'fixtures/ai-stream-pin/sse-chat-keepalive/scenario.yaml');
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs irule with stdout and stderr on a pseudo terminal; returns everything written to it. */
function onTerminal(args: string[]): string {
  const cmd = [process.execPath, bin, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qfec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}
const plain = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('progress on a terminal', () => {
  it('simulate shows done/total events and an ETA, also with --quiet (summary only), and clears the bar', () => {
    for (const args of [['simulate', SCENARIO], ['simulate', '--quiet', SCENARIO], ['simulate', '--format', 'json', SCENARIO]]) {
      const out = onTerminal(args);
      expect(out, args.join(' ')).toMatch(/\| \d+\/13 events \| ETA \d+s/);
      expect(out).toContain('\x1b[?25h'); // the cursor is given back
    }
  });
  it('compare counts runs; traffic counts the lines written to its file (their total is not known beforehand)', () => {
    expect(onTerminal(['compare', SCENARIO, '--rules', join(root, 'rules/ai-stream-pin.tcl'), join(root, 'rules/ai-stream-pin-hardened.tcl')])).toMatch(/\d\/2 runs \| ETA/);
    const file = join(mkdtempSync(join(tmpdir(), 'irule-progress-')), 't.jsonl');
    const out = onTerminal(['traffic', 'ai-chat', '--conversations', '50', '-o', file]);
    const lines = readFileSync(file, 'utf8').trim().split('\n').length;
    expect(out).toContain(`${lines} lines written`);
  });
  it('--no-progress and --quiet turn it off', () => {
    expect(onTerminal(['simulate', '--no-progress', SCENARIO])).not.toMatch(/ETA/);
    expect(onTerminal(['compare', '--quiet', SCENARIO, '--rules', join(root, 'rules/ai-stream-pin.tcl')])).not.toMatch(/ETA/);
  });
});

describe('no progress when not on a terminal', () => {
  it('standard error stays empty and standard output is untouched', () => {
    const r = plain(['simulate', '--format', 'json', SCENARIO]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\x1b/);
    expect(plain(['compare', SCENARIO, '--rules', join(root, 'rules/ai-stream-pin.tcl')]).stderr).toBe('');
  });
});
