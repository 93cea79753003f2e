import { describe, expect, it } from 'vitest';
import { mrSpelling } from '../../src/normalize/mr-spelling.js';

describe('mrSpelling: a North Korean name the gazetteer does not know, in McCune–Reischauer', () => {
  it.each([
    ['Hwajeon', 'Hwajon'],
    ['Ohbong', 'Obong'],
    ['Shinpoong Stadium', 'Sinpung Stadium'],
    ['Seongcheon', 'Songchon'],
    ['Geumya', 'Gumya'],
    // already McCune–Reischauer, or English words of the name: unchanged
    ['Sinuiju', 'Sinuiju'],
    ['Obong', 'Obong'],
    ['Hyesan Middle School', 'Hyesan Middle School'],
    ['Tanbong Shoe Factory', 'Tanbong Shoe Factory'],
    // what only the Hangul could tell stays as written
    ['Hyongjaesan', 'Hyongjaesan'],
    ['Ohio', 'Ohio'],
  ])('%s → %s', (name, expected) => {
    expect(mrSpelling(name)).toBe(expected);
  });
});
