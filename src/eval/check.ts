/**
 * check: runs the pipeline over the input articles that have a gold file and scores the
 * result at six levels (mentions exact, partial and resolved; distinct entities per article;
 * the province of each place found; relations), listing every miss and every spurious item.
 * Every gold file belongs to a set (the fixtures the rules were tuned on, those written
 * without looking, real reporting): each set is scored apart as well as pooled. Articles and
 * gold files that cannot be paired, and gold files that are invalid, are reported and not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, JsonLineReader, listInputFiles, loadFile, STDIN, type InputError, type LoadItem } from '../input/load.js';
import { createPipeline, VERSION } from '../pipeline.js';
import { InputUnavailableError } from '../run.js';
import { ENTITY_TYPES, EVENT_SUBTYPES, RELATION_TYPES, type Article, type Document, type EntityType, type RelationType } from '../types.js';
import { alignExact, alignPartial, compareKeyed, nearest, type Mention } from './align.js';
import { annotatedTypes, checkGoldAgainstText, goldSet, isDocumentGold, loadGoldDir, type AnyGold, type GoldFile, type GoldProblem } from './gold.js';
import { ARGUMENT_ROLES, keyGoldEvent, keyPredictedEvents, MODALITIES, scoreEvents, type EventDifference, type KeyedEvent } from './events.js';
import { entityKey, relationKey, type EntityKey, type Keyable } from './keys.js';
import { Tally, type LevelScores } from './score.js';

export interface CheckOptions {
  gold: string;
  input: string;
  rules: string;
  maxBytes?: number;
  /** a directory of second readings: their gold files are scored in place of the extraction */
  against?: string;
}

/** Nothing can be checked: the gold directory is missing or unreadable. */
export class GoldUnavailableError extends Error {}

/** Where an item was found; document-level gold has no offsets (null). */
export interface Located {
  type: EntityType;
  text: string;
  start: number | null;
  end: number | null;
}

/** An entity mention; `near` is the overlapping item of the other side, if any (a boundary or type error). */
export interface MentionItem extends Located {
  article: string;
  near: Located | null;
}

