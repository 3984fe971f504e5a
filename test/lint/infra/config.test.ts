// irule.config.json: validation, discovery from each file up, severities and 'off', virtual facts,
// and the per-file `# profiles:` comment.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, parseConfig, profilesComment } from '../../../src/lint/config.js';
import { CHECKS } from '../../../src/lint/checks/index.js';
import { lintSource } from '../../../src/lint/linter.js';
import type { Check } from '../../../src/lint/types.js';
import { parseRuleFile } from '../../../src/syntax/irule.js';

const gap = 'when HTTP_REQUEST {\n  if { 1 }{ pool a }\n}';

describe('parseConfig', () => {
  it('normalises names to codes and keeps virtual facts as sets (profiles lower-cased)', () => {
    const c = parseConfig(JSON.stringify({ rules: { 'missing-word-space': 'off', IR1003: 'warning' }, virtual: { profiles: ['HTTP', 'oneconnect'], pools: ['web_pool'], datagroups: [] } }), 'c.json');
    expect(c.rules).toEqual({ IR1002: 'off', IR1003: 'warning' });
    expect([...c.virtual!.profiles!]).toEqual(['http', 'oneconnect']);
    expect([...c.virtual!.pools!]).toEqual(['web_pool']);
    expect(c.virtual!.datagroups!.size).toBe(0);
  });
  it.each([
    ['{', /^c\.json: not valid JSON/],
    ['[]', /^c\.json: \(top level\): expected an object/],
    ['{"rule": {}}', /^c\.json: rule: unknown key/],
    ['{"rules": {"IR1002": "warn"}}', /^c\.json: rules\.IR1002: expected "off", "error", "warning" or "info", got "warn"/],
    ['{"rules": {"IR9999": "off"}}', /^c\.json: rules\.IR9999: unknown check/],
    ['{"rules": {"missing-word-spaces": "off"}}', /did you mean "missing-word-space"/],
    ['{"rules": []}', /^c\.json: rules: expected an object/],
    ['{"virtual": {"profile": ["http"]}}', /^c\.json: virtual\.profile: unknown key/],
    ['{"virtual": {"pools": "web_pool"}}', /^c\.json: virtual\.pools: expected an array/],
    ['{"virtual": {"pools": ["a", 3]}}', /^c\.json: virtual\.pools\[1\]: expected a non-empty string, got 3/],
  ])('rejects %s', (text, message) => {
    expect(() => parseConfig(text, 'c.json')).toThrow(ConfigError);
    expect(() => parseConfig(text, 'c.json')).toThrow(message);
  });
  it('reports every problem, one per line', () => {
    expect(() => parseConfig('{"x": 1, "rules": {"IR1002": 2}}', 'c.json')).toThrow(/^c\.json: x: .*\nc\.json: rules\.IR1002: /);
  });
});

describe('ConfigResolver', () => {
  it('finds the nearest irule.config.json or .irulerc.json walking up; --config wins', () => {
    const root = mkdtempSync(join(tmpdir(), 'irule-config-'));
    mkdirSync(join(root, 'a/b'), { recursive: true });
    mkdirSync(join(root, 'c'), { recursive: true });
    writeFileSync(join(root, 'irule.config.json'), '{"rules": {"IR1002": "off"}}');
    writeFileSync(join(root, 'a/.irulerc.json'), '{"rules": {"IR1002": "error"}}');
    const r = new ConfigResolver();
    expect(r.configFileFor(join(root, 'a/b/x.tcl'))).toBe(join(root, 'a/.irulerc.json'));
    expect(r.configFileFor(join(root, 'c/x.tcl'))).toBe(join(root, 'irule.config.json'));
    expect(r.configFor(join(root, 'a/b/x.tcl')).rules).toEqual({ IR1002: 'error' });
    const explicit = new ConfigResolver(join(root, 'irule.config.json'));
    expect(explicit.configFor(join(root, 'a/b/x.tcl')).rules).toEqual({ IR1002: 'off' });
    expect(() => new ConfigResolver(join(root, 'nope.json')).configFor('x.tcl')).toThrow(/nope\.json: cannot read the configuration \(no such file\)/);
  });
});

describe('config in the linter', () => {
  it("'off' disables a check, a severity overrides the default", () => {
    const only = CHECKS.filter((c) => c.meta.code === 'IR1002');
    expect(lintSource(gap, 't.tcl', parseConfig('{"rules": {"IR1002": "off"}}', 'c'), only)).toEqual([]);
    expect(lintSource(gap, 't.tcl', parseConfig('{"rules": {"missing-word-space": "error"}}', 'c'), only)[0]).toMatchObject({ code: 'IR1002', severity: 'error' });
  });
  it('virtual facts reach the checks; a # profiles: comment overrides the profiles of the config', () => {
    const seen: unknown[] = [];
    const probe: Check = {
      meta: { code: 'IR0009', name: 'probe', category: 'style', severity: 'info', description: 'probe', help: { why: '', bad: '', good: '' } },
      run: (ctx) => void seen.push({ profiles: ctx.virtual.profiles && [...ctx.virtual.profiles], pools: ctx.virtual.pools && [...ctx.virtual.pools] }),
    };
    const cfg = parseConfig('{"virtual": {"profiles": ["tcp"], "pools": ["p1"]}}', 'c');
    lintSource('when HTTP_REQUEST {}', 't', cfg, [probe]);
    lintSource('# profiles: HTTP, oneconnect universal\nwhen HTTP_REQUEST {}', 't', cfg, [probe]);
    lintSource('when HTTP_REQUEST {}', 't', {}, [probe]);
    expect(seen).toEqual([
      { profiles: ['tcp'], pools: ['p1'] },
      { profiles: ['http', 'oneconnect', 'universal'], pools: ['p1'] },
      { profiles: null, pools: null },
    ]);
  });
  it('profilesComment: top level only, inside ltm rule wrappers too, "none" is empty', () => {
    const p = (s: string) => { const r = profilesComment(parseRuleFile(s)); return r && [...r]; };
    expect(p('# Profiles: http\nwhen HTTP_REQUEST {}')).toEqual(['http']);
    expect(p('when HTTP_REQUEST {\n  # profiles: http\n}')).toBeNull();
    expect(p('ltm rule x {\n# profiles: http, websocket\nwhen HTTP_REQUEST {}\n}')).toEqual(['http', 'websocket']);
    expect(p('# profiles: none\nwhen CLIENT_ACCEPTED {}')).toEqual([]);
  });
});
