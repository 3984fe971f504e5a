// What a conversation is (the scenario's `conversation:` field, docs/pinning.md "Pin continuity"):
// a list of sources tried in order on each request as the client sent it, before any rule ran.
//   header:NAME       the value of request header NAME (exactly one copy; several copies are ambiguous)
//   cookie:NAME       the value of cookie NAME in the Cookie header(s)
//   query:NAME        the (percent-decoded) value of query parameter NAME
//   field             the traffic's own `conversation` field (ground truth written by `irule traffic`)
//   persistence-key   the persistence key the rule chose (mode:key), when nothing else says
// Without the field, [field, persistence-key] is used: generated traffic is measured per real
// conversation, and hand-written traffic per persistence key (the summary says which basis was used).

export type ConversationSource =
  | { kind: 'header' | 'cookie' | 'query'; name: string }
  | { kind: 'field' }
  | { kind: 'persistence-key' };

export const DEFAULT_CONVERSATION: readonly ConversationSource[] = [{ kind: 'field' }, { kind: 'persistence-key' }];

const SOURCE = /^(?:(header|cookie|query):(.+)|(field|persistence-key))$/;

/** Parse one `conversation:` entry; null when it is not one (the schema gives the message). */
export function parseConversationSource(text: string): ConversationSource | null {
  const m = SOURCE.exec(text.trim());
  if (!m) return null;
  if (m[3]) return { kind: m[3] as 'field' | 'persistence-key' };
  return { kind: m[1] as 'header' | 'cookie' | 'query', name: m[2]! };
}

export function sourceLabel(s: ConversationSource): string {
  return 'name' in s ? `${s.kind}:${s.name}` : s.kind;
}

/** The request as the conversation sources see it. */
export interface ConversationInput {
  uri: string;
  headers: readonly (readonly [string, string])[];
  conversation?: string;
}

export interface ConversationId {
  id: string;
  /** The source that yielded it (label, e.g. "header:X-Conversation-ID"). */
  by: string;
}

/**
 * The conversation a request belongs to, from the first source that yields a non-empty value; null
 * when none does. `persistence-key` is resolved later (it needs the rule's decision): it yields
 * `{ id: '', by: 'persistence-key' }` here.
 */
export function conversationOf(req: ConversationInput, sources: readonly ConversationSource[]): ConversationId | null {
  for (const s of sources) {
    let v: string | null = null;
    switch (s.kind) {
      case 'field':
        v = req.conversation ?? null;
        break;
      case 'header':
        v = singleHeader(req.headers, s.name);
        break;
      case 'cookie':
        v = cookieValue(req.headers, s.name);
        break;
      case 'query':
        v = queryValue(req.uri, s.name);
        break;
      case 'persistence-key':
        return { id: '', by: 'persistence-key' };
    }
    // The bare value: a conversation whose id travels in a header on some requests and in the query
    // on others (browser WebSockets) is still one conversation.
    if (v !== null && v !== '') return { id: v.slice(0, 512), by: sourceLabel(s) };
  }
  return null;
}

function singleHeader(headers: ConversationInput['headers'], name: string): string | null {
  const lower = name.toLowerCase();
  let found: string | null = null;
  for (const [n, v] of headers) {
    if (n.toLowerCase() !== lower) continue;
    if (found !== null) return null; // two copies: which one is meant is ambiguous
    found = v.trim();
  }
  return found;
}

function cookieValue(headers: ConversationInput['headers'], name: string): string | null {
  for (const [n, v] of headers) {
    if (n.toLowerCase() !== 'cookie') continue;
    for (const part of v.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    }
  }
  return null;
}

function queryValue(uri: string, name: string): string | null {
  const q = uri.indexOf('?');
  if (q < 0) return null;
  const hash = uri.indexOf('#', q);
  for (const part of uri.slice(q + 1, hash < 0 ? undefined : hash).split('&')) {
    const eq = part.indexOf('=');
    const k = decode(eq < 0 ? part : part.slice(0, eq));
    if (k === name) return eq < 0 ? '' : decode(part.slice(eq + 1));
  }
  return null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * Where a persistence key's text came from in the request, for explaining a new key: the header,
 * cookie or query parameter whose value the key contains, or the client address; null when the key
 * is not found verbatim (a hash, a computed value).
 */
export function keySource(key: string, req: ConversationInput, clientIp: string): string | null {
  if (key === '') return null;
  let best: { label: string; len: number } | null = null;
  const consider = (label: string, value: string) => {
    const v = value.trim();
    if (v.length < 4 && v !== key) return; // short values match too much by chance
    if ((key === v || key.includes(v)) && (!best || v.length > best.len)) best = { label, len: v.length };
  };
  for (const [n, v] of req.headers) {
    if (n.toLowerCase() === 'cookie') {
      for (const part of v.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0) consider(`cookie ${part.slice(0, eq).trim()}`, part.slice(eq + 1));
      }
    } else consider(`header ${n}`, v);
  }
  const q = req.uri.indexOf('?');
  if (q >= 0) {
    for (const part of req.uri.slice(q + 1).split('&')) {
      const eq = part.indexOf('=');
      if (eq > 0) consider(`query ${decode(part.slice(0, eq))}`, decode(part.slice(eq + 1)));
    }
  }
  if (key === clientIp || key.endsWith(clientIp)) consider('client address', clientIp);
  return best ? (best as { label: string }).label : null;
}
