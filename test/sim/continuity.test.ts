// Pin continuity, one number everywhere: the hand-computed case in test/sim/data/continuity (keep-alive
// breaks, a WebSocket reconnect with a new Sec-WebSocket-Key, a member failure) gives the same
// continuity and causes in `simulate` (JSON and text), `compare`, `test` and the HTML report; and a HAR
// capture with a declared `conversation:` shows a scattering rule below 100%.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCase } from '../../src/sim/golden.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/irule');
const CASE = join(ROOT, 'test/sim/data/continuity');
const SCENARIO = join(CASE, 'scenario.yaml');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000 });

// By hand (rules/ai-stream-pin.tcl, round-robin over .1 .2 .3, no OneConnect):
//   conv-A: seq 1 .1 (first), 3 .1 kept (keep-alive), 7 .1 is down -> .2 (failover: not counted),
//           8 .2 kept, 9 .2 kept (hit)                                   -> 3 of 3 kept
//   conv-B: seq 2 .2 (first), 4 rides k1 to .1 (keep-alive break), 10 back to its record on .2 while
//           .1 is up (keep-alive break)                                  -> 0 of 2 kept
//   ws-C:   seq 5 .3 (first), 6 reconnect with a new Sec-WebSocket-Key -> .1 (new-key break) -> 0 of 1
//   total 3 of 6 = 50%; 2 of 3 conversations broke.
const EXPECTED = {
  conversations: 3,
  pinEligible: 6,
  pinKept: 3,
  pinContinuity: 0.5,
  brokenConversations: 2,
  pinBreaks: { 'new-key': 1, 'keep-alive': 2, 'member-down': 1 },
  movedByFailover: 1,
};
const BREAKS = [
  { seq: 4, conversation: 'conv-B', from: '10.0.1.2:8080', to: '10.0.1.1:8080', cause: 'keep-alive' },
  { seq: 6, conversation: 'ws-C', from: '10.0.1.3:8080', to: '10.0.1.1:8080', cause: 'new-key' },
  { seq: 7, conversation: 'conv-A', from: '10.0.1.1:8080', to: '10.0.1.2:8080', cause: 'member-down' },
  { seq: 10, conversation: 'conv-B', from: '10.0.1.1:8080', to: '10.0.1.2:8080', cause: 'keep-alive' },
];

