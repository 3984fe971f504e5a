import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR2014 persist-add-event', () => {
  it('reports persist add in request events', () => {
    expectReports('IR2014', 'when HTTP_REQUEST {\n  persist add uie [HTTP::cookie sid] 1800\n}', [{ line: 2, column: 11, message: 'HTTP_REQUEST', severity: 'warning' }]);
  });
  it('accepts persist add once a member is selected', () => {
    expectClean('IR2014', 'when LB_SELECTED {\n  persist add uie [IP::client_addr]\n}\nwhen HTTP_RESPONSE {\n  persist add uie [HTTP::cookie sid] 1800\n}\nwhen HTTP_REQUEST {\n  persist uie [HTTP::cookie sid]\n  persist lookup uie [HTTP::cookie sid]\n}');
  });
});
