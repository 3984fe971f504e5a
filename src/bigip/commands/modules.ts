// Commands whose answer comes from a module outside the rule: IP intelligence (IP::reputation), iRules LX
// plugins (ILX::), the ASM security policy (ASM::), the ECA authentication plugin (ECA::), APM's
// per-request switch and user index (ACCESS::enable, ACCESS::user), the HTTP filter's passthrough mode
// (HTTP::disable / HTTP::enable), and the BIG-IP 4.x `use` statement. What those modules decide is a fact
// of the scenario (docs/formats.md); a rule that needs one the scenario lacks stops with one error naming
// the field, never a made-up answer.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef } from '../../tcl/interp.js';
import { TclList, str, type Value } from '../../tcl/value.js';
import { globMatch } from '../../tcl/strings/glob.js';
import { lookupCommand } from '../../model/index.js';
import { missingFact } from '../facts.js';
import { emulatorOf } from '../state.js';
import { networkContains, parseAddress, parseNetwork } from './ipaddr.js';

function notEmulated(name: string, why: string): TclError {
  return new TclError(`not emulated: ${name} (${why})`, ['IRULE', 'NOT_EMULATED', name]);
}

/**
 * IP::reputation ADDR (https://clouddocs.f5.com/api/irules/IP__reputation.html): the list of reputation
 * categories of the address. BIG-IP reads its IP intelligence database; here the scenario's `reputation`
 * map is the database (the most specific network containing the address wins). Default none: an address
 * the scenario does not list has no category, an empty list.
 */
const ipReputation: CommandDef = {
  name: 'IP::reputation',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('IP::reputation ip');
    const text = str(argv[1]!);
    const addr = parseAddress(text) ? parseNetwork(text) : null;
    if (!addr) throw new TclError(`invalid IP address "${text}"`, ['IRULE', 'IP_REPUTATION']);
    let best: { prefix: number; cats: string[] } | null = null;
    for (const [key, cats] of Object.entries(emulatorOf(interp).emulator.facts.reputation ?? {})) {
      const net = parseNetwork(key);
      if (net && networkContains(net, addr) && (!best || net.prefix > best.prefix)) best = { prefix: net.prefix, cats };
    }
    return new TclList(best?.cats ?? []);
  },
};

/** The commands `use` may be paired with (https://clouddocs.f5.com/api/irules/use.html): its model entry's subcommands. */
const USE_PAIRED = Object.keys(lookupCommand('use')?.subcommands ?? {});

/**
 * use CMD ARGS (https://clouddocs.f5.com/api/irules/use.html): "a BIG-IP 4.X statement, provided for
 * backward-compatibility", "paired with" node, pool, rateclass, snat, snatpool (and clone, nexthop in its
 * synopsis): `use pool P` runs `pool P`. Any other pairing is not a form F5 documents; it stops the rule
 * with an error that says so (the exact text BIG-IP prints is not documented).
 */
const use: CommandDef = {
  name: 'use',
  fn: (interp, argv) => {
    if (argv.length < 3) throw wrongArgs('use pool|node|snat|snatpool|rateclass|clone|nexthop ...');
    const target = str(argv[1]!);
    if (!USE_PAIRED.includes(target)) {
      throw new TclError(`use: "${target}" is not one of ${USE_PAIRED.join(', ')} (the commands use pairs with: https://clouddocs.f5.com/api/irules/use.html)`, ['IRULE', 'USE']);
    }
    const impl = interp.commands.get(target);
    if (!impl) throw new TclError(`invalid command name "${target}"`, ['TCL', 'LOOKUP', 'COMMAND', target]);
    return impl.fn(interp, argv.slice(1));
  },
};

/**
 * ILX::init ?PLUGIN? EXTENSION (https://clouddocs.f5.com/api/irules/ILX__init.html) makes a handle to a
 * running plugin extension; ILX::call HANDLE ?-timeout MS? METHOD ?ARG ...?
 * (https://clouddocs.f5.com/api/irules/ILX__call.html) waits for the method's reply. The plugin is Node.js
 * code outside the rule: its replies are the scenario's `ilx` map (by `plugin/extension` or extension,
 * then method). The handle is the `plugin/extension` text; BIG-IP's handle is opaque, a rule only passes it on.
 */
const ilxInit: CommandDef = {
  name: 'ILX::init',
  fn: (_interp, argv) => {
    if (argv.length < 2 || argv.length > 3) throw wrongArgs('ILX::init ?plugin_name? extension_name');
    const words = argv.slice(1).map(str);
    return words.length === 2 ? `${words[0]}/${words[1]}` : words[0]!;
  },
};

