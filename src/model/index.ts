// The one command and event model: iRule commands (per-namespace data files), Tcl commands
// (tcl.ts) and events, each fact with its provenance. Pure data and lookups; every layer above
// (syntax, tcl, bigip, lint, docs) reads it, nothing here reads them.

import type { CommandProvenance, CommandSpec, EventSpec, ModelCommand, Provenance, Side } from './types.js';
import { EVENTS } from './events.js';
import { HTTP_COMMANDS } from './commands/http.js';
import { DATAGRAM_COMMANDS, IP_COMMANDS, TCP_COMMANDS, UDP_COMMANDS } from './commands/ip-tcp-udp.js';
import { CRYPTO_COMMANDS, SSL_COMMANDS, X509_COMMANDS } from './commands/ssl.js';
import { LB_COMMANDS } from './commands/lb.js';
import { GLOBAL_COMMANDS, LEGACY_COMMANDS } from './commands/global.js';
import { HSL_COMMANDS, STATS_COMMANDS, STREAM_COMMANDS, URI_COMMANDS } from './commands/hsl-stream-uri.js';
import { ACCESS_COMMANDS, DNS_COMMANDS, MISC_PROTOCOL_COMMANDS, WS_COMMANDS } from './commands/protocols.js';
import { NAMESPACED_COMMAND_NAMES, inventorySpec } from './commands/inventory.js';
import { MODULE_COMMANDS } from './commands/modules.js';

import { TCL_COMMAND_ENTRIES } from './tcl.js';
import { NOT_EMULATED } from './emulation.js';
import { HTTP_FAMILY, HTTP_RESPONSE_SIDE } from './commands/_shared.js';
import { measuredInEvent } from './measured-events.js';
import { effectsOf } from './effects.js';

export type {
  ArgLayout, ArgRole, ArgShape, Availability, CommandProvenance, CommandSpec, DisabledHow, EventName, EventSpec, FactName, ModelCommand,
  Provenance, ResponseFlow, Side, SubcommandSpec, TaintRole,
} from './types.js';
export { EVENTS } from './events.js';
export { MEASURED_EVENTS, measuredInEvent } from './measured-events.js';
export {
  M as MEASUREMENT_SECTIONS, MEASUREMENTS_URL, TCL_ABSENT_COMMANDS, TCL_CORE_COMMANDS, TCL_DISABLED_COMMANDS,
  TCL_UNAVAILABLE_COMMANDS,
} from './tcl.js';

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
  ...MODULE_COMMANDS,
];

const EVENT_MAP: ReadonlyMap<string, EventSpec> = new Map(EVENTS.map((e) => [e.name, e]));

const INFERRED_NOTE = 'not on an F5 page or measured';

/** Side of the proxy from the sides of the valid events. */
function sideOf(spec: CommandSpec): Side {
  if (spec.events === 'any') return 'any';
  const sides = new Set(spec.events.map((e) => EVENT_MAP.get(e)?.side ?? 'client'));
  if (sides.size === 1) return [...sides][0]!;
  sides.delete('global');
  return sides.size === 1 ? [...sides][0]! : 'both';
}

/**
 * Fill in the derived facts of an iRule command entry. The data files record `verified` (the
 * events and arity were read from `source`, an F5 page) and free-text `note`s; provenance says
 * the same per fact, so a reader (and the load validator) knows which facts may produce errors.
 */
function finish(spec: CommandSpec): ModelCommand {
  const given = spec.provenance ?? {};
  const f5 = (url: string | undefined): Provenance | undefined => (url ? { kind: 'f5', url } : undefined);
  const inferred = (note: string): Provenance => ({ kind: 'inferred', note });
  const inventory = spec.synopsis.length === 1 && spec.synopsis[0]!.endsWith(' ...');
  const provenance: CommandProvenance = {
    syntax: given.syntax ?? f5(spec.source) ?? inferred(inventory ? 'known by name only: arguments not recorded (any accepted)' : INFERRED_NOTE),
    events:
      given.events ??
      (spec.events === 'any'
        ? inferred(spec.note ?? 'valid-event list not recorded: treated as valid everywhere')
        : spec.verified
          ? f5(spec.source) ?? inferred(INFERRED_NOTE)
          : inferred(spec.note ?? INFERRED_NOTE)),
    availability:
      given.availability ??
      (inventory
        ? inferred("name from F5's iRules command index or public iRule tooling inventories")
        : f5(spec.source) ?? inferred(INFERRED_NOTE)),
    side: given.side ?? inferred('derived from the sides of the valid events'),
    taint: given.taint ?? inferred(spec.clientControlled ? 'returns data of the request or the peer' : 'no taint role recorded'),
  };
  const effects = effectsOf(spec.name);
  if (effects) {
    if (effects.responseFlow) spec.responseFlow = effects.responseFlow;
    if (effects.assigns) spec.assigns = true;
    if (effects.tcl85Options) spec.tcl85Options = effects.tcl85Options;
    if (effects.instead) spec.instead = effects.instead;
    if (effects.routes) spec.routes = true;
    if (effects.keepsArgument) spec.keepsArgument = true;
    const roles = spec.taint ?? [];
    if (effects.sink && !roles.includes('sink')) {
      // The sink role's source, when it is the command's only taint role.
      if (roles.length === 0 && !spec.clientControlled && !given.taint) provenance.taint = effects.provenance;
      spec.taint = [...roles, 'sink'];
    }
    provenance.effects = effects.provenance;
  }
  const out = spec as ModelCommand;
  out.availability = spec.availability ?? 'irule';
  out.side = spec.side ?? sideOf(spec);
  out.provenance = provenance;
  const reason = NOT_EMULATED[spec.name];
  if (reason) out.notEmulated = reason;
  if (spec.clientControlled && !spec.taint?.includes('source')) out.taint = [...(spec.taint ?? []), 'source'];
  return out;
}

