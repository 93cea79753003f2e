/**
 * rules/places-world.yaml: countries, capitals, China's provinces and big cities, the cities
 * reporting on North Korea names abroad, world regions and the DMZ; and the names among them
 * that are also English words or persons, each with a twin where they must not match.
 */
import { describe, expect, it } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { extract } from '../helpers.js';

const places = (text: string): EntityOf<'PLACE'>[] =>
  extract(text).entities.filter((e): e is EntityOf<'PLACE'> => e.type === 'PLACE');
/** [text, canonicalId] of each place. */
const ids = (text: string) => places(text).map((e) => [e.text, e.canonicalId]);

describe('foreign cities, with their country and province', () => {
  it.each([
    ['The defectors were caught in Hangzhou last month.', 'Hangzhou', 'city', 'Zhejiang Province', 'CN'],
    ['She hid in Nanping for a year.', 'Nanping', 'town', 'Jilin Province', 'CN'],
    ['Brokers in Kaishantun arranged the crossing.', 'Kaishantun', 'town', 'Jilin Province', 'CN'],
    ['He was arrested in Kunming on the way south.', 'Kunming', 'city', 'Yunnan Province', 'CN'],
    ['The group flew from Shanghai.', 'Shanghai', 'special_city', 'Shanghai', 'CN'],
    ['The journalists were based in San Francisco.', 'San Francisco', 'city', null, 'US'],
    ['The report was released in New York.', 'New York', 'city', null, 'US'],
    ['The commission met in Geneva in March.', 'Geneva', 'city', null, 'CH'],
    ['Abductee families rallied in Tokyo.', 'Tokyo', 'city', null, 'JP'],
    ['Chongryon schools in Osaka lost funding.', 'Osaka', 'city', null, 'JP'],
    ['The refugees reached Bangkok in May.', 'Bangkok', 'city', null, 'TH'],
    ['They were detained in Vientiane.', 'Vientiane', 'city', null, 'LA'],
    ['They were detained in Ho Chi Minh City.', 'Ho Chi Minh City', 'city', null, 'VN'],
    ['Workers were sent to Nakhodka.', 'Nakhodka', 'city', null, 'RU'],
    ['Diplomats in London protested.', 'London', 'city', null, 'GB'],
    ['The court in the Hague heard the case.', 'the Hague', 'city', null, 'NL'],
  ])('%s', (text, mention, level, province, country) => {
    expect(places(text)).toContainEqual(expect.objectContaining({ text: mention, norm: expect.objectContaining({ level, province, country, resolved: true }) }));
  });

  it('a capital named "X City" matches whole; the bare name stays the country', () => {
    expect(ids('Officials from Mexico met in Mexico City and Kuwait City.')).toEqual([
      ['Mexico', 'mx'], ['Mexico City', 'mx-mexico-city'], ['Kuwait City', 'kw-kuwait-city'],
    ]);
  });

  it('"Nagoya, Japan": the city is located in the country', () => {
    const doc = extract('He was born in Nagoya, Japan, to a Chongryon family.');
    const nameOf = (id: string) => doc.entities.find((e) => e.id === id)!.canonical;
    expect(doc.relations.map((r) => [r.type, nameOf(r.subject), nameOf(r.object), r.conflict])).toContainEqual(['located_in', 'Nagoya', 'Japan', false]);
  });
});

