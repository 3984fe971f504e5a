// Validators for emitted artifacts: the AS3 schema (F5's, test/data/as3-schema.json), our iControl
// REST request schema (test/data/icontrol-rest.schema.json), real tclsh's `info complete`, and a
// reader for the top-level objects of a tmsh configuration file.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { normaliseIp } from '../../src/sim/address.js';

const DATA = new URL('../data/', import.meta.url);

export const as3Schema = JSON.parse(readFileSync(new URL('as3-schema.json', DATA), 'utf8')) as {
  definitions: { ADC: { properties: { schemaVersion: { anyOf: { const?: string }[] } } } };
};
export const restSchema = JSON.parse(readFileSync(new URL('icontrol-rest.schema.json', DATA), 'utf8')) as object;

/** The AS3 version the copied schema calls current. */
export function as3CurrentVersion(): string {
  const v = as3Schema.definitions.ADC.properties.schemaVersion.anyOf.find((x) => x.const !== undefined)?.const;
  if (!v) throw new Error('as3-schema.json: no current schemaVersion');
  return v;
}

/**
 * F5's own formats, which the schema names: f5ip is an IPv4/IPv6 address with an optional %route
 * domain and /prefix; f5bigip a BIG-IP path. Standard formats the declaration never uses are
 * accepted as they are (so ajv-formats is not needed).
 */
function f5ip(s: string): boolean {
  const m = /^([^%/]+)(%\d+)?(\/\d+)?$/.exec(s);
  if (!m) return false;
  const ip = normaliseIp(m[1]!);
  if (!ip) return false;
  return m[3] === undefined || Number(m[3].slice(1)) <= (ip.family === 4 ? 32 : 128);
}

let as3Validator: ValidateFunction | undefined;
export function validateAs3(): ValidateFunction {
  if (!as3Validator) {
    const ajv = new Ajv({
      strict: false,
      allErrors: false,
      formats: {
        f5ip,
        f5bigip: /^\/[^\s/]+(\/[^\s/]+)+$/,
        f5pointer: true,
        uri: true,
        hostname: true,
        'date-time': true,
        email: true,
      },
    });
    as3Validator = ajv.compile(as3Schema);
  }
  return as3Validator;
}

let restValidator: ValidateFunction | undefined;
export function validateRest(): ValidateFunction {
  // Our own schema: strict mode, so a typo in it is an error rather than an ignored keyword.
  restValidator ??= new Ajv({ strict: true, allErrors: true }).compile(restSchema);
  return restValidator;
}

export const TCLSH = process.env['TCLSH'] || 'tclsh';

/** Real tclsh's `info complete` of `text`. */
export function tclInfoComplete(text: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'irule-emit-tcl-'));
  try {
    const file = join(dir, 'rule.tcl');
    const script = join(dir, 'check.tcl');
    writeFileSync(file, text);
    writeFileSync(
      script,
      'set f [open [lindex $argv 0]]\nfconfigure $f -encoding utf-8\nset t [read $f]\nclose $f\nputs [info complete $t]\n',
    );
    const r = spawnSync(TCLSH, [script, file], { encoding: 'utf8' });
    if (r.error) throw new Error(`cannot run ${TCLSH}: ${r.error.message} (set TCLSH to a Tcl 8.6 tclsh)`);
    if (r.status !== 0) throw new Error(`${TCLSH} failed: ${r.stderr}`);
    return r.stdout.trim() === '1';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface TmshObject {
  /** "ltm rule", "ltm persistence universal", "ltm pool", "ltm virtual". */
  kind: string;
  path: string;
  /** The text between the object's braces. */
  body: string;
}

/**
 * The top-level objects of a tmsh configuration file (`KIND... /P/NAME { ... }`), by brace
 * counting. Throws when braces do not balance or text appears outside an object.
 */
export function readTmsh(text: string): TmshObject[] {
  const out: TmshObject[] = [];
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const line = text.slice(i, nl < 0 ? text.length : nl);
    if (line.trim() === '' || line.startsWith('#')) {
      i = nl < 0 ? text.length : nl + 1;
      continue;
    }
    const m = /^([a-z][a-z -]*?) (\/\S+) \{$/.exec(line);
    if (!m) throw new Error(`unexpected top-level text: ${JSON.stringify(line)}`);
    let depth = 1;
    let j = i + line.length + 1;
    const start = j;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    if (depth !== 0) throw new Error(`${m[1]} ${m[2]}: braces do not balance`);
    out.push({ kind: m[1]!, path: m[2]!, body: text.slice(start, j - 1) });
    i = j;
    if (text[i] === '\n') i++;
  }
  return out;
}
