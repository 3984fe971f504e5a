// IR3007: client data that can hold CR or LF (percent- or base64-decoded, or the raw request body)
// written where BIG-IP builds an HTTP message from it: a header name or value (request or response
// side), a redirect target or Location, the URI. A CR/LF there splits the message: the client adds
// headers of its choosing to what the server or the browser receives (response splitting, request
// header injection). The emulator records such a request as an error (docs/behaviour.md).
//
// Not repeated here: decoded URL data in a response header value other than Location, which IR3004
// (response-injection) already reports.

import { literalValue } from '../../syntax/ast.js';
import { analyze, describe, has, isResponseSide, T, type CmdRecord, type Taint } from '../analysis/index.js';
import { headerWrites, respondShape } from '../analysis/shapes.js';
import type { Check, CheckContext } from '../types.js';

/** Client data that may carry CR/LF: decoded, or straight from the request body. */
function mayHoldNewline(t: Taint | undefined): boolean {
  if (!t) return false;
  if (has(t, T.DECODED) && (has(t, T.CLIENT) || has(t, T.HOST) || has(t, T.URL))) return true;
  // The raw body, as long as no encoder (b64encode, URI::encode: they clear CODE) went over it.
  return has(t, T.CLIENT) && has(t, T.CODE) && t.origins.some((o) => o.what.includes('HTTP::payload'));
}

function report(ctx: CheckContext, rec: CmdRecord, index: number, what: string): void {
  const t = rec.args[index];
  const word = rec.cmd.words[index];
  if (!word || !mayHoldNewline(t)) return;
  ctx.report(
    word.loc,
    `${what} is built from client data that can hold CR/LF (${describe(t!, T.CLIENT | T.URL | T.DECODED)}): a CR/LF splits the HTTP message and adds headers of the client's choosing; ` +
      'remove CR and LF first (string map {\\r "" \\n ""}), validate it (regexp, class match), or keep it encoded',
  );
}

/** IR3004 reports decoded URL data in a response header value (not Location): not said twice. */
function reportedByResponseInjection(rec: CmdRecord, responseSide: boolean, name: string | undefined, index: number): boolean {
  const t = rec.args[index];
  return responseSide && name !== undefined && name.toLowerCase() !== 'location' && !!t && has(t, T.DECODED) && has(t, T.URL);
}

function header(ctx: CheckContext, rec: CmdRecord, nameIndex: number, valueIndex: number, responseSide: boolean): void {
  const nameWord = rec.cmd.words[nameIndex];
  const name = nameWord ? literalValue(nameWord) : undefined;
  report(ctx, rec, nameIndex, 'a header name');
  if (!reportedByResponseInjection(rec, responseSide, name, valueIndex)) report(ctx, rec, valueIndex, name ? `the ${name} header` : 'a header value');
}

export const responseSplitting: Check = {
  meta: {
    code: 'IR3007',
    name: 'response-splitting',
    category: 'security',
    severity: 'warning',
    description: 'Client data that can hold CR/LF is written into a header, a redirect target or the URI.',
    help: {
      why: 'BIG-IP writes header names and values, redirect targets and the URI into the HTTP message as they are. Data the client sent percent-encoded or base64-encoded (URI::decode, b64decode) or in the request body can hold CR and LF once decoded, and a CR/LF there ends the header: the rest becomes headers (or a whole response) of the client\'s choosing, sent to the browser (response splitting: a Set-Cookie, a script) or to the server (request header injection: an X-Forwarded-For, an internal auth header). Raw header, cookie and URI values cannot hold CR/LF (the HTTP parser ends them there), so only decoded data and the body are reported.',
      bad: 'when HTTP_REQUEST {\n  set back [URI::decode [URI::query [HTTP::uri] "back"]]\n  HTTP::respond 302 Location $back\n}',
      good: 'when HTTP_REQUEST {\n  set back [URI::decode [URI::query [HTTP::uri] "back"]]\n  if { [regexp {^/[A-Za-z0-9/_.-]*$} $back] } {\n    HTTP::respond 302 Location $back\n  } else {\n    HTTP::respond 302 Location "/"\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    for (const rec of a.commands) {
      const w = rec.cmd.words;
      const responseSide = isResponseSide(rec.scope.events);
      switch (rec.name) {
        case 'HTTP::redirect':
          if (w.length === 2) report(ctx, rec, 1, 'the redirect target');
          break;
        case 'HTTP::respond': {
          for (const h of respondShape(rec.cmd).headers) header(ctx, rec, h.name, h.value, true);
          break;
        }
        case 'HTTP::header': {
          const writes = headerWrites(rec.cmd);
          for (const p of writes?.pairs ?? []) header(ctx, rec, p.name, p.value, responseSide);
          break;
        }
        case 'HTTP::uri':
        case 'HTTP::path':
          if (w.length === 2 && !responseSide) report(ctx, rec, 1, rec.name === 'HTTP::uri' ? 'the URI' : 'the path');
          break;
      }
    }
  },
};
