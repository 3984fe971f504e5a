// The linter's vocabulary: diagnostics, checks, and what a check sees.

import type { Loc } from '../syntax/ast.js';
import type { RuleFile } from '../syntax/irule.js';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'syntax' | 'correctness' | 'security' | 'pinning' | 'style';

export interface Diagnostic {
  code: string;
  category: Category;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CheckMeta {
  /** Stable code, e.g. IR1001. */
  code: string;
  /** Kebab-case name, e.g. syntax-error. */
  name: string;
  category: Category;
  severity: Severity;
  /** One line. */
  description: string;
  /** Why it matters, with a bad and a good example. */
  help: { why: string; bad: string; good: string };
}

/** What the linter knows of the virtual server the rule runs on (config file, `# profiles:` comment). */
export interface VirtualFacts {
  /** Profile names in lower case (http, oneconnect, websocket, universal, clientssl, ...), or null when unknown. */
  profiles: ReadonlySet<string> | null;
  /** Pool names that exist, or null when unknown. */
  pools: ReadonlySet<string> | null;
  /** Data group names that exist, or null when unknown. */
  datagroups: ReadonlySet<string> | null;
}

export interface CheckContext {
  file: string;
  source: string;
  parsed: RuleFile;
  virtual: VirtualFacts;
  report(loc: Loc, message: string, severity?: Severity): void;
}

export interface Check {
  meta: CheckMeta;
  run(ctx: CheckContext): void;
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The file's text, for formatters that show the source line (stylish's codeframe). */
  source?: string;
}
