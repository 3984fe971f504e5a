import type { FileResult } from '../types.js';

/** SPEC: one array, one object per file. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results.map(({ file, diagnostics }) => ({ file, diagnostics })), null, 2) + '\n';
}
