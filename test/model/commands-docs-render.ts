// Renders docs/commands/ from the model: one page per namespace (and one for Tcl), each command
// with its forms, valid events, side, availability, whether irule emulates it, and the source of
// each fact. test/model/commands-docs.test.ts keeps the pages in sync.

import type { ModelCommand, Provenance } from '../../src/model/index.js';

export function pageOf(c: ModelCommand): string {
  if (c.availability !== 'irule') return 'tcl';
  return c.name.includes('::') ? c.name.slice(0, c.name.indexOf('::')) : 'global';
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function source(p: Provenance): string {
  const label = { f5: 'F5', measured: 'measured', tcl: 'Tcl manual', inferred: 'inferred' }[p.kind];
  if (p.url) return `[${label}](${p.url})${p.note ? ` (${cell(p.note)})` : ''}`;
  return `${label}${p.note ? `: ${cell(p.note)}` : ''}`;
}

const AVAILABILITY: Record<ModelCommand['availability'], string> = {
  irule: 'iRule command',
  'tcl-core': 'Tcl core, on BIG-IP',
  tcl85: "Tcl 8.5+, BIG-IP's Tcl 8.4 lacks it",
  disabled: 'disabled on BIG-IP',
  absent: 'not a command on BIG-IP',
};

export function emulation(c: ModelCommand, implemented: ReadonlySet<string>): string {
  if (c.availability === 'tcl85' || c.availability === 'disabled' || c.availability === 'absent') return 'no: BIG-IP lacks it';
  if (implemented.has(c.name)) return 'yes';
  return `no: ${cell(c.notEmulated ?? 'not recorded')}`;
}

export function renderPage(title: string, commands: readonly ModelCommand[], implemented: ReadonlySet<string>): string {
  const out = [
    `# ${title}`,
    '',
    'Generated from the model (src/model) by test/model/commands-docs.test.ts; do not edit by hand',
    '(regenerate with `IRULE_UPDATE_DOCS=1 npx vitest run test/model/commands-docs.test.ts`).',
    'Sources: F5 pages, measurements on a real BIG-IP',
    '([tcl-lsp measurements](https://github.com/bitwisecook/tcl-lsp/blob/main/docs/design/bigip-irule-parser-measurements.md)),',
    "Tcl's manual, or inferred by irule (an inferred fact never makes lint report an error).",
    '',
  ];
  for (const c of commands) {
    out.push(`## ${c.name}`, '');
    out.push('```', ...c.synopsis, '```', '');
    const events = c.events === 'any' ? 'any' : c.events.join(', ');
    out.push('| fact | value | source |', '| --- | --- | --- |');
    out.push(`| forms and arity | ${c.args.min}..${c.args.max ?? 'n'} words${c.subcommands ? `; subcommands: ${Object.keys(c.subcommands).join(', ')}` : ''} | ${source(c.provenance.syntax)} |`);
    out.push(`| valid events | ${cell(events)}${c.rejectedIn ? `; refused in ${c.rejectedIn.join(', ')}` : ''} | ${source(c.provenance.events)} |`);
    out.push(`| side | ${c.side} | ${source(c.provenance.side)} |`);
    out.push(`| availability | ${AVAILABILITY[c.availability]}${c.disabledHow ? ` (${c.disabledHow.replace(/-/g, ' ')})` : ''} | ${source(c.provenance.availability)} |`);
    if (c.taint?.length) out.push(`| taint role | ${c.taint.join(', ')} | ${source(c.provenance.taint)} |`);
    const effects = [
      c.responseFlow ? `response flow: ${c.responseFlow}` : '',
      c.routes ? 'routes the request' : '',
      c.assigns ? 'stores a variable' : '',
      c.keepsArgument ? 'returns its argument re-encoded (a check of the result checks the argument)' : '',
      c.tcl85Options ? `Tcl 8.5+ options BIG-IP lacks: ${c.tcl85Options.join(' ')}` : '',
      c.instead ? `instead: ${c.instead}` : '',
    ].filter((x) => x !== '');
    if (effects.length > 0) out.push(`| effects | ${cell(effects.join('; '))} | ${source(c.provenance.effects!)} |`);
    out.push(`| emulated by irule | ${emulation(c, implemented)} | |`);
    if (c.deprecated) out.push(`| deprecated | ${cell(c.deprecated)} | |`);
    out.push('');
  }
  return out.join('\n');
}

export function renderIndex(pages: ReadonlyMap<string, readonly ModelCommand[]>, implemented: ReadonlySet<string>, verified: number, inferred: number): string {
  const out = [
    '# Commands',
    '',
    'Every command irule knows, generated from the model (src/model). One page per namespace; each',
    'entry lists its forms, valid events, side, availability on BIG-IP, whether irule emulates it, and',
    'the source of each fact.',
    '',
    `Facts: ${verified} verified (an F5 page, a measurement on a real BIG-IP, or Tcl's manual), ${inferred} inferred.`,
    '',
    '| page | commands | emulated |',
    '| --- | --- | --- |',
  ];
  for (const [page, cmds] of pages) {
    const emulated = cmds.filter((c) => emulation(c, implemented) === 'yes').length;
    out.push(`| [${page}](${page}.md) | ${cmds.length} | ${emulated} |`);
  }
  out.push('');
  return out.join('\n');
}
