/**
 * Where articles are processed: `jobs` threads, the main thread and jobs − 1 worker threads
 * (a piscina pool). Articles go to the workers in batches while they have room, and are
 * processed in the main thread, one at a time, while they have none: the main thread, which
 * has the modules loaded anyway, works instead of waiting (one worker fewer to start, each
 * costing seconds of loading and rule compiling, and less memory), and between two articles
 * it hands the workers more as soon as they finish.
 *
 * Whoever processes an article stores its rows record; the main thread writes every article
 * file, when the run writes them (batch/process.ts), and the outcome comes back through `onOutcome`. The order of
 * outcomes does not matter: the aggregates are rebuilt in id order afterwards.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { STAGES } from '../stages/index.js';
import type { Article } from '../types.js';
import { finishArticle, makeArticle, type ArticleResult, type RunTarget } from './process.js';
import { SegmentWriter } from './segments.js';
import type { ProcessReply, WorkerSetup, WorkerTask } from './worker.js';

export interface Submitted {
  article: Article;
  hash: string;
  /** the input file and line (JSONL), for error messages */
  file: string;
  line: number | null;
}

export type Outcome = Submitted & ArticleResult;

export interface ProcessorOptions {
  rules: string;
  target: RunTarget;
  jobs: number;
  onOutcome(outcome: Outcome): void;
}

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));
/** A task is a few dozen articles: large enough that messaging is negligible, small enough to balance. */
const BATCH_ARTICLES = 32;
const BATCH_CHARS = 128 * 1024;
/** Batches queued per worker, so that it never waits for the main thread. */
const IN_FLIGHT_PER_WORKER = 2;

export class Processor {
  private pipeline: Pipeline | null = null;
  private readonly segment: SegmentWriter;
  private pool: Piscina | null = null;
  private batch: Submitted[] = [];
  private batchChars = 0;
  private readonly inFlight = new Set<Promise<void>>();
  /** stage times of the workers, and of the main thread's pipeline once it is let go */
  private readonly workerMs: Record<string, number> = {};

  constructor(private readonly opts: ProcessorOptions) {
    this.segment = new SegmentWriter(opts.target.output);
  }

  /**
   * Starts the workers, which load and compile on their own meanwhile, and compiles the rules
   * here; returns their fingerprint. Throws RulesInvalidError.
   */
  start(): string {
    if (this.opts.jobs > 1 && !this.pool) {
      const setup: WorkerSetup = { rules: this.opts.rules, ...this.opts.target };
      this.pool = new Piscina({ filename: WORKER, minThreads: this.opts.jobs - 1, maxThreads: this.opts.jobs - 1, workerData: setup });
    }
    this.pipeline ??= createPipeline({ rulesDir: this.opts.rules });
    return this.pipeline.rules.fingerprint;
  }

  /** Milliseconds per stage, summed over all threads. */
  get stageMs(): Record<string, number> {
    return Object.fromEntries(STAGES.map(({ name }) => [name, (this.pipeline?.stageMs[name] ?? 0) + (this.workerMs[name] ?? 0)]));
  }

  /** Processes or queues an article; resolves when there is room for more. */
  async submit(item: Submitted): Promise<void> {
    this.start();
    if (this.pool && this.inFlight.size < (this.opts.jobs - 1) * IN_FLIGHT_PER_WORKER) {
      this.batch.push(item);
      this.batchChars += item.article.text.length;
      if (this.batch.length >= BATCH_ARTICLES || this.batchChars >= BATCH_CHARS) this.dispatch();
      return;
    }
    this.here(item);
    // a turn of the event loop: finished batches report, making room for the next
    if (this.pool) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Waits for every submitted article. */
  async drain(): Promise<void> {
    if (this.batch.length > 0) this.dispatch();
    await Promise.all(this.inFlight);
    this.segment.close();
  }

  /**
   * Stops the workers and lets the main thread's pipeline go, freeing their memory for the
   * aggregates (the compiled rules are tens of megabytes); the stage times are kept.
   */
  async close(): Promise<void> {
    this.segment.close();
    if (this.pipeline) {
      for (const [k, v] of Object.entries(this.pipeline.stageMs)) this.workerMs[k] = (this.workerMs[k] ?? 0) + v;
      this.pipeline = null;
    }
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private here(item: Submitted): void {
    const made = makeArticle(this.pipeline!, this.opts.target, this.segment, item.article, item.hash);
    this.opts.onOutcome({ ...item, ...finishArticle(this.opts.target.output, item.article.id, made) });
  }

  /** Sends the batch to a worker. */
  private dispatch(): void {
    const items = this.batch;
    this.batch = [];
    this.batchChars = 0;
    const task: WorkerTask = { items: items.map((i) => ({ article: i.article, hash: i.hash })) };
    const done = this.pool!.run(task).then(
      (reply: ProcessReply) => {
        for (const [k, v] of Object.entries(reply.stageMs)) this.workerMs[k] = (this.workerMs[k] ?? 0) + v;
        items.forEach((item, i) => this.opts.onOutcome({ ...item, ...finishArticle(this.opts.target.output, item.article.id, reply.results[i]!) }));
      },
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        for (const item of items) this.opts.onOutcome({ ...item, error: `internal error while processing "${item.article.id}": ${message}`, rows: null });
      },
    ).finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }
}
