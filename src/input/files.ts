// Reading the files a user names (rules, scenarios, traffic, golden files): only regular files, no
// bigger than a cap checked before anything is read, and without ever quoting what they contain in an
// error. A device (/dev/zero), a FIFO (which would block the process) or a folder is a one-line error.

import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { decodeText } from './bytes.js';

/** Default cap on a file read whole (README "Input files"); `--max-input-size` overrides it. */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

let maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

/** Sets the cap for this process (the CLI's --max-input-size). */
export function setMaxInputBytes(n: number): void {
  maxInputBytes = n;
}

export function getMaxInputBytes(): number {
  return maxInputBytes;
}

/** Why a file could not be read: a short reason, never the file's content. */
export class FileReadError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${printableName(file)}: cannot read (${reason})`);
  }
}

/** A file name as it may be printed: control characters (a newline, an ANSI escape) shown escaped. */
export function printableName(file: string): string {
  // eslint-disable-next-line no-control-regex
  return file.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => {
    const n = c.charCodeAt(0);
    return n === 10 ? '\\n' : n === 9 ? '\\t' : n === 13 ? '\\r' : `\\x${n.toString(16).padStart(2, '0')}`;
  });
}

const NOT_REGULAR = 'not a regular file: a device, FIFO or socket; irule reads only regular files';

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return code ?? 'error';
  }
}

/**
 * The text of `file` ('-' is standard input), which must be UTF-8 (NotTextError otherwise). Opens without blocking (a FIFO does not wait for a
 * writer), refuses anything but a regular file, and stops at `maxBytes` even when the size the
 * system reports is wrong (/proc files say 0).
 */
export function readInputFile(file: string): string {
  return decodeText(readInputBytes(file));
}

/** The bytes of `file`, read as readInputFile does (for files that are not UTF-8 text: iFiles). */
export function readInputBytes(file: string): Buffer {
  const maxBytes = maxInputBytes;
  if (file === '-') return readCapped(0, file, maxBytes);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new FileReadError(file, reasonOf(e));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FileReadError(file, 'is a directory');
    if (!st.isFile()) throw new FileReadError(file, NOT_REGULAR);
    if (st.size > maxBytes) throw new FileReadError(file, tooLarge(st.size, maxBytes));
    return readCapped(fd, file, maxBytes);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, max: number): string {
  return `too large: ${size} bytes, more than the ${max}-byte input limit (raise it with --max-input-size)`;
}

function readCapped(fd: number, file: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // standard input that is a terminal or a pipe not yet written
      if (code === 'EOF') break;
      throw new FileReadError(file, reasonOf(e));
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new FileReadError(file, tooLarge(total, maxBytes));
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/** Checks that `file` is a regular file (without opening it): for files read as a stream. */
export function requireRegularFile(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    throw new FileReadError(file, reasonOf(e));
  }
  if (st.isDirectory()) throw new FileReadError(file, 'is a directory');
  if (!st.isFile()) throw new FileReadError(file, NOT_REGULAR);
}

/**
 * Whether `file` (after following symbolic links) lies inside one of `roots`: a scenario may name
 * files in its own folder tree, or under a root the user passed (--root), nowhere else.
 */
export function insideRoots(file: string, roots: readonly string[]): boolean {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    real = resolve(file);
  }
  return roots.some((r) => {
    let root: string;
    try {
      root = realpathSync(r);
    } catch {
      root = resolve(r);
    }
    return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  });
}

/**
 * The folder trees a scenario may name files in, besides those passed with --root: its own folder,
 * the git work tree it is in (a project's scenarios refer to its shared rules as ../../rules/x.tcl),
 * and the working directory, unless that is the file system's root.
 */
export function scenarioRoots(scenarioFile: string): string[] {
  const dir = dirname(resolve(scenarioFile));
  const roots = [dir];
  for (let d = dir; dirname(d) !== d; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) {
      roots.push(d);
      break;
    }
  }
  const cwd = process.cwd();
  if (dirname(cwd) !== cwd) roots.push(cwd);
  return roots;
}
