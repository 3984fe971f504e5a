// Loading scenarios and traffic: normalised results, one-line messages naming file:line and field,
// HAR conversion, and streaming with bounded memory.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseHostPort, parseNetwork } from '../../src/sim/address.js';
import { harToEvents, readHar } from '../../src/sim/har.js';
import { loadScenario, SCENARIO_DEFAULTS } from '../../src/sim/scenario.js';
import { readTraffic } from '../../src/sim/traffic.js';
import { InputError, type Scenario, type TrafficEvent } from '../../src/sim/types.js';
import { scenarioSchema, scenarioSchemaPath } from '../../src/sim/validate.js';

const DATA = 'test/sim/data';
const BASIC = join(DATA, 'basic');

async function collect(s: Scenario): Promise<TrafficEvent[]> {
  const out: TrafficEvent[] = [];
  for await (const e of readTraffic(s)) out.push(e);
  return out;
}

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

async function trafficError(s: Scenario): Promise<InputError> {
  try {
    await collect(s);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('valid scenarios', () => {
  it('loads YAML and normalises defaults', () => {
    const s = loadScenario(join(BASIC, 'scenario.yaml'));
    expect(s).toEqual({
      name: 'basic pinning',
      file: join(BASIC, 'scenario.yaml'),
      rules: [join(DATA, 'rules/pin.tcl'), join(DATA, 'rules/route.tcl')],
      virtual: {
        name: '/Common/vs_ai',
        address: '203.0.113.10:443',
        profiles: {
          http: true,
          oneconnect: true,
          websocket: false,
          persistence: { type: 'universal', timeout: 180, matchAcrossServices: false, matchAcrossVirtuals: false, matchAcrossPools: false },
        },
      },
      pool: {
        name: '/Common/ai_pool',
        lb: 'round-robin',
        members: [
          { address: '10.0.1.1:8080', ratio: 1, state: 'up' },
          { address: '10.0.1.2:8080', ratio: 2, state: 'up' },
          { address: '[2001:db8::1]:80', ratio: 1, state: 'disabled' },
        ],
      },
      pools: [{ name: 'static_pool', lb: 'least-connections-member', members: [{ address: '10.0.2.1:80', ratio: 1, state: 'up' }] }],
      datagroups: {
        uri_pools: {
          type: 'string',
          records: [
            { key: '/static/', value: 'static_pool' },
            { key: '/api/', value: '/Common/ai_pool' },
          ],
        },
        blocked_nets: {
          type: 'ip',
          records: [
            { key: '10.0.0.0/8', value: 'internal' },
            { key: '192.0.2.7', value: '' },
          ],
        },
      },
      traffic: { file: join(BASIC, 'requests.jsonl') },
      hostname: 'bigip1',
      facts: { tmmCount: 1 },
      conversation: [{ kind: 'field' }, { kind: 'persistence-key' }],
    } satisfies Scenario);
  });

  it('streams its JSON Lines traffic, skipping blank and // lines', async () => {
    const f = join(BASIC, 'requests.jsonl');
    const events = await collect(loadScenario(join(BASIC, 'scenario.yaml')));
    expect(events).toEqual([
      {
        kind: 'request', t: 0, conn: 'c1', client: '198.51.100.7:50432', method: 'POST', uri: '/v1/stream?model=x', version: '1.1',
        headers: [['Host', 'api.example'], ['X-Conversation-ID', 'conv-42']], body: '', origin: { file: f, line: 2 },
      },
      { kind: 'response', t: 0.05, conn: 'c1', status: 200, headers: [['Content-Type', 'text/event-stream']], body: '', origin: { file: f, line: 3 } },
      {
        kind: 'request', t: 1.5, conn: 'c1', client: '198.51.100.7:50432', method: 'GET', uri: '/static/a.css', version: '1.0',
        headers: [], body: '', origin: { file: f, line: 5 },
      },
      { kind: 'member', t: 12.5, member: '10.0.1.2:8080', state: 'down', origin: { file: f, line: 6 } },
      { kind: 'close', t: 13, conn: 'c1', origin: { file: f, line: 7 } },
    ] satisfies TrafficEvent[]);
  });

  it('loads JSON with inline traffic (origins on the JSON lines)', async () => {
    const file = join(BASIC, 'scenario.json');
    const s = loadScenario(file);
    const events: TrafficEvent[] = [
      { kind: 'request', t: 0, conn: 'c1', client: '198.51.100.7:50432', method: 'GET', uri: '/', version: '1.1', headers: [['Host', 'a.example']], body: '', origin: { file, line: 8 } },
      { kind: 'response', t: 0.25, conn: 'c1', status: 404, headers: [], body: 'no', origin: { file, line: 9 } },
    ];
    expect(s).toEqual({
      name: 'basic pinning',
      file,
      rules: [join(DATA, 'rules/pin.tcl')],
      virtual: { name: '/Common/vs_ai', address: '203.0.113.10:80', profiles: { http: true, oneconnect: false, websocket: false, persistence: null } },
      pool: {
        name: '/Common/ai_pool',
        lb: 'ratio-member',
        members: [
          { address: '10.0.1.1:8080', ratio: 1, state: 'up' },
          { address: '10.0.1.2:8080', ratio: 3, state: 'up' },
        ],
      },
      pools: [],
      datagroups: {},
      traffic: { events },
      hostname: 'lb-a',
      facts: { tmmCount: 1 },
      conversation: [{ kind: 'field' }, { kind: 'persistence-key' }],
    } satisfies Scenario);
    expect(await collect(s)).toEqual(events);
  });
});

describe('the shipped schema', () => {
  it('is found from the sources and compiles in strict mode', () => {
    expect(scenarioSchemaPath()).toMatch(/schemas[\\/]scenario\.schema\.json$/);
    expect(() => scenarioSchema()).not.toThrow();
  });

  const schema = JSON.parse(readFileSync('schemas/scenario.schema.json', 'utf8')) as Record<string, any>;
  const resolve = (node: any): any => (node?.$ref ? { ...schema.definitions[node.$ref.split('/').pop()], ...node } : node);

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: any, at: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries<any>(node.properties ?? {})) {
        if (!resolve(v)?.description) missing.push(`${at}.${k}`);
        walk(v, `${at}.${k}`);
      }
      for (const k of ['then', 'else', 'items', 'additionalProperties']) if (node[k] && typeof node[k] === 'object') walk(node[k], `${at}/${k}`);
    };
    walk(schema, '');
    for (const [k, v] of Object.entries<any>(schema.definitions)) walk(v, `#${k}`);
    expect(missing).toEqual([]);
  });

  it('documents the defaults the loader applies', () => {
    const d = schema.definitions;
    const profiles = d.virtual.properties.profiles.properties;
    expect({
      hostname: schema.properties.hostname.default,
      lb: d.pool.properties.lb.default,
      ratio: d.member.else.properties.ratio.default,
      state: d.member.else.properties.state.default,
      persistenceTimeout: d.persistence.properties.timeout.default,
      http: profiles.http.default,
      oneconnect: profiles.oneconnect.default,
      websocket: profiles.websocket.default,
      tmmCount: schema.properties.tmmCount.default,
    }).toEqual(SCENARIO_DEFAULTS);
  });
});

