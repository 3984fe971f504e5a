// IR2010: HTTP::respond, HTTP::redirect, drop or reject followed, on some path of the same handler,
// by commands that still run. None of them ends the handler (docs/bigip-reference.md §2.3): a later `pool` or
// `HTTP::header` still runs (the latter fails: "Can't call after responding"), and a later
// response is an error. `return` (or `event disable`) after the response says where it ends.

import { responseFlow } from '../check-support/response-flow.js';
import { commandName } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const responseWithoutReturn: Check = {
  meta: {
    code: 'IR2010',
    name: 'response-without-return',
    category: 'correctness',
    severity: 'warning',
    description: 'A response, drop or reject is not followed by `return`, and later commands still run.',
    help: {
      why: '`HTTP::respond`, `HTTP::redirect`, `drop` and `reject` do not end the event handler: the commands after them still run. A later `HTTP::header` call fails ("Can\'t call after responding") and resets the connection, a later `pool` is pointless, and a second response is an error. Put `return` right after the response (or `event disable` when later events must not run either).',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::host] eq "old.example.com" } {\n    HTTP::redirect "https://www.example.com[HTTP::uri]"\n  }\n  HTTP::header remove "X-Debug"\n}',
      good: 'when HTTP_REQUEST {\n  if { [HTTP::host] eq "old.example.com" } {\n    HTTP::redirect "https://www.example.com[HTTP::uri]"\n    return\n  }\n  HTTP::header remove "X-Debug"\n}',
    },
  },
  run(ctx) {
    for (const u of responseFlow(ctx.parsed).unterminated) {
      const name = commandName(u.response) ?? 'the response';
      const next = commandName(u.next) ?? 'a command';
      ctx.report(u.response.words[0]!.loc, `${name} does not end the event: "${next}" at line ${u.next.loc.start.line} still runs after it; add "return" after ${name} (or "event disable")`);
    }
  },
};
