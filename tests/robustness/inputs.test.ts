/**
 * A batch of scraped files always holds broken ones: each fails alone, with one line naming
 * the file and the reason, and everything else is processed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { CLI_TIMEOUT_MS, ROOT, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const ARTICLE = 'Arrests in Hyesan\nPolice in Hyesan, Ryanggang Province, seized 500 grams of methamphetamine.';

describe('a batch with every kind of bad input', () => {
  const input = tempDir('nkie-bad-');
  const out = tempDir('nkie-out-');
  let result: ReturnType<typeof spawnSync>;
  let docs: Map<string, Document>;
  let stderr: string;

  beforeAll(() => {
    const w = (name: string, content: string | Buffer) => writeFileSync(join(input, name), content);
    w('good.txt', ARTICLE);
    w('empty.txt', '');
    w('blank.md', '  \n\t\n');
    w('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    w('latin1.txt', Buffer.from('Police in Hyesan caf\xe9 raid', 'latin1'));
    w('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    w('crlf.txt', ARTICLE.replace(/\n/g, '\r\n'));
    w('lone-cr.txt', ARTICLE.replace(/\n/g, '\r'));
    w('one-long-sentence.txt', `${'Police in Hyesan arrested a smuggler on Monday and seized 500 grams of methamphetamine, '.repeat(3_000)}officials said.`);
    w('one-long-line.txt', `${'Police in Hyesan seized 500 grams of methamphetamine. '.repeat(100_000)}`);
    w('page.html', '<html><head><script>alert("Hyesan")</script><style>p{}</style></head><body><p>Police in Hyesan &amp; Hamhung seized drugs.</p></body></html>');
    w('broken.json', '{"text": "unterminated');
    w('batch.jsonl', '{"id":"j1","text":"Police in Hyesan acted."}\n{oops\n{"id":"j3","text":"Police in Hamhung acted."}\n');
    w('dup-a.json', JSON.stringify({ id: 'same', text: 'First article with this id in Hyesan.' }));
    w('dup-b.json', JSON.stringify({ id: 'same', text: 'Second article with this id.' }));
    w('name with spaces.txt', ARTICLE);
    w('ünïcode-名前.txt', ARTICLE);
    w('.leading-dot.txt', ARTICLE);
    w('odd spaces.txt', 'Police\u00a0in\u200bHyesan and “Hamhŭng” — 한국어 text — seized 1\u00a0kg of ice.');
    mkdirSync(join(input, 'nested'));
    w('nested/deep.txt', ARTICLE);
    symlinkSync(input, join(input, 'nested', 'loop'));
    symlinkSync(join(input, 'does-not-exist.txt'), join(input, 'dangling.txt'));
    w('huge.txt', 'x'.repeat(2_000_000));

    result = spawnSync(process.execPath, [CLI, 'run', '--input', input, '--output', out, '--quiet', '--max-bytes', String(1_000_000 + 6_000_000)], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    stderr = String(result.stderr);
    docs = new Map(readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => {
      const d = JSON.parse(l) as Document;
      return [d.id, d];
    }));
  }, 300_000);

  it('exits 2: the batch finished but some inputs failed', () => {
    expect(result.status).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['empty.txt', /empty file/],
    ['blank.md', /empty file/],
    ['binary.txt', /binary file/],
    ['broken.json', /malformed JSON/],
    ['batch.jsonl:2', /malformed JSON/],
    ['dup-b.json', /duplicate article id "same"/],
    ['dangling.txt', /broken symlink|cannot read/],
    ['loop', /symlink loop/],
  ])('reports %s on one line', (file, reason) => {
    const line = stderr.split('\n').find((l) => l.includes(file) && reason.test(l));
    expect(line, stderr).toBeDefined();
  });

  it('processes every readable article, whatever its encoding, line ends or name', () => {
    for (const id of ['good', 'latin1', 'bom', 'utf16', 'crlf', 'lone-cr', 'one-long-line', 'one-long-sentence', 'page', 'j1', 'j3', 'same', 'name_with_spaces', '_leading-dot', 'odd_spaces', 'deep']) {
      expect(docs.has(id), id).toBe(true);
    }
    expect([...docs.keys()].some((id) => id.startsWith('_n_code'))).toBe(true);
    expect(docs.get('same')!.text).toMatch(/^First/);
  });

  it('processes one sentence of 30,000 words, every event with a bounded evidence', () => {
    const d = docs.get('one-long-sentence')!;
    expect(d.sentences).toHaveLength(1);
    expect(d.events.length).toBeGreaterThan(0);
    for (const v of d.events) expect(v.evidence.length).toBeLessThanOrEqual(2000);
  });

  it('warns on invalid UTF-8 and decodes it with replacement characters', () => {
    expect(stderr).toMatch(/warning: .*latin1\.txt: invalid UTF-8/);
    expect(docs.get('latin1')!.text).toContain('\ufffd');
  });

  it('reads BOM, UTF-16, CRLF and lone CR text to the same entities', () => {
    const canon = (id: string) => docs.get(id)!.entities.map((e) => `${e.type}:${e.canonical}`);
    for (const id of ['bom', 'utf16', 'crlf', 'lone-cr']) expect(canon(id), id).toEqual(canon('good'));
    expect(docs.get('bom')!.text.startsWith('\ufeff')).toBe(false);
  });

  it('extracts from HTML without script text and with entities decoded', () => {
    const page = docs.get('page')!;
    expect(page.text).toBe('Police in Hyesan & Hamhung seized drugs.');
  });

  it('keeps offsets exact on zero-width and non-breaking spaces, curly quotes and Hangul', () => {
    const d = docs.get('odd_spaces')!;
    expect(d.entities.length).toBeGreaterThan(0);
    for (const e of d.entities) expect(d.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('skips a file over --max-bytes instead of crashing', () => {
    const limited = tempDir('nkie-out-');
    const r = spawnSync(process.execPath, [CLI, 'run', '--input', join(input, 'huge.txt'), '--output', limited, '--quiet', '--max-bytes', '1000000'], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/huge\.txt: file is 2000000 bytes, over --max-bytes 1000000; skipped/);
  });

  it('records every failure in errors.jsonl and run.json', () => {
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(errors.filter((e) => !e.warning)).toHaveLength(run.errors.length);
    expect(errors.find((e) => e.line === 2)).toMatchObject({ reason: expect.stringMatching(/malformed JSON/) });
  });
});
