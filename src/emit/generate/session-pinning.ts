// `irule new session-pinning`: a conversation-pinning iRule generated from a few choices. A pure
// function of its options; the defaults give the behaviour of rules/ai-stream-pin-hardened.tcl
// (test/generate/ replays that rule's golden fixtures against the generated text), and docs/pinning.md
// explains each choice.

/** Where a persistence key may come from, tried in order. */
export type IdSource =
  | { kind: 'header'; name: string }
  | { kind: 'query'; name: string }
  | { kind: 'cookie'; name: string }
  | { kind: 'apikey'; name: string }
  /** The token of an `Authorization: Bearer ...` header (NAME is the header, usually Authorization). */
  | { kind: 'bearer'; name: string }
  /** A claim (NAME, e.g. sub) of the JWT in `Authorization: Bearer ...`, read without verifying it. */
  | { kind: 'jwt'; name: string }
  | { kind: 'client-ip' };

export type LogOption = { mode: 'none' } | { mode: 'sample'; interval: number; budget: number } | { mode: 'hsl'; pool: string };

export interface SessionPinningOptions {
  /** Endpoints to pin. `/chat` means `/chat`, `/chat/...` and `/chat;...`; `/ws/` means everything under `/ws/`. */
  paths: string[];
  /** Identifier sources in order; the first that yields a valid identifier wins. */
  ids: IdSource[];
  /** Persistence idle timeout in seconds. */
  timeout: number;
  /** Prefix of the observability headers (`<prefix>Session-Pinning`, ...), or null for none. */
  headerPrefix: string | null;
  /** How an API key becomes a persistence key. */
  hash: 'sha256' | 'none';
  log: LogOption;
}

const DEFAULT_HSL_POOL = '/Common/syslog_pool';

export const SESSION_PINNING_DEFAULTS: Readonly<SessionPinningOptions> = Object.freeze({
  paths: ['/ws/', '/chat', '/v1/stream', '/v1/chat/completions', '/v1/responses', '/v1/realtime'],
  ids: [
    { kind: 'header', name: 'X-Conversation-ID' },
    { kind: 'query', name: 'conversation_id' },
    { kind: 'header', name: 'X-Session-ID' },
    { kind: 'apikey', name: 'X-API-Key' },
    { kind: 'client-ip' },
  ],
  timeout: 1800,
  headerPrefix: 'X-AI-',
  hash: 'sha256',
  log: { mode: 'sample', interval: 60, budget: 100 },
} satisfies SessionPinningOptions);

/** Identifiers taken from the client: length and characters checked before use. */
const ID_PATTERN = '^[A-Za-z0-9._:-]{1,128}$';
/** A credential used as is (`hash: none`): longer values and base64 characters allowed (255 is Tcl's largest bound). */
const RAW_KEY_PATTERN = '^[A-Za-z0-9._:~+/=-]{1,255}$';

/** Options the generator refuses, with a message naming the option. */
export class GenerateError extends Error {}

// ---- parsing the command-line spellings ----------------------------------------------------------

/** `header:X-Conversation-ID,query:conversation_id,cookie:sid,apikey:X-API-Key,client-ip` */
export function parseIdSources(spec: string): IdSource[] {
  const out: IdSource[] = [];
  for (const raw of spec.split(',').map((s) => s.trim())) {
    if (raw === '') continue;
    if (raw === 'client-ip') {
      out.push({ kind: 'client-ip' });
      continue;
    }
    const colon = raw.indexOf(':');
    const kind = colon < 0 ? raw : raw.slice(0, colon);
    const name = colon < 0 ? '' : raw.slice(colon + 1);
    if (kind !== 'header' && kind !== 'query' && kind !== 'cookie' && kind !== 'apikey' && kind !== 'bearer' && kind !== 'jwt') {
      throw new GenerateError(`--ids: unknown source "${raw}": expected header:NAME, query:NAME, cookie:NAME, apikey:HEADER, bearer:HEADER, jwt:CLAIM or client-ip`);
    }
    if (name === '') {
      const example = { query: 'conversation_id', cookie: 'sid', bearer: 'Authorization', jwt: 'sub', header: 'X-Session-ID', apikey: 'X-API-Key' }[kind];
      throw new GenerateError(`--ids: "${raw}" needs a name after the colon (e.g. ${kind}:${example})`);
    }
    out.push({ kind, name });
  }
  return out;
}

