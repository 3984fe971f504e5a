// Commands of the box and of the modules layered on a virtual server: TMM (CMP units), ECA (NTLM/Kerberos
// client authentication), ADAPT (ICAP content adaptation), BWC (bandwidth control), CACHE (web
// acceleration), PROFILE (the virtual's profiles), ILX (iRules LX plugins), ASM (the web application
// firewall) and BOTDEFENSE (Bot Defense). Each entry cites its F5 clouddocs page; what the emulator does with each is in
// src/bigip/commands and docs/behaviour.md.

import type { CommandSpec } from '../types.js';
import { TMSH13, a, cmd, docUrl, sub, uncheckedSyntax } from './_shared.js';

const ECA = ['eca'];
const ILX = ['ilx'];
const ASM = ['asm'];
const ADAPT = ['requestadapt', 'responseadapt'];
const BOTDEFENSE = ['bot-defense'];

export const MODULE_COMMANDS: CommandSpec[] = [
  // TMM: "returns the number (0-x) of the CPUs executing the rule" / "the active number of TMM instances".
  cmd('TMM::cmp_unit', a(0, 0), { synopsis: ['TMM::cmp_unit'], returns: 'integer', source: docUrl('TMM::cmp_unit') }),
  cmd('TMM::cmp_count', a(0, 0), { synopsis: ['TMM::cmp_count'], returns: 'integer', source: docUrl('TMM::cmp_count') }),
  cmd('TMM::cmp_group', a(0, 0), { synopsis: ['TMM::cmp_group'], returns: 'integer', source: docUrl('TMM::cmp_group') }),
  cmd('TMM::cmp_groups', a(0, 0), { synopsis: ['TMM::cmp_groups'], returns: 'integer', source: docUrl('TMM::cmp_groups') }),
  cmd('TMM::cmp_primary_group', a(0, 0), { synopsis: ['TMM::cmp_primary_group'], returns: 'integer', source: docUrl('TMM::cmp_primary_group') }),

  // ECA: the NTLM/Kerberos authentication plugin of the flow.
  cmd('ECA::disable', a(0, 0), { synopsis: ['ECA::disable'], profiles: ECA, returns: 'none', source: docUrl('ECA::disable') }),
  cmd('ECA::enable', a(0, 0), { synopsis: ['ECA::enable'], profiles: ECA, returns: 'none', source: docUrl('ECA::enable') }),
  cmd('ECA::select', a(1, 2), {
    synopsis: ['ECA::select [select_ntlm:<ntlm config>] [select_kerberos:<kerberos config>]'],
    profiles: ECA,
    returns: 'none',
    source: docUrl('ECA::select'),
  }),
  cmd('ECA::status', a(0, 0), { synopsis: ['ECA::status'], profiles: ECA, returns: 'string', source: docUrl('ECA::status') }),
  cmd('ECA::username', a(0, 0), { synopsis: ['ECA::username'], profiles: ECA, returns: 'string', clientControlled: true, source: docUrl('ECA::username') }),
  cmd('ECA::domainname', a(0, 0), { synopsis: ['ECA::domainname'], profiles: ECA, returns: 'string', clientControlled: true, source: docUrl('ECA::domainname') }),
  cmd('ECA::client_machine_name', a(0, 0), {
    synopsis: ['ECA::client_machine_name'], profiles: ECA, returns: 'string', clientControlled: true, source: docUrl('ECA::client_machine_name'),
  }),

  // ADAPT: "enables, disables or returns the enable state of the ADAPT filter".
  cmd('ADAPT::enable', a(0, 3), {
    synopsis: ['ADAPT::enable [<context>] [request | response] [<boolean>]'],
    profiles: ADAPT,
    source: docUrl('ADAPT::enable'),
  }),

  // BWC: attach or detach a bandwidth control policy.
  cmd('BWC::policy', a(2, 3), {
    synopsis: ['BWC::policy (attach | detach) <policy name> [<session id>]'],
    subcommands: { attach: sub(1, 2, { returns: 'none' }), detach: sub(1, 2, { returns: 'none' }) },
    source: docUrl('BWC::policy'),
  }),

  // CACHE: "Disables caching for this request" / "Forces the document to be cached".
  cmd('CACHE::disable', a(0, 0), { synopsis: ['CACHE::disable'], profiles: ['webacceleration'], returns: 'none', source: docUrl('CACHE::disable') }),
  cmd('CACHE::enable', a(0, 0), { synopsis: ['CACHE::enable'], profiles: ['webacceleration'], returns: 'none', source: docUrl('CACHE::enable') }),

  // PROFILE: is a profile of this type (and name) attached to the virtual?
  cmd('PROFILE::exists', a(1, 3), {
    synopsis: ['PROFILE::exists <profile type> [<profile name>]', 'PROFILE::exists persist <mode> [<profile name>]'],
    returns: 'boolean',
    source: docUrl('PROFILE::exists'),
    provenance: uncheckedSyntax('PROFILE::exists'),
  }),

  // ILX: a handle to a running iRules LX plugin extension, and calls to its methods.
  cmd('ILX::init', a(1, 2), { synopsis: ['ILX::init [<plugin name>] <extension name>'], profiles: ILX, returns: 'string', source: docUrl('ILX::init') }),
  cmd('ILX::call', a(2, null), {
    synopsis: ['ILX::call <handle> [-timeout <ms>] <method> [<arg> ...]'],
    profiles: ILX,
    returns: 'string',
    source: docUrl('ILX::call'),
  }),
  cmd('ILX::notify', a(2, null), { synopsis: ['ILX::notify <handle> <method> [<arg> ...]'], profiles: ILX, returns: 'none', source: docUrl('ILX::notify') }),

  // ASM: the security policy's verdict on the request (valid in the ASM_* events).
  cmd('ASM::status', a(0, 0), { synopsis: ['ASM::status'], profiles: ASM, returns: 'string', source: docUrl('ASM::status') }),
  cmd('ASM::violation', a(1, 1), {
    synopsis: ['ASM::violation (count | names | attack_types | details | rating)'],
    profiles: ASM,
    source: docUrl('ASM::violation'),
  }),
  cmd('ASM::support_id', a(0, 0), { synopsis: ['ASM::support_id'], profiles: ASM, returns: 'string', source: docUrl('ASM::support_id') }),
  cmd('ASM::policy', a(0, 0), { synopsis: ['ASM::policy'], profiles: ASM, returns: 'string', source: docUrl('ASM::policy') }),
  cmd('ASM::disable', a(0, 0), { synopsis: ['ASM::disable'], profiles: ASM, returns: 'none', source: docUrl('ASM::disable') }),
  cmd('ASM::enable', a(0, 1), { synopsis: ['ASM::enable [<policy>]'], profiles: ASM, returns: 'none', source: docUrl('ASM::enable') }),

  // BOTDEFENSE: "Disables processing by Bot Defense on the connection" (until BOTDEFENSE::enable); the
  // action Bot Defense decided, or an override of it (tmsh v13 reference: "Returns or overrides the action").
  cmd('BOTDEFENSE::disable', a(0, 0), { synopsis: ['BOTDEFENSE::disable'], returns: 'none', source: docUrl('BOTDEFENSE::disable'), provenance: uncheckedSyntax('BOTDEFENSE::disable') }),
  cmd('BOTDEFENSE::enable', a(0, 0), { synopsis: ['BOTDEFENSE::enable'], returns: 'none', source: docUrl('BOTDEFENSE::enable'), provenance: uncheckedSyntax('BOTDEFENSE::enable') }),
  cmd('BOTDEFENSE::action', a(0, 3), {
    synopsis: [
      'BOTDEFENSE::action',
      'BOTDEFENSE::action (allow | browser_challenge | captcha_challenge | redirect_challenge | tcp_rst)',
      'BOTDEFENSE::action custom_response <content> [<status>]',
      'BOTDEFENSE::action custom_redirect <location> [<status>]',
    ],
    profiles: BOTDEFENSE,
    returns: 'string',
    source: `${TMSH13}BOTDEFENSE_action.html`,
  }),
];
