// The library API (src/index.ts, docs/api.md) on sources in memory and on files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emit, EmitError, formatRule, InputError, lint, loadScenario, scenario, simulate } from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;
const pin = readFileSync(`${root}rules/ai-stream-pin.tcl`, 'utf8');
const request = (t: number, conn: string, id: string) => ({ t, conn, client: '198.51.100.7:50000', method: 'POST', uri: '/chat', headers: [['X-Conversation-ID', id]] as [string, string][] });

describe('lint()', () => {
  it('reports syntax errors as diagnostics with positions, never throws', () => {
    const { diagnostics } = lint('when HTTP_REQUEST {\n  set a "x\n}\n', { file: 'bad.tcl' });
    expect(diagnostics.find((d) => d.code === 'IR1001')).toMatchObject({ severity: 'error', line: 2 });
  });
  it('takes severity overrides and virtual-server facts', () => {
    const src = 'when HTTP_REQUEST {\n  persist uie [HTTP::header value X-Id] 60\n}\n';
    const without = lint(src, { virtual: { profiles: ['http'] } }).diagnostics.map((d) => d.code);
    const withProfile = lint(src, { virtual: { profiles: ['http', 'universal'] } }).diagnostics.map((d) => d.code);
    expect(without).toContain('IR2013');
    expect(withProfile).not.toContain('IR2013');
    expect(lint(src, { rules: { IR2013: 'off' }, virtual: { profiles: ['http'] } }).diagnostics.map((d) => d.code)).not.toContain('IR2013');
  });
});

describe('simulate()', () => {
  it("runs the issue's example: rules as text, defaults for the virtual server and pool names", async () => {
    const run = await simulate({
      rules: [{ name: 'ai-stream-pin', source: pin }],
      virtual: { profiles: { http: {}, oneconnect: true, persistence: { type: 'universal' } } },
      pool: { members: ['10.0.1.1:8080', '10.0.1.2:8080'] },
      traffic: [request(0, 'c1', 'c-1'), request(1, 'c2', 'c-2'), request(2, 'c3', 'c-1')],
    });
    expect(run.records.map((r) => r.member)).toEqual(['10.0.1.1:8080', '10.0.1.2:8080', '10.0.1.1:8080']);
    expect(run.records[2]!.persist).toMatchObject({ mode: 'uie', key: 'c-1', result: 'hit' });
    expect(run.records[0]!.logs[0]).toContain('Rule /Common/ai-stream-pin <HTTP_REQUEST>');
    expect(run.summary).toMatchObject({ requests: 3, errors: 0 });
  });
  it('accepts a loaded scenario file and rule file paths relative to baseDir', async () => {
    const file = loadScenario(`${root}fixtures/ai-stream-pin/sse-chat-keepalive/scenario.yaml`);
    const a = await simulate(file);
    expect(a.records.length).toBeGreaterThan(0);
    const b = await simulate({ rules: ['rules/ai-stream-pin.tcl'], virtual: { profiles: { persistence: { type: 'universal' } } }, pool: { members: ['10.0.1.1:8080'] }, traffic: [request(0, 'c1', 'x')] }, { baseDir: root });
    expect(b.records[0]!.member).toBe('10.0.1.1:8080');
  });
  it('bad input throws InputError naming the field, with no line for an object', async () => {
    const err = await simulate({ rules: [{ name: 'p', source: pin }], pool: { members: ['10.0.1.1'] }, traffic: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ file: 'scenario', line: null, field: 'pool.members[0]' });
    const bad = await simulate({ rules: [{ name: 'p', source: pin }], pool: { members: ['10.0.1.1:80'] }, traffic: [{ ...request(0, 'c1', 'x'), method: 'GET POST' }] }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ field: 'traffic[0].method' });
    expect(() => scenario({ rules: [{ name: 'a b', source: '' }], pool: { members: [] }, traffic: [] })).toThrow(/rules\[0\]\.name/);
  });
  it('a rule that BIG-IP would refuse is an InputError naming the rule and its line', async () => {
    const err = await simulate({ rules: [{ name: 'broken', source: 'when HTTP_REQUEST {\n  pool\n' }], pool: { members: ['10.0.1.1:80'] }, traffic: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe('broken');
    expect((err as InputError).line).toBeGreaterThan(0);
  });
  it('a missing rule file names the file', () => {
    expect(() => scenario({ rules: ['nope.tcl'], pool: { members: ['10.0.1.1:80'] }, traffic: [] })).toThrow(/rules\[0\]: rule file not found/);
  });
});

describe('formatRule() and emit()', () => {
  it('formats, and leaves a rule with syntax errors unchanged', () => {
    expect(formatRule('when HTTP_REQUEST {\npool a\n}').output).toBe('when HTTP_REQUEST {\n  pool a\n}\n');
    const bad = formatRule('when HTTP_REQUEST {\n');
    expect(bad.output).toBe('when HTTP_REQUEST {\n');
    expect(bad.errors.length).toBeGreaterThan(0);
  });
  it('emits behind the lint gate', () => {
    expect(emit('when HTTP_REQUEST {\n  pool a\n}\n', { target: 'tmsh', file: 'a.tcl' }).text).toContain('ltm rule /Common/a {');
    const e = (() => {
      try {
        emit('when HTTP_REQUEST {\n  set a "x\n}\n');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(EmitError);
    expect((e as EmitError).exitCode).toBe(1);
  });
});
