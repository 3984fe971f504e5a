// HTTP::respond / HTTP::redirect semantics and the HTTP:: commands added with them.
// Sources: https://clouddocs.f5.com/api/irules/HTTP__respond.html (Server: BIG-IP unless noserver,
// Content-Length computed and replacing a supplied one, WWW-Authenticate for a 401, the connection closed
// for a client that is not keep-alive), HTTP__redirect.html, HTTP__has_responded.html, HTTP__close.html,
// HTTP__is_redirect.html, HTTP__is_keepalive.html, HTTP__username.html, HTTP__password.html,
// HTTP__cookie.html, HTTP__request.html, HTTP__fallback.html (all under https://clouddocs.f5.com/api/irules/).

import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, member, messages, req, resp, run, M1, M2, M3 } from './harness.js';

afterAll(cleanup);

describe('HTTP::respond', () => {
  it('computes Content-Length (replacing the one supplied), adds Server: BIG-IP, keeps the rule\'s headers', async () => {
    const { records } = await run({
      rules: { r: 'when HTTP_REQUEST { HTTP::respond 200 content "héllo" Content-Length 99 X-Test yes }' },
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.response).toEqual({
      action: 'respond',
      status: 200,
      headers: [['X-Test', 'yes'], ['Server', 'BIG-IP'], ['Content-Length', '5']],
      body: 'héllo',
    });
  });

  it('a 401 gets WWW-Authenticate: Basic realm="" unless the rule gives one; noserver drops Server', async () => {
    const { records } = await run({
      rules: { r: 'when HTTP_REQUEST { if {[HTTP::uri] eq "/a"} { HTTP::respond 401 noserver } else { HTTP::respond 401 WWW-Authenticate {Basic realm="app"} } }' },
      traffic: [req(0, 'c1', '/a'), req(1, 'c2', '/b')],
    });
    expect(records[0]!.response!.headers).toEqual([['WWW-Authenticate', 'Basic realm=""'], ['Content-Length', '0']]);
    expect(records[1]!.response!.headers).toEqual([['WWW-Authenticate', 'Basic realm="app"'], ['Server', 'BIG-IP'], ['Content-Length', '0']]);
  });

  it('closes the client connection afterwards when the client asked (HTTP/1.0 without keep-alive, Connection: close): CLIENT_CLOSED runs', async () => {
    const rule = `when CLIENT_ACCEPTED { log local0. accepted }
when HTTP_REQUEST { HTTP::respond 200 content ok }
when CLIENT_CLOSED { log local0. closed }`;
    const { records } = await run({
      rules: { r: rule },
      traffic: [
        req(0, 'c1', '/', { version: '1.0' }),
        req(1, 'c1', '/again', { version: '1.0' }), // the same id after a close is a new connection
        req(2, 'c2', '/', { headers: [['Host', 'a'], ['Connection', 'close']] }),
        req(3, 'c3', '/', { version: '1.0', headers: [['Host', 'a'], ['Connection', 'Keep-Alive']] }),
      ],
    });
    expect(records.map(messages)).toEqual([['accepted', 'closed'], ['accepted', 'closed'], ['accepted', 'closed'], ['accepted']]);
    expect(records[0]!.response!.headers).toContainEqual(['Connection', 'close']);
    expect(records[3]!.response!.headers).not.toContainEqual(['Connection', 'close']);
  });

  it('a second response for the same request is an error; HTTP::has_responded tells a later rule', async () => {
    const { records } = await run({
      rules: {
        first: 'when HTTP_REQUEST priority 100 { HTTP::redirect https://a.example/ }',
        second: 'when HTTP_REQUEST { log local0. "responded=[HTTP::has_responded]"; if {![HTTP::has_responded]} { HTTP::respond 403 } }',
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(messages(records[0]!)).toEqual(['responded=1']);
    expect(records[0]!.response).toEqual({ action: 'redirect', status: 302, location: 'https://a.example/' });
  });

  it('HTTP::close in HTTP_RESPONSE adds Connection: close and ends the client connection after the response', async () => {
    const rule = `when HTTP_RESPONSE { HTTP::close; log local0. "conn=[HTTP::header Connection]" }
when CLIENT_CLOSED { log local0. closed }`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1', 200, [['Connection', 'keep-alive']])] });
    expect(messages(records[0]!)).toEqual(['conn=close', 'closed']);
  });
});

describe('HTTP:: request facts', () => {
  it('HTTP::username / HTTP::password decode Basic credentials; HTTP::is_keepalive; HTTP::request is the header block', async () => {
    const rule = 'when HTTP_REQUEST { log local0. "[HTTP::username]|[HTTP::password]|[HTTP::is_keepalive]|[string map {\\r\\n |} [HTTP::request]]" }';
    const { records } = await run({
      rules: { r: rule },
      traffic: [req(0, 'c1', '/p?q=1', { headers: [['Host', 'a'], ['Authorization', 'Basic YWxpY2U6czNjcjp0']] }), req(1, 'c2', '/', { version: '1.0' })],
    });
    expect(messages(records[0]!)).toEqual(['alice|s3cr:t|1|GET /p?q=1 HTTP/1.1|Host: a|Authorization: Basic YWxpY2U6czNjcjp0||']);
    expect(messages(records[1]!)).toEqual(['||0|GET / HTTP/1.0|Host: app.example||']);
  });

  it('HTTP::is_redirect is 1 for 301, 302, 303, 305 and 307 responses', async () => {
    const { records } = await run({
      rules: { r: 'when HTTP_RESPONSE { log local0. "[HTTP::status] [HTTP::is_redirect]" }' },
      traffic: [req(0, 'c1', '/'), resp(0.1, 'c1', 307), req(1, 'c1', '/'), resp(1.1, 'c1', 308), req(2, 'c1', '/'), resp(2.1, 'c1', 200)],
    });
    expect(records.map(messages)).toEqual([['307 1'], ['308 0'], ['200 0']]);
  });

  it('HTTP::fallback: when no member can take the request the client is redirected to the fallback host', async () => {
    const { records } = await run({
      rules: { r: 'when HTTP_REQUEST { HTTP::fallback "https://sorry.example/" }' },
      traffic: [member(0, M1, 'down'), member(0, M2, 'down'), member(0, M3, 'down'), req(1, 'c1', '/')],
    });
    expect(records[0]!.response).toEqual({ action: 'redirect', status: 302, location: 'https://sorry.example/' });
    expect(records[0]!.why).toBe('responded');
  });
});

describe('HTTP::cookie', () => {
  it('request cookies: names, count, value, exists, insert, remove', async () => {
    const rule = `when HTTP_REQUEST {
  log local0. "[HTTP::cookie names] [HTTP::cookie count] [HTTP::cookie value sid] [HTTP::cookie exists nope]"
  HTTP::cookie remove lang
  HTTP::cookie insert name tier value gold
  log local0. [HTTP::header Cookie]
}`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/', { headers: [['Host', 'a'], ['Cookie', 'sid=abc; lang=en']] })] });
    expect(messages(records[0]!)).toEqual(['sid lang 2 abc 0', 'sid=abc; tier=gold']);
  });

  it('response cookies come from Set-Cookie, with their attributes (secure, httponly, path)', async () => {
    const rule = `when HTTP_RESPONSE {
  log local0. "[HTTP::cookie names] path=[HTTP::cookie path sid] secure=[HTTP::cookie secure sid]"
  HTTP::cookie secure sid enable
  HTTP::cookie httponly sid enable
  log local0. [HTTP::header Set-Cookie]
}`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/'), resp(0.1, 'c1', 200, [['Set-Cookie', 'sid=abc; Path=/app']])] });
    expect(messages(records[0]!)).toEqual(['sid path=/app secure=disable', 'sid=abc; Path=/app; Secure; HttpOnly']);
  });

  it('encrypt then decrypt with the same pass phrase gives the value back; a wrong pass phrase gives ""', async () => {
    const rule = `when HTTP_REQUEST {
  set enc [HTTP::cookie encrypt sid "s3cret" 256]
  set wrong [HTTP::cookie decrypt sid "other" 256]
  set dec [HTTP::cookie decrypt sid "s3cret" 256]
  log local0. "[expr {$enc ne "abc"}] <$wrong> $dec [HTTP::cookie sid]"
}`;
    const { records } = await run({ rules: { r: rule }, traffic: [req(0, 'c1', '/', { headers: [['Host', 'a'], ['Cookie', 'sid=abc']] })] });
    expect(messages(records[0]!)).toEqual(['1 <> abc abc']);
  });
});

