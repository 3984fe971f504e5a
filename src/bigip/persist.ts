// The persistence table (docs/bigip-reference.md §4): records key -> member with an idle timeout on the simulated
// clock, scoped to (virtual, pool) unless the profile matches across pools/virtuals.

export interface PersistRecord {
  mode: string;
  key: string;
  pool: string;
  member: string;
  timeout: number;
  /** Simulated time of the last use; the record expires at lastUsed + timeout. */
  lastUsed: number;
}

export type LookupResult =
  | { kind: 'hit'; record: PersistRecord }
  | { kind: 'expired' }
  | { kind: 'miss' };

export class PersistTable {
  private readonly records = new Map<string, PersistRecord>();
  private lastSweep = 0;

  constructor(private readonly matchAcrossPools = false) {}

  private id(mode: string, key: string, pool: string): string {
    return this.matchAcrossPools ? `${mode}\u0000${key}` : `${mode}\u0000${pool}\u0000${key}`;
  }

  /** Looks a key up without touching it; an expired record is removed and reported. */
  lookup(mode: string, key: string, pool: string, now: number): LookupResult {
    this.maybeSweep(now);
    const id = this.id(mode, key, pool);
    const r = this.records.get(id);
    if (!r) return { kind: 'miss' };
    if (now >= r.lastUsed + r.timeout && r.timeout > 0) {
      this.records.delete(id);
      return { kind: 'expired' };
    }
    return { kind: 'hit', record: r };
  }

  /** Creates or replaces the record for key (at the moment the LB decision succeeds, §4.2). */
  set(mode: string, key: string, pool: string, member: string, timeout: number, now: number): PersistRecord {
    const r: PersistRecord = { mode, key, pool, member, timeout, lastUsed: now };
    this.records.set(this.id(mode, key, pool), r);
    return r;
  }

  delete(mode: string, key: string, pool: string): boolean {
    return this.records.delete(this.id(mode, key, pool));
  }

  /** Deletes a key whatever the pool (persist delete has no pool argument). */
  deleteAnyPool(mode: string, key: string): boolean {
    let found = false;
    for (const [id, r] of this.records) {
      if (r.mode === mode && r.key === key) {
        this.records.delete(id);
        found = true;
      }
    }
    return found;
  }

  /** Finds a live record for key in any pool (persist lookup without a pool). */
  find(mode: string, key: string, now: number): PersistRecord | undefined {
    for (const r of this.records.values()) {
      if (r.mode === mode && r.key === key && (r.timeout === 0 || now < r.lastUsed + r.timeout)) return r;
    }
    return undefined;
  }

  get size(): number {
    return this.records.size;
  }

  /** Live records at `now` (for reports). */
  liveCount(now: number): number {
    let n = 0;
    for (const r of this.records.values()) if (r.timeout === 0 || now < r.lastUsed + r.timeout) n++;
    return n;
  }

  /** Drops expired records now and then so that memory stays bounded on long replays. */
  private maybeSweep(now: number): void {
    if (now - this.lastSweep < 60 || this.records.size < 10_000) return;
    this.lastSweep = now;
    for (const [id, r] of this.records) if (r.timeout > 0 && now >= r.lastUsed + r.timeout) this.records.delete(id);
  }
}
