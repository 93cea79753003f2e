import { describe, expect, it } from 'vitest';
import { spanIndex } from '../../src/text/span-index.js';

const spans = [
  { start: 40, end: 45, id: 'd' },
  { start: 0, end: 30, id: 'a' },
  { start: 10, end: 12, id: 'b' },
  { start: 31, end: 35, id: 'c' },
];

describe('spanIndex', () => {
  it('finds every span that overlaps a range, a long one that starts far before it too', () => {
    const index = spanIndex(spans);
    expect(index.overlapping(11, 32).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(index.overlapping(29, 31).map((s) => s.id)).toEqual(['a']);
  });

  it('does not count a span that only touches the range', () => {
    const index = spanIndex(spans);
    expect(index.overlapping(30, 31)).toEqual([]);
    expect(index.overlapping(35, 40)).toEqual([]);
  });

  it('answers as a scan of every span does, on random spans', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const many = Array.from({ length: 300 }, () => {
      const start = random(1000);
      return { start, end: start + 1 + random(20) };
    });
    const index = spanIndex(many);
    for (let k = 0; k < 200; k++) {
      const start = random(1000);
      const end = start + 1 + random(30);
      const scanned = many.filter((s) => s.start < end && start < s.end);
      expect(new Set(index.overlapping(start, end))).toEqual(new Set(scanned));
    }
  });

  it('finds the spans that end at an offset', () => {
    expect(spanIndex(spans).endingAt(35).map((s) => s.id)).toEqual(['c']);
    expect(spanIndex(spans).endingAt(36)).toEqual([]);
  });
});
