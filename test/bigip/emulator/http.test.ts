// HTTP commands (docs/bigip-reference.md §3): request line, headers, responses from BIG-IP itself.

import { afterAll, describe, expect, it } from 'vitest';
import { M1, cleanup, messages, req, resp, run } from './harness.js';

afterAll(cleanup);

const show = `when HTTP_REQUEST {
  log local0. "uri=[HTTP::uri]"
  log local0. "path=[HTTP::path]"
  log local0. "query=[HTTP::query]"
  log local0. "host=[HTTP::host]"
  log local0. "method=[HTTP::method]"
  log local0. "version=[HTTP::version]"
}`;

describe('request line', () => {
  it('docs/bigip-reference.md §3.1: HTTP::uri, path (with ;params, undecoded), query, host with port, method, version', async () => {
    const { records } = await run({
      rules: { show },
      traffic: [
        req(0, 'c1', '/shop/cart;jsessionid=AB12/view%20all?item=7&x=a%20b', {
          method: 'POST',
          version: '1.0',
          headers: [['Host', 'shop.example:8443']],
        }),
        req(1, 'c2', '/plain', { headers: [['Host', 'shop.example']] }),
      ],
    });
    expect(messages(records[0]!)).toEqual([
      'uri=/shop/cart;jsessionid=AB12/view%20all?item=7&x=a%20b',
      'path=/shop/cart;jsessionid=AB12/view%20all',
      'query=item=7&x=a%20b',
      'host=shop.example:8443',
      'method=POST',
      'version=1.0',
    ]);
    expect(messages(records[1]!)).toEqual(['uri=/plain', 'path=/plain', 'query=', 'host=shop.example', 'method=GET', 'version=1.1']);
  });

  it('docs/bigip-reference.md §3.2a: an absolute-form request target is returned whole by HTTP::uri and HTTP::path', async () => {
    const { records } = await run({
      rules: {
        show,
        prefix: `when HTTP_REQUEST { log local0. "api=[expr {[HTTP::path] starts_with "/api"}]" }`,
      },
      traffic: [req(0, 'c1', 'http://app.example/api/v1?q=1', { headers: [['Host', 'app.example']] })],
    });
    const m = messages(records[0]!);
    expect(m).toContain('uri=http://app.example/api/v1?q=1');
    expect(m).toContain('path=http://app.example/api/v1');
    expect(m).toContain('query=q=1');
    expect(m).toContain('api=0');
  });
});

describe('headers', () => {
  it('docs/bigip-reference.md §3.2: header names are case-insensitive for value, exists, count, values and remove', async () => {
    const { records } = await run({
      rules: {
        ci: `when HTTP_REQUEST {
  log local0. "value=[HTTP::header value x-TENANT-id] exists=[HTTP::header exists X-TENANT-ID] count=[HTTP::header count x-tenant-id] values=[HTTP::header values X-Tenant-Id]"
  HTTP::header remove X-TENANT-ID
  log local0. "after remove exists=[HTTP::header exists x-tenant-id]"
}`,
      },
      traffic: [req(0, 'c1', '/', { headers: [['Host', 'a'], ['x-tenant-id', 'acme']] })],
    });
    expect(messages(records[0]!)).toEqual(['value=acme exists=1 count=1 values=acme', 'after remove exists=0']);
    expect(records[0]!.headers.removed).toEqual(['X-TENANT-ID']);
  });

  it('docs/bigip-reference.md §3.3: value reads the LAST occurrence; values, names, count, exists; HTTP::header NAME short form', async () => {
    const { records } = await run({
      rules: {
        dup: `when HTTP_REQUEST {
  log local0. "value=[HTTP::header value X-Id]"
  log local0. "short=[HTTP::header X-Id]"
  log local0. "values=[HTTP::header values X-Id]"
  log local0. "names=[HTTP::header names]"
  log local0. "count=[HTTP::header count] count-x-id=[HTTP::header count X-Id]"
  log local0. "exists=[HTTP::header exists X-Id] missing=[HTTP::header exists X-Missing]"
  log local0. "missing-value=<[HTTP::header value X-Missing]>"
}`,
      },
      traffic: [req(0, 'c1', '/', { headers: [['Host', 'a'], ['X-Id', 'first'], ['Accept', '*/*'], ['X-Id', 'second one']] })],
    });
    expect(messages(records[0]!)).toEqual([
      'value=second one',
      'short=second one',
      'values=first {second one}',
      'names=Host X-Id Accept X-Id',
      'count=4 count-x-id=2',
      'exists=1 missing=0',
      'missing-value=<>',
    ]);
  });

  it('docs/bigip-reference.md §3.4: insert appends even when the name exists (the client copy stays) and is visible at once', async () => {
    const { records } = await run({
      rules: {
        xff: `when HTTP_REQUEST {
  HTTP::header insert X-Forwarded-For [IP::client_addr]
  log local0. "values=[HTTP::header values X-Forwarded-For] last=[HTTP::header value X-Forwarded-For] count=[HTTP::header count X-Forwarded-For]"
  HTTP::header insert X-A 1 X-B 2
  log local0. "a=[HTTP::header X-A] b=[HTTP::header X-B]"
}`,
      },
      traffic: [req(0, 'c1', '/', { headers: [['Host', 'a'], ['X-Forwarded-For', '203.0.113.99']] })],
    });
    expect(messages(records[0]!)).toEqual(['values=203.0.113.99 198.51.100.7 last=198.51.100.7 count=2', 'a=1 b=2']);
    expect(records[0]!.headers.inserted).toEqual([
      ['X-Forwarded-For', '198.51.100.7'],
      ['X-A', '1'],
      ['X-B', '2'],
    ]);
    expect(records[0]!.headers.removed).toEqual([]);
  });

  it('docs/bigip-reference.md §3.4: replace sets the last occurrence or inserts when absent; remove removes every occurrence', async () => {
    const { records } = await run({
      rules: {
        edit: `when HTTP_REQUEST {
  HTTP::header replace X-Id new
  log local0. "replaced=[HTTP::header values X-Id]"
  HTTP::header replace X-Absent added
  log local0. "absent=[HTTP::header values X-Absent]"
  HTTP::header remove x-id
  log local0. "removed count=[HTTP::header count X-Id] names=[HTTP::header names]"
}`,
      },
      traffic: [req(0, 'c1', '/', { headers: [['Host', 'a'], ['X-Id', 'one'], ['X-Id', 'two']] })],
    });
    expect(messages(records[0]!)).toEqual(['replaced=one new', 'absent=added', 'removed count=0 names=Host X-Absent']);
    expect(records[0]!.headers.removed).toEqual(['x-id']);
  });

  it('docs/bigip-reference.md §3.3/§3.4: HTTP::header in HTTP_RESPONSE works on the response headers', async () => {
    const { records } = await run({
      rules: {
        r: `when HTTP_RESPONSE {
  log local0. "type=[HTTP::header Content-Type] host=<[HTTP::header Host]>"
  HTTP::header insert X-Served-By [LB::server addr]
  log local0. "served=[HTTP::header X-Served-By]"
}`,
      },
      traffic: [req(0, 'c1', '/', { headers: [['Host', 'a']] }), resp(1, 'c1', 200, [['Content-Type', 'text/html']])],
    });
    expect(messages(records[0]!)).toEqual(['type=text/html host=<>', 'served=10.0.1.1']);
    // The record lists what the rule did to the request only.
    expect(records[0]!.headers.inserted).toEqual([]);
  });
});

