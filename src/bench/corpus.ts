/**
 * The benchmark corpus: the input articles repeated and varied, deterministically from a
 * seed. Each generated article is a source article, sometimes followed by the body of a
 * second one, with its place names swapped for other places of the same level from the
 * rules, Korean surnames for other surnames, numbers for other numbers of the same length,
 * years and month names for others. The varied tokens keep wink-nlp's and the finders'
 * caches honest, and the swapped names keep the gazetteer busy across the whole rule set.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listInputFiles, loadFile } from '../input/load.js';
import { readRules } from '../rules/load.js';
import type { Article } from '../types.js';

/** mulberry32: a small, fast, seedable generator; the corpus must be the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Vocabulary {
  /** place names by level, as the rules write them (designators stripped where the rules add them) */
  places: Map<string, string[]>;
  surnames: string[];
}

/** Place names and surnames from a rules directory. */
export function vocabularyOf(rulesDir: string): Vocabulary {
  const rules = readRules(rulesDir);
  const places = new Map<string, string[]>();
  for (const { value: e } of rules.gazetteer) {
    if (e.type !== 'PLACE' || !/^[A-Z][A-Za-z' -]+$/.test(e.canonical)) continue;
    const list = places.get(e.level) ?? [];
    list.push(e.canonical);
    places.set(e.level, list);
  }
  const surnames = rules.lexicon.find((l) => l.value.id === 'korean-surnames')?.value.words ?? [];
  // short surnames are also English words ("So", "No", "Do"): leave them alone
  return { places, surnames: surnames.filter((s) => s.length >= 3 && /^[A-Z][a-z]+$/.test(s)) };
}

/** Every article of a directory or file, as the loader reads them. */
export function sourceArticles(input: string): Article[] {
  const out: Article[] = [];
  for (const file of listInputFiles(input).files) {
    for (const item of loadFile(file, input, { maxBytes: Number.MAX_SAFE_INTEGER })) if ('article' in item) out.push(item.article);
  }
  if (out.length === 0) throw new Error(`${input}: no articles to build a corpus from`);
  return out;
}

export interface CorpusOptions {
  articles: number;
  seed: number;
}

/** A function that varies one text, built once for a vocabulary. */
function varier(vocab: Vocabulary): (text: string, rnd: () => number) => string {
  const levelOf = new Map<string, string>();
  for (const [level, names] of vocab.places) for (const n of names) levelOf.set(n, level);
  const names = [...levelOf.keys(), ...vocab.surnames].sort((a, b) => b.length - a.length).map(escape);
  const NAME = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'g') : null;
  const surnames = new Set(vocab.surnames);
  const MONTH = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g');
  const YEAR = /\b(?:19[5-9]\d|20[0-2]\d)\b/g;
  const NUMBER = /\d+/g;
  return (text, rnd) => {
    let t = NAME
      ? text.replace(NAME, (m) => {
        if (surnames.has(m)) return pick(rnd, vocab.surnames);
        return pick(rnd, vocab.places.get(levelOf.get(m)!)!);
      })
      : text;
    t = t.replace(MONTH, () => pick(rnd, MONTHS));
    t = t.replace(YEAR, () => String(2000 + Math.floor(rnd() * 25)));
    t = t.replace(NUMBER, (m) => {
      if (/^(?:19|20)\d\d$/.test(m)) return m;
      let s = m.length > 1 ? String(1 + Math.floor(rnd() * 9)) : '';
      while (s.length < m.length) s += String(Math.floor(rnd() * 10));
      return s;
    });
    return t;
  };
}

/** The body of an article without its first line (the title of a .txt article). */
const body = (text: string) => text.slice(text.indexOf('\n') + 1);

/** Generated articles, one at a time: article i depends only on the seed and i. */
export function* generateArticles(sources: readonly Article[], vocab: Vocabulary, opts: CorpusOptions): Generator<Article> {
  const vary = varier(vocab);
  for (let i = 0; i < opts.articles; i++) {
    const rnd = random(opts.seed * 1_000_003 + i);
    const base = sources[i % sources.length]!;
    let text = vary(base.text, rnd);
    if (rnd() < 0.5) text += '\n\n' + vary(body(pick(rnd, sources).text), rnd);
    const title = base.title ?? (base.titleFromFirstLine ? text.slice(0, text.indexOf('\n')).trim() || null : null);
    const published = base.published ? `${2005 + Math.floor(rnd() * 20)}${base.published.slice(4)}` : null;
    yield { id: `gen-${String(i).padStart(6, '0')}`, source: 'corpus', text, title, published, outlet: base.outlet ?? null, url: null };
  }
}

export interface CorpusFiles {
  dir: string;
  files: number;
  articles: number;
  /** UTF-8 bytes of the article texts */
  bytes: number;
}

/** Writes the articles as JSON Lines files of `perFile` articles each, holding one file's worth in memory. */
export function writeCorpus(dir: string, articles: Iterable<Article>, perFile = 1000): CorpusFiles {
  mkdirSync(dir, { recursive: true });
  let lines: string[] = [];
  let files = 0;
  let count = 0;
  let bytes = 0;
  const flush = () => {
    if (lines.length === 0) return;
    writeFileSync(join(dir, `corpus-${String(files++).padStart(4, '0')}.jsonl`), lines.join(''));
    lines = [];
  };
  for (const a of articles) {
    lines.push(JSON.stringify({ id: a.id, text: a.text, title: a.title, published: a.published, outlet: a.outlet }) + '\n');
    bytes += Buffer.byteLength(a.text);
    count++;
    if (lines.length >= perFile) flush();
  }
  flush();
  return { dir, files, articles: count, bytes };
}
