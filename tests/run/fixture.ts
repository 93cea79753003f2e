/**
 * A small generated corpus and rule set for the batch tests, written here (not taken from
 * input/): a few sentences varied by the benchmark's generator into as many articles as a
 * test needs, and the CLI run as a child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles, writeCorpus } from '../../src/bench/corpus.js';
import type { Article } from '../../src/types.js';
import { CLI_TIMEOUT_MS, ROOT, rulesDir, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

export const nkie = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });

export const PLACES = `kind: gazetteer
entries:
  - { id: ryanggang, type: PLACE, canonical: Ryanggang Province, level: province, country: KP }
  - { id: north-hamgyong, type: PLACE, canonical: North Hamgyong Province, level: province, country: KP }
  - { id: hyesan, type: PLACE, canonical: Hyesan, level: city, province: ryanggang, country: KP }
  - { id: kimjongsuk, type: PLACE, canonical: Kimjongsuk, level: county, province: ryanggang, country: KP }
  - { id: hoeryong, type: PLACE, canonical: Hoeryong, level: city, province: north-hamgyong, country: KP }
  - { id: musan, type: PLACE, canonical: Musan, level: county, province: north-hamgyong, country: KP }
  - { id: chongjin, type: PLACE, canonical: Chongjin, level: city, province: north-hamgyong, country: KP }
  - { id: mss, type: ORG, canonical: Ministry of State Security, kind: security, acronym: MSS }
  - { id: meth, type: DRUG, canonical: methamphetamine, class: stimulant, aliases: [meth, ice] }
  - { id: rtl, type: PENALTY, canonical: reform through labor, kind: reform_through_labor, aliases: [labor camp] }
  - { id: labor-training, type: PENALTY, canonical: labor training, kind: labor_training }
`;

export const LEXICON = `kind: lexicon
entries:
  - id: korean-surnames
    words: [Kim, Park, Choi, Ri, Han, Jang]
`;

export function testRules(extra: Record<string, string> = {}): string {
  return rulesDir({ 'places.yaml': PLACES, 'lexicon.yaml': LEXICON, ...extra });
}

// Written for these tests: the kind of sentence the pipeline reads, not copied from any article.
const SOURCES: Article[] = [
  ['Smugglers held in Hyesan', 'Police in Hyesan arrested three smugglers on March 4, 2021, seizing 2 kilograms of meth worth 15,000 yuan.\nThe Ministry of State Security questioned their families in Kimjongsuk County.'],
  ['Border guards bribed', 'Residents of Musan County said border guards were paid 3,000 dollars to look away in early 2019.\nKim Chol Su, a defector from Chongjin, said 12 people were detained.'],
  ['Trader sentenced', 'A court in Hoeryong sentenced a trader to 5 years in a labor camp and her supplier to life imprisonment.\nHer son got two months of labor training.\nThe MSS said the trader had sold ice to students in Chongjin on June 12.'],
].map(([title, body], i) => ({ id: `s${i}`, source: `s${i}.txt`, text: `${title}\n${body}`, titleFromFirstLine: true }));

const VOCABULARY = {
  places: new Map([['city', ['Hyesan', 'Hoeryong', 'Chongjin']], ['county', ['Kimjongsuk', 'Musan']]]),
  surnames: ['Kim', 'Park', 'Choi', 'Jang'],
};

/** `articles` generated articles. */
export const testArticles = (articles: number, seed = 7): Article[] => [...generateArticles(SOURCES, VOCABULARY, { articles, seed })];

/** A corpus directory of `articles` generated articles in JSON Lines files of `perFile`. */
export function testCorpus(articles: number, perFile = 10, seed = 7): string {
  const dir = tempDir('nkie-corpus-');
  writeCorpus(dir, testArticles(articles, seed), perFile);
  return dir;
}

export const AGGREGATES = ['documents.jsonl', 'entities.csv', 'relations.csv', 'events.csv', 'entity-table.csv', 'errors.jsonl', 'event-table.csv'];

/** Every output file but run.json (or only the named aggregates, and the article files), by name: what must be byte-identical between equivalent runs. */
export function outputFiles(dir: string, aggregates: readonly string[] = AGGREGATES): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of aggregates) files[f] = readFileSync(join(dir, f), 'utf8');
  const articles = join(dir, 'articles');
  if (existsSync(articles)) for (const f of readdirSync(articles).sort()) files[`articles/${f}`] = readFileSync(join(articles, f), 'utf8');
  return files;
}

export const runJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as Record<string, unknown>;

export const documentIds = (dir: string) =>
  readFileSync(join(dir, 'documents.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
