// Property tests: random and mutated scripts never raise a JavaScript exception out of the engine
// (only Tcl errors, as a Tcl interpreter would) and never hang (the command limit stops loops).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runTclFile } from '../../src/tcl/run.js';
import { createInterp } from '../../src/tcl/index.js';
import { evalValue } from '../../src/tcl/compile.js';
import { TclError } from '../../src/tcl/errors.js';

const casesDir = new URL('../diff/cases/', import.meta.url).pathname;
const corpus = readdirSync(casesDir).flatMap((area) => readdirSync(join(casesDir, area)).filter((f) => f.endsWith('.tcl')).map((f) => readFileSync(join(casesDir, area, f), 'utf8')));

const words = ['set', 'x', 'y', 'puts', 'if', 'while', 'for', 'foreach', 'proc', 'f', 'expr', 'incr', 'list', 'lindex', 'string', 'length', 'regexp', 'switch', 'catch', 'return', 'break', 'continue', 'error', 'upvar', 'uplevel', 'eval', 'format', 'scan', 'lsort', 'array', 'info', 'exists', '0', '1', '-1', 'end', '{', '}', '[', ']', '$x', '"', ';', '\n', ' ', '(', ')', '*', '+', '==', '&&', '\\', '#', 'a.*b', '%d', '{*}'];
const script = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(' '));

function runBounded(src: string) {
  const r = runTclFile(src, 'prop.tcl');
  expect(r.stderr).not.toMatch(/internal error/);
  return r;
}

describe('engine properties', () => {
  it('random token soups produce Tcl results or Tcl errors, never JS exceptions', () => {
    fc.assert(fc.property(script, (src) => void runBounded(src)), { numRuns: 600 });
  });

  it('mutated corpus scripts produce Tcl results or Tcl errors, never JS exceptions', () => {
    const mutation = fc.record({ which: fc.nat({ max: corpus.length - 1 }), at: fc.nat({ max: 400 }), len: fc.nat({ max: 6 }), insert: fc.constantFrom('', '{', '}', '[', ']', '"', '$', '\\', ';', '\n', 'x', '0', 'end') });
    fc.assert(
      fc.property(mutation, (m) => {
        const src = corpus[m.which]!;
        const at = Math.min(m.at, src.length);
        runBounded(src.slice(0, at) + m.insert + src.slice(at + m.len));
      }),
      { numRuns: 400 },
    );
  });
});

describe('limits: untrusted scripts are bounded', () => {
  it('an infinite loop stops at the command limit with a Tcl error', () => {
    const interp = createInterp({ limits: { maxCommands: 100_000 } });
    expect(() => evalValue(interp, 'while 1 {}')).toThrow(/budget exceeded: steps/);
  });
  it('the command limit cannot be caught by the script itself', () => {
    const interp = createInterp({ limits: { maxCommands: 100_000 } });
    expect(() => evalValue(interp, 'catch { while 1 { incr i } } m')).toThrow(/budget exceeded: steps/);
  });
  it('unbounded recursion is a Tcl error, like tclsh', () => {
    const r = runTclFile('proc f {n} { f [incr n] }\nputs [catch {f 0} m]\nputs $m', 'r.tcl');
    expect(r.stdout).toBe('1\ntoo many nested evaluations (infinite loop?)\n');
  });
  it('strings cannot grow without bound', () => {
    const interp = createInterp({ limits: { maxStringLength: 1_000_000 } });
    expect(() => evalValue(interp, 'set s x; while 1 { append s $s }')).toThrow(TclError);
  });
  it('file, exec, socket, open, source, load and exit do not exist', () => {
    for (const cmd of ['file exists /', 'exec ls', 'socket localhost 80', 'open /etc/passwd', 'source /etc/passwd', 'load x', 'exit 3']) {
      const r = runTclFile(cmd, 'x.tcl');
      expect(r.exitCode).toBe(1);
      expect(r.stderr.split('\n')[0]).toBe(`invalid command name "${cmd.split(' ')[0]}"`);
    }
  });
});
