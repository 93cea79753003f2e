import { describe, expect, test } from 'vitest';
import { parseFrontMatter, publishedDay } from '../../src/input/front-matter.js';

const BODY = 'Hyesan arrests\nPolice in Hyesan arrested five smugglers.\n';

describe('front matter', () => {
  test('every known key, and the body after the closing line', () => {
    const text = [
      '---',
      'title: Five smugglers arrested',
      'published: 2021-03-04',
      'outlet: Daily NK',
      'url: https://example.org/news/1',
      'author: "Kim Chol"',
      '---',
      BODY,
    ].join('\n');
    expect(parseFrontMatter(text)).toEqual({
      ok: true,
      body: BODY,
      fields: { title: 'Five smugglers arrested', published: '2021-03-04', outlet: 'Daily NK', url: 'https://example.org/news/1', author: 'Kim Chol' },
      warnings: [],
    });
  });

  test.each([
    ['no front matter', BODY],
    ['a rule further down', `${BODY}---\ntitle: x\n---\n`],
    ['"---" after a blank first line', `\n---\ntitle: x\n---\n${BODY}`],
    ['a longer rule', `-----\ntitle: x\n-----\n${BODY}`],
  ])('none: %s', (_name, text) => {
    expect(parseFrontMatter(text)).toBeNull();
  });

  test('CRLF line ends, trailing spaces on the delimiters, an empty front matter', () => {
    expect(parseFrontMatter('--- \r\ntitle: T\r\n---\t\r\nBody.\r\n')).toMatchObject({ ok: true, body: 'Body.\r\n', fields: { title: 'T' } });
    expect(parseFrontMatter('---\n---\nBody.')).toEqual({ ok: true, body: 'Body.', fields: {}, warnings: [] });
  });

  test('an empty value is not stated', () => {
    expect(parseFrontMatter('---\ntitle:\nauthor: "  "\n---\nBody.')).toMatchObject({ ok: true, fields: {} });
  });

  test('an unknown key is a warning naming the key and its line; the known keys still count', () => {
    const r = parseFrontMatter('---\ntitle: T\nlayout: post\ntags: [a, b]\n---\nBody.');
    expect(r).toMatchObject({ ok: true, fields: { title: 'T' } });
    expect(r?.ok && r.warnings.map((w) => [w.line, w.reason.match(/"(\w+)"/)?.[1]])).toEqual([[3, 'layout'], [4, 'tags']]);
  });

  test.each([
    ['never closed', '---\ntitle: T\nBody.', 1, /never closed/],
    ['invalid YAML', '---\ntitle: T\nauthor: [Kim\n---\nBody.', 3, /invalid YAML/],
    ['a key twice', '---\ntitle: T\ntitle: U\n---\nBody.', 3, /invalid YAML: .*unique/],
    ['not key: value lines', '---\n- title\n- T\n---\nBody.', 2, /key: value/],
    ['a date that is no ISO date', '---\ntitle: T\npublished: March 4, 2021\n---\nBody.', 3, /published: "March 4, 2021" is not an ISO date/],
    ['a day that does not exist', '---\npublished: 2021-02-30\n---\nBody.', 2, /published: "2021-02-30"/],
    ['a number for a title', '---\ntitle: 1984\n---\nBody.', 2, /title: expected text, got the number 1984 \(quote it/],
    ['a list for an author', '---\nauthor: [Kim, Ri]\n---\nBody.', 2, /author: expected text, got a list/],
    ['a relative url', '---\nurl: news/1.html\n---\nBody.', 2, /url: "news\/1.html" is not an absolute URL/],
  ])('fails: %s, naming the line', (_name, text, line, reason) => {
    const r = parseFrontMatter(text);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) {
      expect(r.problem.line).toBe(line);
      expect(r.problem.reason).toMatch(reason);
    }
  });
});

describe('publishedDay', () => {
  test.each([
    ['2021-03-04', '2021-03-04'],
    ['2021-03-04T10:00', '2021-03-04'],
    ['2021-03-04T23:30:00Z', '2021-03-04'],
    ['2021-03-04T23:30:00.5+09:00', '2021-03-04'],
    ['2021-03-04T01:30:00-0500', '2021-03-04'],
  ])('%s → %s (the day as written)', (value, day) => {
    expect(publishedDay(value)).toBe(day);
  });

  test.each(['2021-3-4', '04/03/2021', '2021-13-01', '2021-02-29', '2021-03-04 10:00', '2021-03-04T10', '2021-03-04Tnoon', 'yesterday'])('not a date: %s', (value) => {
    expect(publishedDay(value)).toBeNull();
  });
});
