// A seeded generator of realistic AI traffic (JSON Lines per SPEC.md "Traffic"): multi-turn chats
// with think time, SSE streams of some duration, WebSocket sessions with reconnects, clients behind
// NAT, API-key-only clients, and member failures. The same seed gives the same file.

export interface AiChatOptions {
  seed: number;
  /** Number of conversations. */
  conversations: number;
  /** Length of the traffic window in seconds; conversations start uniformly inside it. */
  duration: number;
  /** Turns per conversation: uniform in [min, max]. */
  turns: [number, number];
  /** Think time between turns, seconds: uniform in [min, max]. */
  thinkTime: [number, number];
  /** Duration of one SSE stream (a response), seconds: uniform in [min, max]. */
  streamTime: [number, number];
  /** Share of conversations that use WebSocket instead of SSE. */
  websocketShare: number;
  /** Probability that a WebSocket session drops and reconnects between turns. */
  reconnectRate: number;
  /** Share of clients behind a shared NAT address (several users, one IP). */
  natShare: number;
  /** Share of clients that send only an API key (no conversation id). */
  apiKeyShare: number;
  /** Share of clients that send X-Session-ID instead of X-Conversation-ID. */
  sessionIdShare: number;
  /** Keep-alive: turns reuse the connection when the previous one is still open. */
  keepAlive: boolean;
  /** Member failures: member address, down at, up at (seconds). */
  failures: { member: string; down: number; up: number }[];
}

export const AI_CHAT_DEFAULTS: AiChatOptions = {
  seed: 1,
  conversations: 200,
  duration: 3600,
  turns: [2, 8],
  thinkTime: [5, 120],
  streamTime: [2, 40],
  websocketShare: 0.2,
  reconnectRate: 0.2,
  natShare: 0.2,
  apiKeyShare: 0.1,
  sessionIdShare: 0.1,
  keepAlive: true,
  failures: [],
};

/** mulberry32: small, fast, good enough for traffic shapes, and reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Event {
  t: number;
  order: number;
  line: Record<string, unknown>;
}

const round = (t: number) => Math.round(t * 1000) / 1000;

export function generateAiChat(options: Partial<AiChatOptions> = {}): string[] {
  const o = { ...AI_CHAT_DEFAULTS, ...options };
  const r = rng(o.seed);
  const between = ([a, b]: [number, number]) => a + r() * (b - a);
  const id = (prefix: string, n: number) => `${prefix}-${n.toString(36)}-${Math.floor(r() * 1e9).toString(36)}`;
  const events: Event[] = [];
  let order = 0;
  const push = (t: number, line: Record<string, unknown>) => events.push({ t: round(t), order: order++, line: { t: round(t), ...line } });
  const natAddresses = ['192.0.2.10', '192.0.2.11', '192.0.2.12'];
  let port = 30000;
  let connSeq = 0;

  for (let c = 0; c < o.conversations; c++) {
    const behindNat = r() < o.natShare;
    const ip = behindNat ? natAddresses[Math.floor(r() * natAddresses.length)]! : `198.51.${100 + Math.floor(c / 250)}.${(c % 250) + 1}`;
    const kind = r();
    const idHeader: [string, string] | null =
      kind < o.apiKeyShare ? null : kind < o.apiKeyShare + o.sessionIdShare ? ['X-Session-ID', id('sess', c)] : ['X-Conversation-ID', id('conv', c)];
    const apiKey: [string, string] = ['X-API-Key', `sk-live-${(c % 17).toString().padStart(4, '0')}-${Math.floor(r() * 1e6)}`];
    const ws = r() < o.websocketShare;
    const turns = Math.round(between(o.turns));
    let t = r() * o.duration;
    let conn = '';
    let connOpenUntil = -1;
    const newConn = () => {
      conn = `c${++connSeq}`;
      port = port >= 65000 ? 30000 : port + 1;
      return `${ip}:${port}`;
    };
    let client = newConn();
    if (ws) {
      // One WebSocket session: an upgrade, frames (not HTTP events) while it lasts, reconnects.
      // Browsers cannot set headers on a WebSocket: most clients carry the conversation in the
      // query string only; native clients send the header.
      const browser = r() < 0.7;
      const extra = browser ? [] : idHeader ? [idHeader] : [apiKey];
      const uri = browser && idHeader ? `/ws/chat?conversation_id=${encodeURIComponent(idHeader[1])}` : '/ws/chat';
      const headers = (key: string) => [['Host', 'api.example'], ['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Sec-WebSocket-Key', key], ['Sec-WebSocket-Version', '13'], ...extra];
      const key = () => Buffer.from(id('k', c)).toString('base64');
      push(t, { conn, client, method: 'GET', uri, headers: headers(key()), conversation: `c${c}` });
      push(t + 0.02, { conn, response: { status: 101, headers: [['Upgrade', 'websocket'], ['Connection', 'Upgrade']] } });
      for (let k = 1; k < turns; k++) {
        t += between(o.thinkTime) + between(o.streamTime);
        if (r() < o.reconnectRate) {
          push(t, { close: conn });
          t += 0.5 + r() * 3;
          client = newConn();
          push(t, { conn, client, method: 'GET', uri, headers: headers(key()), conversation: `c${c}` });
          push(t + 0.02, { conn, response: { status: 101, headers: [['Upgrade', 'websocket']] } });
        }
      }
      push(t + between(o.streamTime), { close: conn });
      continue;
    }
    for (let k = 0; k < turns; k++) {
      if (k > 0) {
        t += between(o.thinkTime);
        if (!o.keepAlive || t > connOpenUntil) {
          push(Math.max(connOpenUntil, t - 0.001), { close: conn });
          client = newConn();
        }
      }
      const path = r() < 0.5 ? '/v1/stream?model=gpt' : '/chat/completions';
      push(t, { conn, client, method: 'POST', uri: path, headers: [['Host', 'api.example'], ['Accept', 'text/event-stream'], ...(idHeader ? [idHeader] : [apiKey])], conversation: `c${c}` });
      const stream = between(o.streamTime);
      push(t + 0.05, { conn, response: { status: 200, headers: [['Content-Type', 'text/event-stream']] } });
      t += stream;
      // Browsers keep an idle connection for a while (here 60 s) after the stream ends.
      connOpenUntil = t + 60;
    }
    push(Math.min(connOpenUntil, t + 5), { close: conn });
  }
  for (const f of o.failures) {
    push(f.down, { member: f.member, state: 'down' });
    push(f.up, { member: f.member, state: 'up' });
  }
  events.sort((a, b) => a.t - b.t || a.order - b.order);
  return events.map((e) => JSON.stringify(e.line));
}
