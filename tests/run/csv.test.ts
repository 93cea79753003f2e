import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecord, csvRecords, entityRecords } from '../../src/batch/csv.js';
import { ENTITY_COLUMNS, entityRows, type Row } from '../../src/export/rows.js';
import { createPipeline } from '../../src/pipeline.js';
import { openCsv } from '../../src/export/write.js';
import { tempDir } from '../helpers.js';
import { testArticles, testRules } from './fixture.js';

const COLUMNS = ['a', 'b', 'c'];

/** The same rows through export/write.ts's openCsv (fast-csv): the format csv.ts must reproduce. */
async function viaOpenCsv(rows: Row[], raw: boolean): Promise<string> {
  const path = join(tempDir('nkie-csv-'), 'x.csv');
  const csv = openCsv(path, COLUMNS, raw);
  for (const r of rows) await csv.write(r);
  await csv.close();
  return readFileSync(path, 'utf8');
}

const viaCsvRecords = (rows: Row[], raw: boolean) => COLUMNS.join(',') + csvRecords(rows, COLUMNS, raw);

describe('CSV formatting', () => {
  it.each([
    [{ a: 'Hyesan', b: 12, c: null }, 'Hyesan,12,'],
    [{ a: 'has, comma', b: 'say "ice"', c: 'line\nbreak' }, '"has, comma","say ""ice""","line\nbreak"'],
    [{ a: 'a|b', b: 'cr\r', c: 'nul\0byte' }, '"a|b","cr\r",nulbyte'],
    [{ a: '=HYPERLINK("x")', b: '-2', c: '+cmd' }, '"\'=HYPERLINK(""x"")",-2,\'+cmd'],
    [{ a: -98.5, b: true, c: '' }, '-98.5,true,'],
    [{ a: '@SUM(A1)', b: '\tx', c: 'plain' }, "'@SUM(A1),'\tx,plain"],
    // fast-csv sees the text "-Infinity", which is no plain number, so it is neutralised like any cell starting with "-"
    [{ a: -Infinity, b: Infinity, c: -0 }, "'-Infinity,Infinity,0"],
  ] as [Row, string][])('formats %j as %j', (row, line) => {
    expect(csvRecord(row, COLUMNS, false)).toBe(line);
  });

  it.each([
    [{ a: '=1+1', b: '@x', c: '-y' }, '=1+1,@x,-y'],
    [{ a: 'x,y', b: null, c: 0 }, '"x,y",,0'],
  ] as [Row, string][])('writes %j raw as %j', (row, line) => {
    expect(csvRecord(row, COLUMNS, true)).toBe(line);
  });

  it('writes nothing after the header for no rows, like fast-csv', async () => {
    expect(viaCsvRecords([], false)).toBe(await viaOpenCsv([], false));
  });

  it('matches openCsv byte for byte on any cells', async () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '|', '\0', '=', '+', '-', '@', '\t', "'", 'ŏ', '1', '.') }),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const rows = fc.array(fc.record({ a: cell, b: cell, c: cell }), { maxLength: 5 });
    await fc.assert(fc.asyncProperty(rows, fc.boolean(), async (rs, raw) => {
      expect(viaCsvRecords(rs, raw)).toBe(await viaOpenCsv(rs, raw));
    }), { numRuns: 300 });
  }, 120_000);
});

describe('entityRecords', () => {
  const pipeline = createPipeline({ rulesDir: testRules() });
  const docs = testArticles(12).map((a) => pipeline.process(a));
  // cells a spreadsheet would run, quotes, a separator and a line break in the text and canonical name
  const text = '=2 kg of "ice", sold in\nHyesan; Article 60, life, by the -MSS in late 2019';
  const handmade = {
    ...docs[0]!, id: 'hand', text,
    entities: [
      { id: 'e1', type: 'QUANTITY' as const, text: '=2 kg', start: 0, end: 5, sentence: 0, canonical: '=2 kg', canonicalId: null, rule: '@p', norm: { grams: -2000 } },
      { id: 'e2', type: 'PLACE' as const, text: 'in\nHyesan', start: 21, end: 30, sentence: 0, canonical: 'a|b', canonicalId: null, rule: 'p', norm: { level: null, province: '+x', country: 'KP', lat: 41.4, lon: -0.5, resolved: false } },
      { id: 'e3', type: 'LAW' as const, text: 'Article 60', start: 32, end: 42, sentence: 0, canonical: 'Criminal Code Article 60', canonicalId: 'cc-60', rule: 'p', norm: { code: 'Criminal Code', article: 60, title: 'Treason, "anti-state"' } },
      { id: 'e4', type: 'PENALTY' as const, text: 'life', start: 44, end: 48, sentence: 0, canonical: 'reform through labor', canonicalId: 'rtl', rule: 'p', norm: { kind: 'reform_through_labor' as const, status: 'requested' as const, duration: null, life: true } },
      { id: 'e5', type: 'ORG' as const, text: '-MSS', start: 57, end: 61, sentence: 0, canonical: 'Ministry of State Security', canonicalId: 'mss', rule: 'p', norm: { kind: 'security' as const, acronym: '-MSS' } },
      { id: 'e6', type: 'DATE' as const, text: 'late 2019', start: 65, end: 74, sentence: 0, canonical: '2019', canonicalId: null, rule: 'p', norm: { value: '2019', mod: 'END' as const } },
    ],
  };

  it.each([false, true])('gives the records of entityRows through csvRecords (raw %s)', (raw) => {
    expect(docs.reduce((n, d) => n + d.entities.length, 0)).toBeGreaterThan(50);
    // the generated articles hold a life term and a date with a modifier; the handmade document the rest
    expect(docs.some((d) => d.entities.some((e) => e.type === 'PENALTY' && e.norm.life === true))).toBe(true);
    expect(docs.some((d) => d.entities.some((e) => e.type === 'DATE' && e.norm.mod === 'START'))).toBe(true);
    for (const doc of [...docs, handmade]) expect(entityRecords(doc, raw)).toBe(csvRecords(entityRows(doc), ENTITY_COLUMNS, raw));
  });
});
