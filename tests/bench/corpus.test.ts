import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles, random, sourceArticles, vocabularyOf, writeCorpus, type Vocabulary } from '../../src/bench/corpus.js';
import type { Article } from '../../src/types.js';
import { rulesDir, tempDir } from '../helpers.js';

// Written for these tests.
const SOURCES: Article[] = [
  { id: 's0', source: 's0.txt', titleFromFirstLine: true, text: 'Arrests in Hyesan\nPolice in Hyesan held 3 traders on March 4, 2021 with 250 grams of meth.\nKim Chol said so.' },
  { id: 's1', source: 's1.json', title: 'Fines', published: '2019-06-01', outlet: 'Example News', text: 'Officials in Musan County fined 12 residents 50,000 won each in 2018.' },
];
const VOCAB: Vocabulary = {
  places: new Map([['city', ['Hyesan', 'Chongjin', 'Hoeryong']], ['county', ['Musan', 'Onsong']]]),
  surnames: ['Kim', 'Park', 'Choi'],
};
const generate = (n: number, seed = 1) => [...generateArticles(SOURCES, VOCAB, { articles: n, seed })];

describe('random', () => {
  it('is a deterministic generator of numbers in [0, 1)', () => {
    const a = random(42);
    const b = random(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(random(43)()).not.toBe(random(42)());
  });
});

describe('generateArticles', () => {
  it('makes the requested number of articles with unique ids, the same for the same seed', () => {
    const articles = generate(50);
    expect(articles).toHaveLength(50);
    expect(new Set(articles.map((a) => a.id)).size).toBe(50);
    expect(generate(50)).toEqual(articles);
    expect(generate(50, 2).map((a) => a.text)).not.toEqual(articles.map((a) => a.text));
  });

  it('varies places within their level, surnames, numbers and months, and keeps the rest', () => {
    const texts = generate(60).map((a) => a.text);
    expect(new Set(texts).size).toBeGreaterThan(50);
    const placeOf = (t: string) => /Police in (\w+) held/.exec(t)?.[1];
    const seen = new Set(texts.map(placeOf).filter(Boolean));
    expect([...seen].every((p) => VOCAB.places.get('city')!.includes(p!))).toBe(true);
    expect(seen.size).toBeGreaterThan(1);
    expect(texts.some((t) => /^(Park|Choi) Chol said so\.$/m.test(t))).toBe(true);
    expect(texts.every((t) => /traders|residents/.test(t))).toBe(true);
    for (const t of texts) for (const m of t.matchAll(/(\d+) grams/g)) expect(m[1]).toMatch(/^[1-9]\d{2}$/);
  });

  it('sometimes appends the body of a second article, and dates the published ones', () => {
    const articles = generate(40);
    expect(articles.some((a) => a.text.split('\n').length > 4)).toBe(true);
    for (const a of articles.filter((x) => x.published)) expect(a.published).toMatch(/^20[0-2]\d-06-01$/);
  });
});

describe('writeCorpus', () => {
  it('writes JSON Lines files of the given size that the loader reads back', () => {
    const dir = tempDir();
    const files = writeCorpus(dir, generate(25), 10);
    expect(files).toMatchObject({ files: 3, articles: 25 });
    expect(readdirSync(dir).sort()).toEqual(['corpus-0000.jsonl', 'corpus-0001.jsonl', 'corpus-0002.jsonl']);
    expect(readFileSync(join(dir, 'corpus-0002.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);
    const back = sourceArticles(dir);
    expect(back.map((a) => a.text)).toEqual(generate(25).map((a) => a.text));
    expect(files.bytes).toBe(back.reduce((n, a) => n + Buffer.byteLength(a.text), 0));
  });
});

describe('vocabularyOf', () => {
  it('takes place names by level and the longer surnames from the rules', () => {
    const dir = rulesDir({
      'p.yaml': 'kind: gazetteer\nentries:\n  - { id: a, type: PLACE, canonical: Hyesan, level: city, country: KP }\n  - { id: b, type: PLACE, canonical: Musan, level: county, country: KP }\n  - { id: c, type: ORG, canonical: Ministry of State Security, kind: security }\n',
      'l.yaml': 'kind: lexicon\nentries:\n  - { id: korean-surnames, words: [Kim, So, Park, O] }\n',
    });
    const v = vocabularyOf(dir);
    expect([...v.places]).toEqual([['city', ['Hyesan']], ['county', ['Musan']]]);
    expect(v.surnames).toEqual(['Kim', 'Park']);
  });
});
