// The linter: parse once, run every enabled check, apply the inline suppressions, sort and
// de-duplicate the findings.

import { parseRuleFile, type RuleFile } from '../syntax/irule.js';
import { isStackOverflow, redoOnDeepStack, registerDeep, withDeepStack } from '../host/deep-stack.js';
import { CHECKS } from './checks/index.js';
import { lintConfigFile } from './config-file.js';
import { profilesComment } from './config.js';
import { applySuppressions, collectSuppressions, registerChecks } from './suppress.js';
import type { Check, Diagnostic, Severity, VirtualFacts } from './types.js';

registerChecks(CHECKS.map((c) => c.meta));

export interface LintConfig {
  /** Per-code (or per-name) severity overrides, or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  virtual?: Partial<VirtualFacts>;
}

export interface LintResult {
  parsed: RuleFile;
  diagnostics: Diagnostic[];
}

/** Lints one rule file's text. `checks` narrows the checks run (tests); suppressions still apply. */
export function lintSource(source: string, file: string, config: LintConfig = {}, checks: readonly Check[] = CHECKS): Diagnostic[] {
  // Deeply nested code is read on a thread whose stack takes it (src/host/deep-stack.ts).
  if (checks === CHECKS) return withDeepStack(import.meta.url, 'lintSource', [source, file, config], [source], () => lintHere(source, file, config, checks));
  return lintHere(source, file, config, checks);
}

function lintHere(source: string, file: string, config: LintConfig, checks: readonly Check[]): Diagnostic[] {
  const parsed = parseRuleFile(source);
  // A bigip.conf / SCF export: each rule with its virtual servers' profiles, the file's pools and data groups.
  if (parsed.config) return lintConfigFile(parsed, file, config, checks);
  return lintParsed(parsed, file, config, checks).diagnostics;
}

export function lintParsed(parsed: RuleFile, file: string, config: LintConfig = {}, checks: readonly Check[] = CHECKS): LintResult {
  const source = parsed.source;
  const virtual: VirtualFacts = {
    // A `# profiles:` comment in the rule describes its virtual server better than a shared config.
    profiles: profilesComment(parsed) ?? config.virtual?.profiles ?? null,
    pools: config.virtual?.pools ?? null,
    datagroups: config.virtual?.datagroups ?? null,
  };
  const out: Diagnostic[] = [];
  for (const check of checks) {
    const setting = config.rules?.[check.meta.code] ?? config.rules?.[check.meta.name];
    if (setting === 'off') continue;
    const severity = setting ?? check.meta.severity;
    try {
      check.run({
        file,
        source,
        parsed,
        virtual,
        report(loc, message, sev) {
          out.push({
            code: check.meta.code,
            category: check.meta.category,
            severity: setting ?? sev ?? severity,
            message,
            line: loc.start.line,
            column: loc.start.column,
            endLine: loc.end.line,
            endColumn: loc.end.column,
          });
        },
      });
    } catch (e) {
      // Out of stack off the deep-stack thread: lintSource lints the file again there.
      if (isStackOverflow(e) && redoOnDeepStack()) throw e;
      // A check must never take the linter down, and a rule must not hide a finding by making a
      // check fail: the failure is a finding of its own, an error for the security and pinning
      // checks (so lint exits 1), at the command the check was looking at when it failed.
      const critical = check.meta.category === 'security' || check.meta.category === 'pinning';
      const at = failurePosition(e);
      out.push({
        code: 'IR0000', category: check.meta.category, severity: critical ? 'error' : 'warning',
        message: `check ${check.meta.code} (${check.meta.name}) could not analyse this ${at ? 'part of the ' : ''}file: ${e instanceof Error ? e.message : String(e)}${critical ? '; treat the rule as unsafe until it can be analysed' : ''}`,
        line: at?.start.line ?? 1, column: at?.start.column ?? 1, endLine: at?.end.line ?? 1, endColumn: at?.end.column ?? 1,
      });
    }
  }
  const seen = new Set<string>();
  const unique = out.filter((d) => {
    const key = `${d.code}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  let kept = unique;
  try {
    kept = applySuppressions(unique, collectSuppressions(parsed));
  } catch {
    // Suppressions are a convenience: a failure to read them must not hide the findings.
  }
  return {
    parsed,
    diagnostics: kept.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)),
  };
}

/** Where a failing check was: the command it was looking at, which the walks attach to the error
 * (src/syntax/failure.ts); null when the failure happened outside any walk. */
function failurePosition(e: unknown): { start: { line: number; column: number }; end: { line: number; column: number } } | null {
  const loc = (e as { loc?: { start?: { line?: unknown; column?: unknown }; end?: { line?: unknown; column?: unknown } } } | null)?.loc;
  const ok = (p: { line?: unknown; column?: unknown } | undefined): p is { line: number; column: number } => typeof p?.line === 'number' && typeof p.column === 'number';
  if (!loc || !ok(loc.start)) return null;
  return { start: loc.start, end: ok(loc.end) ? loc.end : loc.start };
}

registerDeep('lintSource', (source: string, file: string, config: LintConfig) => lintHere(source, file, config, CHECKS));
