// irule traffic ai-chat: valid addresses at any size, streamed in bounded memory, realistic AI shapes,
// and the pinning gate on generated traffic (the original rule fails --min-continuity 0.99, the
// hardened one passes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directIPv4, directIPv6, generateAiChat, natIPv4 } from '../../src/sim/generate.js';
import { parseHostPort } from '../../src/sim/address.js';
import { readJsonLines } from '../../src/sim/traffic.js';
import type { RequestEvent } from '../../src/sim/types.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/irule');
const dir = mkdtempSync(join(tmpdir(), 'irule-generate-'));
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 600_000 });
const header = (e: { headers: [string, string][] }, n: string) => e.headers.find(([k]) => k.toLowerCase() === n.toLowerCase())?.[1];

async function events(file: string): Promise<RequestEvent[]> {
  const out: RequestEvent[] = [];
  for await (const ev of readJsonLines(file)) if (ev.kind === 'request') out.push(ev);
  return out;
}

describe('client addresses', () => {
  it('are valid and distinct far beyond the old limit (about 39,000 conversations)', () => {
    const seen = new Set<string>();
    for (const n of [0, 253, 254, 39_000, 1_000_000, 8_355_839]) {
      const a = parseHostPort(`${directIPv4(n)}:1`);
      expect(a, directIPv4(n)).not.toBeNull();
      seen.add(a!.ip);
    }
    expect(seen.size).toBe(6);
    for (let n = 0; n < 300_000; n += 997) expect(parseHostPort(`[${directIPv6(n)}]:443`), directIPv6(n)).not.toBeNull();
    for (let k = 0; k < 635; k++) expect(parseHostPort(`${natIPv4(k)}:1`), natIPv4(k)).not.toBeNull();
    expect(directIPv4(253)).toBe('10.128.0.254');
    expect(directIPv4(254)).toBe('10.128.1.1');
  });

  it('a 45,000-conversation file reads back as valid traffic, IPv4 and IPv6 mixed', async () => {
    const file = join(dir, 'wide.jsonl');
    writeFileSync(file, generateAiChat({ seed: 5, conversations: 45_000, turns: [1, 1], duration: 3600 }).join('\n') + '\n');
    const reqs = await events(file); // readJsonLines checks every field, addresses included
    expect(reqs.length).toBe(45_000);
    const v6 = reqs.filter((r) => r.client.startsWith('[')).length;
    expect(v6 / reqs.length).toBeGreaterThan(0.1);
    expect(v6 / reqs.length).toBeLessThan(0.3);
  });
});

describe('AI traffic shapes', () => {
  const lines = generateAiChat({ seed: 11, conversations: 400, duration: 1800, websocketShare: 0.3, reconnectRate: 0.5, failures: [{ member: '10.0.1.2:8080', down: 600, up: 900 }], drains: [{ member: '10.0.1.3:8080', from: 1000, to: 1300 }] });
  const parsed = lines.map((l) => JSON.parse(l) as Record<string, any>);
  const reqs = parsed.filter((e) => e.method);

  it('is deterministic and in time order', () => {
    expect(generateAiChat({ seed: 11, conversations: 400, duration: 1800, websocketShare: 0.3, reconnectRate: 0.5, failures: [{ member: '10.0.1.2:8080', down: 600, up: 900 }], drains: [{ member: '10.0.1.3:8080', from: 1000, to: 1300 }] })).toEqual(lines);
    for (let i = 1; i < parsed.length; i++) expect(parsed[i]!.t).toBeGreaterThanOrEqual(parsed[i - 1]!.t);
  });

  it('OpenAI-style endpoints: SSE chat completions and responses, realtime WebSocket', () => {
    const paths = new Set(reqs.map((r) => r.uri.split('?')[0]));
    for (const p of ['/v1/chat/completions', '/v1/responses', '/v1/realtime']) expect(paths.has(p), p).toBe(true);
    const sse = reqs.filter((r) => r.method === 'POST');
    expect(sse.every((r) => header(r, 'Accept') === 'text/event-stream' && JSON.parse(r.body).stream === true)).toBe(true);
  });

  it('WebSocket reconnects carry a new RFC 6455 key (16 random bytes, base64) on a new connection', () => {
    const ws = reqs.filter((r) => header(r, 'Upgrade') === 'websocket');
    const byConv = new Map<string, Record<string, any>[]>();
    for (const r of ws) byConv.set(r.conversation, [...(byConv.get(r.conversation) ?? []), r]);
    const reconnected = [...byConv.values()].filter((l) => l.length > 1);
    expect(reconnected.length).toBeGreaterThan(10);
    for (const l of reconnected) {
      const keys = l.map((r) => header(r, 'Sec-WebSocket-Key')!);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(l.map((r) => r.conn)).size).toBe(l.length);
      for (const k of keys) expect(Buffer.from(k, 'base64')).toHaveLength(16);
    }
  });

  it('token-by-token timing: the response starts at the first token, streams last up to minutes', () => {
    const firstToken = parsed.filter((e) => e.response?.status === 200).map((e) => Number(e.response.headers.find(([n]: string[]) => n === 'X-Time-To-First-Token-Ms')[1]));
    expect(Math.min(...firstToken)).toBeLessThan(500);
    expect(Math.max(...firstToken)).toBeGreaterThan(10_000); // reasoning models think first
  });

  it('API-key clients (X-API-Key or Authorization: Bearer) share keys and NAT addresses', () => {
    const keyed = reqs.filter((r) => !header(r, 'X-Conversation-ID') && !header(r, 'X-Session-ID') && !r.uri.includes('conversation_id=') && (header(r, 'X-API-Key') || header(r, 'Authorization')));
    expect(keyed.length).toBeGreaterThan(10);
    expect(keyed.some((r) => header(r, 'Authorization')?.startsWith('Bearer sk-proj-'))).toBe(true);
    const convsPerIp = new Map<string, Set<string>>();
    for (const r of keyed) {
      const ip = r.client.slice(0, r.client.lastIndexOf(':'));
      convsPerIp.set(ip, (convsPerIp.get(ip) ?? new Set()).add(r.conversation));
    }
    expect(Math.max(...[...convsPerIp.values()].map((s) => s.size))).toBeGreaterThan(1);
  });

  it('member failures and drains are state changes at the given times', () => {
    expect(parsed.filter((e) => e.member).map((e) => [e.t, e.member, e.state])).toEqual([
      [600, '10.0.1.2:8080', 'down'],
      [900, '10.0.1.2:8080', 'up'],
      [1000, '10.0.1.3:8080', 'disabled'],
      [1300, '10.0.1.3:8080', 'up'],
    ]);
  });
});

