// Small facts about HTTP messages shared by the emulator and the HTTP:: commands.

import type { HttpRequestState } from './host.js';

function connectionTokens(req: HttpRequestState): string[] {
  return req.headers.items
    .filter(([n]) => n.toLowerCase() === 'connection')
    .flatMap(([, v]) => v.split(','))
    .map((t) => t.trim().toLowerCase());
}

/**
 * Is the request keep-alive (RFC 9112 §9.3): HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with
 * `Connection: keep-alive`. This is what HTTP::is_keepalive reports
 * (https://clouddocs.f5.com/api/irules/HTTP__is_keepalive.html).
 */
export function isKeepAlive(req: HttpRequestState): boolean {
  const tokens = connectionTokens(req);
  if (tokens.includes('close')) return false;
  if (req.version === '1.0') return tokens.includes('keep-alive');
  return true;
}

/** The client asked for the connection to end after this response (HTTP/1.0 without keep-alive, `Connection: close`). */
export function clientAskedToClose(req: HttpRequestState): boolean {
  return req.method !== '' && !isKeepAlive(req);
}
