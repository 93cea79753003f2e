import { describe, expect, it } from 'vitest';
import { compilePhrase, entityToken, isEntity, isWord, matchesNothing, matchPhrase, occursIn, reversePhrase, tokenize, type Phrase } from '../../src/relations/phrase.js';

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

  // text: a range of it, entities in the range marked by their type token
  const marked: [string, string, [string, string][], string[]][] = [
    ['an entity is one token', 'ice in Hamhung for about', [['Hamhung', 'PLACE']], ['ice', 'in', '<place>', 'for', 'about']],
    ['an entity in complete parentheses goes with them', 'sells for 100 RMB (15 USD) a', [['100 RMB', 'MONEY'], ['15 USD', 'MONEY']], ['sells', 'for', '<money>', 'a']],
    ['an open parenthesis keeps what follows', 'sells for 100 RMB (about 15 USD', [['100 RMB', 'MONEY'], ['15 USD', 'MONEY']], ['sells', 'for', '<money>', '(', 'about', '<money>']],
    ['no marks: the plain tokens', 'of the', [], ['of', 'the']],
  ];
  it.each(marked)('%s', (_, text, marks, tokens) => {
    const at = marks.map(([t, type]) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, token: entityToken(type as 'PLACE') }));
    expect(tokenize(text, 0, text.length, at)).toEqual(tokens);
  });

  it('tokenizes only the range asked for', () => {
    expect(tokenize('Hyesan in Ryanggang', 6, 10)).toEqual(['in']);
  });

  it('tells words, entity tokens and punctuation apart', () => {
    expect(['in', '<place>', ',', "'s", 'high-purity'].map((t) => [isWord(t), isEntity(t)])).toEqual([[true, false], [false, true], [false, false], [false, false], [true, false]]);
    // no text can spell an entity token: "<" is a token of its own
    expect(tokenize('<place>')).toEqual(['<', 'place', '>']);
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
    ['<end>', '<end> is allowed only as the last item of an "after" phrase or a near word'],
    ['in <TOWN>', '"<TOWN>" is not an entity type'],
    ['in <place>', '"<place>" is not an entity type'],
  ])('rejects %j: %s', (source, message) => {
    const p = compilePhrase(source, LISTS);
    expect(typeof p).toBe('string');
    expect(p).toContain(message);
  });

  it('allows <end> only last, and only where asked', () => {
    expect(typeof compilePhrase(', <end>', LISTS, true)).toBe('object');
    expect(compilePhrase('<end> ,', LISTS, true)).toContain('only as the last item');
  });

  it('allows <start> only first, and only where asked', () => {
    const p = compilePhrase('<start> the', LISTS, false, true);
    expect(typeof p === 'object' && p.fromStart).toBe(true);
    expect(compilePhrase('the <start>', LISTS, false, true)).toContain('only as the first item of a "before" phrase');
    expect(compilePhrase('<start> the', LISTS)).toContain('only as the first item of a "before" phrase');
  });

  it('reversed, a <start> phrase must reach the end of the reversed words', () => {
    const p = compilePhrase('<start> the|a', LISTS, false, true);
    if (typeof p === 'string') throw new Error(p);
    const r = reversePhrase(p);
    expect(r.toEnd).toBe(true);
    expect(matchPhrase(r, tokenize('a ').reverse(), 'prefix')).toBe(true);
    expect(matchPhrase(r, tokenize('after a ').reverse(), 'prefix')).toBe(false);
  });

  it.each([
    ['in', 0],
    ['in <PLACE> for', 1],
    ['<PLACE>|<ORG>? and <MONEY>', 2],
    ['<MONEY>* for', Infinity],
    ['<DRUG>+', Infinity],
  ])('counts the entities %j can span: %d', (source, entities) => {
    expect(phrase(source).entities).toBe(entities);
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
    // <number>: a number in digits, alone or among alternatives
    [', <number> , a', ', 45, a', true],
    [', <number> , a', ', forty-five, a', false],
    [', <number> , a', ', , a', false],
    [', <number>|about , a', ', about, a', true],
    // <age>: an age written as one hyphenated word
    [', a <age> officer', ', a 45-year-old officer', true],
    [', a <age> officer', ', a 45-years-old officer', true],
    [', a <age> officer', ', a 45 officer', false],
    [', a <age> officer', ', a forty-five-year-old officer', false],
    ['<number>+ of', ' 3 4 of ', true],
    // <word>: any one word, never punctuation or an entity
    [', who <word>+ , works', ', who fled in 2008, works', true],
    [', who <word>+ , works', ', who fled, in 2008, works', false],
    [', who <word>+ , works', ', who met <person> , works', false],
    [', who <word>|<PLACE>+ , works', ', who fled <place> in 2008, works', true],
    [', who <word>+ , works', ", who fled the regime's camps , works", true],
    [', who <word>+ , works', ', who , works', false],
    ["'s|'", "'s ", true],
    ['', ' ', true],
    ['', ' and ', false],
    ['(', ' (', true],
    ['in', ' (formerly Hamheung) in ', true],
    // an entity item matches an entity token only, never a word
    ['in <PLACE> for', ' in <place> for', true],
    ['in <PLACE> for', ' in <org> for', false],
    ['in <PLACE> for', ' in place for', false],
    ['in <PLACE>? for', ' in for', true],
  ];
  // "<place>" written in a test text stands for a marked entity
  const tokensOf = (text: string) => tokenize(text, 0, text.length, [...text.matchAll(/<[a-z]+>/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, token: m[0] })));
  it.each(whole)('%j matches the whole of %j: %s', (source, text, expected) => {
    expect(matchPhrase(phrase(source), tokensOf(text), 'whole')).toBe(expected);
  });

  it('matches from a given token on', () => {
    expect(matchPhrase(phrase('about'), tokenize('( about'), 'whole', 1)).toBe(true);
    expect(matchPhrase(phrase('about'), tokenize('( about'), 'whole')).toBe(false);
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

  const occurs: [string, string, boolean][] = [
    ['punishes', ', adopted in 2020, punishes the sale with', true],
    ['and allows', 'carries 10 years and allows the', true],
    ['and allows', 'carries 10 years and then allows the', false],
    ['for|at about? <end>', 'in Hamhung for about', true],
    ['for|at about? <end>', 'for the family, a price of', false],
    ['all|both under the? <end>', 'and his partner <penalty> , both under the', true],
    ['all|both under the? <end>', 'all under way , and then', false],
    // <start>: the match must begin the tokens
    ['<start> of the? <word>? <word>? says that', 'of the Criminal Code says that those', true],
    ['<start> of the? <word>? <word>? says that', 'was cited when the judge says that those', false],
  ];
  it.each(occurs)('%j occurs in %j: %s', (source, text, expected) => {
    const p = compilePhrase(source, LISTS, true, true);
    if (typeof p === 'string') throw new Error(p);
    expect(occursIn(p, tokensOf(text))).toBe(expected);
  });

  it('matches the words before an entity when reversed', () => {
    const p = reversePhrase(phrase('{units} of the?'));
    expect(matchPhrase(p, tokenize('the provincial branch of the ').reverse(), 'prefix')).toBe(true);
    expect(matchPhrase(p, tokenize('the branch near ').reverse(), 'prefix')).toBe(false);
  });
});
