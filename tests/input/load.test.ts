import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { JsonLineReader, listInputFiles, loadFile, loadJsonLineStream, safeId, type LoadItem } from '../../src/input/load.js';
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
    expect(bad[0] && 'warnings' in bad[0] ? bad[0].warnings[0]?.reason : null).toMatch(/invalid UTF-8/);
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

  it('reads the front matter of .txt and .md as metadata; the text is the body after it', () => {
    const body = 'Arrests in Hyesan\nPolice arrested five.\n';
    const [a] = articles(load('a.md', `---\ntitle: Five arrested\npublished: 2021-03-04T09:00:00+09:00\nauthor: Kim Chol\n---\n${body}`));
    expect(a).toMatchObject({ id: 'a', source: 'a.md', text: body, title: 'Five arrested', published: '2021-03-04', author: 'Kim Chol', titleFromFirstLine: true });
    expect(a).not.toHaveProperty('outlet');
  });

  it('front matter: an unknown key is a warning naming the file and line; a bad one fails the file with its line', () => {
    const [ok] = load('a.txt', '---\ntitle: T\ncategories: news\n---\nBody.');
    expect(ok && 'article' in ok ? ok.warnings.map((w) => [w.file.endsWith('a.txt'), w.line, w.warning]) : null).toEqual([[true, 3, true]]);
    const [e] = errors(load('b.txt', '---\ntitle: T\npublished: last week\n---\nBody.'));
    expect([e?.file.endsWith('b.txt'), e?.line, e?.reason]).toEqual([true, 3, expect.stringMatching(/published: "last week" is not an ISO date/)]);
    expect(errors(load('c.md', '---\ntitle: T\n---\n\n')).map((x) => x.reason)).toEqual(['no text after the front matter']);
  });

  it('front matter only in plain text: a .json text or .html page starting with "---" is read as before', () => {
    expect(articles(load('a.json', JSON.stringify({ text: '---\ntitle: x\n---\nBody.' })))[0]?.text).toBe('---\ntitle: x\n---\nBody.');
    expect(articles(load('a.html', '---\ntitle: x\n---\n<p>Body.</p>'))[0]?.title).toBeNull();
  });
});

describe('JSON Lines from standard input', () => {
  const read = (chunks: (string | Buffer)[], maxBytes = 1024) => {
    const reader = new JsonLineReader({ maxBytes });
    return [...chunks.flatMap((c) => reader.push(Buffer.from(c))), ...reader.end()];
  };

  it('reads line by line like a .jsonl file named "stdin"; a bad line is an error naming its line', () => {
    const items = read(['{"text":"one"}\n{not json\n\n{"id":"k","text":"three"}\n{"title":"no text"}\n{"text":"six"}']);
    expect(items.map((i) => ('article' in i ? [i.article.id, i.article.source, i.file, i.line] : [i.error.file, i.error.line]))).toEqual([
      ['stdin-1', '<stdin>', '<stdin>', 1],
      ['<stdin>', 2],
      ['k', '<stdin>', '<stdin>', 4],
      ['<stdin>', 5],
      ['stdin-6', '<stdin>', '<stdin>', 6],
    ]);
  });

  it('joins lines split across chunks (CRLF and a UTF-8 character included) and decodes each line on its own', () => {
    const hwaeryong = Buffer.from('{"text":"Hwaery\u014fng"}\n');
    const cut = hwaeryong.indexOf(0x8f); // the second byte of "ŏ"
    const invalid = Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]); // {"text":"<FF>"}
    const items = read(['{"text":"Hye', 'san"}\r', '\n', hwaeryong.subarray(0, cut), hwaeryong.subarray(cut), invalid]);
    expect(articles(items).map((a) => a.text)).toEqual(['Hyesan', 'Hwaery\u014fng', '\ufffd']);
    const warned = items.flatMap((i) => ('article' in i ? i.warnings : []));
    expect(warned.map((w) => [w.line, w.reason])).toEqual([[3, expect.stringMatching(/invalid UTF-8/)]]);
  });

  it('skips a line over --max-bytes without keeping it, and goes on', () => {
    const items = read([`{"text":"${'x'.repeat(500)}`, `${'x'.repeat(600)}"}\n{"text":"short"}\n`]);
    expect(errors(items)).toEqual([{ file: '<stdin>', line: 1, reason: 'line is 1111 bytes, over --max-bytes 1024; skipped' }]);
    expect(articles(items).map((a) => a.id)).toEqual(['stdin-2']);
  });

  it('an empty or blank input is one error', () => {
    for (const input of [[], ['\n \n']]) expect(errors(read(input)).map((e) => e.reason)).toEqual(['no articles: standard input was empty']);
    expect(errors(read(['{"text":"a"}']))).toEqual([]);
  });

  it('streams from a readable', async () => {
    const items: LoadItem[] = [];
    for await (const item of loadJsonLineStream(Readable.from([Buffer.from('{"text":"a"}\n{"te'), Buffer.from('xt":"b"}\n')]), { maxBytes: 100 })) items.push(item);
    expect(articles(items).map((a) => [a.id, a.text])).toEqual([['stdin-1', 'a'], ['stdin-2', 'b']]);
  });
});
