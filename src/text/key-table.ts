/**
 * Word lookups for the loops that ask about every word of an article. A Map or Set lookup
 * with a word's key first hashes the string, and a key fresh from the tokenizer has no hash
 * yet: V8 computes it in its runtime, which costs more than everything else the loop does
 * for most words. A KeyTable files its keys by length and first and last character, read
 * straight from the string: most words find their slot empty, the others compare with the
 * one or two keys filed there.
 */
export class KeyTable<V> {
  /** slot → 1 + index into keys and values, or 0 */
  private readonly slots = new Uint16Array(16 << 10);
  private readonly keys: string[][] = [];
  private readonly values: V[][] = [];

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [k, v] of entries) {
      if (k.length === 0) continue;
      const s = slot(k);
      if (this.slots[s] === 0) {
        this.keys.push([]);
        this.values.push([]);
        this.slots[s] = this.keys.length;
      }
      const bucket = this.slots[s]! - 1;
      if (this.keys[bucket]!.includes(k)) continue;
      this.keys[bucket]!.push(k);
      this.values[bucket]!.push(v);
    }
  }

  get(key: string): V | undefined {
    if (key.length === 0) return undefined;
    const filed = this.slots[slot(key)]!;
    if (filed === 0) return undefined;
    const keys = this.keys[filed - 1]!;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return this.values[filed - 1]![i];
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

// length (capped), and the low five bits of the first and last code units
const slot = (k: string) => (Math.min(k.length, 15) << 10) | ((k.charCodeAt(0) & 31) << 5) | (k.charCodeAt(k.length - 1) & 31);

const tables = new WeakMap<ReadonlySet<string> | ReadonlyMap<string, unknown>, KeyTable<unknown>>();

/** The table of a map's entries, made once per map. */
export function tableOf<V>(map: ReadonlyMap<string, V>): KeyTable<V>;
/** The table of a set's members (each with the value true), made once per set. */
export function tableOf(set: ReadonlySet<string>): KeyTable<true>;
export function tableOf(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): KeyTable<unknown> {
  let table = tables.get(keys);
  if (!table) {
    const entries = keys instanceof Map ? keys.entries() : [...keys.keys()].map((k) => [k, true] as const);
    tables.set(keys, (table = new KeyTable<unknown>(entries)));
  }
  return table;
}
