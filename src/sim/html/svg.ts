// Inline SVG charts for the HTML report: no scripts, no fonts, no network; they print as drawn.

export const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = (x: number) => (Math.abs(x) >= 100 || Number.isInteger(x) ? String(Math.round(x)) : x.toFixed(1));

/** Seconds as a short time label (90 -> 1m30s). */
export function timeLabel(t: number): string {
  if (t < 60) return `${fmt(t)}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m${Math.round(t % 60) ? `${Math.round(t % 60)}s` : ''}`;
  return `${Math.floor(t / 3600)}h${Math.round((t % 3600) / 60) ? `${Math.round((t % 3600) / 60)}m` : ''}`;
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export interface LineSeries {
  name: string;
  color: string;
  values: number[];
}

export interface Band {
  from: number;
  to: number;
  label: string;
}

const W = 720;
const H = 220;
const M = { left: 48, right: 12, top: 24, bottom: 34 };

/** A line chart over sample times `t`, with shaded bands (member failures) and a legend. */
export function lineChart(title: string, t: number[], series: LineSeries[], yLabel: string, bands: Band[] = []): string {
  const t0 = t[0] ?? 0;
  const t1 = Math.max(t[t.length - 1] ?? 1, t0 + 1);
  const ymax = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const x = (v: number) => M.left + ((v - t0) / (t1 - t0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / ymax) * (H - M.top - M.bottom);
  const parts: string[] = [];
  parts.push(`<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${esc(title)}</title>`);
  for (const b of bands) {
    const bx = x(Math.max(b.from, t0));
    const bw = Math.max(1, x(Math.min(b.to, t1)) - bx);
    parts.push(`<rect x="${bx.toFixed(1)}" y="${M.top}" width="${bw.toFixed(1)}" height="${H - M.top - M.bottom}" fill="#d62728" fill-opacity="0.08"><title>${esc(b.label)}</title></rect>`);
  }
  for (let i = 0; i <= 4; i++) {
    const v = (ymax * i) / 4;
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${M.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="axis">${fmt(v)}</text>`);
  }
  for (let i = 0; i <= 5; i++) {
    const v = t0 + ((t1 - t0) * i) / 5;
    parts.push(`<text x="${x(v).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="${i === 0 ? 'start' : i === 5 ? 'end' : 'middle'}" class="axis">${timeLabel(v)}</text>`);
  }
  parts.push(`<text x="12" y="${(M.top + H - M.bottom) / 2}" transform="rotate(-90 12 ${(M.top + H - M.bottom) / 2})" text-anchor="middle" class="axis">${esc(yLabel)}</text>`);
  for (const s of series) {
    if (s.values.length === 0) continue;
    const pts = s.values.map((v, i) => `${x(t[i] ?? t0).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="1.6"><title>${esc(s.name)}</title></polyline>`);
  }
  series.forEach((s, i) => {
    const lx = M.left + i * 170;
    parts.push(`<rect x="${lx}" y="6" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="15" class="legend">${esc(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface TimelineRow {
  label: string;
  segments: { from: number; to: number; color: string; title: string }[];
  marks: { t: number; label: string; color: string }[];
}

/** One row per conversation: which member served it when, and where and why it moved. */
export function timelineChart(title: string, rows: TimelineRow[], t0: number, t1: number, bands: Band[] = []): string {
  const rowH = 14;
  const left = 150;
  const h = 30 + rows.length * rowH + 24;
  const span = Math.max(t1 - t0, 1);
  const x = (v: number) => left + ((v - t0) / span) * (W - left - M.right);
  const parts: string[] = [`<svg viewBox="0 0 ${W} ${h}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>`];
  for (const b of bands) {
    parts.push(`<rect x="${x(Math.max(b.from, t0)).toFixed(1)}" y="20" width="${Math.max(1, x(Math.min(b.to, t1)) - x(Math.max(b.from, t0))).toFixed(1)}" height="${rows.length * rowH}" fill="#d62728" fill-opacity="0.08"><title>${esc(b.label)}</title></rect>`);
  }
  rows.forEach((r, i) => {
    const y = 20 + i * rowH;
    parts.push(`<text x="${left - 6}" y="${y + 10}" text-anchor="end" class="axis">${esc(r.label.length > 22 ? r.label.slice(0, 21) + '…' : r.label)}</text>`);
    parts.push(`<line x1="${left}" x2="${W - M.right}" y1="${y + 7}" y2="${y + 7}" stroke="#f0f0f0"/>`);
    for (const s of r.segments) {
      const sx = x(s.from);
      const sw = Math.max(3, x(s.to) - sx);
      parts.push(`<rect x="${sx.toFixed(1)}" y="${y + 2}" width="${sw.toFixed(1)}" height="${rowH - 4}" rx="2" fill="${s.color}"><title>${esc(s.title)}</title></rect>`);
    }
    for (const m of r.marks) {
      const mx = x(m.t);
      parts.push(`<path d="M${mx.toFixed(1)} ${y} l4 -5 h-8 z" fill="${m.color}"><title>${esc(m.label)}</title></path>`);
    }
  });
  const axisY = 20 + rows.length * rowH + 14;
  for (let i = 0; i <= 5; i++) {
    const v = t0 + (span * i) / 5;
    parts.push(`<text x="${x(v).toFixed(1)}" y="${axisY}" text-anchor="${i === 5 ? 'end' : 'middle'}" class="axis">${timeLabel(v)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
