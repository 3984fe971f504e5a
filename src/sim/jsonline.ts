// One JSON value on one line, spaced as docs/formats.md shows it: `{"seq": 1, "t": 0, "headers": [["a", "b"]]}`.

export function jsonLine(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(jsonLine).join(', ')}]`;
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x !== undefined) parts.push(`${JSON.stringify(k)}: ${jsonLine(x)}`);
  }
  return `{${parts.join(', ')}}`;
}
