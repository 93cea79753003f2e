import { describe, expect, it } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { extract } from '../helpers.js';

const entities = (text: string) => extract(text).entities;
const places = (text: string): EntityOf<'PLACE'>[] => entities(text).filter((e): e is EntityOf<'PLACE'> => e.type === 'PLACE');
const facility = (text: string) => places(text).find((p) => p.norm.level === 'facility');

describe('a facility named after a place is one PLACE of level facility', () => {
  it.each([
    // [text, the facility's span, canonical, province]
    ['Guards at Kilju Station stopped the traders.', 'Kilju Station', 'Kilju Station', 'North Hamgyong Province'],
    ['She was held in the Onsong Detention Centre for a month.', 'Onsong Detention Centre', 'Onsong Detention Centre', 'North Hamgyong Province'],
    ['He was sent to the Hoeryong Forced Labor Camp.', 'Hoeryong Forced Labor Camp', 'Hoeryong Forced Labor Camp', 'North Hamgyong Province'],
    ['Crowds gathered at Hoeryong Airfield at noon.', 'Hoeryong Airfield', 'Hoeryong Airfield', 'North Hamgyong Province'],
    // a site's head in lower case, where the phrase ends after it
    ['He tore up his visa at the Pyongyang airport and asked for asylum.', 'Pyongyang airport', 'Pyongyang Airport', 'Pyongyang'],
    ['Two men were shot at Hoeryong stadium in 2014.', 'Hoeryong stadium', 'Hoeryong Stadium', 'North Hamgyong Province'],
    ['The trial was held at Hamhung Stadium.', 'Hamhung Stadium', 'Hamhung Stadium', 'South Hamgyong Province'],
    ['Prices at the Hyesan City Market rose.', 'Hyesan City Market', 'Hyesan Market', 'Ryanggang Province'],
    ['Traders left Pyongyang Railway Station.', 'Pyongyang Railway Station', 'Pyongyang Railway Station', 'Pyongyang'],
    ['Prisoners died in the Pukchae County Detention Center.', 'Pukchae County Detention Center', 'Pukchae Detention Center', null],
    // a head written syllable by syllable is the lexicon's head
    ['He spent ten years in the Hoeryong Kyo-hwa-so before his release.', 'Hoeryong Kyo-hwa-so', 'Hoeryong Kyohwaso', 'North Hamgyong Province'],
  ])('%s', (text, span, canonical, province) => {
    const f = facility(text);
    expect(f?.text).toBe(span);
    expect(f?.canonical).toBe(canonical);
    expect(f?.canonicalId).toBeNull();
    expect(f?.norm.province).toBe(province);
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it('a school named after a town is an organization based in the town, not a facility (annotation.md, settled cases)', () => {
    const text = 'Pupils of Hyesan Middle School were questioned.';
    expect(facility(text)).toBeUndefined();
    expect(entities(text).map((e) => [e.type, e.text, e.canonical])).toEqual([['PLACE', 'Hyesan', 'Hyesan'], ['ORG', 'Middle School', 'Hyesan Middle School']]);
  });

  it('a hyphenated word that is no head names no facility', () => {
    expect(facility('Traders met at the Hoeryong Station-side market.')).toBeUndefined();
  });

  it('is not split into a town and a penalty', () => {
    const found = entities('He was sent to the Hoeryong Forced Labor Camp.');
    expect(found.map((e) => [e.type, e.text])).toEqual([['PLACE', 'Hoeryong Forced Labor Camp']]);
  });

  it.each([
    // must not: no head, a head in lower case, a police unit, a country, a name the gazetteer knows whole
    ['Traders in Kilju stationed guards.', 'Kilju'],
    ['Kilju station guards stopped them.', 'Kilju'],
    ['Pyongyang airport staff met him.', 'Pyongyang'],
    ['He waited at the Kilju station.', 'Kilju'],
    ['Officers of the Hyesan Police Station searched homes.', 'Hyesan'],
    ['Goods from China Market Street were sold.', null],
    ['He was held in the Yodok Camp.', null],
    ['Hyesan schools were closed.', 'Hyesan'],
  ])('no facility in %j', (text, place) => {
    expect(facility(text)).toBeUndefined();
    if (place) expect(places(text).map((p) => p.text)).toContain(place);
  });
});

describe('a facility named by a word of its own, in an article naming North Korea', () => {
  it.each([
    // [text, the facility's span]
    ['In North Korea, crowds were gathered at Pungdong Stadium.', 'Pungdong Stadium'],
    ['He was shot at Tongdal airport in Hyesan.', 'Tongdal airport'],
    ['Crowds filled Tanbong Airfield near Hyesan.', 'Tanbong Airfield'],
    ['A photo of Sangdok prison, near Hyesan.', 'Sangdok prison'],
  ])('%s', (text, span) => {
    const f = facility(text);
    expect(f?.text).toBe(span);
    expect(f?.canonicalId).toBeNull();
    expect(f?.norm.country).toBe('KP');
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    expect(entities(text).filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it.each([
    // must not: a noun after a lower-case head, no North Korean place, an English word, a name running on
    'Tongdal airport staff in Hyesan waited.',
    'Crowds gathered at Pungdong Stadium in Osaka.',
    'Hyesan officials visited Liberty Stadium.',
    'Hyesan traders met at Pungdong Stadium Road.',
    // a mine is an enterprise, an organization (annotation.md, settled cases)
    'Gold from Tanbong Gold Mine reached Hyesan.',
  ])('no facility in %j', (text) => {
    expect(facility(text)).toBeUndefined();
  });
});

describe('a facility with a name of its own after its place (#16 §2, entities9)', () => {
  it('"Yanji Tanbongchuan Airport" is one facility, in the place\'s province', () => {
    const f = facility('Flights leave Yanji Tanbongchuan Airport daily.');
    expect(f).toMatchObject({ text: 'Yanji Tanbongchuan Airport', canonical: 'Yanji Tanbongchuan Airport', norm: { province: 'Jilin Province', country: 'CN' } });
  });
  it('an English word there is no name of the facility\'s own', () => {
    expect(facility('Guards left Hyesan Police Station.')).toBeUndefined();
    expect(facility('Guards left Hyesan Old Airport.')).toBeUndefined();
  });
});

describe('a camp the gazetteer knows by its place, with the press\'s words for it (#16 §2, entities10)', () => {
  it.each([
    ['They are taken to the Chongori reeducation center in North Hamgyong Province as punishment.', 'Chongori reeducation center'],
    ['They are taken to the Chongori Reeducation Camp as punishment.', 'Chongori Reeducation Camp'],
  ])('%s', (text, mention) => {
    const found = entities(text);
    expect(found.filter((e) => e.type === 'PENALTY')).toEqual([]);
    expect(places(text).find((p) => p.norm.level === 'prison_camp')).toMatchObject({ text: mention, canonical: 'Chongori kyohwaso' });
  });
  it('keeps the camp and the penalty apart where the words go on to a noun', () => {
    const found = entities('Chongori reeducation center staff were punished.');
    expect(found.map((e) => [e.type, e.text])).toEqual([['PLACE', 'Chongori'], ['PENALTY', 'reeducation']]);
  });
});
