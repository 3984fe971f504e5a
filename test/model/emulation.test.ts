// Every model entry is either implemented by the emulator or explicitly marked not emulated (with
// a reason), and every implementation has a model entry: the model and the engine cannot drift.

import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS, lookupModel } from '../../src/model/index.js';
import { NOT_EMULATED } from '../../src/model/emulation.js';
import { CORE_COMMANDS, EVAL_ONLY_COMMANDS } from '../../src/tcl/commands/index.js';
import { EMULATED_COMMANDS, installBigipCommands } from '../../src/bigip/commands/index.js';
import { createInterp, evalValue } from '../../src/tcl/index.js';

const IMPLEMENTED = new Set([...CORE_COMMANDS, ...EMULATED_COMMANDS].map((d) => d.name));

describe('model and emulator', () => {
  it('every implementation (Tcl engine, irule eval only, BIG-IP) has a model entry', () => {
    const orphans = [...CORE_COMMANDS, ...EVAL_ONLY_COMMANDS, ...EMULATED_COMMANDS].map((d) => d.name).filter((n) => !lookupModel(n));
    expect(orphans).toEqual([]);
  });

  it('every iRule or available Tcl command is implemented or marked not emulated with a reason', () => {
    const unaccounted: string[] = [];
    for (const [name, spec] of ALL_COMMANDS) {
      if (spec.availability !== 'irule' && spec.availability !== 'tcl-core') continue;
      if (!IMPLEMENTED.has(name) && !spec.notEmulated) unaccounted.push(name);
    }
    expect(unaccounted).toEqual([]);
  });

  it('nothing listed as not emulated is implemented (a new implementation must leave the list)', () => {
    expect(Object.keys(NOT_EMULATED).filter((n) => IMPLEMENTED.has(n))).toEqual([]);
    for (const name of Object.keys(NOT_EMULATED)) expect(ALL_COMMANDS.has(name), `${name} is listed but has no model entry`).toBe(true);
  });

  it('legacy names F5 keeps as aliases run as their replacement and count as emulated (docs/commands too)', () => {
    const interp = createInterp({ dialect: 'irule' });
    installBigipCommands(interp);
    // https://clouddocs.f5.com/api/irules/active_nodes.html: deprecated, use active_members.
    for (const [legacy, current] of [['active_nodes', 'active_members'], ['http_uri', 'HTTP::uri'], ['client_addr', 'IP::client_addr']] as const) {
      expect(lookupModel(legacy)?.deprecated).toBe(`use ${current}`);
      expect(IMPLEMENTED.has(legacy), legacy).toBe(true);
      expect(interp.commands.get(legacy)?.fn).toBe(interp.commands.get(current)?.fn);
    }
    // A legacy name whose replacement is not emulated stays a "not emulated" stub.
    expect(IMPLEMENTED.has('ip_tos')).toBe(false);
    expect(() => evalValue(interp, 'ip_tos')).toThrow(/not emulated: ip_tos/);
  });

  it('the BIG-IP interpreter lacks what BIG-IP lacks and stubs what is not emulated', async () => {
    const interp = createInterp({ dialect: 'irule' });
    installBigipCommands(interp);
    for (const name of ['dict', 'lassign', 'try', 'apply', 'lmap', 'namespace', 'rename', 'time', 'exec']) {
      expect(interp.commands.has(name), name).toBe(false);
    }
    for (const name of ['set', 'string', 'HTTP::uri', 'table', 'class']) expect(interp.commands.has(name), name).toBe(true);
    expect(() => evalValue(interp, 'DNS::question name')).toThrow(/not emulated: DNS::question/);
    expect(() => evalValue(interp, 'dict create a 1')).toThrow(/invalid command name "dict"/);
  });
});
