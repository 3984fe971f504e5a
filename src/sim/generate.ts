// A seeded generator of realistic AI traffic (JSON Lines per docs/formats.md "Traffic"), streamed in time
// order in bounded memory (docs/pinning.md "Generated traffic"):
// - OpenAI-style SSE chats (POST /v1/chat/completions, /v1/responses, and the legacy /v1/stream and
//   /chat/completions), whose response starts at the first token and whose stream lasts
//   time-to-first-token + tokens x inter-token gap (reasoning models think for a long time first);
// - WebSocket sessions (/v1/realtime, /ws/chat) that drop and reconnect with a new Sec-WebSocket-Key;
// - browsers (the id only in the query string on WebSockets), native SDKs (X-Conversation-ID or
//   X-Session-ID), API-key clients (X-API-Key or Authorization: Bearer) mostly behind shared NAT
//   addresses; IPv4 and IPv6 clients, valid for any number of conversations;
// - keep-alive connections idle for a while after each stream, member failures and drains.
// The same options give the same file. Conversations start in order (stratified over the window), each
// is a small state machine producing its events in time order, and a heap merges the active ones:
// memory grows with the number of conversations active at once, not with the file.

export interface AiChatOptions {
  seed: number;
  /** Number of conversations. */
  conversations: number;
  /** Length of the traffic window in seconds; conversations start spread evenly inside it. */
  duration: number;
  /** Turns per conversation: uniform in [min, max]. */
  turns: [number, number];
  /** Think time between turns, seconds: uniform in [min, max]. */
  thinkTime: [number, number];
  /** Bounds of one SSE stream's duration (first token to last), seconds. */
  streamTime: [number, number];
  /** Share of conversations that use WebSocket instead of SSE. */
  websocketShare: number;
  /** Probability that a WebSocket session drops and reconnects between turns. */
  reconnectRate: number;
  /** Share of IPv4 clients behind a shared NAT address (several users, one IP). */
  natShare: number;
  /** Share of clients that send only an API key (no conversation id). */
  apiKeyShare: number;
  /** Share of clients that send X-Session-ID instead of X-Conversation-ID. */
  sessionIdShare: number;
  /** Share of clients on IPv6. */
  ipv6Share: number;
  /** Keep-alive: turns reuse the connection when the previous one is still open. */
  keepAlive: boolean;
  /** Seconds a browser keeps an idle keep-alive connection open after a stream ends. */
  keepAliveIdle: number;
  /** Member failures: member address, down at, up at (seconds). */
  failures: { member: string; down: number; up: number }[];
  /** Member drains: disabled at `from` (persistent traffic still allowed), enabled at `to`. */
  drains: { member: string; from: number; to: number }[];
}

export const AI_CHAT_DEFAULTS: AiChatOptions = {
  seed: 1,
  conversations: 200,
  duration: 3600,
  turns: [2, 8],
  thinkTime: [5, 120],
  streamTime: [1, 600],
  websocketShare: 0.2,
  reconnectRate: 0.2,
  natShare: 0.2,
  apiKeyShare: 0.1,
  sessionIdShare: 0.1,
  ipv6Share: 0.2,
  keepAlive: true,
  keepAliveIdle: 60,
  failures: [],
  drains: [],
};

/** mulberry32: small, fast, good enough for traffic shapes, and reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed for conversation `n` of run `seed` (so each conversation is independent of the others). */
function mix(seed: number, n: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const round = (t: number) => Math.round(t * 1000) / 1000;

// ---- addresses ---------------------------------------------------------------------------------------

/**
 * Direct IPv4 clients: 10.128.0.0/9 (private, far from the pool's 10.0.x members), 254 hosts per /24
 * (no .0 or .255), 8,355,840 distinct addresses before they repeat.
 */
export function directIPv4(n: number): string {
  const perNet = 254;
  const net = Math.floor(n / perNet) % 32768;
  return `10.${128 + (net >> 8)}.${net & 255}.${(n % perNet) + 1}`;
}

/** Direct IPv6 clients: 2001:db8::/32 (documentation), one /64 per client, 2^32 of them. */
export function directIPv6(n: number): string {
  const hi = Math.floor(n / 65536) % 65536;
  const lo = n % 65536;
  return `2001:db8:${hi.toString(16)}:${lo.toString(16)}::${((n * 2654435761) >>> 16 & 0xffff).toString(16) || '1'}`;
}

/** Shared NAT addresses: TEST-NET-1, -2 and -3 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.128/25), 635 of them. */
export function natIPv4(k: number): string {
  const n = k % 635;
  if (n < 254) return `192.0.2.${n + 1}`;
  if (n < 508) return `198.51.100.${n - 253}`;
  return `203.0.113.${n - 508 + 128}`;
}

const hostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

// ---- one conversation --------------------------------------------------------------------------------

const SSE_PATHS = ['/v1/chat/completions', '/v1/chat/completions', '/v1/responses', '/v1/stream?model=gpt-4o', '/chat/completions'];
const MODELS = ['gpt-4o', 'gpt-4.1-mini', 'o3', 'o4-mini'];

/** A WebSocket key as RFC 6455 §4.1 has clients make it: 16 random bytes, base64 (24 characters). */
function webSocketKey(r: () => number): string {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) b[i] = Math.floor(r() * 256);
  return b.toString('base64');
}

