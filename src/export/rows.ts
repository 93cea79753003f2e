/**
 * The CSV views of documents: one row per entity mention, one per relation, and the entity
 * table aggregated across a run (one row per distinct entity).
 */
import { ENTITY_TYPES, EVENT_ROLES, type Document, type Entity, type EntityType, type NormOf } from '../types.js';

/**
 * The column of every norm field, by entity type. A field two types share (`kind`) or one a
 * reader would take for the article's (a law's `title`, `article`) gets its type's prefix.
 * Typed so that a norm field without a column does not compile.
 */
const NORM_FIELD_COLUMNS = {
  PLACE: { level: 'level', province: 'province', country: 'country', lat: 'lat', lon: 'lon', resolved: 'resolved' },
  ORG: { kind: 'org_kind', acronym: 'acronym' },
  LAW: { code: 'law_code', article: 'law_article', title: 'law_title' },
  PERSON: {},
  DRUG: {},
  QUANTITY: { grams: 'grams' },
  MONEY: { currency: 'currency', min: 'min', max: 'max' },
  DATE: { value: 'value', mod: 'mod' },
  PENALTY: { kind: 'penalty_kind', status: 'penalty_status', duration: 'duration', life: 'life' },
  CRIME: { offence: 'offence' },
} as const satisfies { [T in EntityType]: Record<keyof NormOf<T>, string> };

type NormColumn = { [T in EntityType]: (typeof NORM_FIELD_COLUMNS)[T][keyof (typeof NORM_FIELD_COLUMNS)[T]] }[EntityType];

export const NORM_COLUMNS = Object.values(NORM_FIELD_COLUMNS).flatMap((fields) => Object.values(fields)) as readonly NormColumn[];

export const ENTITY_COLUMNS = [
  'article_id', 'entity_id', 'type', 'text', 'start', 'end', 'sentence', 'canonical', 'canonical_id', ...NORM_COLUMNS, 'rule',
] as const;

export const RELATION_COLUMNS = [
  'article_id', 'relation_id', 'type', 'subject_id', 'subject', 'object_id', 'object', 'sentence', 'evidence', 'rule',
] as const;

export const EVENT_COLUMNS = [
  'article_id', 'event_id', 'subtype', 'trigger', 'start', 'end', 'sentence', 'modality', 'polarity', 'genericity', 'tense',
  'agent', 'agent_id', 'persons', 'person_ids', 'count_min', 'count_max', 'crime', 'crime_id',
  'penalty', 'penalty_kind', 'penalty_duration', 'penalty_id', 'law', 'law_id', 'place', 'place_province', 'place_id',
  'time', 'time_id', 'money', 'money_id', 'drug', 'drug_id', 'quantity', 'quantity_id', 'from_context', 'evidence',
] as const;

/** A penalty's duration and life term belong to the mention, not to the penalty (one entry, many sentences). */
const MENTION_ONLY_COLUMNS: readonly NormColumn[] = ['duration', 'life'];

/**
 * The entity table's columns: instead of a mention's duration, the distinct durations of its
 * mentions; `life` when any mention was a life term; the ids of the articles it occurs in.
 */
export const ENTITY_TABLE_COLUMNS = [
  'canonical_id', 'type', 'canonical', ...NORM_COLUMNS.map((c) => (c === 'duration' ? 'durations' : c)),
  'articles', 'mentions', 'surface_forms', 'article_ids',
] as const;

/** Joins the lists of an entity-table cell: no article id (`[A-Za-z0-9._-]`) or ISO duration holds it. */
const LIST_SEPARATOR = '|';

/** For each type and each of `columns`, the norm field the column holds, or null. */
function fieldsByColumn(columns: readonly string[]): Readonly<Record<EntityType, readonly (string | null)[]>> {
  const byType = {} as Record<EntityType, (string | null)[]>;
  for (const type of ENTITY_TYPES) {
    const fieldOf = new Map<string, string>(Object.entries(NORM_FIELD_COLUMNS[type]).map(([field, column]) => [column, field]));
    byType[type] = columns.map((c) => fieldOf.get(c) ?? null);
  }
  return byType;
}

