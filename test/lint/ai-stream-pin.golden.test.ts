// Golden test: what `irule lint --format json rules/ai-stream-pin.tcl` prints (the engine, not the CLI
// process), compared with test/lint/ai-stream-pin.expected.json. Every finding in the golden file was
// read and judged a real problem of the rule (see the list below); when a new check adds findings,
// regenerate with IRULE_UPDATE_GOLDEN=1 and review each new one the same way.
//
//   3:6   IR4007 routing on HTTP::path misses absolute-form requests (GET http://host/chat)
//   4:26  IR4006 starts_with "/chat" also matches "/chatbot"
//   5:26  IR4006 starts_with "/v1/stream" also matches "/v1/streaming"
//   25:13 IR4003 the key may be Sec-WebSocket-Key: new on every handshake, pins nothing
//   25:13 IR4004 the key comes from client headers with no shape/length check
//   27:21 IR4002 X-AI-Session-Pinning inserted, the client's copy kept
//   28:21 IR4002 X-AI-Conversation-ID inserted, the client's copy kept
//   28:44 IR4001 the key may be the X-API-Key: copied into X-AI-Conversation-ID
//   29:1  IR4008 log local0. on every matching request, not rate limited
//   29:13 IR4001 the key may be the X-API-Key: written to /var/log/ltm
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/lint/config.js';
import { formatJson } from '../../src/lint/formatters/json.js';
import { lintSource } from '../../src/lint/linter.js';

const root = new URL('../../', import.meta.url).pathname;
const file = 'rules/ai-stream-pin.tcl';
const goldenPath = new URL('./ai-stream-pin.expected.json', import.meta.url).pathname;

function lintJson(): string {
  const source = readFileSync(root + file, 'utf8');
  const config = new ConfigResolver().configFor(root + file);
  return formatJson([{ file, diagnostics: lintSource(source, file, config) }]);
}

describe('irule lint --format json rules/ai-stream-pin.tcl', () => {
  it('equals the reviewed golden findings', () => {
    const out = lintJson();
    if (process.env.IRULE_UPDATE_GOLDEN === '1') writeFileSync(goldenPath, out);
    expect(JSON.parse(out)).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
  it('has no syntax findings and no crashed check', () => {
    const [result] = JSON.parse(lintJson()) as { diagnostics: { code: string; category: string }[] }[];
    expect(result!.diagnostics.filter((d) => d.category === 'syntax' || d.code === 'IR0000')).toEqual([]);
  });
});
