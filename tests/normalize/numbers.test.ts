import { describe, expect, test } from 'vitest';
import { followsRangeStart, formatDecimal, matchEndingAt, parseNumber, roundDecimal, scaleOf } from '../../src/normalize/numbers.js';

describe('parseNumber', () => {
  test.each([
    ['500', 500],
    ['1,200', 1200],
    ['1,200,000', 1200000],
    ['1.5', 1.5],
    ['0.2', 0.2],
    ['two', 2],
    ['Three', 3],
    ['fifteen', 15],
    ['twenty-five', 25],
    ['ninety-nine', 99],
    ['one and a half', 1.5],
    ['half', 0.5],
    ['half a', 0.5],
    ['a hundred', 100],
    ['a thousand', 1000],
    ['30 million', 30_000_000],
    ['1.5 billion', 1_500_000_000],
    ['two hundred thousand', 200_000],
    ['half a million', 500_000],
    ['1.1 million', 1_100_000],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test.each([
    ['hundred'], ['several hundred'], ['hundreds'], ['thousands'], ['a few'], ['dozens'], ['a'], ['twenty-ten'], ['1,20'], [''], ['ten-ish'],
  ])('%s is not a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('scaleOf', () => {
  test.each([
    ['30 million', 1e6], ['a hundred thousand', 1e5], ['500', 1], ['two', 1],
  ])('%s → %d', (text, scale) => {
    expect(scaleOf(text)).toBe(scale);
  });
});

describe('formatDecimal and roundDecimal', () => {
  test.each([
    [1500, '1500'], [0.5, '0.5'], [3_000_000, '3000000'], [1e-6, '0.000001'], [1.1 * 1000, '1100'], [2e21, '2000000000000000000000'],
  ])('%d → %s', (x, s) => {
    expect(formatDecimal(x)).toBe(s);
    expect(formatDecimal(x)).not.toMatch(/e/i);
  });

  test('float noise is rounded away', () => {
    expect(roundDecimal(1.1 * 1000)).toBe(1100);
  });
});

describe('followsRangeStart', () => {
  test.each([['between 2 and '], ['2-'], ['2 - '], ['two to '], ['from 5 to '], ['5 or '], ['1,500-']])('%j ends with a range start', (before) => {
    expect(followsRangeStart(`${before}3 kg`, before.length)).toBe(true);
  });
  test.each([['seized '], ['a total of '], ['bags and '], ['']])('%j does not', (before) => {
    expect(followsRangeStart(`${before}3 kg`, before.length)).toBe(false);
  });
});

describe('matchEndingAt', () => {
  const NUMBER_THEN_SPACE = /(?:\d[\d,]*|two hundred|hundred|two)[ ]$/y;

  test.each([
    ['he sold 1,200 grams', 'grams', '1,200 '],
    ['he sold two hundred grams', 'grams', 'two hundred '],
    ['he sold two grams', 'grams', 'two '],
  ])('in %j before %j: %j, the longest match', (text, anchor, match) => {
    expect(matchEndingAt(NUMBER_THEN_SPACE, text, text.indexOf(anchor))?.[0]).toBe(match);
  });

  test('only matches ending exactly at the anchor', () => {
    const text = 'two grams of it';
    expect(matchEndingAt(NUMBER_THEN_SPACE, text, text.indexOf('of'))).toBeNull();
  });

  test('never reads across a line break or beyond its word limit', () => {
    expect(matchEndingAt(NUMBER_THEN_SPACE, 'two\ngrams', 4)).toBeNull();
    const text = 'two hundred grams';
    expect(matchEndingAt(NUMBER_THEN_SPACE, text, text.indexOf('grams'), 1)?.[0]).toBe('hundred ');
  });
});
