import { describe, expect, it } from 'vitest';
import { provinceOf } from '../../src/normalize/province.js';

describe('provinceOf: the province a place stands for', () => {
  it.each([
    ['a province is its own', { canonical: 'Ryanggang Province', norm: { level: 'province', province: 'Ryanggang Province' } }, 'Ryanggang Province'],
    ['a special city is its own, also abroad', { canonical: 'Hong Kong', norm: { level: 'special_city', province: null } }, 'Hong Kong'],
    ['an unknown province is its own by name', { canonical: 'Tanbong Province', norm: { level: 'province', province: null } }, 'Tanbong Province'],
    ['a city lies in its province', { canonical: 'Hyesan', norm: { level: 'city', province: 'Ryanggang Province' } }, 'Ryanggang Province'],
    ['a facility in its town\'s province', { canonical: 'Hyesan Airfield', norm: { level: 'facility', province: 'Ryanggang Province' } }, 'Ryanggang Province'],
    ['a country stands for none', { canonical: 'North Korea', norm: { level: 'country', province: null } }, null],
    ['a village nobody placed stands for none', { canonical: 'Tanbong-ri', norm: { level: 'village', province: null } }, null],
  ] as const)('%s', (_, place, expected) => {
    expect(provinceOf(place)).toBe(expected);
  });
});
