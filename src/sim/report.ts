// The readable text report of a simulation: one line per request, the why and the logs under it.

import chalk from 'chalk';
import type { OutputRecord } from './simulate.js';
import { breaksText, CAUSE_TEXT, continuityDetail, formatContinuity, isFailover, type ContinuitySummary } from './continuity.js';

const WHY_COLOR: Record<string, (s: string) => string> = {
  persist: chalk.green,
  lb: chalk.cyan,
  'keep-alive': chalk.blue,
  member: chalk.cyan,
  node: chalk.cyan,
  responded: chalk.magenta,
  'lb-failed': chalk.red,
  error: chalk.red,
};

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n - 1) + '…' : s.padEnd(n);
}

export function reportHeader(scenarioName: string, columns = true): string {
  if (!columns) return `${chalk.bold(scenarioName)}\n`;
  return `${chalk.bold(scenarioName)}\n${chalk.dim(`${'seq'.padStart(4)}  ${'t'.padStart(8)}  ${pad('conn', 10)} ${pad('request', 34)} ${pad('member', 16)} why`)}\n`;
}

export function reportLine(r: OutputRecord): string {
  const why = r.persist ? `${r.why} (persist ${r.persist.mode} ${r.persist.result ?? 'not looked up'} key=${r.persist.key})` : r.why;
  const color = WHY_COLOR[r.why] ?? ((s: string) => s);
  const row = `${String(r.seq).padStart(4)}  ${r.t.toFixed(3).padStart(8)}  ${pad(r.conn, 10)} ${pad(r.request, 34)} ${pad(r.member ?? '-', 16)} ${color(why)}`;
  const b = r.pinBreak;
  // A request that broke its conversation's pin is marked in the margin (without color too) and red.
  const lines = [b ? (isFailover(b.cause) ? chalk.yellow(`~${row.slice(1)}`) : chalk.red(`!${row.slice(1)}`)) : row];
  if (b) {
    const text = `        pin ${isFailover(b.cause) ? 'failover' : 'BROKEN'}: conversation ${b.conversation} ${b.from} → ${b.to ?? 'no member'}: ${CAUSE_TEXT[b.cause]} (${b.cause}): ${b.detail}`;
    lines.push(isFailover(b.cause) ? chalk.yellow(text) : chalk.red(text));
  }
  for (const [n, v] of r.headers.inserted) lines.push(chalk.dim(`        + ${n}: ${v}`));
  for (const n of r.headers.removed) lines.push(chalk.dim(`        - ${n}`));
  for (const l of r.logs) lines.push(chalk.dim(`        log ${l}`));
  if (r.response) lines.push(chalk.magenta(`        response ${JSON.stringify(r.response)}`));
  if (r.error) lines.push(chalk.red(`        error ${r.error}`));
  return lines.join('\n') + '\n';
}

export function reportSummary(summary: Record<string, unknown>): string {
  const s = summary as unknown as ContinuitySummary & { requests: number; errors: number; keys: number; perMember: Record<string, number>; conversationsBy: Record<string, number> };
  const members = Object.entries(s.perMember).map(([m, n]) => `${m}=${n}`).join('  ');
  const by = Object.entries(s.conversationsBy ?? {}).map(([k, n]) => `${k} ${n}`).join(', ');
  const c = formatContinuity(s.pinContinuity);
  return [
    '',
    chalk.bold('summary'),
    `  requests ${s.requests}   errors ${s.errors}   persistence keys ${s.keys}   conversations ${s.conversations}`,
    `  pin continuity ${s.pinContinuity < 1 ? chalk.red(c) : chalk.green(c)}: ${continuityDetail(s)}`,
    `  pin breaks: ${breaksText(s.pinBreaks)}`,
    `  conversations by: ${by || 'none'}`,
    `  per member: ${members}`,
    '',
  ].join('\n');
}
