import { describe, expect, it } from 'vitest';
import { ENTITY_COLUMNS, ENTITY_TABLE_COLUMNS, EVENT_COLUMNS, EntityTable, NORM_COLUMNS, entityRows, eventRows, relationRows, type Row } from '../../src/export/rows.js';
import type { Document } from '../../src/types.js';
import { buildDocument, type Spec } from './document-builder.js';

const doc = (id: string, text: string): Document => ({
  id, source: `${id}.txt`, title: null, outlet: null, author: null, url: null, published: null, text,
  sentences: [{ start: 0, end: text.length }],
  entities: [
    { id: 'e1', type: 'QUANTITY', text: '500 grams', start: 0, end: 9, sentence: 0, canonical: '500 g', canonicalId: null, rule: 'p', norm: { grams: 500 } },
    { id: 'e2', type: 'DRUG', text: 'meth', start: 13, end: 17, sentence: 0, canonical: 'methamphetamine', canonicalId: 'meth', rule: 'g', norm: {} },
  ],
  relations: [{ id: 'r1', type: 'quantity_of', subject: 'e1', object: 'e2', sentence: 0, evidence: text, rule: 'q', conflict: false }],
  events: [],
});

describe('CSV rows', () => {
  it('has one entity row per mention with every contract column', () => {
    const rows = entityRows(doc('a', '500 grams of meth'));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual([...ENTITY_COLUMNS].sort());
    expect(rows[0]).toMatchObject({ article_id: 'a', entity_id: 'e1', grams: 500, canonical_id: null, level: null });
  });

  it('names both ends of a relation', () => {
    expect(relationRows(doc('a', '500 grams of meth'))[0]).toMatchObject({ subject_id: 'e1', subject: '500 g', object_id: 'e2', object: 'methamphetamine', evidence: '500 grams of meth' });
  });

  it('aggregates distinct entities across articles', () => {
    const table = new EntityTable();
    table.add(doc('a', '500 grams of meth'));
    table.add(doc('b', '500 grams of Meth'));
    const meth = [...table.rows()].find((r) => r.canonical_id === 'meth');
    expect(meth).toMatchObject({ articles: 2, mentions: 2, surface_forms: 'meth' });
    expect([...table.rows()].map((r) => r.type)).toEqual(['DRUG', 'QUANTITY']);
  });
});

// one entity of each type with every norm field set, in one article
const EVERY_FIELD = buildDocument(
  'The Ministry of State Security in Hyesan sent Kim Chol to life imprisonment under Article 60 in early 2019; ' +
    'she got two months of labor training for smuggling and paid 100-170 yuan for 2 grams of ice.',
  [
    { type: 'ORG', text: 'Ministry of State Security', canonical: 'Ministry of State Security', canonicalId: 'mss', norm: { kind: 'security', acronym: 'MSS' } },
    { type: 'PLACE', text: 'Hyesan', canonical: 'Hyesan', canonicalId: 'kp-hyesan', norm: { level: 'city', province: 'Ryanggang Province', country: 'KP', lat: 41.366, lon: 128.271, resolved: true } },
    { type: 'PERSON', text: 'Kim Chol', canonical: 'Kim Chol', canonicalId: null, norm: {} },
    { type: 'PENALTY', text: 'life imprisonment', canonical: 'reform through labor', canonicalId: 'rtl', norm: { kind: 'reform_through_labor', status: 'imposed', duration: null, life: true } },
    { type: 'LAW', text: 'Article 60', canonical: 'Criminal Code Article 60', canonicalId: 'cc-60', norm: { code: 'Criminal Code', article: 60, title: 'Anti-state propaganda' } },
    { type: 'DATE', text: 'early 2019', canonical: '2019', canonicalId: null, norm: { value: '2019', mod: 'START' } },
    { type: 'PENALTY', text: 'two months of labor training', canonical: 'labor training', canonicalId: 'lt', norm: { kind: 'labor_training', status: null, duration: 'P2M' } },
    { type: 'CRIME', text: 'smuggling', canonical: 'smuggling', canonicalId: 'smuggling', norm: { offence: 'smuggling' } },
    { type: 'MONEY', text: '100-170 yuan', canonical: '100-170 CNY', canonicalId: null, norm: { currency: 'CNY', min: 100, max: 170 } },
    { type: 'QUANTITY', text: '2 grams', canonical: '2 g', canonicalId: null, norm: { grams: 2 } },
    { type: 'DRUG', text: 'ice', canonical: 'methamphetamine', canonicalId: 'meth', norm: {} },
  ],
  [], { id: 'every-field' },
);

