import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  dateMod, decadeValue, isoDate, monthDayValue, monthNumber, monthValue, recentSeasonValue, relativeYearValue, seasonValue, weekdayNumber, weekdayValue,
} from '../../src/normalize/dates.js';

// 2018-05-07 is a Monday
const PUB = '2018-05-07';

describe('monthNumber and weekdayNumber', () => {
  test.each([
    ['January', 1], ['Jan', 1], ['Jan.', 1], ['Feb.', 2], ['March', 3], ['Mar', 3], ['May', 5], ['june', 6], ['Sept.', 9], ['Sep', 9], ['Dec', 12],
  ])('%s → %d', (name, n) => {
    expect(monthNumber(name)).toBe(n);
  });
  test.each([['Ja'], ['Janu'], ['Marc'], ['Mayday'], ['Sunday']])('%s is no month', (name) => {
    expect(monthNumber(name)).toBeNull();
  });
  test.each([['Monday', 1], ['Wednesday', 3], ['sunday', 7]])('%s → %d', (name, n) => {
    expect(weekdayNumber(name)).toBe(n);
  });
  test('Wed is no weekday', () => expect(weekdayNumber('Wed')).toBeNull());
});

describe('isoDate', () => {
  test.each([
    [2018, 5, 7, '2018-05-07'], [2020, 2, 29, '2020-02-29'], [1995, 12, 31, '1995-12-31'],
  ])('%d-%d-%d', (y, m, d, iso) => expect(isoDate(y, m, d)).toBe(iso));
  test.each([[2019, 2, 29], [2018, 4, 31], [2018, 13, 1], [2018, 0, 1], [2018, 5, 0]])('%d-%d-%d is no day', (y, m, d) => {
    expect(isoDate(y, m, d)).toBeNull();
  });
});

describe('monthDayValue', () => {
  test.each([
    [3, 12, PUB, '2018-03-12'],
    [5, 7, PUB, '2018-05-07'],
    // within a month after publication: the coming day, not eleven months back
    [5, 8, PUB, '2018-05-08'],
    [6, 7, PUB, '2018-06-07'],
    [6, 8, PUB, '2017-06-08'],
    [12, 24, PUB, '2017-12-24'],
    [1, 19, null, 'XXXX-01-19'],
  ])('%d/%d published %s → %s', (m, d, pub, value) => expect(monthDayValue(m, d, pub)).toBe(value));
  test('a day its sentence speaks of as to come is of the publication year', () => {
    expect(monthDayValue(12, 24, PUB, true)).toBe('2018-12-24');
    expect(monthDayValue(3, 12, PUB, true)).toBe('2018-03-12');
  });
  test('an impossible day has no value', () => expect(monthDayValue(2, 30, PUB)).toBeNull());
});

describe('monthValue', () => {
  test.each([
    [7, PUB, 'in', '2017-07'],
    [5, PUB, 'in', '2018-05'],
    [2, PUB, 'in', '2018-02'],
    [5, PUB, 'last', '2017-05'],
    [3, PUB, 'last', '2018-03'],
    [9, PUB, 'this', '2018-09'],
    [7, null, 'in', 'XXXX-07'],
  ] as const)('%d published %s (%s) → %s', (m, pub, relation, value) => expect(monthValue(m, pub, relation)).toBe(value));
  test('a month its sentence speaks of as to come is of the publication year', () => {
    expect(monthValue(7, PUB, 'in', true)).toBe('2018-07');
    expect(monthValue(7, PUB, 'last', true)).toBe('2017-07');
  });
});

describe('weekdayValue', () => {
  test.each([
    [3, PUB, 'on', '2018-05-02'],
    [1, PUB, 'on', '2018-05-07'],
    [7, PUB, 'on', '2018-05-06'],
    [1, PUB, 'last', '2018-04-30'],
    [3, PUB, 'last', '2018-05-02'],
    [3, PUB, 'next', '2018-05-09'],
    [1, PUB, 'next', '2018-05-14'],
    [3, null, 'on', 'XXXX-WXX-3'],
  ] as const)('weekday %d published %s (%s) → %s', (w, pub, relation, value) => expect(weekdayValue(w, pub, relation)).toBe(value));
});

describe('decades, seasons, modifiers', () => {
  test.each([[1990, '199X'], [2000, '200X'], [1950, '195X']])('decade %d → %s', (d, v) => expect(decadeValue(d)).toBe(v));
  test.each([
    ['spring', 2019, '2019-SP'], ['Summer', 2019, '2019-SU'], ['autumn', 2017, '2017-FA'], ['fall', 2017, '2017-FA'], ['winter', 2020, '2020-WI'],
  ])('%s %d → %s', (s, y, v) => expect(seasonValue(s, y)).toBe(v));
  test('a word that is no season', () => expect(seasonValue('monsoon', 2019)).toBeNull());
  test.each([
    ['spring', '2014-09-14', '2014-SP'], ['spring', '2014-03-01', '2014-SP'], ['spring', '2014-02-28', '2013-SP'],
    ['fall', '2024-01-30', '2023-FA'], ['winter', '2024-01-30', '2023-WI'], ['winter', '2023-12-02', '2023-WI'], ['summer', null, 'XXXX-SU'],
  ])('a season without a year, %s, published %s → %s (the most recent one begun)', (s, published, v) => expect(recentSeasonValue(s, published)).toBe(v));
  test.each([
    ['early', 'START'], ['Beginning', 'START'], ['start', 'START'], ['mid', 'MID'], ['middle', 'MID'], ['late', 'END'], ['end', 'END'],
  ])('%s → %s', (w, mod) => expect(dateMod(w)).toBe(mod));
  test.each([[undefined], ['around'], ['the']])('%s → no modifier', (w) => expect(dateMod(w)).toBeUndefined());
});

describe('calendar arithmetic agrees with Date', () => {
  const day = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const isoWeekday = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;

  test('weekdays resolve to the most recent such day on or before publication', () => {
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 7 }), (pub, weekday) => {
      const value = new Date(`${weekdayValue(weekday, iso(pub))}T00:00:00Z`);
      const back = (pub.getTime() - value.getTime()) / 86_400_000;
      return isoWeekday(value) === weekday && back >= 0 && back <= 6;
    }));
  });

  test('isoDate accepts exactly the days that exist', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      return (isoDate(y, m, d) !== null) === real;
    }));
  });

});

describe('relativeYearValue', () => {
  test.each([
    [-1, 7, null, PUB, '2017-07'],
    [0, 3, 12, PUB, '2018-03-12'],
    [-1, 7, null, null, 'XXXX-07'],
    [-1, 2, 29, '2017-05-01', '2016-02-29'],
  ] as const)('%d: %d/%s published %s → %s', (offset, m, d, pub, value) => expect(relativeYearValue(offset, m, d, pub)).toBe(value));
  test('an impossible day has no value', () => expect(relativeYearValue(-1, 2, 29, PUB)).toBeNull());
});
