import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2004 command-invalid-in-event', () => {
  it('reports HTTP commands in CLIENT_ACCEPTED, inside conditions too', () => {
    expectReports('IR2004', 'when CLIENT_ACCEPTED {\n  if { [HTTP::uri] starts_with "/api/" } {\n    pool api_pool\n  }\n}', [{ line: 2, column: 9, message: 'not valid in CLIENT_ACCEPTED', severity: 'error' }]);
  });
  it('reports the load-time rejections measured on BIG-IP', () => {
    expectReports('IR2004', 'when RULE_INIT {\n  pool p\n}\nwhen HTTP_REQUEST {\n  log local0. [HTTP::status]\n}\nwhen HTTP_RESPONSE {\n  log local0. [HTTP::uri]\n}', [
      { line: 2, column: 3, message: 'RULE_INIT' },
      { line: 5, column: 16, message: 'HTTP_REQUEST' },
      { line: 8, column: 16, message: 'HTTP_RESPONSE' },
    ]);
  });
  it('reports a nested when', () => {
    expectReports('IR2004', 'when HTTP_REQUEST {\n  when HTTP_RESPONSE { }\n}', [{ line: 2, column: 3, message: 'current scope' }]);
  });
  it('checks every event of an event list', () => {
    expectReports('IR2004', 'when CLIENT_ACCEPTED, HTTP_REQUEST {\n  HTTP::header remove X\n}', [{ line: 2, column: 3, message: 'CLIENT_ACCEPTED' }]);
  });
  it('does not judge procs, after scripts or unknown events', () => {
    expectClean('IR2004', 'proc p {} { return [HTTP::uri] }\nwhen CLIENT_ACCEPTED {\n  after 100 { log local0. x }\n  set c [IP::client_addr]\n}\nwhen HTTP_REQEUST {\n  HTTP::status\n}');
  });
  it('accepts commands in their events', () => {
    expectClean('IR2004', 'when HTTP_REQUEST {\n  HTTP::respond 200 content ok\n  TCP::close\n}\nwhen LB_FAILED {\n  LB::reselect pool backup\n}\nwhen HTTP_RESPONSE {\n  if { [HTTP::status] >= 500 } { HTTP::header insert X-Err 1 }\n}');
  });
});
