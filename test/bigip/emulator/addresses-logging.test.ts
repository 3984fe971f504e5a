// Addresses (docs/bigip-reference.md §6), logging (§7) and loading/unknown commands (§9).

import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/sim/types.js';
import { cleanup, messages, req, run } from './harness.js';

afterAll(cleanup);

describe('addresses', () => {
  const show = `when CLIENT_ACCEPTED { log local0. "accepted [IP::client_addr] [TCP::client_port]" }
when HTTP_REQUEST {
  log local0. "client=[IP::client_addr] port=[TCP::client_port] local=[IP::local_addr] lport=[TCP::local_port]"
  log local0. "in-net=[IP::addr [IP::client_addr] equals 198.51.100.0/24]"
}`;

  it('docs/bigip-reference.md §6.1: IP::client_addr without port, TCP::client_port, IP::local_addr and TCP::local_port (virtual side)', async () => {
    const { records } = await run({
      rules: { show },
      address: '203.0.113.10:8443',
      traffic: [req(0, 'c1', '/', { client: '198.51.100.7:50432' })],
    });
    expect(messages(records[0]!)).toEqual([
      'accepted 198.51.100.7 50432',
      'client=198.51.100.7 port=50432 local=203.0.113.10 lport=8443',
      'in-net=1',
    ]);
  });

  it('docs/bigip-reference.md §6.1: an IPv6 client address is given in its usual text form, without brackets or port', async () => {
    const { records } = await run({
      rules: { show },
      traffic: [req(0, 'c1', '/', { client: '[2001:db8::7]:40000' })],
    });
    expect(messages(records[0]!)).toEqual([
      'accepted 2001:db8::7 40000',
      'client=2001:db8::7 port=40000 local=203.0.113.10 lport=443',
      'in-net=0',
    ]);
  });
});

