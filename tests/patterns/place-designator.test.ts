import { describe, expect, it } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { extract } from '../helpers.js';

const places = (text: string): EntityOf<'PLACE'>[] =>
  extract(text).entities.filter((e): e is EntityOf<'PLACE'> => e.type === 'PLACE');
/** [text, level] of each place the gazetteer does not know. */
const unresolved = (text: string) => places(text).filter((p) => p.canonicalId === null).map((p) => [p.text, p.norm.level]);

describe('places marked by a designator but not in the gazetteer', () => {
  it.each([
    ['Police raided homes in Haksong County last week.', 'Haksong County', 'county'],
    ['Police raided homes in Haksong county last week.', 'Haksong county', 'county'],
    ['Traders from Tamun City were fined.', 'Tamun City', 'city'],
    ['Residents of Gyeongsang Province donated rice.', 'Gyeongsang Province', 'province'],
    ['Residents of North Gyeongsang Province donated rice.', 'North Gyeongsang Province', 'province'],
    ['Markets in Sosan District closed.', 'Sosan District', 'district'],
    ["Miners in Kalgol Workers' District struck.", "Kalgol Workers' District", 'workers_district'],
    ['Farmers in Tanggok Village went hungry.', 'Tanggok Village', 'village'],
    ['A family in Samgye-ri was arrested.', 'Samgye-ri', 'village'],
    ['A family in Tanggok-dong was arrested.', 'Tanggok-dong', 'district'],
    ['Officials in Haksong-gun were replaced.', 'Haksong-gun', 'county'],
    ['Officials in Tamun-si were replaced.', 'Tamun-si', 'city'],
    ['Officials in Tanbong-do were replaced.', 'Tanbong-do', 'province'],
    ['Officials in Sosan-guyok were replaced.', 'Sosan-guyok', 'district'],
    ['Officials in Haksong-up were replaced.', 'Haksong-up', 'town'],
    ['Officials in Haksong-Gun were replaced.', 'Haksong-Gun', 'county'],
    ['He moved to the city of Yeosu in 2015.', 'Yeosu', 'city'],
    ['He was shot in the northern city of Tanbong, near China.', 'Tanbong', 'city'],
    ['He hid in the border town of Tanbong for a year.', 'Tanbong', 'town'],
    ['He moved to the village of Tanggok in 2015.', 'Tanggok', 'village'],
    ['A ski resort was planned on Mount Tanbong near the coast.', 'Mount Tanbong', 'mountain'],
    ['A ski resort was planned on Mt. Tanbong near the coast.', 'Mt. Tanbong', 'mountain'],
    // a leading English or stop word is not part of the name
    ['In Haksong County, police raided homes.', 'Haksong County', 'county'],
    ['Yesterday Haksong County police raided homes.', 'Haksong County', 'county'],
    ['Smugglers Arrested In Haksong County', 'Haksong County', 'county'],
  ])('%s', (text, mention, level) => {
    expect(unresolved(text)).toEqual([[mention, level]]);
  });

  it('keeps offsets: the entity text is the slice of the article', () => {
    const text = 'Yesterday Haksong County police raided homes.';
    const [p] = places(text);
    expect(text.slice(p!.start, p!.end)).toBe(p!.text);
    expect(p).toMatchObject({ canonicalId: null, rule: 'pattern:designated-place', norm: { resolved: false, province: null, country: null } });
  });

  it.each([
    ['Police raided homes in Haksong County.', 'Haksong'],
    ['Police raided homes in Haksong-gun.', 'Haksong'],
    ['Police raided homes in Hwasŏng-si.', 'Hwasong'],
    ['Police raided homes in Tanbong-do.', 'Tanbong Province'],
    ['Police raided homes in Gyeongsang Province.', 'Gyeongsang Province'],
    ['Police raided homes in Samgye-ri.', 'Samgye'],
    ['Police raided homes in Tanggok Village.', 'Tanggok'],
    ['Police raided homes in Tanggok-dong.', 'Tanggok'],
    ['Police raided homes in the city of Yeosu.', 'Yeosu'],
  ])('canonical name as the gazetteer writes it: %s', (text, canonical) => {
    expect(places(text).map((p) => p.canonical)).toEqual([canonical]);
  });

  it('the gazetteer wins where it knows the place', () => {
    expect(places('Officials in Musan County were replaced.').map((p) => [p.text, p.canonicalId])).toEqual([['Musan County', 'kp-musan']]);
  });
});

describe('a town abroad named with its state after a comma', () => {
  it.each([
    ['Miller, once a resident of Tanbongfield, California, was arrested.', 'Tanbongfield', 'California', 'US'],
    ['A tourist from Tanbong, Ohio, was detained.', 'Tanbong', 'Ohio', 'US'],
  ])('%s', (text, town, state, country) => {
    const p = places(text).find((e) => e.text === town);
    expect(p).toMatchObject({ canonical: town, canonicalId: null, rule: 'pattern:town-of-state', norm: { level: 'city', province: state, country } });
    expect(extract(text).relations.map((r) => r.type)).toEqual(['located_in']);
  });

  it.each([
    // no preposition, a surname, an English word, a North Korean province
    ['Tanbong, California, is small.'],
    ['He met Kim, California\'s governor.'],
    ['He was born in Sunny, California.'],
    ['A man from Tanbong, Ryanggang Province, fled.'],
  ])('no town in %j', (text) => {
    expect(places(text).filter((p) => p.rule === 'pattern:town-of-state')).toEqual([]);
  });
});

describe('must not match', () => {
  it.each([
    'The City said the plan was final.',
    'The State Security Province branch took over the case.',
    'Each Province sent a delegation.',
    'Officials from a Chinese province arrived.',
    'A Korean city was named.',
    'Youth from the Inner City joined.',
    'The Capital City Defense Command was alerted.',
    'The Special District Court ruled.',
    'The Security County office was searched.',
    'Workers District officials met.',
    'Machine-gun fire was heard.',
    'Start-up firms were closed.',
    'Follow-up checks were ordered.',
    'Ding-dong went the bell.',
    'He practised Taekwon-do.',
    'He practised Tae Kwon-do.',
    'Kim Jae-dong met the inspectors.',
    'Lee Mi-ri met the inspectors.',
    'The city of God was a film.',
    'The northern city of God was a film.',
    'The ancient city of Tanbong fell.',
    'They visited the county of Kent.',
    'North Province officials met.',
    'Guards mount patrols at Mount Zion Church.',
    'Worries began to Mount Up.',
  ])('%s', (text) => {
    expect(unresolved(text)).toEqual([]);
  });
});