/** Log-normal with the given median and spread (sigma of the underlying normal). */
function logNormal(r: () => number, median: number, sigma: number): number {
  const u = Math.max(r(), 1e-12);
  const v = r();
  return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}

/** Something in the merge: its next event's time and line, and a way to move on. */
interface Source {
  /** Tie-break for events at the same time: member changes first, then by conversation. */
  readonly order: number;
  time(): number;
  line(): string;
  /** Moves to the next event; false at the end. */
  advance(): boolean;
}

const CLOSE = 0;
const SSE_REQUEST = 1;
const SSE_RESPONSE = 2;
const WS_REQUEST = 3;
const WS_RESPONSE = 4;
const SLOTS = 4;

/**
 * Conversation `index`: its events in time order, produced one turn at a time into a few reused slots
 * of plain numbers and strings. Lines are built only when written, so what waits in the merge for its
 * time (often a think time, tens of thousands of lines later) is this object and nothing else: the
 * long-lived heap grows with active conversations, not with events.
 */
class Conversation implements Source {
  private readonly r: () => number;
  private t: number;
  private turn = 0;
  private readonly turns: number;
  private readonly ip: string;
  private readonly natted: boolean;
  private port: number;
  private conn = '';
  private client = '';
  private connOpenUntil = -1;
  private readonly ws: boolean;
  private readonly browser: boolean;
  private readonly id: [string, string] | null;
  private readonly key: [string, string];
  private readonly wsPath: string;
  private connSeq = 0;
  private done = false;
  private readonly name: string;
  // Pending events: a ring of SLOTS.
  private head = 0;
  private count = 0;
  private readonly at = new Float64Array(SLOTS);
  private readonly kind = new Int8Array(SLOTS);
  private readonly a = new Float64Array(SLOTS);
  private readonly b = new Float64Array(SLOTS);
  private readonly conns: string[] = new Array<string>(SLOTS).fill('');
  private readonly clients: string[] = new Array<string>(SLOTS).fill('');

  constructor(
    readonly order: number,
    private readonly index: number,
    start: number,
    private readonly o: AiChatOptions,
    natCount: number,
    keyCount: number,
  ) {
    const r = (this.r = rng(mix(o.seed, index)));
    this.t = start;
    this.name = `c${index}`;
    this.turns = Math.max(1, Math.round(o.turns[0] + r() * (o.turns[1] - o.turns[0])));
    const kind = r();
    const apiOnly = kind < o.apiKeyShare;
    // API-key clients are mostly servers behind a NAT gateway; people are behind NAT at natShare.
    const v6 = !apiOnly && r() < o.ipv6Share;
    this.natted = !v6 && r() < (apiOnly ? 0.8 : o.natShare);
    this.ip = v6 ? directIPv6(index) : this.natted ? natIPv4(Math.floor(r() * natCount)) : directIPv4(index);
    this.port = 32768 + Math.floor(r() * 28000);
    const tag = `${index.toString(36)}-${Math.floor(r() * 2 ** 31).toString(36)}`;
    this.id = apiOnly ? null : kind < o.apiKeyShare + o.sessionIdShare ? ['X-Session-ID', `sess-${tag}`] : ['X-Conversation-ID', `conv-${tag}`];
    // A few keys per application: many conversations share one key.
    const app = Math.floor(r() * keyCount);
    this.key = r() < 0.5 ? ['X-API-Key', `sk-live-${app.toString().padStart(5, '0')}`] : ['Authorization', `Bearer sk-proj-${app.toString(36).padStart(6, '0')}x${mix(o.seed, app).toString(36)}`];
    this.ws = r() < o.websocketShare;
    // Browsers cannot set headers on a WebSocket handshake: the id travels in the query string.
    this.browser = r() < (this.ws ? 0.6 : 0.5);
    this.wsPath = r() < 0.6 ? '/v1/realtime?model=gpt-4o-realtime-preview' : '/ws/chat';
    this.newConnection();
    this.step();
  }