/** The norm field of each of NORM_COLUMNS by type: how both CSV writers read a norm. */
export const NORM_FIELDS = fieldsByColumn(NORM_COLUMNS);

const TABLE_ROW_COLUMNS = NORM_COLUMNS.filter((c) => !MENTION_ONLY_COLUMNS.includes(c));
const TABLE_ROW_FIELDS = fieldsByColumn(TABLE_ROW_COLUMNS);

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * Adds norm columns to a row, each from its field of the entity's type (null for another
 * type's column). Written into the row, not spread into it: these run for every mention of a batch.
 */
function addNormCells(e: Entity, row: Row, columns: readonly string[] = NORM_COLUMNS, fields = NORM_FIELDS): Row {
  const n = e.norm as Record<string, Cell | undefined>;
  const fieldOf = fields[e.type];
  for (let i = 0; i < columns.length; i++) {
    const f = fieldOf[i];
    row[columns[i]!] = f ? (n[f] ?? null) : null;
  }
  return row;
}

export function entityRows(doc: Document): Row[] {
  return doc.entities.map((e) => {
    const row = addNormCells(e, {
      article_id: doc.id, entity_id: e.id, type: e.type, text: e.text, start: e.start, end: e.end, sentence: e.sentence,
      canonical: e.canonical, canonical_id: e.canonicalId,
    });
    row.rule = e.rule;
    return row;
  });
}

export function relationRows(doc: Document): Row[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return doc.relations.map((r) => ({
    article_id: doc.id, relation_id: r.id, type: r.type,
    subject_id: r.subject, subject: byId.get(r.subject)?.canonical ?? null,
    object_id: r.object, object: byId.get(r.object)?.canonical ?? null,
    sentence: r.sentence, evidence: r.evidence, rule: r.rule,
  }));
}

/** One row per event: each argument's value and entity id, the persons `|`-joined, the roles taken from context. */
export function eventRows(doc: Document): Row[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return doc.events.map((v) => {
    const a = v.arguments;
    const penalty = a.sentence?.entity ? byId.get(a.sentence.entity) : undefined;
    const place = a.place?.entity ? byId.get(a.place.entity) : undefined;
    const row: Row = {
      article_id: doc.id, event_id: v.id, subtype: v.subtype, trigger: v.trigger, start: v.start, end: v.end, sentence: v.sentence,
      modality: v.modality, polarity: v.polarity, genericity: v.genericity, tense: v.tense,
      persons: a.persons.length === 0 ? null : a.persons.map((p) => p.value).join(LIST_SEPARATOR),
      person_ids: a.persons.length === 0 ? null : a.persons.map((p) => p.entity).join(LIST_SEPARATOR),
      count_min: v.count?.min ?? null, count_max: v.count?.max ?? null,
      penalty_kind: penalty?.type === 'PENALTY' ? penalty.norm.kind : null,
      penalty_duration: penalty?.type === 'PENALTY' ? penalty.norm.duration : null,
      place_province: place?.type === 'PLACE' ? place.norm.province : null,
      from_context: EVENT_ROLES.filter((r) => a[r]?.fromContext).join(LIST_SEPARATOR) || null,
      evidence: v.evidence,
    };
    for (const role of EVENT_ROLES) {
      const column = role === 'sentence' ? 'penalty' : role;
      row[column] = a[role]?.value ?? null;
      row[`${column}_id`] = a[role]?.entity ?? null;
    }
    return row;
  });
}

/** A row's non-null cells: most of an entity's norm columns are null, and 25 cells cost 200 bytes an entry. */
function withoutNulls(row: Row): Row {
  const kept: Row = {};
  for (const [k, v] of Object.entries(row)) if (v !== null) kept[k] = v;
  return kept;
}

interface TableEntry {
  /** the first part's row without its null cells (withoutNulls) */
  row: Row;
  /** ids of the articles, each added once */
  articles: string[];
  mentions: number;
  /** distinct, in order first seen (arrays: a run's table holds hundreds of thousands of entries, and a Set costs several times a short array) */
  surfaces: string[];
  /** penalties only: distinct durations */
  durations: string[] | null;
  life: boolean;
}