describe('malformed scenarios', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'irule-load-'));
    copyFileSync(join(DATA, 'rules/pin.tcl'), join(dir, 'pin.tcl'));
    writeFileSync(join(dir, 't.jsonl'), '');
    writeFileSync(join(dir, 'pin-copy.tcl'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const base = [
    'rules: [pin.tcl]', //                                   1
    'virtual: { name: /Common/vs, address: 203.0.113.10:80 }', // 2
    'pool:', //                                              3
    '  name: /Common/p', //                                  4
    '  members:', //                                         5
    '    - 10.0.1.1:8080', //                                6
    '    - { address: 10.0.1.2:8080, ratio: 2 }', //         7
    'traffic: t.jsonl', //                                   8
    '',
  ].join('\n');

  const cases: [string, string, string][] = [
    ['bad YAML', 'rules: [pin.tcl\nvirtual: 1\n', 's.yaml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['unquoted IPv6', base.replace('- 10.0.1.1:8080', '- [2001:db8::1]:80'), 's.yaml:6:20: invalid YAML: Unexpected scalar at node end (quote IPv6 addresses: "[2001:db8::1]:80")'],
    ['wrong type', base.replace('ratio: 2', 'ratio: two'), 's.yaml:7: pool.members[1].ratio: must be a positive integer, got "two"'],
    ['ratio zero', base.replace('ratio: 2', 'ratio: 0'), 's.yaml:7: pool.members[1].ratio: must be a positive integer, got 0'],
    ['unknown lb method', base.replace('  members:', '  lb: fastest\n  members:'), 's.yaml:5: pool.lb: must be one of round-robin, ratio-member, least-connections-member, got "fastest"'],
    ['missing rule file', base.replace('pin.tcl', 'nope.tcl'), `s.yaml:1: rules[0]: rule file not found: ${'DIR'}/nope.tcl`],
    ['bad member address', base.replace('10.0.1.1:8080', '10.0.1.300:8080'), 's.yaml:6: pool.members[0]: must be "ip:port" (IPv6 as "[2001:db8::1]:80"), got "10.0.1.300:8080"'],
    ['member without port', base.replace('address: 10.0.1.2:8080', 'address: 10.0.1.2'), 's.yaml:7: pool.members[1].address: must be "ip:port" (IPv6 as "[2001:db8::1]:80"), got "10.0.1.2"'],
    ['member of the wrong type', base.replace('- 10.0.1.1:8080', '- 5'), 's.yaml:6: pool.members[0]: must be "ip:port" (IPv6 quoted as "[2001:db8::1]:80") or a map {address, ratio, state}, got 5'],
    ['duplicate member', base.replace('10.0.1.2:8080', '10.0.1.1:8080'), 's.yaml:7: pool.members[1].address: member 10.0.1.1:8080 is listed twice (also pool.members[0])'],
    ['misspelt field', base.replace('  members:', '  member: []\n  members:'), 's.yaml:5: pool.member: unknown field; did you mean "members"?'],
    ['missing field', base.replace(', address: 203.0.113.10:80', ''), 's.yaml:2: virtual.address: is required'],
    ['rules not a list', base.replace('rules: [pin.tcl]', 'rules: 5'), 's.yaml:1: rules: must be a list of rule file paths, got 5'],
    ['one rule twice', base.replace('rules: [pin.tcl]', 'rules: [pin.tcl, ./pin.tcl]'), 's.yaml:1: rules[1]: rule /Common/pin is already attached by rules[0]'],
    ['traffic file type', base.replace('t.jsonl', 't.txt'), 's.yaml:8: traffic: must name a .jsonl (JSON Lines) or .har file, got "t.txt"'],
    ['missing traffic file', base.replace('t.jsonl', 'u.jsonl'), `s.yaml:8: traffic: traffic file not found: ${'DIR'}/u.jsonl`],
    ['empty file', '', 's.yaml:1: the scenario is empty; expected a map with rules, virtual, pool and traffic'],
    ['not a map', '- a\n', 's.yaml:1: must be a map with rules, virtual, pool and traffic, got ["a"]'],
    ['persistence type', base.replace('203.0.113.10:80 }', '203.0.113.10:80, profiles: { persistence: { type: cookie } } }'), 's.yaml:2: virtual.profiles.persistence.type: must be one of universal, source_addr, got "cookie"'],
    ['persistence shape', base.replace('203.0.113.10:80 }', '203.0.113.10:80, profiles: { persistence: yes } }'), 's.yaml:2: virtual.profiles.persistence: must be a persistence profile {type, timeout}, null or false, got "yes"'],
    ['datagroup ip key', `${base}datagroups:\n  nets:\n    type: ip\n    records:\n      10.0.0.300/8: x\n`, 's.yaml:13: datagroups.nets.records["10.0.0.300/8"]: key must be an IP address or network like 10.0.0.0/8, got "10.0.0.300/8"'],
    ['datagroup integer key', `${base}datagroups:\n  n:\n    type: integer\n    records: [[1, a], [x, b]]\n`, 's.yaml:12: datagroups.n.records[1]: key must be an integer, got "x"'],
    ['datagroup record shape', `${base}datagroups:\n  n:\n    records: [[1, a, 3]]\n`, 's.yaml:11: datagroups.n.records[0]: must be a [key, value] pair, got [1,"a",3]'],
    ['duplicate pool name', `${base}pools:\n  - name: p\n    members: []\n`, 's.yaml:10: pools[0].name: pool /Common/p is defined twice (also pool.name)'],
    ['inline bad header pair', base.replace('traffic: t.jsonl', 'traffic:\n  - t: 1\n    conn: c1\n    client: 198.51.100.7:1234\n    method: GET\n    uri: /\n    headers:\n      - [Host, a]\n      - [X]\n'), 's.yaml:16: traffic[0].headers[1]: expected a [name, value] pair, got ["X"]'],
    ['inline t backwards', base.replace('traffic: t.jsonl', 'traffic:\n  - { t: 2, conn: c1, client: 198.51.100.7:1234, method: GET, uri: /, headers: [] }\n  - { t: 1, close: c1 }\n'), 's.yaml:10: traffic[1].t: must not decrease: 1 comes after 2 (line 9)'],
    ["conversation source", `${base}conversation: "header:"\n`, 's.yaml:9: conversation: must be header:NAME, cookie:NAME, query:NAME, field or persistence-key, got "header:"'],
    ['conversation list item', `${base}conversation: [field, body]\n`, 's.yaml:9: conversation[1]: must be header:NAME, cookie:NAME, query:NAME, field or persistence-key, got "body"'],
    ['inline unknown member', base.replace('traffic: t.jsonl', 'traffic:\n  - { t: 2, member: 10.9.9.9:80, state: down }\n'), 's.yaml:9: traffic[0].member: 10.9.9.9:80 is not a member of any pool (members: 10.0.1.1:8080, 10.0.1.2:8080)'],
  ];

  it('conversation: one source or a list, tried in order', () => {
    const file = join(dir, 's.yaml');
    writeFileSync(file, `${base}conversation: [header:X-Conversation-ID, query:conversation_id, cookie:sid, field]\n`);
    expect(loadScenario(file).conversation).toEqual([
      { kind: 'header', name: 'X-Conversation-ID' },
      { kind: 'query', name: 'conversation_id' },
      { kind: 'cookie', name: 'sid' },
      { kind: 'field' },
    ]);
    writeFileSync(file, `${base}conversation: cookie:session\n`);
    expect(loadScenario(file).conversation).toEqual([{ kind: 'cookie', name: 'session' }]);
  });

  it.each(cases)('%s', (_name, text, expected) => {
    const file = join(dir, 's.yaml');
    writeFileSync(file, text);
    const e = errorOf(() => loadScenario(file));
    expect(e.message).toBe(`${dir}/${expected.replaceAll('DIR', dir)}`);
    expect(e.message).not.toContain('\n');
    expect(e.file).toBe(file);
  });

  it('JSON: syntax error with line and column, field errors on the right line', () => {
    const file = join(dir, 's.json');
    writeFileSync(file, '{\n  "rules": ["pin.tcl"],\n  "pool": {"name": "p" "members": []}\n}\n');
    expect(errorOf(() => loadScenario(file)).message).toBe(`${file}:3:24: invalid JSON: expected "," or "}" after a property value, got '"'`);
    writeFileSync(
      file,
      JSON.stringify({ rules: ['pin.tcl'], virtual: { name: 'v', address: '203.0.113.10:80' }, pool: { name: 'p', members: ['10.0.1.1:80', { address: '10.0.1.2:80', ratio: 'two' }] }, traffic: 't.jsonl' }, null, 2),
    );
    const e = errorOf(() => loadScenario(file));
    expect(e.message).toBe(`${file}:15: pool.members[1].ratio: must be a positive integer, got "two"`);
    expect([e.line, e.field]).toEqual([15, 'pool.members[1].ratio']);
  });

  it('names an unreadable scenario file', () => {
    expect(errorOf(() => loadScenario(join(dir, 'none.yaml'))).message).toBe(`${dir}/none.yaml: cannot read the scenario: no such file`);
  });
});

describe('malformed traffic lines', () => {
  let dir: string;
  let scenario: Scenario;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'irule-traffic-'));
    copyFileSync(join(DATA, 'rules/pin.tcl'), join(dir, 'pin.tcl'));
    writeFileSync(join(dir, 't.jsonl'), '');
    writeFileSync(join(dir, 's.yaml'), 'rules: [pin.tcl]\nvirtual: { name: vs, address: 203.0.113.10:80 }\npool: { name: p, members: [10.0.1.1:8080] }\ntraffic: t.jsonl\n');
    scenario = loadScenario(join(dir, 's.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const req = '"conn": "c1", "client": "198.51.100.7:50432", "method": "GET", "uri": "/"';
  const cases: [string, string, string][] = [
    ['bad JSON', `{"t": 0, "close": "c1"}\n{"t": 1, "close": "c1",}\n`, 't.jsonl:2:24: invalid JSON: trailing comma before "}"'],
    ['missing comma', `{"t": 0 "close": "c1"}\n`, `t.jsonl:1:9: invalid JSON: expected "," or "}" after a property value, got '"'`],
    ['single quotes', `{"t": 0, "close": 'c1'}\n`, 't.jsonl:1:19: invalid JSON: strings must use double quotes'],
    ['truncated line', `{"t": 0, "close": "c1"\n`, 't.jsonl:1:23: invalid JSON: unexpected end of input: missing "}"'],
    ['missing field', `{"t": 0, ${req}}\n`, 't.jsonl:1: headers: is required (a request has t, conn, client, method, uri and headers)'],
    ['t going backwards', `{"t": 5, "close": "c1"}\n\n// comment\n{"t": 4.5, "close": "c1"}\n`, 't.jsonl:4: t: must not decrease: 4.5 comes after 5 (line 1)'],
    ['bad header pair', `{"t": 0, ${req}, "headers": [["A", "1"], ["B", "2"], ["C"]]}\n`, 't.jsonl:1: headers[2]: expected a [name, value] pair, got ["C"]'],
    ['headers not a list', `{"t": 0, ${req}, "headers": {"A": "1"}}\n`, 't.jsonl:1: headers: must be a list of [name, value] pairs, got {"A":"1"}'],
    ['bad header name', `{"t": 0, ${req}, "headers": [["Bad Name", "1"]]}\n`, "t.jsonl:1: headers[0][0]: must be a header name (letters, digits and !#$%&'*+-.^_`|~), got \"Bad Name\""],
    ['misspelt field', `{"t": 0, ${req}, "headers": [], "bdy": "x"}\n`, 't.jsonl:1: bdy: unknown field in a request event; did you mean "body"?'],
    ['status as string', `{"t": 0, "conn": "c1", "response": {"status": "200", "headers": []}}\n`, 't.jsonl:1: response.status: must be an HTTP status code (100-599), got "200"'],
    ['response without headers', `{"t": 0, "conn": "c1", "response": {"status": 200}}\n`, 't.jsonl:1: response.headers: is required (a response has status and headers)'],
    ['not an object', '[1, 2]\n', 't.jsonl:1: expected an event object {"t": ..., ...}, got [1,2]'],
    ['no kind', '{"t": 0}\n', 't.jsonl:1: expected an event: a request (method, uri, ...), a response, a member state change or a close'],
    ['member state', '{"t": 0, "member": "10.0.1.1:8080", "state": "sleeping"}\n', 't.jsonl:1: state: must be one of up, down, disabled, forced-offline, got "sleeping"'],
    ['client address', `{"t": 0, "conn": "c1", "client": "198.51.100.7", "method": "GET", "uri": "/", "headers": []}\n`, 't.jsonl:1: client: must be "ip:port" (IPv6 as "[2001:db8::1]:80"), got "198.51.100.7"'],
    ['t as string', '{"t": "0", "close": "c1"}\n', 't.jsonl:1: t: must be a number of seconds >= 0, got "0"'],
    ['bad version', `{"t": 0, ${req}, "headers": [], "version": "HTTP/9"}\n`, 't.jsonl:1: version: must be "1.0", "1.1", "2" or "3", got "HTTP/9"'],
  ];

  it.each(cases)('%s', async (_name, text, expected) => {
    writeFileSync(join(dir, 't.jsonl'), text);
    const e = await trafficError(scenario);
    expect(e.message).toBe(`${dir}/${expected}`);
    expect(e.message).not.toContain('\n');
  });

  it('delivers the events before a bad line, then fails; stops cleanly when the consumer stops', async () => {
    writeFileSync(join(dir, 't.jsonl'), '{"t": 0, "close": "a"}\n{"t": 1, "close": "b"}\n{"t": 2, "close": }\n{"t": 3, "close": "d"}');
    const seen: string[] = [];
    await expect(async () => {
      for await (const e of readTraffic(scenario)) seen.push((e as { conn: string }).conn);
    }).rejects.toThrow(`${dir}/t.jsonl:3:19: invalid JSON: expected a value, got "}"`);
    expect(seen).toEqual(['a', 'b']);
    for await (const e of readTraffic(scenario)) {
      expect(e.origin.line).toBe(1);
      break;
    }
  });

  it('accepts IPv6 clients, CRLF line ends and numeric header values', async () => {
    writeFileSync(join(dir, 't.jsonl'), `{"t": 0, "conn": 7, "client": "[2001:DB8::0:1]:443", "method": "GET", "uri": "/", "headers": [["Content-Length", 0]]}\r\n`);
    const [e] = await collect(scenario);
    expect(e).toMatchObject({ kind: 'request', conn: '7', client: '[2001:db8::1]:443', headers: [['Content-Length', '0']], origin: { line: 1 } });
  });
});

describe('HAR traffic', () => {
  it('converts a devtools export', () => {
    const f = join(DATA, 'har/sample.har');
    const at = (line: number) => ({ file: f, line });
    expect(readHar(f)).toEqual([
      {
        kind: 'request', t: 0, conn: 'har-1', client: '192.0.2.1:49152', method: 'POST', uri: '/v1/stream', version: '2',
        headers: [['Host', 'api.example'], ['content-type', 'application/json'], ['x-conversation-id', 'conv-42']],
        body: '{"prompt":"hi"}', origin: at(38),
      },
      { kind: 'response', t: 0.05, conn: 'har-1', status: 200, headers: [['content-type', 'text/event-stream']], body: 'data: hi\n\n', origin: at(38) },
      {
        kind: 'request', t: 0.5, conn: 'har-2', client: '192.0.2.1:49153', method: 'GET', uri: '/v1/models?x=1', version: '1.1',
        headers: [['Host', 'api.example'], ['Accept', 'application/json']], body: '', origin: at(7),
      },
      // 0.5 + 120.5 ms, but no later than the next request on the same connection
      { kind: 'response', t: 0.6, conn: 'har-2', status: 200, headers: [['Content-Type', 'application/json']], body: '{}', origin: at(7) },
      { kind: 'request', t: 0.6, conn: 'har-2', client: '192.0.2.1:49153', method: 'GET', uri: '/v1/models/2', version: '1.1', headers: [['Host', 'api.example']], body: '', origin: at(62) },
      // blocked in the browser (status 0): a request without a response
      { kind: 'request', t: 1, conn: 'har-3', client: '192.0.2.1:49154', method: 'GET', uri: '/track', version: '1.1', headers: [['Host', 'ads.example']], body: '', origin: at(79) },
      { kind: 'response', t: 1.1, conn: 'har-2', status: 304, headers: [], body: '', origin: at(62) },
    ] satisfies TrafficEvent[]);
  });

  it('is read through readTraffic for a .har scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-har-'));
    try {
      copyFileSync(join(DATA, 'rules/pin.tcl'), join(dir, 'pin.tcl'));
      copyFileSync(join(DATA, 'har/sample.har'), join(dir, 'x.har'));
      writeFileSync(join(dir, 's.yaml'), 'rules: pin.tcl\nvirtual: { name: vs, address: 203.0.113.10:443 }\npool: { name: p, members: [] }\ntraffic: x.har\n');
      const events = await collect(loadScenario(join(dir, 's.yaml')));
      expect(events.map((e) => `${e.kind}@${e.t}`)).toEqual(['request@0', 'response@0.05', 'request@0.5', 'response@0.6', 'request@0.6', 'request@1', 'response@1.1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file, line and field of a bad entry', () => {
    expect(errorOf(() => harToEvents('{"log": {}}', 'x.har')).message).toBe('x.har:1: log.entries: expected a HAR 1.2 file: an object {"log": {"entries": [...]}}');
    const text = '{"log": {"entries": [\n  {"startedDateTime": "2024-05-01T10:00:00Z", "request": {"method": "GET", "url": "/"}},\n  {"startedDateTime": "yesterday"}\n]}}';
    expect(errorOf(() => harToEvents(text, 'x.har')).message).toBe('x.har:3: log.entries[1].startedDateTime: must be an ISO 8601 date and time, got "yesterday"');
    expect(errorOf(() => harToEvents('{"log": ', 'x.har')).message).toBe('x.har:1:9: invalid JSON: unexpected end of input: expected a value');
  });
});

describe('addresses', () => {
  it('parses and normalises ip:port', () => {
    expect(parseHostPort('10.0.1.1:8080')?.text).toBe('10.0.1.1:8080');
    expect(parseHostPort('[2001:DB8:0:0:0:0:0:1]:80')?.text).toBe('[2001:db8::1]:80');
    expect(parseHostPort('[::ffff:10.0.0.1]:80')?.text).toBe('[::ffff:a00:1]:80');
    expect(parseHostPort('[2001:db8:0:1:1:1:1:1]:80')?.text).toBe('[2001:db8:0:1:1:1:1:1]:80');
    for (const bad of ['10.0.1.1', '10.0.1.256:80', '10.0.1.1:65536', '2001:db8::1:80', '[2001:db8::1::2]:80', 'host:80', '[1.2.3.4]:80']) {
      expect(parseHostPort(bad), bad).toBeNull();
    }
    expect(parseNetwork('2001:db8::/32')).toEqual({ family: 6, ip: '2001:db8::', prefix: 32 });
    expect(parseNetwork('10.0.0.0/33')).toBeNull();
  });
});

describe('streaming', () => {
  it('reads a 200,000-line file with bounded memory', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const dir = mkdtempSync(join(tmpdir(), 'irule-stream-'));
    const file = join(dir, 'big.jsonl');
    try {
      const fd = openSync(file, 'w');
      const N = 200_000;
      for (let i = 0; i < N; i += 10_000) {
        let chunk = '';
        for (let j = i; j < i + 10_000; j++) {
          chunk += `{"t": ${j / 1000}, "conn": "c${j % 5000}", "client": "198.51.100.${j % 250}:${1024 + (j % 60000)}", "method": "GET", "uri": "/v1/items/${j}?q=${j * 7}", "headers": [["Host", "api.example"], ["X-Conversation-ID", "conv-${j % 977}"], ["User-Agent", "load-test/1.0 (request ${j})"]]}\n`;
        }
        writeSync(fd, chunk);
      }
      closeSync(fd);
      const scenario: Scenario = {
        ...loadScenario(join(BASIC, 'scenario.json')),
        traffic: { file },
      };
      gc();
      const base = process.memoryUsage().heapUsed;
      let peak = 0;
      let n = 0;
      let lastT = -1;
      for await (const e of readTraffic(scenario)) {
        n++;
        if (e.t < lastT) throw new Error('out of order');
        lastT = e.t;
        if (n % 1000 === 0) await new Promise((r) => setImmediate(r)); // a consumer that yields to I/O
        if (n % 25_000 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        }
      }
      expect(n).toBe(N);
      // Keeping the events would hold well over 100 MB; streaming holds a few buffers.
      expect(peak).toBeLessThan(32 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
