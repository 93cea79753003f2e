import { describe, expect, it } from 'vitest';
import { compilePhrase, matchesNothing, matchPhrase, reversePhrase, tokenize, type Phrase } from '../../src/relations/phrase.js';

const LISTS = new Map<string, ReadonlySet<string>>([
  ['units', new Set(['branch', 'office'])],
  ['roles', new Set(['official', 'vice-chairman'])],
  ['bad', new Set(['vice chairman'])],
]);

function phrase(source: string, allowEnd = false): Phrase {
  const p = compilePhrase(source, LISTS, allowEnd);
  if (typeof p === 'string') throw new Error(p);
  return p;
}

describe('tokenize', () => {
  it.each([
    [', in the ', [',', 'in', 'the']],
    ["'s Onsong", ["'s", 'onsong']],
    ["' border", ["'", 'border']],
    ['high-purity ', ['high-purity']],
    ["People's Security", ["people's", 'security']],
    [' (also spelled Hamheung) in ', ['in']],
    [' [methamphetamine] of ', ['of']],
    [' (nested (twice)) of ', ['of']],
    [' ( ', ['(']],
    [') said', [')', 'said']],
    [' of "ice" ', ['of', 'ice']],
    ['-based', ['-', 'based']],
    ['', []],
  ])('%j → %j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('compilePhrase', () => {
  it.each([
    ['in|of the?', 2],
    ['{units}+ of', 2],
    ["'s|' {roles}*", 2],
    ['', 0],
  ])('compiles %j into %d slots', (source, slots) => {
    expect(phrase(source).slots).toHaveLength(slots);
  });

  it.each([
    ['{nope}', 'no lexicon list "nope"'],
    ['{bad}', 'lexicon list "bad" has "vice chairman", which is not one word'],
    ['of in,the', '"in,the" in "in,the" is not one word'],
    ['in||of', '"" in "in||of" is not one word'],
    ['<end>', '<end> is allowed only as the last item of an "after" phrase'],
  ])('rejects %j: %s', (source, message) => {
    const p = compilePhrase(source, LISTS);
    expect(typeof p).toBe('string');
    expect(p).toContain(message);
  });

  it('allows <end> only last, and only where asked', () => {
    expect(typeof compilePhrase(', <end>', LISTS, true)).toBe('object');
    expect(compilePhrase('<end> ,', LISTS, true)).toContain('only as the last item');
  });

  it('says when a phrase needs no words at all', () => {
    expect(matchesNothing(phrase('the? {units}*'))).toBe(true);
    expect(matchesNothing(phrase('the? {units}+'))).toBe(false);
  });
});

describe('matchPhrase', () => {
  const whole: [string, string, boolean][] = [
    ['in|of the?', ' in ', true],
    ['in|of the?', ' of the ', true],
    ['in|of the?', ' to ', false],
    ['in|of the?', ' not in ', false],
    ['in|of the?', ' in the the ', false],
    ['{units}+ of', ' branch office of ', true],
    ['{units}+ of', ' of ', false],
    ['{units}* of', ' of ', true],
    [', the|a|an? {roles}+ of', ', a vice-chairman of ', true],
    [', the|a|an? {roles}+ of', ', a vice chairman of ', false],
    ["'s|'", "'s ", true],
    ['', ' ', true],
    ['', ' and ', false],
    ['(', ' (', true],
    ['in', ' (formerly Hamheung) in ', true],
  ];
  it.each(whole)('%j matches the whole of %j: %s', (source, text, expected) => {
    expect(matchPhrase(phrase(source), tokenize(text), 'whole')).toBe(expected);
  });

  const prefix: [string, string, boolean][] = [
    ['{units} of', ' branch of the ministry', true],
    ['{units} of', ' branch', false],
    [', <end>', ' ,', true],
    [', <end>', ' , said', false],
    ['<end>', '', true],
    ['<end>', '.', false],
  ];
  it.each(prefix)('%j matches the beginning of %j: %s', (source, text, expected) => {
    expect(matchPhrase(phrase(source, true), tokenize(text), 'prefix')).toBe(expected);
  });

  it('matches the words before an entity when reversed', () => {
    const p = reversePhrase(phrase('{units} of the?'));
    expect(matchPhrase(p, tokenize('the provincial branch of the ').reverse(), 'prefix')).toBe(true);
    expect(matchPhrase(p, tokenize('the branch near ').reverse(), 'prefix')).toBe(false);
  });
});
