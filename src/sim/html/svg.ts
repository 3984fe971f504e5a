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

/** A round step for about `target` ticks over [0, v]; whole numbers only when `integer` (counts). */
function niceStep(v: number, target: number, integer: boolean): number {
  if (v <= 0) return 1;
  const raw = v / target;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const step = m * p;
    if (step >= raw && (!integer || Number.isInteger(step))) return step;
  }
  return integer ? Math.max(1, Math.ceil(raw)) : 10 * p;
}

/** Y axis: ticks 0, step, 2*step, ... up to the first one at or above the largest value. */
function yTicks(max: number, integer = true): number[] {
  const step = niceStep(Math.max(max, integer ? 1 : 0), 4, integer);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const out: number[] = [];
  for (let v = 0; v <= top + step / 1e6; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

const TIME_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** Time axis: round ticks (10 s, 1 min, 5 min, 15 min, 1 h, ...) inside [t0, t1], about `target` of them. */
function timeTicks(t0: number, t1: number, target = 6): number[] {
  const span = Math.max(t1 - t0, 1);
  const step = TIME_STEPS.find((s) => span / s <= target) ?? Math.ceil(span / target / 86400) * 86400;
  const out: number[] = [];
  for (let v = Math.ceil(t0 / step) * step; v <= t1 + 1e-9; v += step) out.push(v);
  return out;
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
  /** Shorter text drawn inside the band (the full label is the tooltip). */
  short?: string;
}

const W = 720;
const H = 240;
const M = { left: 52, right: 12, top: 40, bottom: 34 };

/** A line chart over sample times `t`, with shaded bands (member failures) and a legend. */
interface Frame {
  t0: number;
  t1: number;
  x: (v: number) => number;
  y: (v: number) => number;
  parts: string[];
}

/** The common frame: shaded and labelled member-down bands, y grid with whole-number ticks, round time ticks, legend. */
function frame(title: string, t0: number, t1: number, ymaxValue: number, series: LineSeries[], yLabel: string, bands: Band[], integer: boolean): Frame {
  const ticks = yTicks(ymaxValue, integer);
  const ymax = ticks[ticks.length - 1]!;
  const x = (v: number) => M.left + ((v - t0) / (t1 - t0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / ymax) * (H - M.top - M.bottom);
  const parts: string[] = [];
  parts.push(`<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${esc(title)}</title>`);
  parts.push(bandRects(bands, t0, t1, x, M.top, H - M.top - M.bottom));
  for (const v of ticks) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${M.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="axis">${fmt(v)}</text>`);
  }
  for (const v of timeTicks(t0, t1)) {
    parts.push(`<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${H - M.bottom}" y2="${H - M.bottom + 4}" stroke="#999"/>`);
    parts.push(`<text x="${x(v).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="middle" class="axis">${timeLabel(v)}</text>`);
  }
  parts.push(`<text x="12" y="${(M.top + H - M.bottom) / 2}" transform="rotate(-90 12 ${(M.top + H - M.bottom) / 2})" text-anchor="middle" class="axis">${esc(yLabel)}</text>`);
  parts.push(legend(series));
  return { t0, t1, x, y, parts };
}

/** Legend entries laid out left to right, wrapping to a second row when they do not fit. */
function legend(series: LineSeries[]): string {
  const out: string[] = [];
  let lx = M.left;
  let ly = 6;
  for (const s of series) {
    const w = 22 + s.name.length * 6.6;
    if (lx + w > W - M.right && lx > M.left) {
      lx = M.left;
      ly += 15;
    }
    out.push(`<rect x="${lx.toFixed(1)}" y="${ly}" width="10" height="10" fill="${s.color}"/><text x="${(lx + 14).toFixed(1)}" y="${ly + 9}" class="legend">${esc(s.name)}</text>`);
    lx += w;
  }
  return out.join('');
}

/** Member-down windows: a shaded band each, labelled at its top (the label is also its tooltip). */
function bandRects(bands: Band[], t0: number, t1: number, x: (v: number) => number, top: number, height: number, labelY = top + 11): string {
  return bands
    .filter((b) => b.to > t0 && b.from < t1)
    .map((b) => {
      const bx = x(Math.max(b.from, t0));
      const bw = Math.max(1, x(Math.min(b.to, t1)) - bx);
      const text = b.short ?? b.label;
      return `<rect x="${bx.toFixed(1)}" y="${top}" width="${bw.toFixed(1)}" height="${height}" fill="#d62728" fill-opacity="0.1"><title>${esc(b.label)}</title></rect><text x="${(bx + 3).toFixed(1)}" y="${labelY}" class="band">${esc(text)}</text>`;
    })
    .join('');
}

function extent(t: number[]): [number, number] {
  const t0 = t[0] ?? 0;
  return [t0, Math.max(t[t.length - 1] ?? 1, t0 + 1)];
}

/** A line chart over sample times `t` (levels: open connections, table size), with member-down bands. */
export function lineChart(title: string, t: number[], series: LineSeries[], yLabel: string, bands: Band[] = []): string {
  const [t0, t1] = extent(t);
  const f = frame(title, t0, t1, Math.max(0, ...series.flatMap((s) => s.values)), series, yLabel, bands, true);
  for (const s of series) {
    if (s.values.length === 0) continue;
    const pts = s.values.map((v, i) => `${f.x(t[i] ?? t0).toFixed(1)},${f.y(v).toFixed(1)}`).join(' ');
    f.parts.push(`<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="1.6"><title>${esc(s.name)}</title></polyline>`);
  }
  f.parts.push('</svg>');
  return f.parts.join('');
}

/**
 * Counts per time bucket as stacked bars: sample `i` closes the bucket (t[i-1], t[i]], so its bar spans
 * that interval. Each segment's tooltip gives the member, the interval and the count.
 */
export function barChart(title: string, t: number[], series: LineSeries[], yLabel: string, bands: Band[] = []): string {
  const [t0, t1] = extent(t);
  const totals = t.map((_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const f = frame(title, t0, t1, Math.max(0, ...totals), series, yLabel, bands, true);
  for (let i = 1; i < t.length; i++) {
    const a = t[i - 1]!;
    const b = t[i]!;
    if (b <= a) continue;
    const bx = f.x(a) + 0.5;
    const bw = Math.max(0.8, f.x(b) - f.x(a) - 1);
    let base = 0;
    for (const s of series) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      const yTop = f.y(base + v);
      const h = f.y(base) - yTop;
      f.parts.push(`<rect x="${bx.toFixed(1)}" y="${yTop.toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" fill="${s.color}"><title>${esc(`${s.name}: ${v} ${yLabel}, ${timeLabel(a)}–${timeLabel(b)}`)}</title></rect>`);
      base += v;
    }
  }
  f.parts.push('</svg>');
  return f.parts.join('');
}

export interface TimelineRow {
  label: string;
  segments: { from: number; to: number; color: string; title: string }[];
  marks: { t: number; label: string; color: string }[];
}

/** One row per conversation: which member served it when, and where and why it moved. */
export function timelineChart(title: string, rows: TimelineRow[], t0: number, t1: number, bands: Band[] = []): string {
  const rowH = 16;
  const left = 150;
  const h = 30 + rows.length * rowH + 24;
  const span = Math.max(t1 - t0, 1);
  const x = (v: number) => left + ((v - t0) / span) * (W - left - M.right);
  const parts: string[] = [`<svg viewBox="0 0 ${W} ${h}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>`];
  parts.push(bandRects(bands, t0, t0 + span, x, 20, rows.length * rowH, 14));
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
  for (const v of timeTicks(t0, t0 + span)) {
    parts.push(`<text x="${x(v).toFixed(1)}" y="${axisY}" text-anchor="middle" class="axis">${timeLabel(v)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
