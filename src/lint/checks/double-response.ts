// IR2011: two HTTP responses (HTTP::respond / HTTP::redirect) possible on one path of a handler.
// Answering a request twice is an error at run time (docs/bigip-reference.md §3.5; F5: "Multiple redirect/respond
// invocations not supported"), which resets the client connection.

import { responseFlow } from '../check-support/response-flow.js';
import { commandName } from '../check-support/traverse.js';
import type { Check } from '../types.js';

export const doubleResponse: Check = {
  meta: {
    code: 'IR2011',
    name: 'double-response',
    category: 'correctness',
    severity: 'error',
    description: 'Two HTTP responses are possible for one request on one path.',
    help: {
      why: 'A request can be answered only once: after `HTTP::respond` or `HTTP::redirect`, a second one on the same request raises a Tcl error at run time and BIG-IP resets the client connection. Since a response does not end the handler, two `if` blocks that both respond will both run when both conditions hold. End each response with `return`, or chain the tests with `elseif`.',
      bad: 'when HTTP_REQUEST {\n  if { [TCP::local_port] == 80 } {\n    HTTP::redirect "https://[HTTP::host][HTTP::uri]"\n  }\n  if { [HTTP::path] eq "/old" } {\n    HTTP::redirect "/new"\n  }\n}',
      good: 'when HTTP_REQUEST {\n  if { [TCP::local_port] == 80 } {\n    HTTP::redirect "https://[HTTP::host][HTTP::uri]"\n    return\n  }\n  if { [HTTP::path] eq "/old" } {\n    HTTP::redirect "/new"\n  }\n}',
    },
  },
  run(ctx) {
    for (const d of responseFlow(ctx.parsed).doubles) {
      const first = commandName(d.first) ?? 'a response';
      const second = commandName(d.second) ?? 'response';
      ctx.report(d.second.words[0]!.loc, `${second} may answer a request already answered by ${first} at line ${d.first.loc.start.line}: a second response is an error at run time; add "return" after the first response, or use elseif`);
    }
  },
};
