import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAggregates } from '../../src/batch/aggregate.js';
import { articlePath, prepareOutput, readRows, rowsHeader, writeArticle } from '../../src/batch/article-rows.js';
import { csvRecord } from '../../src/batch/csv.js';
import { SegmentReader, SegmentWriter, type RowsAt } from '../../src/batch/segments.js';
import { ENTITY_COLUMNS, ENTITY_TABLE_COLUMNS, EVENT_COLUMNS, EntityTable, RELATION_COLUMNS, entityRows, eventRows, relationRows } from '../../src/export/rows.js';
import { EVENT_TABLE_COLUMNS, EventTable } from '../../src/export/event-table.js';
import { ExtraFormats } from '../../src/export/formats.js';
import { openCsv, openJsonl } from '../../src/export/write.js';
import { createPipeline } from '../../src/pipeline.js';
import type { Document } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { AGGREGATES, testArticles, testRules } from './fixture.js';
import { HYESAN, RYANGGANG, SINUIJU, buildEventDocument, date } from '../export/event-builder.js';

const pipeline = createPipeline({ rulesDir: testRules() });
const docs: Document[] = testArticles(25).map((a) => pipeline.process(a)).sort((a, b) => (a.id < b.id ? -1 : 1));
const ids = docs.map((d) => d.id);
const headerOf = (id: string, raw = false) => rowsHeader('1.0.0', 'digest', `hash-${id}`, raw);

