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

const NORM_COLUMNS = ['level', 'province', 'country', 'lat', 'lon', 'grams', 'currency', 'min', 'max', 'value', 'duration', 'kind'] as const;

export const ENTITY_TABLE_COLUMNS = ['canonical_id', 'type', 'canonical', ...NORM_COLUMNS, 'articles', 'mentions', 'surface_forms'] as const;

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

function normCells(e: Entity): Row {
  const n = e.norm as Record<string, unknown>;
  const row: Row = {};
  for (const c of NORM_COLUMNS) {
    const v = n[c];
    row[c] = v === undefined || v === null ? null : (v as Cell);
  }
  return row;
}

export function entityRows(doc: Document): Row[] {
  return doc.entities.map((e) => ({
    article_id: doc.id, entity_id: e.id, type: e.type, text: e.text, start: e.start, end: e.end, sentence: e.sentence,
    canonical: e.canonical, canonical_id: e.canonicalId, ...normCells(e), rule: e.rule,
  }));
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
  lastArticle: string;
  mentions: number;
  surfaces: Set<string>;
}

/** Aggregates entities across documents, one document at a time. */
export class EntityTable {
  private readonly entries = new Map<string, TableEntry>();

  add(doc: Document): void {
    for (const e of doc.entities) {
      const key = e.canonicalId ?? `${e.type}\u0000${e.canonical}\u0000${JSON.stringify(e.norm)}`;
      let t = this.entries.get(key);
      if (!t) {
        t = { row: { canonical_id: e.canonicalId, type: e.type, canonical: e.canonical, ...normCells(e) }, articles: 0, lastArticle: '', mentions: 0, surfaces: new Set() };
        this.entries.set(key, t);
      }
      // each document is added once, so a change of id is a new article
      if (t.lastArticle !== doc.id) {
        t.articles++;
        t.lastArticle = doc.id;
      }
      t.mentions++;
      t.surfaces.add(e.text);
    }
  }

  /** Rows sorted by type, canonical name and id. */
  rows(): Row[] {
    const rows = [...this.entries.values()].map((t) => ({
      ...t.row,
      articles: t.articles,
      mentions: t.mentions,
      surface_forms: [...t.surfaces].sort().join('|'),
    }));
    const key = (r: Row) => `${r.type}\u0000${String(r.canonical)}\u0000${String(r.canonical_id ?? '')}`;
    return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
}
