// IR3004 response-injection: URL data reflected in responses, open redirects, header splitting.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR3004';

describe('IR3004 response-injection', () => {
  it('reports an open redirect from a query parameter', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  set target [URI::query [HTTP::uri] "return"]\n  HTTP::redirect $target\n}', [
      { line: 3, column: 18, message: 'open redirect' },
    ]);
  });
  it('reports a redirect whose host part is taken from the query, and a 302 Location built the same way', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  HTTP::redirect "https://[URI::query [HTTP::uri] host]/home"\n  HTTP::respond 302 Location "//[HTTP::query]"\n}', [
      { line: 2, column: 18 },
      { line: 3, column: 30 },
    ]);
  });
  it('reports request data echoed in a response body, and decoded data in a response header', () => {
    expectReports(C, 'when HTTP_REQUEST {\n  HTTP::respond 404 content "<p>Not found: [HTTP::uri]</p>" Content-Type text/html\n}\nwhen HTTP_RESPONSE {\n  HTTP::header insert X-Echo [URI::decode $q]\n}\nwhen CLIENT_ACCEPTED {\n  set q ""\n}\nwhen HTTP_REQUEST_DATA {\n  set q [HTTP::payload]\n}', [
      { line: 2, column: 29, message: 'response body' },
      { line: 5, column: 30, message: 'X-Echo response header' },
    ]);
  });
  it("does not report F5's HTTPS redirect, relative redirects, escaped or encoded data, or request headers", () => {
    const src = [
      'when HTTP_REQUEST {',
      '  HTTP::redirect "https://[getfield [HTTP::host] ":" 1][HTTP::uri]"',
      '  HTTP::redirect https://[HTTP::host][HTTP::uri]',
      '  HTTP::redirect "/login?return=[URI::encode [HTTP::uri]]"',
      '  HTTP::respond 301 Location "https://www.example.com[HTTP::uri]"',
      '  HTTP::respond 200 content "<p>[string map {< &lt; > &gt; & &amp;} [HTTP::uri]]</p>"',
      '  HTTP::respond 200 content "host [HTTP::host] agent [HTTP::header User-Agent]"',
      '  HTTP::header insert X-Original-URI [URI::decode [HTTP::uri]]',
      '  HTTP::redirect [HTTP::uri]',
      '}',
    ].join('\n');
    expectClean(C, src);
  });
});
