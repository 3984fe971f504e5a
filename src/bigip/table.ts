// The BIG-IP session table behind the `table` command (docs/bigip-reference.md §8.1): a key/value store shared by
// every connection, with subtables, an idle timeout and an absolute lifetime per entry, all on the
// simulated clock. The semantics follow F5's `table` page and the "table command" article series
// (docs/behaviour/utilities.md records each fact and its source).
//
// An entry expires when it has been idle (not touched) for `timeout` seconds, or when it is
// `lifetime` seconds old, whichever comes first. Expiry is checked lazily whenever an entry is
// reached; `sweep(now)` removes everything that has expired so that memory stays bounded even for
// keys nobody looks up again (the store also sweeps itself every few thousand writes).

import { TclLimitError } from '../tcl/errors.js';
import type { SimClock } from './host.js';

/** The idle timeout an entry gets when none is given (F5: 180 seconds). */
const DEFAULT_TIMEOUT = 180;

/** `null` stands for `indefinite`. */
export type Duration = number | null;

/**
 * A timeout or lifetime as given to set/add/replace:
 *   undefined  not given: the default (180 s timeout, indefinite lifetime)
 *   0          keep the entry's current value (the default for a new entry)
 *   null       indefinite
 *   n > 0      seconds
 */
export type DurationArg = number | null | undefined;

export interface TableEntry {
  value: string;
  /** Idle timeout in seconds, null = indefinite. */
  timeout: Duration;
  /** Lifetime in seconds counted from `created`, null = indefinite. */
  lifetime: Duration;
  /** When the entry was created (seconds on the simulated clock). */
  created: number;
  /** When the entry was last touched (written, or read without -notouch). */
  touched: number;
}

export interface TableOptions {
  /** Subtable name; undefined = the main table. */
  subtable?: string;
  /** Read or write without refreshing the idle timer. */
  notouch?: boolean;
  /** The current time; defaults to the store's clock. */
  now?: number;
}

export interface SetOptions extends TableOptions {
  /** Only create: leave an existing entry alone (`-excl`, `table add`). */
  excl?: boolean;
  /** Only update: do nothing when the key is absent (`-mustexist`, `table replace`). */
  mustexist?: boolean;
  timeout?: DurationArg;
  lifetime?: DurationArg;
}

/** Writes between two automatic sweeps. */
const SWEEP_EVERY = 4096;

/** Most entries the store holds (rules are untrusted: a loop must not exhaust memory). */
const DEFAULT_MAX_ENTRIES = 1_000_000;

/** The main table's name inside the store (subtable names are user strings; this one cannot clash). */
const MAIN = '\u0000main';

export class TableStore {
  private readonly tables = new Map<string, Map<string, TableEntry>>();
  private writes = 0;
  /** Entries stored, expired or not. */
  private stored = 0;

  constructor(
    private readonly clock?: SimClock,
    readonly maxEntries: number = DEFAULT_MAX_ENTRIES,
  ) {}

  // ---- reading --------------------------------------------------------------------------------

  /** `table lookup`: the value, or '' when the key is absent or expired. */
  lookup(key: string, opts: TableOptions = {}): string {
    const now = this.time(opts.now);
    const e = this.live(opts.subtable, key, now);
    if (!e) return '';
    if (!opts.notouch) e.touched = now;
    return e.value;
  }

  /** The entry itself (for tests and diagnostics); never touches it. */
  entry(key: string, opts: TableOptions = {}): TableEntry | undefined {
    return this.live(opts.subtable, key, this.time(opts.now));
  }

  has(key: string, opts: TableOptions = {}): boolean {
    return this.live(opts.subtable, key, this.time(opts.now)) !== undefined;
  }

  /** `table keys -subtable NAME`: the live keys (touching each unless notouch). */
  keys(opts: TableOptions = {}): string[] {
    const now = this.time(opts.now);
    const t = this.tables.get(opts.subtable ?? MAIN);
    if (!t) return [];
    const out: string[] = [];
    for (const [k, e] of t) {
      if (expired(e, now)) {
        t.delete(k);
        this.stored--;
        continue;
      }
      if (!opts.notouch) e.touched = now;
      out.push(k);
    }
    if (t.size === 0) this.tables.delete(opts.subtable ?? MAIN);
    return out;
  }

