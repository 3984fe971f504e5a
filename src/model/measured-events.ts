// Which commands BIG-IP accepts in which events when it loads a rule, as measured on a live
// BIG-IP 21.1 (docs/bigip-parser.md, "Events": measurements §8, 120 command x event pairs). A
// refused cell fails the load with "command is not valid in current event context (EVENT)"; an
// accepted one loads (RULE_INIT accepts HTTP::* at load, though they mean nothing there).
//
// These are the only event-context refusals irule treats as certain. Everything else (F5's
// "valid during" lists, which omit events the compiler accepts, and lists irule inferred) can
// only make a warning.

export const MEASURED_EVENTS = [
  'RULE_INIT', 'CLIENT_ACCEPTED', 'CLIENT_DATA', 'HTTP_REQUEST', 'LB_SELECTED', 'SERVER_CONNECTED', 'HTTP_RESPONSE', 'CLIENT_CLOSED',
] as const;

// One character per event of MEASURED_EVENTS, in that order: y = accepted, - = refused.
const MATRIX: Record<string, string> = {
  'HTTP::uri': 'y--yyy--',
  'HTTP::status': 'y---y-y-',
  'HTTP::respond': 'y--y--y-',
  'HTTP::collect': 'y--yy-y-',
  'IP::client_addr': '-yyyyyyy',
  'IP::server_addr': '-yyyyyyy',
  'TCP::client_port': '-yyyyyyy',
  'TCP::collect': 'yyyyyyyy',
  'TCP::payload': 'yyyyyyyy',
  'LB::server': '-yyyyyyy',
  'SSL::cipher': '---yy-y-',
  pool: '-yyyyyyy',
  node: '-yyyyyyy',
  table: '-yyyyyyy',
};

/** true/false when BIG-IP's acceptance of `command` in `event` was measured, else undefined. */
export function measuredInEvent(command: string, event: string): boolean | undefined {
  const row = MATRIX[command.startsWith('::') ? command.slice(2) : command];
  const i = (MEASURED_EVENTS as readonly string[]).indexOf(event);
  if (row === undefined || i < 0) return undefined;
  return row[i] === 'y';
}
