// `format` and `scan`. The engines are in src/tcl/strings/format.ts and scan.ts.

import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { TclList, str, type Value } from '../value.js';
import { tclFormat } from '../strings/format.js';
import { tclScan } from '../strings/scan.js';

function formatCommand(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs(`${str(argv[0]!)} formatString ?arg ...?`);
  return tclFormat(str(argv[1]!), argv.length === 2 ? [] : argv.slice(2), interp);
}

function scanCommand(interp: Interp, argv: Value[]): Value {
  if (argv.length < 3) throw wrongArgs(`${str(argv[0]!)} string format ?varName ...?`);
  const numVars = argv.length - 3;
  const r = tclScan(str(argv[1]!), str(argv[2]!), numVars, interp);
  if (numVars === 0) {
    if (r.underflowFirst) return '';
    return new TclList(r.values.map((v) => (v === undefined ? '' : v)));
  }
  // Every variable gets its value even when one of them cannot be set; the first failure is
  // reported, as Tcl does.
  let assigned = 0;
  let firstError: TclError | null = null;
  for (let k = 0; k < r.values.length; k++) {
    const v = r.values[k];
    if (v === undefined) continue;
    assigned++;
    try {
      interp.setVar(str(argv[k + 3]!), v);
    } catch (e) {
      if (!(e instanceof TclError)) throw e;
      firstError ??= e;
    }
  }
  if (firstError) throw firstError;
  return r.underflowFirst ? -1 : assigned;
}

export const formatCommands: CommandDef[] = [
  { name: 'format', fn: formatCommand },
  { name: 'scan', fn: scanCommand },
];
