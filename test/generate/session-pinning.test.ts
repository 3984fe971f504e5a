// `irule new session-pinning`: generated rules parse, lint without errors, and pin as promised. With
// the default options the generated rule replays every golden case of the hardened AI pinning rule
// (fixtures/ai-stream-pin-hardened/) byte for byte; other option sets are simulated on small traffic.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import {
  GenerateError,
  SESSION_PINNING_DEFAULTS,
  commandLine,
  generateSessionPinning,
  parseIdSources,
  parseLogOption,
  pathPatterns,
  type SessionPinningOptions,
} from '../../src/emit/generate/index.js';
import { pinningOptions, registerNew } from '../../src/cli/new.js';
import { lintSource } from '../../src/lint/linter.js';
import { parseRuleFile } from '../../src/syntax/irule.js';
import { formatRuleFile } from '../../src/syntax/printer.js';
import { simulationText } from '../../src/sim/golden.js';
import { loadScenario } from '../../src/sim/scenario.js';
import { simulate, type OutputRecord } from '../../src/sim/simulate.js';

const ROOT = resolve(import.meta.dirname, '../..');
const HARDENED_CASES = join(ROOT, 'fixtures/ai-stream-pin-hardened');
const tmp = mkdtempSync(join(tmpdir(), 'irule-generate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const OPTION_SETS: Record<string, Partial<SessionPinningOptions>> = {
  defaults: {},
  'cookie, no headers, hsl, no client-ip': {
    paths: ['/', '/api/chat'],
    ids: parseIdSources('cookie:sid,header:X-Session-ID'),
    headerPrefix: null,
    log: parseLogOption('hsl:/Common/logpool'),
    timeout: 600,
  },
  'unhashed API keys, no logging': {
    ids: parseIdSources('apikey:Authorization,apikey:X-API-Key,client-ip'),
    hash: 'none',
    log: { mode: 'none' },
  },
  'query first, own prefix, hsl default pool': {
    paths: ['/realtime/', '/v2/responses'],
    ids: parseIdSources('query:session,header:X-Conversation-ID,client-ip'),
    headerPrefix: 'X-LB-',
    log: parseLogOption('hsl'),
  },
  'client address only': { ids: parseIdSources('client-ip'), log: parseLogOption('none') },
  'unhashed key, no headers, no logging': { ids: parseIdSources('apikey:X-API-Key'), hash: 'none', headerPrefix: null, log: { mode: 'none' } },
  'unhashed cookie and key, headers, hsl': {
    ids: parseIdSources('header:X-Conversation-ID,cookie:sid,apikey:X-API-Key,client-ip'),
    hash: 'none',
    log: parseLogOption('hsl'),
  },
  'unhashed key, sampled logging': { ids: parseIdSources('apikey:X-API-Key,client-ip'), hash: 'none' },
  'JWT claim and bearer token': { ids: parseIdSources('header:X-Conversation-ID,jwt:sub,bearer:Authorization,client-ip') },
  'JWT claim and bearer token, unhashed': { ids: parseIdSources('jwt:sub,bearer:Authorization,client-ip'), hash: 'none' },
};

describe('generated rules parse and lint without errors', () => {
  for (const [name, options] of Object.entries(OPTION_SETS)) {
    it(name, () => {
      const text = generateSessionPinning(options);
      const parsed = parseRuleFile(text);
      expect(parsed.errors).toEqual([]);
      expect(parsed.rules[0]!.handlers.map((h) => h.events[0]!.name)).toContain('HTTP_REQUEST');
      const errors = lintSource(text, `${name}.tcl`).filter((d) => d.severity === 'error');
      expect(errors).toEqual([]);
      // Already in the canonical layout: `irule fmt --check` accepts it as generated.
      expect(formatRuleFile(text)).toMatchObject({ changed: false, errors: [] });
    });
  }
  it('the hardened rule in rules/ lints without errors and is canonically formatted', () => {
    const file = join(ROOT, 'rules/ai-stream-pin-hardened.tcl');
    const text = readFileSync(file, 'utf8');
    expect(lintSource(text, file).filter((d) => d.severity === 'error')).toEqual([]);
    expect(formatRuleFile(text)).toMatchObject({ changed: false, errors: [] });
  });
});

describe('with the default options the generated rule passes the hardened rule golden cases', () => {
  // Same layout as the repository, so the cases' ../../../rules/ai-stream-pin-hardened.tcl resolves
  // to the generated rule; the file name gives the rule name the log lines carry.
  const root = join(tmp, 'golden');
  mkdirSync(join(root, 'rules'), { recursive: true });
  writeFileSync(join(root, 'rules/ai-stream-pin-hardened.tcl'), generateSessionPinning());
  const cases = readdirSync(HARDENED_CASES).filter((c) => existsSync(join(HARDENED_CASES, c, 'scenario.yaml')));
  it('there are golden cases to replay', () => expect(cases.length).toBeGreaterThanOrEqual(8));
  for (const c of cases) {
    it(c, async () => {
      const dir = join(root, 'fixtures/ai-stream-pin-hardened', c);
      cpSync(join(HARDENED_CASES, c), dir, { recursive: true });
      expect(await simulationText(join(dir, 'scenario.yaml'), { roots: [root] })).toBe(readFileSync(join(HARDENED_CASES, c, 'expected.jsonl'), 'utf8'));
    });
  }
});

// ---- pinning outcomes on small traffic ------------------------------------------------------------

interface Req {
  t: number;
  conn?: string;
  client?: string;
  method?: string;
  uri: string;
  headers?: [string, string][];
}

let caseNo = 0;
async function run(rule: string, requests: Req[], oneconnect = true): Promise<OutputRecord[]> {
  const dir = join(tmp, `case${++caseNo}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pin.tcl'), rule);
  const lines = requests.map((r, i) =>
    JSON.stringify({ t: r.t, conn: r.conn ?? `c${i}`, client: r.client ?? `198.51.100.${10 + i}:4000${i % 10}`, method: r.method ?? 'POST', uri: r.uri, headers: [['Host', 'api.example'], ...(r.headers ?? [])] }),
  );
  writeFileSync(join(dir, 'requests.jsonl'), lines.join('\n') + '\n');
  writeFileSync(
    join(dir, 'scenario.yaml'),
    [
      'name: generated',
      'rules: [pin.tcl]',
      'virtual:',
      '  name: /Common/vs_ai',
      '  address: 203.0.113.10:443',
      `  profiles: { http: {}, oneconnect: ${oneconnect}, persistence: { type: universal, timeout: 180 } }`,
      'pool:',
      '  name: /Common/ai_pool',
      '  lb: round-robin',
      '  members: [10.0.1.1:8080, 10.0.1.2:8080, 10.0.1.3:8080]',
      'traffic: requests.jsonl',
      '',
    ].join('\n'),
  );
  const out: OutputRecord[] = [];
  await simulate(loadScenario(join(dir, 'scenario.yaml')), { onRecord: (r) => out.push(r) });
  return out;
}

const hex32 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

describe('pinning outcomes', () => {
  it('defaults: one member per conversation, interleaved on one keep-alive connection with OneConnect', async () => {
    const conv = (t: number, id: string, conn: string) => ({ t, conn, client: '198.51.100.7:50000', uri: '/v1/stream', headers: [['X-Conversation-ID', id]] as [string, string][] });
    const r = await run(generateSessionPinning(), [conv(0, 'conv-A', 'k'), conv(1, 'conv-B', 'k'), conv(2, 'conv-A', 'k'), conv(3, 'conv-B', 'x'), conv(4, 'conv-C', 'y'), conv(5, 'conv-A', 'z')]);
    const byKey = new Map<string, Set<string | null>>();
    for (const x of r) byKey.set(x.persist!.key, (byKey.get(x.persist!.key) ?? new Set()).add(x.member));
    expect([...byKey.keys()]).toEqual(['conv-A', 'conv-B', 'conv-C']);
    for (const members of byKey.values()) expect(members.size).toBe(1);
    expect(new Set([...byKey.values()].map((m) => [...m][0])).size).toBe(3);
    expect(r.map((x) => x.persist!.result)).toEqual(['new', 'new', 'hit', 'hit', 'new', 'hit']);
    expect(r[0]!.persist!.timeout).toBe(1800);
  });

  it('defaults: the OpenAI-style endpoints are pinned, look-alikes are not', async () => {
    const h: [string, string][] = [['X-Conversation-ID', 'conv-o']];
    const r = await run(generateSessionPinning(), [
      { t: 0, uri: '/v1/chat/completions', headers: h },
      { t: 1, uri: '/v1/responses', headers: h },
      { t: 2, method: 'GET', uri: '/v1/responses/resp_1', headers: h },
      { t: 3, method: 'GET', uri: '/v1/realtime?model=gpt-4o-realtime-preview', headers: [...h, ['Upgrade', 'websocket'], ['Connection', 'Upgrade']] },
      { t: 4, uri: '/v1/chat/completionsX', headers: h },
      { t: 5, uri: '/v1/responses-beta', headers: h },
    ]);
    expect(r.map((x) => x.persist?.result ?? null)).toEqual(['new', 'hit', 'hit', 'hit', null, null]);
  });

  it('--ids jwt:sub pins every token of one subject together (hashed); bearer:Authorization hashes the whole token', async () => {
    const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = (claims: object) => `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.c2lnbmF0dXJl`;
    const alice1 = jwt({ sub: 'auth0|alice', iat: 1 });
    const alice2 = jwt({ iat: 2, sub: 'auth0|alice', scope: 'chat' }); // another token, same subject
    const opaque = 'sk-proj-opaque-token-123';
    const rule = generateSessionPinning({ ids: parseIdSources('jwt:sub,bearer:Authorization,client-ip') });
    const r = await run(rule, [
      { t: 0, uri: '/v1/chat/completions', headers: [['Authorization', `Bearer ${alice1}`]] },
      { t: 1, uri: '/v1/chat/completions', headers: [['Authorization', `bearer ${alice2}`]] },
      { t: 2, uri: '/v1/responses', headers: [['Authorization', `Bearer ${opaque}`]] },
      { t: 3, uri: '/v1/responses', headers: [['Authorization', 'Basic dXNlcjpwYXNz']] },
    ]);
    expect(r.map((x) => x.persist!.key)).toEqual([`jwt:sub:${hex32('auth0|alice')}`, `jwt:sub:${hex32('auth0|alice')}`, `bearer:${hex32(opaque)}`, '198.51.100.13']);
    expect(r[1]!.member).toBe(r[0]!.member);
    expect(r.map((x) => x.headers.inserted.find(([n]) => n === 'X-AI-Pin-Source')?.[1])).toEqual(['jwt:sub', 'jwt:sub', 'bearer:Authorization', 'client-ip']);
    expect(JSON.stringify(r)).not.toContain('alice');
    expect(JSON.stringify(r)).not.toContain(opaque);
  });

  it('defaults: an API key is hashed into the key, and appears in no header and no log line', async () => {
    const key = 'sk-live-carol-0003';
    const r = await run(generateSessionPinning(), [
      { t: 0, uri: '/chat', headers: [['X-API-Key', key]] },
      { t: 1, uri: '/chat/completions', headers: [['X-API-Key', key]] },
    ]);
    expect(r.map((x) => x.persist!.key)).toEqual([`apikey:${hex32(key)}`, `apikey:${hex32(key)}`]);
    expect(r[1]!.member).toBe(r[0]!.member);
    expect(r[0]!.headers.inserted).toEqual([
      ['X-AI-Session-Pinning', 'enabled'],
      ['X-AI-Conversation-ID', `apikey:${hex32(key)}`],
      ['X-AI-Pin-Source', 'apikey:X-API-Key'],
    ]);
    expect(r[0]!.logs).toHaveLength(1);
    expect(JSON.stringify(r)).not.toContain(key);
  });

  it('defaults: spoofed observability headers are removed, paths match on boundaries only', async () => {
    const r = await run(generateSessionPinning(), [
      { t: 0, uri: '/chatbot', headers: [['X-Conversation-ID', 'c1'], ['X-AI-Conversation-ID', 'forged']] },
      { t: 1, uri: '/v1/streams', headers: [['X-Conversation-ID', 'c1']] },
      { t: 2, uri: '/chat;v=2', headers: [['X-Conversation-ID', 'c1'], ['x-ai-pin-source', 'forged']] },
      { t: 3, uri: 'https://api.example/v1/stream/x', headers: [['X-Conversation-ID', 'c1']] },
      { t: 4, uri: '/ws/', headers: [['X-Conversation-ID', 'c1']] },
    ]);
    expect(r.map((x) => x.persist?.key ?? null)).toEqual([null, null, 'c1', 'c1', 'c1']);
    expect(r[0]!.headers).toEqual({ inserted: [], removed: ['X-AI-Conversation-ID'] });
    expect(r[2]!.headers.removed).toEqual(['X-AI-Pin-Source']);
  });

  it('defaults: invalid identifiers fall through to the next source', async () => {
    const r = await run(generateSessionPinning(), [
      { t: 0, uri: '/chat', client: '192.0.2.9:1000', headers: [['X-Conversation-ID', 'a b']] },
      { t: 1, uri: '/chat?conversation_id=q-1', headers: [['X-Conversation-ID', 'x'.repeat(129)]] },
      { t: 2, uri: '/chat', headers: [['X-Conversation-ID', 'd1'], ['X-Conversation-ID', 'd2'], ['X-Session-ID', 's-1']] },
    ]);
    expect(r.map((x) => [x.persist!.key, x.headers.inserted[2]![1]])).toEqual([
      ['192.0.2.9', 'client-ip'],
      ['q-1', 'query:conversation_id'],
      ['s-1', 'header:X-Session-ID'],
    ]);
  });

  it('cookie source, no headers, HSL logging, no client-ip fallback, custom paths and timeout', async () => {
    const rule = generateSessionPinning(OPTION_SETS['cookie, no headers, hsl, no client-ip']);
    const r = await run(rule, [
      { t: 0, uri: '/anything', headers: [['Cookie', 'theme=dark; sid=abc123']] },
      { t: 1, uri: '/api/chatty', headers: [['Cookie', 'sid=abc123']] },
      { t: 2, uri: '/other', headers: [['X-Conversation-ID', 'ignored']] },
      { t: 3, uri: '/x', headers: [['X-Session-ID', 's-9']] },
    ]);
    const sid = `cookie:${hex32('abc123')}`;
    expect(r.map((x) => x.persist && [x.persist.key, x.persist.timeout])).toEqual([[sid, 600], [sid, 600], null, ['s-9', 600]]);
    expect(r[1]!.member).toBe(r[0]!.member);
    expect(r.every((x) => x.headers.inserted.length === 0)).toBe(true);
    // A session cookie is a credential: hashed like an API key.
    expect(r[0]!.logs).toEqual([`HSL: <134>AI_STREAM_PIN source=cookie:sid key=${sid} path=/anything client=198.51.100.10`]);
    expect(r[2]!.logs).toEqual([]);
  });

  it('--hash none: the raw key pins, headers show a stand-in', async () => {
    const rule = generateSessionPinning(OPTION_SETS['unhashed API keys, no logging']);
    const r = await run(rule, [
      { t: 0, uri: '/chat', headers: [['X-API-Key', 'sk-raw-1']] },
      { t: 1, uri: '/chat', headers: [['Authorization', 'Bearer sk-raw-1']] },
      { t: 2, uri: '/chat', headers: [['Authorization', 'tok_abc']] },
    ]);
    expect(r.map((x) => x.persist!.key)).toEqual(['apikey:sk-raw-1', '198.51.100.11', 'apikey:tok_abc']);
    expect(r[0]!.headers.inserted[1]).toEqual(['X-AI-Conversation-ID', 'redacted']);
    expect(r[1]!.headers.inserted[1]).toEqual(['X-AI-Conversation-ID', '198.51.100.11']);
    expect(r.flatMap((x) => x.logs)).toEqual([]);
  });

  it('--hash none with headers and HSL: credentials pin as they are, headers and logs show a stand-in', async () => {
    const rule = generateSessionPinning(OPTION_SETS['unhashed cookie and key, headers, hsl']);
    const r = await run(rule, [
      { t: 0, uri: '/chat', headers: [['Cookie', 'sid=s3cr3t-cookie']] },
      { t: 1, uri: '/chat', headers: [['X-API-Key', 'sk-raw-2']] },
      { t: 2, uri: '/chat', headers: [['X-Conversation-ID', 'conv-9'], ['X-API-Key', 'sk-raw-2']] },
      { t: 3, uri: '/chat', client: '192.0.2.77:1234' },
    ]);
    expect(r.map((x) => x.persist!.key)).toEqual(['cookie:s3cr3t-cookie', 'apikey:sk-raw-2', 'conv-9', '192.0.2.77']);
    expect(r.map((x) => x.headers.inserted[1]![1])).toEqual(['redacted', 'redacted', 'conv-9', '192.0.2.77']);
    const shown = JSON.stringify(r.map((x) => [x.headers, x.logs]));
    expect(shown).not.toContain('s3cr3t-cookie');
    expect(shown).not.toContain('sk-raw-2');
    expect(r[3]!.logs).toEqual(['HSL: <134>AI_STREAM_PIN source=client-ip key=192.0.2.77 path=/chat client=192.0.2.77']);
  });

  it('sampled logging: one line per key per interval', async () => {
    const c = (t: number) => ({ t, uri: '/v1/stream', headers: [['X-Conversation-ID', 'busy']] as [string, string][] });
    const r = await run(generateSessionPinning({ log: { mode: 'sample', interval: 30, budget: 100 } }), [c(0), c(10), c(29), c(31), c(40)]);
    expect(r.map((x) => x.logs.length)).toEqual([1, 0, 0, 1, 0]);
  });
});

// ---- options -------------------------------------------------------------------------------------

describe('options', () => {
  it('path patterns keep boundaries', () => {
    expect(pathPatterns('/chat')).toEqual(['/chat', '/chat/*', '/chat;*']);
    expect(pathPatterns('/ws/')).toEqual(['/ws/*']);
    expect(pathPatterns('/')).toEqual(['/*']);
  });

  it('a path under a broader one adds no pattern (switch would never reach it)', () => {
    const text = generateSessionPinning({ paths: ['/', '/api/chat'] });
    expect(text).toContain('    "/*" {\n');
    expect(text).not.toContain('"/api/chat"');
    expect(generateSessionPinning({ paths: ['/ws/', '/ws/x', '/chat'] })).not.toContain('"/ws/x');
  });

  it('the header names the command line that regenerates the rule', () => {
    const o = { ...SESSION_PINNING_DEFAULTS, ...OPTION_SETS['cookie, no headers, hsl, no client-ip'] };
    expect(generateSessionPinning(o)).toContain(`# Generated by: ${commandLine(o)}`);
    expect(commandLine(o)).toBe('irule new session-pinning --paths /,/api/chat --ids cookie:sid,header:X-Session-ID --timeout 600 --no-headers --hash sha256 --log hsl:/Common/logpool');
  });

  const bad: [string, () => unknown, RegExp][] = [
    ['no paths', () => generateSessionPinning({ paths: [] }), /--paths/],
    ['a relative path', () => generateSessionPinning({ paths: ['chat'] }), /--paths: "chat"/],
    ['a glob character', () => generateSessionPinning({ paths: ['/chat*'] }), /--paths/],
    ['a Tcl substitution', () => generateSessionPinning({ paths: ['/[exec]'] }), /--paths/],
    ['client-ip not last', () => generateSessionPinning({ ids: parseIdSources('client-ip,header:X-A') }), /last source/],
    ['a duplicate source', () => generateSessionPinning({ ids: parseIdSources('header:X-A,header:x-a') }), /twice/],
    ['an unknown source', () => parseIdSources('body:id'), /unknown source/],
    ['a JWT claim name with a regexp character', () => generateSessionPinning({ ids: parseIdSources('jwt:a.b') }), /not a valid JWT claim name/],
    ['a source without a name', () => parseIdSources('header:'), /needs a name/],
    ['a header name with a quote', () => generateSessionPinning({ ids: parseIdSources('header:X-"A') }), /not a valid header name/],
    ['a zero timeout', () => generateSessionPinning({ timeout: 0 }), /--timeout/],
    ['an identifier the rule removes', () => generateSessionPinning({ ids: parseIdSources('header:X-AI-Conversation-ID') }), /--header-prefix/],
    ['a bad prefix', () => generateSessionPinning({ headerPrefix: 'X AI' }), /--header-prefix/],
    ['a bad log mode', () => parseLogOption('syslog'), /--log/],
    ['a bad HSL pool', () => generateSessionPinning({ log: { mode: 'hsl', pool: 'a b' } }), /--log/],
    ['a bad hash', () => pinningOptions({ paths: '/chat', ids: 'client-ip', timeout: '1', headerPrefix: 'X-AI-', headers: true, hash: 'md5', log: 'none' }), /--hash/],
    ['a non-numeric timeout', () => pinningOptions({ paths: '/chat', ids: 'client-ip', timeout: '1h', headerPrefix: 'X-AI-', headers: true, hash: 'none', log: 'none' }), /--timeout/],
  ];
  for (const [name, f, message] of bad) {
    it(`refuses ${name}`, () => {
      expect(f).toThrow(GenerateError);
      expect(f).toThrow(message);
    });
  }
});

