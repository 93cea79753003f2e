import { describe, expect, it } from 'vitest';
import { clean } from '../../src/stages/clean.js';
import { newWorkingDoc } from '../../src/stages/doc.js';
import { metadata } from '../../src/stages/metadata.js';
import { tokenize } from '../../src/stages/tokenize.js';
import { found, pipeline } from '../helpers.js';

const run = (text: string) => {
  const rules = pipeline().rules;
  return tokenize(metadata(clean(newWorkingDoc({ id: 't', source: 't', text }), rules)), rules);
};
const sentencesOf = (text: string) => run(text).sentences.map((s) => text.slice(s.start, s.end));

describe('tokenize stage', () => {
  it('gives tokens whose offsets slice the text', () => {
    const text = "P’yŏngsŏng’s market — 500g of “ice”, he said. U.S. officials left on Jan. 19.";
    const doc = run(text);
    expect(doc.tokens.length).toBeGreaterThan(10);
    for (const t of doc.tokens) {
      expect(t.end).toBeGreaterThan(t.start);
      expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
    }
    expect(doc.tokens.some((t) => doc.folded.slice(t.start, t.end) === 'market')).toBe(true);
  });

  it('splits sentences at terminal punctuation, blank lines and lines that end a sentence', () => {
    const text = 'A title without a full stop\n\nFirst sentence here. Second one follows.\nA line\nBreaks here';
    expect(sentencesOf(text)).toEqual(['A title without a full stop', 'First sentence here.', 'Second one follows.', 'A line', 'Breaks here']);
  });

  it('reads a dot between two letters as part of a name, not a sentence end', () => {
    expect(sentencesOf('Tanbong Radio, Hanul.Az reports citing sources. A woman was shot.')).toEqual([
      'Tanbong Radio, Hanul.Az reports citing sources.',
      'A woman was shot.',
    ]);
    // must not: a dot followed by a space still ends the sentence, and so does one before a word whose space was lost
    expect(sentencesOf('Hanul reports so. Az said more.')).toEqual(['Hanul reports so.', 'Az said more.']);
    expect(sentencesOf('It is based in Tanbong.Nine women were sentenced.')).toEqual(['It is based in Tanbong.', 'Nine women were sentenced.']);
  });

  it('lets a sentence run on across a single line break of hard-wrapped text', () => {
    // lower case after the break, a continuing word, a comma, a possessive, an open bracket or quotation
    const text = [
      'Guards caught the traders making outside phone',
      'calls, and an officer of the Ministry of',
      'State Security in Kowon arrested them. He said according to',
      'Mr. Ri the traders had paid.',
      'The wife of a Hoeyang',
      'trader (who had sold',
      'Chinese phones) was questioned by the Women\'s',
      'Union, a source said.',
      '"Everyone in',
      'Kowon is afraid," she said.',
    ].join('\n');
    expect(sentencesOf(text)).toEqual([
      'Guards caught the traders making outside phone\ncalls, and an officer of the Ministry of\nState Security in Kowon arrested them.',
      'He said according to\nMr. Ri the traders had paid.',
      "The wife of a Hoeyang\ntrader (who had sold\nChinese phones) was questioned by the Women's\nUnion, a source said.",
      '"Everyone in\nKowon is afraid," she said.',
    ]);
    // a name across the break is matched whole, its span the text itself
    expect(found(text, 'ORG').map(([surface]) => surface)).toContain('Ministry of\nState Security');
    expect(found(text, 'CRIME').map(([surface]) => surface).join('|')).toContain('phone\ncalls');
  });

  it('lets a sentence run on to a line that starts with a number', () => {
    expect(sentencesOf('Guards arrested him on March\n3, 2021 in Kowon.')).toEqual(['Guards arrested him on March\n3, 2021 in Kowon.']);
    expect(sentencesOf('Guards Arrest Traders in Kowon\n3 traders were held.')).toEqual(['Guards Arrest Traders in Kowon', '3 traders were held.']);
    expect(sentencesOf('Guards arrested him on March\n\n3 traders were held.')).toEqual(['Guards arrested him on March', '3 traders were held.']);
  });

  it('keeps a headline, byline, dateline, list or navigation line a sentence of its own', () => {
    expect(sentencesOf('Police Arrest Smugglers in Kowon\nTraders were arrested on Monday.')).toEqual([
      'Police Arrest Smugglers in Kowon',
      'Traders were arrested on Monday.',
    ]);
    expect(sentencesOf('Ten traders arrested for phone calls\nThe police arrested ten traders.')).toEqual([
      'Ten traders arrested for phone calls',
      'The police arrested ten traders.',
    ]);
    expect(sentencesOf('By Pak Chol-su, Daily Report\nupdated 9:15 AM, May 3, 2021\nGuards arrested him.')[0]).toBe('By Pak Chol-su, Daily Report');
    expect(sentencesOf('KOWON, North Korea\nthe police arrested him.')).toEqual(['KOWON, North Korea', 'the police arrested him.']);
    expect(sentencesOf('SEOUL, May 3, 2021\nGuards arrested him.')).toEqual(['SEOUL, May 3, 2021', 'Guards arrested him.']);
    expect(sentencesOf('The charges were:\n- smuggling of\n- illegal phone calls\n\u2022 theft by\n\u2022 bribery')).toEqual([
      'The charges were:',
      '- smuggling of',
      '- illegal phone calls',
      '\u2022 theft by',
      '\u2022 bribery',
    ]);
    expect(sentencesOf('About Us\nfollow the news\nShare on Facebook\nshare with twitter\nGuards arrested him.')).toEqual([
      'About Us',
      'follow the news',
      'Share on Facebook',
      'share with twitter',
      'Guards arrested him.',
    ]);
  });

  it('attaches each match word to its sentence and marks boilerplate words', () => {
    const text = 'Arrests in Hyesan.\nRead in Korean';
    const doc = run(text);
    const hyesan = doc.words.find((w) => w.key === 'hyesan')!;
    expect(doc.sentences[hyesan.sentence]).toEqual({ start: 0, end: 18 });
    expect(doc.words.filter((w) => w.boilerplate).map((w) => w.key)).toEqual(['read', 'in', 'korean']);
  });

  it('reads an unbroken run of thousands of characters in pieces, offsets intact and the word whole', () => {
    // wink-nlp alone takes quadratic time over such a run; the stage hands it the run in pieces
    const run600 = 'x'.repeat(600);
    const text = `Police in Hyesan found ${run600} and left.`;
    const doc = run(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toMatch(/^\S+$/);
    const inRun = doc.tokens.filter((t) => t.start >= 23 && t.end <= 623);
    expect(inRun.length).toBeGreaterThanOrEqual(3);
    expect(doc.words.map((w) => w.key)).toEqual(['police', 'in', 'hyesan', 'found', run600, 'and', 'left']);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([text]);
  });

  it('handles CRLF, empty and white-space-only text', () => {
    expect(run('One.\r\nTwo.').sentences).toHaveLength(2);
    expect(run('').sentences).toEqual([]);
    expect(run(' \n\t ').sentences).toEqual([]);
  });
});

