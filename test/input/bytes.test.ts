// Input bytes (src/input/bytes.ts): UTF-8 only, named by byte offset; binary files refused in one
// line; and BIG-IP's request header limits on traffic (src/sim/header-limits.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, NotTextError, TextStreamDecoder } from '../../src/input/bytes.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/irule');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const err = (b: number[]) => {
  try {
    decodeText(Uint8Array.from(b));
  } catch (e) {
    return e as NotTextError;
  }
  throw new Error('decoded');
};

describe('decodeText', () => {
  it('names the first invalid byte by offset and line', () => {
    const e = err([0x61, 0x0a, 0x62, 0xe9, 0x74, 0xe9]); // "a\nbété" in Latin-1
    expect(e).toMatchObject({ kind: 'utf8', offset: 3, line: 2 });
    expect(e.detail).toMatch(/byte 0xE9 is not valid UTF-8 at byte offset 3 \(line 2\)/);
  });
  it('rejects overlong forms, surrogates, code points past U+10FFFF and a sequence cut off by the end', () => {
    expect(err([0xc0, 0xaf]).offset).toBe(0);
    expect(err([0x41, 0xed, 0xa0, 0x80]).offset).toBe(1);
    expect(err([0xf4, 0x90, 0x80, 0x80]).offset).toBe(0);
    expect(err([0x41, 0x42, 0xe2, 0x82]).detail).toMatch(/cut off by the end of the file .* at byte offset 2/);
  });
  it('a NUL byte is a binary file', () => {
    expect(err([0x1f, 0x8b, 0x08, 0x00, 0x00])).toMatchObject({ kind: 'binary', offset: 3 });
  });
  it('agrees with a fatal TextDecoder on which byte strings are UTF-8 (random bytes)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }).map((a) => a.map((x) => x || 1)), (bytes) => {
        let expected: string | null;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = null;
        }
        let got: string | null;
        try {
          got = decodeText(bytes);
        } catch {
          got = null;
        }
        expect(got).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
  it('the stream decoder gives the same text and offsets wherever the chunks are cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.nat(80), { maxLength: 6 }), fc.option(fc.nat(80)), (text, cuts, badAt) => {
        let bytes = Buffer.from(text.replace(/\0/g, '_'), 'utf8');
        if (badAt !== null) bytes = Buffer.concat([bytes.subarray(0, badAt % (bytes.length + 1)), Buffer.from([0xff]), bytes.subarray(badAt % (bytes.length + 1))]);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const d = new TextStreamDecoder();
        let out = '';
        let streamErr: number | null = null;
        try {
          let last = 0;
          for (const p of [...points, bytes.length]) {
            out += d.write(bytes.subarray(last, p));
            last = p;
          }
          d.end();
        } catch (e) {
          streamErr = (e as NotTextError).offset;
        }
        let whole: string | null = null;
        let wholeErr: number | null = null;
        try {
          whole = decodeText(bytes);
        } catch (e) {
          wholeErr = (e as NotTextError).offset;
        }
        expect(streamErr).toBe(wholeErr);
        if (whole !== null) expect(out).toBe(whole);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the CLI and the loaders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irule-bytes-'));
  it('irule lint of a Latin-1 rule: one line naming the byte offset, exit 2', () => {
    const bytes = Buffer.concat([Buffer.from('when HTTP_REQUEST {\n  log local0. "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]);
    writeFileSync(join(dir, 'latin1.tcl'), bytes);
    const r = run(['lint', 'latin1.tcl'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`irule: latin1.tcl:2: not UTF-8 text: byte 0xE9 is not valid UTF-8 at byte offset ${bytes.indexOf(0xe9)} (line 2); save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)\n`);
  });
  it('a binary file is refused in one line', () => {
    writeFileSync(join(dir, 'rule.tcl'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x12, 0x34]));
    const r = run(['lint', 'rule.tcl'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('irule: rule.tcl:1: a binary file (NUL byte at byte offset 3), expected UTF-8 text\n');
  });
  const scenario = (traffic: string) =>
    `rules: [${root}rules/ai-stream-pin.tcl]\nvirtual: { name: /Common/vs, address: 203.0.113.10:443, profiles: { persistence: { type: universal } } }\npool: { name: /Common/p, members: [10.0.1.1:8080] }\ntraffic: ${traffic}\n`;
  const request = (headers: [string, string][]) => JSON.stringify({ t: 0, conn: 'c1', client: '198.51.100.7:1', method: 'GET', uri: '/', headers });
  it('a traffic file with invalid UTF-8 on line 2 is named with its offset and line', () => {
    const line1 = request([['Host', 'a']]) + '\n';
    const bytes = Buffer.concat([Buffer.from(line1), Buffer.from(request([['X-Name', 'caf_']]).replace('caf_', 'caf\xe9'), 'latin1'), Buffer.from('\n')]);
    writeFileSync(join(dir, 't.jsonl'), bytes);
    writeFileSync(join(dir, 's.yaml'), scenario('t.jsonl'));
    const r = run(['simulate', '--format', 'json', 's.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`t\\.jsonl:2: not UTF-8 text: byte 0xE9 is not valid UTF-8 at byte offset ${bytes.indexOf(0xe9)} \\(line 2\\)`));
  });
  it("a request whose headers pass BIG-IP's 32 KB limit is refused with the limit named; one just under is simulated", () => {
    writeFileSync(join(dir, 'big.jsonl'), request([['X-Big', 'x'.repeat(32768)]]) + '\n');
    writeFileSync(join(dir, 'big.yaml'), scenario('big.jsonl'));
    const r = run(['simulate', '--format', 'json', 'big.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/big\.jsonl:1: headers: the headers take 32777 bytes, more than BIG-IP's limit of 32768 bytes \(http profile "Maximum Header Size" default, 32 KB\)/);
    writeFileSync(join(dir, 'ok.jsonl'), request([['X-Big', 'x'.repeat(32768 - 9)]]) + '\n');
    writeFileSync(join(dir, 'ok.yaml'), scenario('ok.jsonl'));
    expect(run(['simulate', '--format', 'json', 'ok.yaml'], dir).status).toBe(0);
  });
  it('more than 64 headers are refused with the count limit named', () => {
    const many: [string, string][] = Array.from({ length: 65 }, (_, i) => [`X-H${i}`, 'v']);
    writeFileSync(join(dir, 'many.jsonl'), request(many) + '\n');
    writeFileSync(join(dir, 'many.yaml'), scenario('many.jsonl'));
    const r = run(['simulate', '--format', 'json', 'many.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/65 headers, more than BIG-IP's limit of 64/);
  });
});
