import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePath, prepareOutput, readRows, rowsHeader } from '../../src/batch/article-rows.js';
import { finishArticle, makeArticle } from '../../src/batch/process.js';
import { SegmentReader, SegmentWriter } from '../../src/batch/segments.js';
import { createPipeline, VERSION, type Pipeline } from '../../src/pipeline.js';
import type { Document } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { testArticles, testRules } from './fixture.js';

const pipeline = createPipeline({ rulesDir: testRules() });
const article = testArticles(1)[0]!;

describe('makeArticle and finishArticle', () => {
  it('store the rows record where the article is made, and write the article file only when finished', () => {
    const output = tempDir();
    prepareOutput(output, true);
    const target = { output, rulesDigest: 'd'.repeat(64), csvRaw: false, articleFiles: true };
    const segment = new SegmentWriter(output);
    const made = makeArticle(pipeline, target, segment, article, 'h'.repeat(64));
    segment.close();
    expect(made.error).toBeNull();
    expect(existsSync(articlePath(output, article.id))).toBe(false);
    const outcome = finishArticle(output, article.id, made);
    expect(outcome).toEqual({ error: null, rows: made.rows });
    const written = JSON.parse(readFileSync(articlePath(output, article.id), 'utf8')) as Document;
    expect(written).toEqual(pipeline.process(article));
    const rows = readRows(new SegmentReader(output), outcome.rows!, rowsHeader(VERSION, target.rulesDigest, 'h'.repeat(64), false))!;
    expect(JSON.parse(String(rows.doc))).toEqual(written);
  });

  it('store only the rows record when the run writes no article files', () => {
    const output = tempDir();
    prepareOutput(output, false);
    const target = { output, rulesDigest: 'd'.repeat(64), csvRaw: false, articleFiles: false };
    const segment = new SegmentWriter(output);
    const made = makeArticle(pipeline, target, segment, article, 'h'.repeat(64));
    segment.close();
    expect(made.article).toBeNull();
    const outcome = finishArticle(output, article.id, made);
    expect(outcome).toEqual({ error: null, rows: made.rows });
    expect(existsSync(join(output, 'articles'))).toBe(false);
    const rows = readRows(new SegmentReader(output), outcome.rows!, rowsHeader(VERSION, target.rulesDigest, 'h'.repeat(64), false))!;
    expect(JSON.parse(String(rows.doc))).toEqual(pipeline.process(article));
  });

  it('report a pipeline failure as the article\'s error, writing nothing', () => {
    const output = tempDir();
    prepareOutput(output, true);
    const failing = { process: () => { throw new Error('boom'); } } as unknown as Pipeline;
    const made = makeArticle(failing, { output, rulesDigest: 'd', csvRaw: false, articleFiles: true }, new SegmentWriter(output), article, 'h');
    expect(made).toEqual({ error: `internal error while processing "${article.id}": boom`, rows: null, article: null });
    expect(finishArticle(output, article.id, made)).toEqual({ error: made.error, rows: null });
    expect(existsSync(articlePath(output, article.id))).toBe(false);
  });
});
