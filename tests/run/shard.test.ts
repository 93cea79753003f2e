import { describe, expect, it } from 'vitest';
import { formatShard, inShard, parseShard, shardOf } from '../../src/batch/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    [' 8/8 ', { index: 8, count: 8 }],
    ['10/100', { index: 10, count: 100 }],
  ])('reads %j', (spec, shard) => {
    expect(parseShard(spec)).toEqual(shard);
    expect(formatShard(shard)).toBe(spec.trim());
  });

  it.each([
    ['3/2', /1 <= K <= N \(got 3\/2\)/],
    ['0/4', /1 <= K <= N/],
    ['1/0', /1 <= K <= N/],
    ['2', /expected K\/N/],
    ['a/b', /expected K\/N/],
    ['-1/2', /expected K\/N/],
    ['1.5/2', /expected K\/N/],
    ['', /expected K\/N/],
  ])('rejects %j', (spec, message) => {
    expect(parseShard(spec)).toMatch(message);
  });
});

describe('shardOf', () => {
  const ids = Array.from({ length: 3000 }, (_, i) => `article-${i}`);

  it('puts every id in exactly one shard', () => {
    for (const count of [1, 2, 3, 7]) {
      for (const id of ids.slice(0, 200)) {
        const owners = Array.from({ length: count }, (_, k) => k + 1).filter((index) => inShard(id, { index, count }));
        expect(owners).toEqual([shardOf(id, count)]);
      }
    }
  });

  it('depends on the id alone, identically on every call', () => {
    expect(ids.map((id) => shardOf(id, 5))).toEqual(ids.map((id) => shardOf(id, 5)));
    // fixed values: a change of hash would scatter existing shard outputs
    expect(['a', 'b', 'gen-000001', '000_fe710c0bc4e9d035'].map((id) => shardOf(id, 4))).toEqual([4, 2, 1, 3]);
  });

  it('spreads ids evenly', () => {
    const sizes = [0, 0, 0, 0];
    for (const id of ids) sizes[shardOf(id, 4) - 1]!++;
    for (const n of sizes) expect(Math.abs(n - 750)).toBeLessThan(120);
  });

  it('keeps everything without a shard', () => {
    expect(ids.every((id) => inShard(id, null))).toBe(true);
  });
});