describe('countries by their common names', () => {
  it.each([
    ['He sought asylum in Britain.', 'Britain', 'gb'],
    ['He sought asylum in the UK.', 'UK', 'gb'],
    ['He sought asylum in the United Kingdom.', 'United Kingdom', 'gb'],
    ['Arms went to Burma.', 'Burma', 'mm'],
    ['Arms went to Myanmar.', 'Myanmar', 'mm'],
    ['The team played in Holland.', 'Holland', 'nl'],
    ['Workers were sent to the UAE.', 'UAE', 'ae'],
    ['The talks were held in Ivory Coast.', 'Ivory Coast', 'ci'],
    ['Envoys from Czechia met.', 'Czechia', 'cz'],
    ['Envoys from East Timor met.', 'East Timor', 'tl'],
    ['The Vatican called for restraint.', 'Vatican', 'va'],
    ['Kosovo recognised the ruling.', 'Kosovo', 'xk'],
    ['He reached Taiwan by boat.', 'Taiwan', 'tw'],
    ['Workers were sent to Kuwait and Qatar.', 'Qatar', 'qa'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
  });

  it('a country has its ISO code and no province', () => {
    expect(places('Defectors came through Cambodia.')).toMatchObject([{ canonical: 'Cambodia', norm: { level: 'country', country: 'KH', province: null, resolved: true } }]);
  });

  it('"Congo" alone is either Congo and stays unresolved; the full names are settled', () => {
    expect(ids('Workers were sent to Congo.')).toEqual([['Congo', null]]);
    expect(ids('Workers were sent to the Democratic Republic of the Congo.')).toEqual([['Democratic Republic of the Congo', 'cd']]);
  });
});

describe('world regions and the DMZ', () => {
  it.each([
    ['Defectors now live in Europe.', 'Europe', 'region-europe'],
    ['The route runs through Southeast Asia.', 'Southeast Asia', 'region-southeast-asia'],
    ['Workers were sent to the Middle East.', 'Middle East', 'region-middle-east'],
    ['Loggers worked in Siberia.', 'Siberia', 'region-siberia'],
    ['Soldiers guard the Demilitarized Zone.', 'Demilitarized Zone', 'region-dmz'],
    ['A soldier crossed the DMZ.', 'DMZ', 'region-dmz'],
    ['Sinpo lies on the East Sea coast.', 'East Sea', 'region-east-sea'],
    ['The boat sank in the Sea of Japan.', 'Sea of Japan', 'region-east-sea'],
    ['Fishing boats crossed the West Sea.', 'West Sea', 'region-yellow-sea'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
  });

  it('a region across countries has no country; the DMZ belongs to neither Korea', () => {
    expect(places('A soldier crossed the DMZ into Europe.').map((p) => [p.canonical, p.norm.level, p.norm.country])).toEqual([
      ['Demilitarized Zone', 'region', null],
      ['Europe', 'region', null],
    ]);
  });
});

describe('the states of the United States, province level', () => {
  it.each([
    ['He lived in California before his trip.', 'California', 'us-state-california'],
    ['A tourist from Ohio was detained.', 'Ohio', 'us-state-ohio'],
    ['Students from North Carolina visited Seoul.', 'North Carolina', 'us-state-north-carolina'],
    ['Lawmakers from New York State wrote a letter.', 'New York State', 'us-state-new-york'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
    expect(places(text).find((p) => p.text === mention)?.norm).toMatchObject({ level: 'province', country: 'US' });
  });

  it.each([
    // the city's name, the country's name, and a river
    ['She was held in New York for a week.', 'us-new-york'],
    ['He was held in Georgia after crossing from Russia.', 'ge', 'ru'],
    ['Barges sail the Mississippi River.'],
  ])('%s', (text, ...ids) => {
    expect(places(text).map((p) => p.canonicalId)).toEqual(ids);
  });
});

describe('names that are persons, words or other places', () => {
  it.each([
    ['Chad Smith said the meeting went well.', 'Chad'],
    ['Jordan Peterson spoke at the event.', 'Jordan'],
    ['Voters in Georgia went to the polls.', 'Georgia'],
    ['They ate a turkey dinner.', 'turkey'],
    ['Turkey sandwiches were sold.', 'Turkey'],
    ['The guinea pig escaped.', 'guinea'],
    ['Scientists studied the Guinea pig.', 'Guinea'],
    ['Fishermen work on the Niger River.', 'Niger'],
    ['Sofia Coppola directed the film.', 'Sofia'],
    ['Victoria Beckham wore black.', 'Victoria'],
    ['Male prisoners were beaten.', 'Male'],
    ['The male guards in the Maldives were fired.', 'male'],
    ['A hanging chad in an African election.', 'chad'],
    ['The Bangkok Post reported the arrest.', 'Bangkok'],
    ['Kobe Bryant visited Seoul.', 'Kobe'],
    ['Sydney Sweeney starred in it.', 'Sydney'],
    ['George Washington crossed the river.', 'Washington'],
    ['The Washington Post reported the arrest.', 'Washington'],
    ['The New York Times reported the arrest.', 'New York'],
    ['Human Rights Watch\'s Asia Division issued a report.', 'Asia'],
    ['The Geneva Conventions protect prisoners.', 'Geneva'],
    ['A red chile pepper sat on the table.', 'chile'],
  ])('no place %j in %j', (text, word) => {
    expect(places(text).filter((p) => p.text === word)).toEqual([]);
  });

  it.each([
    ['Refugees reached Chad and its capital, where the African Union met.', 'Chad', 'td'],
    ['The defector flew to Jordan and lived in Amman.', 'Jordan', 'jo'],
    ['He was held in Georgia after crossing from Russia.', 'Georgia', 'ge'],
    ['Defectors travel through Turkey to reach Seoul.', 'Turkey', 'tr'],
    ['Miners from Guinea arrived.', 'Guinea', 'gn'],
    ['Refugees fled to Niger.', 'Niger', 'ne'],
    ['The conference in Sofia drew Bulgarian officials.', 'Sofia', 'bg-sofia'],
    ['North Korean workers were found in Sydney, Australia.', 'Sydney', 'au-sydney'],
    ['US officials in Washington imposed sanctions.', 'Washington', 'us-washington'],
    ['Rice was shipped to Chile.', 'Chile', 'cl'],
    ['He flew to Male in the Maldives.', 'Male', 'mv-male'],
    ['Defectors were held in Bangkok for a month.', 'Bangkok', 'th-bangkok'],
  ])('%s: %s is the place', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
  });
});

describe('foreign names do not steal North Korean places', () => {
  it.each([
    ['Smugglers in Hyesan were arrested.', 'kp-hyesan'],
    ['He was sent to the Yodok camp.', 'kp-camp-15'],
    ['Traders came from Changbai.', 'cn-changbai'],
    ['A source in Sinuiju said so.', 'kp-sinuiju'],
  ])('%s', (text, id) => {
    expect(places(text).map((p) => p.canonicalId)).toEqual([id]);
  });
});

describe('names of places the ninth batch wrote (#16 §2, entities10)', () => {
  it.each([
    // the pinyin of Inner Mongolia
    ['They were caught on their way to Neimenggu, where they planned to cross into Mongolia.', 'Neimenggu', 'cn-inner-mongolia'],
  ])('%s', (text, mention, id) => {
    expect(places(text).find((p) => p.text === mention)?.canonicalId).toBe(id);
  });
});
