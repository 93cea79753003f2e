/**
 * check: runs the pipeline over the input articles that have a gold file and scores the
 * result at four levels (mentions exact, mentions partial, distinct entities per article,
 * relations), listing every miss and every spurious item. Articles and gold files that
 * cannot be paired, and gold files that are invalid, are reported and not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { JsonLineReader, listInputFiles, loadFile, STDIN, type InputError, type LoadItem } from '../input/load.js';
import { createPipeline, VERSION } from '../pipeline.js';
import { DEFAULT_MAX_BYTES, InputUnavailableError } from '../run.js';
import { ENTITY_TYPES, RELATION_TYPES, type Article, type Document, type EntityType, type RelationType } from '../types.js';
import { alignExact, alignPartial, compareKeyed, nearest, type Mention } from './align.js';
import { checkGoldAgainstText, loadGoldDir, type Gold, type GoldProblem } from './gold.js';
import { entityKey, relationKey, type EntityKey, type Keyable } from './keys.js';
import { Tally, type LevelScores } from './score.js';

export interface CheckOptions {
  gold: string;
  input: string;
  rules: string;
  maxBytes?: number;
}

/** Nothing can be checked: the gold directory is missing or unreadable. */
export class GoldUnavailableError extends Error {}

export interface Located {
  type: EntityType;
  text: string;
  start: number;
  end: number;
}

/** An entity mention; `near` is the overlapping item of the other side, if any (a boundary or type error). */
export interface MentionItem extends Located {
  article: string;
  near: Located | null;
}

/** A distinct entity of an article: its normalized name and its first mention. */
export interface EntityItem extends Located {
  article: string;
  name: string;
}

export interface RelationItem {
  article: string;
  type: RelationType;
  subject: Located & { name: string };
  object: Located & { name: string };
}

export interface Differences<T> {
  missed: T[];
  spurious: T[];
}

export interface Levels {
  mentionExact: LevelScores;
  mentionPartial: LevelScores;
  document: LevelScores;
  relations: LevelScores;
}

export const LEVEL_NAMES: Readonly<Record<keyof Levels, string>> = {
  mentionExact: 'mention exact',
  mentionPartial: 'mention partial',
  document: 'document',
  relations: 'relations',
};

export interface CheckResult {
  nkie: string;
  rulesFingerprint: string;
  gold: string;
  input: string;
  rules: string;
  /** ids of the scored articles, sorted */
  articles: string[];
  notScored: {
    withoutGold: { id: string; source: string }[];
    goldWithoutArticle: { id: string; file: string }[];
    invalidGold: GoldProblem[];
    inputErrors: InputError[];
  };
  levels: Levels;
  differences: {
    mentions: Differences<MentionItem>;
    entities: Differences<EntityItem>;
    relations: Differences<RelationItem>;
  };
}

type Scorable = Keyable & Mention & { id: string; text: string; type: EntityType };

const span = (e: Scorable): Located => ({ type: e.type, text: e.text, start: e.start, end: e.end });

