// BIG-IP object names and paths. We accept the conservative subset every channel takes: a letter or
// underscore, then letters, digits, "_", "-" and "." (tmsh, iControl REST; AS3 narrows it further).

import { EmitError } from './errors.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function isObjectName(s: string): boolean {
  return NAME.test(s);
}

/** Checks a name; `what` says where it came from ("--name", "the scenario's pool name"). */
export function objectName(s: string, what: string): string {
  if (!isObjectName(s)) {
    throw new EmitError(
      `${what}: "${s}" is not a usable BIG-IP object name: start with a letter or "_", then letters, digits, "_", "-" or "."`,
    );
  }
  return s;
}

/** "/P/name" -> { partition: "P", name: "name" }; "name" -> { name }. Deeper folders are refused. */
export function splitPath(s: string, what: string): { partition?: string; name: string } {
  if (!s.startsWith('/')) return { name: s };
  const m = /^\/([^/]+)\/([^/]+)$/.exec(s);
  if (!m) throw new EmitError(`${what}: "${s}" must be NAME or /PARTITION/NAME`);
  return { partition: m[1]!, name: m[2]! };
}

/** The object's own name without its partition: "/Common/ai_pool" -> "ai_pool". */
export function baseName(s: string): string {
  const i = s.lastIndexOf('/');
  return i >= 0 ? s.slice(i + 1) : s;
}
