// Hostile and broken input files (issue 12): every command that reads files refuses one larger than
// --max-input-size (64 MiB by default) before reading it, reads only regular files, and never quotes
// the content of a file that is not a rule in its messages; each refusal is one line.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSize } from '../../src/cli/io.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../../src/input/files.js';
import { MAX_YAML_CHARS } from '../../src/sim/scenario.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/irule');
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
const RULE = 'rules/ai-stream-pin.tcl';
const CASE = 'fixtures/ai-stream-pin/headers';
const SCENARIO = `${CASE}/scenario.yaml`;

/** One line on stderr naming the cap, and the exit code. */
function refused(args: string[], status: number, file: RegExp): void {
  const r = run(args);
  expect(r.status, r.stderr + r.stdout).toBe(status);
  const line = (r.stderr.trim() || r.stdout.trim()).split('\n').find((l) => /input limit/.test(l));
  expect(line, r.stderr + r.stdout).toMatch(file);
  expect(line).toMatch(/more than the 400-byte input limit \(raise it with --max-input-size\)/);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('--max-input-size', () => {
  it('reads sizes in bytes or with a K, M or G suffix; refuses anything else', () => {
    expect([parseSize('400'), parseSize('2k'), parseSize('64M'), parseSize('1GiB')]).toEqual([400, 2048, 64 << 20, 1 << 30]);
    for (const bad of ['0', '-1', '1.5M', 'lots', '']) expect(() => parseSize(bad), bad).toThrow(/positive size/);
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
    const r = run(['lint', '--max-input-size', 'lots', RULE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/expected a positive size in bytes/);
  });

  it('every command that reads rule, scenario or traffic files refuses one over the cap', () => {
    refused(['lint', '--max-input-size', '400', RULE], 2, /ai-stream-pin\.tcl: cannot read/);
    refused(['eval', '--max-input-size', '400', RULE], 2, /ai-stream-pin\.tcl: cannot read/);
    refused(['fmt', '--check', '--max-input-size', '400', 'rules/ai-stream-pin-hardened.tcl'], 2, /ai-stream-pin-hardened\.tcl: cannot read/);
    refused(['emit', '--max-input-size', '400', RULE], 2, /ai-stream-pin\.tcl: cannot read/);
    refused(['simulate', '--max-input-size', '400', SCENARIO], 1, /scenario\.yaml: cannot read the scenario: too large/);
    refused(['compare', '--max-input-size', '400', SCENARIO, '--rules', RULE], 1, /scenario\.yaml: cannot read the scenario: too large/);
    refused(['test', '--max-input-size', '400', CASE], 1, /scenario\.yaml: cannot read the scenario: too large/);
  });

  it('a larger cap lets the same files through; the rule files a scenario names are capped too', () => {
    expect(run(['lint', '--max-input-size', '1M', RULE]).status).toBe(0);
    expect(run(['test', '--max-input-size', '1M', CASE]).status).toBe(0);
    // The scenario is small, the rule it names is not.
    const r = run(['simulate', '--max-input-size', '1000', SCENARIO, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ai-stream-pin\.tcl.*too large: \d+ bytes, more than the 1000-byte input limit/);
  });

  it('a traffic line longer than the cap is an error naming its line; the traffic file as a whole is not capped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-cap-'));
    cpSync(join(root, CASE), dir, { recursive: true });
    writeFileSync(join(dir, 'scenario.yaml'), readFileSync(join(dir, 'scenario.yaml'), 'utf8').replace('../../../rules/', `${root}rules/`));
    const lines = readFileSync(join(dir, 'requests.jsonl'), 'utf8').trim().split('\n');
    const many = Array.from({ length: 40 }, (_, i) => lines[i % lines.length]!.replace(/"t": [0-9.]+/, `"t": ${i}`));
    const limit = '4000';
    writeFileSync(join(dir, 'requests.jsonl'), many.join('\n') + '\n');
    expect(many.join('\n').length).toBeGreaterThan(4000);
    const args = ['simulate', '--root', root, '--max-input-size', limit, join(dir, 'scenario.yaml'), '--format', 'json'];
    expect(run(args).status).toBe(0);
    writeFileSync(join(dir, 'requests.jsonl'), [...many, many[0]!.replace(/"t": [0-9.]+/, '"t": 40').replace('"api.example"', `"${'a'.repeat(5000)}"`)].join('\n') + '\n');
    const r = run(args);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`requests\\.jsonl:${many.length + 1}: line longer than ${limit} characters \\(the input limit; raise it with --max-input-size\\)`));
  });
});