/** The norm cells of a row that hold a value: what a type's columns are. */
const filled = (row: Row, columns: readonly string[]) => Object.fromEntries(columns.filter((c) => row[c] !== null).map((c) => [c, row[c]]));

describe('norm columns', () => {
  const rows = new Map(entityRows(EVERY_FIELD).map((r) => [String(r.text), r]));

  it.each([
    ['Ministry of State Security', { org_kind: 'security', acronym: 'MSS' }],
    ['Hyesan', { level: 'city', province: 'Ryanggang Province', country: 'KP', lat: 41.366, lon: 128.271, resolved: true }],
    ['Kim Chol', {}],
    ['life imprisonment', { penalty_kind: 'reform_through_labor', penalty_status: 'imposed', life: true }],
    ['Article 60', { law_code: 'Criminal Code', law_article: 60, law_title: 'Anti-state propaganda' }],
    ['early 2019', { value: '2019', mod: 'START' }],
    ['two months of labor training', { penalty_kind: 'labor_training', duration: 'P2M' }],
    ['100-170 yuan', { currency: 'CNY', min: 100, max: 170 }],
    ['2 grams', { grams: 2 }],
    ['ice', {}],
    ['smuggling', { offence: 'smuggling' }],
  ])('gives "%s" its own norm fields, each in its column, and no other', (text, cells) => {
    expect(filled(rows.get(text)!, NORM_COLUMNS)).toEqual(cells);
  });

  it('puts an organization\'s and a penalty\'s kind in different columns', () => {
    expect(ENTITY_COLUMNS).not.toContain('kind');
    expect(rows.get('Ministry of State Security')).toMatchObject({ org_kind: 'security', penalty_kind: null });
    expect(rows.get('two months of labor training')).toMatchObject({ org_kind: null, penalty_kind: 'labor_training' });
  });

  it('leaves life and mod empty where the norm has none', () => {
    expect(rows.get('two months of labor training')).toMatchObject({ life: null, duration: 'P2M' });
    const plain = buildDocument('On May 7, 2018.', [{ type: 'DATE', text: 'May 7, 2018', canonical: '2018-05-07', canonicalId: null, norm: { value: '2018-05-07' } }]);
    expect(entityRows(plain)[0]).toMatchObject({ value: '2018-05-07', mod: null });
  });
});

const rtl = (text: string, duration: string | null, life?: true): Spec => ({
  type: 'PENALTY', text, canonical: 'reform through labor', canonicalId: 'rtl', norm: { kind: 'reform_through_labor', status: null, duration, ...(life && { life }) },
});
const MSS: Spec = { type: 'ORG', text: 'MSS', canonical: 'Ministry of State Security', canonicalId: 'mss', norm: { kind: 'security', acronym: 'MSS' } };

