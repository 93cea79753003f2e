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

/** Flat, with the segment name shared: a 100,000-article run holds one per article. */
interface ArticleState {
  hash: string;
  segment: string | null;
  offset: number;
  length: number;
}

function isStored(v: unknown): v is Stored {
  return Array.isArray(v) && v.length === 4 && typeof v[0] === 'string' && (v[1] === null || typeof v[1] === 'string')
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

export class RunState {
  private constructor(
    readonly nkie: string,
    readonly rulesDigest: string,
    readonly rulesFingerprint: string,
  ) {}

  private readonly articles = new Map<string, ArticleState>();
  private readonly names = new Map<string, string>();

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
    return this.articles.get(id)?.hash;
  }

  rowsOf(id: string): RowsAt | null {
    const a = this.articles.get(id);
    return a?.segment ? { segment: a.segment, offset: a.offset, length: a.length } : null;
  }

  record(id: string, hash: string, rows: RowsAt | null): void {
    this.articles.set(id, { hash, segment: null, offset: 0, length: 0 });
    this.relocate(id, rows);
  }

  /** Moves a recorded article's rows (compaction, merge); null when they are to be made from its article file. */
  relocate(id: string, rows: RowsAt | null): void {
    const a = this.articles.get(id);
    if (!a) return;
    a.segment = rows && this.segmentName(rows.segment);
    a.offset = rows?.offset ?? 0;
    a.length = rows?.length ?? 0;
  }

  /** Bytes of live records per segment. */
  segments(): Map<string, number> {
    const live = new Map<string, number>();
    for (const a of this.articles.values()) if (a.segment) live.set(a.segment, (live.get(a.segment) ?? 0) + a.length);
    return live;
  }

  /** One string per segment name: names from worker replies arrive as a copy per article. */
  private segmentName(name: string): string {
    let known = this.names.get(name);
    if (known === undefined) this.names.set(name, (known = name));
    return known;
  }

  /** Keeps only the given ids: articles gone from the input or failed this time are forgotten. */
  retain(ids: ReadonlySet<string>): void {
    for (const id of this.articles.keys()) if (!ids.has(id)) this.articles.delete(id);
  }

  get size(): number {
    return this.articles.size;
  }

  /** Adds another directory's articles (merge); ids are disjoint there. */
  absorb(other: RunState): void {
    for (const id of other.articles.keys()) this.record(id, other.hashOf(id)!, other.rowsOf(id));
  }

  /** Saved a few thousand articles at a time: the whole file at once would be a large passing peak of memory. */
  save(output: string): void {
    const head = JSON.stringify({ format: FORMAT, nkie: this.nkie, rulesDigest: this.rulesDigest, rulesFingerprint: this.rulesFingerprint });
    const ids = [...this.articles.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const articles = this.articles;
    function* parts(): Generator<string> {
      yield `${head.slice(0, -1)},"articles":{`;
      for (let i = 0; i < ids.length; i += SAVE_CHUNK) {
        yield ids.slice(i, i + SAVE_CHUNK).map((id, k) => {
          const a = articles.get(id)!;
          const stored: Stored = [a.hash, a.segment, a.offset, a.length];
          return `${i + k === 0 ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(stored)}`;
        }).join('');
      }
      yield '}}\n';
    }
    writeTextAtomic(join(output, STATE_FILE), parts());
  }
}
