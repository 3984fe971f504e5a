// The installed package's own files (package.json, schemas/): found by going up from this module
// to the folder whose package.json is irule's. That works from src/ (tests), dist/ (tsc output)
// and the bundled CLI alike, which sit at different depths below the package root.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

let root: string | null = null;
let pkg: PackageJson | null = null;

/** The folder holding irule's package.json. */
function packageRoot(): string {
  if (root) return root;
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'irule') return (root = dir);
    if (dirname(dir) === dir) throw new Error(`irule's package.json not found above ${here}`);
  }
}

/** irule's package.json, read once. */
export function packageJson(): PackageJson {
  return (pkg ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as PackageJson);
}

/** A file shipped with the package, by its path from the package root (e.g. schemas/x.json). */
export function packageFile(relative: string): string {
  return join(packageRoot(), relative);
}
