import { describe, expect, it } from 'vitest';
import { prf, Tally, type Counts } from '../../src/eval/score.js';

describe('prf', () => {
  const cases: [string, Counts, [number, number, number]][] = [
    ['ordinary counts', { tp: 3, fp: 1, fn: 2 }, [0.75, 0.6, 6 / 9]],
    ['all correct', { tp: 5, fp: 0, fn: 0 }, [1, 1, 1]],
    ['nothing in the gold, nothing predicted: perfect agreement', { tp: 0, fp: 0, fn: 0 }, [1, 1, 1]],
    ['gold items, nothing predicted', { tp: 0, fp: 0, fn: 4 }, [0, 0, 0]],
    ['predictions, nothing in the gold', { tp: 0, fp: 2, fn: 0 }, [0, 0, 0]],
    ['all predictions wrong, all gold missed', { tp: 0, fp: 3, fn: 3 }, [0, 0, 0]],
    ['high recall, low precision', { tp: 2, fp: 2, fn: 0 }, [0.5, 1, 2 / 3]],
  ];
  it.each(cases)('%s', (_, counts, [p, r, f]) => {
    const s = prf(counts);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo(f, 10);
    expect([s.tp, s.fp, s.fn]).toEqual([counts.tp, counts.fp, counts.fn]);
  });

  it('F1 is the harmonic mean of P and R whenever both are positive', () => {
    for (const c of [{ tp: 1, fp: 2, fn: 3 }, { tp: 7, fp: 1, fn: 0 }, { tp: 4, fp: 4, fn: 9 }]) {
      const s = prf(c);
      expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall), 12);
    }
  });

  it('a correct prediction added never lowers P, R or F1', () => {
    for (const c of [{ tp: 0, fp: 0, fn: 3 }, { tp: 0, fp: 2, fn: 1 }, { tp: 2, fp: 1, fn: 1 }]) {
      const before = prf(c);
      const after = prf({ tp: c.tp + 1, fp: c.fp, fn: c.fn - 1 });
      expect(after.precision).toBeGreaterThanOrEqual(before.precision);
      expect(after.recall).toBeGreaterThanOrEqual(before.recall);
      expect(after.f1).toBeGreaterThanOrEqual(before.f1);
    }
  });
});

describe('Tally', () => {
  it('pools counts for micro and averages per-type scores for macro', () => {
    const t = new Tally(['PLACE', 'ORG', 'DRUG']);
    t.add('ORG', { tp: 1, fn: 1 });
    t.add('PLACE', { tp: 8, fp: 2 });
    t.add('PLACE', { fn: 2 });
    const s = t.scores();
    expect(Object.keys(s.byType)).toEqual(['PLACE', 'ORG']);
    expect(s.byType.PLACE).toMatchObject({ tp: 8, fp: 2, fn: 2, precision: 0.8, recall: 0.8 });
    expect(s.micro).toMatchObject({ tp: 9, fp: 2, fn: 3 });
    expect(s.micro.precision).toBeCloseTo(9 / 11, 12);
    expect(s.micro.recall).toBeCloseTo(9 / 12, 12);
    expect(s.macro.precision).toBeCloseTo((0.8 + 1) / 2, 12);
    expect(s.macro.recall).toBeCloseTo((0.8 + 0.5) / 2, 12);
    expect(s.macro.f1).toBeCloseTo((0.8 + 2 / 3) / 2, 12);
  });

  it('leaves out types without any count, and puts unknown types after the known ones, sorted', () => {
    const t = new Tally(['b', 'a']);
    t.add('a', {});
    t.add('z', { fp: 1 });
    t.add('y', { tp: 1 });
    t.add('b', { tp: 1 });
    expect(Object.keys(t.scores().byType)).toEqual(['b', 'y', 'z']);
  });

  it('scores an empty tally as perfect agreement on nothing', () => {
    const s = new Tally(['PLACE']).scores();
    expect(s.byType).toEqual({});
    expect(s.micro).toEqual({ precision: 1, recall: 1, f1: 1, tp: 0, fp: 0, fn: 0 });
    expect(s.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
