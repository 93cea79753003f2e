/**
 * One article through the pipeline and into its files, the same in the main thread and in a
 * worker: everything made from the document is written where it is made, so only the id and
 * the outcome travel. The rows record goes first and the article file second; the caller
 * records the article in the incremental state only after both are in place.
 */
import { VERSION, type Pipeline } from '../pipeline.js';
import type { Article } from '../types.js';
import { rowsHeader, writeArticle } from './article-rows.js';
import type { RowsAt, SegmentWriter } from './segments.js';

/** What every article of a run shares: where it goes and what its rows record is made for. */
export interface RunTarget {
  output: string;
  rulesDigest: string;
  csvRaw: boolean;
}

/** The error message, or where the article's rows record lies once both its files are written. */
export type ArticleResult = { error: string; rows: null } | { error: null; rows: RowsAt };

export function processArticle(pipeline: Pipeline, target: RunTarget, segment: SegmentWriter, article: Article, hash: string): ArticleResult {
  let doc;
  try {
    doc = pipeline.process(article);
  } catch (e) {
    return { error: `internal error while processing "${article.id}": ${(e as Error).message}`, rows: null };
  }
  const header = rowsHeader(VERSION, target.rulesDigest, hash, target.csvRaw);
  return { error: null, rows: writeArticle(target.output, segment, header, doc, JSON.stringify(doc, null, 2) + '\n', target.csvRaw) };
}
