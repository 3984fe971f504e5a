// irule traffic ai-chat [options]: generate realistic AI traffic as JSON Lines (seeded).

import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { AI_CHAT_DEFAULTS, generateAiChatLines, type AiChatOptions } from '../sim/generate.js';
import { action, UsageError } from './io.js';
import { heapGuard } from '../sim/memory.js';
import { startProgress, type Progress } from './progress.js';

function num(name: string, min: number, max = Infinity): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name}: expected a number from ${min} to ${max}, got "${v}"`);
    return n;
  };
}

function range(name: string): (v: string) => [number, number] {
  return (v) => {
    const m = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(v);
    if (!m) throw new UsageError(`--${name}: expected N or MIN-MAX seconds, got "${v}"`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) throw new UsageError(`--${name}: MIN must not exceed MAX in "${v}"`);
    return [a, b];
  };
}

function failure(v: string, prev: AiChatOptions['failures'] = []): AiChatOptions['failures'] {
  const m = /^(.+:\d+)@(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(v);
  if (!m) throw new UsageError(`--failure: expected MEMBER@DOWN-UP, e.g. 10.0.1.1:8080@600-900, got "${v}"`);
  const down = Number(m[2]);
  const up = Number(m[3]);
  if (up <= down) throw new UsageError(`--failure ${v}: the member must come back up after it goes down (DOWN-UP seconds, DOWN < UP)`);
  return [...prev, { member: m[1]!, down, up }];
}

function drain(v: string, prev: AiChatOptions['drains'] = []): AiChatOptions['drains'] {
  const m = /^(.+:\d+)@(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(v);
  if (!m) throw new UsageError(`--drain: expected MEMBER@FROM-TO, e.g. 10.0.1.3:8080@1200-1800, got "${v}"`);
  return [...prev, { member: m[1]!, from: Number(m[2]), to: Number(m[3]) }];
}

/** Writes lines to a stream in 64 KB chunks, waiting when it is full: memory stays flat for any size. */
async function writeLines(lines: Iterable<string>, out: NodeJS.WritableStream, progress: Progress): Promise<void> {
  const guard = heapGuard();
  let buf: string[] = [];
  let size = 0;
  let written = 0;
  const flush = async () => {
    if (buf.length === 0) return;
    written += buf.length;
    progress.update(written);
    const ok = out.write(buf.join('\n') + '\n');
    buf = [];
    size = 0;
    if (!ok) await new Promise((res) => out.once('drain', res));
  };
  for (const l of lines) {
    buf.push(l);
    size += l.length;
    guard();
    if (size >= 1 << 16) await flush();
  }
  await flush();
}

export function registerTraffic(program: Command): void {
  const traffic = program.command('traffic').description('generate traffic files for scenarios');
  const d = AI_CHAT_DEFAULTS;
  traffic
    .command('ai-chat')
    .description('AI chat/agent traffic: multi-turn SSE chats, WebSocket sessions with reconnects, NAT, API keys, failures')
    .option('--seed <n>', 'random seed (same seed, same file)', num('seed', 0), d.seed)
    .option('--conversations <n>', 'number of conversations', num('conversations', 1, 10_000_000), d.conversations)
    .option('--duration <s>', 'traffic window in seconds', num('duration', 1), d.duration)
    .option('--turns <min-max>', 'turns per conversation', range('turns'), d.turns)
    .option('--think-time <min-max>', 'seconds between turns', range('think-time'), d.thinkTime)
    .option('--stream-time <min-max>', 'seconds an SSE stream lasts', range('stream-time'), d.streamTime)
    .option('--websocket-share <x>', 'share of WebSocket conversations', num('websocket-share', 0, 1), d.websocketShare)
    .option('--reconnect-rate <x>', 'chance a WebSocket reconnects between turns', num('reconnect-rate', 0, 1), d.reconnectRate)
    .option('--nat-share <x>', 'share of clients behind a shared NAT address', num('nat-share', 0, 1), d.natShare)
    .option('--api-key-share <x>', 'share of clients sending only an API key', num('api-key-share', 0, 1), d.apiKeyShare)
    .option('--session-id-share <x>', 'share of clients sending X-Session-ID', num('session-id-share', 0, 1), d.sessionIdShare)
    .option('--ipv6-share <x>', 'share of clients on IPv6', num('ipv6-share', 0, 1), d.ipv6Share)
    .option('--no-keep-alive', 'a new connection for every turn')
    .option('--keep-alive-idle <s>', 'seconds a client keeps an idle connection after a stream', num('keep-alive-idle', 0), d.keepAliveIdle)
    .option('--failure <member@down-up>', 'a member failure, e.g. 10.0.1.1:8080@600-900 (repeatable)', failure)
    .option('--drain <member@from-to>', 'a member drained (disabled) from FROM to TO seconds (repeatable)', drain)
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('-q, --quiet', 'no progress bar (it shows only when standard error is a terminal and the traffic goes to a file)')
    .action(
      action(async (opts: Partial<AiChatOptions> & { output?: string; failure?: AiChatOptions['failures']; drain?: AiChatOptions['drains']; quiet?: boolean }) => {
        const { failure, drain: drains, output, quiet, ...rest } = opts;
        const lines = generateAiChatLines({ ...rest, failures: failure ?? [], drains: drains ?? [] });
        const out = output ? createWriteStream(output) : process.stdout;
        // Lines are generated as they are written, so their total is not known beforehand: a running count.
        const bar = startProgress('traffic ai-chat', 'lines written', null, { quiet: quiet || (!output && process.stdout.isTTY === true) });
        try {
          await writeLines(lines, out, bar);
        } finally {
          bar.stop();
        }
        if (output) await new Promise((res) => (out as ReturnType<typeof createWriteStream>).end(res));
        return 0;
      }),
    );
}
