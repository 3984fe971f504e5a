// Whole-simulation benchmark: the AI pinning rule on a generated traffic file (conversations over
// keep-alive connections, OneConnect, three members), through scenario loading, streaming traffic
// reading, persistence, load balancing and output records (serialised, then discarded).

import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadScenario } from '../sim/scenario.js';
import { recordLine, simulate } from '../sim/simulate.js';

async function writeTraffic(file: string, requests: number): Promise<void> {
  const out = createWriteStream(file);
  const paths = ['/v1/stream?model=m', '/chat/completions', '/ws/live', '/api/models'];
  for (let i = 0; i < requests; i++) {
    const conv = i % 5000;
    const t = (i * 0.01).toFixed(2);
    const conn = `c${conv % 2000}`;
    const client = `198.51.${(conv >> 8) & 255}.${conv & 255}:${40000 + (conv % 2000)}`;
    const hdr = i % 7 === 0 ? '["X-API-Key", "key-' + (conv % 300) + '"]' : `["X-Conversation-ID", "conv-${conv}"]`;
    const line = `{"t": ${t}, "conn": "${conn}", "client": "${client}", "method": "POST", "uri": "${paths[i & 3]}", "headers": [["Host", "api.example"], ${hdr}]}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export interface SimulationBenchResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  peakRssMb: number;
}

export async function runSimulationBench(rulePath: string, requests: number): Promise<SimulationBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'irule-bench-'));
  try {
    const traffic = join(dir, 'traffic.jsonl');
    await writeTraffic(traffic, requests);
    const scenarioFile = join(dir, 'scenario.yaml');
    writeFileSync(
      scenarioFile,
      [
        'name: bench',
        `rules: [${JSON.stringify(rulePath)}]`,
        'virtual: { name: /Common/vs_ai, address: 203.0.113.10:443, profiles: { http: {}, oneconnect: true, persistence: { type: universal, timeout: 180 } } }',
        'pool: { name: /Common/ai_pool, lb: round-robin, members: [10.0.1.1:8080, 10.0.1.2:8080, 10.0.1.3:8080] }',
        'traffic: traffic.jsonl',
        '',
      ].join('\n'),
    );
    const scenario = loadScenario(scenarioFile);
    let bytes = 0;
    const t0 = process.hrtime.bigint();
    await simulate(scenario, { onRecord: (r) => (bytes += recordLine(r).length) });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    return { requests, seconds, reqPerSec: Math.round(requests / seconds), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
