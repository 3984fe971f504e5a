// IR3004: request data written into what BIG-IP answers: the body of HTTP::respond (reflected
// content, XSS when the page is HTML), the host of a redirect (open redirect), or decoded data in
// a response header (CR/LF: response splitting).
//
// Deliberately NOT reported: the Host header in a redirect (`HTTP::redirect https://[HTTP::host][HTTP::uri]`,
// F5's own _sys_https_redirect): a victim's browser sends the real Host, so it cannot be used to
// redirect someone else; and request values in request headers (they go to the server, not the client).

import { literalValue, type Word } from '../../syntax/ast.js';
import { analyze, describe, has, isResponseSide, T, type CmdRecord, type Taint } from '../analysis/index.js';
import { headerWrites, respondShape } from '../analysis/shapes.js';
import type { Check, CheckContext } from '../types.js';

/**
 * The taint of the parts of a URL word that decide where a redirect goes (scheme and host): the
 * dynamic parts before the first literal `/`, `?` or `#` that follows `scheme://` (or the start), and
 * before a part that is a path ([HTTP::uri], which starts with `/`). Null when the target is fixed
 * or relative.
 */
function hostPartTaint(word: Word, parts: Taint[]): Taint | null {
  let prefix = '';
  let dynamic = false;
  let found: Taint | null = null;
  for (let i = 0; i < word.parts.length; i++) {
    const p = word.parts[i]!;
    if (p.type === 'text') {
      if (dynamic) {
        if (/[/?#]/.test(p.value)) return found;
        continue;
      }
      prefix += p.value;
      if (/^\/(?!\/)/.test(prefix)) return null; // a path on this site
      if (/^([a-z][a-z0-9+.-]*:)?\/\/[^/?#]*[/?#]/i.test(prefix)) return null; // literal host
      continue;
    }
    if (!dynamic && prefix !== '' && !/^([a-z][a-z0-9+.-]*:)?\/\/[^/?#]*$/i.test(prefix)) return null;
    dynamic = true;
    const t = parts[i];
    if (!t) continue;
    if (isPath(t)) return i === 0 ? null : found; // [HTTP::uri] / [HTTP::path] start with "/"
    if (has(t, T.URL)) found = found ?? t;
  }
  return found;
}

/** Every request-data origin of the value is the path or URI (so it starts with `/`). */
function isPath(t: Taint): boolean {
  const os = t.origins.filter((o) => (o.bits & (T.CLIENT | T.HOST | T.URL)) !== 0);
  return os.length > 0 && os.every((o) => (o.bits & T.PATH) !== 0);
}

function checkLocation(ctx: CheckContext, rec: CmdRecord, index: number, what: string): void {
  const word = rec.cmd.words[index];
  if (!word || word.kind === 'braced') return;
  const t = hostPartTaint(word, rec.parts?.[index] ?? []);
  if (!t) return;
  ctx.report(
    word.loc,
    `${what} takes its host from the request URL (${describe(t, T.URL)}): an open redirect (a link to this site can send users anywhere); ` +
      'redirect to a fixed host or a relative path, or check the target against a list (class match) first',
  );
}

export const responseInjection: Check = {
  meta: {
    code: 'IR3004',
    name: 'response-injection',
    category: 'security',
    severity: 'warning',
    description: 'Data from the request URL is written into a response body, a redirect target or a response header.',
    help: {
      why: 'What the rule answers itself goes straight to the browser, and another site can make a victim\'s browser send any path, query string or form body (a link, a redirect, a form). Echoed in an `HTTP::respond` body, such data is reflected content (cross-site scripting when the page is HTML); as the host of a redirect it is an open redirect (a link to your site that lands on a phishing site); decoded (URI::decode, b64decode) in a response header it can carry CR/LF and split the response. Headers a browser sets itself (Host, Cookie, custom headers) cannot be forged that way, so `HTTP::redirect https://[HTTP::host][HTTP::uri]` (F5\'s own _sys_https_redirect) is not reported.',
      bad: 'when HTTP_REQUEST {\n  set target [URI::query [HTTP::uri] "return"]\n  HTTP::redirect $target\n}',
      good: 'when HTTP_REQUEST {\n  set target [URI::query [HTTP::uri] "return"]\n  if { [class match -- $target starts_with allowed_return_urls] } {\n    HTTP::redirect $target\n  } else {\n    HTTP::redirect "/"\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    for (const rec of a.commands) {
      const w = rec.cmd.words;
      if (rec.name === 'HTTP::redirect' && w.length === 2) {
        checkLocation(ctx, rec, 1, 'the redirect');
        continue;
      }
      if (rec.name === 'HTTP::respond') {
        const shape = respondShape(rec.cmd);
        if (shape.body !== undefined) {
          const t = rec.args[shape.body]!;
          if (has(t, T.URL)) {
            ctx.report(
              w[shape.body]!.loc,
              `the response body echoes request data (${describe(t, T.URL)}) unescaped: reflected content, cross-site scripting when the page is HTML; ` +
                'leave it out or escape it (string map {< &lt; > &gt; & &amp; \\" &quot;})',
            );
          }
        }
        for (const h of shape.headers) headerValue(ctx, rec, h.name, h.value);
        continue;
      }
      if (rec.name === 'HTTP::header' && isResponseSide(rec.scope.events)) {
        const writes = headerWrites(rec.cmd);
        if (!writes) continue;
        for (const p of writes.pairs) headerValue(ctx, rec, p.name, p.value);
      }
    }
  },
};

function headerValue(ctx: CheckContext, rec: CmdRecord, nameIndex: number, valueIndex: number): void {
  const nameWord = rec.cmd.words[nameIndex];
  const name = nameWord ? literalValue(nameWord) : undefined;
  if (name === undefined) return;
  if (name.toLowerCase() === 'location') {
    checkLocation(ctx, rec, valueIndex, 'the Location header');
    return;
  }
  const t = rec.args[valueIndex];
  if (!t || !has(t, T.DECODED) || !has(t, T.URL)) return;
  ctx.report(
    rec.cmd.words[valueIndex]!.loc,
    `decoded request data (${describe(t, T.DECODED)}) is written into the ${name} response header: an encoded CR/LF (%0d%0a) splits the response; ` +
      'do not decode it, or remove CR and LF first (string map {\\r "" \\n ""})',
  );
}
