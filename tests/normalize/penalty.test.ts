import { expect, test } from 'vitest';
import { isoDuration } from '../../src/normalize/penalty.js';

test.each([
  [2, 'months', 'P2M'],
  [15, 'years', 'P15Y'],
  [1, 'year', 'P1Y'],
  [3, 'weeks', 'P3W'],
  [10, 'days', 'P10D'],
  [1.5, 'years', 'P1Y6M'],
  [0.5, 'year', 'P6M'],
  [2.25, 'years', 'P2Y3M'],
  [6, 'Months', 'P6M'],
])('%d %s → %s', (amount, unit, iso) => {
  expect(isoDuration(amount, unit)).toBe(iso);
});

test.each([
  [1.5, 'months'], [0.3, 'years'], [2.5, 'days'], [0, 'years'], [5, 'hours'], [3, 'decades'],
])('%d %s has no ISO duration in whole units', (amount, unit) => {
  expect(isoDuration(amount, unit)).toBeNull();
});
