import { describe, expect, it } from 'vitest';
import { BRAT_CONFIG, BratParseError, parseAnn, parseNote, toBrat } from '../../src/export/brat.js';
import { normalizedValue } from '../../src/export/report.js';
import { ENTITY_TYPES, RELATION_TYPES, type Document } from '../../src/types.js';
import { extract } from '../helpers.js';
import { buildDocument as build, SPECS_AFTER_THE_PLACE, type Spec } from './document-builder.js';


const place = (text: string, canonical: string, id: string | null, level: 'city' | 'province' = 'city'): Spec => ({
  type: 'PLACE', text, canonical, canonicalId: id,
  norm: { level, province: 'Ryanggang Province', country: 'KP', lat: id ? 41.4 : null, lon: id ? 128.2 : null, resolved: id !== null },
});

const ALL_TYPES = build(
  'On March 3, 2021 the Ministry of Social Security in Hyesan, Ryanggang Province, arrested Kim Chol-su for selling 300 grams of ' +
    'methamphetamine for 2,000 yuan; under Article 208 he got five years of reform through labor for drug trafficking.',
  [
    { type: 'DATE', text: 'March 3, 2021', canonical: '2021-03-03', canonicalId: null, norm: { value: '2021-03-03' } },
    { type: 'ORG', text: 'Ministry of Social Security', canonical: 'Ministry of Social Security', canonicalId: 'mss', norm: { kind: 'police', acronym: 'MSS' } },
    place('Hyesan', 'Hyesan', 'kp-hyesan'),
    place('Ryanggang Province', 'Ryanggang Province', 'kp-ryanggang', 'province'),
    ...SPECS_AFTER_THE_PLACE,
    { type: 'CRIME', text: 'drug trafficking', canonical: 'drug dealing', canonicalId: 'drug-dealing', norm: { offence: 'drug-dealing' } },
  ],
  [['located_in', 3, 4], ['based_in', 2, 3], ['quantity_of', 6, 7], ['price_of', 8, 7], ['penalty_for', 9, 10]],
);

/** A brat round trip keeps every entity's span, type and normalization note, and every relation. */
function expectRoundTrip(doc: Document): void {
  const { txt, ann } = toBrat(doc);
  expect(txt).toBe(doc.text);
  const back = parseAnn(ann, txt);
  expect(back.entities.map((e) => [e.id, e.type, e.start, e.end, e.note])).toEqual(doc.entities.map((e) => [
    `T${e.id.slice(1)}`, e.type, e.start, e.end,
    { canonical: e.canonical, id: e.canonicalId ?? '', value: normalizedValue(e), rule: e.rule },
  ]));
  for (const e of back.entities) expect(e.fragments.map((f) => txt.slice(f.start, f.end)).join(' ')).toBe(e.text);
  expect(back.relations.map((r) => [r.id, r.type, r.arg1, r.arg2, r.note])).toEqual(doc.relations.map((r) => [
    `R${r.id.slice(1)}`, r.type, `T${r.subject.slice(1)}`, `T${r.object.slice(1)}`, { rule: r.rule, conflict: String(r.conflict) },
  ]));
}

describe('toBrat', () => {
  it('writes text-bound annotations, notes with the normalization, and relations', () => {
    const doc = build('Police in Hyesan, Ryanggang Province.', [place('Hyesan', 'Hyesan', 'kp-hyesan'), place('Ryanggang Province', 'Ryanggang Province', 'kp-ryanggang', 'province')], [['located_in', 1, 2]]);
    expect(toBrat(doc).ann.split('\n')).toEqual([
      'T1\tPLACE 10 16\tHyesan',
      '#1\tAnnotatorNotes T1\tcanonical=Hyesan; id=kp-hyesan; value=city, Ryanggang Province, KP @ 41.4,128.2; rule=test-rule',
      'T2\tPLACE 18 36\tRyanggang Province',
      '#2\tAnnotatorNotes T2\tcanonical=Ryanggang Province; id=kp-ryanggang; value=province, Ryanggang Province, KP @ 41.4,128.2; rule=test-rule',
      'R1\tlocated_in Arg1:T1 Arg2:T2',
      '#3\tAnnotatorNotes R1\trule=rule-located_in; conflict=false',
      '',
    ]);
  });

  it('round-trips a document with every entity type and relation type', () => {
    expect(new Set(ALL_TYPES.entities.map((e) => e.type))).toEqual(new Set(ENTITY_TYPES));
    expectRoundTrip(ALL_TYPES);
  });

  it.each([
    // [why, text, entity surface, its UTF-16 start, the .ann offsets]
    ['two emoji before the entity: offsets count code points', 'Smugglers \u{1F69A}\u{1F69A} reached Hyesan.', 'Hyesan', 23, '21 27'],
    ['a rare CJK character outside the BMP', 'The \u{20B9F} market in Hyesan.', 'Hyesan', 17, '16 22'],
    ['BMP-only text: offsets unchanged', 'Hamhŭng and Hyesan.', 'Hyesan', 12, '12 18'],
  ])('%s', (_why, text, surface, unitStart, where) => {
    const doc = build(text, [place(surface, surface, 'kp-x')]);
    expect(doc.entities[0]!.start).toBe(unitStart);
    const ann = toBrat(doc).ann;
    expect(ann.split('\n')[0]).toBe(`T1\tPLACE ${where}\t${surface}`);
    expectRoundTrip(doc);
  });

  it('writes an entity across a line break as fragments, and reads it back whole', () => {
    const doc = build('Agents of the Ministry of\nState Security came.', [
      { type: 'ORG', text: 'Ministry of\nState Security', canonical: 'Ministry of State Security', canonicalId: 'mss', norm: { kind: 'security', acronym: null } },
    ]);
    expect(toBrat(doc).ann.split('\n')[0]).toBe('T1\tORG 14 25;26 40\tMinistry of State Security');
    expectRoundTrip(doc);
  });

  it.each([
    ['a semicolon', 'Smith; Jones & Co.'],
    ['a backslash', 'Branch \\ 7'],
    ['an equals sign', 'Unit=82'],
    ['a tab and a newline', 'A\tB\nC'],
  ])('escapes %s in a note value and reads it back', (_why, canonical) => {
    const doc = build('The firm Smith traded.', [{ type: 'ORG', text: 'Smith', canonical, canonicalId: null, norm: { kind: 'company', acronym: null } }]);
    const annLines = toBrat(doc).ann.split('\n');
    expect(annLines).toHaveLength(3);
    expect(parseAnn(toBrat(doc).ann, doc.text).entities[0]!.note.canonical).toBe(canonical);
  });

  it('writes an empty .ann for a document without entities', () => {
    expect(toBrat(build('Nothing here.', []))).toEqual({ txt: 'Nothing here.', ann: '' });
  });

  it('round-trips real pipeline output', () => {
    const doc = extract('Police in Hyesan, Ryanggang Province, seized 300 grams of methamphetamine on May 7, 2019. ' +
      'The dealer was sentenced to ten years of reform through labor under Article 208 of the Criminal Code.');
    expect(doc.entities.length).toBeGreaterThanOrEqual(5);
    expect(doc.relations.length).toBeGreaterThanOrEqual(1);
    expectRoundTrip(doc);
  });
});