/** `none`, `sample`, `hsl` or `hsl:POOL`. */
export function parseLogOption(spec: string): LogOption {
  if (spec === 'none') return { mode: 'none' };
  if (spec === 'sample') return { mode: 'sample', interval: 60, budget: 100 };
  if (spec === 'hsl') return { mode: 'hsl', pool: DEFAULT_HSL_POOL };
  if (spec.startsWith('hsl:')) return { mode: 'hsl', pool: spec.slice(4) };
  throw new GenerateError(`--log: expected none, sample, hsl or hsl:POOL, got "${spec}"`);
}

export function parsePaths(spec: string): string[] {
  return spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** The spelling of an option set on the command line (for the generated rule's header). */
export function commandLine(o: SessionPinningOptions): string {
  const ids = o.ids.map(sourceLabel).join(',');
  const log = o.log.mode === 'hsl' ? `hsl:${o.log.pool}` : o.log.mode;
  const headers = o.headerPrefix === null ? '--no-headers' : `--header-prefix ${o.headerPrefix}`;
  return `irule new session-pinning --paths ${o.paths.join(',')} --ids ${ids} --timeout ${o.timeout} ${headers} --hash ${o.hash} --log ${log}`;
}

export function sourceLabel(s: IdSource): string {
  return s.kind === 'client-ip' ? 'client-ip' : `${s.kind}:${s.name}`;
}

// ---- validation ----------------------------------------------------------------------------------

// Everything placed in the rule text is limited to characters that mean nothing to Tcl or to glob
// matching inside a double-quoted word: no $ [ ] { } \ " * ? or blanks.
const PATH = /^\/[A-Za-z0-9._~!&'()+,=:@%/-]*$/;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const QUERY_NAME = /^[A-Za-z0-9._~-]+$/;
const COOKIE_NAME = /^[A-Za-z0-9!#%&'*+.^_`|~-]+$/;
/** A JWT claim name placed inside a regular expression and a double-quoted word: nothing special. */
const CLAIM_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const PREFIX = /^[A-Za-z][A-Za-z0-9-]*$/;
const POOL = /^[A-Za-z0-9_./-]+$/;
/** BIG-IP's largest persistence timeout is a 32-bit count of seconds; a year is plenty. */
const MAX_TIMEOUT = 31_536_000;

function validate(o: SessionPinningOptions): void {
  if (o.paths.length === 0) throw new GenerateError('--paths: give at least one path');
  for (const p of o.paths) {
    if (!PATH.test(p)) throw new GenerateError(`--paths: "${p}" must start with "/" and use only letters, digits and . _ ~ ! & ' ( ) + , = : @ % / - (no glob characters, quotes, braces, semicolons or blanks)`);
  }
  if (o.ids.length === 0) throw new GenerateError('--ids: give at least one identifier source');
  const seen = new Set<string>();
  o.ids.forEach((s, i) => {
    const label = sourceLabel(s).toLowerCase();
    if (seen.has(label)) throw new GenerateError(`--ids: "${sourceLabel(s)}" is listed twice`);
    seen.add(label);
    if (s.kind === 'client-ip') {
      if (i !== o.ids.length - 1) throw new GenerateError('--ids: client-ip always yields a key, so it must be the last source');
      return;
    }
    const ok = s.kind === 'query' ? QUERY_NAME : s.kind === 'cookie' ? COOKIE_NAME : s.kind === 'jwt' ? CLAIM_NAME : HEADER_NAME;
    const what = s.kind === 'query' ? 'query parameter' : s.kind === 'cookie' ? 'cookie' : s.kind === 'jwt' ? 'JWT claim' : 'header';
    if (!ok.test(s.name) || s.name.length > 128) throw new GenerateError(`--ids: "${s.name}" is not a valid ${what} name for this generator`);
  });
  if (!Number.isInteger(o.timeout) || o.timeout < 1 || o.timeout > MAX_TIMEOUT) throw new GenerateError(`--timeout: expected whole seconds from 1 to ${MAX_TIMEOUT}, got ${o.timeout}`);
  if (o.headerPrefix !== null) {
    if (!PREFIX.test(o.headerPrefix)) throw new GenerateError(`--header-prefix: "${o.headerPrefix}" must be a header-name prefix such as X-AI- (letters, digits and -)`);
    const owned = ownedHeaders(o.headerPrefix).map((h) => h.toLowerCase());
    for (const s of o.ids) {
      if ((s.kind === 'header' || s.kind === 'apikey' || s.kind === 'bearer') && owned.includes(s.name.toLowerCase())) {
        throw new GenerateError(`--header-prefix: the rule removes client copies of ${s.name}, so it cannot also be an identifier source`);
      }
    }
  }
  if (o.hash !== 'sha256' && o.hash !== 'none') throw new GenerateError(`--hash: expected sha256 or none, got "${String(o.hash)}"`);
  if (o.log.mode === 'hsl' && !POOL.test(o.log.pool)) throw new GenerateError(`--log: "${o.log.pool}" is not a pool name (letters, digits and _ . / -)`);
  if (o.log.mode === 'sample') {
    if (!Number.isInteger(o.log.interval) || o.log.interval < 1) throw new GenerateError('log sampling interval must be a whole number of seconds');
    if (!Number.isInteger(o.log.budget) || o.log.budget < 1) throw new GenerateError('log budget must be a whole number of lines');
  }
}

function ownedHeaders(prefix: string): [string, string, string] {
  return [`${prefix}Session-Pinning`, `${prefix}Conversation-ID`, `${prefix}Pin-Source`];
}

// ---- the rule text -------------------------------------------------------------------------------

/** Glob patterns for `switch -glob` matching one endpoint with path boundaries. */
export function pathPatterns(path: string): string[] {
  if (path.endsWith('/')) return [`${path}*`];
  return [path, `${path}/*`, `${path};*`];
}

function indent(lines: string[], depth: number): string[] {
  const pad = '    '.repeat(depth);
  return lines.map((l) => (l === '' ? '' : pad + l));
}

type SecretSource = { kind: 'apikey' | 'cookie' | 'bearer' | 'jwt'; name: string };

/**
 * Cookie values are bearer credentials (session cookies) just like API keys and bearer tokens: never
 * shown as is. A JWT claim such as sub names a person: hashed the same way.
 */
function isSecret(s: IdSource): s is SecretSource {
  return s.kind === 'apikey' || s.kind === 'cookie' || s.kind === 'bearer' || s.kind === 'jwt';
}

/** A JWT's claim NAME into `claim`, when the request has one bearer token whose payload holds it as a string. */
function jwtClaimLines(also: string, claim: string): string[] {
  return [
    `if { ${also}[HTTP::header count "Authorization"] == 1 && [string tolower [string range [HTTP::header value "Authorization"] 0 6]] eq "bearer " } {`,
    '    # The claims are the second dot-separated part of the token, base64url without padding',
    '    # (RFC 7519, RFC 4648 5). The signature is not checked: a forged claim only moves its own requests.',
    '    set claims [string map {- + _ /} [lindex [split [string trim [string range [HTTP::header value "Authorization"] 7 end]] "."] 1]]',
    '    append claims [string repeat "=" [expr { (4 - [string length $claims] % 4) % 4 }]]',
    `    if { [catch { b64decode $claims } payload] == 0 && [regexp {"${claim}"\\s*:\\s*"([^"]{1,255})"} $payload -> claim] } {`,
  ];
}

/** How a generated rule reads each source and what it may show of the key. */
interface Emit {
  hash: 'sha256' | 'none';
  /** Headers or logs show `$shown`, set by every source, instead of `$key` (unhashed credentials). */
  shown: boolean;
}

/** Reads an identifier into `id` and takes it when valid; wrapped in `if { guard }` unless guard is null. */
function validIdBlock(getter: string, s: IdSource, guard: string | null, e: Emit): string[] {
  const inner = [
    `set id ${getter}`,
    `if { [regexp {${ID_PATTERN}} $id] } {`,
    '    set key $id',
    ...(e.shown ? ['    set shown $id'] : []),
    `    set pin_source "${sourceLabel(s)}"`,
    '}',
  ];
  return guard === null ? inner : [`if { ${guard} } {`, ...indent(inner, 1), '}'];
}

function secretBlock(s: SecretSource, also: string, e: Emit): string[] {
  if (s.kind === 'jwt') return jwtBlock(s, also, e);
  const read =
    s.kind === 'apikey' ? `[HTTP::header value "${s.name}"]`
      : s.kind === 'bearer' ? `[string trim [string range [HTTP::header value "${s.name}"] 7 end]]`
        : `[HTTP::cookie value "${s.name}"]`;
  // Exactly one copy of a header: duplicates of a single-valued header are ambiguous (RFC 9110 5.3).
  // The auth scheme is case-insensitive (RFC 9110 11.1); the token follows "Bearer " (RFC 6750 2.1).
  const present =
    s.kind === 'apikey' ? `[HTTP::header count "${s.name}"] == 1 && ${read} ne ""`
      : s.kind === 'bearer' ? `[HTTP::header count "${s.name}"] == 1 && [string tolower [string range [HTTP::header value "${s.name}"] 0 6]] eq "bearer " && ${read} ne ""`
        : `${read} ne ""`;
  if (e.hash === 'sha256') {
    return [
      `if { ${also}${present} } {`,
      '    # 128 bits of the digest: unique enough for a persistence key, and the credential cannot be',
      '    # read back from the persistence table, the headers sent to the servers or the log.',
      `    binary scan [sha256 ${read}] H32 digest`,
      `    set key "${s.kind}:$digest"`,
      ...(e.shown ? [`    set shown "${s.kind}:$digest"`] : []),
      `    set pin_source "${sourceLabel(s)}"`,
      '}',
    ];
  }
  return [
    `if { ${also}${present} } {`,
    '    # --hash none: the credential itself is the persistence key; headers and logs never show it.',
    `    set secret ${read}`,
    `    if { [regexp {${RAW_KEY_PATTERN}} $secret] } {`,
    `        set key "${s.kind}:$secret"`,
    ...(e.shown ? ['        set shown "redacted"'] : []),
    `        set pin_source "${sourceLabel(s)}"`,
    '    }',
    '}',
  ];
}

function jwtBlock(s: SecretSource, also: string, e: Emit): string[] {
  const take =
    e.hash === 'sha256'
      ? ['        binary scan [sha256 $claim] H32 digest', `        set key "jwt:${s.name}:$digest"`, ...(e.shown ? [`        set shown "jwt:${s.name}:$digest"`] : [])]
      : [`        if { [regexp {${ID_PATTERN}} $claim] } {`, `            set key "jwt:${s.name}:$claim"`, ...(e.shown ? ['            set shown "redacted"'] : []), '        }'];
  return [...jwtClaimLines(also, s.name), ...take, ...(e.hash === 'sha256' ? [`        set pin_source "${sourceLabel(s)}"`] : [`        if { $key ne "" } { set pin_source "${sourceLabel(s)}" }`]), '    }', '}'];
}

function sourceBlock(s: IdSource, first: boolean, e: Emit): string[] {
  const also = first ? '' : '$key eq "" && ';
  if (isSecret(s)) return secretBlock(s, also, e);
  switch (s.kind) {
    case 'header':
      // Exactly one copy: duplicates of a single-valued header are ambiguous (RFC 9110 5.3).
      return validIdBlock(`[HTTP::header value "${s.name}"]`, s, `${also}[HTTP::header count "${s.name}"] == 1`, e);
    case 'query':
      return validIdBlock(`[URI::query [HTTP::uri] "${s.name}"]`, s, first ? null : '$key eq ""', e);
    case 'client-ip': {
      const lines = ['set key [IP::client_addr]', ...(e.shown ? ['set shown [IP::client_addr]'] : []), 'set pin_source "client-ip"'];
      return first ? lines : ['if { $key eq "" } {', ...indent(lines, 1), '}'];
    }
  }
}

function describeSource(s: IdSource, hash: 'sha256' | 'none'): string {
  switch (s.kind) {
    case 'header':
      return `the ${s.name} header (exactly one copy)`;
    case 'query':
      return `the ${s.name} query parameter (browsers cannot add headers to WebSocket or EventSource requests)`;
    case 'cookie':
      return hash === 'sha256'
        ? `the ${s.name} cookie, as "cookie:" and 32 hex digits of its SHA-256 (a session cookie is a credential)`
        : `the ${s.name} cookie as is (--hash none: the credential sits in the persistence table)`;
    case 'apikey':
      return hash === 'sha256'
        ? `the ${s.name} header, as "apikey:" and 32 hex digits of its SHA-256, never the key itself`
        : `the ${s.name} header as is (--hash none: the key sits in the persistence table)`;
    case 'bearer':
      return hash === 'sha256'
        ? `the bearer token of the ${s.name} header, as "bearer:" and 32 hex digits of its SHA-256`
        : `the bearer token of the ${s.name} header as is (--hash none: the token sits in the persistence table)`;
    case 'jwt':
      return hash === 'sha256'
        ? `the "${s.name}" claim of the JWT bearer token (not verified), as "jwt:${s.name}:" and 32 hex digits of its SHA-256`
        : `the "${s.name}" claim of the JWT bearer token (not verified) as is, when it is a valid identifier`;
    case 'client-ip':
      return 'the client address';
  }
}

/** The rule text for a set of choices (missing ones take SESSION_PINNING_DEFAULTS). */
export function generateSessionPinning(options: Partial<SessionPinningOptions> = {}): string {
  const o: SessionPinningOptions = { ...SESSION_PINNING_DEFAULTS, ...options };
  validate(o);
  const hasClientIp = o.ids.some((s) => s.kind === 'client-ip');
  // With --hash none the key may be a credential: headers and logs then show $shown, which every
  // source sets without reading a credential (so no value flows from one to the other).
  const rawKey = o.hash === 'none' && o.ids.some(isSecret) && (o.headerPrefix !== null || o.log.mode !== 'none');
  const emit: Emit = { hash: o.hash, shown: rawKey };
  const shown = rawKey ? '$shown' : '$key';
  const head: string[] = [
    '# Session pinning: every request of one conversation goes to the same pool member, by universal',
    '# persistence on an identifier the client sends.',
    `# Generated by: ${commandLine(o)}`,
    '#',
    '# Needs on the virtual server: an HTTP profile, a universal persistence profile naming this rule,',
    '# and a OneConnect profile (without it BIG-IP persists only the first request of a keep-alive',
    '# connection, whatever key later requests carry).',
    '#',
    '# Key, first source that gives a valid one wins:',
    ...o.ids.map((s, i) => `#   ${i + 1}. ${describeSource(s, o.hash)}`),
    `# Identifiers are valid when they match ${ID_PATTERN}; an invalid one is skipped, not refused.`,
    ...(hasClientIp ? [] : ['# A request with none of them is load-balanced without persistence.']),
    '# Sec-WebSocket-Key is never a key: it is a fresh random nonce on every handshake (RFC 6455 4.1),',
    '# so a record keyed on it is never found again.',
    '',
  ];

  const out: string[] = [...head];
  if (o.log.mode === 'hsl') {
    out.push(
      'when CLIENT_ACCEPTED {',
      `    set aipin_hsl [HSL::open -proto UDP -pool "${o.log.pool}"]`,
      '}',
      '',
    );
  }

  const body: string[] = [];
  if (o.headerPrefix !== null) {
    const [a, b, c] = ownedHeaders(o.headerPrefix);
    body.push(
      `# The ${o.headerPrefix} headers below are this rule's: drop client-sent copies on every request, so the`,
      '# servers never see a forged value next to (or instead of) the one inserted here.',
      `HTTP::header remove "${a}"`,
      `HTTP::header remove "${b}"`,
      `HTTP::header remove "${c}"`,
      '',
    );
  }
  body.push(
    '# HTTP::path is the raw request target; for an absolute-form target (http://host/path) it',
    '# holds the whole URI, so keep only what follows the authority.',
    'set path [HTTP::path]',
    'if { not ($path starts_with "/") } {',
    '    if { not [regexp {^[A-Za-z][A-Za-z0-9+.-]*://[^/]*(/.*)?$} $path -> path] } {',
    '        return',
    '    }',
    '}',
    '',
    `# Pinned endpoints, with path boundaries: ${o.paths.map((p) => (p.endsWith('/') ? `${p}...` : `${p}, ${p}/...`)).join('; ')}`,
    '# (a ";param" suffix counts as the endpoint).',
    'switch -glob -- $path {',
  );
  // A pattern a broader one already covers (`/api/chat` under `/*`) could never match: leave it out.
  const all = [...new Set(o.paths.flatMap(pathPatterns))];
  const patterns = all.filter((p) => !all.some((q) => q !== p && q.endsWith('*') && p.startsWith(q.slice(0, -1))));
  patterns.forEach((p, i) => {
    if (i < patterns.length - 1) body.push(`    "${p}" -`);
    else body.push(`    "${p}" {`, '        # pinned: go on below', '    }');
  });
  body.push('    default {', '        return', '    }', '}', '');

  if (o.ids[0]!.kind !== 'client-ip') body.push('set key ""', 'set pin_source ""');
  o.ids.forEach((s, i) => body.push(...sourceBlock(s, i === 0, emit)));
  if (!hasClientIp) body.push('if { $key eq "" } {', '    # no identifier: load-balance this request without persistence', '    return', '}');
  body.push('', `persist uie $key ${o.timeout}`);

  if (o.headerPrefix !== null) {
    const [a, b, c] = ownedHeaders(o.headerPrefix);
    body.push('', `HTTP::header insert "${a}" "enabled"`, `HTTP::header insert "${b}" ${shown}`, `HTTP::header insert "${c}" $pin_source`);
  }

  const message = `AI_STREAM_PIN source=$pin_source key=${shown} path=$path client=[IP::client_addr]`;
  if (o.log.mode === 'sample') {
    body.push(
      '',
      `# Sampled logging: one line per key per ${o.log.interval} s and at most ${o.log.budget} lines a minute, so a busy`,
      '# conversation or a flood of new keys cannot flood /var/log/ltm. The path only: query strings may',
      '# carry tokens.',
      'if { [table lookup -notouch -subtable aipin_logged -- $key] eq "" } {',
      '    set minute [expr { [clock seconds] / 60 }]',
      `    if { [table incr -notouch -subtable aipin_log_budget $minute] <= ${o.log.budget} } {`,
      `        table set -subtable aipin_logged -- $key 1 indefinite ${o.log.interval}`,
      `        log local0. "${message}"`,
      '    }',
      '}',
    );
  } else if (o.log.mode === 'hsl') {
    body.push(
      '',
      '# Every pinning decision to the remote log servers (HSL is not limited like /var/log/ltm).',
      '# The path only: query strings may carry tokens. <134> is local0.info.',
      `HSL::send $aipin_hsl "<134>${message}"`,
    );
  }

  out.push('when HTTP_REQUEST {', ...indent(body, 1), '}');
  // The blocks above are written at 4 spaces a level; the printer's canonical layout (`irule fmt`)
  // has 2, so the rule is emitted already formatted.
  return out.map((l) => l.replace(/\s+$/, '').replace(/^ +/, (m) => ' '.repeat(m.length / 2))).join('\n') + '\n';
}
