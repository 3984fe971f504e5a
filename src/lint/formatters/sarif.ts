// SARIF 2.1.0: one run, one reportingDescriptor per registered check, one result per finding.
// Paths are relative to the working directory (uriBaseId %SRCROOT%), which is what code-scanning
// services expect when the linter runs at the repository root.

import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageJson } from '../../package-info.js';
import { CHECKS } from '../checks/index.js';
import type { Check, CheckMeta, FileResult, Severity } from '../types.js';

const pkg = packageJson();

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** IR0000 belongs to no check: a check failed on the file. Described only when it occurs. */
const INTERNAL: CheckMeta = {
  code: 'IR0000',
  name: 'check-failed',
  category: 'correctness',
  severity: 'warning',
  description: 'A check could not analyse this file.',
  help: { why: 'A check stopped with an internal error on this file; its findings are missing. Please report it with the rule that caused it.', bad: '', good: '' },
};

export interface SarifOptions {
  /** Folder the artifact paths are relative to (default: the working directory). */
  baseDir?: string;
  checks?: readonly Check[];
}

function informationUri(): string | undefined {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const uri = pkg.homepage ?? repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  return uri && /^https?:\/\//.test(uri) ? uri : undefined;
}

function helpMarkdown(meta: CheckMeta): string {
  const parts = [`**${meta.description}**`, '', meta.help.why];
  if (meta.help.bad) parts.push('', 'Bad:', '', '```tcl', meta.help.bad, '```');
  if (meta.help.good) parts.push('', 'Good:', '', '```tcl', meta.help.good, '```');
  return parts.join('\n');
}

function helpText(meta: CheckMeta): string {
  const parts = [meta.description, '', meta.help.why];
  if (meta.help.bad) parts.push('', 'Bad:', indent(meta.help.bad));
  if (meta.help.good) parts.push('', 'Good:', indent(meta.help.good));
  return parts.join('\n');
}

function indent(s: string): string {
  return s.split('\n').map((l) => '    ' + l).join('\n');
}

function descriptor(meta: CheckMeta) {
  return {
    id: meta.code,
    name: meta.name,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.help.why },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { category: meta.category, tags: [meta.category] },
  };
}

function artifactUri(file: string, baseDir: string): string {
  if (file === '-') return 'stdin';
  const rel = relative(baseDir, resolve(file)).split(sep).join('/');
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function toSarif(results: FileResult[], options: SarifOptions = {}): object {
  const baseDir = resolve(options.baseDir ?? process.cwd());
  const metas = (options.checks ?? CHECKS).map((c) => c.meta);
  if (results.some((r) => r.diagnostics.some((d) => d.code === 'IR0000')) && !metas.some((m) => m.code === 'IR0000')) metas.push(INTERNAL);
  const index = new Map(metas.map((m, i) => [m.code, i]));
  const uri = informationUri();
  const driver = {
    name: 'irule',
    version: pkg.version,
    semanticVersion: pkg.version,
    ...(uri ? { informationUri: uri } : {}),
    rules: metas.map(descriptor),
  };
  const sarifResults = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(index.has(d.code) ? { ruleIndex: index.get(d.code)! } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(r.file, baseDir), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: Math.max(1, d.line),
              startColumn: Math.max(1, d.column),
              endLine: Math.max(1, d.line, d.endLine),
              endColumn: Math.max(1, d.endLine > d.line ? d.endColumn : Math.max(d.column, d.endColumn)),
            },
          },
        },
      ],
    })),
  );
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(baseDir + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: FileResult[], options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(results, options), null, 2) + '\n';
}
