import { closeSync, existsSync, mkdirSync, openSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTail, articlePath, copyRows, decodeRows, encodeArticle, encodeRows, prepareOutput, readRows, rowsFromDocument, rowsHeader, rowsMatch, storeRows, writeArticle } from '../../src/batch/article-rows.js';
import { ROWS_DIR, SegmentReader, SegmentWriter } from '../../src/batch/segments.js';
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
  events: [],
};
const docs: Document[] = [...testArticles(12).map((a) => pipeline.process(a)), handmade];
const HEADER = rowsHeader('1.0.0', 'd'.repeat(64), 'h'.repeat(64), false);
const pretty = (d: Document) => JSON.stringify(d, null, 2) + '\n';
const output = () => {
  const dir = tempDir();
  prepareOutput(dir, true);
  return dir;
};

describe('rows records', () => {
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
      addTail(doc.id, decodeRows(Buffer.concat(encodeRows(HEADER, doc, false, 10)), HEADER)!.tail, fromRows, counts);
    }
    expect([...fromRows.rows()]).toEqual([...direct.rows()]);
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

  it('are not used when cut short, run on into other bytes, or not rows records at all', () => {
    const bytes = Buffer.concat(encodeRows(HEADER, docs[0]!, false, 10));
    const firstLine = bytes.indexOf(0x0a);
    expect(decodeRows(bytes, HEADER)).not.toBeNull();
    expect(decodeRows(bytes.subarray(0, firstLine + 5), HEADER)).toBeNull();
    expect(decodeRows(bytes.subarray(0, firstLine), HEADER)).toBeNull();
    expect(decodeRows(bytes.subarray(0, bytes.length - 1), HEADER)).toBeNull();
    expect(decodeRows(Buffer.concat([bytes, Buffer.from('x')]), HEADER)).toBeNull();
    expect(decodeRows(Buffer.from(`${HEADER} x y z w v\n`), HEADER)).toBeNull();
    expect(decodeRows(Buffer.from('{"id":"a"}\n'), HEADER)).toBeNull();
  });
});

describe('writeArticle and rowsMatch', () => {
  const doc = docs[0]!;
  const written = () => {
    const out = output();
    const segment = new SegmentWriter(out);
    const at = writeArticle(out, segment, HEADER, doc, pretty(doc), false);
    segment.close();
    return { out, at, segment: segment.name, stored: new SegmentReader(out) };
  };

  it('write the rows record and the pretty article file, and recognise them', () => {
    const { out, at, stored } = written();
    expect(JSON.parse(String(readRows(stored, at, HEADER)!.doc))).toEqual(doc);
    expect(existsSync(articlePath(out, doc.id))).toBe(true);
    expect(rowsMatch(out, stored, doc.id, at, HEADER, true)).toBe(true);
    expect(rowsMatch(out, stored, doc.id, at, rowsHeader('1.0.0', 'd'.repeat(64), 'x'.repeat(64), false), true)).toBe(false);
    expect(rowsMatch(out, stored, 'other', at, HEADER, true)).toBe(false);
  });

  it('does not vouch for an article file that was cut or replaced by one of another length', () => {
    const { out, at, stored } = written();
    writeFileSync(articlePath(out, doc.id), pretty(doc).slice(0, 100));
    expect(rowsMatch(out, stored, doc.id, at, HEADER, true)).toBe(false);
  });

  it('does not vouch for a deleted article file, a damaged record or a record elsewhere', () => {
    const { out, at, segment, stored } = written();
    expect(rowsMatch(out, stored, doc.id, { ...at, offset: at.offset + 1, length: at.length - 1 }, HEADER, true)).toBe(false);
    expect(readRows(stored, { ...at, length: at.length - 1 }, HEADER)).toBeNull();
    const fd = openSync(join(out, ROWS_DIR, segment), 'r+');
    writeSync(fd, 'damaged', 0);
    closeSync(fd);
    expect(rowsMatch(out, new SegmentReader(out), doc.id, at, HEADER, true)).toBe(false);
    expect(readRows(new SegmentReader(out), at, HEADER)).toBeNull();
    const other = written();
    writeFileSync(articlePath(other.out, doc.id), '');
    expect(rowsMatch(other.out, other.stored, doc.id, other.at, HEADER, true)).toBe(false);
  });
});

describe('rowsMatch without article files', () => {
  const doc = docs[0]!;
  const stored = (json: string | null) => {
    const out = tempDir();
    prepareOutput(out, json !== null);
    const segment = new SegmentWriter(out);
    const { rows } = storeRows(segment, encodeArticle(HEADER, doc, json, false));
    segment.close();
    return { out, at: rows, segment: segment.name, reader: new SegmentReader(out) };
  };

  it('vouches for a whole record made for the header, whatever the article files', () => {
    const { out, at, reader } = stored(null);
    expect(existsSync(articlePath(out, doc.id))).toBe(false);
    expect(rowsMatch(out, reader, doc.id, at, HEADER, false)).toBe(true);
    expect(rowsMatch(out, reader, doc.id, at, rowsHeader('1.0.0', 'd'.repeat(64), 'x'.repeat(64), false), false)).toBe(false);
  });

  it('does not vouch for a record cut short by its segment', () => {
    const { out, at, segment, reader } = stored(null);
    truncateSync(join(out, ROWS_DIR, segment), at.offset + at.length - 1);
    expect(rowsMatch(out, reader, doc.id, at, HEADER, false)).toBe(false);
  });

  it('does not vouch for a record made without an article file when the run wants one, even if a file is there', () => {
    const { out, at, reader } = stored(null);
    mkdirSync(join(out, 'articles'));
    writeFileSync(articlePath(out, doc.id), '');
    expect(rowsMatch(out, reader, doc.id, at, HEADER, true)).toBe(false);
  });

  it('makes the same rows again from the documents.jsonl line', () => {
    const { at, reader } = stored(null);
    expect(rowsFromDocument(JSON.stringify(doc) + '\n', false)).toEqual(readRows(reader, at, HEADER));
  });
});

describe('copyRows', () => {
  it('copies a record made for the header into another segment, and nothing else', () => {
    const out = output();
    const from = new SegmentWriter(out);
    const ats = docs.slice(0, 3).map((d) => writeArticle(out, from, HEADER, d, pretty(d), false));
    from.close();
    const into = new SegmentWriter(out);
    const stored = new SegmentReader(out);
    // the rows read are the reader's until it reads the next record: looked at before that
    const copies = ats.map((at, i) => {
      const copy = copyRows(stored, at, HEADER, into)!;
      expect(String(copy.rows.doc)).toBe(JSON.stringify(docs[i]) + '\n');
      return copy;
    });
    expect(copyRows(stored, ats[0]!, rowsHeader('1.0.0', 'd'.repeat(64), 'x'.repeat(64), false), into)).toBeNull();
    into.close();
    expect(copies.map((c) => c.at.segment)).toEqual([into.name, into.name, into.name]);
    expect(copies[1]!.at.offset).toBe(ats[0]!.length);
    const reread = new SegmentReader(out);
    copies.forEach((c, i) => {
      expect(String(readRows(reread, c.at, HEADER)!.doc)).toBe(JSON.stringify(docs[i]) + '\n');
    });
  });
});
