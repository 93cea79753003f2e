import { describe, expect, it } from 'vitest';
import { newWorkingDoc, type Draft } from '../../src/stages/doc.js';
import { normalize } from '../../src/stages/normalize.js';

const TEXT = 'Police in Onsong County arrested him.';
const place = (start: number, end: number, canonicalId: string | null, rule: string): Draft => ({
  type: 'PLACE', text: TEXT.slice(start, end), start, end, canonical: TEXT.slice(start, end), canonicalId, rule,
  norm: { level: 'county', province: null, country: 'KP', lat: null, lon: null, resolved: canonicalId !== null },
});

function settle(drafts: Draft[]) {
  const doc = newWorkingDoc({ id: 't', source: 't', text: TEXT });
  doc.sentences = [{ start: 0, end: TEXT.length }];
  doc.drafts = drafts;
  return normalize(doc).entities;
}

describe('normalize stage', () => {
  it('prefers a resolved draft over a longer unresolved one', () => {
    expect(settle([place(10, 23, null, 'pattern'), place(10, 16, 'onsong', 'gazetteer')]).map((e) => e.rule)).toEqual(['gazetteer']);
  });

  it('prefers the longer of two resolved drafts, then the earlier', () => {
    expect(settle([place(10, 16, 'onsong', 'short'), place(10, 23, 'onsong', 'long')]).map((e) => e.rule)).toEqual(['long']);
    expect(settle([place(10, 16, 'onsong', 'first'), place(10, 16, 'onsong', 'second')]).map((e) => e.rule)).toEqual(['first']);
  });

  it('lets an offence inside a longer unresolved name be part of that name, and keeps a bare offence', () => {
    const crime = (start: number, end: number): Draft => ({
      type: 'CRIME', text: TEXT.slice(start, end), start, end, canonical: 'smuggling', canonicalId: 'smuggling', rule: 'gazetteer', norm: { offence: 'smuggling' },
    });
    expect(settle([crime(10, 16), place(10, 23, null, 'pattern')]).map((e) => e.type)).toEqual(['PLACE']);
    expect(settle([crime(10, 16), place(17, 23, null, 'pattern')]).map((e) => e.type)).toEqual(['CRIME', 'PLACE']);
  });

  it('lets an amount keep the country that names its currency, and a country outside it stand', () => {
    const text = 'Guards ask U.S. $30 and the U.S. knows.';
    const doc = newWorkingDoc({ id: 't', source: 't', text });
    doc.sentences = [{ start: 0, end: text.length }];
    const us = (start: number): Draft => ({
      type: 'PLACE', text: 'U.S.', start, end: start + 4, canonical: 'United States', canonicalId: 'us', rule: 'gazetteer',
      norm: { level: 'country', province: null, country: 'US', lat: null, lon: null, resolved: true },
    });
    const money: Draft = { type: 'MONEY', text: 'U.S. $30', start: 11, end: 19, canonical: '30 USD', canonicalId: null, rule: 'pattern:money', norm: { currency: 'USD', min: 30, max: 30 } };
    doc.drafts = [us(11), money, us(28)];
    expect(normalize(doc).entities.map((e) => [e.type, e.text])).toEqual([['MONEY', 'U.S. $30'], ['PLACE', 'U.S.']]);
  });

  it('lets a village its designator names win over the county of the same name inside it', () => {
    const text = 'Police in Onsong-dong arrested him.';
    const at = (start: number, end: number, level: 'village' | 'county', canonicalId: string | null, rule: string): Draft => ({
      type: 'PLACE', text: text.slice(start, end), start, end, canonical: text.slice(start, end), canonicalId, rule,
      norm: { level, province: null, country: 'KP', lat: null, lon: null, resolved: canonicalId !== null },
    });
    const doc = newWorkingDoc({ id: 't', source: 't', text });
    doc.sentences = [{ start: 0, end: text.length }];
    doc.drafts = [at(10, 16, 'county', 'onsong', 'gazetteer'), at(10, 21, 'village', null, 'pattern:designated-place')];
    expect(normalize(doc).entities.map((e) => e.text)).toEqual(['Onsong-dong']);
    // a county its designator names is the county of the gazetteer: same level, the gazetteer's entity
    doc.drafts = [at(10, 16, 'county', 'onsong', 'gazetteer'), at(10, 21, 'county', null, 'pattern:designated-place')];
    expect(normalize(doc).entities.map((e) => e.text)).toEqual(['Onsong']);
  });

  it('lets a village its designator names win over the district of the same name inside it', () => {
    const settleIn = (text: string, lower: 'village' | 'district') => {
      const at = (end: number, level: 'village' | 'district', canonicalId: string | null, rule: string): Draft => ({
        type: 'PLACE', text: text.slice(10, end), start: 10, end, canonical: text.slice(10, end), canonicalId, rule,
        norm: { level, province: canonicalId === null ? null : 'Pyongyang', country: 'KP', lat: null, lon: null, resolved: canonicalId !== null },
      });
      const doc = newWorkingDoc({ id: 't', source: 't', text });
      doc.sentences = [{ start: 0, end: text.length }];
      doc.drafts = [at(19, 'district', 'kp-pyongchon', 'gazetteer'), at(22, lower, null, 'pattern:designated-place')];
      return normalize(doc).entities.map((e) => e.text);
    };
    expect(settleIn('Police in Pyongchon-ri arrested him.', 'village')).toEqual(['Pyongchon-ri']);
    // the district named with its own designator is the gazetteer's district
    expect(settleIn('Police in Pyongchon-gu arrested him.', 'district')).toEqual(['Pyongchon']);
  });

  it('assigns ids and sentences in text order', () => {
    const out = settle([place(24, 32, null, 'b'), place(0, 6, null, 'a')]);
    expect(out.map((e) => [e.id, e.rule, e.sentence])).toEqual([['e1', 'a', 0], ['e2', 'b', 0]]);
  });

  it('drops a draft whose text does not match its offsets', () => {
    expect(settle([{ ...place(10, 16, 'onsong', 'bad'), text: 'Hyesan' }])).toEqual([]);
  });
});
