import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecord, csvRecords } from '../../src/batch/csv.js';
import type { Row } from '../../src/export/rows.js';
import { openCsv } from '../../src/export/write.js';
import { tempDir } from '../helpers.js';

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