/** Standard input's articles (`--input -`), read whole: the check holds every article anyway. */
function stdinItems(maxBytes: number): LoadItem[] {
  const reader = new JsonLineReader({ maxBytes });
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (e) {
    throw new InputUnavailableError(`${STDIN}: cannot read standard input (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return [...reader.push(bytes), ...reader.end()];
}

function loadArticles(input: string, maxBytes: number): { articles: Map<string, Article>; errors: InputError[] } {
  if (input === STDIN) return collect(stdinItems(maxBytes), []);
  if (!existsSync(input)) throw new InputUnavailableError(`${input}: input not found`);
  let listing;
  try {
    listing = listInputFiles(input);
  } catch (e) {
    throw new InputUnavailableError(`${input}: cannot read input (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return collect(listing.files.flatMap((file) => loadFile(file, input, { maxBytes })), listing.errors);
}

function collect(items: LoadItem[], listingErrors: InputError[]): { articles: Map<string, Article>; errors: InputError[] } {
  const errors = [...listingErrors];
  const articles = new Map<string, Article>();
  for (const item of items) {
    if ('error' in item) errors.push(item.error);
    else if (articles.has(item.article.id)) errors.push({ file: item.file, line: item.line, reason: `duplicate article id "${item.article.id}" (first from ${articles.get(item.article.id)!.source}); skipped` });
    else articles.set(item.article.id, item.article);
  }
  return { articles, errors };
}

/** Distinct entities by document-level key, each represented by its first mention. */
function distinct(entities: readonly Scorable[]): Map<string, { key: EntityKey; first: Scorable }> {
  const out = new Map<string, { key: EntityKey; first: Scorable }>();
  for (const e of [...entities].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = entityKey(e);
    if (!out.has(key.key)) out.set(key.key, { key, first: e });
  }
  return out;
}

function relationsByKey(article: string, entities: readonly Scorable[], relations: readonly { type: RelationType; subject: string; object: string }[]): Map<string, RelationItem> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = new Map<string, RelationItem>();
  for (const r of relations) {
    const s = byId.get(r.subject);
    const o = byId.get(r.object);
    // parseGold and the pipeline guarantee both ends; the check only narrows the type
    if (s === undefined || o === undefined) continue;
    const sk = entityKey(s);
    const ok = entityKey(o);
    const key = relationKey(r.type, sk, ok);
    if (!out.has(key)) out.set(key, { article, type: r.type, subject: { ...span(s), name: sk.name }, object: { ...span(o), name: ok.name } });
  }
  return out;
}

export function check(options: CheckOptions): CheckResult {
  let goldDir;
  try {
    goldDir = loadGoldDir(options.gold);
  } catch (e) {
    throw new GoldUnavailableError(`${options.gold}: cannot read the gold directory (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const { files, problems } = goldDir;
  const pipeline = createPipeline({ rulesDir: options.rules });
  const { articles, errors: inputErrors } = loadArticles(options.input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const invalidGold = [...problems];
  // an article whose gold file is invalid has gold: it is reported once, as invalid gold
  const goldIds = new Set([...files.map((f) => f.gold.id), ...problems.map((p) => p.id)]);

  const tallies = {
    mentionExact: new Tally(ENTITY_TYPES),
    mentionPartial: new Tally(ENTITY_TYPES),
    document: new Tally(ENTITY_TYPES),
    relations: new Tally(RELATION_TYPES),
  };
  const differences: CheckResult['differences'] = {
    mentions: { missed: [], spurious: [] },
    entities: { missed: [], spurious: [] },
    relations: { missed: [], spurious: [] },
  };
  const scored: string[] = [];
  const goldWithoutArticle: CheckResult['notScored']['goldWithoutArticle'] = [];

  for (const { file, gold } of [...files].sort((a, b) => (a.gold.id < b.gold.id ? -1 : 1))) {
    const article = articles.get(gold.id);
    if (article === undefined) {
      goldWithoutArticle.push({ id: gold.id, file });
      continue;
    }
    let doc: Document;
    try {
      doc = pipeline.process(article);
    } catch (e) {
      inputErrors.push({ file: article.source, line: null, reason: `internal error while processing "${article.id}": ${(e as Error).message}` });
      continue;
    }
    const mismatches = checkGoldAgainstText(gold, article.source, doc.text);
    if (mismatches.length > 0) {
      invalidGold.push(...mismatches.map((reason) => ({ id: gold.id, file, reason })));
      continue;
    }
    scoreArticle(gold, doc, tallies, differences);
    scored.push(gold.id);
  }

  return {
    nkie: VERSION,
    rulesFingerprint: pipeline.rules.fingerprint,
    gold: options.gold,
    input: options.input,
    rules: options.rules,
    articles: scored,
    notScored: {
      withoutGold: [...articles.values()].filter((a) => !goldIds.has(a.id)).map((a) => ({ id: a.id, source: a.source })).sort((a, b) => (a.id < b.id ? -1 : 1)),
      goldWithoutArticle,
      invalidGold,
      inputErrors,
    },
    levels: {
      mentionExact: tallies.mentionExact.scores(),
      mentionPartial: tallies.mentionPartial.scores(),
      document: tallies.document.scores(),
      relations: tallies.relations.scores(),
    },
    differences,
  };
}

function scoreArticle(gold: Gold, doc: Document, tallies: Record<keyof Levels, Tally>, differences: CheckResult['differences']): void {
  const article = doc.id;
  const goldEntities: readonly Scorable[] = gold.entities;
  const predEntities: readonly Scorable[] = doc.entities;

  const exact = alignExact(goldEntities, predEntities);
  for (const [g] of exact.matched) tallies.mentionExact.add(g.type, { tp: 1 });
  for (const g of exact.missed) {
    tallies.mentionExact.add(g.type, { fn: 1 });
    const near = nearest(g, predEntities);
    differences.mentions.missed.push({ article, ...span(g), near: near && span(near) });
  }
  for (const p of exact.spurious) {
    tallies.mentionExact.add(p.type, { fp: 1 });
    const near = nearest(p, goldEntities);
    differences.mentions.spurious.push({ article, ...span(p), near: near && span(near) });
  }

  const partial = alignPartial(goldEntities, predEntities);
  for (const [g] of partial.matched) tallies.mentionPartial.add(g.type, { tp: 1 });
  for (const g of partial.missed) tallies.mentionPartial.add(g.type, { fn: 1 });
  for (const p of partial.spurious) tallies.mentionPartial.add(p.type, { fp: 1 });

  const entityItem = ({ key, first }: { key: EntityKey; first: Scorable }): EntityItem => ({ article, ...span(first), name: key.name });
  const entities = compareKeyed(distinct(goldEntities), distinct(predEntities));
  for (const [g] of entities.matched) tallies.document.add(g.key.type, { tp: 1 });
  for (const g of entities.missed) {
    tallies.document.add(g.key.type, { fn: 1 });
    differences.entities.missed.push(entityItem(g));
  }
  for (const p of entities.spurious) {
    tallies.document.add(p.key.type, { fp: 1 });
    differences.entities.spurious.push(entityItem(p));
  }

  const relations = compareKeyed(relationsByKey(article, goldEntities, gold.relations), relationsByKey(article, predEntities, doc.relations));
  for (const [g] of relations.matched) tallies.relations.add(g.type, { tp: 1 });
  for (const g of relations.missed) {
    tallies.relations.add(g.type, { fn: 1 });
    differences.relations.missed.push(g);
  }
  for (const p of relations.spurious) {
    tallies.relations.add(p.type, { fp: 1 });
    differences.relations.spurious.push(p);
  }
}
