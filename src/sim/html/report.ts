// One self-contained HTML page (no scripts, no external fonts or files) for `simulate --report`
// and `compare --report`: a summary table, then per rule the load per member, open connections,
// persistence table size and the session timeline of the first conversations.

import type { MoveReason, RunMetrics } from '../compare.js';
import { PALETTE, esc, lineChart, timeLabel, timelineChart, type Band } from './svg.js';

const REASON_COLOR: Record<MoveReason, string> = {
  failover: '#d62728',
  expiry: '#9467bd',
  'new-key': '#ff7f0e',
  'keep-alive': '#8c564b',
  other: '#7f7f7f',
};

const REASON_TEXT: Record<MoveReason, string> = {
  failover: 'failover (member down)',
  expiry: 'idle expiry',
  'new-key': 'new persistence key',
  'keep-alive': 'keep-alive connection reused',
  other: 'moved while member up',
};

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#222;margin:0;background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
.meta{color:#666;margin-bottom:16px}
table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0 16px}
th,td{border:1px solid #ddd;padding:5px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
th{background:#f2f2f2}
.runs{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:16px}
.card{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:12px}
svg text.axis{font-size:10px;fill:#555}svg text.legend{font-size:11px;fill:#333}
.good{color:#2a7d2a}.bad{color:#b22}
.legend-row span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
@media print{body{background:#fff}main{max-width:none;padding:0}.card{break-inside:avoid;border:none}.runs{display:block}}
`;

function memberColors(runs: RunMetrics[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const r of runs) for (const m of Object.keys(r.perMember)) if (!colors.has(m)) colors.set(m, PALETTE[colors.size % PALETTE.length]!);
  return colors;
}

function failureBands(r: RunMetrics): Band[] {
  const bands: Band[] = [];
  const open = new Map<string, number>();
  for (const e of r.memberEvents) {
    if (e.state === 'down' || e.state === 'forced-offline') open.set(e.member, e.t);
    else if (open.has(e.member)) {
      bands.push({ from: open.get(e.member)!, to: e.t, label: `${e.member} ${e.state === 'up' ? 'down' : e.state} ${timeLabel(open.get(e.member)!)}–${timeLabel(e.t)}` });
      open.delete(e.member);
    }
  }
  const end = r.series.t[r.series.t.length - 1] ?? 0;
  for (const [m, t] of open) bands.push({ from: t, to: end, label: `${m} down from ${timeLabel(t)}` });
  return bands;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function summaryTable(runs: RunMetrics[]): string {
  const rows: [string, (r: RunMetrics) => string][] = [
    ['scenario', (r) => esc(r.scenario)],
    ['requests', (r) => String(r.requests)],
    ['conversations', (r) => String(r.conversations)],
    ['pin continuity', (r) => `<b class="${r.continuity >= 0.99 ? 'good' : 'bad'}">${pct(r.continuity)}</b>`],
    ['moved by failover', (r) => String(r.brokenByFailover)],
    ['broken by idle expiry', (r) => String(r.brokenByExpiry)],
    ['broken by a new key', (r) => String(r.brokenByNewKey)],
    ['broken otherwise (keep-alive, rule)', (r) => String(r.brokenOther)],
    ['errors', (r) => `<span class="${r.errors ? 'bad' : ''}">${r.errors}</span>`],
    ['answered by the rule', (r) => String(r.responded)],
    ['load skew (max/min requests)', (r) => (Number.isFinite(r.skew) ? r.skew.toFixed(2) : '∞')],
    ['persistence records (peak)', (r) => String(Math.max(0, ...r.series.table))],
    ...Object.keys(runs[0]?.perMember ?? {}).map((m): [string, (r: RunMetrics) => string] => [`requests to ${m}`, (r) => String(r.perMember[m] ?? 0)]),
  ];
  const head = `<tr><th></th>${runs.map((r) => `<th>${esc(r.rule)}</th>`).join('')}</tr>`;
  const body = rows.map(([label, f]) => `<tr><td>${esc(label)}</td>${runs.map((r) => `<td>${f(r)}</td>`).join('')}</tr>`).join('');
  return `<table>${head}${body}</table>`;
}

function runSection(r: RunMetrics, colors: Map<string, string>): string {
  const bands = failureBands(r);
  const members = Object.keys(r.perMember);
  const series = (k: 'requests' | 'connections') => members.map((m) => ({ name: m, color: colors.get(m)!, values: r.series[k][m] ?? [] }));
  const t = r.series.t;
  const t0 = t[0] ?? 0;
  const t1 = t[t.length - 1] ?? 1;
  const rows = r.timelines.map((tl) => ({
    label: tl.conversation,
    segments: tl.segments.map((s) => ({ from: s.from, to: s.to, color: colors.get(s.member) ?? '#999', title: `${s.member}: ${s.requests} request(s) ${timeLabel(s.from)}–${timeLabel(s.to)}` })),
    marks: tl.moves.map((m) => ({ t: m.t, color: REASON_COLOR[m.reason], label: `${timeLabel(m.t)}: ${m.from} → ${m.to} (${REASON_TEXT[m.reason]})` })),
  }));
  const legend = `<div class="legend-row">${members.map((m) => `<span><i class="sw" style="background:${colors.get(m)}"></i>${esc(m)}</span>`).join('')}${(Object.keys(REASON_COLOR) as MoveReason[]).map((k) => `<span><i class="sw" style="background:${REASON_COLOR[k]}"></i>${esc(REASON_TEXT[k])}</span>`).join('')}</div>`;
  return `<section class="card"><h2>${esc(r.rule)}</h2>
<h3>Requests per member (per ${timeLabel((t[1] ?? 10) - (t[0] ?? 0))})</h3>${lineChart(`Requests per member, ${r.rule}`, t, series('requests'), 'requests', bands)}
<h3>Open connections per member</h3>${lineChart(`Open connections per member, ${r.rule}`, t, series('connections'), 'connections', bands)}
<h3>Persistence table size</h3>${lineChart(`Persistence records, ${r.rule}`, t, [{ name: 'live records', color: '#444', values: r.series.table }], 'records', bands)}
<h3>Session timeline (first ${r.timelines.length} conversations)</h3>${legend}${timelineChart(`Session timeline, ${r.rule}`, rows, t0, t1, bands)}
</section>`;
}

export function htmlReport(title: string, runs: RunMetrics[]): string {
  const colors = memberColors(runs);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><main>
<h1>${esc(title)}</h1>
<div class="meta">irule pinning report · ${runs.length} run(s) · pin continuity = share of conversations that stayed on one member while it was up</div>
<h2>Summary</h2>${summaryTable(runs)}
<div class="runs">${runs.map((r) => runSection(r, colors)).join('\n')}</div>
</main></body></html>
`;
}
