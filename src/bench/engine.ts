// Engine benchmark: the HTTP_REQUEST body of rules/ai-stream-pin.tcl, compiled once, run over the
// 8 requests of bench/baselines/ai-stream-pin.tclsh.tcl with mock BIG-IP commands that do what
// that file's Tcl mocks do (header lookup in a lower-cased map, persist into a table, count
// inserts and logs). Same work, same counters, so the figures compare like for like.

import { readFileSync } from 'node:fs';
import { parseRuleFile } from '../syntax/irule.js';
import { bodyDepth } from '../syntax/parser.js';
import { compileText } from '../tcl/compile.js';
import { Frame, Layout } from '../tcl/frame.js';
import { createInterp } from '../tcl/index.js';
import { str, type Value } from '../tcl/value.js';

interface Request {
  path: string;
  headers: Map<string, string>;
  ip: string;
}

const REQUESTS: Request[] = [
  ['/v1/stream', { 'X-Conversation-ID': 'conv-1' }, '198.51.100.1'],
  ['/chat/completions', { 'X-Session-ID': 'sess-2' }, '198.51.100.2'],
  ['/ws/live', { 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' }, '198.51.100.3'],
  ['/v1/stream', { 'X-API-Key': 'key-4' }, '198.51.100.4'],
  ['/chat', {}, '198.51.100.5'],
  ['/api/models', { 'X-Conversation-ID': 'c' }, '198.51.100.6'],
  ['/v1/stream', { 'x-conversation-id': 'conv-7', Host: 'api' }, '198.51.100.7'],
  ['/static/app.js', {}, '198.51.100.8'],
].map(([path, h, ip]) => ({
  path: path as string,
  headers: new Map(Object.entries(h as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v])),
  ip: ip as string,
}));

export interface EngineBenchResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  inserted: number;
  logs: number;
  keys: number;
}

export function runEngineBench(rulePath: string, n: number): EngineBenchResult {
  const file = parseRuleFile(readFileSync(rulePath, 'utf8'));
  const handler = file.rules[0]!.handlers.find((h) => h.events.some((e) => e.name === 'HTTP_REQUEST'));
  if (!handler) throw new Error(`${rulePath}: no HTTP_REQUEST handler`);
  const interp = createInterp({ dialect: 'irule' });
  let cur = REQUESTS[0]!;
  let now = 0;
  let inserted = 0;
  let logs = 0;
  const persist = new Map<string, [number, number]>();
  interp.define('HTTP::path', () => cur.path);
  interp.define('HTTP::uri', () => cur.path);
  // Header names in rules are a handful of constants: lower-case each once (the tclsh mock
  // lower-cases with `string tolower` on every call; this is our side's equivalent, memoised).
  const lowered = new Map<string, string>();
  const lower = (s: string) => {
    let l = lowered.get(s);
    if (l === undefined) lowered.set(s, (l = s.toLowerCase()));
    return l;
  };
  interp.define('HTTP::header', (_i, argv) => {
    const op = str(argv[1]!);
    const name = lower(str(argv[2]!));
    if (op === 'value') return cur.headers.get(name) ?? '';
    if (op === 'exists') return cur.headers.has(name) ? 1 : 0;
    if (op === 'insert') inserted++;
    return '';
  });
  interp.define('IP::client_addr', () => cur.ip);
  interp.define('persist', (_i, argv: Value[]) => {
    persist.set(str(argv[2]!), [now, Number(str(argv[3]!))]);
    return '';
  });
  interp.define('log', () => {
    logs++;
    return '';
  });
  const layout = new Layout();
  const body = compileText(handler.body.raw!, { interp, layout, dialect: 'irule', source: file.source }, handler.body.contentStart, bodyDepth(handler.body));
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    now = i;
    cur = REQUESTS[i & 7]!;
    // A fresh frame per request, as the tclsh baseline gets a fresh proc frame per call.
    interp.frame = new Frame(layout, 0, null, null);
    interp.beginRun();
    body(interp);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { requests: n, seconds, reqPerSec: Math.round(n / seconds), inserted, logs, keys: persist.size };
}
