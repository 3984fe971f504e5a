import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2001 unknown-event', () => {
  it('reports a misspelt event with the nearest name', () => {
    expectReports('IR2001', 'when HTTP_REQEUST {\n  pool web_pool\n}', [{ line: 1, column: 6, message: 'did you mean "HTTP_REQUEST"?', severity: 'error' }]);
  });
  it('suggests the upper-case spelling', () => {
    expectReports('IR2001', 'when http_request {\n  pool p\n}', [{ line: 1, column: 6, message: '"HTTP_REQUEST"' }]);
  });
  it('points at each unknown name of an event list', () => {
    expectReports('IR2001', 'when HTTP_REQUEST, LB_SELECTD {\n  log local0. x\n}', [{ line: 1, column: 20, message: '"LB_SELECTED"' }]);
  });
  it('an event name holding a newline or a parenthesis (found by the fuzzer) is reported, escaped', () => {
    expectReports('IR2001', 'when HTTP_x\\r\\nLocation:(a) {\n  pool p\n}', [{ line: 1, column: 6, message: 'unknown event (HTTP_x\\r\\nLocation:(a)): BIG-IP refuses' }]);
  });
  it('accepts known events, priorities and timing', () => {
    expectClean('IR2001', 'when RULE_INIT {\n  set static::a 1\n}\nwhen HTTP_REQUEST priority 100 timing on {\n  pool p\n}\nwhen CLIENTSSL_HANDSHAKE {\n  log local0. hs\n}\nwhen LB_FAILED {\n  LB::reselect\n}');
  });
});
