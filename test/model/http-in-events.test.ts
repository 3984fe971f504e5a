// HTTP commands in events where an HTTP request is in progress but which are not HTTP_REQUEST:
// F5's own pages use them there (or a real BIG-IP accepted them), so the model must not refuse
// them, lint must report no error and the load validator (the simulator's) must load the rule.
// Each case names the page (or measurement) that shows the use.
import { describe, expect, it } from 'vitest';
import { eventVerdict, MEASUREMENTS_URL } from '../../src/model/index.js';
import { loadErrors } from '../../src/bigip/load.js';
import { parseRuleFile } from '../../src/syntax/irule.js';
import { lintSource } from '../../src/lint/linter.js';

const F5 = 'https://clouddocs.f5.com/api/irules/';

interface Case {
  event: string;
  command: string;
  /** Where F5 uses `command` in `event`, or the measurement that accepted it. */
  source: string;
  rule: string;
}

const CASES: Case[] = [
  {
    event: 'LB_SELECTED',
    command: 'HTTP::uri',
    source: `${MEASUREMENTS_URL}#8-traffic-lab--event-context-and-runtime-behaviour (HTTP::uri: yes in LB_SELECTED)`,
    rule: 'when LB_SELECTED {\n  log local0. "[HTTP::uri] -> [LB::server addr]"\n}\n',
  },
  {
    event: 'LB_SELECTED',
    command: 'HTTP::collect',
    source: `${MEASUREMENTS_URL}#8-traffic-lab--event-context-and-runtime-behaviour (HTTP::collect: yes in LB_SELECTED)`,
    rule: 'when LB_SELECTED {\n  HTTP::collect 100\n}\n',
  },
  {
    event: 'LB_SELECTED',
    command: 'HTTP::status',
    source: `${MEASUREMENTS_URL}#8-traffic-lab--event-context-and-runtime-behaviour (HTTP::status: yes in LB_SELECTED)`,
    rule: 'when LB_SELECTED {\n  log local0. [HTTP::status]\n}\n',
  },
  {
    event: 'LB_FAILED',
    command: 'HTTP::fallback',
    source: `${F5}HTTP__fallback.html (example: when LB_FAILED { HTTP::fallback ... })`,
    rule: 'when LB_FAILED {\n  HTTP::fallback "http://sorry.example.com/"\n}\n',
  },
  {
    event: 'HTTP_REQUEST_RELEASE',
    command: 'HTTP::header',
    source: `${F5}HTTP_REQUEST_RELEASE.html (the request is about to be released to the server side, after the modules that change it)`,
    rule: 'when HTTP_REQUEST_RELEASE {\n  foreach h [HTTP::header names] {\n    log local0. "$h: [HTTP::header value $h]"\n  }\n}\n',
  },
  {
    event: 'ACCESS_ACL_ALLOWED',
    command: 'HTTP::uri',
    source: `${F5}WEBSSO__select.html (example: set req_uri [HTTP::uri] in ACCESS_ACL_ALLOWED)`,
    rule: 'when ACCESS_ACL_ALLOWED {\n  if { [HTTP::uri] starts_with "/owa" } {\n    WEBSSO::select owa_sso\n  }\n}\n',
  },
  {
    event: 'ACCESS_ACL_ALLOWED',
    command: 'HTTP::host',
    source: `${F5}REWRITE__disable.html (example: set host [HTTP::host] in ACCESS_ACL_ALLOWED)`,
    rule: 'when ACCESS_ACL_ALLOWED {\n  set host [HTTP::host]\n  log local0. $host\n}\n',
  },
  {
    event: 'ASM_REQUEST_DONE',
    command: 'HTTP::uri',
    source: `${F5}ASM__unblock.html (example: reads and sets HTTP::uri in ASM_REQUEST_DONE)`,
    rule: 'when ASM_REQUEST_DONE {\n  if { [ASM::violation count] > 0 } {\n    HTTP::uri [string map {"?debug=1" ""} [HTTP::uri]]\n    ASM::unblock\n  }\n}\n',
  },
];

describe('HTTP commands where F5 uses them outside HTTP_REQUEST', () => {
  for (const c of CASES) {
    it(`${c.command} in ${c.event}: ${c.source}`, () => {
      expect(eventVerdict(c.command, undefined, c.event)).not.toBe('refused');
      expect(loadErrors(parseRuleFile(c.rule))).toEqual([]);
      const errors = lintSource(c.rule, 'r.tcl').filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([]);
    });
  }

  it(`HTTP::respond in LB_SELECTED stays an error: measured refused (${MEASUREMENTS_URL}#8-traffic-lab--event-context-and-runtime-behaviour)`, () => {
    const rule = 'when LB_SELECTED {\n  HTTP::respond 503 content "down"\n}\n';
    expect(eventVerdict('HTTP::respond', undefined, 'LB_SELECTED')).toBe('refused');
    expect(loadErrors(parseRuleFile(rule)).map((e) => `${e.code} ${e.loc.start.line}`)).toEqual(['IR2004 2']);
    expect(lintSource(rule, 'r.tcl').filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['IR2004']);
  });
});