  private newConnection(): void {
    this.conn = `${this.name}.${++this.connSeq}`;
    // A NAT gateway picks any port; a host counts up through its ephemeral range.
    this.port = this.natted ? 1024 + Math.floor(this.r() * 64000) : this.port >= 60999 ? 32768 : this.port + 1;
    this.client = hostPort(this.ip, this.port);
  }

  private push(t: number, kind: number, a = 0, b = 0): void {
    const i = (this.head + this.count++) % SLOTS;
    this.at[i] = round(t);
    this.kind[i] = kind;
    this.a[i] = a;
    this.b[i] = b;
    this.conns[i] = this.conn;
    this.clients[i] = this.client;
  }

  time(): number {
    return this.at[this.head]!;
  }

  advance(): boolean {
    this.head = (this.head + 1) % SLOTS;
    this.count--;
    while (this.count === 0 && !this.done) this.step();
    return this.count > 0;
  }

  line(): string {
    const i = this.head;
    const t = this.at[i]!;
    const conn = this.conns[i]!;
    const a = this.a[i]!;
    const b = this.b[i]!;
    switch (this.kind[i]) {
      case CLOSE:
        return JSON.stringify({ t, close: conn });
      case SSE_REQUEST: {
        const path = SSE_PATHS[a]!;
        const model = MODELS[b % 8]!;
        const turn = Math.floor(b / 8);
        const body = path.startsWith('/v1/responses')
          ? `{"model":"${model}","stream":true,"input":"turn ${turn}"}`
          : `{"model":"${model}","stream":true,"messages":[{"role":"user","content":"turn ${turn}"}]}`;
        const headers = [['Host', 'api.example'], ['Content-Type', 'application/json'], ['Accept', 'text/event-stream'], this.id ?? this.key];
        return JSON.stringify({ t, conn, client: this.clients[i], method: 'POST', uri: path, headers, body, conversation: this.name });
      }
      case SSE_RESPONSE:
        return JSON.stringify({
          t,
          conn,
          response: { status: 200, headers: [['Content-Type', 'text/event-stream'], ['Cache-Control', 'no-cache'], ['X-Tokens', String(a)], ['X-Time-To-First-Token-Ms', String(b)]] },
        });
      case WS_REQUEST: {
        const uri = this.browser && this.id ? `${this.wsPath}${this.wsPath.includes('?') ? '&' : '?'}conversation_id=${encodeURIComponent(this.id[1])}` : this.wsPath;
        const extra = this.browser ? ['Origin', 'https://chat.example'] : (this.id ?? this.key);
        // A fresh nonce per handshake, from this conversation's seed and the connection number.
        const key = webSocketKey(rng(mix(this.o.seed ^ 0x5bd1e995, this.index * 64 + a)));
        const headers = [['Host', 'api.example'], ['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Sec-WebSocket-Key', key], ['Sec-WebSocket-Version', '13'], extra];
        return JSON.stringify({ t, conn, client: this.clients[i], method: 'GET', uri, headers, conversation: this.name });
      }
      default:
        return JSON.stringify({ t, conn, response: { status: 101, headers: [['Upgrade', 'websocket'], ['Connection', 'Upgrade']] } });
    }
  }

  /** Produces the events of the next turn (or the session's end). */
  private step(): void {
    if (this.ws) this.webSocketTurn();
    else this.sseTurn();
  }

  private sseTurn(): void {
    const { r, o } = this;
    if (this.turn >= this.turns) {
      this.push(Math.min(this.connOpenUntil, this.t + 5), CLOSE);
      this.done = true;
      return;
    }
    if (this.turn > 0) {
      this.t += o.thinkTime[0] + r() * (o.thinkTime[1] - o.thinkTime[0]);
      if (!o.keepAlive || this.t > this.connOpenUntil) {
        this.push(Math.max(this.connOpenUntil, this.t - 0.001), CLOSE);
        this.newConnection();
      }
    }
    this.turn++;
    const path = Math.floor(r() * SSE_PATHS.length);
    const model = Math.floor(r() * MODELS.length);
    const reasoning = MODELS[model]!.startsWith('o') && r() < 0.5;
    // Time to first token: about half a second, tens of seconds for a reasoning model; then tokens.
    const ttft = reasoning ? 2 + logNormal(r, 15, 0.8) : logNormal(r, 0.5, 0.6);
    const tokens = Math.min(8000, Math.max(5, Math.round(logNormal(r, 350, 0.9))));
    const gap = 0.015 + r() * 0.04;
    const stream = Math.min(o.streamTime[1], Math.max(o.streamTime[0], ttft + tokens * gap));
    this.push(this.t, SSE_REQUEST, path, model + 8 * this.turn);
    this.push(this.t + Math.min(ttft, stream), SSE_RESPONSE, tokens, Math.round(ttft * 1000));
    this.t += stream;
    // Browsers keep an idle connection open for a while after the stream ends.
    this.connOpenUntil = this.t + o.keepAliveIdle;
  }

