/**
 * `nkie merge DIR... -o OUT`: combines output directories, typically the N shards of one run
 * (`run --shard K/N`), into one directory identical to a single run over the whole input:
 * the articles are those of the directories' documents.jsonl, the aggregates rebuilt in id
 * order from the shards' rows records (copied into OUT's own segment) or from those
 * documents.jsonl lines, the errors combined and the incremental states joined, so OUT can
 * itself be re-run incrementally. The article files (`--formats articles`) are copied when
 * every directory has them.
 */
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { InputError } from '../input/load.js';
import { writeAggregates } from './aggregate.js';
import { articlePath, copyRows, prepareOutput, rowsFromDocument, rowsHeader, type StoredRows } from './article-rows.js';
import { DocumentLineReader, indexDocumentLines, type LineAt } from './document-lines.js';
import { removeStaleFiles, summarize, writeRunFiles, type RunSummary } from './outputs.js';
import { SegmentReader, SegmentWriter, sweepSegments } from './segments.js';
import { parseShard } from './shard.js';
import { RunState, STATE_FILE } from './state.js';

/** The directories cannot be merged: not outputs, of other rules or versions, overlapping or incomplete shards. */
export class MergeError extends Error {}

export interface MergeOptions {
  dirs: string[];
  output: string;
}

interface RunRecord {
  nkie: string;
  rulesFingerprint: string;
  input: string | string[];
  shard?: string | null;
  csvRaw?: boolean;
  processed?: number;
  skipped?: number;
  stageMs?: Record<string, number>;
  errors: InputError[];
  warnings: InputError[];
}

function readRun(dir: string): RunRecord {
  try {
    return JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunRecord;
  } catch {
    throw new MergeError(`${dir}: not a complete nkie output directory (no readable run.json)`);
  }
}

function agree<T>(runs: { dir: string; run: RunRecord }[], what: string, get: (r: RunRecord) => T): T {
  const first = runs[0]!;
  const other = runs.find((r) => get(r.run) !== get(first.run));
  if (other) throw new MergeError(`${first.dir} and ${other.dir} differ in ${what}; only runs of the same nkie version and rules can be merged`);
  return get(first.run);
}

/** Shards must all be K/N of the same N, each K once, none missing. */
function checkShards(runs: { dir: string; run: RunRecord }[]): void {
  const sharded = runs.filter((r) => r.run.shard);
  if (sharded.length === 0) return;
  if (sharded.length !== runs.length) throw new MergeError(`${runs.find((r) => !r.run.shard)!.dir} is not a shard, unlike ${sharded[0]!.dir}`);
  const shards = runs.map((r) => ({ dir: r.dir, shard: parseShard(r.run.shard!) }));
  const count = shards[0]!.shard;
  if (typeof count === 'string') throw new MergeError(`${shards[0]!.dir}: run.json has an invalid shard`);
  const byIndex = new Map<number, string>();
  for (const { dir, shard } of shards) {
    if (typeof shard === 'string' || shard.count !== count.count) throw new MergeError(`${dir} is not a shard of ${count.count} like ${shards[0]!.dir}`);
    const twin = byIndex.get(shard.index);
    if (twin) throw new MergeError(`shard ${shard.index}/${shard.count} given twice: ${twin} and ${dir}`);
    byIndex.set(shard.index, dir);
  }
  const missing = Array.from({ length: count.count }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length > 0) throw new MergeError(`missing shard(s) ${missing.map((k) => `${k}/${count.count}`).join(', ')}`);
}

/** Problems every shard reports (an unreadable file) count once; problems of one shard's articles are its own. */
function unionProblems(lists: InputError[][]): InputError[] {
  const most = new Map<string, { problem: InputError; count: number }>();
  for (const list of lists) {
    const here = new Map<string, number>();
    for (const p of list) {
      const key = JSON.stringify([p.file, p.line, p.reason, p.warning ?? false]);
      const n = (here.get(key) ?? 0) + 1;
      here.set(key, n);
      const known = most.get(key);
      if (!known || known.count < n) most.set(key, { problem: p, count: n });
    }
  }
  return [...most.values()].flatMap(({ problem, count }) => Array.from({ length: count }, () => problem));
}