describe('the continuity gate on generated traffic', () => {
  it('--min-continuity 0.99 fails the original rule and passes the hardened one', () => {
    const traffic = join(dir, 'ai.jsonl');
    expect(cli(['traffic', 'ai-chat', '--seed', '7', '--conversations', '300', '--duration', '1800', '--failure', '10.0.1.2:8080@600-900', '--drain', '10.0.1.3:8080@1200-1500', '-o', traffic]).status).toBe(0);
    const scenario = (rule: string) => {
      const f = join(dir, `${rule}.yaml`);
      writeFileSync(f, `name: generated\nrules: [${ROOT}/rules/${rule}.tcl]\nvirtual: { name: /Common/vs_ai, address: 203.0.113.10:443, profiles: { http: {}, oneconnect: true, persistence: { type: universal, timeout: 180 } } }\npool: { name: /Common/ai_pool, members: [10.0.1.1:8080, 10.0.1.2:8080, 10.0.1.3:8080] }\ntraffic: ${traffic}\n`);
      return f;
    };
    const original = cli(['simulate', scenario('ai-stream-pin'), '-f', 'json', '--min-continuity', '0.99']);
    expect(original.status).toBe(1);
    expect(original.stderr).toMatch(/^irule: gate failed: ai-stream-pin\.tcl @ generated: pin continuity \d+\.\d\d% .* is below --min-continuity 0\.99\n$/);
    const hardened = cli(['simulate', scenario('ai-stream-pin-hardened'), '-f', 'json', '--min-continuity', '0.99']);
    expect(hardened.stderr).toBe('');
    expect(hardened.status).toBe(0);
    const s = (r: typeof original) => JSON.parse(r.stdout.trim().split('\n').pop()!).summary;
    expect(s(original).pinBreaks['no-persistence']).toBeGreaterThan(0); // /v1/chat/completions, /v1/responses, /v1/realtime
    expect(s(original).pinBreaks['new-key']).toBeGreaterThan(0); // a new Sec-WebSocket-Key on reconnect
    expect(s(hardened).movedByFailover).toBeGreaterThan(0);
  }, 300_000);
});

describe('bounded memory', () => {
  it('--conversations 300000 writes valid traffic in under 300 MB RSS', async () => {
    const file = join(dir, 'big.jsonl');
    // The child reports its own peak RSS (resourceUsage().maxRSS is in kilobytes).
    const probe = `const m = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}); await m.main(['node', 'irule', 'traffic', 'ai-chat', '--conversations', '300000', '-o', ${JSON.stringify(file)}]); console.log(process.resourceUsage().maxRSS);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', timeout: 600_000 });
    expect(r.status, r.stderr).toBe(0);
    const rssMb = Number(r.stdout.trim()) / 1024;
    expect(rssMb).toBeLessThan(300);
    let requests = 0;
    const conversations = new Set<string>();
    for await (const ev of readJsonLines(file)) {
      if (ev.kind !== 'request') continue;
      requests++;
      conversations.add(ev.conversation!);
    }
    expect(conversations.size).toBe(300_000);
    expect(requests).toBeGreaterThan(600_000);
    console.log(`300,000 conversations: ${requests} requests, peak RSS ${rssMb.toFixed(0)} MB`);
  }, 900_000);
});