describe('one pin continuity in every output', () => {
  it('simulate --format json: the summary and the records carry the numbers and the causes', () => {
    const r = cli(['simulate', SCENARIO, '--format', 'json']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const summary = lines.pop().summary;
    expect(summary).toMatchObject(EXPECTED);
    const breaks = lines.filter((l) => l.pinBreak).map((l) => ({ seq: l.seq, ...l.pinBreak }));
    expect(breaks.map(({ detail: _d, ...b }) => b)).toEqual(BREAKS);
    expect(breaks[1].detail).toBe('header Sec-WebSocket-Key changed: "dGhlIHNhbXBsZSBub25jZQ==" → "bmV3IGtleSBvbiByZWNvbm5lY3Q="');
  });

  it('simulate text: the same percentage, and the broken rows are marked', () => {
    const r = cli(['simulate', SCENARIO, '--format', 'text']);
    expect(r.stdout).toContain('pin continuity 50.00%: 3 of 6 follow-up requests kept their member; 2 of 3 conversations broke');
    const marked = r.stdout.split('\n').filter((l) => /^[!~] /.test(l)).map((l) => [l[0], Number(l.slice(1, 5))]);
    expect(marked).toEqual([['!', 4], ['!', 6], ['~', 7], ['!', 10]]);
    expect(r.stdout).toContain('pin BROKEN: conversation ws-C 10.0.1.3:8080 → 10.0.1.1:8080: new persistence key (new-key): header Sec-WebSocket-Key changed');
  });

  it('compare --format json and text: the same numbers', () => {
    const rule = join(ROOT, 'rules/ai-stream-pin.tcl');
    const json = JSON.parse(cli(['compare', SCENARIO, '--rules', rule, '--format', 'json']).stdout)[0];
    expect(json).toMatchObject(EXPECTED);
    expect(json.breaks.map((b: { seq: number; conversation: string; from: string; to: string; cause: string }) => ({ seq: b.seq, conversation: b.conversation, from: b.from, to: b.to, cause: b.cause }))).toEqual(BREAKS);
    const text = cli(['compare', SCENARIO, '--rules', rule]).stdout;
    expect(text).toMatch(/pin continuity\s+50\.00%/);
    expect(text).toMatch(/follow-up requests kept\s+3\/6/);
  });

  it('irule test: the case passes and reports the same continuity', async () => {
    const r = await runCase({ name: 'continuity', dir: CASE, scenario: SCENARIO, expected: join(CASE, 'expected.jsonl') }, false);
    expect(r.status).toBe('pass');
    expect(r.pins).toMatchObject(EXPECTED);
    const out = cli(['test', CASE]).stdout;
    expect(out).toContain('pin continuity 50.00% (breaks: new-key 1, keep-alive 2, member-down 1 (failover))');
  });

  it('the HTML report: the same continuity, and every break in its table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-continuity-'));
    const out = join(dir, 'report.html');
    expect(cli(['simulate', SCENARIO, '--format', 'json', '--report', out]).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('data-continuity="0.5">50.00%');
    const rows = [...html.matchAll(/<tr class="break[^"]*" data-seq="(\d+)" data-cause="([^"]+)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(rows).toEqual(BREAKS.map((b) => [b.seq, b.cause]));
  });
});

describe('HAR traffic with a declared conversation', () => {
  it('a rule that scatters one conversation over three members measures 0%, not 100%', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-har-conv-'));
    // Each request carries its own X-Request-ID, and the rule persists on it: every request is a new key.
    writeFileSync(join(dir, 'scatter.tcl'), 'when HTTP_REQUEST {\n  persist uie [HTTP::header value X-Request-ID] 600\n}\n');
    const entry = (i: number) => ({
      startedDateTime: new Date(Date.UTC(2026, 0, 1, 10, 0, i * 20)).toISOString(),
      time: 1500,
      request: {
        method: 'POST',
        url: 'https://api.example/v1/chat/completions',
        httpVersion: 'HTTP/1.1',
        headers: [{ name: 'Host', value: 'api.example' }, { name: 'X-Conversation-ID', value: 'conv-har-1' }, { name: 'X-Request-ID', value: `req-${i}` }],
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [{ name: 'Content-Type', value: 'text/event-stream' }], cookies: [], content: { size: 0, mimeType: 'text/event-stream' }, redirectURL: '', headersSize: -1, bodySize: 0 },
      cache: {},
      timings: { send: 0, wait: 1500, receive: 0 },
    });
    writeFileSync(join(dir, 'chat.har'), JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries: [0, 1, 2].map(entry) } }));
    const base = 'rules: [scatter.tcl]\nvirtual: { name: /Common/vs, address: 203.0.113.10:443, profiles: { oneconnect: true, persistence: { type: universal } } }\npool: { name: /Common/p, members: [10.0.1.1:8080, 10.0.1.2:8080, 10.0.1.3:8080] }\ntraffic: chat.har\n';
    writeFileSync(join(dir, 'keys.yaml'), base);
    writeFileSync(join(dir, 'declared.yaml'), `${base}conversation: header:X-Conversation-ID\n`);
    const summary = (f: string) => JSON.parse(cli(['simulate', join(dir, f), '--format', 'json']).stdout.trim().split('\n').pop()!).summary;
    const keys = summary('keys.yaml');
    expect([keys.conversations, keys.pinContinuity]).toEqual([3, 1]); // per persistence key: three one-request "conversations"
    const declared = summary('declared.yaml');
    expect(declared.perMember).toEqual({ '10.0.1.1:8080': 1, '10.0.1.2:8080': 1, '10.0.1.3:8080': 1 });
    expect(declared).toMatchObject({ conversations: 1, pinEligible: 2, pinKept: 0, pinContinuity: 0, pinBreaks: { 'new-key': 2 }, conversationsBy: { 'header:X-Conversation-ID': 3 } });
  });
});
