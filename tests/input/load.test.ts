import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles, loadFile, safeId, type LoadItem } from '../../src/input/load.js';
import { tempDir } from '../helpers.js';

const OPTS = { maxBytes: 1024 * 1024 };

function load(name: string, content: string | Buffer, opts = OPTS): LoadItem[] {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  return loadFile(join(dir, name), dir, opts);
}
const articles = (items: LoadItem[]) => items.flatMap((i) => ('article' in i ? [i.article] : []));
const errors = (items: LoadItem[]) => items.flatMap((i) => ('error' in i ? [i.error] : []));

describe('loader', () => {
  it('reads .txt and .md whole, the first line being the title', () => {
    const [a] = articles(load('my report.md', '\n  Title line\nBody text.\n'));
    expect(a).toMatchObject({ id: 'my_report', source: 'my report.md', text: '\n  Title line\nBody text.\n', titleFromFirstLine: true });
  });

  it('reads the visible text of .html', () => {
    const html = `<html><head><title>T</title><meta property="article:published_time" content="2019-03-04T10:00:00Z">
      <style>.x{}</style><script>var hidden = 1;</script></head>
      <body><nav>Home | News</nav><h1>Arrests &amp; fines</h1><p>Police in Hyesan&nbsp;acted.</p><footer>Copyright</footer></body></html>`;
    const [a] = articles(load('page.html', html));
    expect(a!.text).toBe('Arrests & fines\n\nPolice in Hyesan\u00a0acted.');
    expect(a).toMatchObject({ title: 'Arrests & fines', published: '2019-03-04' });
  });

  it('reads .json with its metadata', () => {
    const [a] = articles(load('x.json', JSON.stringify({ id: 'abc/1', text: 'Body', title: 'T', published: '2020-02-03', outlet: 'NK News', url: 'u' })));
    expect(a).toMatchObject({ id: 'abc_1', text: 'Body', title: 'T', published: '2020-02-03', outlet: 'NK News', url: 'u' });
  });

  it('reads .jsonl line by line; a bad line is an error naming its line, the rest still load', () => {
    const items = load('batch.jsonl', `{"text":"one"}\n{not json\n\n{"id":"k","text":"three"}\n{"title":"no text"}\n`);
    expect(articles(items).map((a) => a.id)).toEqual(['batch-1', 'k']);
    expect(errors(items).map((e) => [e.line, e.reason.split(':')[0]])).toEqual([[2, 'malformed JSON'], [5, 'text']]);
  });

  it.each([
    ['empty file', 'a.txt', '', /empty file/],
    ['white space only', 'a.txt', ' \n\t\n', /empty file/],
    ['binary', 'a.txt', Buffer.from([0x41, 0x00, 0x42]), /binary file/],
    ['malformed JSON', 'a.json', '{"text": ', /malformed JSON/],
    ['JSON without text', 'a.json', '{"title": "x"}', /text/],
  ])('rejects %s with a reason', (_name, file, content, reason) => {
    const [e] = errors(load(file, content));
    expect(e?.reason).toMatch(reason);
    expect(e?.file).toMatch(new RegExp(`${file.replace('.', '\\.')}$`));
  });

  it('skips a file over --max-bytes', () => {
    expect(errors(load('big.txt', 'x'.repeat(2000), { maxBytes: 1000 }))[0]?.reason).toMatch(/over --max-bytes 1000/);
  });

  it('decodes BOMs and UTF-16, and warns on invalid UTF-8', () => {
    expect(articles(load('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hyesan')])))[0]?.text).toBe('Hyesan');
    expect(articles(load('b.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hyesan', 'utf16le')])))[0]?.text).toBe('Hyesan');
    const bad = load('c.txt', Buffer.from([0x48, 0x79, 0xff, 0x65]));
    expect(articles(bad)[0]?.text).toBe('Hy\ufffde');
    expect(bad[0] && 'warning' in bad[0] ? bad[0].warning?.reason : null).toMatch(/invalid UTF-8/);
  });

  it('lists input files recursively in sorted order and survives symlink loops', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'z.txt'), 'z');
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'notes.csv'), 'ignored');
    symlinkSync(dir, join(dir, 'b', 'loop'));
    const { files, errors: errs } = listInputFiles(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b/z.txt']);
    expect(errs.map((e) => e.reason)).toEqual(['directory symlink loop, skipped']);
  });

  it.each([
    ['plain-id_1.0', 'plain-id_1.0'],
    ['spaces and ünïcode', 'spaces_and__n_code'],
    ['../../etc/passwd', '__.._etc_passwd'],
    ['.hidden', '_hidden'],
  ])('makes a safe id of %j', (raw, id) => {
    expect(safeId(raw)).toBe(id);
    expect(safeId(raw)).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/);
  });
});
