/**
 * The incremental state of an output directory (.nkie/state.json): for every article written
 * there, the hash of its content and where its rows record lies (batch/segments.ts), and for
 * the whole directory the digest of the rules and the nkie version it was produced with. `run --incremental` skips an article whose content hash
 * is unchanged while rules and version are too; any rule change invalidates every article.
 *
 * Every run records the state, incremental or not, so a later incremental run never trusts
 * files written under other rules. An article is recorded only after its file is in place
 * and the state is saved atomically, so a killed run leaves a state that under-claims: the
 * next run redoes what it is unsure of.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeTextAtomic } from '../export/write.js';
import type { Article } from '../types.js';
import type { RowsAt } from './segments.js';

export const STATE_FILE = join('.nkie', 'state.json');
const FORMAT = 2;
const SAVE_CHUNK = 4096;

/** An article's content hash, and its record's segment, offset and length (none: made again from the article file). */
type Stored = [hash: string, segment: string | null, offset: number, length: number];

interface StateFile {
  format: number;
  nkie: string;
  rulesDigest: string;
  rulesFingerprint: string;
  articles: Record<string, Stored>;
}

/** What articleHash gives: the only hash a state holds. */
const HASH = /^[0-9a-f]{64}$/;
const HASH_BYTES = 32;

function isStored(v: unknown): v is Stored {
  return Array.isArray(v) && v.length === 4 && typeof v[0] === 'string' && HASH.test(v[0]) && (v[1] === null || typeof v[1] === 'string')
    && Number.isSafeInteger(v[2]) && Number.isSafeInteger(v[3]) && (v[2] as number) >= 0 && (v[3] as number) >= 0;
}

/**
 * sha256 over every file under the rules directory, names included. Cheaper than compiling
 * the rules (no parsing), and stricter than their fingerprint: it tells whether rules that
 * compiled before are still byte for byte the same.
 */
