import { describe, it } from 'vitest';
import { expectClean, expectReports } from '../tester.js';

describe('IR5003 log-without-facility', () => {
  it('reports log without a facility', () => {
    expectReports('IR5003', 'when HTTP_REQUEST {\n  log "request [HTTP::uri]"\n}', [{ line: 2, column: 3, severity: 'info' }]);
  });
  it('accepts log with a facility', () => {
    expectClean('IR5003', 'when HTTP_REQUEST {\n  log local0. "request [HTTP::uri]"\n  log -noname local0.warn "x"\n}');
  });
});
