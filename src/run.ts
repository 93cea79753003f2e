/**
 * A batch run: stream every input file's articles through the pipeline (in this thread or
 * on `jobs` worker threads), each Document's rows record stored where it is made (and its
 * articles/<id>.json written with `--formats articles`), then rebuild the aggregate files
 * from those records in id order. Memory holds the ids and the incremental state, never the
 * corpus, and the entity table only while it is written.
 *
 * `incremental` skips articles unchanged since the last run in the output directory (same
 * content, rules and nkie version: batch/state.ts); `shard` keeps a deterministic 1/N of the
 * articles (batch/shard.ts), to be combined by `merge` (batch/merge.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import { writeAggregates } from './batch/aggregate.js';
import { ExtraFormats, type Format } from './export/formats.js';
import { copyRows, prepareOutput, readRows, rowsHeader, rowsMatch, type StoredRows } from './batch/article-rows.js';
import { removeStaleFiles, summarize, writeRunFiles, type RunSummary } from './batch/outputs.js';
import { Processor, type Outcome } from './batch/pool.js';
import { formatShard, inShard, type Shard } from './batch/shard.js';
import { needsCompaction, SegmentReader, SegmentWriter, sweepSegments } from './batch/segments.js';
import { articleHash, rulesDigest, RunState } from './batch/state.js';
import { listInputFiles, loadFile, loadJsonLineStream, STDIN, type InputError, type LoadItem } from './input/load.js';
import { readRules } from './rules/load.js';
import { VERSION } from './version.js';

export type { RunSummary };

export interface RunOptions {
  /** a directory, a file, or STDIN ("-") for JSON Lines from `stdin` */
  input: string;
  /** where `input: "-"` reads from; process.stdin when not given */
  stdin?: AsyncIterable<Uint8Array>;
  output: string;
  rules: string;
  maxBytes: number;
  /** write CSV cells as they are, without formula neutralisation */
  csvRaw: boolean;
  /** threads processing articles; 1 (the default) processes in this thread */
  jobs?: number;
  /** skip articles unchanged since the last run in `output` */
  incremental?: boolean;
  /** process only this shard of the articles */
  shard?: Shard | null;
  /** the optional formats (articles, report, geojson, brat, conll) written besides the contract files; none by default */
  formats?: ReadonlySet<Format>;
  /** the number of input files (not called for standard input, whose length is unknown) */
  onStart?(total: number): void;
  /** the number of input files read so far */
  onArticle?(done: number): void;
}

/** Nothing can run: bad input directory (rule problems throw RulesInvalidError). */
export class InputUnavailableError extends Error {}

/**
 * Between full collections V8 lets the heap grow to as much as four times the live data;
 * holding it to 1.3 times keeps a 100,000-article run well under 500 MB at no measurable CPU
 * cost (measured: docs/performance.md). A process-wide setting, for the CLI and the bench.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString('--heap-growing-percent=30');
}

/**
 * The input's articles and problems, file after file (the listing first, so that an
 * unreadable input fails before the output is touched), or line after line of standard input.
 */
