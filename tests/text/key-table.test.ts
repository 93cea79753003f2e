import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable, tableOf } from '../../src/text/key-table.js';

describe('KeyTable', () => {
  it('answers as a Map over the same entries, for members and for any other string', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.integer())), fc.array(fc.string()), (entries, probes) => {
        const map = new Map<string, number>();
        // a Map keeps the last value of a repeated key, the table the first: give it only the first
        for (const [k, v] of entries) if (!map.has(k)) map.set(k, v);
        const table = new KeyTable(entries);
        for (const key of [...entries.map(([k]) => k), ...probes, ...probes.map((p) => p.toUpperCase())]) {
          expect(table.get(key)).toBe(key === '' ? undefined : map.get(key));
        }
      }),
    );
  });

  it('files keys that share length and first and last letters apart', () => {
    const table = new KeyTable([['korea', 1], ['kenya', 2], ['KOREA', 3]]);
    expect([table.get('korea'), table.get('kenya'), table.get('KOREA'), table.get('koala')]).toEqual([1, 2, 3, undefined]);
  });

  it('makes one table per set, holding its members', () => {
    const set = new Set(['won', 'yuan']);
    expect(tableOf(set)).toBe(tableOf(set));
    expect([tableOf(set).has('won'), tableOf(set).has('yen')]).toEqual([true, false]);
  });
});