/** One document's share of the entity table: kept with the document, added to the table later. */
export interface TablePart {
  key: string;
  row: Row;
  mentions: number;
  surfaces: string[];
  /** the distinct durations of its penalty mentions */
  durations: string[];
  /** a penalty mention was a life term */
  life: boolean;
}

/** The distinct entities of one document, in order of first mention. */
export function tableParts(doc: Document): TablePart[] {
  const parts = new Map<string, TablePart>();
  for (const e of doc.entities) {
    const key = e.canonicalId ?? `${e.type}\u0000${e.canonical}\u0000${JSON.stringify(e.norm)}`;
    let p = parts.get(key);
    if (!p) {
      const row = addNormCells(e, { canonical_id: e.canonicalId, type: e.type, canonical: e.canonical }, TABLE_ROW_COLUMNS, TABLE_ROW_FIELDS);
      p = { key, row, mentions: 0, surfaces: [], durations: [], life: false };
      parts.set(key, p);
    }
    p.mentions++;
    if (!p.surfaces.includes(e.text)) p.surfaces.push(e.text);
    if (e.type === 'PENALTY') {
      if (e.norm.duration !== null && !p.durations.includes(e.norm.duration)) p.durations.push(e.norm.duration);
      if (e.norm.life === true) p.life = true;
    }
  }
  return [...parts.values()];
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** An ISO 8601 duration's rough length in days, to list durations shortest first. */
function roughDays(duration: string): number {
  const [, y, m, w, d] = DURATION.exec(duration) ?? [];
  return Number(y ?? 0) * 365 + Number(m ?? 0) * 30 + Number(w ?? 0) * 7 + Number(d ?? 0);
}

const byRoughLength = (a: string, b: string) => roughDays(a) - roughDays(b) || (a < b ? -1 : a > b ? 1 : 0);

/** Aggregates entities across documents, one document at a time. */
export class EntityTable {
  private readonly entries = new Map<string, TableEntry>();

  add(doc: Document): void {
    this.addParts(doc.id, tableParts(doc));
  }

  /** True when a part with this key was added; only the first part's row is kept. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Adds the parts (tableParts) of the article `articleId`, each article once. */
  addParts(articleId: string, parts: readonly TablePart[]): void {
    for (const p of parts) {
      const t = this.entries.get(p.key);
      if (!t) {
        // arrays made whole: one grown by push from empty reserves 17 slots, and most entities are seen in one article
        const durations = p.row.type === 'PENALTY' ? p.durations.slice() : null;
        this.entries.set(p.key, { row: withoutNulls(p.row), articles: [articleId], mentions: p.mentions, surfaces: p.surfaces.slice(), durations, life: p.life });
        continue;
      }
      t.articles.push(articleId);
      t.mentions += p.mentions;
      for (const s of p.surfaces) if (!t.surfaces.includes(s)) t.surfaces.push(s);
      if (t.durations) for (const d of p.durations) if (!t.durations.includes(d)) t.durations.push(d);
      if (p.life) t.life = true;
    }
  }

  /**
   * Rows sorted by type, canonical name and id, each built as it is taken: a run's table can
   * hold 100,000 rows whose article lists alone would fill hundreds of megabytes at once.
   */
  *rows(): Generator<Row> {
    const keyed = [...this.entries.values()].map((t) => ({ key: `${String(t.row.type)}\u0000${String(t.row.canonical)}\u0000${String(t.row.canonical_id ?? '')}`, t }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { t } of keyed) {
      const row: Row = { canonical_id: null, type: null, canonical: null };
      for (const c of TABLE_ROW_COLUMNS) row[c] = null;
      Object.assign(row, t.row);
      row.durations = t.durations && [...t.durations].sort(byRoughLength).join(LIST_SEPARATOR);
      row.life = t.life || null;
      row.articles = t.articles.length;
      row.mentions = t.mentions;
      row.surface_forms = [...t.surfaces].sort().join('|');
      row.article_ids = [...t.articles].sort().join(LIST_SEPARATOR);
      yield row;
    }
  }
}