function ilxReply(interp: Parameters<CommandDef['fn']>[0], argv: Value[], name: string): string {
  const a = argv.slice(1).map(str);
  const handle = a.shift();
  if (handle === undefined) throw wrongArgs(`${name} handle ?-timeout ms? method ?arg ...?`);
  while (a[0] === '-timeout') a.splice(0, 2);
  const method = a[0];
  if (method === undefined) throw wrongArgs(`${name} handle ?-timeout ms? method ?arg ...?`);
  const ilx = emulatorOf(interp).emulator.facts.ilx;
  const ext = handle.includes('/') ? handle.slice(handle.indexOf('/') + 1) : handle;
  const methods = ilx?.[handle] ?? ilx?.[ext];
  if (!methods) throw missingFact(name, `ilx["${handle}"] (the plugin's replies by method)`);
  const reply = methods[method];
  if (reply === undefined) throw missingFact(name, `ilx["${handle}"].${method} (the reply of method ${method})`);
  return reply;
}

const ilxCall: CommandDef = { name: 'ILX::call', fn: (interp, argv) => ilxReply(interp, argv, 'ILX::call') };

/** ILX::notify (https://clouddocs.f5.com/api/irules/ILX__notify.html): "does not wait for a response"; nothing returns. */
const ilxNotify: CommandDef = {
  name: 'ILX::notify',
  fn: (_interp, argv) => {
    if (argv.length < 3) throw wrongArgs('ILX::notify handle method ?arg ...?');
    return '';
  },
};

/**
 * ASM:: (https://clouddocs.f5.com/api/irules/ASM__status.html, ASM__violation.html, ASM__support_id.html,
 * ASM__policy.html): the security policy's verdict on the request, from the scenario's `asm.verdicts`.
 */
function asmOf(interp: Parameters<CommandDef['fn']>[0], name: string) {
  const h = emulatorOf(interp);
  const asm = h.emulator.facts.asm;
  if (!asm) throw missingFact(name, 'asm (the security policy on the virtual)');
  return { asm, verdict: h.txn?.asm ?? { status: 'Clear' as const, violations: [] }, h };
}

const asmStatus: CommandDef = { name: 'ASM::status', fn: (interp) => asmOf(interp, 'ASM::status').verdict.status };
const asmPolicy: CommandDef = { name: 'ASM::policy', fn: (interp) => asmOf(interp, 'ASM::policy').asm.policy };
const asmSupportId: CommandDef = {
  name: 'ASM::support_id',
  fn: (interp) => {
    const id = asmOf(interp, 'ASM::support_id').verdict.supportId;
    if (id === undefined) throw missingFact('ASM::support_id', 'asm.verdicts[].supportId (ASM numbers each request itself)');
    return id;
  },
};
const asmViolation: CommandDef = {
  name: 'ASM::violation',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('ASM::violation count|names|attack_types|details|rating');
    const { verdict } = asmOf(interp, 'ASM::violation');
    const what = str(argv[1]!);
    if (what === 'count') return verdict.violations.length;
    if (what === 'names') return new TclList(verdict.violations);
    throw notEmulated(`ASM::violation ${what}`, 'the scenario gives violation names only');
  },
};
const asmToggle = (name: string, disabled: boolean): CommandDef => ({
  name,
  fn: (interp) => {
    const h = emulatorOf(interp);
    if (h.connState) h.connState.asmDisabled = disabled;
    return '';
  },
});

/**
 * ECA::enable / ECA::select (https://clouddocs.f5.com/api/irules/ECA__enable.html, ECA__select.html) turn
 * the NTLM/Kerberos authentication plugin on for the flow and pick its configuration; ECA::status,
 * ::username, ::domainname, ::client_machine_name report its result. The NTLM exchange with the client and
 * the domain controller is outside the rule: its outcome is the scenario's `eca` fact. ECA::disable turns
 * the plugin off (https://clouddocs.f5.com/api/irules/ECA__disable.html): no authentication, nothing to report.
 */
function ecaFacts(interp: Parameters<CommandDef['fn']>[0], name: string) {
  const eca = emulatorOf(interp).emulator.facts.eca;
  if (!eca) throw missingFact(name, 'eca (the NTLM authentication result)');
  return eca;
}

const ecaEnable: CommandDef = {
  name: 'ECA::enable',
  fn: (interp) => {
    const eca = ecaFacts(interp, 'ECA::enable');
    const h = emulatorOf(interp);
    if (h.connState) h.connState.eca.enabled = true;
    if (eca.status !== 'NTLM_STATUS_OK') {
      // A failed NTLM authentication ends in the plugin's challenge/deny exchange with the client, which the
      // emulator does not reproduce; a successful one lets the request through unchanged.
      throw notEmulated('ECA::enable', `the plugin's answer to a failed authentication (eca.status ${eca.status})`);
    }
    return '';
  },
};

const ecaDisable: CommandDef = {
  name: 'ECA::disable',
  fn: (interp, argv) => {
    if (argv.length !== 1) throw wrongArgs('ECA::disable');
    const h = emulatorOf(interp);
    if (h.connState) h.connState.eca.enabled = false;
    return '';
  },
};

