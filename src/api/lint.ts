// lint(source, options): the linter on text in memory, as `irule lint` runs it on a file.

import { lintSource, type LintConfig } from '../lint/linter.js';
import type { Diagnostic, Severity } from '../lint/types.js';

export interface LintOptions {
  /** The file name reported with the findings and used by suppressions (default "rule.tcl"). */
  file?: string;
  /** Per-check severity overrides (code or name -> error, warning, info or off), as in irule.config.json. */
  rules?: Record<string, Severity | 'off'>;
  /**
   * What is known of the virtual server: its profiles (http, oneconnect, universal, ...), the pools
   * and the data groups that exist. Unknown (checks that need it stay quiet) when left out.
   */
  virtual?: { profiles?: Iterable<string>; pools?: Iterable<string>; datagroups?: Iterable<string> };
}

export interface LintReport {
  /** The findings, sorted by position. */
  diagnostics: Diagnostic[];
}

const lower = (xs: Iterable<string> | undefined) => (xs === undefined ? undefined : new Set([...xs].map((x) => x.toLowerCase())));
const asSet = (xs: Iterable<string> | undefined) => (xs === undefined ? undefined : new Set(xs));

/**
 * Lints one rule's text, or every `ltm rule` of a bigip.conf / SCF export (with its virtual servers,
 * pools and data groups as context). Never throws on bad rule text: syntax errors are diagnostics.
 */
export function lint(source: string, options: LintOptions = {}): LintReport {
  const v = options.virtual;
  const config: LintConfig = {
    rules: options.rules,
    virtual: v && { profiles: lower(v.profiles) ?? null, pools: asSet(v.pools) ?? null, datagroups: asSet(v.datagroups) ?? null },
  };
  return { diagnostics: lintSource(source, options.file ?? 'rule.tcl', config) };
}
