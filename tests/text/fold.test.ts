import { describe, expect, it } from 'vitest';
import { foldText, nameKeys, splitWords } from '../../src/text/fold.js';

describe('foldText', () => {
  it.each([
    ['Hamhŭng', 'Hamhung'],
    ["P’yŏngsŏng", "P'yongsong"],
    ['“quoted” — dash', '"quoted" - dash'],
    ['a\u00a0b\u200bc', 'a b c'],
    ['Hangul 한국 stays', 'Hangul 한국 stays'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
  ])('%s → %s, same length', (input, expected) => {
    const out = foldText(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('returns the same string when nothing folds', () => {
    const s = 'plain ASCII text';
    expect(foldText(s)).toBe(s);
  });
});

describe('splitWords', () => {
  const keys = (s: string) => splitWords(foldText(s)).map((w) => w.key);

  it.each([
    ["Hoeryong's party", ['hoeryong', 'party']],
    ["P'yŏngsŏng city", ['pyongsong', 'city']],
    ['Sin-uiju', ['sin', 'uiju']],
    ["Workers' Party", ['workers', 'party']],
    ['500g of ice', ['500g', 'of', 'ice']],
  ])('%s → %j', (input, expected) => {
    expect(keys(input)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = "Hamhŭng’s Ministry, Hyesan-si";
    for (const w of splitWords(foldText(text))) {
      expect(foldText(text.slice(w.start, w.end)).toLowerCase().replace(/'/g, '')).toBe(w.key);
    }
  });

  it.each([
    ['North Hamgyong', true],
    ['Sin-uiju', true],
    ["People's Security", true],
    ['Hoeryong, North', false],
    ['Hyesan (city', false],
    ['Hyesan\nCity', false],
  ])('joins "%s": %s', (input, joins) => {
    expect(splitWords(foldText(input))[0]!.joinsNext).toBe(joins);
  });
});

describe('nameKeys', () => {
  it('gives the keys of a name as a rule author writes it', () => {
    expect(nameKeys("Ministry of People's Security")).toEqual(['ministry', 'of', 'people', 'security']);
    expect(nameKeys('Hamhŭng')).toEqual(nameKeys('Hamhung'));
  });

  it('rejects names that punctuation would split or that have no letters', () => {
    expect(nameKeys('Kim, Jong')).toBeNull();
    expect(nameKeys('---')).toBeNull();
  });
});
