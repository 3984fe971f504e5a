// Bundles the CLI (after tsc) into dist/bin/: one entry plus a chunk per command, dependencies
// included. Why: loading chevrotain from node_modules alone reads ~650 lodash-es files and takes
// ~0.4 s; the same code in one bundled chunk loads in a fraction of that, so `irule lint` on one
// small rule starts within a few times a bare `node -e 0` (figures: `npm run bench`). esbuild
// keeps the dynamic import of each command (src/cli/main.ts) as its own chunk, so a command
// loads only what it uses. The library entry (dist/index.js) stays tsc's unbundled output.

import { rmSync } from 'node:fs';

const outdir = new URL('../dist/bin/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // A checkout whose node_modules predates esbuild: bin/irule runs tsc's output (slower start).
  console.error('irule build: esbuild is not installed (run `npm ci`); the CLI runs unbundled');
  process.exit(0);
}
await esbuild.build({
  entryPoints: { irule: new URL('../dist/cli/main.js', import.meta.url).pathname },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (ajv) call require(); an ES module has none unless given one.
  banner: { js: "import { createRequire as __irule_createRequire } from 'node:module'; const require = __irule_createRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
