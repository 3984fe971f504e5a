// irule eval FILE|-: run plain Tcl like `tclsh FILE`.

import type { Command } from 'commander';
import { runTclFile } from '../tcl/run.js';
import { action, collectLimit, LIMIT_HELP, readText } from './io.js';
import type { Limits } from '../tcl/interp.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('run a plain Tcl script (core commands plus puts) like tclsh')
    .argument('<file>', 'Tcl file, or - for standard input')
    .option('--limit <name=n>', LIMIT_HELP, collectLimit)
    .action(
      action((file: string, opts: { limit?: Partial<Limits> }) => {
        const source = readText(file);
        const r = runTclFile(source, file === '-' ? 'stdin' : file, opts.limit);
        process.stdout.write(tclBytes(r.stdout));
        process.stderr.write(tclBytes(r.stderr));
        return r.exitCode;
      }),
    );
}

/**
 * Output as tclsh writes it: UTF-8, except that a lone surrogate (`string index` of half a pair) is
 * written as its own three bytes, as tclsh 8.6 does, instead of U+FFFD (Node's encoder).
 */
export function tclBytes(text: string): string | Buffer {
  if (!/[\ud800-\udfff]/.test(text)) return text;
  const out: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++; // a whole pair: UTF-8 as usual
      continue;
    }
    out.push(Buffer.from(text.slice(from, i), 'utf8'), Buffer.from([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]));
    from = i + 1;
  }
  out.push(Buffer.from(text.slice(from), 'utf8'));
  return Buffer.concat(out);
}
