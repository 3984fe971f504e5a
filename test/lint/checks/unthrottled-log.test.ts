// IR4008 unthrottled-log: `log local0.` on every request.
import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

const C = 'IR4008';

describe('IR4008 unthrottled-log', () => {
  it('reports the first log of a hot handler, counting the others, at top level or under routing conditions', () => {
    const src = [
      'when HTTP_REQUEST {',
      '  if { [HTTP::path] starts_with "/v1/" } {',
      '    log local0. "request [HTTP::uri]"',
      '  }',
      '  log local0.info "done"',
      '}',
      'when HTTP_RESPONSE {',
      '  log -noname local0. "status [HTTP::status]"',
      '}',
    ].join('\n');
    expectReports(C, src, [
      { line: 3, column: 5, message: 'and 1 more log line', severity: 'info' },
      { line: 8, column: 3, message: 'HTTP_RESPONSE' },
    ]);
  });
  it('accepts rate-limited log, debug switches, error branches, catch handlers, RULE_INIT and HSL', () => {
    const src = [
      'when RULE_INIT { set static::debug 0 ; log local0. "loaded" }',
      'when HTTP_REQUEST {',
      '  log "plain log is rate limited"',
      '  if { $static::debug } { log local0. "uri [HTTP::uri]" }',
      '  if { [active_members web_pool] < 1 } { log local0.err "pool down" }',
      '  if { [catch { pool web_pool } err] } { log local0.err $err }',
      '  HSL::send [HSL::open -proto UDP -pool syslog] "uri [HTTP::uri]"',
      '}',
      'when LB_FAILED { log local0. "no member" }',
    ].join('\n');
    expectClean(C, src);
  });
});