export function mergeOutputs(opts: MergeOptions): RunSummary {
  const t0 = performance.now();
  if (opts.dirs.length === 0) throw new MergeError('no directories to merge');
  const out = resolve(opts.output);
  const runs = opts.dirs.map((dir) => {
    if (resolve(dir) === out) throw new MergeError(`${dir} is the output directory; merge into a new one`);
    return { dir, run: readRun(dir) };
  });
  agree(runs, 'nkie version', (r) => r.nkie);
  const rulesFingerprint = agree(runs, 'rules', (r) => r.rulesFingerprint);
  const csvRaw = agree(runs, '--csv-raw', (r) => r.csvRaw ?? false);
  checkShards(runs);

  const source = new Map<string, { dir: string; line: LineAt }>();
  for (const { dir } of runs) {
    let lines;
    try {
      lines = indexDocumentLines(join(dir, 'documents.jsonl'));
    } catch (e) {
      throw new MergeError(`${dir}: cannot read its documents.jsonl (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    for (const [id, line] of lines) {
      const twin = source.get(id);
      if (twin !== undefined) throw new MergeError(`article "${id}" is in both ${twin.dir} and ${dir}`);
      source.set(id, { dir, line });
    }
  }
  const articleFiles = runs.every(({ dir }) => statSync(join(dir, 'articles'), { throwIfNoEntry: false })?.isDirectory() === true);

  prepareOutput(opts.output, articleFiles);
  rmSync(join(opts.output, 'run.json'), { force: true });
  const ids = new Set(source.keys());
  // the state goes first and is saved last: it must never vouch for files that are not yet in place
  const state = mergeStates(runs.map((r) => r.dir), opts.output, ids);
  if (articleFiles) {
    for (const [id, { dir }] of source) {
      try {
        copyAtomic(articlePath(dir, id), articlePath(opts.output, id));
      } catch (e) {
        throw new MergeError(`${articlePath(dir, id)}: cannot copy the article file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
    }
  }
  removeStaleFiles(opts.output, ids, articleFiles);

  // every record is copied from its shard's segments into one of the output's own
  const readers = new Map(runs.map(({ dir }) => [dir, new SegmentReader(dir)]));
  const lines = new Map(runs.map(({ dir }) => [dir, new DocumentLineReader(join(dir, 'documents.jsonl'))]));
  const segment = new SegmentWriter(opts.output);
  const rowsOf = (id: string): StoredRows => {
    const { dir, line } = source.get(id)!;
    const at = state?.rowsOf(id) ?? null;
    if (state && at) {
      const copy = copyRows(readers.get(dir)!, at, rowsHeader(state.nkie, state.rulesDigest, state.hashOf(id)!, csvRaw), segment);
      state.relocate(id, copy?.at ?? null);
      if (copy) return copy.rows;
    }
    return rowsFromDocument(lines.get(dir)!.read(line), csvRaw);
  };
  let counts;
  try {
    counts = writeAggregates(opts.output, [...ids].sort(), csvRaw, rowsOf);
  } finally {
    segment.close();
    for (const r of readers.values()) r.close();
    for (const r of lines.values()) r.close();
  }
  state?.save(opts.output);
  sweepSegments(opts.output, new Set(state?.segments().keys()));
  const stageMs: Record<string, number> = {};
  for (const { run } of runs) for (const [k, v] of Object.entries(run.stageMs ?? {})) stageMs[k] = (stageMs[k] ?? 0) + v;
  const total = (f: (r: RunRecord) => number | undefined) => runs.reduce((n, r) => n + (f(r.run) ?? 0), 0);
  const summary = summarize(
    counts, ids.size, total((r) => r.processed), total((r) => r.skipped), (performance.now() - t0) / 1000, stageMs,
    unionProblems(runs.map((r) => r.run.errors)), unionProblems(runs.map((r) => r.run.warnings)),
  );
  const inputs = [...new Set(runs.flatMap((r) => r.run.input))];
  writeRunFiles(opts.output, summary, {
    rulesFingerprint,
    input: inputs.length === 1 ? inputs[0]! : inputs,
    shard: null,
    csvRaw,
    jobs: null,
    incremental: false,
    mergedFrom: opts.dirs,
  });
  return summary;
}

function copyAtomic(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const tmp = `${to}.tmp-${process.pid}`;
  copyFileSync(from, tmp);
  renameSync(tmp, to);
}

/**
 * The joined state when every directory has one of the same rules and version, else null;
 * the output's earlier state is removed either way, to be saved again once the files are in.
 */
function mergeStates(dirs: string[], output: string, ids: ReadonlySet<string>): RunState | null {
  rmSync(join(output, STATE_FILE), { force: true });
  const states = dirs.map((d) => RunState.load(d));
  const first = states[0];
  if (!first || !states.every((s) => s !== null && s.matches(first.nkie, first.rulesDigest))) return null;
  const merged = RunState.empty(first.nkie, first.rulesDigest, first.rulesFingerprint);
  for (const s of states) merged.absorb(s!);
  merged.retain(ids);
  return merged;
}
