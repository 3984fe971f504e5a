// Progress on long work (simulate, compare, traffic): a cli-progress bar on standard error when it is
// a terminal, with done/total and an ETA when the total is known, nothing when it is not a terminal
// or with --quiet. cli-progress (added as a dependency) redraws in place, throttles its updates and
// prints log lines above the bar: what a hand-drawn `\r` counter gets wrong.

import { closeSync, openSync, readSync } from 'node:fs';
import cliProgress from 'cli-progress';

export interface Progress {
  /** Sets the amount done (and the total, when it became known). */
  update(done: number, total?: number): void;
  /** Output for standard output: printed above the bar when both go to the terminal. */
  print(text: string): void;
  stop(): void;
}

const quietProgress: Progress = {
  update() {},
  print: (text) => void process.stdout.write(text),
  stop() {},
};

/** A progress bar labelled `label` counting `unit`; `total` null when unknown. */
export function startProgress(label: string, unit: string, total: number | null, options: { quiet?: boolean } = {}): Progress {
  if (options.quiet || !process.stderr.isTTY) return quietProgress;
  if (label.length > 40) label = label.slice(0, 39) + '…';
  const known = total !== null && total > 0;
  const multi = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: known ? `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | ETA {eta_formatted}` : `${label} {value} ${unit} | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: false,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(known ? total : 0, 0);
  multi.update(); // drawn at once, not only at the first tick of its timer
  // Both on the terminal: record lines go above the bar instead of through it.
  const together = process.stdout.isTTY === true;
  let stopped = false;
  return {
    update(done, newTotal) {
      if (newTotal !== undefined && newTotal !== bar.getTotal()) bar.setTotal(newTotal);
      bar.update(done);
    },
    print(text) {
      if (together && !stopped) multi.log(text);
      else process.stdout.write(text);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.update(); // the final count is drawn before the bar is cleared
      multi.stop();
    },
  };
}

/** Lines in a file (its newlines, and a last line without one), read in chunks: a traffic file's event count. */
export function countLines(file: string): number | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(1 << 20);
    let lines = 0;
    let last = 10;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) lines++;
      last = buf[n - 1]!;
    }
    return lines + (last === 10 ? 0 : 1);
  } finally {
    closeSync(fd);
  }
}
