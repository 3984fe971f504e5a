// Small helpers shared by the scenario and traffic loaders' messages.

import type { JsonPath } from '../input/jsonpos.js';

/** `pool.members[1].ratio`, `datagroups["/Common/dg"].records` */
export function fieldPath(path: JsonPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A value as a message shows it after "got": `"two"`, `5`, `null`, `["Host"]`, `a map`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    s = undefined;
  }
  if (s !== undefined && s.length <= 60) return s;
  return Array.isArray(v) ? 'a list' : 'a map';
}

function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n]!;
}

/** The closest known name to a misspelt one, when close enough to be a likely typo. */
export function suggest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const lower = name.toLowerCase();
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== null && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

/** `unknown field; did you mean "members"?` or `unknown field in a request event; expected one of ...` */
export function unknownFieldMessage(name: string, known: readonly string[], where?: string): string {
  const head = where ? `unknown field in ${where}` : 'unknown field';
  if (known.length === 0) return `${head}; none are supported here`;
  const s = suggest(name, known);
  return s ? `${head}; did you mean "${s}"?` : `${head}; expected one of ${known.join(', ')}`;
}
