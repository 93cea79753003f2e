import { describe, expect, it } from 'vitest';
import { entityKey, relationKey, type Keyable } from '../../src/eval/keys.js';

const named = (type: 'PLACE' | 'ORG' | 'LAW' | 'PERSON' | 'DRUG', canonical: string): Keyable => ({ type, canonical });
const grams = (g: number): Keyable => ({ type: 'QUANTITY', canonical: '', norm: { grams: g } });
const money = (currency: string, min: number, max: number): Keyable => ({ type: 'MONEY', canonical: '', norm: { currency, min, max } });
const date = (value: string, mod?: 'START' | 'MID' | 'END'): Keyable => ({ type: 'DATE', canonical: '', norm: mod ? { value, mod } : { value } });
const penalty = (kind: 'labor_training' | 'death_penalty' | 'reform_through_labor', duration: string | null, canonical = ''): Keyable =>
  ({ type: 'PENALTY', canonical, norm: { kind, duration } });

describe('entityKey', () => {
  const same: [string, Keyable, Keyable][] = [
    ['canonical names ignore case', named('ORG', 'Ministry of State Security'), named('ORG', 'ministry of state SECURITY')],
    ['canonical names ignore runs of whitespace and the ends', named('PLACE', 'North  Hamgyong\nProvince '), named('PLACE', 'North Hamgyong Province')],
    ['grams to 4 significant digits: an ounce converted by hand', grams(28.349523125), grams(28.35)],
    ['grams: a kilogram', grams(1000), grams(1000.0000001)],
    ['money: floating-point noise', money('KPW', 1.1 * 1e6, 1.1 * 1e6), money('KPW', 1100000, 1100000)],
    ['dates compare by value only', date('2019-05', 'END'), date('2019-05')],
    ['penalties compare by kind and duration, not canonical', penalty('labor_training', 'P6M', 'six months of labor training'), penalty('labor_training', 'P6M', 'labor camp')],
    ['penalties without duration', penalty('death_penalty', null, 'executed'), penalty('death_penalty', null, 'death sentence')],
  ];
  it.each(same)('same entity: %s', (_, a, b) => {
    expect(entityKey(a).key).toBe(entityKey(b).key);
  });

  const different: [string, Keyable, Keyable][] = [
    ['same name, other type', named('PLACE', 'Hyesan'), named('ORG', 'Hyesan')],
    ['a longer name', named('PLACE', 'Hyesan'), named('PLACE', 'Hyesan City')],
    ['names differing by a letter', named('DRUG', 'opium'), named('DRUG', 'opiums')],
    ['grams beyond 4 significant digits', grams(28.3), grams(28.4)],
    ['money in another currency', money('KPW', 500, 500), money('CNY', 500, 500)],
    ['a money range against its lower bound', money('USD', 100, 200), money('USD', 100, 100)],
    ['another date', date('2019-05'), date('2019-06')],
    ['a month against a day of it', date('2019-05'), date('2019-05-01')],
    ['another penalty duration', penalty('labor_training', 'P6M'), penalty('labor_training', 'P1Y')],
    ['another penalty kind', penalty('labor_training', 'P1Y'), penalty('reform_through_labor', 'P1Y')],
    ['a duration against none', penalty('reform_through_labor', 'P5Y'), penalty('reform_through_labor', null)],
    ['a quantity against money of the same number', grams(500), money('KPW', 500, 500)],
  ];
  it.each(different)('must NOT be the same entity: %s', (_, a, b) => {
    expect(entityKey(a).key).not.toBe(entityKey(b).key);
  });

  const names: [Keyable, string][] = [
    [named('PLACE', ' North  Hamgyong Province'), 'North Hamgyong Province'],
    [grams(28.349523125), '28.35 g'],
    [money('KPW', 5e6, 5e6), 'KPW 5000000'],
    [money('USD', 100, 200), 'USD 100-200'],
    [date('XXXX-03-12'), 'XXXX-03-12'],
    [penalty('labor_training', 'P6M'), 'labor_training P6M'],
    [penalty('death_penalty', null), 'death_penalty'],
  ];
  it.each(names)('%o is shown as %s', (e, name) => {
    expect(entityKey(e)).toMatchObject({ type: e.type, name });
  });
});

describe('relationKey', () => {
  const hyesan = entityKey(named('PLACE', 'Hyesan'));
  const province = entityKey(named('PLACE', 'Ryanggang Province'));
  const ministry = entityKey(named('ORG', 'Ministry of Social Security'));

  it('matches the same type between the same entities, whatever their case', () => {
    expect(relationKey('located_in', hyesan, province)).toBe(relationKey('located_in', entityKey(named('PLACE', 'HYESAN')), province));
  });

  const different: [string, string, string][] = [
    ['reversed direction', relationKey('located_in', hyesan, province), relationKey('located_in', province, hyesan)],
    ['another relation type', relationKey('based_in', ministry, hyesan), relationKey('located_in', ministry, hyesan)],
    ['another object', relationKey('based_in', ministry, hyesan), relationKey('based_in', ministry, province)],
  ];
  it.each(different)('must NOT match: %s', (_, a, b) => {
    expect(a).not.toBe(b);
  });
});
