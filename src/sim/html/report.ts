// One self-contained HTML page (no external scripts, fonts or files; a few lines of inline script sort
// and filter the tables) for `simulate --report`
// and `compare --report`: a summary table, then per rule the load per member, open connections,
// persistence table size and the session timeline of the first conversations.

import type { RunMetrics } from '../compare.js';
import { BREAK_CAUSES, CAUSE_TEXT, continuityDetail, formatContinuity, isFailover, type BreakCause } from '../continuity.js';
import { PALETTE, barChart, esc, lineChart, timeLabel, timelineChart, type Band } from './svg.js';

const CAUSE_COLOR: Record<BreakCause, string> = {
  'new-key': '#ff7f0e',
  'idle-expiry': '#9467bd',
  'keep-alive': '#8c564b',
  'no-persistence': '#e377c2',
  'persist-none': '#bcbd22',
  'rule-chose': '#17becf',
  'rule-error': '#000000',
  'lb-failed': '#555555',
  'member-down': '#d62728',
  'member-disabled': '#ff9896',
  'member-forced-offline': '#c49c94',
};

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#222;margin:0;background:#fafafa}
main{max-width:1600px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
.meta{color:#666;margin-bottom:16px}
table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0 16px}
th,td{border:1px solid #ddd;padding:5px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
th{background:#f2f2f2}
.runs{display:grid;grid-template-columns:repeat(auto-fit,minmax(620px,1fr));gap:16px}.runs>.card{min-width:0}
.card{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:12px;overflow-x:auto}
svg text.axis{font-size:12px;fill:#444}svg text.legend{font-size:12px;fill:#222}svg text.band{font-size:11px;fill:#a11}
table.breaks,table.requests{font-size:12px}table.breaks td,table.breaks th,table.requests td,table.requests th{text-align:left;white-space:nowrap}
table.breaks td.detail,table.requests td.detail{white-space:normal;min-width:220px}.scroll{max-height:420px;overflow:auto;border:1px solid #eee}
tr.break td{background:#fdecea}tr.break.failover td{background:#fff6e0}td.detail{text-align:left;font-size:12px;word-break:break-word}
table.sortable th{cursor:pointer}input.filter{margin:6px 0;padding:4px 6px;width:320px}details{margin:8px 0}
.good{color:#2a7d2a}.bad{color:#b22}
.legend-row span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
@media print{body{background:#fff}main{max-width:none;padding:0}.card{break-inside:avoid;border:none}.runs{display:block}}
`;

// Sorting (click a column header) and filtering (the box above a table); the page works without it.
const SCRIPT = `
for (const t of document.querySelectorAll('table.sortable')) {
  t.querySelectorAll('th').forEach((th, i) => th.addEventListener('click', () => {
    const body = t.tBodies[0]; const asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
    const key = (tr) => { const c = tr.cells[i]; const v = c.dataset.v ?? c.textContent; const n = Number(v); return v !== '' && !isNaN(n) ? n : v.toLowerCase(); };
    const rows = [...body.rows].sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1); });
    body.append(...rows);
  }));
}
for (const f of document.querySelectorAll('input.filter')) {
  const t = f.nextElementSibling.querySelector('table');
  f.addEventListener('input', () => { const q = f.value.toLowerCase(); for (const tr of t.tBodies[0].rows) tr.hidden = q !== '' && !tr.textContent.toLowerCase().includes(q); });
}`;

function memberColors(runs: RunMetrics[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const r of runs) for (const m of Object.keys(r.perMember)) if (!colors.has(m)) colors.set(m, PALETTE[colors.size % PALETTE.length]!);
  return colors;
}

function failureBands(r: RunMetrics): Band[] {
  const bands: Band[] = [];
  const open = new Map<string, number>();
  const downState = new Map<string, string>();
  for (const e of r.memberEvents) {
    if (e.state !== 'up') {
      if (!open.has(e.member)) open.set(e.member, e.t);
      downState.set(e.member, e.state);
    }
    else if (open.has(e.member)) {
      bands.push({ from: open.get(e.member)!, to: e.t, label: `${e.member} ${downState.get(e.member)} ${timeLabel(open.get(e.member)!)}–${timeLabel(e.t)}`, short: `${e.member} ${downState.get(e.member)}` });
      open.delete(e.member);
    }
  }
  const end = r.series.t[r.series.t.length - 1] ?? 0;
  for (const [m, t] of open) bands.push({ from: t, to: end, label: `${m} ${downState.get(m)} from ${timeLabel(t)}`, short: `${m} ${downState.get(m)}` });
  return bands;
}


function summaryTable(runs: RunMetrics[]): string {
  const rows: [string, (r: RunMetrics) => string][] = [
    ['scenario', (r) => esc(r.scenario)],
    ['requests', (r) => String(r.requests)],
    ['conversations', (r) => String(r.conversations)],
    ['pin continuity', (r) => `<b class="${r.pinContinuity >= 1 ? 'good' : 'bad'}" data-continuity="${r.pinContinuity}">${formatContinuity(r.pinContinuity)}</b><br><small>${esc(continuityDetail(r))}</small>`],
    ...BREAK_CAUSES.filter((k) => runs.some((r) => r.pinBreaks[k])).map((k): [string, (r: RunMetrics) => string] => [`pin breaks: ${CAUSE_TEXT[k]}`, (r) => String(r.pinBreaks[k] ?? 0)]),
    ['errors', (r) => `<span class="${r.errors ? 'bad' : ''}">${r.errors}</span>`],
    ['answered by the rule', (r) => String(r.responded)],
    ['load skew (max/min requests)', (r) => (r.skew === null ? `member idle (${esc(r.idleMembers.join(', '))})` : r.skew.toFixed(2))],
    ['persistence records (peak)', (r) => String(Math.max(0, ...r.series.table))],
    ...Object.keys(runs[0]?.perMember ?? {}).map((m): [string, (r: RunMetrics) => string] => [`requests to ${m}`, (r) => String(r.perMember[m] ?? 0)]),
  ];
  const head = `<tr><th></th>${runs.map((r) => `<th>${esc(r.rule)}</th>`).join('')}</tr>`;
  const body = rows.map(([label, f]) => `<tr><td>${esc(label)}</td>${runs.map((r) => `<td>${f(r)}</td>`).join('')}</tr>`).join('');
  return `<table>${head}${body}</table>`;
}

/** Every pin break (up to BREAK_LIST), sortable by any column (click a header). */
function breaksTable(r: RunMetrics): string {
  if (r.breakCount === 0) return '<p class="good">No pin breaks.</p>';
  const more = r.breakCount > r.breaks.length ? `<p class="meta">The first ${r.breaks.length} of ${r.breakCount} breaks.</p>` : '';
  const rows = r.breaks
    .map(
      (b) =>
        `<tr class="break${isFailover(b.cause) ? ' failover' : ''}" data-seq="${b.seq}" data-cause="${esc(b.cause)}"><td>${esc(b.conversation)}</td><td>${b.seq}</td><td data-v="${b.t}">${esc(timeLabel(b.t))}</td><td>${esc(b.from)}</td><td>${esc(b.to ?? 'no member')}</td><td><i class="sw" style="background:${CAUSE_COLOR[b.cause]}"></i>${esc(CAUSE_TEXT[b.cause])}</td><td class="detail">${esc(b.detail)}</td></tr>`,
    )
    .join('');
  return `${more}<div class="scroll"><table class="sortable breaks"><thead><tr><th>conversation</th><th>seq</th><th>time</th><th>from</th><th>to</th><th>cause</th><th>what changed</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Every request of a small run, filterable by any text (conversation, member, cause). */
function requestTable(r: RunMetrics): string {
  if (!r.requestRows) return '';
  const rows = r.requestRows
    .map(
      (q) =>
        `<tr${q.cause ? ` class="break${isFailover(q.cause) ? ' failover' : ''}"` : ''}><td>${q.seq}</td><td data-v="${q.t}">${q.t.toFixed(3)}</td><td>${esc(q.conversation ?? '')}</td><td>${esc(q.conn)}</td><td class="detail">${esc(q.request)}</td><td>${esc(q.member ?? '-')}</td><td>${esc(q.why)}</td><td class="detail">${esc(q.persist)}</td><td>${esc(q.cause ?? '')}${q.error ? ` <span class="bad">${esc(q.error)}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<details><summary>All ${r.requestRows.length} requests</summary><input class="filter" type="search" placeholder="filter: conversation, member, cause…" aria-label="filter requests"><div class="scroll"><table class="sortable requests"><thead><tr><th>seq</th><th>t (s)</th><th>conversation</th><th>conn</th><th>request</th><th>member</th><th>why</th><th>persistence</th><th>pin break</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
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
    marks: tl.moves.map((m) => ({ t: m.t, color: CAUSE_COLOR[m.cause], label: `${timeLabel(m.t)}: ${m.from} → ${m.to ?? 'no member'} (${CAUSE_TEXT[m.cause]})` })),
  }));
  const legend = `<div class="legend-row">${members.map((m) => `<span><i class="sw" style="background:${colors.get(m)}"></i>${esc(m)}</span>`).join('')}${BREAK_CAUSES.filter((k) => r.pinBreaks[k]).map((k) => `<span><i class="sw" style="background:${CAUSE_COLOR[k]}"></i>${esc(CAUSE_TEXT[k])}</span>`).join('')}</div>`;
  return `<section class="card"><h2>${esc(r.rule)}</h2>
<h3>Requests per member (per ${timeLabel((t[1] ?? 10) - (t[0] ?? 0))})</h3>${barChart(`Requests per member, ${r.rule}`, t, series('requests'), 'requests', bands)}
<h3>Open connections per member</h3>${lineChart(`Open connections per member, ${r.rule}`, t, series('connections'), 'connections', bands)}
<h3>Persistence table size</h3>${lineChart(`Persistence records, ${r.rule}`, t, [{ name: 'live records', color: '#444', values: r.series.table }], 'records', bands)}
<h3>Pin breaks (${r.breakCount})</h3>${breaksTable(r)}
${requestTable(r)}
<h3>Session timeline (${r.timelines.length} conversations${r.breakCount ? ', those that broke first' : ''})</h3>${legend}${timelineChart(`Session timeline, ${r.rule}`, rows, t0, t1, bands)}
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
</main><script>${SCRIPT}</script></body></html>
`;
}
