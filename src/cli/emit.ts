// irule emit RULE --target tcl|tmsh|rest|as3 [--name N] [--partition P] [--scenario S] [-o FILE] [-c CONFIG]
//
// Exit 0: written. 1: the rule has lint errors (printed as file:line:col: message [code]; the gate
// uses irule lint's configuration, so a project can lower a check's severity) or cannot be
// embedded; nothing is written. 2: usage errors, unreadable input, scenario or configuration.

import { writeFileSync } from 'node:fs';
import { FileReadError, readInputBytes } from '../input/files.js';
import type { Command } from 'commander';
import { emit, EmitError, isTarget, loadPrinter, TARGETS } from '../emit/index.js';
import { ConfigError, ConfigResolver } from '../lint/config.js';
import { lintSource, type LintConfig } from '../lint/linter.js';
import { loadScenario } from '../sim/scenario.js';
import { InputError, type Scenario } from '../sim/types.js';
import { action, UsageError } from './io.js';

interface EmitCliOptions {
  target: string;
  name?: string;
  partition?: string;
  scenario?: string;
  output?: string;
  config?: string;
}

function readBytes(file: string): Buffer {
  try {
    return readInputBytes(file);
  } catch (e) {
    if (e instanceof FileReadError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * The lint configuration `irule lint` would use for this file (--config, else irule.config.json or
 * .irulerc.json found upwards), with the scenario's virtual server profiles when there is one.
 */
function lintConfigFor(file: string, configFile: string | undefined, scenario: Scenario | undefined): LintConfig {
  let config: LintConfig;
  try {
    config = new ConfigResolver(configFile).configFor(configFile ?? file);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
  if (!scenario) return config;
  const p = scenario.virtual.profiles;
  const profiles = new Set(['tcp']);
  if (p.http) profiles.add('http');
  if (p.oneconnect) profiles.add('oneconnect');
  if (p.websocket) profiles.add('websocket');
  if (p.persistence) profiles.add(p.persistence.type === 'universal' ? 'universal' : 'source_addr');
  return { ...config, virtual: { ...config.virtual, profiles } };
}

export function registerEmit(program: Command): void {
  program
    .command('emit')
    .description('write a lint-clean rule as a deployable artifact: Tcl, a tmsh merge file, iControl REST requests or an AS3 declaration')
    .argument('<rule>', 'rule file (- for stdin)')
    .option('-t, --target <target>', `${TARGETS.join(', ')}`, 'tcl')
    .option('-n, --name <name>', 'rule name, NAME or /PARTITION/NAME (default: the file name)')
    .option('-p, --partition <partition>', 'partition (default: the scenario virtual server\'s, else Common; AS3 tenant "irule" for Common)')
    .option('-s, --scenario <file>', 'scenario whose persistence profile, pool and virtual server to emit too')
    .option('-o, --output <file>', 'write here instead of stdout')
    .option('-c, --config <file>', 'lint configuration for the gate, as for irule lint (default: irule.config.json or .irulerc.json found from the rule up)')
    .action(
      action(async (file: string, opts: EmitCliOptions) => {
        if (!isTarget(opts.target)) throw new UsageError(`unknown target "${opts.target}": expected ${TARGETS.join(', ')}`);
        const bytes = readBytes(file);
        let scenario: Scenario | undefined;
        if (opts.scenario !== undefined) {
          try {
            scenario = loadScenario(opts.scenario);
          } catch (e) {
            if (e instanceof InputError) throw new UsageError(e.message);
            throw e;
          }
        }

        // The lint gate: a rule with errors (as irule lint, with the same configuration, reports them) is not deployable.
        const text = bytes.toString('utf8');
        const errors = lintSource(text, file, lintConfigFor(file, opts.config, scenario)).filter((d) => d.severity === 'error');
        if (errors.length > 0) {
          for (const d of errors) process.stderr.write(`${file}:${d.line}:${d.column}: ${d.message} [${d.code}]\n`);
          process.stderr.write(`irule: ${errors.length} error(s): nothing emitted\n`);
          return 1;
        }

        let result;
        try {
          result = emit({
            target: opts.target,
            source: bytes,
            file,
            name: opts.name,
            partition: opts.partition,
            scenario,
            printer: await loadPrinter(),
          });
        } catch (e) {
          if (e instanceof EmitError) throw new UsageError(e.message, e.exitCode);
          throw e;
        }
        for (const n of result.notes) process.stderr.write(`irule: note: ${n}\n`);
        if (opts.output !== undefined) {
          try {
            writeFileSync(opts.output, result.text);
          } catch (e) {
            throw new UsageError(`${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
          }
        } else process.stdout.write(result.text);
        return 0;
      }),
    );
}
