import { closeSync, cpSync, existsSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROWS_DIR } from '../../src/batch/segments.js';
import { RunState } from '../../src/batch/state.js';
import { documentIds, nkie, outputFiles, runJson, testCorpus, testRules } from './fixture.js';
import { tempDir } from '../helpers.js';

const SLOW = 240_000;

describe('run --shard K/N and merge', () => {
  const rules = testRules();
  let input: string;
  let single: string;
  let shards: string[];

  beforeAll(() => {
    input = testCorpus(40);
    // a broken file: every shard reports it, the merged output must report it once
    writeFileSync(join(input, 'broken.json'), '{"text": ');
    single = tempDir('nkie-single-');
    expect(nkie('run', '-q', '-i', input, '-r', rules, '-o', single).status).toBe(2);
    shards = [1, 2, 3].map((k) => {
      const dir = tempDir(`nkie-shard${k}-`);
      expect(nkie('run', '-q', '-i', input, '-r', rules, '-o', dir, '--shard', `${k}/3`).status).toBe(2);
      return dir;
    });
  }, SLOW);

  it('partitions the articles: every id in exactly one shard', () => {
    const all = documentIds(single);
    expect(all).toHaveLength(40);
    const byShard = shards.map(documentIds);
    for (const ids of byShard) expect(ids.length, 'each shard gets some of 40 articles').toBeGreaterThan(0);
    expect(byShard.flat().sort()).toEqual(all);
    expect(new Set(byShard.flat()).size).toBe(all.length);
    expect(shards.map((d) => runJson(d).shard)).toEqual(['1/3', '2/3', '3/3']);
  });

  it('merges the shards into output byte-identical to the single run', () => {
    const merged = join(tempDir('nkie-merged-'), 'out');
    const r = nkie('merge', ...shards, '-o', merged, '-q');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: malformed JSON/);
    expect(outputFiles(merged)).toEqual(outputFiles(single));
    expect(runJson(merged)).toMatchObject({ articles: 40, mergedFrom: shards, rulesFingerprint: runJson(single).rulesFingerprint });
  }, SLOW);

  it('merges in any order, and the merged directory continues incrementally', () => {
    const merged = tempDir('nkie-merged-');
    expect(nkie('merge', ...[...shards].reverse(), '-o', merged, '-q').status).toBe(2);
    expect(outputFiles(merged)).toEqual(outputFiles(single));
    // the shards' records were copied into one segment of the merged directory's own
    expect(readdirSync(join(merged, ROWS_DIR))).toHaveLength(1);
    expect(nkie('run', '-q', '-i', input, '-r', rules, '-o', merged, '--incremental').status).toBe(2);
    expect(runJson(merged)).toMatchObject({ articles: 40, processed: 0, skipped: 40 });
    expect(outputFiles(merged)).toEqual(outputFiles(single));
  }, SLOW);

  it('rebuilds the aggregates from the shards\' documents.jsonl when they carry no rows files', () => {
    const bare = shards.map((d) => {
      const copy = tempDir('nkie-bare-');
      cpSync(d, copy, { recursive: true });
      rmSync(join(copy, '.nkie'), { recursive: true });
      return copy;
    });
    const merged = tempDir('nkie-merged-');
    expect(nkie('merge', ...bare, '-o', merged, '-q').status).toBe(2);
    expect(outputFiles(merged)).toEqual(outputFiles(single));
  }, SLOW);

  it('rebuilds an article whose rows record is damaged from its shard\'s documents.jsonl', () => {
    const damaged = tempDir('nkie-damaged-');
    cpSync(shards[1]!, damaged, { recursive: true });
    const id = documentIds(damaged)[0]!;
    const at = RunState.load(damaged)!.rowsOf(id)!;
    const fd = openSync(join(damaged, ROWS_DIR, at.segment), 'r+');
    writeSync(fd, 'not a rows record', at.offset);
    closeSync(fd);
    const merged = tempDir('nkie-merged-');
    expect(nkie('merge', shards[0]!, damaged, shards[2]!, '-o', merged, '-q').status).toBe(2);
    expect(outputFiles(merged)).toEqual(outputFiles(single));
    // the merged state no longer vouches for that article: an incremental run makes it again
    expect(nkie('run', '-q', '-i', input, '-r', rules, '-o', merged, '--incremental').status).toBe(2);
    expect(runJson(merged)).toMatchObject({ articles: 40, processed: 1, skipped: 39 });
    expect(outputFiles(merged)).toEqual(outputFiles(single));
  }, SLOW);

  it('copies the article files when every shard has them, and leaves them out otherwise', () => {
    const withArticles = (dir: string, ...extra: string[]) => {
      expect(nkie('run', '-q', '-i', input, '-r', rules, '-o', dir, '--formats', 'articles', ...extra).status).toBe(2);
      return dir;
    };
    const whole = withArticles(tempDir('nkie-single-a-'));
    const parts = [1, 2, 3].map((k) => withArticles(tempDir(`nkie-shard${k}-a-`), '--shard', `${k}/3`));
    expect(readdirSync(join(whole, 'articles'))).toHaveLength(40);
    const merged = tempDir('nkie-merged-');
    expect(nkie('merge', ...parts, '-o', merged, '-q').status).toBe(2);
    expect(outputFiles(merged)).toEqual(outputFiles(whole));
    // one shard without them: the merged directory has none, and the same aggregates
    const mixed = tempDir('nkie-merged-');
    expect(nkie('merge', parts[0]!, shards[1]!, parts[2]!, '-o', mixed, '-q').status).toBe(2);
    expect(existsSync(join(mixed, 'articles'))).toBe(false);
    expect(outputFiles(mixed)).toEqual(outputFiles(single));
  }, SLOW);

  it.each([
    ['a missing shard', () => [shards[0]!, shards[2]!], /missing shard\(s\) 2\/3/],
    ['a shard given twice', () => [shards[0]!, shards[0]!, shards[1]!, shards[2]!], /shard 1\/3 given twice/],
    ['a shard mixed with a whole run', () => [shards[0]!, single], /is not a shard/],
    ['a directory that is not an output', () => [tempDir()], /not a complete nkie output directory/],
  ])('refuses %s with exit 1', (_, dirs, message) => {
    const r = nkie('merge', ...dirs(), '-o', tempDir());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses to merge into one of its inputs, or runs with other rules', () => {
    expect(nkie('merge', ...shards, '-o', shards[0]!).stderr).toMatch(/is the output directory/);
    const other = tempDir('nkie-other-');
    nkie('run', '-q', '-i', input, '-r', testRules({ 'extra.yaml': 'kind: lexicon\nentries:\n  - { id: extra, words: [x] }\n' }), '-o', other, '--shard', '2/3');
    const r = nkie('merge', shards[0]!, other, shards[2]!, '-o', tempDir());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/differ in rules/);
  }, SLOW);

  it('refuses two directories holding the same article', () => {
    const twin = tempDir('nkie-twin-');
    nkie('run', '-q', '-i', input, '-r', rules, '-o', twin);
    const id = documentIds(twin)[0]!;
    const r = nkie('merge', single, twin, '-o', tempDir());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`article "${id}" is in both`));
  }, SLOW);
});
