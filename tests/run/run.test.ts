import { appendFileSync, closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROWS_DIR } from '../../src/batch/segments.js';
import { RunState } from '../../src/batch/state.js';
import { documentIds, nkie, outputFiles, runJson, testCorpus, testRules } from './fixture.js';
import { tempDir } from '../helpers.js';

const SLOW = 240_000;

describe('run --jobs', () => {
  it('writes byte-identical output with 1, 2 and 3 threads', () => {
    // more batches than the workers take at once: the main thread processes some itself
    const input = testCorpus(150, 50);
    const rules = testRules();
    const one = tempDir('nkie-j1-');
    expect(nkie('run', '-q', '-i', input, '-r', rules, '-o', one, '--jobs', '1').status).toBe(0);
    expect(readFileSync(join(one, 'entities.csv'), 'utf8').split('\n').length).toBeGreaterThan(300);
    for (const jobs of ['2', '3']) {
      const dir = tempDir(`nkie-j${jobs}-`);
      const r = nkie('run', '-q', '-i', input, '-r', rules, '-o', dir, '--jobs', jobs);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(outputFiles(dir)).toEqual(outputFiles(one));
      expect(runJson(dir)).toMatchObject({ jobs: Number(jobs), articles: 150, processed: 150 });
    }
    // the article files, written by the main thread for every thread's articles
    const articles = tempDir('nkie-j2a-');
    expect(nkie('run', '-q', '-i', input, '-r', rules, '-o', articles, '--jobs', '2', '--formats', 'articles').status).toBe(0);
    const files = outputFiles(articles);
    const documents = readFileSync(join(one, 'documents.jsonl'), 'utf8').trim().split('\n');
    expect(Object.keys(files).filter((f) => f.startsWith('articles/'))).toHaveLength(150);
    for (const line of documents) {
      const doc = JSON.parse(line) as { id: string };
      expect(files[`articles/${doc.id}.json`]).toBe(JSON.stringify(doc, null, 2) + '\n');
    }
    expect(Object.fromEntries(Object.entries(files).filter(([f]) => !f.startsWith('articles/')))).toEqual(outputFiles(one));
  }, SLOW);
});

describe('run --incremental', () => {
  const rules = testRules();
  let input: string;
  let out: string;
  const run = (...extra: string[]) => nkie('run', '-q', '-i', input, '-r', rules, '-o', out, '--incremental', ...extra);
  /** A fresh, non-incremental run over the same input and rules: what the incremental output must equal. */
  const fresh = (rulesDir = rules, ...extra: string[]) => {
    const dir = tempDir('nkie-fresh-');
    nkie('run', '-q', '-i', input, '-r', rulesDir, '-o', dir, ...extra);
    return outputFiles(dir);
  };

  beforeAll(() => {
    input = testCorpus(30);
    out = tempDir('nkie-inc-');
    expect(run().status).toBe(0);
  }, SLOW);

  it('processes everything the first time and skips every unchanged article after', () => {
    const before = outputFiles(out);
    expect(run().status).toBe(0);
    expect(runJson(out)).toMatchObject({ articles: 30, processed: 0, skipped: 30 });
    expect(outputFiles(out)).toEqual(before);
  }, SLOW);

  it('reprocesses a changed article only, and the aggregates match a fresh run', () => {
    const file = join(input, readdirSync(input).sort()[0]!);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const first = JSON.parse(lines[0]!) as { text: string };
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), text: `${first.text}\nPolice in Musan County arrested two more.` });
    writeFileSync(file, lines.join('\n') + '\n');
    expect(run().status).toBe(0);
    expect(runJson(out)).toMatchObject({ articles: 30, processed: 1, skipped: 29 });
    expect(outputFiles(out)).toEqual(fresh());
  }, SLOW);

  it('removes an article deleted from the input, everywhere', () => {
    const file = join(input, readdirSync(input).sort()[1]!);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const gone = (JSON.parse(lines.pop()!) as { id: string }).id;
    writeFileSync(file, lines.join('\n') + '\n');
    expect(run().status).toBe(0);
    expect(runJson(out)).toMatchObject({ articles: 29, processed: 0, skipped: 29 });
    expect(existsSync(join(out, 'articles', `${gone}.json`))).toBe(false);
    expect(documentIds(out)).not.toContain(gone);
    expect(outputFiles(out)).toEqual(fresh());
  }, SLOW);

  it('reprocesses everything after a rule change', () => {
    appendFileSync(join(rules, 'places.yaml'), '  - { id: kimchaek, type: PLACE, canonical: Kimchaek, level: city, country: KP }\n');
    expect(run().status).toBe(0);
    expect(runJson(out)).toMatchObject({ articles: 29, processed: 29, skipped: 0 });
    expect(outputFiles(out)).toEqual(fresh());
  }, SLOW);

  it('keeps only the segments that hold live rows records', () => {
    // after the rule change every record was made again: the earlier runs' segments are gone
    const live = new Set(RunState.load(out)!.segments().keys());
    expect(live.size).toBeGreaterThan(0);
    expect(readdirSync(join(out, ROWS_DIR)).sort()).toEqual([...live].sort());
  });

  it('reprocesses an article whose rows record was damaged', () => {
    const [, b] = documentIds(out);
    const rows = RunState.load(out)!.rowsOf(b!)!;
    const fd = openSync(join(out, ROWS_DIR, rows.segment), 'r+');
    writeSync(fd, 'not a rows record', rows.offset);
    closeSync(fd);
    expect(run().status).toBe(0);
    expect(runJson(out)).toMatchObject({ processed: 1, skipped: 28 });
    expect(outputFiles(out)).toEqual(fresh());
  }, SLOW);

  it('writes the article files once asked for them, and reprocesses an article whose file was deleted or damaged', () => {
    // the records of a run without article files vouch for none: every article is made again
    expect(run('--formats', 'articles').status).toBe(0);
    expect(runJson(out)).toMatchObject({ articles: 29, processed: 29, skipped: 0 });
    const withArticles = fresh(rules, '--formats', 'articles');
    expect(Object.keys(withArticles).filter((f) => f.startsWith('articles/'))).toHaveLength(29);
    expect(outputFiles(out)).toEqual(withArticles);
    expect(run('--formats', 'articles').status).toBe(0);
    expect(runJson(out)).toMatchObject({ processed: 0, skipped: 29 });
    const [a, b] = documentIds(out);
    writeFileSync(join(out, 'articles', `${a}.json`), '{"truncated":');
    rmSync(join(out, 'articles', `${b}.json`));
    expect(run('--formats', 'articles').status).toBe(0);
    expect(runJson(out)).toMatchObject({ processed: 2, skipped: 27 });
    expect(outputFiles(out)).toEqual(withArticles);
  }, SLOW);

  it('keeps every article when the article files are no longer asked for, and removes them', () => {
    expect(run().status).toBe(0);
    expect(runJson(out)).toMatchObject({ articles: 29, processed: 0, skipped: 29 });
    expect(existsSync(join(out, 'articles'))).toBe(false);
    expect(outputFiles(out)).toEqual(fresh());
  }, SLOW);

  it('reprocesses everything when the rows store is gone', () => {
    rmSync(join(out, ROWS_DIR), { recursive: true });
    expect(run().status).toBe(0);
    expect(runJson(out)).toMatchObject({ processed: 29, skipped: 0 });
    expect(outputFiles(out)).toEqual(fresh());
  }, SLOW);
});

