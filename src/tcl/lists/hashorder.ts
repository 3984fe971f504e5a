// The order in which Tcl 8.6 enumerates an array (`array names`, `array get`).
//
// Tcl walks its hash table bucket by bucket, each chain from its head, and a new entry goes to the
// head of its chain. The table starts with 4 buckets and grows 4x whenever it holds 3 entries per
// bucket, rehashing chains in order (which reverses runs that land in the same new bucket). Our
// arrays are insertion-ordered Maps, so replaying the insertions into a model of that table gives
// Tcl's order exactly, except after deletions from an array that once was large enough to grow:
// Tcl's table never shrinks, and the model only sees the survivors.

const SMALL_TABLE = 4;
const REBUILD_MULTIPLIER = 3;

/** TclHashObjKey over the UTF-8 bytes of the key (Tcl's modified UTF-8: NUL as C0 80). */
function hashKey(s: string): number {
  let h = 0;
  let first = true;
  const add = (b: number): void => {
    h = first ? b : (h + (h << 3) + b) >>> 0;
    first = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) {
      add(0xc0);
      add(0x80);
    } else if (c < 0x80) add(c);
    else if (c < 0x800) {
      add(0xc0 | (c >> 6));
      add(0x80 | (c & 0x3f));
    } else {
      // Surrogates are encoded one by one, as Tcl 8.6 stores characters beyond the BMP.
      add(0xe0 | (c >> 12));
      add(0x80 | ((c >> 6) & 0x3f));
      add(0x80 | (c & 0x3f));
    }
  }
  return h >>> 0;
}

/** The keys in the order Tcl's hash table would enumerate them after inserting them in order. */
export function tclHashOrder(keys: readonly string[]): string[] {
  const n = keys.length;
  if (n <= 1) return keys.slice();
  const hashes = new Uint32Array(n);
  const next = new Int32Array(n).fill(-1);
  let buckets = new Int32Array(SMALL_TABLE).fill(-1);
  let mask = SMALL_TABLE - 1;
  let rebuildSize = SMALL_TABLE * REBUILD_MULTIPLIER;
  for (let i = 0; i < n; i++) {
    const h = hashKey(keys[i]!);
    hashes[i] = h;
    const b = h & mask;
    next[i] = buckets[b]!;
    buckets[b] = i;
    if (i + 1 >= rebuildSize) {
      const old = buckets;
      buckets = new Int32Array(old.length * 4).fill(-1);
      mask = (mask << 2) + 3;
      rebuildSize *= 4;
      for (let ob = 0; ob < old.length; ob++) {
        let e = old[ob]!;
        while (e !== -1) {
          const following = next[e]!;
          const nb = hashes[e]! & mask;
          next[e] = buckets[nb]!;
          buckets[nb] = e;
          e = following;
        }
      }
    }
  }
  const out: string[] = [];
  for (let b = 0; b < buckets.length; b++) {
    for (let e = buckets[b]!; e !== -1; e = next[e]!) out.push(keys[e]!);
  }
  return out;
}
