import { describe, expect, it } from 'vitest';
import { clean } from '../../src/stages/clean.js';
import { newWorkingDoc } from '../../src/stages/doc.js';
import { tokenize } from '../../src/stages/tokenize.js';
import { pipeline } from '../helpers.js';

const run = (text: string) => tokenize(clean(newWorkingDoc({ id: 't', source: 't', text }), pipeline().rules));

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

  it('splits sentences and never lets one cross a line break', () => {
    const text = 'A title without a full stop\n\nFirst sentence here. Second one follows.\nA line\nbreaks here';
    const doc = run(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'A title without a full stop',
      'First sentence here.',
      'Second one follows.',
      'A line',
      'breaks here',
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

