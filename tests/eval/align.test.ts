import { describe, expect, it } from 'vitest';
import { alignExact, alignPartial, compareKeyed, nearest, type Mention } from '../../src/eval/align.js';

const m = (type: string, start: number, end: number): Mention => ({ type, start, end });
const spans = (xs: readonly Mention[]) => xs.map((x) => `${x.type}:${x.start}-${x.end}`);

interface Case {
  name: string;
  gold: Mention[];
  pred: Mention[];
  /** matched, missed, spurious counts under [exact, partial] */
  exact: [number, number, number];
  partial: [number, number, number];
}

const cases: Case[] = [
  { name: 'same type and span', gold: [m('PLACE', 0, 6)], pred: [m('PLACE', 0, 6)], exact: [1, 0, 0], partial: [1, 0, 0] },
  { name: 'same span, other type', gold: [m('PLACE', 0, 6)], pred: [m('ORG', 0, 6)], exact: [0, 1, 1], partial: [0, 1, 1] },
  { name: 'prediction too long', gold: [m('PLACE', 0, 6)], pred: [m('PLACE', 0, 15)], exact: [0, 1, 1], partial: [1, 0, 0] },
  { name: 'prediction too short', gold: [m('ORG', 4, 30)], pred: [m('ORG', 8, 30)], exact: [0, 1, 1], partial: [1, 0, 0] },
  { name: 'overlap of one character', gold: [m('ORG', 4, 10)], pred: [m('ORG', 9, 20)], exact: [0, 1, 1], partial: [1, 0, 0] },
  { name: 'overlap, other type', gold: [m('PLACE', 0, 6)], pred: [m('ORG', 0, 15)], exact: [0, 1, 1], partial: [0, 1, 1] },
  { name: 'duplicate prediction', gold: [m('DRUG', 5, 9)], pred: [m('DRUG', 5, 9), m('DRUG', 5, 9)], exact: [1, 0, 1], partial: [1, 0, 1] },
  { name: 'duplicate gold', gold: [m('DRUG', 5, 9), m('DRUG', 5, 9)], pred: [m('DRUG', 5, 9)], exact: [1, 1, 0], partial: [1, 1, 0] },
  { name: 'one prediction over two gold mentions', gold: [m('PLACE', 0, 6), m('PLACE', 8, 26)], pred: [m('PLACE', 0, 26)], exact: [0, 2, 1], partial: [1, 1, 0] },
  { name: 'two predictions inside one gold mention', gold: [m('ORG', 0, 30)], pred: [m('ORG', 0, 8), m('ORG', 12, 30)], exact: [0, 1, 2], partial: [1, 0, 1] },
  { name: 'empty gold', gold: [], pred: [m('PLACE', 0, 6)], exact: [0, 0, 1], partial: [0, 0, 1] },
  { name: 'empty predictions', gold: [m('PLACE', 0, 6)], pred: [], exact: [0, 1, 0], partial: [0, 1, 0] },
  { name: 'both empty', gold: [], pred: [], exact: [0, 0, 0], partial: [0, 0, 0] },
];

const counts = (a: { matched: unknown[]; missed: unknown[]; spurious: unknown[] }) => [a.matched.length, a.missed.length, a.spurious.length];

describe('alignExact and alignPartial', () => {
  it.each(cases)('$name', ({ gold, pred, exact, partial }) => {
    expect(counts(alignExact(gold, pred))).toEqual(exact);
    expect(counts(alignPartial(gold, pred))).toEqual(partial);
  });

  const mustNotMatch: [string, Mention, Mention][] = [
    ['touching spans do not overlap', m('PLACE', 0, 6), m('PLACE', 6, 12)],
    ['disjoint spans', m('PLACE', 0, 6), m('PLACE', 20, 26)],
    ['overlapping spans of another type', m('LAW', 0, 20), m('ORG', 5, 20)],
  ];
  it.each(mustNotMatch)('partial must NOT match: %s', (_, g, p) => {
    expect(alignPartial([g], [p]).matched).toEqual([]);
  });

  it('partial takes the exact pair first, then the largest overlap', () => {
    const gold = [m('PLACE', 0, 10), m('PLACE', 12, 20)];
    const exactFirst = alignPartial(gold, [m('PLACE', 5, 16), m('PLACE', 0, 10)]);
    expect(exactFirst.matched.map(([g, p]) => [spans([g])[0], spans([p])[0]])).toEqual([['PLACE:0-10', 'PLACE:0-10'], ['PLACE:12-20', 'PLACE:5-16']]);
    const largest = alignPartial([m('PLACE', 0, 10), m('PLACE', 11, 30)], [m('PLACE', 8, 25)]);
    expect(spans(largest.matched.map(([g]) => g))).toEqual(['PLACE:11-30']);
    expect(spans(largest.missed)).toEqual(['PLACE:0-10']);
  });

  it('keeps the items themselves and lists them in text order', () => {
    const gold = [{ ...m('ORG', 30, 40), id: 'g2' }, { ...m('ORG', 0, 5), id: 'g1' }];
    const pred = [{ ...m('ORG', 50, 55), id: 'e2' }, { ...m('ORG', 30, 40), id: 'e1' }];
    const a = alignExact(gold, pred);
    expect(a.matched.map(([g, p]) => [g.id, p.id])).toEqual([['g2', 'e1']]);
    expect(a.missed.map((g) => g.id)).toEqual(['g1']);
    expect(a.spurious.map((p) => p.id)).toEqual(['e2']);
  });
});

describe('nearest', () => {
  const others = [m('PLACE', 0, 4), m('ORG', 2, 12), m('DRUG', 20, 25)];
  const cases: [Mention, string | null][] = [
    [m('PLACE', 1, 9), 'ORG:2-12'],
    [m('PLACE', 0, 6), 'PLACE:0-4'],
    [m('PLACE', 0, 3), 'PLACE:0-4'],
    [m('LAW', 12, 20), null],
    [m('DRUG', 24, 30), 'DRUG:20-25'],
  ];
  it.each(cases)('%o → %s (the largest overlap; the first on a tie)', (item, expected) => {
    const n = nearest(item, others);
    expect(n && spans([n])[0]!).toBe(expected);
  });
});

describe('compareKeyed', () => {
  it('splits keys into matched (gold item with its prediction), missed and spurious', () => {
    const gold = new Map([['a', 'gold a'], ['b', 'gold b']]);
    const pred = new Map([['b', 'pred b'], ['c', 'pred c']]);
    expect(compareKeyed(gold, pred)).toEqual({ matched: [['gold b', 'pred b']], missed: ['gold a'], spurious: ['pred c'] });
  });

  it('treats two empty sets as nothing to report', () => {
    expect(compareKeyed(new Map(), new Map())).toEqual({ matched: [], missed: [], spurious: [] });
  });
});
