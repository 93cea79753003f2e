/**
 * One article through the pipeline and into its files. `makeArticle` runs where the article is
 * processed, the main thread or a worker: it stores the rows record in that thread's segment
 * and, when the run writes article files (`--formats articles`), returns the bytes of the
 * article file. `finishArticle` writes the article file, always in the main thread: creating files from two threads at once costs the kernel several times
 * what one thread creating them all does (docs/performance.md). The caller records the
 * article in the incremental state only once both are in place.
 */
import { VERSION, type Pipeline } from '../pipeline.js';
import type { Article } from '../types.js';
import { articleJson, encodeArticle, rowsHeader, storeRows, writeArticleFile } from './article-rows.js';
import type { RowsAt, SegmentWriter } from './segments.js';

/** What every article of a run shares: where it goes and what its rows record is made for. */
export interface RunTarget {
  output: string;
  rulesDigest: string;
  csvRaw: boolean;
  /** write articles/<id>.json for every article */
  articleFiles: boolean;
}

/** An article processed, its rows record stored and its file (if the run writes one) still to write; or why not. */
export type Made = { error: string; rows: null; article: null } | { error: null; rows: RowsAt; article: Uint8Array | null };

/** The error message, or where the article's rows record lies once both its files are written. */
export type ArticleResult = { error: string; rows: null } | { error: null; rows: RowsAt };

export function makeArticle(pipeline: Pipeline, target: RunTarget, segment: SegmentWriter, article: Article, hash: string): Made {
  let encoded;
  try {
    const doc = pipeline.process(article);
    encoded = encodeArticle(rowsHeader(VERSION, target.rulesDigest, hash, target.csvRaw), doc, target.articleFiles ? articleJson(doc) : null, target.csvRaw);
  } catch (e) {
    return { error: `internal error while processing "${article.id}": ${(e as Error).message}`, rows: null, article: null };
  }
  return { error: null, ...storeRows(segment, encoded) };
}

/** Writes the article file of a made article, if any (in the main thread); the outcome once it is in place. */
export function finishArticle(output: string, id: string, made: Made): ArticleResult {
  if (made.error !== null) return { error: made.error, rows: null };
  if (made.article !== null) writeArticleFile(output, id, made.article);
  return { error: null, rows: made.rows };
}
