// The lint configuration: `irule.config.json` (or `.irulerc.json`), found by walking up from each
// linted file, or named with `--config FILE`; and the per-file `# profiles: http, oneconnect` comment.
//
//   {
//     "rules":   { "IR3001": "off" | "error" | "warning" | "info", "unused-variable": "off" },
//     "virtual": { "profiles": ["http", "oneconnect"], "pools": ["web_pool"], "datagroups": ["allowed_hosts"] }
//   }

import { existsSync, statSync } from 'node:fs';
import { NotTextError } from '../input/bytes.js';
import { FileReadError, printableName, readInputFile } from '../input/files.js';
import { jsonSyntaxMessage } from '../input/jsonpos.js';
import { dirname, join, resolve } from 'node:path';
import type { RuleFile } from '../syntax/irule.js';
import { CHECKS } from './checks/index.js';
import type { LintConfig } from './linter.js';
import type { Check, Severity } from './types.js';

export const CONFIG_FILE_NAMES = ['irule.config.json', '.irulerc.json'] as const;

const SETTINGS = ['off', 'error', 'warning', 'info'] as const;
const TOP_KEYS = ['$schema', 'rules', 'virtual'];
const VIRTUAL_KEYS = ['profiles', 'pools', 'datagroups'] as const;

/** A configuration that cannot be used; the message is `file: field: what is wrong`. */
export class ConfigError extends Error {}

/** Reads and validates a configuration text; rule keys are normalised to check codes. */
export function parseConfig(text: string, file: string, checks: readonly Check[] = CHECKS): LintConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`${printableName(file)}: not valid JSON: ${jsonSyntaxMessage(text)}`);
  }
  const problems: string[] = [];
  const bad = (field: string, message: string) => problems.push(`${file}: ${field}: ${message}`);
  const config: LintConfig = {};
  if (!isObject(data)) throw new ConfigError(`${file}: (top level): expected an object with "rules" and/or "virtual"`);
  for (const key of Object.keys(data)) if (!TOP_KEYS.includes(key)) bad(key, `unknown key: expected one of ${TOP_KEYS.filter((k) => k !== '$schema').map((k) => `"${k}"`).join(', ')}`);
  if (data.rules !== undefined) {
    if (!isObject(data.rules)) bad('rules', 'expected an object mapping check codes or names to "off", "error", "warning" or "info"');
    else {
      const byId = new Map<string, string>();
      for (const c of checks) {
        byId.set(c.meta.code.toLowerCase(), c.meta.code);
        byId.set(c.meta.name.toLowerCase(), c.meta.code);
      }
      const rules: Record<string, Severity | 'off'> = {};
      for (const [id, value] of Object.entries(data.rules)) {
        const code = byId.get(id.toLowerCase());
        if (!code) bad(`rules.${id}`, `unknown check: name a check by its code (IR1001) or name (syntax-error)${nearMiss(id, checks)}`);
        else if (typeof value !== 'string' || !(SETTINGS as readonly string[]).includes(value)) bad(`rules.${id}`, `expected "off", "error", "warning" or "info", got ${JSON.stringify(value)}`);
        else rules[code] = value as Severity | 'off';
      }
      config.rules = rules;
    }
  }
  if (data.virtual !== undefined) {
    if (!isObject(data.virtual)) bad('virtual', 'expected an object with "profiles", "pools" and/or "datagroups"');
    else {
      const virtual: NonNullable<LintConfig['virtual']> = {};
      for (const [key, value] of Object.entries(data.virtual)) {
        if (!(VIRTUAL_KEYS as readonly string[]).includes(key)) {
          bad(`virtual.${key}`, `unknown key: expected one of ${VIRTUAL_KEYS.map((k) => `"${k}"`).join(', ')}`);
          continue;
        }
        if (!Array.isArray(value)) {
          bad(`virtual.${key}`, 'expected an array of names');
          continue;
        }
        const names: string[] = [];
        value.forEach((v, i) => {
          if (typeof v !== 'string' || v.trim() === '') bad(`virtual.${key}[${i}]`, `expected a non-empty string, got ${JSON.stringify(v)}`);
          else names.push(key === 'profiles' ? v.trim().toLowerCase() : v.trim());
        });
        virtual[key as (typeof VIRTUAL_KEYS)[number]] = new Set(names);
      }
      config.virtual = virtual;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return config;
}

/** Reads and validates a configuration file. */
export function loadConfigFile(file: string, checks: readonly Check[] = CHECKS): LintConfig {
  let text: string;
  try {
    text = readInputFile(file);
  } catch (e) {
    if (e instanceof FileReadError) throw new ConfigError(`${printableName(file)}: cannot read the configuration (${e.reason})`);
    if (e instanceof NotTextError) throw new ConfigError(`${printableName(file)}:${e.line}: ${e.detail}`);
    throw e;
  }
  return parseConfig(text, file, checks);
}

/** Finds the configuration for rule files, walking up from their folders; cached per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LintConfig>();

  /** @param explicit a `--config FILE`: used for every file, no search. */
  constructor(private readonly explicit?: string) {}

  /** The configuration file that applies to `file`, or null. */
  configFileFor(file: string): string | null {
    if (this.explicit) return this.explicit;
    if (file === '-') return this.findUp(process.cwd());
    return this.findUp(dirname(resolve(file)));
  }

  configFor(file: string): LintConfig {
    const path = this.configFileFor(file);
    if (!path) return {};
    let c = this.loaded.get(path);
    if (!c) {
      c = loadConfigFile(path);
      this.loaded.set(path, c);
    }
    return c;
  }

  private findUp(dir: string): string | null {
    const visited: string[] = [];
    let found: string | null = null;
    for (let d = dir; ; ) {
      const hit = this.byDir.get(d);
      if (hit !== undefined) {
        found = hit;
        break;
      }
      visited.push(d);
      const name = CONFIG_FILE_NAMES.map((n) => join(d, n)).find((p) => existsSync(p) && statSync(p).isFile());
      if (name) {
        found = name;
        break;
      }
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
    for (const d of visited) this.byDir.set(d, found);
    return found;
  }
}

/**
 * The profiles named by a `# profiles: http, oneconnect, universal` comment at the top level of
 * the rule (outside any `when`), lower-cased; null when there is none. `# profiles: none` is none.
 */
export function profilesComment(parsed: RuleFile): Set<string> | null {
  for (const rule of parsed.rules) {
    for (const c of rule.script.comments) {
      const m = /^\s*profiles\s*:(.*)$/i.exec(c.text);
      if (!m) continue;
      const names = m[1]!.split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter((s) => s !== '' && s !== 'none');
      return new Set(names);
    }
  }
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nearMiss(id: string, checks: readonly Check[]): string {
  const target = id.toLowerCase();
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of checks) {
    for (const cand of [c.meta.code, c.meta.name]) {
      const d = distance(target, cand.toLowerCase());
      if (d < bestD) {
        bestD = d;
        best = cand;
      }
    }
  }
  return best !== null && bestD <= Math.max(1, Math.floor(target.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
