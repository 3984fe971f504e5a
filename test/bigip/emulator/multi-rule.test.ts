// Several rules on one virtual: a library rule's procs reached with `call RULE::proc`, static:: variables set in
// one rule's RULE_INIT read by another, and priority order across rules.
// Sources: F5's call page https://clouddocs.f5.com/api/irules/call.html (call <rule>::<proc>, procs of another
// iRule); F5's RULE_INIT page https://clouddocs.f5.com/cli/tmsh-reference/v16/modules/ltm/ltm_rule_event_RULE_INIT.html
// ("Variables defined in this event are global across the F5 and share the same namespace with any iRule");
// measurements on BIG-IP 21.1 (https://github.com/bitwisecook/tcl-lsp/blob/main/docs/design/bigip-irule-parser-measurements.md
// §4b: `call` of a proc that is not a rule proc fails with `proc NAME not found`; §8: lower priority runs first,
// and HTTP::respond in the first rule did not prevent the remaining rules from running).

import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, close, messages, req, run } from './harness.js';

afterAll(cleanup);

const LIB = `proc greet {who} { return "hello $who" }
proc twice {x} { return [expr {$x * 2}] }`;

describe('a library rule and the rule that calls it', () => {
  it('call LIB::proc and call /Common/LIB::proc reach a proc of another rule (F5 call page)', async () => {
    const { records } = await run({
      rules: {
        caller: `when HTTP_REQUEST { log local0. "[call lib::greet alice] [call /Common/lib::twice 21]" }`,
        lib: LIB,
      },
      traffic: [req(0, 'c1', '/'), close(1, 'c1')],
    });
    expect(records[0]!.error).toBeNull();
    expect(messages(records[0]!)).toEqual(['hello alice 42']);
  });

  it('a static:: variable set in one rule\'s RULE_INIT is read by another rule (F5 RULE_INIT page)', async () => {
    const { records } = await run({
      rules: {
        reader: `when HTTP_REQUEST { log local0. "debug=$static::debug host=$static::host" }`,
        settings: `when RULE_INIT { set static::debug 1; set static::host "example.com" }`,
      },
      traffic: [req(0, 'c1', '/'), close(1, 'c1')],
    });
    expect(records[0]!.error).toBeNull();
    expect(messages(records[0]!)).toEqual(['debug=1 host=example.com']);
  });

  it('call of a proc no rule defines fails as BIG-IP does: proc NAME not found (measurements §4b)', async () => {
    const { records } = await run({
      rules: { caller: `when HTTP_REQUEST { call lib::missing 1 }`, lib: LIB },
      traffic: [req(0, 'c1', '/'), close(1, 'c1')],
    });
    expect(records[0]!.error).toMatch(/<HTTP_REQUEST> - proc lib::missing not found/);
  });

  it('HTTP::respond in the first rule does not stop the later rules\' handlers (measurements §8)', async () => {
    const { records } = await run({
      rules: {
        late: `when HTTP_REQUEST priority 900 { log local0. "late ran" }`,
        early: `when HTTP_REQUEST priority 100 { HTTP::respond 403 content denied; log local0. "early responded" }`,
      },
      traffic: [req(0, 'c1', '/'), close(1, 'c1')],
    });
    expect(messages(records[0]!)).toEqual(['early responded', 'late ran']);
    expect(records[0]!.response?.status).toBe(403);
  });

  it('a library rule loaded but not attached (libraryRules): call and its RULE_INIT work, its other events do not run here', async () => {
    const lib = `when RULE_INIT { set static::lib_ready yes }
when HTTP_REQUEST { log local0. "library handler ran" }
proc greet {who} { return "hello $who" }`;
    const { records, summary } = await run({
      rules: { caller: `when HTTP_REQUEST { log local0. "[call lib::greet bob] ready=$static::lib_ready" }` },
      files: { 'lib.tcl': lib },
      extra: { libraryRules: ['lib.tcl'] },
      traffic: [req(0, 'c1', '/'), close(1, 'c1')],
    });
    expect(records[0]!.error).toBeNull();
    expect(messages(records[0]!)).toEqual(['hello bob ready=yes']);
    expect(summary.notRaised ?? []).toEqual([]);
  });

  it('libraryRules: a name attached too is refused with the field named', async () => {
    await expect(run({
      rules: { lib: LIB },
      files: { 'lib.tcl': LIB },
      extra: { libraryRules: ['lib.tcl'] },
      traffic: [req(0, 'c1', '/')],
    })).rejects.toThrow(/libraryRules.*rule \/Common\/lib is already attached by rules\[0\]/);
  });
});
