import { describe, expect, it } from 'vitest';
import { DOCSTART, parseConll, toConll, type ConllToken } from '../../src/export/conll.js';
import { foldText } from '../../src/text/fold.js';
import { DocumentSchema, type Document, type EntityType } from '../../src/types.js';
import { extract } from '../helpers.js';

const NORMS: Record<EntityType, unknown> = {
  PLACE: { level: null, province: null, country: null, lat: null, lon: null, resolved: false },
  ORG: { kind: null, acronym: null },
  LAW: { code: null, article: null, title: null },
  PERSON: {}, DRUG: {},
  QUANTITY: { grams: 1 },
  MONEY: { currency: 'KPW', min: 1, max: 1 },
  DATE: { value: '2020' },
  PENALTY: { kind: 'fine', status: null, duration: null },
  CRIME: { offence: 'smuggling' },
};

/**
 * A valid Document from text with sentences split on " | " (the bar and its spaces are kept
 * as spaces) and entities found in order.
 */
function build(marked: string, entities: [surface: string, type: EntityType][]): Document {
  const text = marked.replaceAll(' | ', '   ');
  const sentences: { start: number; end: number }[] = [];
  let at = 0;
  for (const part of marked.split(' | ')) {
    sentences.push({ start: at, end: at + part.length });
    at += part.length + 3;
  }
  let from = 0;
  return DocumentSchema.parse({
    id: 'doc', source: 'doc.txt', title: null, outlet: null, author: null, url: null, published: null, text, sentences,
    entities: entities.map(([surface, type], i) => {
      const start = text.indexOf(surface, from);
      if (start < 0) throw new Error(`"${surface}" is not in the text`);
      from = start + surface.length;
      const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
      return { id: `e${i + 1}`, type, text: surface, start, end: start + surface.length, sentence, canonical: surface, canonicalId: null, rule: 'test', norm: NORMS[type] };
    }),
    relations: [],
    events: [],
  });
}

/** The sentences of one document as "token/TAG" strings, compact to compare. */
const tagged = (doc: Document) => {
  const [parsed] = parseConll(toConll(doc));
  return parsed!.sentences.map((s) => s.map(([t, tag]) => (tag === 'O' ? t : `${t}/${tag}`)).join(' '));
};

describe('toConll', () => {
  it('writes -DOCSTART-, one token and tag per line, a blank line after each sentence', () => {
    const doc = build('Police in Hyesan, Ryanggang Province, struck. | They left.', [['Hyesan', 'PLACE'], ['Ryanggang Province', 'PLACE']]);
    expect(toConll(doc)).toBe([
      DOCSTART, '',
      'Police O', 'in O', 'Hyesan B-PLACE', ', O', 'Ryanggang B-PLACE', 'Province I-PLACE', ', O', 'struck O', '. O', '',
      'They O', 'left O', '. O', '', '',
    ].join('\n'));
  });

  it.each([
    // [text, entities, expected sentences]
    ["Hoeryong's markets.", [['Hoeryong', 'PLACE']], ["Hoeryong/B-PLACE 's markets ."]],
    ['Hoeryong’s markets.', [['Hoeryong', 'PLACE']], ['Hoeryong/B-PLACE ’s markets .']],
    ['five years of reform-through-labor camp.', [['five years of reform-through-labor camp', 'PENALTY']],
      ['five/B-PENALTY years/I-PENALTY of/I-PENALTY reform/I-PENALTY -/I-PENALTY through/I-PENALTY -/I-PENALTY labor/I-PENALTY camp/I-PENALTY .']],
    ["People in P'yongsong.", [["P'yongsong", 'PLACE']], ["People in P'yongsong/B-PLACE ."]],
    ['Hamhŭng court.', [['Hamhŭng', 'PLACE']], ['Hamhŭng/B-PLACE court .']],
    ['Paid 2,000 yuan.', [['2,000 yuan', 'MONEY']], ['Paid 2/B-MONEY ,/I-MONEY 000/I-MONEY yuan/I-MONEY .']],
    ['Hyesan-si police.', [['Hyesan', 'PLACE']], ['Hyesan/B-PLACE - si police .']],
    ['Kim Jong Un met Kim Yo Jong.', [['Kim Jong Un', 'PERSON'], ['Kim Yo Jong', 'PERSON']],
      ['Kim/B-PERSON Jong/I-PERSON Un/I-PERSON met Kim/B-PERSON Yo/I-PERSON Jong/I-PERSON .']],
    ['In 2020\u00a02021 ice\u200bsold.', [['ice', 'DRUG']], ['In 2020 2021 ice/B-DRUG sold .']],
    ['Traders \u{1F69A} crossed.', [], ['Traders \u{1F69A} crossed .']],
    ['Ice. | Opium.', [['Ice', 'DRUG'], ['Opium', 'DRUG']], ['Ice/B-DRUG .', 'Opium/B-DRUG .']],
  ] as [string, [string, EntityType][], string[]][])('%j', (text, entities, expected) => {
    expect(tagged(build(text, entities))).toEqual(expected);
  });

  it('never splits an entity across sentences, even when the sentence splitter does', () => {
    const doc = build('He met Gen. | Ri today.', []);
    const withEntity = DocumentSchema.parse({
      ...doc,
      entities: [{ id: 'e1', type: 'PERSON', text: 'Gen.   Ri', start: 7, end: 16, sentence: 0, canonical: 'Ri', canonicalId: null, rule: 'test', norm: {} }],
    });
    expect(tagged(withEntity)).toEqual(['He met Gen/B-PERSON ./I-PERSON Ri/I-PERSON today .']);
  });

  it('keeps text outside every sentence with the sentence before it', () => {
    const doc = DocumentSchema.parse({ ...build('One. | Two.', []), sentences: [{ start: 0, end: 4 }] });
    expect(tagged(doc)).toEqual(['One . Two .']);
  });

  const sample = build(
    'Police in Hyesan, Ryanggang Province, seized 3 kg of “ice” on May 7. | The court sentenced Ri Chol to 5 years under Article 208.',
    [['Hyesan', 'PLACE'], ['Ryanggang Province', 'PLACE'], ['3 kg', 'QUANTITY'], ['ice', 'DRUG'], ['May 7', 'DATE'], ['Ri Chol', 'PERSON'], ['5 years', 'PENALTY'], ['Article 208', 'LAW']],
  );

  it.each([
    ['a token holds whitespace', (t: ConllToken) => /\s/.test(t[0])],
    ['a tag is neither O nor B-/I- of a type', (t: ConllToken) => !/^(O|[BI]-(PLACE|ORG|LAW|PERSON|DRUG|QUANTITY|MONEY|DATE|PENALTY))$/.test(t[1])],
  ])('must NOT happen: %s', (_why, bad) => {
    for (const s of parseConll(toConll(sample))[0]!.sentences) expect(s.filter(bad)).toEqual([]);
  });
});

