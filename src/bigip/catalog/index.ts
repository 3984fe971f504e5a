// The iRules command and event catalog, merged from the per-namespace data files.

import type { CommandSpec, EventSpec } from './types.js';
import { EVENTS } from './events.js';
import { HTTP_COMMANDS } from './commands/http.js';
import { DATAGRAM_COMMANDS, IP_COMMANDS, TCP_COMMANDS, UDP_COMMANDS } from './commands/ip-tcp-udp.js';
import { CRYPTO_COMMANDS, SSL_COMMANDS, X509_COMMANDS } from './commands/ssl.js';
import { LB_COMMANDS } from './commands/lb.js';
import { GLOBAL_COMMANDS, LEGACY_COMMANDS } from './commands/global.js';
import { HSL_COMMANDS, STATS_COMMANDS, STREAM_COMMANDS, URI_COMMANDS } from './commands/hsl-stream-uri.js';
import { ACCESS_COMMANDS, DNS_COMMANDS, MISC_PROTOCOL_COMMANDS, WS_COMMANDS } from './commands/protocols.js';
import { NAMESPACED_COMMAND_NAMES, inventorySpec } from './commands/inventory.js';
import { HTTP_FAMILY, HTTP_RESPONSE_SIDE } from './commands/_shared.js';
import { measuredInEvent } from './measured-events.js';
import type { EventName } from './types.js';

export type { ArgShape, CommandSpec, EventName, EventSpec, SubcommandSpec } from './types.js';
export { EVENTS } from './events.js';
export { MEASUREMENTS_URL, measuredInEvent } from './measured-events.js';
export { TCL_CORE_COMMANDS, TCL_DISABLED_COMMANDS, TCL_DISCOURAGED_COMMANDS, TCL_UNAVAILABLE_COMMANDS } from './tcl.js';

/** Commands defined in detail, in file order (a duplicate name here is a data error). */
export const DETAILED_COMMANDS: readonly CommandSpec[] = [
  ...HTTP_COMMANDS,
  ...IP_COMMANDS,
  ...TCP_COMMANDS,
  ...UDP_COMMANDS,
  ...DATAGRAM_COMMANDS,
  ...SSL_COMMANDS,
  ...X509_COMMANDS,
  ...CRYPTO_COMMANDS,
  ...LB_COMMANDS,
  ...GLOBAL_COMMANDS,
  ...LEGACY_COMMANDS,
  ...HSL_COMMANDS,
  ...STREAM_COMMANDS,
  ...URI_COMMANDS,
  ...STATS_COMMANDS,
  ...DNS_COMMANDS,
  ...WS_COMMANDS,
  ...ACCESS_COMMANDS,
  ...MISC_PROTOCOL_COMMANDS,
];

function buildCommands(): Map<string, CommandSpec> {
  const map = new Map<string, CommandSpec>();
  for (const c of DETAILED_COMMANDS) {
    if (map.has(c.name)) throw new Error(`catalog: duplicate command ${c.name}`);
    map.set(c.name, c);
  }
  for (const name of NAMESPACED_COMMAND_NAMES) if (!map.has(name)) map.set(name, inventorySpec(name));
  return map;
}

export const COMMANDS: ReadonlyMap<string, CommandSpec> = buildCommands();

const EVENT_MAP: ReadonlyMap<string, EventSpec> = new Map(EVENTS.map((e) => [e.name, e]));

export const EVENT_NAMES: ReadonlySet<string> = new Set(EVENT_MAP.keys());

/** Look a command up by the name written in a rule; a leading '::' (global namespace) is accepted. */
export function lookupCommand(name: string): CommandSpec | undefined {
  const n = name.startsWith('::') ? name.slice(2) : name;
  return COMMANDS.get(n);
}

export function lookupEvent(name: string): EventSpec | undefined {
  return EVENT_MAP.get(name);
}

/**
 * What is known about BIG-IP loading `cmd` (with first argument `first`) in `event`:
 * - 'accepted': measured as accepted, or listed, or nothing suggests otherwise;
 * - 'refused': measured on a real BIG-IP: the rule fails to load (the only certain verdict);
 * - 'unlisted': F5's own "valid during" list leaves the event out (those lists are partial: the
 *   compiler accepts HTTP::uri in LB_SELECTED, which F5's list omits);
 * - 'inferred': left out of a list irule derived itself (see the command's `note`).
 */
export type EventVerdict = 'accepted' | 'refused' | 'unlisted' | 'inferred';

/**
 * Events where an HTTP request is in progress (the HTTP family without its response side): F5's
 * own examples use request commands there (HTTP::host in LB_FAILED, HTTP::uri in ASM_REQUEST_DONE,
 * HTTP_REQUEST_RELEASE, ACCESS_*), so an HTTP command missing from its list there is not reported.
 */
const HTTP_REQUEST_IN_PROGRESS: ReadonlySet<string> = new Set(HTTP_FAMILY.filter((e) => !HTTP_RESPONSE_SIDE.includes(e)));

export function eventVerdict(cmd: string, first: string | undefined, event: string): EventVerdict {
  const measured = measuredInEvent(cmd, event);
  if (measured !== undefined) return measured ? 'accepted' : 'refused';
  const spec = lookupCommand(cmd);
  if (!spec) return 'accepted';
  const sub = first !== undefined ? spec.subcommands?.[first] : undefined;
  const lists: { events: EventName[] | 'any'; verified: boolean }[] = [{ events: spec.events, verified: spec.verified }];
  if (sub?.events) lists.push({ events: sub.events, verified: spec.verified });
  if (spec.rejectedIn?.includes(event)) return 'inferred';
  for (const l of lists) {
    if (l.events === 'any' || l.events.includes(event)) continue;
    if (spec.name.startsWith('HTTP::') && HTTP_REQUEST_IN_PROGRESS.has(event) && !HTTP_RESPONSE_ONLY.has(spec.name)) continue;
    return l.verified ? 'unlisted' : 'inferred';
  }
  return 'accepted';
}

/** HTTP commands that read the response (no response exists while the request is in progress). */
const HTTP_RESPONSE_ONLY: ReadonlySet<string> = new Set(['HTTP::status']);

/** Does BIG-IP load `cmd` in `event`? Only a measured refusal answers false. */
export function isValidInEvent(cmd: string, event: string, first?: string): boolean {
  return eventVerdict(cmd, first, event) !== 'refused';
}

/**
 * Check the word count of a call (`words` = the arguments after the command name, as literal
 * strings where known). Returns undefined when acceptable, otherwise a short reason
 * ("wrong # args"). Words that are not literal (substitutions) should be passed as a
 * placeholder: only the count and a literal first word matter.
 */
export function checkArgs(spec: CommandSpec, words: readonly string[]): string | undefined {
  const n = words.length;
  const fits = (min: number, max: number | null, count: number) => count >= min && (max === null || count <= max);
  if (!fits(spec.args.min, spec.args.max, n)) return 'wrong # args';
  if (!spec.subcommands || n === 0) return undefined;
  const sub = spec.subcommands[words[0]!];
  if (sub) return fits(sub.min, sub.max, n - 1) ? undefined : `wrong # args for ${words[0]}`;
  if (spec.subcommandOptional) {
    const def = spec.defaultSubcommand ? spec.subcommands[spec.defaultSubcommand] : undefined;
    return !def || fits(def.min, def.max, n) ? undefined : 'wrong # args';
  }
  return `unknown subcommand "${words[0]}"`;
}