describe('answering from BIG-IP', () => {
  it('docs/bigip-reference.md §3.5: HTTP::respond answers the client: no LB, no member, no HTTP_RESPONSE, response recorded', async () => {
    const { records, summary } = await run({
      rules: {
        deny: `when HTTP_REQUEST { if {[HTTP::path] starts_with "/admin"} { HTTP::respond 403 content "denied" X-Reason policy } }
when LB_SELECTED { log local0. "lb [LB::server addr]" }
when HTTP_RESPONSE { log local0. "server response" }`,
      },
      traffic: [req(0, 'c1', '/admin/x'), resp(0.1, 'c1', 200), req(1, 'c2', '/ok'), resp(1.1, 'c2', 200)],
    });
    const [denied, ok] = records;
    expect(denied!.member).toBeNull();
    expect(denied!.persist).toBeNull();
    expect(denied!.why).toBe('responded');
    expect(denied!.logs).toEqual([]);
    expect(denied!.error).toBeNull();
    expect(denied!.response).toEqual({
      action: 'respond',
      status: 403,
      headers: [['X-Reason', 'policy'], ['Server', 'BIG-IP'], ['Content-Length', '6']],
      body: 'denied',
    });
    // No load-balancing decision was spent on it: the next request is the pool's first pick.
    expect(ok!.member).toBe(M1);
    expect(messages(ok!)).toEqual(['lb 10.0.1.1', 'server response']);
    expect(summary.responded).toBe(1);
  });

  it('docs/bigip-reference.md §3.5: HTTP::redirect answers 302 with the location, no member', async () => {
    const { records } = await run({
      rules: { r: `when HTTP_REQUEST { HTTP::redirect "https://[HTTP::host][HTTP::uri]" }` },
      traffic: [req(0, 'c1', '/login?next=1', { headers: [['Host', 'app.example']] })],
    });
    expect(records[0]!.response).toEqual({ action: 'redirect', status: 302, location: 'https://app.example/login?next=1' });
    expect(records[0]!.member).toBeNull();
    expect(records[0]!.why).toBe('responded');
  });

  it('docs/bigip-reference.md §3.5: responding twice to one request is a Tcl error', async () => {
    const { records } = await run({
      rules: {
        first: `when HTTP_REQUEST priority 100 { HTTP::respond 200 content one }`,
        second: `when HTTP_REQUEST priority 200 { HTTP::redirect /elsewhere }`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.error).toMatch(/^01220001:3: TCL error: \/Common\/second <HTTP_REQUEST> - /);
    expect(records[0]!.member).toBeNull();
  });
});