function openInput(opts: RunOptions): { errors: InputError[]; items: Iterable<LoadItem> | AsyncIterable<LoadItem> } {
  const load = { maxBytes: opts.maxBytes };
  if (opts.input === STDIN) return { errors: [], items: loadJsonLineStream(opts.stdin ?? process.stdin, load) };
  if (!existsSync(opts.input)) throw new InputUnavailableError(`${opts.input}: input not found`);
  let listing: ReturnType<typeof listInputFiles>;
  try {
    listing = listInputFiles(opts.input);
  } catch (e) {
    throw new InputUnavailableError(`${opts.input}: cannot read input (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const { files } = listing;
  function* items(): Generator<LoadItem> {
    opts.onStart?.(files.length);
    let done = 0;
    for (const file of files) {
      yield* loadFile(file, opts.input, load);
      opts.onArticle?.(++done);
    }
  }
  return { errors: listing.errors, items: items() };
}

/**
 * Where each article id was first read, for the message naming a duplicate. One number per
 * article (the source's number and the line), not a string: a run holds one for every article.
 */
class FirstSeen {
  private readonly at = new Map<string, number>();
  private readonly sources: string[] = [];
  private readonly sourceNumbers = new Map<string, number>();

  /** Records the id, or returns where it was first read (`source` or `source:line`). */
  add(id: string, source: string, line: number | null): string | null {
    const first = this.at.get(id);
    if (first !== undefined) {
      const firstLine = first % LINES;
      const firstSource = this.sources[(first - firstLine) / LINES]!;
      return firstLine === 0 ? firstSource : `${firstSource}:${firstLine - 1}`;
    }
    let n = this.sourceNumbers.get(source);
    if (n === undefined) {
      n = this.sources.push(source) - 1;
      this.sourceNumbers.set(source, n);
    }
    this.at.set(id, n * LINES + (line === null ? 0 : line + 1));
    return null;
  }
}

/** Room for a line number (plus one: 0 is none) beside a source's number in one safe integer. */
const LINES = 2 ** 32;

/** How often the incremental state is saved while articles are processed. */
const STATE_SAVE_MS = 5000;

/** The rules digest; a directory that cannot be read fails as the rule loader reports it. */
function digestOf(rules: string): string {
  try {
    return rulesDigest(rules);
  } catch (e) {
    readRules(rules);
    throw e;
  }
}

export async function runBatch(opts: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const jobs = opts.jobs ?? 1;
  const shard = opts.shard ?? null;
  const formats = opts.formats ?? new Set<Format>();
  const articleFiles = formats.has('articles');
  const target = { output: opts.output, rulesDigest: digestOf(opts.rules), csvRaw: opts.csvRaw, articleFiles };
  const previous = opts.incremental ? RunState.load(opts.output) : null;
  // rules byte-identical to those of the last run were valid then: no need to compile them up front
  const trusted = previous?.matches(VERSION, target.rulesDigest) ? previous : null;
  const headerOf = (hash: string | undefined) => (hash === undefined ? null : rowsHeader(VERSION, target.rulesDigest, hash, opts.csvRaw));

  const errors: InputError[] = [];
  const warnings: InputError[] = [];
  /** ids whose files this run wrote or kept */
  const written = new Set<string>();
  let state = trusted;
  let lastSave = performance.now();
  let processed = 0;
  const onOutcome = (o: Outcome) => {
    if (o.error !== null) {
      errors.push({ file: o.file, line: o.line, reason: o.error });
      return;
    }
    processed++;
    written.add(o.article.id);
    state!.record(o.article.id, o.hash, o.rows);
    if (performance.now() - lastSave > STATE_SAVE_MS) {
      state!.save(opts.output);
      lastSave = performance.now();
    }
  };
  const processor = new Processor({ rules: opts.rules, target, jobs, onOutcome });
  const stored = new SegmentReader(opts.output);
  try {
    // invalid rules stop the run before any article is read
    state ??= RunState.empty(VERSION, target.rulesDigest, processor.start());

    const input = openInput(opts);
    errors.push(...input.errors);
    prepareOutput(opts.output, articleFiles);
    rmSync(join(opts.output, 'run.json'), { force: true });
    const seen = new FirstSeen();
    let skipped = 0;
    for await (const item of input.items) {
      if ('error' in item) {
        errors.push(item.error);
        continue;
      }
      const { article, file, line } = item;
      if (!inShard(article.id, shard)) continue;
      warnings.push(...item.warnings);
      const first = seen.add(article.id, article.source, line);
      if (first !== null) {
        errors.push({ file, line, reason: `duplicate article id "${article.id}" (first from ${first}); skipped` });
        continue;
      }
      const hash = articleHash(article);
      // unchanged: the state says so, and the files it vouches for were made for this very content
      const rows = trusted?.hashOf(article.id) === hash ? trusted.rowsOf(article.id) : null;
      if (rows && rowsMatch(opts.output, stored, article.id, rows, headerOf(hash)!, articleFiles)) {
        written.add(article.id);
        skipped++;
        continue;
      }
      await processor.submit({ article, hash, file, line });
    }
    await processor.drain();
    // the workers' memory is not needed for the aggregates
    await processor.close();

    removeStaleFiles(opts.output, written, articleFiles);
    state.retain(written);
    state.save(opts.output);
    const ids = [...written].sort();
    const compacted = needsCompaction(opts.output, state.segments()) ? new SegmentWriter(opts.output) : null;
    const rowsOf = (id: string): StoredRows | null => {
      const at = state!.rowsOf(id);
      const header = headerOf(state!.hashOf(id));
      if (at === null || header === null) return null;
      if (compacted === null) return readRows(stored, at, header);
      const copy = copyRows(stored, at, header, compacted);
      state!.relocate(id, copy?.at ?? null);
      return copy?.rows ?? null;
    };
    const counts = writeAggregates(opts.output, ids, opts.csvRaw, rowsOf, new ExtraFormats(opts.output, formats));
    if (compacted) {
      compacted.close();
      state.save(opts.output);
    }
    stored.close();
    sweepSegments(opts.output, new Set(state.segments().keys()));

    const seconds = (performance.now() - t0) / 1000;
    const summary = summarize(counts, ids.length, processed, skipped, seconds, processor.stageMs, errors, warnings);
    writeRunFiles(opts.output, summary, {
      rulesFingerprint: state.rulesFingerprint,
      input: opts.input,
      shard: shard && formatShard(shard),
      csvRaw: opts.csvRaw,
      jobs,
      incremental: opts.incremental ?? false,
    });
    return summary;
  } finally {
    stored.close();
    await processor.close();
  }
}
