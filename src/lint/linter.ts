// The linter: parse once, run every enabled check, sort and de-duplicate the findings.

import { parseRuleFile } from '../syntax/irule.js';
import { CHECKS } from './checks/index.js';
import type { Check, Diagnostic, Severity, VirtualFacts } from './types.js';

export interface LintConfig {
  /** Per-code (or per-name) severity overrides, or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  virtual?: Partial<VirtualFacts>;
}

export function lintSource(source: string, file: string, config: LintConfig = {}, checks: readonly Check[] = CHECKS): Diagnostic[] {
  const parsed = parseRuleFile(source);
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
        virtual: { profiles: config.virtual?.profiles ?? null, pools: config.virtual?.pools ?? null, datagroups: config.virtual?.datagroups ?? null },
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
      // A check must never take the linter down: report that the file could not be analysed.
      out.push({
        code: 'IR0000', category: 'correctness', severity: 'warning',
        message: `check ${check.meta.code} could not analyse this file: ${e instanceof Error ? e.message : String(e)}`,
        line: 1, column: 1, endLine: 1, endColumn: 1,
      });
    }
  }
  const seen = new Set<string>();
  return out
    .filter((d) => {
      const key = `${d.code}:${d.line}:${d.column}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