  /** `table keys -count`: the number of live keys; counting touches nothing. */
  count(opts: TableOptions = {}): number {
    return this.keys({ ...opts, notouch: true }).length;
  }

  // ---- writing --------------------------------------------------------------------------------

  /**
   * `table set|add|replace`: returns the value the key has afterwards ('' when -mustexist found
   * nothing). An entry that is not written keeps its timeout and lifetime (F5: "if the table
   * command doesn't update the data, then it doesn't update the timeout and lifetime either").
   */
  set(key: string, value: string, opts: SetOptions = {}): string {
    const now = this.time(opts.now);
    const existing = this.live(opts.subtable, key, now);
    if (existing) {
      if (!opts.notouch) existing.touched = now;
      if (opts.excl) return existing.value;
      existing.value = value;
      if (opts.timeout !== 0) existing.timeout = opts.timeout === undefined ? DEFAULT_TIMEOUT : opts.timeout;
      if (opts.lifetime !== 0) existing.lifetime = opts.lifetime === undefined ? null : opts.lifetime;
      return value;
    }
    if (opts.mustexist) return '';
    this.create(opts.subtable, key, value, now, opts.timeout, opts.lifetime);
    return value;
  }

  /**
   * `table incr`: adds `delta` to the entry's value (creating it from 0 unless `mustexist`) and
   * returns the new value, or '' when -mustexist found nothing. F5 documents table numbers as
   * strings treated as 64-bit unsigned integers, so arithmetic wraps modulo 2^64.
   */
  incr(key: string, delta: bigint = 1n, opts: TableOptions & { mustexist?: boolean } = {}): string {
    const now = this.time(opts.now);
    const e = this.live(opts.subtable, key, now);
    if (!e) {
      if (opts.mustexist) return '';
      return this.create(opts.subtable, key, wrapU64(delta), now, undefined, undefined).value;
    }
    if (!opts.notouch) e.touched = now;
    e.value = wrapU64(leadingInteger(e.value) + delta);
    return e.value;
  }

  /** `table append`: appends to the value (creating it from '' unless `mustexist`). */
  append(key: string, tail: string, opts: TableOptions & { mustexist?: boolean } = {}): string {
    const now = this.time(opts.now);
    const e = this.live(opts.subtable, key, now);
    if (!e) {
      if (opts.mustexist) return '';
      return this.create(opts.subtable, key, tail, now, undefined, undefined).value;
    }
    if (!opts.notouch) e.touched = now;
    e.value += tail;
    return e.value;
  }

  /** `table delete KEY`. */
  delete(key: string, opts: TableOptions = {}): void {
    const name = opts.subtable ?? MAIN;
    const t = this.tables.get(name);
    if (!t) return;
    if (t.delete(key)) this.stored--;
    if (t.size === 0) this.tables.delete(name);
  }

  /** `table delete -all -subtable NAME` (or the whole main table). */
  deleteAll(opts: TableOptions = {}): void {
    const name = opts.subtable ?? MAIN;
    this.stored -= this.tables.get(name)?.size ?? 0;
    this.tables.delete(name);
  }

  // ---- timeout and lifetime -------------------------------------------------------------------

  /** The idle timeout: seconds, null = indefinite, undefined = no such key. */
  timeout(key: string, opts: TableOptions = {}): Duration | undefined {
    return this.live(opts.subtable, key, this.time(opts.now))?.timeout;
  }

  /** Seconds until the idle timeout fires; null = indefinite; undefined = no such key. */
  timeoutRemaining(key: string, opts: TableOptions = {}): Duration | undefined {
    const now = this.time(opts.now);
    const e = this.live(opts.subtable, key, now);
    if (!e) return undefined;
    return e.timeout === null ? null : e.touched + e.timeout - now;
  }

  /** Changes the idle timeout of an existing entry; false when the key is absent. */
  setTimeout(key: string, timeout: Duration, opts: TableOptions = {}): boolean {
    const e = this.live(opts.subtable, key, this.time(opts.now));
    if (!e) return false;
    e.timeout = timeout;
    return true;
  }

  lifetime(key: string, opts: TableOptions = {}): Duration | undefined {
    return this.live(opts.subtable, key, this.time(opts.now))?.lifetime;
  }