/** The aggregates as the export writers (fast-csv streams, one document at a time) make them. */
async function reference(raw: boolean): Promise<Record<string, string>> {
  const dir = tempDir('nkie-ref-');
  const table = new EntityTable();
  const jsonl = openJsonl(join(dir, 'documents.jsonl'));
  const entities = openCsv(join(dir, 'entities.csv'), ENTITY_COLUMNS, raw);
  const relations = openCsv(join(dir, 'relations.csv'), RELATION_COLUMNS, raw);
  const events = openCsv(join(dir, 'events.csv'), EVENT_COLUMNS, raw);
  for (const d of docs) {
    await jsonl.write(d);
    for (const r of entityRows(d)) await entities.write(r);
    for (const r of relationRows(d)) await relations.write(r);
    for (const r of eventRows(d)) await events.write(r);
    table.add(d);
  }
  await Promise.all([jsonl.close(), entities.close(), relations.close(), events.close()]);
  const tableOut = openCsv(join(dir, 'entity-table.csv'), ENTITY_TABLE_COLUMNS, raw);
  for (const r of table.rows()) await tableOut.write(r);
  await tableOut.close();
  return Object.fromEntries(AGGREGATES.slice(0, 5).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** An output directory holding the documents' article files and rows records, and a reader of the records by id. */
function written(raw: boolean, list: Document[] = docs): { out: string; rowsOf: (header: (id: string) => string) => (id: string) => ReturnType<typeof readRows> } {
  const out = tempDir('nkie-agg-');
  prepareOutput(out, true);
  const segment = new SegmentWriter(out);
  const at = new Map<string, RowsAt>();
  for (const d of list) at.set(d.id, writeArticle(out, segment, headerOf(d.id, raw), d, JSON.stringify(d, null, 2) + '\n', raw));
  segment.close();
  const stored = new SegmentReader(out);
  return { out, rowsOf: (header) => (id) => readRows(stored, at.get(id)!, header(id)) };
}

const aggregates = (dir: string) => Object.fromEntries(AGGREGATES.slice(0, 5).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('writeAggregates', () => {
  it.each([false, true])('writes what the export writers write (raw %s), from the rows records', async (raw) => {
    const { out, rowsOf } = written(raw);
    const counts = writeAggregates(out, ids, raw, rowsOf((id) => headerOf(id, raw)));
    expect(aggregates(out)).toEqual(await reference(raw));
    expect(counts.entities.PLACE).toBe(docs.flatMap((d) => d.entities).filter((e) => e.type === 'PLACE').length);
  });

  it('carries each entity\'s article ids, a penalty\'s durations and its life term through the rows records', () => {
    const { out, rowsOf } = written(false);
    writeAggregates(out, ids, false, rowsOf((id) => headerOf(id)));
    const [head, ...lines] = readFileSync(join(out, 'entity-table.csv'), 'utf8').split('\n');
    const column = (name: string) => head!.split(',').indexOf(name);
    // no cell of this row holds a comma; those with a "|" are quoted (fast-csv's quirk)
    const rtl = lines.find((l) => l.startsWith('rtl,'))!.split(',').map((c) => c.replace(/^"(.*)"$/, '$1'));
    const withRtl = docs.filter((d) => d.entities.some((e) => e.canonicalId === 'rtl'));
    const durations = new Set(withRtl.flatMap((d) => d.entities.flatMap((e) => (e.type === 'PENALTY' && e.norm.duration ? [e.norm.duration] : []))).filter((x) => x !== 'P2M'));
    expect(durations.size).toBeGreaterThan(2);
    expect(new Set(rtl[column('durations')]!.split('|'))).toEqual(durations);
    expect(rtl[column('penalty_kind')]).toBe('reform_through_labor');
    // the life term's flag travels with the row of its penalty, whichever kind it is
    const life = docs.flatMap((d) => d.entities).find((e) => e.type === 'PENALTY' && e.norm.life);
    expect(life).toBeDefined();
    const cells = lines.map((l) => l.split(',').map((c) => c.replace(/^"(.*)"$/, '$1')));
    const lifeRow = cells.find((r) => r[column('type')] === 'PENALTY' && r[column('canonical')] === life!.canonical)!;
    expect(lifeRow[column('life')]).toBe('true');
    expect(rtl[column('article_ids')]!.split('|')).toEqual(withRtl.map((d) => d.id));
  });

  it('writes the same from the article files when rows records are missing, stale or of the other CSV mode', async () => {
    const { out, rowsOf } = written(false);
    const stale = (id: string) => (id === ids[1] ? rowsHeader('1.0.0', 'digest', 'another content', false) : headerOf(id));
    const someMissing = rowsOf(stale);
    writeAggregates(out, ids, false, (id) => (id === ids[0] ? null : someMissing(id)));
    expect(aggregates(out)).toEqual(await reference(false));
    writeAggregates(out, ids, false, rowsOf((id) => headerOf(id, true)));
    expect(aggregates(out)).toEqual(await reference(false));
    writeAggregates(out, ids, false, () => null);
    expect(aggregates(out)).toEqual(await reference(false));
  });

  it('writes event-table.csv from the rows records, the article files or both alike', () => {
    const eventDocs = [
      buildEventDocument('ev-a', 'Two men were executed in Hyesan in March 2021.', [HYESAN, date('March 2021', '2021-03')],
        [{ subtype: 'execute', trigger: 'executed', place: 0, time: 1 }], '2021-04-01'),
      buildEventDocument('ev-b', 'Two people were shot in Ryanggang Province on 12 March 2021, and a woman was arrested in Sinuiju.',
        [RYANGGANG, date('12 March 2021', '2021-03-12'), SINUIJU],
        [{ subtype: 'execute', trigger: 'shot', place: 0, time: 1 }, { subtype: 'arrest-jail', trigger: 'arrested', place: 2 }], '2021-03-15'),
      buildEventDocument('ev-c', 'No events here.', [], []),
    ];
    const table = new EventTable();
    for (const d of eventDocs) table.add(d);
    const expected = [EVENT_TABLE_COLUMNS.join(','), ...[...table.rows()].map((r) => csvRecord(r, EVENT_TABLE_COLUMNS, false))].join('\n');
    expect(expected.split('\n').slice(1)).toEqual([
      'ev-b:v2,arrest-jail,Sinuiju,North Pyongan,,,,,ev-b,1,ev-b:v2,2021-03-15',
      'ev-a:v1,execute,Hyesan,Ryanggang,2021-03-12,,,,"ev-a|ev-b",2,"ev-a:v1|ev-b:v1",2021-03-15',
    ]);
    const { out, rowsOf } = written(false, eventDocs);
    const evIds = eventDocs.map((d) => d.id);
    writeAggregates(out, evIds, false, rowsOf(headerOf));
    expect(readFileSync(join(out, 'event-table.csv'), 'utf8')).toBe(expected);
    const stored = rowsOf(headerOf);
    writeAggregates(out, evIds, false, (id) => (id === 'ev-b' ? null : stored(id)));
    expect(readFileSync(join(out, 'event-table.csv'), 'utf8')).toBe(expected);
    writeAggregates(out, evIds, false, () => null);
    expect(readFileSync(join(out, 'event-table.csv'), 'utf8')).toBe(expected);
  });

  it('writes only the given articles, in the given order', () => {
    const { out, rowsOf } = written(false);
    writeAggregates(out, ids.slice(0, 3), false, rowsOf(headerOf));
    const lines = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Document).id)).toEqual(ids.slice(0, 3));
  });

  it('writes the headers alone for no articles', () => {
    const out = tempDir();
    writeAggregates(out, [], false, () => null);
    expect(aggregates(out)).toEqual({
      'documents.jsonl': '', 'entities.csv': ENTITY_COLUMNS.join(','), 'relations.csv': RELATION_COLUMNS.join(','), 'events.csv': EVENT_COLUMNS.join(','), 'entity-table.csv': ENTITY_TABLE_COLUMNS.join(','),
    });
    expect(readFileSync(join(out, 'event-table.csv'), 'utf8')).toBe(EVENT_TABLE_COLUMNS.join(','));
  });

  it('names the article when its record is unusable and the run wrote no article file to fall back on', () => {
    const { out, rowsOf } = written(false);
    rmSync(articlePath(out, ids[1]!));
    const stored = rowsOf(headerOf);
    expect(() => writeAggregates(out, ids, false, (id) => (id === ids[1] ? null : stored(id)))).toThrow(new RegExp(`rows record of "${ids[1]}" is unusable`));
  });

  it('leaves the earlier aggregates whole and no temporary file when an article cannot be read', () => {
    const { out, rowsOf } = written(false);
    writeAggregates(out, ids, false, rowsOf(headerOf));
    const before = aggregates(out);
    writeFileSync(articlePath(out, ids[2]!), '{"cut":');
    const withoutRecord = rowsOf(headerOf);
    const conll = new ExtraFormats(out, new Set(['conll']));
    expect(() => writeAggregates(out, ids, false, (id) => (id === ids[2] ? null : withoutRecord(id)), conll)).toThrow();
    expect(aggregates(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes many articles whole, in large blocks', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ ...docs[i % docs.length]!, id: `m${String(i).padStart(4, '0')}` }));
    const { out, rowsOf } = written(false, many);
    writeAggregates(out, many.map((d) => d.id), false, rowsOf(headerOf));
    const lines = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(600);
    expect(lines.map((l) => JSON.parse(l) as Document)).toEqual(many);
  });
});
