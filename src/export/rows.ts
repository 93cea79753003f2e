/**
 * The CSV views of documents: one row per entity mention, one per relation, and the entity
 * table aggregated across a run (one row per distinct entity).
 */
import type { Document, Entity } from '../types.js';

export const ENTITY_COLUMNS = [
  'article_id', 'entity_id', 'type', 'text', 'start', 'end', 'sentence', 'canonical', 'canonical_id',
  'level', 'province', 'country', 'lat', 'lon', 'grams', 'currency', 'min', 'max', 'value', 'duration', 'kind', 'rule',
] as const;

export const RELATION_COLUMNS = [
  'article_id', 'relation_id', 'type', 'subject_id', 'subject', 'object_id', 'object', 'sentence', 'evidence', 'rule',
] as const;

export const NORM_COLUMNS = ['level', 'province', 'country', 'lat', 'lon', 'grams', 'currency', 'min', 'max', 'value', 'duration', 'kind'] as const;

export const ENTITY_TABLE_COLUMNS = ['canonical_id', 'type', 'canonical', ...NORM_COLUMNS, 'articles', 'mentions', 'surface_forms'] as const;

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** Adds the norm columns to a row. Written into the row, not spread into it: these run for every mention of a batch. */
function addNormCells(e: Entity, row: Row): Row {
  const n = e.norm as Record<string, unknown>;
  for (const c of NORM_COLUMNS) {
    const v = n[c];
    row[c] = v === undefined || v === null ? null : (v as Cell);
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

interface TableEntry {
  row: Row;
  articles: number;
  mentions: number;
  surfaces: Set<string>;
}

/** One document's share of the entity table: kept with the document, added to the table later. */
export interface TablePart {
  key: string;
  row: Row;
  mentions: number;
  surfaces: string[];
}

/** The distinct entities of one document, in order of first mention. */
export function tableParts(doc: Document): TablePart[] {
  const parts = new Map<string, TablePart>();
  for (const e of doc.entities) {
    const key = e.canonicalId ?? `${e.type}\u0000${e.canonical}\u0000${JSON.stringify(e.norm)}`;
    let p = parts.get(key);
    if (!p) {
      p = { key, row: addNormCells(e, { canonical_id: e.canonicalId, type: e.type, canonical: e.canonical }), mentions: 0, surfaces: [] };
      parts.set(key, p);
    }
    p.mentions++;
    if (!p.surfaces.includes(e.text)) p.surfaces.push(e.text);
  }
  return [...parts.values()];
}

/** Aggregates entities across documents, one document at a time. */
export class EntityTable {
  private readonly entries = new Map<string, TableEntry>();

  add(doc: Document): void {
    this.addParts(tableParts(doc));
  }

  /** True when a part with this key was added; only the first part's row is kept. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Adds one document's parts (tableParts), each document once. */
  addParts(parts: readonly TablePart[]): void {
    for (const p of parts) {
      let t = this.entries.get(p.key);
      if (!t) {
        t = { row: p.row, articles: 0, mentions: 0, surfaces: new Set() };
        this.entries.set(p.key, t);
      }
      t.articles++;
      t.mentions += p.mentions;
      for (const s of p.surfaces) t.surfaces.add(s);
    }
  }

  /** Rows sorted by type, canonical name and id (a run's table can hold 100,000 rows: each sort key is built once). */
  rows(): Row[] {
    const keyed = [...this.entries.values()].map((t) => {
      const row: Row = Object.assign({}, t.row);
      row.articles = t.articles;
      row.mentions = t.mentions;
      row.surface_forms = [...t.surfaces].sort().join('|');
      return { key: `${row.type}\u0000${String(row.canonical)}\u0000${String(row.canonical_id ?? '')}`, row };
    });
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.row);
  }
}