describe('the entity table', () => {
  const table = new EntityTable();
  // added out of id order, as the report's caller may
  table.add(buildDocument('The MSS gave him 10 years of reform through labor, her life imprisonment and him two months of labor training.', [
    MSS, rtl('10 years of reform through labor', 'P10Y'), rtl('life imprisonment', null, true),
    { type: 'PENALTY', text: 'two months of labor training', canonical: 'labor training', canonicalId: 'lt', norm: { kind: 'labor_training', status: null, duration: 'P2M' } },
  ], [], { id: 'b-2' }));
  table.add(buildDocument('The MSS gave five years of reform through labor, then 10 years of reform through labor, then 6 months of reform through labor.', [
    MSS, rtl('five years of reform through labor', 'P5Y'), rtl('10 years of reform through labor', 'P10Y'), rtl('6 months of reform through labor', 'P6M'),
  ], [], { id: 'a.1' }));
  const rows = new Map([...table.rows()].map((r) => [String(r.canonical_id), r]));

  it('lists the articles an entity occurs in beside their count', () => {
    expect(rows.get('mss')).toMatchObject({ articles: 2, mentions: 2, article_ids: 'a.1|b-2' });
    expect(rows.get('lt')).toMatchObject({ articles: 1, mentions: 1, article_ids: 'b-2' });
  });

  it('lists the distinct durations of a penalty\'s mentions, shortest first, and whether any was a life term', () => {
    expect(rows.get('rtl')).toMatchObject({ mentions: 5, durations: 'P6M|P5Y|P10Y', life: true, penalty_kind: 'reform_through_labor', org_kind: null });
    expect(rows.get('lt')).toMatchObject({ durations: 'P2M', life: null, penalty_kind: 'labor_training' });
  });

  it('gives an organization its kind and no penalty fields', () => {
    expect(rows.get('mss')).toMatchObject({ org_kind: 'security', acronym: 'MSS', penalty_kind: null, durations: null, life: null });
  });

  it('has a cell for each of its columns and no mention\'s duration', () => {
    for (const r of rows.values()) expect(Object.keys(r).sort()).toEqual([...ENTITY_TABLE_COLUMNS].sort());
    expect(ENTITY_TABLE_COLUMNS).not.toContain('duration');
  });
});

describe('event rows', () => {
  const text = EVERY_FIELD.text;
  const trigger = 'sent';
  const start = text.indexOf(trigger);
  const arg = (entity: string | null, value: string, fromContext = false) => ({ entity, value, fromContext });
  const doc: Document = {
    ...EVERY_FIELD,
    events: [{
      id: 'v1', subtype: 'sentence', trigger, start, end: start + trigger.length, sentence: 0, evidence: text,
      arguments: {
        agent: arg('e1', 'Ministry of State Security'), persons: [arg('e3', 'Kim Chol')], crime: arg('e8', 'smuggling'),
        sentence: arg('e4', 'reform through labor'), law: arg('e5', 'Criminal Code Article 60'), place: arg('e2', 'Hyesan'),
        time: arg(null, '2019-04-02', true), money: null, drug: null, quantity: null,
      },
      count: { min: 1, max: 1 }, modality: 'asserted', polarity: 'positive', genericity: 'specific', tense: 'past', rule: 'sentence',
    }],
  };

  it('gives each argument its value and entity id, the penalty its kind, the place its province, and the roles from context', () => {
    const [row] = eventRows(doc);
    expect(Object.keys(row!).sort()).toEqual([...EVENT_COLUMNS].sort());
    expect(row).toMatchObject({
      article_id: 'every-field', event_id: 'v1', subtype: 'sentence', trigger: 'sent', start, end: start + 4,
      agent: 'Ministry of State Security', agent_id: 'e1', persons: 'Kim Chol', person_ids: 'e3', count_min: 1, count_max: 1,
      crime: 'smuggling', crime_id: 'e8', penalty: 'reform through labor', penalty_kind: 'reform_through_labor', penalty_duration: null, penalty_id: 'e4',
      law_id: 'e5', place: 'Hyesan', place_province: 'Ryanggang Province', place_id: 'e2', time: '2019-04-02', time_id: null,
      money: null, drug_id: null, from_context: 'time', evidence: text,
    });
  });

  it('gives no row to a document without events', () => {
    expect(eventRows(EVERY_FIELD)).toEqual([]);
  });
});
