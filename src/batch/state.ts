/**
 * The incremental state of an output directory (.nkie/state.json): for every article written
 * there, the hash of its content, and for the whole directory the digest of the rules and the
 * nkie version it was produced with. `run --incremental` skips an article whose content hash
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
import { writeFileAtomic } from '../export/write.js';
import type { Article } from '../types.js';

export const STATE_FILE = join('.nkie', 'state.json');
const FORMAT = 1;

interface StateFile {
  format: number;
  nkie: string;
  rulesDigest: string;
  rulesFingerprint: string;
  articles: Record<string, string>;
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
    private readonly articles: Map<string, string>,
  ) {}

  static empty(nkie: string, rulesDigest: string, rulesFingerprint: string): RunState {
    return new RunState(nkie, rulesDigest, rulesFingerprint, new Map());
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
    return new RunState(raw.nkie, raw.rulesDigest, raw.rulesFingerprint, new Map(Object.entries(raw.articles)));
  }

  /** True when this state was produced by the same nkie version over the same rules. */
  matches(nkie: string, rulesDigest: string): boolean {
    return this.nkie === nkie && this.rulesDigest === rulesDigest;
  }

  hashOf(id: string): string | undefined {
    return this.articles.get(id);
  }

  record(id: string, hash: string): void {
    this.articles.set(id, hash);
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
    for (const [id, hash] of other.articles) this.articles.set(id, hash);
  }

  save(output: string): void {
    const file: StateFile = {
      format: FORMAT,
      nkie: this.nkie,
      rulesDigest: this.rulesDigest,
      rulesFingerprint: this.rulesFingerprint,
      articles: Object.fromEntries([...this.articles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
    writeFileAtomic(join(output, STATE_FILE), JSON.stringify(file) + '\n');
  }
}
