import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addTail, articlePath, decodeRows, encodeRows, prepareOutput, readRows, rowsHeader, rowsMatch, rowsPath, writeArticle } from '../../src/batch/article-rows.js';
import { csvRecords } from '../../src/batch/csv.js';
import { ENTITY_COLUMNS, EntityTable, RELATION_COLUMNS, entityRows, relationRows } from '../../src/export/rows.js';
import { createPipeline } from '../../src/pipeline.js';
import type { Document } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { testArticles, testRules } from './fixture.js';

const pipeline = createPipeline({ rulesDir: testRules() });
const text = '=2 kg of "ice", sold in Hyesan|Musan';
// written by hand: relations, and cells that need quoting and neutralising
const handmade: Document = {
  id: 'hand', source: 'hand.txt', title: null, outlet: null, author: null, url: null, published: null, text,
  sentences: [{ start: 0, end: text.length }],
  entities: [
    { id: 'e1', type: 'QUANTITY', text: '=2 kg', start: 0, end: 5, sentence: 0, canonical: '=2 kg', canonicalId: null, rule: 'p', norm: { grams: 2000 } },
    { id: 'e2', type: 'DRUG', text: '"ice"', start: 9, end: 14, sentence: 0, canonical: 'methamphetamine', canonicalId: 'meth', rule: 'g', norm: {} },
    { id: 'e3', type: 'PLACE', text: 'Hyesan|Musan', start: 24, end: 36, sentence: 0, canonical: 'Hyesan|Musan', canonicalId: null, rule: 'p', norm: { level: null, province: null, country: null, lat: null, lon: null, resolved: false } },
  ],
  relations: [{ id: 'r1', type: 'quantity_of', subject: 'e1', object: 'e2', sentence: 0, evidence: text, rule: 'q', conflict: false }],
};
const docs: Document[] = [...testArticles(12).map((a) => pipeline.process(a)), handmade];
const HEADER = rowsHeader('1.0.0', 'd'.repeat(64), 'h'.repeat(64), false);
const pretty = (d: Document) => JSON.stringify(d, null, 2) + '\n';
const output = () => {
  const dir = tempDir();
  prepareOutput(dir);
  return dir;
};

describe('rows files', () => {
  it('hold the documents.jsonl line and the CSV records of their document', () => {
    expect(docs.filter((d) => d.entities.length > 0).length).toBeGreaterThan(10);
    for (const doc of docs) {
      const rows = decodeRows(Buffer.concat(encodeRows(HEADER, doc, false, 10)), HEADER)!;
      expect(rows.doc.toString()).toBe(JSON.stringify(doc) + '\n');
      expect(rows.entities.toString()).toBe(csvRecords(entityRows(doc), ENTITY_COLUMNS, false));
      expect(rows.relations.toString()).toBe(csvRecords(relationRows(doc), RELATION_COLUMNS, false));
    }
  });

  it('give the entity table and the counts that the documents give', () => {
    const direct = new EntityTable();
    const fromRows = new EntityTable();
    const counts = { entities: {} as Record<string, number>, relations: {} as Record<string, number> };
    for (const doc of docs) {
      direct.add(doc);
      addTail(decodeRows(Buffer.concat(encodeRows(HEADER, doc, false, 10)), HEADER)!.tail, fromRows, counts);
    }
    expect(fromRows.rows()).toEqual(direct.rows());
    const byType = (list: { type: string }[]) => list.reduce<Record<string, number>>((o, x) => ({ ...o, [x.type]: (o[x.type] ?? 0) + 1 }), {});
    expect(counts.entities).toEqual(byType(docs.flatMap((d) => d.entities)));
    expect(counts.relations).toEqual(byType(docs.flatMap((d) => d.relations)));
  });

  it.each([
    ['another nkie version', rowsHeader('1.0.1', 'd'.repeat(64), 'h'.repeat(64), false)],
    ['other rules', rowsHeader('1.0.0', 'e'.repeat(64), 'h'.repeat(64), false)],
    ['another article content', rowsHeader('1.0.0', 'd'.repeat(64), 'i'.repeat(64), false)],
    ['the other CSV mode', rowsHeader('1.0.0', 'd'.repeat(64), 'h'.repeat(64), true)],
  ])('are not used for %s', (_, other) => {
    expect(decodeRows(Buffer.concat(encodeRows(HEADER, docs[0]!, false, 10)), other)).toBeNull();
  });

  it('are not used when cut short or not rows files at all', () => {
    const bytes = Buffer.concat(encodeRows(HEADER, docs[0]!, false, 10));
    const firstLine = bytes.indexOf(0x0a);
    expect(decodeRows(bytes.subarray(0, firstLine + 5), HEADER)).toBeNull();
    expect(decodeRows(bytes.subarray(0, firstLine), HEADER)).toBeNull();
    expect(decodeRows(Buffer.from(`${HEADER} x y z w\n`), HEADER)).toBeNull();
    expect(decodeRows(Buffer.from('{"id":"a"}\n'), HEADER)).toBeNull();
  });
});

describe('writeArticle and rowsMatch', () => {
  const doc = docs[0]!;

  it('write the rows file and the pretty article file, and recognise them', () => {
    const out = output();
    writeArticle(out, HEADER, doc, pretty(doc), false);
    expect(JSON.parse(String(readRows(out, doc.id, HEADER)!.doc))).toEqual(doc);
    expect(existsSync(articlePath(out, doc.id))).toBe(true);
    expect(rowsMatch(out, doc.id, HEADER)).toBe(true);
    expect(rowsMatch(out, doc.id, rowsHeader('1.0.0', 'd'.repeat(64), 'x'.repeat(64), false))).toBe(false);
    expect(rowsMatch(out, 'other', HEADER)).toBe(false);
  });

  it('does not vouch for an article file that was cut or replaced by one of another length', () => {
    const out = output();
    writeArticle(out, HEADER, doc, pretty(doc), false);
    writeFileSync(articlePath(out, doc.id), pretty(doc).slice(0, 100));
    expect(rowsMatch(out, doc.id, HEADER)).toBe(false);
  });

  it('does not vouch for a deleted article file or a damaged rows file', () => {
    const out = output();
    writeArticle(out, HEADER, doc, pretty(doc), false);
    writeFileSync(rowsPath(out, doc.id), 'damaged');
    expect(rowsMatch(out, doc.id, HEADER)).toBe(false);
    expect(readRows(out, doc.id, HEADER)).toBeNull();
    const other = output();
    writeArticle(other, HEADER, doc, pretty(doc), false);
    writeFileSync(articlePath(other, doc.id), '');
    expect(rowsMatch(other, doc.id, HEADER)).toBe(false);
  });
});