  lifetimeRemaining(key: string, opts: TableOptions = {}): Duration | undefined {
    const now = this.time(opts.now);
    const e = this.live(opts.subtable, key, now);
    if (!e) return undefined;
    return e.lifetime === null ? null : e.created + e.lifetime - now;
  }

  setLifetime(key: string, lifetime: Duration, opts: TableOptions = {}): boolean {
    const e = this.live(opts.subtable, key, this.time(opts.now));
    if (!e) return false;
    e.lifetime = lifetime;
    return true;
  }

  // ---- housekeeping ---------------------------------------------------------------------------

  /** Removes every expired entry (and empty subtables); returns how many entries went. */
  sweep(now?: number): number {
    const t = this.time(now);
    let removed = 0;
    for (const [name, table] of this.tables) {
      for (const [k, e] of table) {
        if (expired(e, t)) {
          table.delete(k);
          removed++;
        }
      }
      if (table.size === 0) this.tables.delete(name);
    }
    this.stored -= removed;
    return removed;
  }

  /** Entries currently stored, expired or not (a memory measure, not a count of live keys). */
  get size(): number {
    return this.stored;
  }

  /** Live subtable names (the main table excluded). */
  subtables(now?: number): string[] {
    this.sweep(now);
    return [...this.tables.keys()].filter((k) => k !== MAIN);
  }

  clear(): void {
    this.tables.clear();
    this.stored = 0;
  }

  // ---- internals ------------------------------------------------------------------------------

  private time(now: number | undefined): number {
    if (now !== undefined) return now;
    if (this.clock) return this.clock.now();
    throw new Error('TableStore: no time given and no clock');
  }

  /** The entry if it exists and has not expired; an expired one is removed on the way. */
  private live(subtable: string | undefined, key: string, now: number): TableEntry | undefined {
    const name = subtable ?? MAIN;
    const t = this.tables.get(name);
    if (!t) return undefined;
    const e = t.get(key);
    if (!e) return undefined;
    if (expired(e, now)) {
      t.delete(key);
      this.stored--;
      if (t.size === 0) this.tables.delete(name);
      return undefined;
    }
    return e;
  }

  private create(subtable: string | undefined, key: string, value: string, now: number, timeout: DurationArg, lifetime: DurationArg): TableEntry {
    if (++this.writes % SWEEP_EVERY === 0) this.sweep(now);
    if (this.stored >= this.maxEntries && (this.sweep(now), this.stored >= this.maxEntries)) {
      throw new TclLimitError(`table: too many entries (limit ${this.maxEntries})`, ['IRULE', 'LIMIT', 'TABLE']);
    }
    const name = subtable ?? MAIN;
    let t = this.tables.get(name);
    if (!t) {
      t = new Map();
      this.tables.set(name, t);
    }
    const e: TableEntry = {
      value,
      // 0 means "keep the current value"; a new entry has none, so it gets the default.
      timeout: timeout === undefined || timeout === 0 ? DEFAULT_TIMEOUT : timeout,
      lifetime: lifetime === undefined || lifetime === 0 ? null : lifetime,
      created: now,
      touched: now,
    };
    t.set(key, e);
    this.stored++;
    return e;
  }
}

/** Idle for `timeout` seconds or older than `lifetime`: the entry is gone at that instant. */
export function expired(e: TableEntry, now: number): boolean {
  if (e.timeout !== null && now >= e.touched + e.timeout) return true;
  if (e.lifetime !== null && now >= e.created + e.lifetime) return true;
  return false;
}

const U64 = 1n << 64n;

function wrapU64(n: bigint): string {
  return (((n % U64) + U64) % U64).toString();
}

/**
 * The number a stored value stands for, as C's strtoull reads it: optional blanks and sign, then
 * decimal digits; anything else ends the number (no digits at all reads as 0). Negative values
 * wrap as unsigned 64-bit numbers do.
 */
function leadingInteger(s: string): bigint {
  const m = /^[ \t\n\r\v\f]*([+-]?)([0-9]*)/.exec(s)!;
  if (m[2] === '') return 0n;
  let n = BigInt(m[2]!);
  if (n >= U64) n = U64 - 1n; // strtoull saturates on overflow
  return m[1] === '-' ? -n : n;
}
