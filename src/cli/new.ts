// irule new session-pinning [options]: a pinning rule generated from a few choices
// (src/emit/generate/; docs/pinning.md explains the options).

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  GenerateError,
  SESSION_PINNING_DEFAULTS,
  generateSessionPinning,
  parseIdSources,
  parseLogOption,
  parsePaths,
  sourceLabel,
  type SessionPinningOptions,
} from '../emit/generate/index.js';
import { lintSource } from '../lint/linter.js';
import { action, UsageError } from './io.js';

interface NewPinningOptions {
  paths: string;
  ids: string;
  timeout: string;
  headerPrefix: string;
  headers: boolean;
  hash: string;
  log: string;
  output?: string;
}

/** The generator's options from the command line's strings (GenerateError on a bad value). */
export function pinningOptions(opts: NewPinningOptions): SessionPinningOptions {
  if (!/^\d+$/.test(opts.timeout)) throw new GenerateError(`--timeout: expected whole seconds, got "${opts.timeout}"`);
  if (opts.hash !== 'sha256' && opts.hash !== 'none') throw new GenerateError(`--hash: expected sha256 or none, got "${opts.hash}"`);
  return {
    paths: parsePaths(opts.paths),
    ids: parseIdSources(opts.ids),
    timeout: Number(opts.timeout),
    headerPrefix: opts.headers ? opts.headerPrefix : null,
    hash: opts.hash,
    log: parseLogOption(opts.log),
  };
}

export function registerNew(program: Command): void {
  const d = SESSION_PINNING_DEFAULTS;
  const cmd = program.command('new').description('generate a rule from a few choices');
  cmd
    .command('session-pinning')
    .description('a rule pinning each conversation to one pool member (universal persistence)')
    .option('--paths <list>', 'endpoints to pin, comma-separated; /chat also matches /chat/... and /chat;..., /ws/ matches everything under /ws/', d.paths.join(','))
    .option('--ids <list>', 'identifier sources in order: header:NAME, query:NAME, cookie:NAME, apikey:HEADER, bearer:HEADER (token hash), jwt:CLAIM (e.g. jwt:sub), client-ip (last)', d.ids.map(sourceLabel).join(','))
    .option('--timeout <seconds>', 'persistence idle timeout', String(d.timeout))
    .option('--header-prefix <prefix>', 'prefix of the observability headers sent to the servers', d.headerPrefix ?? 'X-AI-')
    .option('--no-headers', 'insert no observability headers')
    .option('--hash <sha256|none>', 'how an API key becomes a persistence key', d.hash)
    .option('--log <none|sample|hsl[:POOL]>', 'no logging, sampled /var/log/ltm lines, or every decision through high-speed logging', d.log.mode)
    .option('-o, --output <file>', 'write the rule here instead of standard output')
    .action(
      action((opts: NewPinningOptions) => {
        let text: string;
        try {
          text = generateSessionPinning(pinningOptions(opts));
        } catch (e) {
          if (e instanceof GenerateError) throw new UsageError(e.message);
          throw e;
        }
        // The generator promises rules that lint without errors; say so loudly if one does not.
        const errors = lintSource(text, opts.output ?? 'generated.tcl').filter((x) => x.severity === 'error');
        for (const x of errors) process.stderr.write(`irule: generated rule ${x.line}:${x.column} ${x.code} ${x.message}\n`);
        if (opts.output) {
          try {
            writeFileSync(opts.output, text);
          } catch (e) {
            throw new UsageError(`${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
          }
        } else process.stdout.write(text);
        return errors.length > 0 ? 1 : 0;
      }),
    );
}