describe('YAML scenarios', () => {
  it('one larger than the YAML cap is refused before parsing, in one line that suggests JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-yaml-'));
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `name: "${'y'.repeat(MAX_YAML_CHARS)}"\n`);
    const t0 = Date.now();
    const r = run(['simulate', file]);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`big\\.yaml: a YAML scenario of ${MAX_YAML_CHARS + 9} characters, more than ${MAX_YAML_CHARS}: .*write it as JSON`));
  });

  it('aliases that expand past the cap (the billion laughs) are refused by the expansion check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-yaml-'));
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let c = 98; c <= 106; c++) lines.push(`${String.fromCharCode(c)}: &${String.fromCharCode(c)} [${Array(9).fill(`*${String.fromCharCode(c - 1)}`).join(',')}]`);
    writeFileSync(join(dir, 'laughs.yaml'), lines.join('\n') + '\nrules: *j\n');
    const r = run(['simulate', join(dir, 'laughs.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/laughs\.yaml:\d+: invalid YAML: aliases expand to more than 1000000 values/);
  });
});

describe('files that are not what they claim', () => {
  it('a configuration or baseline that is not JSON: the position, never the content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-secret-'));
    writeFileSync(join(dir, 'secret.json'), 'root:$6$s3cr3t-hash:20228:0:99999:7:::\n');
    for (const args of [['-c', join(dir, 'secret.json')], ['--baseline', join(dir, 'secret.json')]]) {
      const r = run(['lint', ...args, RULE]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/secret\.json: not valid JSON: line 1, column 1: /);
      expect(r.stderr).not.toMatch(/s3cr3t|root:/);
    }
  });

  it('a device as configuration or baseline is refused without reading it', () => {
    for (const opt of ['-c', '--baseline']) {
      const r = run(['lint', opt, '/dev/zero', RULE]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/\/dev\/zero: cannot read the (configuration|baseline) \(not a regular file/);
    }
  });

  it('file names with control characters are printed escaped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-name-'));
    const name = join(dir, 'bad\nname\u001b[31m.tcl');
    writeFileSync(name, 'when HTTP_REQUEST { set x [ }\n');
    const r = run(['lint', name]);
    expect(r.stdout).toContain('bad\\nname\\x1b[31m.tcl');
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('irule test and expected.jsonl', () => {
  it('a folder named expected.jsonl, a missing one and a read-only one: one line each, the other cases still run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-golden-'));
    for (const name of ['a-dir', 'b-missing', 'c-readonly', 'd-ok']) {
      cpSync(join(root, CASE), join(dir, name), { recursive: true });
      const s = join(dir, name, 'scenario.yaml');
      writeFileSync(s, readFileSync(s, 'utf8').replace('../../../rules/', `${root}rules/`));
    }
    rmSync(join(dir, 'a-dir', 'expected.jsonl'));
    mkdirSync(join(dir, 'a-dir', 'expected.jsonl'));
    rmSync(join(dir, 'b-missing', 'expected.jsonl'));
    writeFileSync(join(dir, 'c-readonly', 'expected.jsonl'), '{}\n');
    chmodSync(join(dir, 'c-readonly', 'expected.jsonl'), 0o444);
    const r = run(['test', '--root', root, dir]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/a-dir\/expected\.jsonl: cannot read \(is a directory\)/);
    expect(r.stdout).toMatch(/d-ok/);
    expect(r.stdout).toMatch(/1 passed, 3 failed/);
    expect(r.stderr + r.stdout).not.toMatch(/internal error|\n\s+at /);
    const u = run(['test', '--update', '--root', root, dir]);
    expect(u.stderr + u.stdout).not.toMatch(/internal error|\n\s+at /);
    // The read-only file keeps its mode (root may write it; anyone else gets "read-only file").
    expect(statSync(join(dir, 'c-readonly', 'expected.jsonl')).mode & 0o777).toBe(0o444);
  });
});
