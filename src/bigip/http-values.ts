// Values a rule hands to HTTP: a header name or value, a redirect location or a URI with CR, LF or
// NUL in it would split the message (response splitting). F5 documents no behaviour for them
// (HTTP::header, HTTP::respond, HTTP::redirect and HTTP::uri on clouddocs are silent), so the
// emulator does not guess what BIG-IP sends: it records the request as an error naming the value
// (docs/behaviour.md "Values a rule hands to HTTP"). Status codes outside 100-999 are refused by
// HTTP::respond itself.

import type { HeaderList, RequestEffects } from './host.js';

const UNSAFE = /[\r\n\0]/;

/** The message's header pairs and URI before the rule's events ran, to tell the rule's writes apart. */
export interface HttpSnapshot {
  pairs: Set<string>;
  uri: string | null;
}

export function snapshot(headers: HeaderList | null, uri: string | null): HttpSnapshot {
  return { pairs: new Set((headers?.items ?? []).map(([n, v]) => `${n}\n${v}`)), uri };
}

function describe(s: string): string {
  return JSON.stringify(s.length > 60 ? s.slice(0, 60) + '...' : s);
}

function unsafeChar(s: string): string {
  const c = UNSAFE.exec(s)![0];
  return c === '\r' ? 'CR' : c === '\n' ? 'LF' : 'NUL';
}

/**
 * The first value the rule wrote that holds CR, LF or NUL, as the request's error; null when none.
 * `headers` is the message the rule's events could change, `before` what it held before them.
 */
export function unsafeHttpWrite(effects: RequestEffects, headers: HeaderList | null, before: HttpSnapshot, uri: string | null): string | null {
  const found = (what: string, value: string): string =>
    `irule: the rule put a ${unsafeChar(value)} character into ${what} ${describe(value)}: that splits the HTTP message (response splitting); BIG-IP's handling is undocumented, so the request is recorded as an error (docs/behaviour.md "Values a rule hands to HTTP")`;
  const pairs: [string, string][] = [...effects.inserted, ...(effects.response?.headers ?? []), ...(headers?.items ?? []).filter(([n, v]) => !before.pairs.has(`${n}\n${v}`))];
  for (const [n, v] of pairs) {
    if (UNSAFE.test(n)) return found('a header name', n);
    if (UNSAFE.test(v)) return found(`the value of header "${n.replace(/[\r\n\0]/g, ' ')}":`, v);
  }
  const location = effects.response?.location;
  if (location !== undefined && UNSAFE.test(location)) return found('the redirect location', location);
  if (uri !== null && uri !== before.uri && UNSAFE.test(uri)) return found('the URI', uri);
  return null;
}
