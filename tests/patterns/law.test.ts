import { describe, expect, test } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { extract } from '../helpers.js';

/** The code articles of a text (entities with an article number), checked for exact offsets. */
function articles(text: string, published: string | null = null): EntityOf<'LAW'>[] {
  const doc = extract(text, { published });
  const found = doc.entities.filter((e): e is EntityOf<'LAW'> => e.type === 'LAW' && e.norm.article !== null);
  for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  return found;
}
/** [text, canonical, canonicalId] of each article. */
const rows = (text: string, published: string | null = null) => articles(text, published).map((e) => [e.text, e.canonical, e.canonicalId]);

const DRUG_SMUGGLING = 'criminal-code-drug-smuggling-trafficking';
const DRUG_MAKING = 'criminal-code-opium-cultivation-drug-manufacture';
const DRUG_USE = 'criminal-code-drug-use';
const OVERTHROW = 'criminal-code-conspiracy-to-overthrow-the-state';
const BORDER = 'criminal-code-illegal-border-crossing';

describe('forms of a citation', () => {
  test.each([
    ['He was tried under Article 208 of the criminal code.', [['Article 208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    ["Article 208 of North Korea's criminal code allows death.", [['Article 208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    ['The criminal code lists it under Article 208 (drug smuggling and sales).', [['Article 208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    ['Articles 206 and 208 of the criminal code set the maximum at death.', [['Articles 206', 'Criminal Code Article 206', DRUG_MAKING], ['208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    ['Articles 206, 207 and 208 of the criminal code cover drugs.', [['Articles 206', 'Criminal Code Article 206', DRUG_MAKING], ['207', 'Criminal Code Article 207', DRUG_USE], ['208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    ['Article 206 and 208 of the criminal code cover drugs.', [['Article 206', 'Criminal Code Article 206', DRUG_MAKING], ['208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    [
      'Article 208 (drug smuggling and sales) and Article 206 (illegal opium cultivation) of the criminal code allow death.',
      [['Article 208', 'Criminal Code Article 208', DRUG_SMUGGLING], ['Article 206', 'Criminal Code Article 206', DRUG_MAKING]],
    ],
    ['He was charged under Criminal Law Article 60.', [['Criminal Law Article 60', 'Criminal Code Article 60', OVERTHROW]]],
    ['He was charged under criminal law Article 104.', [['criminal law Article 104', 'Criminal Code Article 104', null]]],
    ['Article 60 of the Criminal Law covers subversion.', [['Article 60', 'Criminal Code Article 60', OVERTHROW]]],
    ["The penal code's Article 221 punishes crossing the border.", [["penal code's Article 221", 'Criminal Code Article 221', BORDER]]],
    ['He cited Criminal Code Article 221 in court.', [['Criminal Code Article 221', 'Criminal Code Article 221', BORDER]]],
    ["The criminal code's Article 221 punishes crossing the border.", [["criminal code's Article 221", 'Criminal Code Article 221', BORDER]]],
    ['Prosecutors cited article 221 of the penal code.', [['article 221', 'Criminal Code Article 221', BORDER]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test.each([
    ['He was tried under Article 208 of the criminal code.', [['LAW', 'Article 208']]],
    ['He was charged under Criminal Law Article 60.', [['LAW', 'Criminal Law Article 60']]],
    ['The criminal code is harsh. Article 208 allows the death penalty.', [['LAW', 'criminal code'], ['LAW', 'Article 208'], ['PENALTY', 'death penalty']]],
  ])('the law named in a citation is not a mention of its own: %s', (text, expected) => {
    expect(extract(text).entities.map((e) => [e.type, e.text])).toEqual(expected);
  });

  test('norm: the code, the number, and the title from the rules', () => {
    const [e] = articles('He was tried under Article 208 (drug sales) of the criminal code.');
    expect(e!.norm).toEqual({ code: 'Criminal Code', article: 208, title: 'Smuggling and trafficking of narcotics' });
  });

  test('an article not in the rules: canonicalId null, the title from its parenthesis', () => {
    const [e] = articles('He was charged under Article 104 (smuggling of precious metals) of the criminal code.');
    expect([e!.text, e!.canonical, e!.canonicalId]).toEqual(['Article 104', 'Criminal Code Article 104', null]);
    expect(e!.norm).toEqual({ code: 'Criminal Code', article: 104, title: 'smuggling of precious metals' });
  });
});

describe('which law a bare "Article N" belongs to', () => {
  test.each([
    // the paragraph names the criminal code
    ['The criminal code is harsh on smugglers. Article 208 allows the death penalty.', [['Article 208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    // the sentence names another law: its article
    [
      'Under the Law on Rejecting Reactionary Ideology and Culture, Article 27 punishes viewers.',
      [['Article 27', 'Law on Rejecting Reactionary Ideology and Culture Article 27', null]],
    ],
    // a back reference to the law the sentence names
    [
      'The Law on Rejecting Reactionary Ideology and Culture was adopted, and Article 27 of the law punishes viewers.',
      [['Article 27', 'Law on Rejecting Reactionary Ideology and Culture Article 27', null]],
    ],
    ['Article 67 of the Socialist Constitution guarantees free speech.', [['Article 67', "Constitution of the Democratic People's Republic of Korea Article 67", null]]],
    ["Article 318 of China's criminal law punishes illegal entry.", [['Article 318', "Criminal Law of the People's Republic of China Article 318", null]]],
    // "the code" with no code named nearby is the Criminal Code
    ['Article 70 (illegal border crossing) of the code was cited.', [['Article 70', 'Criminal Code Article 70', null]]],
    // cited bare where the sentence states a penalty or an offence, and a Criminal Code article by that number exists
    ['Selling opium is punishable by up to 10 years of reform through labor (Article 208).', [['Article 208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
    ['Article 208 sets the penalties for smuggling.', [['Article 208', 'Criminal Code Article 208', DRUG_SMUGGLING]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('a named law in the same sentence wins over the criminal code in the paragraph', () => {
    const text = 'The criminal code was revised. The Youth Education Guarantee Law, in Article 41, bans foreign slang.';
    expect(articles(text).map((e) => e.canonical)).toEqual(['Youth Education Guarantee Law Article 41']);
  });
});

describe('the article number in force in the year of publication', () => {
  test.each([
    ['Article 216 of the criminal code punishes drug making.', '2008-05-01', 'Criminal Code Article 216', DRUG_MAKING],
    ['Article 216 of the criminal code punishes drug making.', '2022-11-30', 'Criminal Code Article 216', null],
    ['Article 206 of the criminal code punishes drug making.', '2022-11-30', 'Criminal Code Article 206', DRUG_MAKING],
    ['Article 206 of the criminal code punishes drug making.', '2008-05-01', 'Criminal Code Article 206', null],
    ['Article 233 of the criminal code punishes border crossing.', '2006-03-01', 'Criminal Code Article 233', BORDER],
    ['Article 221 of the criminal code punishes border crossing.', '2016-03-01', 'Criminal Code Article 221', BORDER],
    ['Article 206 of the criminal code punishes drug making.', null, 'Criminal Code Article 206', DRUG_MAKING],
    ['Article 216 of the criminal code punishes drug making.', null, 'Criminal Code Article 216', null],
  ])('%s (%s)', (text, published, canonical, id) => {
    const [e, ...rest] = articles(text, published);
    expect(rest).toEqual([]);
    expect([e!.canonical, e!.canonicalId]).toEqual([canonical, id]);
  });
});

describe('not code articles', () => {
  test.each([
    'Article 5 of the UN Charter protects sovereignty.',
    'Article 5 of the UN Charter, unlike the criminal code, is about states.',
    'Article 3 of the agreement covers trade.',
    "Article 9 of Japan's constitution renounces war.",
    'The article said the trial lasted a day.',
    'The article was published on May 7.',
    'Article 208 was cited by the lawyer.',
    // a legal sentence, but a number the Criminal Code entries do not have, or an article "of" something else
    'Smuggling is punishable by death (Article 999).',
    'Smuggling is punishable by death under Article 12 of the customs regulations.',
    'The criminal code is harsh.\nArticle 208 was cited by the lawyer.',
    'Article 2015 of the criminal code does not exist.',
    'In the first article, 208 people of the criminal code cases were named.',
  ])('%s', (text) => {
    expect(articles(text)).toEqual([]);
  });
});

describe('citations the eighth batch wrote (#16 §2, entities9)', () => {
  test('"of the law" is the law the article named last before it', () => {
    const text = 'The paper obtained the text of the law against "reactionary thought." Article 29 of the law calls for five years of reform through labor.';
    expect(rows(text).map(([t, c]) => [t, c])).toEqual([['Article 29', 'Law on Rejecting Reactionary Ideology and Culture Article 29']]);
  });
  test('a bare citation about a penalty is the Criminal Code\'s in an article naming no other law', () => {
    const text = 'The criminal code was amended.\n\nDealers get two to five years of reform through labor (Article 412), users two years of labor training (Article 413).';
    expect(rows(text).map(([t, c]) => [t, c])).toEqual([['Article 412', 'Criminal Code Article 412'], ['Article 413', 'Criminal Code Article 413']]);
  });
  test('no code for a bare citation where the article names another law too, or about no penalty', () => {
    expect(rows('The criminal code and the Tanbong Law were amended.\n\nDealers get five years of reform through labor (Article 412).')).toEqual([]);
    expect(rows('The criminal code was amended.\n\nThe preamble (Article 412) was shortened.')).toEqual([]);
  });
});
