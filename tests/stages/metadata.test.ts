import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFile } from '../../src/input/load.js';
import { createPipeline } from '../../src/pipeline.js';
import { mergeSpans } from '../../src/stages/doc.js';
import type { Article } from '../../src/types.js';
import { pipeline, rulesDir, tempDir } from '../helpers.js';

// no gazetteer: the stages alone, independent of the rule files being edited
const pipe = createPipeline({ rulesDir: rulesDir({ 'empty.yaml': 'kind: lexicon\nentries: []\n' }) });
const run = (text: string, meta: Partial<Article> = {}) => pipe.process({ id: 't', source: 't.txt', text, ...meta });

const UPI = [
  'Security agent dismissed for drug trafficking',
  '',
  'By Elizabeth Shim | May 8, 2018 at 12:07 PM',
  'May 7 (UPI) -- A security agent was dismissed on Wednesday, a source told Radio Free Asia.',
].join('\n');

describe('metadata stage', () => {
  test('title, author, outlet and publication date from the text', () => {
    const d = run(UPI, { titleFromFirstLine: true });
    expect([d.title, d.author, d.outlet, d.published]).toEqual(['Security agent dismissed for drug trafficking', 'Elizabeth Shim', 'UPI', '2018-05-07']);
  });

  test('the title is the first line only for plain-text articles', () => {
    expect(run(UPI).title).toBeNull();
  });

  test('loader fields win over the text', () => {
    const d = run(UPI, { title: 'T', author: 'A', outlet: 'Daily NK', published: '2018-05-09' });
    expect([d.title, d.author, d.outlet, d.published]).toEqual(['T', 'A', 'Daily NK', '2018-05-09']);
  });

  test('a first paragraph with no headline line gives a cut title, a headline stays whole', () => {
    const paragraph = 'Police in Hyesan arrested five smugglers at the Yalu River last Tuesday, a source told Daily NK. The suspects were handed over to the security ministry.';
    expect(run(paragraph, { titleFromFirstLine: true }).title).toBe('Police in Hyesan arrested five smugglers at the Yalu River last Tuesday, a source told Daily NK.');
    expect(run(UPI, { titleFromFirstLine: true }).title).toBe('Security agent dismissed for drug trafficking');
  });

  test('front matter wins over the byline and dateline, and offsets are those of the body', () => {
    const dir = tempDir();
    const front = ['---', 'title: Agent dismissed', 'published: 2018-05-09', 'outlet: Daily NK', 'author: Kim Chol', '---', ''].join('\n');
    writeFileSync(join(dir, 'upi.txt'), `${front}${UPI}\nHe worked in Hoeryong.\n`);
    const [item] = loadFile(join(dir, 'upi.txt'), dir, { maxBytes: 1 << 20 });
    if (!item || !('article' in item)) throw new Error('the article did not load');
    const d = pipeline().process(item.article);
    expect([d.title, d.author, d.outlet, d.published]).toEqual(['Agent dismissed', 'Kim Chol', 'Daily NK', '2018-05-09']);
    expect(d.text.startsWith('Security agent dismissed')).toBe(true);
    expect(d.entities.map((e) => e.text)).toContain('Hoeryong');
    for (const e of d.entities) expect(d.text.slice(e.start, e.end)).toBe(e.text);
  });

  test('the byline is metadata, not content; the dateline is content', () => {
    const d = run(UPI);
    const texts = d.entities.map((e) => e.text);
    expect(texts).not.toContain('Elizabeth Shim');
    expect(texts).not.toContain('May 8, 2018');
    expect(d.entities.find((e) => e.text === 'May 7')).toMatchObject({ type: 'DATE', canonical: '2018-05-07' });
    // the same words in content are entities
    const content = run('A headline\nElizabeth Shim wrote about it on May 8, 2018.').entities.map((e) => e.text);
    expect(content).toEqual(expect.arrayContaining(['Elizabeth Shim', 'May 8, 2018']));
  });

  test('the publication date resolves weekdays in the content', () => {
    const wednesday = run(UPI).entities.find((e) => e.type === 'DATE' && e.text === 'Wednesday');
    expect(wednesday?.text).toBe('Wednesday');
    expect(wednesday?.canonical).toBe('2018-05-02');
  });

  test.each([
    ['no byline or date line', 'A headline\nPolice arrested five dealers on Wednesday in Hyesan.'],
    ['a date inside a sentence', 'A headline\nPolice arrested five dealers on May 7, 2018, in Hyesan.'],
  ])('never guessed: %s', (_, text) => {
    expect(run(text).published).toBeNull();
  });
});

describe('mergeSpans', () => {
  test.each([
    [[{ start: 0, end: 5 }], [{ start: 10, end: 12 }], [{ start: 0, end: 5 }, { start: 10, end: 12 }]],
    [[{ start: 10, end: 20 }], [{ start: 0, end: 5 }], [{ start: 0, end: 5 }, { start: 10, end: 20 }]],
    [[{ start: 0, end: 10 }], [{ start: 5, end: 15 }], [{ start: 0, end: 15 }]],
    [[{ start: 0, end: 10 }], [{ start: 2, end: 4 }], [{ start: 0, end: 10 }]],
    [[], [], []],
  ])('%j + %j → %j', (a, b, merged) => {
    expect(mergeSpans(a, b)).toEqual(merged);
  });

  test('inputs are not modified', () => {
    const a = [{ start: 0, end: 10 }];
    mergeSpans(a, [{ start: 5, end: 15 }]);
    expect(a).toEqual([{ start: 0, end: 10 }]);
  });
});