describe('BRAT_CONFIG', () => {
  const conf = BRAT_CONFIG['annotation.conf']!;
  const visual = BRAT_CONFIG['visual.conf']!;

  it('declares every entity type and relation type, and the sections brat requires', () => {
    for (const section of ['[entities]', '[relations]', '[events]', '[attributes]']) expect(conf).toContain(section);
    const lines = conf.split('\n');
    for (const t of ENTITY_TYPES) expect(lines).toContain(t);
    for (const r of RELATION_TYPES) expect(lines).toContain(`${r} Arg1:<ENTITY>, Arg2:<ENTITY>`);
  });

  it('gives every entity type a colour', () => {
    for (const t of ENTITY_TYPES) expect(visual).toMatch(new RegExp(`^${t}\tbgColor:#[0-9a-f]{6}$`, 'm'));
  });
});

describe('parseAnn', () => {
  it('reads annotations an annotator added or corrected, skipping other kinds', () => {
    const text = 'Hyesan police found ice.';
    const ann = 'T1\tPLACE 0 6\tHyesan\nT5\tDRUG 20 23\tice\nA1\tNegation T5\nR2\tlocated_in Arg1:T5 Arg2:T1\n#9\tAnnotatorNotes T5\tcanonical=methamphetamine\n';
    const back = parseAnn(ann, text);
    expect(back.entities.map((e) => [e.id, e.type, e.text, e.note])).toEqual([['T1', 'PLACE', 'Hyesan', {}], ['T5', 'DRUG', 'ice', { canonical: 'methamphetamine' }]]);
    expect(back.relations).toEqual([{ id: 'R2', type: 'located_in', arg1: 'T5', arg2: 'T1', note: {} }]);
  });

  it.each([
    ['text that does not match the .txt', 'T1\tPLACE 0 6\tHyesam\n', /line 1: the text "Hyesam"/],
    ['a span past the end of the text', 'T1\tPLACE 0 99\tHyesan\n', /line 1: the span 0 99/],
    ['a span that ends before it starts', 'T1\tPLACE 6 0\t\n', /line 1: the span 6 0/],
    ['a text-bound annotation without offsets', 'T1\tPLACE\tHyesan\n', /line 1: expected/],
    ['a relation without arguments', 'T1\tPLACE 0 6\tHyesan\nR1\tlocated_in T1\n', /line 2: expected/],
    ['a note of another kind', '#1\tComment T1\tx\n', /line 1: expected/],
  ])('rejects %s', (_why, ann, message) => {
    expect(() => parseAnn(ann, 'Hyesan police.')).toThrow(BratParseError);
    expect(() => parseAnn(ann, 'Hyesan police.')).toThrow(message);
  });
});

describe('parseNote', () => {
  it.each([
    ['canonical=Hyesan; id=kp-hyesan; value=', { canonical: 'Hyesan', id: 'kp-hyesan', value: '' }],
    ['canonical=A\\; B; id=', { canonical: 'A; B', id: '' }],
    ['value=x=y', { value: 'x=y' }],
    ['reviewed', { reviewed: '' }],
    ['', {}],
  ])('%j', (note, expected) => {
    expect(parseNote(note)).toEqual(expected);
  });
});