describe('run arguments', () => {
  it.each([
    [['--shard', '3/2'], /--shard.*1 <= K <= N \(got 3\/2\)/],
    [['--shard', '0/4'], /--shard.*1 <= K <= N/],
    [['--shard', 'half'], /--shard.*expected K\/N/],
    [['--jobs', '0'], /--jobs.*positive whole number/],
    [['--jobs', 'many'], /--jobs.*positive whole number/],
  ])('rejects %j with exit 1 and a message naming the option', (args, message) => {
    const r = nkie('run', '-i', tempDir(), '-o', tempDir(), ...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on invalid rules before reading any article, with worker threads too', () => {
    const rules = testRules({ 'bad.yaml': 'kind: gazetteer\nentries:\n  - id: x\n    type: PLACE\n' });
    const out = join(tempDir(), 'never');
    const r = nkie('run', '-i', testCorpus(3), '-r', rules, '-o', out, '--jobs', '2');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:3: entry x: field canonical/);
    expect(existsSync(out)).toBe(false);
  }, SLOW);

  it('accepts the valid forms', () => {
    const input = testCorpus(3);
    for (const args of [['--shard', '1/1'], ['--shard', ' 2/2 '], ['--jobs', '1']]) {
      expect(nkie('run', '-q', '-i', input, '-r', testRules(), '-o', tempDir(), ...args).status, args.join(' ')).toBe(0);
    }
  }, SLOW);
});

describe('run: a duplicate article id', () => {
  it('is skipped with an error naming where the id was first read, a file or a line of one', () => {
    const input = tempDir();
    writeFileSync(join(input, 'a.txt'), 'Police in Hyesan arrested a trader.');
    writeFileSync(join(input, 'b.jsonl'), [
      JSON.stringify({ id: 'j1', text: 'Guards in Musan were bribed.' }),
      JSON.stringify({ id: 'a', text: 'Another article under a taken id.' }),
      JSON.stringify({ id: 'j1', text: 'The same id again, two lines on.' }),
    ].join('\n'));
    const out = tempDir();
    const r = nkie('run', '--input', input, '--output', out, '--rules', testRules());
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('duplicate article id "a" (first from a.txt); skipped');
    expect(r.stderr).toContain('duplicate article id "j1" (first from b.jsonl:1); skipped');
    expect(documentIds(out).sort()).toEqual(['a', 'j1']);
  }, SLOW);
});
