/**
 * A worker thread of the `run --jobs N` pool (piscina). It compiles the rules as it starts,
 * while the main thread compiles and validates them too, then processes batches of articles:
 * it stores each rows record in a segment of its own (closed between batches so that no
 * descriptor outlives the pool) and hands the article files' bytes, when the run writes
 * them, back to the main thread, which writes them (batch/process.ts).
 */
import { workerData } from 'piscina';
import { createPipeline, type Pipeline } from '../pipeline.js';
import type { Article } from '../types.js';
import { makeArticle, type Made, type RunTarget } from './process.js';
import { SegmentWriter } from './segments.js';

export interface WorkerSetup extends RunTarget {
  rules: string;
}

export interface WorkerTask {
  items: { article: Article; hash: string }[];
}

export interface ProcessReply {
  /** per article, in order */
  results: Made[];
  /** milliseconds per stage spent on this batch */
  stageMs: Record<string, number>;
}

const setup = workerData as WorkerSetup;

/** The pipeline, or why there is none: invalid rules are reported by the main thread, which compiles them too. */
function compile(): Pipeline | Error {
  try {
    return createPipeline({ rulesDir: setup.rules });
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

const pipeline = compile();
const segment = new SegmentWriter(setup.output);

export default function run(task: WorkerTask): ProcessReply {
  if (pipeline instanceof Error) throw pipeline;
  let results: Made[];
  try {
    results = task.items.map((i) => makeArticle(pipeline, setup, segment, i.article, i.hash));
  } finally {
    segment.close();
  }
  const stageMs = { ...pipeline.stageMs };
  for (const k of Object.keys(pipeline.stageMs)) pipeline.stageMs[k] = 0;
  return { results, stageMs };
}