describe('logging', () => {
  it('docs/bigip-reference.md §7.1: log local0. writes "Rule /Common/NAME <EVENT>: msg"; -noname drops the prefix; levels keep the format', async () => {
    const { records } = await run({
      rules: {
        logger: `when HTTP_REQUEST {
  log local0. "plain"
  log -noname local0. "bare message"
  log local0.warn "warned"
}
when LB_SELECTED { log local0.info "picked" }`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.logs).toEqual([
      'Rule /Common/logger <HTTP_REQUEST>: plain',
      'bare message',
      'Rule /Common/logger <HTTP_REQUEST>: warned',
      'Rule /Common/logger <LB_SELECTED>: picked',
    ]);
  });

  it('docs/bigip-reference.md §7.2: messages longer than 1024 bytes are truncated to 1024 bytes', async () => {
    const { records } = await run({
      rules: {
        long: `when HTTP_REQUEST {
  log local0. [string repeat x 1500]
  log local0. [string repeat y 1024]
  log local0. "a[string repeat \u00e9 600]"
}`,
      },
      traffic: [req(0, 'c1', '/')],
    });
    const [xs, ys, accented] = messages(records[0]!);
    expect(xs).toBe('x'.repeat(1024));
    expect(ys).toBe('y'.repeat(1024));
    // A multi-byte character cut by the limit is dropped, not replaced: at most 1024 bytes of text.
    expect(accented).toBe('a' + '\u00e9'.repeat(511));
    expect(Buffer.byteLength(accented!, 'utf8')).toBeLessThanOrEqual(1024);
  });

  it('docs/bigip-reference.md §7.3: HSL::send messages are captured in the logs', async () => {
    const { records } = await run({
      rules: {
        hsl: `when HTTP_REQUEST {
  set hsl [HSL::open -proto UDP -pool syslog_pool]
  HSL::send $hsl "<134> [IP::client_addr] [HTTP::uri]"
}`,
      },
      traffic: [req(0, 'c1', '/path')],
    });
    expect(records[0]!.logs).toEqual(['HSL: <134> 198.51.100.7 /path']);
  });
});

describe('commands and loading', () => {
  it('a catalog command the emulator does not implement raises "not emulated: NAME", never a silent no-op (docs/behaviour.md "Not emulated")', async () => {
    const { records } = await run({
      rules: { auth: `when HTTP_REQUEST { log local0. "before"; set p [AAA::acct_send radius_cfg]; log local0. "after" }` },
      traffic: [req(0, 'c1', '/')],
    });
    expect(records[0]!.error).toBe('01220001:3: TCL error: /Common/auth <HTTP_REQUEST> - not emulated: AAA::acct_send');
    expect(messages(records[0]!)).toEqual(['before']);
    expect(records[0]!.member).toBeNull();
  });

  async function loadError(rules: Record<string, string>): Promise<InputError> {
    try {
      await run({ rules, traffic: [req(0, 'c1', '/')] });
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error('expected the rule to be refused');
  }

  it('docs/bigip-reference.md §9.1: a syntax error in a rule is a load error naming file:line:col', async () => {
    const e = await loadError({
      ok: `when HTTP_REQUEST { log local0. "fine" }`,
      bad: `when HTTP_REQUEST {\n  log local0. "one"\n  if {[HTTP::uri] eq "/"} {\n    log local0. "two"\n}\n`,
    });
    expect(e.message).toMatch(/[\\/]rules[\\/]bad\.tcl:\d+:\d+: /);
    expect(e.file).toMatch(/bad\.tcl$/);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.message).not.toMatch(/\n/);
  });

  it('docs/bigip-reference.md §1.2/§9.1: a command at the top level of a rule is refused when the rule loads', async () => {
    const e = await loadError({ top: `set x 1\nwhen HTTP_REQUEST { log local0. "x" }` });
    expect(e.message).toMatch(/[\\/]rules[\\/]top\.tcl:1:1: /);
  });

  it('a disabled command is refused when the rule loads, like lint IR2006 (measurements §5)', async () => {
    const e = await loadError({ io: `when HTTP_REQUEST {\n  set f [open /etc/passwd]\n}` });
    expect(e.message).toMatch(/[\\/]io\.tcl:2:10: command is disabled: "open" \(BIG-IP would refuse/);
  });

  it('a Tcl 8.5+ command is refused when the rule loads, inside an after body too (measurements §4, §4a)', async () => {
    const e = await loadError({ d: `when HTTP_REQUEST {\n  after 10 {\n    set d [dict create a 1]\n  }\n}` });
    expect(e.message).toMatch(/[\\/]d\.tcl:3:12: undefined procedure: dict \(/);
  });

  it('an unknown event and a duplicate event are refused when the rule loads (measurements §6)', async () => {
    expect((await loadError({ u: `when HTTP_REQEUST { log local0. x }` })).message).toMatch(/u\.tcl:1:6: unknown event \(HTTP_REQEUST\) \(/);
    expect((await loadError({ dup: `when HTTP_REQUEST { log local0. a }\nwhen HTTP_REQUEST { log local0. b }` })).message).toMatch(/dup\.tcl:2:6: Duplicate event \(/);
  });

  it('a proc of the rule called directly is refused when the rule loads (measurements §4b)', async () => {
    const e = await loadError({ p: `proc twice {x} { return [expr {$x * 2}] }\nwhen HTTP_REQUEST {\n  log local0. [twice 2]\n}` });
    expect(e.message).toMatch(/p\.tcl:3:16: undefined procedure: twice \(/);
  });

  it('docs/bigip-reference.md §9.1: a command used outside the events where it is valid is refused when the rule loads', async () => {
    const e = await loadError({ ctx: `when CLIENT_ACCEPTED {\n  set u [HTTP::uri]\n}` });
    expect(e.message).toMatch(/[\\/]rules[\\/]ctx\.tcl:2:\d+: .*HTTP::uri/);
  });
});