/** A mention with the right type and span whose canonical name or value is not the gold one. */
export interface ResolutionItem extends Located {
  article: string;
  gold: string;
  predicted: string;
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

/** A missed or spurious event of the headline level (subtype, place, time). */
export interface EventItem extends EventDifference {
  article: string;
}

export interface Differences<T> {
  missed: T[];
  spurious: T[];
}

/** The event levels: present only for a set whose gold has events (never a 1.0 for agreeing on nothing). */
export interface EventLevels {
  events: LevelScores;
  eventsStrict: LevelScores;
  eventArguments: LevelScores;
  modality: LevelScores;
}

export interface Levels extends Partial<EventLevels> {
  mentionExact: LevelScores;
  mentionPartial: LevelScores;
  mentionResolved: LevelScores;
  document: LevelScores;
  province: LevelScores;
  relations: LevelScores;
}

export type LevelName = keyof Levels;

export const EVENT_LEVELS: readonly (keyof EventLevels)[] = ['events', 'eventsStrict', 'eventArguments', 'modality'];

export const LEVEL_NAMES: Readonly<Record<LevelName, string>> = {
  mentionExact: 'mention exact',
  mentionPartial: 'mention partial',
  mentionResolved: 'mention resolved',
  document: 'document',
  province: 'province',
  relations: 'relations',
  events: 'events',
  eventsStrict: 'events +sentence',
  eventArguments: 'event arguments',
  modality: 'event modality',
};

/** The scores of one set of gold files. */
export interface SetScores {
  name: string;
  articles: string[];
  levels: Levels;
}

/** Sets are listed in this order, any other after them by name. */
export const SET_ORDER = ['tuned', 'heldout', 'fixtures', 'real', 'real-heldout'];

export interface CheckResult {
  nkie: string;
  /** null when a second reading is scored (no rules run) */
  rulesFingerprint: string | null;
  gold: string;
  /** the articles' directory, or the second readings' directory when `against` is set */
  input: string;
  rules: string | null;
  /** the second readings' directory, or null when the extraction is scored */
  against: string | null;
  /** ids of the scored articles, sorted */
  articles: string[];
  /** each set of gold files scored apart */
  sets: SetScores[];
  notScored: {
    withoutGold: { id: string; source: string }[];
    goldWithoutArticle: { id: string; file: string }[];
    invalidGold: GoldProblem[];
    inputErrors: InputError[];
  };
  /** all sets pooled */
  levels: Levels;
  differences: {
    mentions: Differences<MentionItem>;
    resolutions: ResolutionItem[];
    entities: Differences<EntityItem>;
    relations: Differences<RelationItem>;
    events: Differences<EventItem>;
  };
}

type Scorable = Keyable & { id: string; text: string; type: EntityType; start: number | null; end: number | null; norm?: unknown };
type Spanned = Scorable & Mention;

const span = (e: Scorable): Located => ({ type: e.type, text: e.text, start: e.start, end: e.end });

/** Document-level gold as scorable items: no offsets, the first surface form (or the canonical name) as text. */
const docGoldEntities = (gold: AnyGold): Scorable[] =>
  isDocumentGold(gold)
    ? gold.entities.map((e, i) => ({ ...e, id: e.id ?? `#${i}`, text: e.seen?.[0] ?? e.canonical, start: null, end: null } as Scorable))
    : gold.entities;

/** Places above the province level (a country, a province or special city itself) have no province to get right. */
const TOP_LEVELS = new Set(['country', 'province', 'special_city']);
const placeNorm = (e: Scorable) => (e.type === 'PLACE' ? (e.norm as { province: string | null; level: string | null }) : null);

/** What is scored against a gold file: the extraction of its article, or another reader's gold file of it. */
interface Reading {
  entities: readonly Scorable[];
  relations: readonly { type: RelationType; subject: string; object: string }[];
  events: KeyedEvent[];
  /** mention levels need offsets on both sides: a document-level second reading has none */
  spanned: boolean;
}

const extractionReading = (doc: Document): Reading => ({ entities: doc.entities, relations: doc.relations, events: keyPredictedEvents(doc), spanned: true });

function secondReading(gold: AnyGold): Reading {
  const entities = docGoldEntities(gold);
  return {
    entities,
    relations: gold.relations,
    events: (gold.events ?? []).map((ev) => keyGoldEvent(ev, entities as (Keyable & { id: string })[])),
    spanned: !isDocumentGold(gold),
  };
}

/** goldEvents and matchedEvents decide which event levels exist (see levelsOf). */
type LevelTallies = Record<LevelName, Tally> & { goldEvents: number; matchedEvents: number };

const newTallies = (): LevelTallies => ({
  goldEvents: 0,
  matchedEvents: 0,
  mentionExact: new Tally(ENTITY_TYPES),
  mentionPartial: new Tally(ENTITY_TYPES),
  mentionResolved: new Tally(ENTITY_TYPES),
  document: new Tally(ENTITY_TYPES),
  province: new Tally(['PLACE']),
  relations: new Tally(RELATION_TYPES),
  events: new Tally(EVENT_SUBTYPES),
  eventsStrict: new Tally(EVENT_SUBTYPES),
  eventArguments: new Tally(ARGUMENT_ROLES),
  modality: new Tally(MODALITIES),
});

/**
 * The event levels exist only where they measure something: events and the strict level when
 * the set has gold events, arguments and modality when at least one event matched (they are
 * scored over matched events). Agreeing on nothing would otherwise score 1.
 */
function levelsOf(t: LevelTallies): Levels {
  const absent = new Set<LevelName>([
    ...(t.goldEvents === 0 ? ['events', 'eventsStrict'] as const : []),
    ...(t.matchedEvents === 0 ? ['eventArguments', 'modality'] as const : []),
  ]);
  return Object.fromEntries((Object.keys(LEVEL_NAMES) as LevelName[]).filter((level) => !absent.has(level)).map((level) => [level, t[level].scores()])) as unknown as Levels;
}

const setRank = (name: string) => (SET_ORDER.includes(name) ? SET_ORDER.indexOf(name) : SET_ORDER.length);

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
  // document-level gold keeps the reader's order; mentions go in text order
  for (const e of [...entities].sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0))) {
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

function readGoldDir(dir: string): { files: GoldFile[]; problems: GoldProblem[] } {
  try {
    return loadGoldDir(dir);
  } catch (e) {
    throw new GoldUnavailableError(`${dir}: cannot read the gold directory (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** The scores of one gold file's reading, pooled and into its set. */
class Scoring {
  readonly pooled = newTallies();
  readonly bySet = new Map<string, { articles: string[]; tallies: LevelTallies }>();
  readonly scored: string[] = [];
  readonly differences: CheckResult['differences'] = {
    mentions: { missed: [], spurious: [] },
    resolutions: [],
    entities: { missed: [], spurious: [] },
    relations: { missed: [], spurious: [] },
    events: { missed: [], spurious: [] },
  };

  add(gold: AnyGold, article: string, reading: Reading): void {
    const name = goldSet(gold);
    const set = this.bySet.get(name) ?? { articles: [], tallies: newTallies() };
    this.bySet.set(name, set);
    scoreArticle(gold, article, reading, [this.pooled, set.tallies], this.differences);
    set.articles.push(gold.id);
    this.scored.push(gold.id);
  }

  sets(): SetScores[] {
    return [...this.bySet].sort(([a], [b]) => setRank(a) - setRank(b) || (a < b ? -1 : 1)).map(([name, s]) => ({ name, articles: s.articles, levels: levelsOf(s.tallies) }));
  }
}

const byId = (a: GoldFile, b: GoldFile) => (a.gold.id < b.gold.id ? -1 : 1);

export function check(options: CheckOptions): CheckResult {
  if (options.against !== undefined) return checkAgainst(options.gold, options.against);
  const { files, problems } = readGoldDir(options.gold);
  const pipeline = createPipeline({ rulesDir: options.rules });
  const { articles, errors: inputErrors } = loadArticles(options.input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const invalidGold = [...problems];
  // an article whose gold file is invalid has gold: it is reported once, as invalid gold
  const goldIds = new Set([...files.map((f) => f.gold.id), ...problems.map((p) => p.id)]);
  const scoring = new Scoring();
  const goldWithoutArticle: CheckResult['notScored']['goldWithoutArticle'] = [];

  for (const { file, gold } of [...files].sort(byId)) {
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
    const mismatches = isDocumentGold(gold) ? [] : checkGoldAgainstText(gold, article.source, doc.text);
    if (mismatches.length > 0) {
      invalidGold.push(...mismatches.map((reason) => ({ id: gold.id, file, reason })));
      continue;
    }
    scoring.add(gold, doc.id, extractionReading(doc));
  }

  return {
    nkie: VERSION,
    rulesFingerprint: pipeline.rules.fingerprint,
    gold: options.gold,
    input: options.input,
    rules: options.rules,
    against: null,
    articles: scoring.scored,
    notScored: {
      withoutGold: [...articles.values()].filter((a) => !goldIds.has(a.id)).map((a) => ({ id: a.id, source: a.source })).sort((a, b) => (a.id < b.id ? -1 : 1)),
      goldWithoutArticle,
      invalidGold,
      inputErrors,
    },
    sets: scoring.sets(),
    levels: levelsOf(scoring.pooled),
    differences: scoring.differences,
  };
}

/**
 * Inter-annotator agreement: each second reading (a gold file of the same id in `against`) is
 * scored as if it were the extraction, at every level both readings can be compared on. A
 * second reading without a gold file of its article is "input without gold"; a gold file
 * without a second reading is not scored.
 */
function checkAgainst(goldDir: string, againstDir: string): CheckResult {
  const { files, problems } = readGoldDir(goldDir);
  const second = readGoldDir(againstDir);
  const seconds = new Map(second.files.map((f) => [f.gold.id, f]));
  const goldIds = new Set([...files.map((f) => f.gold.id), ...problems.map((p) => p.id)]);
  const scoring = new Scoring();
  const goldWithoutArticle: CheckResult['notScored']['goldWithoutArticle'] = [];
  for (const { file, gold } of [...files].sort(byId)) {
    const other = seconds.get(gold.id);
    if (other === undefined) goldWithoutArticle.push({ id: gold.id, file });
    else scoring.add(gold, gold.id, secondReading(other.gold));
  }
  return {
    nkie: VERSION,
    rulesFingerprint: null,
    gold: goldDir,
    input: againstDir,
    rules: null,
    against: againstDir,
    articles: scoring.scored,
    notScored: {
      withoutGold: [...second.files].sort(byId).filter((f) => !goldIds.has(f.gold.id)).map((f) => ({ id: f.gold.id, source: f.file })),
      goldWithoutArticle,
      invalidGold: [...problems, ...second.problems],
      inputErrors: [],
    },
    sets: scoring.sets(),
    levels: levelsOf(scoring.pooled),
    differences: scoring.differences,
  };
}

function scoreArticle(gold: AnyGold, article: string, reading: Reading, sinks: readonly LevelTallies[], differences: CheckResult['differences']): void {
  const add = (level: LevelName, type: string, counts: { tp?: number; fp?: number; fn?: number }) => {
    for (const t of sinks) t[level].add(type, counts);
  };
  // a type the reader did not annotate is neither found nor missed
  const types = annotatedTypes(gold);
  const goldEntities = docGoldEntities(gold).filter((e) => types.has(e.type));
  const predEntities = reading.entities.filter((e) => types.has(e.type));

  if (!isDocumentGold(gold) && reading.spanned) scoreMentions(article, gold.entities, predEntities as Spanned[], add, differences);

  const entityItem = ({ key, first }: { key: EntityKey; first: Scorable }): EntityItem => ({ article, ...span(first), name: key.name });
  const entities = compareKeyed(distinct(goldEntities), distinct(predEntities));
  for (const [g, p] of entities.matched) {
    add('document', g.key.type, { tp: 1 });
    const [gn, pn] = [placeNorm(g.first), placeNorm(p.first)];
    if (gn === null || pn === null || TOP_LEVELS.has(gn.level ?? '')) continue;
    const [gp, pp] = [gn.province, pn.province];
    if (gp === pp) {
      if (gp !== null) add('province', 'PLACE', { tp: 1 });
    } else {
      if (pp !== null) add('province', 'PLACE', { fp: 1 });
      if (gp !== null) add('province', 'PLACE', { fn: 1 });
    }
  }
  for (const g of entities.missed) {
    add('document', g.key.type, { fn: 1 });
    differences.entities.missed.push(entityItem(g));
  }
  for (const p of entities.spurious) {
    add('document', p.key.type, { fp: 1 });
    differences.entities.spurious.push(entityItem(p));
  }

  const relations = compareKeyed(relationsByKey(article, goldEntities, gold.relations), relationsByKey(article, predEntities, reading.relations));
  for (const [g] of relations.matched) add('relations', g.type, { tp: 1 });
  for (const g of relations.missed) {
    add('relations', g.type, { fn: 1 });
    differences.relations.missed.push(g);
  }
  for (const p of relations.spurious) {
    add('relations', p.type, { fp: 1 });
    differences.relations.spurious.push(p);
  }

  // events are scored only where the reader annotated them: a gold file without `events` says nothing about them
  if (gold.events === undefined) return;
  for (const t of sinks) t.goldEvents += gold.events.length;
  const goldEvents = gold.events.map((ev) => keyGoldEvent(ev, goldEntities as (Keyable & { id: string })[]));
  const events = scoreEvents(goldEvents, reading.events, add);
  for (const t of sinks) t.matchedEvents += events.matched;
  differences.events.missed.push(...events.missed.map((e) => ({ article, ...e })));
  differences.events.spurious.push(...events.spurious.map((e) => ({ article, ...e })));
}

type Add = (level: LevelName, type: string, counts: { tp?: number; fp?: number; fn?: number }) => void;

/** The three mention levels, for gold with offsets: exact spans, overlapping spans, exact spans resolved to the gold's name. */
function scoreMentions(article: string, goldEntities: readonly Spanned[], predEntities: readonly Spanned[], add: Add, differences: CheckResult['differences']): void {
  const exact = alignExact(goldEntities, predEntities);
  for (const [g, p] of exact.matched) {
    add('mentionExact', g.type, { tp: 1 });
    const [gk, pk] = [entityKey(g), entityKey(p)];
    if (gk.key === pk.key) {
      add('mentionResolved', g.type, { tp: 1 });
    } else {
      add('mentionResolved', g.type, { fn: 1, fp: 1 });
      differences.resolutions.push({ article, ...span(g), gold: gk.name, predicted: pk.name });
    }
  }
  for (const g of exact.missed) {
    add('mentionExact', g.type, { fn: 1 });
    add('mentionResolved', g.type, { fn: 1 });
    const near = nearest(g, predEntities);
    differences.mentions.missed.push({ article, ...span(g), near: near && span(near) });
  }
  for (const p of exact.spurious) {
    add('mentionExact', p.type, { fp: 1 });
    add('mentionResolved', p.type, { fp: 1 });
    const near = nearest(p, goldEntities);
    differences.mentions.spurious.push({ article, ...span(p), near: near && span(near) });
  }

  const partial = alignPartial(goldEntities, predEntities);
  for (const [g] of partial.matched) add('mentionPartial', g.type, { tp: 1 });
  for (const g of partial.missed) add('mentionPartial', g.type, { fn: 1 });
  for (const p of partial.spurious) add('mentionPartial', p.type, { fp: 1 });
}