  private handshake(): void {
    this.push(this.t, WS_REQUEST, this.connSeq);
    this.push(this.t + 0.02, WS_RESPONSE);
  }

  private webSocketTurn(): void {
    const { r, o } = this;
    // One session: the upgrade, frames (not HTTP events) while it lasts, reconnects between turns.
    if (this.turn === 0) {
      this.handshake();
      this.turn = 1;
      return;
    }
    if (this.turn >= this.turns) {
      this.push(this.t + o.streamTime[0] + r() * 20, CLOSE);
      this.done = true;
      return;
    }
    this.turn++;
    this.t += o.thinkTime[0] + r() * (o.thinkTime[1] - o.thinkTime[0]) + 1 + r() * 20;
    if (r() < o.reconnectRate) {
      this.push(this.t, CLOSE);
      this.t += 0.5 + r() * 3;
      this.newConnection();
      this.handshake();
    }
  }
}

/** A member state change, as a one-event source. */
class MemberChange implements Source {
  constructor(
    readonly order: number,
    private readonly t: number,
    private readonly member: string,
    private readonly state: string,
  ) {}
  time(): number {
    return this.t;
  }
  line(): string {
    return JSON.stringify({ t: this.t, member: this.member, state: this.state });
  }
  advance(): boolean {
    return false;
  }
}

// ---- merging -----------------------------------------------------------------------------------------

/** A binary min-heap of sources by (time of their next event, order). Keys are cached per entry. */
class Heap {
  private readonly items: Source[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.items.length;
  }
  peekTime(): number {
    return this.keys[0] ?? Infinity;
  }
  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && this.items[i]!.order < this.items[j]!.order);
  }
  private swap(i: number, j: number): void {
    const s = this.items[i]!;
    this.items[i] = this.items[j]!;
    this.items[j] = s;
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
  }
  push(s: Source): void {
    this.items.push(s);
    this.keys.push(s.time());
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): Source | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    const lastKey = this.keys.pop();
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      this.keys[0] = lastKey!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.less(l, m)) m = l;
        if (r < this.items.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** The traffic as JSON Lines, one line at a time, in time order. */
export function* generateAiChatLines(options: Partial<AiChatOptions> = {}): Generator<string> {
  const o = { ...AI_CHAT_DEFAULTS, ...options };
  const n = Math.floor(o.conversations);
  const natCount = Math.max(3, Math.min(635, Math.ceil((n * o.natShare) / 40)));
  const keyCount = Math.max(2, Math.ceil((n * o.apiKeyShare) / 25));
  const heap = new Heap();
  let order = 0;
  for (const f of o.failures) {
    heap.push(new MemberChange(order++, round(f.down), f.member, 'down'));
    heap.push(new MemberChange(order++, round(f.up), f.member, 'up'));
  }
  for (const d of o.drains) {
    heap.push(new MemberChange(order++, round(d.from), d.member, 'disabled'));
    heap.push(new MemberChange(order++, round(d.to), d.member, 'up'));
  }
  const base = order;
  const startR = rng(mix(o.seed, -1));
  // Conversation c starts in [c, c+1) * duration/n: in order, spread over the window.
  const startOf = (c: number) => round(((c + startR()) * o.duration) / n);
  let nextConv = 0;
  let nextStart = n > 0 ? startOf(0) : Infinity;
  for (;;) {
    while (nextConv < n && nextStart <= heap.peekTime()) {
      heap.push(new Conversation(base + nextConv, nextConv, nextStart, o, natCount, keyCount));
      nextConv++;
      nextStart = nextConv < n ? startOf(nextConv) : Infinity;
    }
    const top = heap.pop();
    if (!top) return;
    yield top.line();
    if (top.advance()) heap.push(top);
  }
}

/** The whole traffic as lines (small runs and tests; the CLI streams generateAiChatLines). */
export function generateAiChat(options: Partial<AiChatOptions> = {}): string[] {
  return [...generateAiChatLines(options)];
}
