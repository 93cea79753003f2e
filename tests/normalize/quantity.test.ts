import { describe, expect, test } from 'vitest';
import { gramsPerUnit, quantityCanonical, toGrams } from '../../src/normalize/quantity.js';

describe('gramsPerUnit', () => {
  test.each([
    ['g', 1], ['gram', 1], ['grams', 1], ['Grams', 1], ['grammes', 1],
    ['mg', 0.001], ['milligrams', 0.001],
    ['kg', 1000], ['KG', 1000], ['kgs', 1000], ['kilo', 1000], ['kilos', 1000], ['kilogram', 1000], ['Kilograms', 1000], ['kilogrammes', 1000],
    ['ton', 1e6], ['tons', 1e6], ['tonne', 1e6], ['tonnes', 1e6], ['metric tons', 1e6],
    ['pound', 453.59237], ['Pounds', 453.59237], ['lbs', 453.59237], ['ounce', 28.349523125], ['oz', 28.349523125],
  ])('%s → %d g', (unit, grams) => {
    expect(gramsPerUnit(unit)).toBe(grams);
  });

  test.each([['G'], ['MG'], ['km'], ['meters'], ['liters'], ['LB'], ['OZ'], ['people'], ['gigabytes']])('%s is not a mass unit', (unit) => {
    expect(gramsPerUnit(unit)).toBeNull();
  });
});

describe('toGrams and quantityCanonical', () => {
  test.each([
    [1.5, 'kg', 1500, '1500 g'],
    [500, 'g', 500, '500 g'],
    [0.5, 'kilogram', 500, '500 g'],
    [3, 'tons', 3_000_000, '3000000 g'],
    [1.1, 'kg', 1100, '1100 g'],
    [2, 'mg', 0.002, '0.002 g'],
  ])('%d %s → %d g', (amount, unit, grams, canonical) => {
    expect(toGrams(amount, unit)).toBe(grams);
    expect(quantityCanonical(grams)).toBe(canonical);
  });

  test('a unit that is not mass gives null', () => {
    expect(toGrams(10, 'km')).toBeNull();
  });
});