/** Reads the entities back from BIO tags: [type, the tokens joined without spaces]. */
function bioEntities(sentences: ConllToken[][]): [string, string][] {
  const out: [string, string][] = [];
  for (const s of sentences) {
    for (const [token, tag] of s) {
      if (tag.startsWith('B-')) out.push([tag.slice(2), token]);
      else if (tag.startsWith('I-')) {
        const last = out[out.length - 1];
        expect(last?.[0], `I- tag after ${last?.[0]}`).toBe(tag.slice(2));
        last![1] += token;
      }
    }
  }
  return out;
}

/** Reading back must give every non-space character in order and every entity whole. */
function expectReadsBack(doc: Document, sentences: ConllToken[][]): void {
  // spaces after folding separate tokens: NBSP and zero-width spaces too
  const folded = foldText(doc.text);
  let visible = '';
  for (let i = 0; i < doc.text.length; i++) if (!/\s/.test(folded[i]!)) visible += doc.text[i];
  expect(sentences.flat().map(([t]) => t).join('')).toBe(visible);
  expect(bioEntities(sentences)).toEqual(doc.entities.map((e) => [e.type, e.text.replace(/\s+/g, '')]));
}

describe('parseConll', () => {
  it('reads several documents back: tokens, sentences and entities', () => {
    const a = build('Ice sold in Hyesan. | Police came.', [['Ice', 'DRUG'], ['Hyesan', 'PLACE']]);
    const b = build('Article 208 applies.', [['Article 208', 'LAW']]);
    const docs = parseConll(toConll(a) + toConll(b));
    expect(docs).toHaveLength(2);
    expect(docs.map((d) => d.sentences.length)).toEqual([2, 1]);
    expectReadsBack(a, docs[0]!.sentences);
    expectReadsBack(b, docs[1]!.sentences);
  });

  it('reads four-column CoNLL-2003 lines, taking the last column as the tag', () => {
    const text = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n';
    expect(parseConll(text)).toEqual([{ sentences: [[['EU', 'B-ORG'], ['rejects', 'O']], [['Peter', 'B-PER']]] }]);
  });

  it('keeps lines before the first -DOCSTART- as a document', () => {
    expect(parseConll('A O\nB B-DRUG\n')).toEqual([{ sentences: [[['A', 'O'], ['B', 'B-DRUG']]] }]);
  });

  it('reads back real pipeline output', () => {
    const doc = extract('Police in Hyesan, Ryanggang Province, seized 300 grams of methamphetamine on May 7, 2019.\n\n' +
      "Hoeryong's dealer was sentenced to ten years of reform through labor under Article 208.");
    expect(doc.entities.length).toBeGreaterThanOrEqual(5);
    const [parsed] = parseConll(toConll(doc));
    expect(parsed!.sentences.length).toBe(doc.sentences.length);
    expectReadsBack(doc, parsed!.sentences);
  });
});
