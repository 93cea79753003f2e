/**
 * Where articles are processed: in the main thread (`--jobs 1`) or on a pool of worker
 * threads (piscina). Either way each article's file is written by whoever processed it and
 * the outcome comes back through `onOutcome`; the order of outcomes does not matter, because
 * the aggregates are rebuilt in id order from the files afterwards.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { RulesInvalidError } from '../rules/load.js';
import { STAGES } from '../stages/index.js';
import type { Article } from '../types.js';
import { processArticle, type RunTarget } from './process.js';
import type { ProcessReply, RulesReply, WorkerSetup, WorkerTask } from './worker.js';

export interface Submitted {
  article: Article;
  hash: string;
  /** the input file, for error messages */
  file: string;
}

export interface Outcome extends Submitted {
  error: string | null;
}

export interface ProcessorOptions {
  rules: string;
  target: RunTarget;
  jobs: number;
  onOutcome(outcome: Outcome): void;
}

export interface Processor {
  /** Compiles the rules (and starts the workers); resolves to their fingerprint. Throws RulesInvalidError. */
  start(): Promise<string>;
  /** Processes an article or queues it; resolves when there is room for more. */
  submit(item: Submitted): Promise<void>;
  /** Waits for every submitted article. */
  drain(): Promise<void>;
  /** Milliseconds per stage, summed over all threads. */
  readonly stageMs: Record<string, number>;
  close(): Promise<void>;
}

export function createProcessor(opts: ProcessorOptions): Processor {
  return opts.jobs === 1 ? new InProcess(opts) : new Pool(opts);
}

const zeroStages = () => Object.fromEntries(STAGES.map((s) => [s.name, 0]));

class InProcess implements Processor {
  private pipeline: Pipeline | null = null;
  private readonly idle = zeroStages();

  constructor(private readonly opts: ProcessorOptions) {}

  get stageMs(): Record<string, number> {
    return this.pipeline?.stageMs ?? this.idle;
  }

  async start(): Promise<string> {
    this.pipeline ??= createPipeline({ rulesDir: this.opts.rules });
    return this.pipeline.rules.fingerprint;
  }

  async submit(item: Submitted): Promise<void> {
    if (!this.pipeline) await this.start();
    this.opts.onOutcome({ ...item, error: processArticle(this.pipeline!, this.opts.target, item.article, item.hash) });
  }

  async drain(): Promise<void> {}

  async close(): Promise<void> {}
}

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));
/** A task is a few dozen articles: large enough that messaging is negligible, small enough to balance. */
const BATCH_ARTICLES = 32;
const BATCH_CHARS = 128 * 1024;
/** Batches in flight per worker: keeps every worker busy without reading the input far ahead. */
const IN_FLIGHT_PER_WORKER = 3;

class Pool implements Processor {
  private pool: Piscina | null = null;
  private started: Promise<string> | null = null;
  private batch: Submitted[] = [];
  private batchChars = 0;
  private readonly inFlight = new Set<Promise<void>>();
  readonly stageMs = zeroStages();

  constructor(private readonly opts: ProcessorOptions) {}

  start(): Promise<string> {
    this.started ??= this.launch();
    return this.started;
  }

  private async launch(): Promise<string> {
    const setup: WorkerSetup = { rules: this.opts.rules, ...this.opts.target };
    this.pool = new Piscina({ filename: WORKER, minThreads: this.opts.jobs, maxThreads: this.opts.jobs, workerData: setup });
    const reply = (await this.pool.run({ kind: 'rules' } satisfies WorkerTask)) as RulesReply;
    if ('problems' in reply) throw new RulesInvalidError(reply.problems);
    return reply.fingerprint;
  }

  async submit(item: Submitted): Promise<void> {
    await this.start();
    this.batch.push(item);
    this.batchChars += item.article.text.length;
    if (this.batch.length >= BATCH_ARTICLES || this.batchChars >= BATCH_CHARS) this.dispatch();
    while (this.inFlight.size >= this.opts.jobs * IN_FLIGHT_PER_WORKER) await Promise.race(this.inFlight);
  }

  private dispatch(): void {
    const items = this.batch;
    this.batch = [];
    this.batchChars = 0;
    const task: WorkerTask = { kind: 'process', items: items.map((i) => ({ article: i.article, hash: i.hash })) };
    const done = this.pool!.run(task).then(
      (reply: ProcessReply) => {
        for (const [k, v] of Object.entries(reply.stageMs)) this.stageMs[k] = (this.stageMs[k] ?? 0) + v;
        items.forEach((item, i) => this.opts.onOutcome({ ...item, error: reply.errors[i] ?? null }));
      },
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        for (const item of items) this.opts.onOutcome({ ...item, error: `internal error while processing "${item.article.id}": ${message}` });
      },
    ).finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  async drain(): Promise<void> {
    if (this.batch.length > 0) this.dispatch();
    await Promise.all(this.inFlight);
  }

  async close(): Promise<void> {
    if (this.started) await this.started.catch(() => undefined);
    await this.pool?.destroy();
  }
}