export function rulesDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${relative(dir, p).split(sep).join('/')}\n`).update(readFileSync(p)).update('\n');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** Hash of everything the pipeline reads from an article. */
export function articleHash(a: Article): string {
  const fields = [a.id, a.source, a.text, a.title ?? null, a.url ?? null, a.published ?? null, a.outlet ?? null, a.author ?? null, a.titleFromFirstLine ?? false];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * The articles' entries are kept in columns (a hash's bytes, a segment's number, an offset, a
 * length) indexed by slot, and the ids in one map to their slot: a 100,000-article run holds
 * one entry per article for the whole run, and an object and a 64-character string each,
 * scattered among the garbage of the articles processed between them, left V8's old space
 * two or three times the size of what it held (docs/performance.md).
 */
export class RunState {
  private constructor(
    readonly nkie: string,
    readonly rulesDigest: string,
    readonly rulesFingerprint: string,
  ) {}

  private readonly slots = new Map<string, number>();
  private ids: string[] = [];
  private hashes = new Uint8Array(0);
  /** the segment's number in `names`, -1 for none */
  private segmentOf = new Int32Array(0);
  private offsets = new Float64Array(0);
  private lengths = new Float64Array(0);
  private readonly names: string[] = [];
  private readonly nameNumbers = new Map<string, number>();

  static empty(nkie: string, rulesDigest: string, rulesFingerprint: string): RunState {
    return new RunState(nkie, rulesDigest, rulesFingerprint);
  }

  /** The state saved in an output directory, or null when there is none or it is unreadable. */
  static load(output: string): RunState | null {
    let raw: StateFile;
    try {
      raw = JSON.parse(readFileSync(join(output, STATE_FILE), 'utf8')) as StateFile;
    } catch {
      return null;
    }
    if (raw.format !== FORMAT || typeof raw.articles !== 'object' || raw.articles === null) return null;
    const state = new RunState(raw.nkie, raw.rulesDigest, raw.rulesFingerprint);
    for (const [id, v] of Object.entries(raw.articles)) {
      if (!isStored(v)) return null;
      state.record(id, v[0], v[1] === null ? null : { segment: v[1], offset: v[2], length: v[3] });
    }
    return state;
  }

  /** True when this state was produced by the same nkie version over the same rules. */
  matches(nkie: string, rulesDigest: string): boolean {
    return this.nkie === nkie && this.rulesDigest === rulesDigest;
  }

  hashOf(id: string): string | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : Buffer.from(this.hashes.buffer, this.hashes.byteOffset + slot * HASH_BYTES, HASH_BYTES).toString('hex');
  }

  rowsOf(id: string): RowsAt | null {
    const slot = this.slots.get(id);
    const n = slot === undefined ? -1 : this.segmentOf[slot]!;
    if (n < 0) return null;
    return { segment: this.names[n]!, offset: this.offsets[slot!]!, length: this.lengths[slot!]! };
  }

  /** Records an article; `hash` is articleHash's. */
  record(id: string, hash: string, rows: RowsAt | null): void {
    if (!HASH.test(hash)) throw new Error(`not an article hash: "${hash}"`);
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.ensureRoom(slot + 1);
      this.ids.push(id);
      this.slots.set(id, slot);
    }
    this.hashes.set(Buffer.from(hash, 'hex'), slot * HASH_BYTES);
    this.place(slot, rows);
  }

  /** Moves a recorded article's rows (compaction, merge); null when they are to be made from its article file. */
  relocate(id: string, rows: RowsAt | null): void {
    const slot = this.slots.get(id);
    if (slot !== undefined) this.place(slot, rows);
  }

  /** Bytes of live records per segment. */
  segments(): Map<string, number> {
    const live = new Map<string, number>();
    for (let slot = 0; slot < this.ids.length; slot++) {
      const n = this.segmentOf[slot]!;
      if (n < 0) continue;
      const name = this.names[n]!;
      live.set(name, (live.get(name) ?? 0) + this.lengths[slot]!);
    }
    return live;
  }

  private place(slot: number, rows: RowsAt | null): void {
    this.segmentOf[slot] = rows ? this.segmentNumber(rows.segment) : -1;
    this.offsets[slot] = rows?.offset ?? 0;
    this.lengths[slot] = rows?.length ?? 0;
  }

  private segmentNumber(name: string): number {
    let n = this.nameNumbers.get(name);
    if (n === undefined) {
      n = this.names.push(name) - 1;
      this.nameNumbers.set(name, n);
    }
    return n;
  }

  /** Columns grown by doubling, copied once per doubling. */
  private ensureRoom(slots: number): void {
    if (slots <= this.offsets.length) return;
    const size = Math.max(1024, this.offsets.length * 2);
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(size * per);
      next.set(old);
      return next;
    };
    this.hashes = grow(this.hashes, (n) => new Uint8Array(n), HASH_BYTES);
    this.segmentOf = grow(this.segmentOf, (n) => new Int32Array(n));
    this.offsets = grow(this.offsets, (n) => new Float64Array(n));
    this.lengths = grow(this.lengths, (n) => new Float64Array(n));
  }

  /** Keeps only the given ids: articles gone from the input or failed this time are forgotten. */
  retain(ids: ReadonlySet<string>): void {
    let kept = 0;
    for (let slot = 0; slot < this.ids.length; slot++) {
      const id = this.ids[slot]!;
      if (!ids.has(id)) {
        this.slots.delete(id);
        continue;
      }
      if (kept !== slot) {
        this.ids[kept] = id;
        this.slots.set(id, kept);
        this.hashes.copyWithin(kept * HASH_BYTES, slot * HASH_BYTES, (slot + 1) * HASH_BYTES);
        this.segmentOf[kept] = this.segmentOf[slot]!;
        this.offsets[kept] = this.offsets[slot]!;
        this.lengths[kept] = this.lengths[slot]!;
      }
      kept++;
    }
    this.ids.length = kept;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adds another directory's articles (merge); ids are disjoint there. */
  absorb(other: RunState): void {
    for (const id of other.ids) this.record(id, other.hashOf(id)!, other.rowsOf(id));
  }

  /** Saved a few thousand articles at a time: the whole file at once would be a large passing peak of memory. */
  save(output: string): void {
    const head = JSON.stringify({ format: FORMAT, nkie: this.nkie, rulesDigest: this.rulesDigest, rulesFingerprint: this.rulesFingerprint });
    const order = [...this.ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const entry = (id: string): Stored => {
      const at = this.rowsOf(id);
      return [this.hashOf(id)!, at?.segment ?? null, at?.offset ?? 0, at?.length ?? 0];
    };
    function* parts(): Generator<string> {
      yield `${head.slice(0, -1)},"articles":{`;
      for (let i = 0; i < order.length; i += SAVE_CHUNK) {
        yield order.slice(i, i + SAVE_CHUNK).map((id, k) => `${i + k === 0 ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(entry(id))}`).join('');
      }
      yield '}}\n';
    }
    writeTextAtomic(join(output, STATE_FILE), parts());
  }
}
