/**
 * The closing files of an output directory, shared by `run` and `merge`: errors.jsonl and
 * run.json, and the removal of article files the run did not produce or keep. run.json is
 * removed when a run starts and written last, so its presence means the directory is
 * complete (`merge` refuses a directory without one).
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../export/write.js';
import type { InputError } from '../input/load.js';
import { VERSION } from '../version.js';
import type { Counts } from './aggregate.js';

export interface RunSummary {
  articles: number;
  /** articles run through the pipeline this time */
  processed: number;
  /** articles kept from the last run (incremental) */
  skipped: number;
  failedFiles: number;
  entities: number;
  relations: number;
  byType: Counts;
  seconds: number;
  /** milliseconds per stage, summed over threads */
  stageMs: Record<string, number>;
  errors: InputError[];
  warnings: InputError[];
}

/** Errors in a canonical order (file, line, reason), so runs, jobs and merged shards agree. */
export function sortProblems(list: InputError[]): InputError[] {
  const key = (e: InputError) => [e.file, e.line ?? -1, e.reason] as const;
  return [...list].sort((a, b) => {
    const [fa, la, ra] = key(a);
    const [fb, lb, rb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || (ra < rb ? -1 : ra > rb ? 1 : 0);
  });
}

export interface RunContext {
  rulesFingerprint: string;
  input: string | string[];
  shard: string | null;
  csvRaw: boolean;
  /** null for a merge */
  jobs: number | null;
  incremental: boolean;
  /** the directories a merge combined */
  mergedFrom?: string[];
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

export function summarize(
  counts: Counts, articles: number, processed: number, skipped: number, seconds: number,
  stageMs: Record<string, number>, errors: InputError[], warnings: InputError[],
): RunSummary {
  return {
    articles,
    processed,
    skipped,
    failedFiles: new Set(errors.map((e) => e.file)).size,
    entities: sum(counts.entities),
    relations: sum(counts.relations),
    byType: counts,
    seconds,
    stageMs: { ...stageMs },
    errors: sortProblems(errors),
    warnings: sortProblems(warnings),
  };
}

export function writeRunFiles(output: string, summary: RunSummary, context: RunContext): void {
  const counts = summary.byType;
  writeFileAtomic(join(output, 'errors.jsonl'), [...summary.errors, ...summary.warnings].map((e) => JSON.stringify({ ...e, warning: e.warning ?? false }) + '\n').join(''));
  writeFileAtomic(join(output, 'run.json'), JSON.stringify({
    nkie: VERSION,
    rulesFingerprint: context.rulesFingerprint,
    input: context.input,
    shard: context.shard,
    csvRaw: context.csvRaw,
    articles: summary.articles,
    processed: summary.processed,
    skipped: summary.skipped,
    failedFiles: summary.failedFiles,
    entities: { total: summary.entities, byType: sortKeys(counts.entities) },
    relations: { total: summary.relations, byType: sortKeys(counts.relations) },
    stageMs: Object.fromEntries(Object.entries(summary.stageMs).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    jobs: context.jobs,
    incremental: context.incremental,
    ...(context.mergedFrom ? { mergedFrom: context.mergedFrom } : {}),
    seconds: Math.round(summary.seconds * 1000) / 1000,
    // the peak resident memory of this process, worker threads included
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    errors: summary.errors,
    warnings: summary.warnings,
  }, null, 2) + '\n');
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Article files not produced or kept by this run (articles gone from the input, failed this
 * time, or of another shard) would leak into the aggregates; temporary files are left only
 * by a killed run. A run that writes no article files removes the articles directory an
 * earlier run left: its files no longer describe the output. (Rows records go with their
 * segments: batch/segments.ts.)
 */
export function removeStaleFiles(output: string, keep: ReadonlySet<string>, articleFiles: boolean): void {
  const dir = join(output, 'articles');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
  if (!articleFiles) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  for (const name of readdirSync(dir)) {
    const stale = name.endsWith('.json') && !keep.has(name.slice(0, -5));
    if (stale || TEMPORARY.test(name)) rmSync(join(dir, name), { force: true });
  }
}

const TEMPORARY = /\.json\.tmp-\d+$/;
