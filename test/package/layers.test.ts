// Dependencies point downward only (the developers' guide, "Layout"): model at the bottom, then syntax,
// the Tcl engine, the emulated BIG-IP, then replay/analysis/artifacts, then the library API and the
// command line. Every relative import in src/ (static, `export ... from`, dynamic `import()` and inline
// `import('...').Type`) is checked against the table below, type-only imports included: a type is a
// dependency too (the config types of src/bigip once lived in src/sim).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(new URL('../../src/', import.meta.url).pathname);

/** What each top-level unit of src/ may import besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  input: [],
  // Host facilities every layer may use (a thread with a deep stack for deeply nested code).
  host: [],
  'package-info': [],
  syntax: ['model', 'host'],
  tcl: ['syntax', 'model', 'host'],
  bigip: ['tcl', 'syntax', 'model', 'host'],
  sim: ['bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
  lint: ['bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
  // Deployable artifacts are built from a scenario (its virtual server and pools).
  emit: ['sim', 'bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
  api: ['emit', 'lint', 'sim', 'bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
  cli: ['api', 'emit', 'lint', 'sim', 'bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
  bench: ['api', 'emit', 'lint', 'sim', 'bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
  fuzz: ['api', 'emit', 'lint', 'sim', 'bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
  index: ['api', 'emit', 'lint', 'sim', 'bigip', 'tcl', 'syntax', 'model', 'input', 'package-info', 'host'],
};

/** Files that must not reach the Tcl engine although their unit may: the printer works on syntax alone. */
const NO_ENGINE = [/^syntax\/printer/, /^emit\/printer\.ts$/];

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function unitOf(path: string): string {
  const parts = relative(SRC, path).split('/');
  return parts.length === 1 ? parts[0]!.replace(/\.[jt]s$/, '') : parts[0]!;
}

interface Edge {
  file: string;
  target: string;
  from: string;
  to: string;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const target = resolve(dirname(file), m[1]!);
    return { file: relative(SRC, file), target: relative(SRC, target), from: unitOf(file), to: unitOf(target) };
  });
}

/** The imports that break the table: "file -> target" lines. */
function layerViolations(edges: readonly Edge[]): string[] {
  return edges
    .filter((e) => {
      if (e.from === e.to) return false;
      const allowed = MAY_IMPORT[e.from];
      if (allowed === undefined || !allowed.includes(e.to)) return true;
      return e.to === 'tcl' && NO_ENGINE.some((re) => re.test(e.file));
    })
    .map((e) => `${e.file} -> ${e.target}`);
}

const edges = sourceFiles(SRC).flatMap(importsOf);

describe('layering of src/', () => {
  it('every top-level unit of src/ is in the table', () => {
    const units = new Set(readdirSync(SRC).map((name) => name.replace(/\.ts$/, '')));
    expect([...units].filter((u) => !(u in MAY_IMPORT))).toEqual([]);
  });

  it('finds the imports it checks (static, type-only, re-exports, inline import types)', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.some((e) => e.file === 'sim/types.ts' && e.to === 'bigip')).toBe(true);
  });

  it('no import points upward', () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it('reports the imports the layering forbids', () => {
    const edge = (file: string, target: string): Edge => ({ file, target, from: unitOf(join(SRC, file)), to: unitOf(join(SRC, target)) });
    expect(
      layerViolations([
        edge('bigip/pool.ts', 'sim/types.js'),
        edge('model/types.ts', 'syntax/ast.js'),
        edge('syntax/printer/normalize.ts', 'tcl/value.js'),
        edge('emit/printer.ts', 'tcl/value.js'),
        edge('tcl/interp.ts', 'bigip/state.js'),
        edge('lint/linter.ts', 'cli/main.js'),
        edge('sim/simulate.ts', 'bigip/state.js'),
        edge('emit/rule.ts', 'tcl/value.js'),
      ]),
    ).toEqual([
      'bigip/pool.ts -> sim/types.js',
      'model/types.ts -> syntax/ast.js',
      'syntax/printer/normalize.ts -> tcl/value.js',
      'emit/printer.ts -> tcl/value.js',
      'tcl/interp.ts -> bigip/state.js',
      'lint/linter.ts -> cli/main.js',
    ]);
  });

  it('the emit printer loads the canonical printer statically', () => {
    const text = readFileSync(join(SRC, 'emit/printer.ts'), 'utf8');
    expect(text).toMatch(/^import \{ printRuleFile \} from '\.\.\/syntax\/printer\.js';$/m);
    expect(text).not.toMatch(/\bimport\s*\(/);
  });
});