function buildCommands(): Map<string, ModelCommand> {
  const map = new Map<string, ModelCommand>();
  for (const c of DETAILED_COMMANDS) {
    if (map.has(c.name)) throw new Error(`model: duplicate command ${c.name}`);
    map.set(c.name, finish(c));
  }
  for (const name of NAMESPACED_COMMAND_NAMES) if (!map.has(name)) map.set(name, finish(inventorySpec(name)));
  return map;
}

/** The iRule commands (F5's), by name. */
export const COMMANDS: ReadonlyMap<string, ModelCommand> = buildCommands();

function buildTcl(): Map<string, ModelCommand> {
  const map = new Map<string, ModelCommand>();
  for (const c of TCL_COMMAND_ENTRIES) {
    if (map.has(c.name) || COMMANDS.has(c.name)) throw new Error(`model: duplicate command ${c.name}`);
    map.set(c.name, finish(c));
  }
  return map;
}

/** The Tcl commands (core, disabled on BIG-IP, Tcl 8.5+, absent), by name. */
export const TCL_COMMANDS: ReadonlyMap<string, ModelCommand> = buildTcl();

/** Every command entry of the model: iRule and Tcl. */
export const ALL_COMMANDS: ReadonlyMap<string, ModelCommand> = new Map([...COMMANDS, ...TCL_COMMANDS]);

export const EVENT_NAMES: ReadonlySet<string> = new Set(EVENT_MAP.keys());

/** Look an iRule command up by the name written in a rule; a leading '::' (global namespace) is accepted. */
export function lookupCommand(name: string): ModelCommand | undefined {
  const n = name.startsWith('::') ? name.slice(2) : name;
  return COMMANDS.get(n);
}

/** Look any command (iRule or Tcl) up by the name written in a rule. */
export function lookupModel(name: string): ModelCommand | undefined {
  const n = name.startsWith('::') ? name.slice(2) : name;
  return COMMANDS.get(n) ?? TCL_COMMANDS.get(n);
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
 * - 'inferred': left out of a list irule derived itself (see the command's `note`), or refused
 *   only by an unmeasured `rejectedIn` entry.
 */
export type EventVerdict = 'accepted' | 'refused' | 'unlisted' | 'inferred';

/**
 * Events where an HTTP request is in progress (the HTTP family without its response side): F5's
 * own examples use request commands there (HTTP::host in LB_FAILED, HTTP::uri in ASM_REQUEST_DONE,
 * HTTP_REQUEST_RELEASE, ACCESS_*), so an HTTP command missing from its list there is not doubted.
 */
const HTTP_REQUEST_IN_PROGRESS: ReadonlySet<string> = new Set(HTTP_FAMILY.filter((e) => !HTTP_RESPONSE_SIDE.includes(e)));

/** HTTP commands that read the response (no response exists while the request is in progress). */
const HTTP_RESPONSE_ONLY: ReadonlySet<string> = new Set(['HTTP::status']);

export function eventVerdict(cmd: string, first: string | undefined, event: string): EventVerdict {
  const measuredCell = measuredInEvent(cmd, event);
  if (measuredCell !== undefined) return measuredCell ? 'accepted' : 'refused';
  const spec = lookupCommand(cmd);
  if (!spec) return 'accepted';
  if (spec.rejectedIn?.includes(event)) return 'inferred';
  const sub = first !== undefined ? spec.subcommands?.[first] : undefined;
  const verified = spec.provenance.events.kind !== 'inferred';
  for (const events of sub?.events ? [spec.events, sub.events] : [spec.events]) {
    if (events === 'any' || events.includes(event)) continue;
    if (spec.name.startsWith('HTTP::') && HTTP_REQUEST_IN_PROGRESS.has(event) && !HTTP_RESPONSE_ONLY.has(spec.name)) continue;
    return verified ? 'unlisted' : 'inferred';
  }
  return 'accepted';
}

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
