// IR3007 response-splitting: client data that can hold CR/LF reaching a header, a redirect or the URI.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR3007';

describe('IR3007 response-splitting', () => {
  it('reports a decoded query parameter as a Location and as a redirect target', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  set back [URI::decode [URI::query [HTTP::uri] "back"]]\n  HTTP::respond 302 Location $back\n  HTTP::redirect $back\n}', [
      { line: 3, column: 30, message: 'the Location header' },
      { line: 4, column: 18, message: 'the redirect target' },
    ]);
  });
  it('reports decoded data in a request header (header injection towards the server) and in a new URI', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  HTTP::header insert X-Original-URI [URI::decode [HTTP::uri]]\n  HTTP::uri [URI::decode [HTTP::query]]\n}', [
      { line: 2, column: 38, message: 'X-Original-URI header' },
      { line: 3, column: 13, message: 'the URI' },
    ]);
  });
  it('reports the request body and base64-decoded cookies, as header names too', () => {
    expectReports(C, 'when HTTP_REQUEST_DATA {\n  HTTP::header replace X-Body [HTTP::payload]\n  HTTP::header insert [b64decode [HTTP::cookie name]] 1\n}', [
      { line: 2, column: 31, message: 'X-Body header' },
      { line: 3, column: 23, message: 'a header name' },
    ]);
  });
  it('does not report raw header, cookie and URI values, data with CR/LF removed or validated, or what IR3004 reports', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  HTTP::header insert X-Path [HTTP::path] X-Agent [HTTP::header User-Agent]',
      '  HTTP::redirect "https://[HTTP::host][HTTP::uri]"',
      '  set v [string map {\\r "" \\n ""} [URI::decode [HTTP::query]]]',
      '  HTTP::header replace X-Query $v',
      '  set id [URI::decode [HTTP::cookie id]]',
      '  if { [regexp {^[0-9a-f]+$} $id] } { HTTP::header insert X-Id $id }',
      '}',
      'when HTTP_RESPONSE {',
      '  HTTP::header insert X-Echo [URI::decode $::q]',
      '}',
      'when HTTP_REQUEST_DATA {',
      '  HTTP::header insert Authorization "Basic [b64encode [HTTP::payload]]"',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
