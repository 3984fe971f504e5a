// Vitest global setup: the suite needs tclsh and chromium from Debian (see scripts/preflight.mjs).
// When one is missing the run stops before any test with the preflight's one line, so a missing
// tclsh never surfaces as a JavaScript error inside a test. `npm test` installs them first when
// it can; a bare `npx vitest run` only checks.
import { preflight } from '../../scripts/preflight.mjs';

export default function setup(): void {
  if (preflight({ install: false }) !== 0) process.exit(1);
}
