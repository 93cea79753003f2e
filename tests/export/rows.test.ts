import { describe, expect, it } from 'vitest';
import { ENTITY_COLUMNS, EntityTable, entityRows, relationRows } from '../../src/export/rows.js';
import type { Document } from '../../src/types.js';

const doc = (id: string, text: string): Document => ({
  id, source: `${id}.txt`, title: null, outlet: null, author: null, url: null, published: null, text,
  sentences: [{ start: 0, end: text.length }],
  entities: [
    { id: 'e1', type: 'QUANTITY', text: '500 grams', start: 0, end: 9, sentence: 0, canonical: '500 g', canonicalId: null, rule: 'p', norm: { grams: 500 } },
    { id: 'e2', type: 'DRUG', text: 'meth', start: 13, end: 17, sentence: 0, canonical: 'methamphetamine', canonicalId: 'meth', rule: 'g', norm: {} },
  ],
  relations: [{ id: 'r1', type: 'quantity_of', subject: 'e1', object: 'e2', sentence: 0, evidence: text, rule: 'q', conflict: false }],
});

describe('CSV rows', () => {
  it('has one entity row per mention with every contract column', () => {
    const rows = entityRows(doc('a', '500 grams of meth'));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual([...ENTITY_COLUMNS].sort());
    expect(rows[0]).toMatchObject({ article_id: 'a', entity_id: 'e1', grams: 500, canonical_id: null, level: null });
  });

  it('names both ends of a relation', () => {
    expect(relationRows(doc('a', '500 grams of meth'))[0]).toMatchObject({ subject_id: 'e1', subject: '500 g', object_id: 'e2', object: 'methamphetamine', evidence: '500 grams of meth' });
  });

  it('aggregates distinct entities across articles', () => {
    const table = new EntityTable();
    table.add(doc('a', '500 grams of meth'));
    table.add(doc('b', '500 grams of Meth'));
    const meth = table.rows().find((r) => r.canonical_id === 'meth');
    expect(meth).toMatchObject({ articles: 2, mentions: 2, surface_forms: 'meth' });
    expect(table.rows().map((r) => r.type)).toEqual(['DRUG', 'QUANTITY']);
  });
});
