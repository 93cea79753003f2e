/**
 * One article through the pipeline and into its files, the same in the main thread and in a
 * worker: everything made from the document is written where it is made, so only the id and
 * the outcome travel. The rows file goes first and the article file second; the caller
 * records the article in the incremental state only after both are in place.
 */
import { VERSION, type Pipeline } from '../pipeline.js';
import type { Article } from '../types.js';
import { rowsHeader, writeArticle } from './article-rows.js';

/** What every article of a run shares: where it goes and what its rows file is made for. */
export interface RunTarget {
  output: string;
  rulesDigest: string;
  csvRaw: boolean;
}

/** Processes and writes one article; returns the error message, or null when written. */
export function processArticle(pipeline: Pipeline, target: RunTarget, article: Article, hash: string): string | null {
  let doc;
  try {
    doc = pipeline.process(article);
  } catch (e) {
    return `internal error while processing "${article.id}": ${(e as Error).message}`;
  }
  writeArticle(target.output, rowsHeader(VERSION, target.rulesDigest, hash, target.csvRaw), doc, JSON.stringify(doc, null, 2) + '\n', target.csvRaw);
  return null;
}
