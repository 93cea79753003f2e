import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, nameKeys, splitWords, type Word } from '../../src/text/fold.js';

// the straightforward version of splitWords the scan replaces
const WORD = /[\p{L}\p{N}\p{M}\u00ad]+(?:'[\p{L}\p{N}\p{M}\u00ad]+)*/gu;
function splitWordsByRegex(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const surface = m[0].length > 3 && /'[sS]$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    const prev = words[words.length - 1];
    if (prev) prev.joinsNext = /^(?:'[sS])?[ \t\-.'&/]*$/.test(text.slice(prev.end, m.index));
    words.push({ start: m.index, end: m.index + surface.length, key: surface.toLowerCase().replace(/['\u00ad]/g, ''), joinsNext: false });
  }
  return words;
}

// letters of several scripts, digits, combining marks, soft hyphens, apostrophes, astral
// letters and emoji, lone and paired surrogates, and the punctuation that joins words
const unit = fc.constantFrom(
  'a', 'Z', 's', 'S', '7', 'é', 'İ', 'ß', 'ǅ', '한', 'ㄱ', 'ж', 'Ж', '٣', '\u0306', '\u0301', '\u00ad', "'", "'s", "'S",
  '𝐀', '𐐀', '😀', '\ud835', '\udc00', '\ud800', ' ', '\t', '\n', '-', '.', '&', '/', ',', '(', '\u00a0', '\u2019',
);
const text = fc.oneof(
  fc.array(unit, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

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

  it('folds long texts unit by unit, across the chunks the result is built in', () => {
    const units = ['Hamhŭng', '’', '“', '\u00a0', '한', '😀', '\ud800', 'a', '\n', '\u2014'];
    const long = fc.array(fc.constantFrom(...units), { minLength: 3000, maxLength: 9000 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(long, (t) => {
        const out = foldText(t);
        expect(out.length).toBe(t.length);
        for (let i = 0; i < t.length; i++) if (out[i] !== foldText(t[i]!)) expect([i, out[i]]).toEqual([i, foldText(t[i]!)]);
      }),
      { numRuns: 30 },
    );
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

describe('splitWords against its regular expression definition', () => {
  it('gives the same words, keys and joins on random text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitWords(t)).toEqual(splitWordsByRegex(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the same words on folded random text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitWords(foldText(t))).toEqual(splitWordsByRegex(foldText(t)));
      }),
      { numRuns: 2000 },
    );
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