const ecaSelect: CommandDef = {
  name: 'ECA::select',
  fn: (interp, argv) => {
    if (argv.length < 2 || argv.length > 3) throw wrongArgs('ECA::select ?select_ntlm:NAME? ?select_kerberos:NAME?');
    const words = argv.slice(1).map(str);
    for (const w of words) if (!/^select_(ntlm|kerberos):\S+$/.test(w)) throw new TclError(`ECA::select: bad argument "${w}": must be select_ntlm:NAME or select_kerberos:NAME`, ['IRULE', 'ECA']);
    const h = emulatorOf(interp);
    if (h.connState) h.connState.eca.selected = words;
    return '';
  },
};

const ecaField = (name: string, field: 'status' | 'username' | 'domainname' | 'clientMachineName'): CommandDef => ({
  name,
  fn: (interp) => ecaFacts(interp, name)[field] ?? '',
});

/**
 * ACCESS::enable (https://clouddocs.f5.com/api/irules/ACCESS__enable.html) turns APM's policy enforcement
 * back on for the request (ACCESS::disable turned it off). The emulator runs no access policy: the client's
 * session is the scenario's `apm` variables, the same either way, so the switch changes nothing it shows.
 */
const accessEnable: CommandDef = { name: 'ACCESS::enable', fn: (_interp, argv) => {
  if (argv.length !== 1) throw wrongArgs('ACCESS::enable');
  return '';
} };

/**
 * ACCESS::user getsid KEY (https://clouddocs.f5.com/api/irules/ACCESS__user.html): the session ids whose
 * user key (session.user.uuid) is KEY. The scenario's `apm` is the one session the emulator knows: its id
 * when its session.user.uuid is KEY, else none.
 */
const accessUser: CommandDef = {
  name: 'ACCESS::user',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    if (a[0] !== 'getsid') throw notEmulated(`ACCESS::user ${a[0] ?? ''}`.trim(), 'only getsid reads the scenario\'s apm session');
    if (a.length !== 2) throw wrongArgs('ACCESS::user getsid key');
    const vars = emulatorOf(interp).emulator.facts.apm;
    if (!vars) throw missingFact('ACCESS::user', 'apm (the access session\'s variables)');
    if (vars['session.user.uuid'] !== a[1]) return new TclList([]);
    const sid = vars['session.id'];
    if (sid === undefined) throw missingFact('ACCESS::user getsid', 'apm["session.id"]');
    return new TclList([sid]);
  },
};

/**
 * HTTP::disable ?discard? / HTTP::enable (https://clouddocs.f5.com/api/irules/HTTP__disable.html,
 * https://clouddocs.f5.com/api/irules/HTTP__enable.html): the HTTP filter changes from full parsing to
 * passthrough mode and back. In passthrough no HTTP_* event runs for the connection's requests and
 * responses; load balancing and the server side go on, and the bytes pass unchanged. `discard` (drop the
 * bytes instead) is not emulated.
 */
const httpDisable: CommandDef = {
  name: 'HTTP::disable',
  fn: (interp, argv) => {
    if (argv.length > 2) throw wrongArgs('HTTP::disable ?discard?');
    if (argv.length === 2) {
      if (str(argv[1]!) !== 'discard') throw new TclError(`bad option "${str(argv[1]!)}": must be discard`, ['IRULE', 'HTTP']);
      throw notEmulated('HTTP::disable discard', 'the filter discarding the connection\'s bytes');
    }
    const h = emulatorOf(interp);
    if (h.connState) h.connState.httpDisabled = true;
    return '';
  },
};

const httpEnable: CommandDef = {
  name: 'HTTP::enable',
  fn: (interp, argv) => {
    if (argv.length !== 1) throw wrongArgs('HTTP::enable');
    const h = emulatorOf(interp);
    if (h.connState) h.connState.httpDisabled = false;
    return '';
  },
};

/** Verdict of the scenario's policy on a request: the first entry whose method and URI glob fit; else Clear. */
export function asmVerdictFor(asm: NonNullable<ReturnType<typeof emulatorOf>['emulator']['facts']['asm']>, method: string, uri: string) {
  for (const v of asm.verdicts) {
    if (v.method !== undefined && v.method.toUpperCase() !== method.toUpperCase()) continue;
    if (v.uri !== undefined && !globMatch(v.uri, uri)) continue;
    return v.verdict;
  }
  return { status: 'Clear' as const, violations: [] };
}

export const moduleCommands: CommandDef[] = [
  ipReputation, use, ilxInit, ilxCall, ilxNotify,
  asmStatus, asmPolicy, asmSupportId, asmViolation, asmToggle('ASM::disable', true), asmToggle('ASM::enable', false),
  ecaEnable, ecaDisable, ecaSelect, ecaField('ECA::status', 'status'), ecaField('ECA::username', 'username'),
  ecaField('ECA::domainname', 'domainname'), ecaField('ECA::client_machine_name', 'clientMachineName'),
  accessEnable, accessUser, httpDisable, httpEnable,
];
