import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2005 missing-profile', () => {
  it('reports an HTTP event on a virtual without an http profile, once', () => {
    expectReports('IR2005', 'when HTTP_REQUEST {\n  HTTP::header insert X 1\n  HTTP::header remove Y\n}', [{ line: 1, column: 6, message: 'never runs', severity: 'warning' }], { virtual: { profiles: ['tcp'] } });
  });
  it('reports commands that need a missing profile, once per handler', () => {
    expectReports('IR2005', 'when CLIENT_ACCEPTED {\n  SSL::disable\n  SSL::disable serverside\n}', [{ line: 2, column: 3, message: 'clientssl or serverssl' }], { virtual: { profiles: ['tcp', 'http'] } });
  });
  it('reads the # profiles: comment', () => {
    expectReports('IR2005', '# profiles: tcp\nwhen HTTP_REQUEST {\n  pool p\n}', [{ line: 2, column: 6 }]);
  });
  it('is silent when the profiles are unknown or present', () => {
    expectClean('IR2005', 'when HTTP_REQUEST {\n  HTTP::header insert X 1\n}');
    expectClean('IR2005', 'when HTTP_REQUEST {\n  HTTP::header insert X 1\n}\nwhen CLIENTSSL_HANDSHAKE {\n  log local0. [SSL::cipher name]\n}', { virtual: { profiles: ['tcp', 'http', 'client-ssl'] } });
  });
});
