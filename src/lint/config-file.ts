// Linting a bigip.conf / SCF export: every `ltm rule` in it, each with what the file says of its
// virtual servers (their profiles), and the pools and data groups the file defines. Rules that share
// a context are linted together; a plain rule file is linted as it is.

import { profilesForRule, readConfigContext } from '../bigip/scf.js';
import type { RuleAst, RuleFile } from '../syntax/irule.js';
import { parseScript } from '../syntax/parser.js';
import { CHECKS } from './checks/index.js';
// linter.ts calls back into this module for configuration files; neither uses the other at load time.
import { lintParsed, type LintConfig } from './linter.js';
import type { Check, Diagnostic } from './types.js';

const inside = (d: Diagnostic, r: RuleAst) => d.line >= r.loc.start.line && d.line <= r.loc.end.line;

/** Lints the rules of a parsed configuration file (`parsed.config`), each with its context. */
export function lintConfigFile(parsed: RuleFile, file: string, config: LintConfig = {}, checks: readonly Check[] = CHECKS): Diagnostic[] {
  const ctx = readConfigContext(parseScript(parsed.source, { dialect: 'irule' }));
  // What the file defines is known; a file that defines no pool (a partial export) says nothing about pools.
  const base = {
    pools: ctx.pools.size > 0 ? ctx.pools : (config.virtual?.pools ?? null),
    datagroups: ctx.datagroups.size > 0 ? ctx.datagroups : (config.virtual?.datagroups ?? null),
  };
  const groups = new Map<string, { profiles: ReadonlySet<string> | null; rules: RuleAst[] }>();
  for (const rule of parsed.rules) {
    const profiles = (rule.name ? profilesForRule(ctx, rule.name) : null) ?? config.virtual?.profiles ?? null;
    const key = profiles ? [...profiles].sort().join(',') : '';
    const g = groups.get(key) ?? { profiles, rules: [] };
    g.rules.push(rule);
    groups.set(key, g);
  }
  if (groups.size === 0) groups.set('', { profiles: config.virtual?.profiles ?? null, rules: [] });
  const out: Diagnostic[] = [];
  let first = true;
  for (const g of groups.values()) {
    const diagnostics = lintParsed(parsed, file, { ...config, virtual: { ...base, profiles: g.profiles } }, checks).diagnostics;
    // Findings outside every rule (file-level syntax) are kept once.
    out.push(...diagnostics.filter((d) => g.rules.some((r) => inside(d, r)) || (first && !parsed.rules.some((r) => inside(d, r)))));
    first = false;
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