describe('irule new session-pinning (commander wiring)', () => {
  async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
    const program = new Command('irule').exitOverride();
    registerNew(program);
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errors.push(String(s)), true)) as typeof process.stderr.write;
    const before = process.exitCode;
    try {
      await program.parseAsync(['node', 'irule', ...args]);
      return { code: Number(process.exitCode ?? 0), stderr: errors.join('') };
    } finally {
      process.stderr.write = write;
      process.exitCode = before;
    }
  }

  it('-o writes the default rule', async () => {
    const out = join(tmp, 'cli-default.tcl');
    expect(await cli(['new', 'session-pinning', '-o', out])).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(generateSessionPinning());
  });

  it('options reach the generator', async () => {
    const out = join(tmp, 'cli-options.tcl');
    const args = ['--paths', '/,/api/chat', '--ids', 'cookie:sid,header:X-Session-ID', '--timeout', '600', '--no-headers', '--log', 'hsl:/Common/logpool'];
    expect((await cli(['new', 'session-pinning', ...args, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(generateSessionPinning(OPTION_SETS['cookie, no headers, hsl, no client-ip']));
  });

  it('a bad option is a usage error (exit 2, one line)', async () => {
    const r = await cli(['new', 'session-pinning', '--ids', 'client-ip,cookie:sid', '-o', join(tmp, 'never.tcl')]);
    expect(r).toEqual({ code: 2, stderr: 'irule: --ids: client-ip always yields a key, so it must be the last source\n' });
    expect(existsSync(join(tmp, 'never.tcl'))).toBe(false);
  });
});
