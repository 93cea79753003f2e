/**
 * A worker thread of the `run --jobs N` pool (piscina). It compiles the rules as it starts,
 * so every worker compiles at once, then processes batches of articles, writing each
 * article's files itself.
 */
import { workerData } from 'piscina';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { RulesInvalidError, type RuleProblem } from '../rules/load.js';
import type { Article } from '../types.js';
import { processArticle, type RunTarget } from './process.js';

export interface WorkerSetup extends RunTarget {
  rules: string;
}

export type WorkerTask = { kind: 'rules' } | { kind: 'process'; items: { article: Article; hash: string }[] };

export type RulesReply = { fingerprint: string } | { problems: RuleProblem[] };

export interface ProcessReply {
  /** per article, in order: the error message or null */
  errors: (string | null)[];
  /** milliseconds per stage spent on this batch */
  stageMs: Record<string, number>;
}

const setup = workerData as WorkerSetup;

function compile(): Pipeline | RuleProblem[] {
  try {
    return createPipeline({ rulesDir: setup.rules });
  } catch (e) {
    if (e instanceof RulesInvalidError) return e.problems;
    throw e;
  }
}

const compiled = compile();

export default function run(task: WorkerTask): RulesReply | ProcessReply {
  if (Array.isArray(compiled)) {
    if (task.kind === 'rules') return { problems: compiled };
    throw new Error('the rules are invalid');
  }
  if (task.kind === 'rules') return { fingerprint: compiled.rules.fingerprint };
  const errors = task.items.map((i) => processArticle(compiled, setup, i.article, i.hash));
  const stageMs = { ...compiled.stageMs };
  for (const k of Object.keys(compiled.stageMs)) compiled.stageMs[k] = 0;
  return { errors, stageMs };
}
