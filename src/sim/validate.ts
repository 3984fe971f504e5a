// Scenario validation against the shipped JSON Schema (schemas/scenario.schema.json), with ajv errors
// turned into one plain message: the first problem in the file, its field path and what was expected.
// Annotations read from the schema: `errorMessage` (what a value must be, on the schema whose keyword
// failed; VS Code reads it too) and `patternErrorMessage` (for a failed pattern).

import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { packageFile } from '../package-info.js';
import type { JsonPath } from '../input/jsonpos.js';
import { describeValue, fieldPath, unknownFieldMessage } from './util.js';

type SchemaNode = Record<string, unknown>;

/** Path of the shipped schema, below the package root (src/, dist/ or the bundled CLI). */
export function scenarioSchemaPath(): string {
  return packageFile('schemas/scenario.schema.json');
}

let compiled: { schema: SchemaNode; validate: ValidateFunction } | null = null;

/** The scenario JSON Schema (parsed) and its compiled validator, built once. */
export function scenarioSchema(): { schema: SchemaNode; validate: ValidateFunction } {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(scenarioSchemaPath(), 'utf8')) as SchemaNode;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(['errorMessage', 'patternErrorMessage']);
  compiled = { schema, validate: ajv.compile(schema) };
  return compiled;
}

export interface SchemaProblem {
  line: number;
  /** Field path like `pool.members[1].ratio` ("" for the whole document). */
  field: string;
  message: string;
}

/**
 * Validate scenario data against the schema; the first problem in file order, or null when valid.
 * Problems inside inline traffic events are left to the traffic checks (same messages as .jsonl files).
 */
export function checkScenarioSchema(data: unknown, lineOf: (path: JsonPath, key: boolean) => number): SchemaProblem | null {
  const { validate } = scenarioSchema();
  if (validate(data)) return null;
  let best: SchemaProblem | null = null;
  let bestDepth = -1;
  for (const err of validate.errors ?? []) {
    if (err.keyword === 'if') continue;
    const path = toPath(err.instancePath, data);
    if (path[0] === 'traffic' && path.length >= 2 && Array.isArray((data as { traffic?: unknown }).traffic)) continue;
    const p = describe(err, path);
    const line = lineOf(p.path, p.key);
    const depth = p.path.length;
    if (!best || line < best.line || (line === best.line && depth > bestDepth)) {
      best = { line, field: fieldPath(p.path), message: p.message };
      bestDepth = depth;
    }
  }
  return best;
}

function toPath(pointer: string, data: unknown): JsonPath {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function describe(err: ErrorObject, path: JsonPath): { path: JsonPath; key: boolean; message: string } {
  const parent = (err.parentSchema ?? {}) as SchemaNode;
  const own = typeof parent.errorMessage === 'string' ? parent.errorMessage : undefined;
  const got = `, got ${describeValue(err.data)}`;
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]);
      return { path, key: false, message: (own ?? `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`) + got };
    }
    case 'required':
      return { path: [...path, params.missingProperty as string], key: false, message: 'is required' };
    case 'additionalProperties': {
      const known = Object.keys((parent.properties as SchemaNode | undefined) ?? {}).filter((k) => k !== '$schema');
      return { path: [...path, params.additionalProperty as string], key: true, message: unknownFieldMessage(params.additionalProperty as string, known) };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      return { path, key: false, message: (own ?? `must be one of ${allowed.join(', ')}`) + got };
    }
    case 'pattern':
      return { path, key: false, message: ((parent.patternErrorMessage as string | undefined) ?? own ?? `must match ${String(params.pattern)}`) + got };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, key: false, message: (own ?? `must be ${String(params.comparison)} ${String(params.limit)}`) + got };
    case 'minItems':
      return { path, key: false, message: params.limit === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} items` };
    case 'maxItems':
      return { path, key: false, message: (own ?? `must have at most ${String(params.limit)} items`) + got };
    case 'minLength':
      return { path, key: false, message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters` };
    default:
      return { path, key: false, message: (own ?? err.message ?? 'is invalid') + got };
  }
}
