/**
 * rules/places-world.yaml: countries, capitals, China's provinces and big cities, the cities
 * reporting on North Korea names abroad, world regions and the DMZ; and the names among them
 * that are also English words or persons, each with a twin where they must not match.
 */
import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../../src/rules/schema.js';
import type { EntityOf } from '../../src/types.js';
import { extract, pipeline } from '../helpers.js';

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
    // a city abroad takes its country's first-level division (docs/annotation.md, adjudication 6)
    ['The journalists were based in San Francisco.', 'San Francisco', 'city', 'California', 'US'],
    ['The report was released in New York.', 'New York', 'city', 'New York State', 'US'],
    ['The envoy flew home to Atlanta.', 'Atlanta', 'city', 'Georgia', 'US'],
    ['The commission met in Geneva in March.', 'Geneva', 'city', 'Canton of Geneva', 'CH'],
    ['Chongryon schools in Osaka lost funding.', 'Osaka', 'city', 'Osaka Prefecture', 'JP'],
    ['A ferry sailed from Niigata.', 'Niigata', 'city', 'Niigata Prefecture', 'JP'],
    ['Workers were sent to Nakhodka.', 'Nakhodka', 'city', 'Primorsky Krai', 'RU'],
    ['A defector was caught in Vladivostok.', 'Vladivostok', 'city', 'Primorsky Krai', 'RU'],
    ['Diplomats in London protested.', 'London', 'city', 'England', 'GB'],
    ['The court in the Hague heard the case.', 'the Hague', 'city', 'South Holland', 'NL'],
    ['The embassy in Cairo was closed.', 'Cairo', 'city', 'Cairo Governorate', 'EG'],
    ['Women were detained in Nanning.', 'Nanning', 'city', 'Guangxi Zhuang Autonomous Region', 'CN'],
    ['Arms dealers met in Kabul.', 'Kabul', 'city', 'Kabul Province', 'AF'],
    ['Refugees waited in Chiang Rai.', 'Chiang Rai', 'city', 'Chiang Rai Province', 'TH'],
    ['Refugees crossed at Mae Sai.', 'Mae Sai', 'town', 'Chiang Rai Province', 'TH'],
    // a city that is a first-level division itself is a special_city, its own province
    ['Abductee families rallied in Tokyo.', 'Tokyo', 'special_city', 'Tokyo', 'JP'],
    ['The refugees reached Bangkok in May.', 'Bangkok', 'special_city', 'Bangkok', 'TH'],
    ['They were detained in Vientiane.', 'Vientiane', 'special_city', 'Vientiane', 'LA'],
    ['They were detained in Ho Chi Minh City.', 'Ho Chi Minh City', 'special_city', 'Ho Chi Minh City', 'VN'],
    ['Workers were sent to Moscow.', 'Moscow', 'special_city', 'Moscow', 'RU'],
    ['The summit was held in Kuala Lumpur.', 'Kuala Lumpur', 'special_city', 'Kuala Lumpur', 'MY'],
    ['Traders flew to Berlin.', 'Berlin', 'special_city', 'Berlin', 'DE'],
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

describe('every place abroad has its first-level division (a data test over all the rules)', () => {
  const entries = [...pipeline().rules.entries.values()].filter((e): e is PlaceEntry => e.type === 'PLACE');
  const byId = new Map(entries.map((e) => [e.id, e]));
  const abroad = entries.filter((e) => e.country !== null && e.country !== 'KP');
  /** levels that are, or span, first-level divisions: no province of their own */
  const TOP = new Set(['country', 'province', 'special_city', 'region']);
  /** no ISO 3166-2 code exists for these (each entry's note says why) */
  const WITHOUT_ISO = new Set(['xk-pristina-district', 'mk-skopje', 'mr-nouakchott', 'sc-victoria']);
  const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
    const r = Math.PI / 180;
    const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  };

  it('covers the world files (a guard against an empty selection)', () => {
    expect(abroad.filter((e) => e.level === 'city').length).toBeGreaterThan(200);
  });

  it('every city, town, county or site abroad has a province, or is a special_city', () => {
    expect(abroad.filter((e) => !TOP.has(e.level) && e.province === null).map((e) => e.id)).toEqual([]);
  });

  it('that province is a province or special city of the same country', () => {
    const wrong = abroad.filter((e) => e.province !== null).filter((e) => {
      const p = byId.get(e.province!);
      return p === undefined || !['province', 'special_city'].includes(p.level) || p.country !== e.country;
    });
    expect(wrong.map((e) => e.id)).toEqual([]);
  });

  it('every province and special city abroad has its ISO 3166-2 code, in its own country', () => {
    const top = abroad.filter((e) => (e.level === 'province' || e.level === 'special_city') && !WITHOUT_ISO.has(e.id));
    // Hong Kong and Macau: CN-HK and CN-MO in ISO 3166-2, but their country is their own 3166-1 code
    const inItsCountry = (iso: string, country: string | null) => iso.startsWith(`${country}-`) || iso.endsWith(`-${country}`);
    expect(top.filter((e) => e.iso === undefined || !inItsCountry(e.iso, e.country)).map((e) => e.id)).toEqual([]);
    for (const id of WITHOUT_ISO) expect(byId.get(id)?.note, id).toBeTruthy();
  });

  it('no two divisions share an ISO code', () => {
    const codes = abroad.flatMap((e) => (e.iso === undefined ? [] : [e.iso]));
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it('a place lies within 1000 km of its province (catches a wrong division or a sign slip)', () => {
    const far = entries.flatMap((e) => {
      const p = e.province === null ? undefined : byId.get(e.province);
      if (p === undefined || e.lat === null || e.lon === null || p.lat === null || p.lon === null) return [];
      const d = km({ lat: e.lat, lon: e.lon }, { lat: p.lat, lon: p.lon });
      return d > 1000 ? [`${e.id} ${Math.round(d)} km from ${p.id}`] : [];
    });
    expect(far).toEqual([]);
  });
});

describe('first-level divisions abroad as places of their own', () => {
  it.each([
    ['Chongryon is strong in Osaka Prefecture.', 'Osaka Prefecture', 'jp-osaka-prefecture'],
    ['Workers were sent to Primorsky Krai.', 'Primorsky Krai', 'ru-primorsky'],
    ['Refugees crossed Yunnan and Guangxi.', 'Guangxi', 'cn-guangxi'],
    ['The camp lay in the Guangxi Zhuang Autonomous Region.', 'Guangxi Zhuang Autonomous Region', 'cn-guangxi'],
    ['Students from Bavaria visited Seoul.', 'Bavaria', 'de-bavaria'],
    ['He was raised in England.', 'England', 'gb-england'],
    ['Fighting spread across Kabul Province.', 'Kabul Province', 'af-kabul-province'],
    ['The defector lived in Atlanta, Georgia, for a year.', 'Georgia', 'us-state-georgia'],
    ['Police in Colombo, in Sri Lanka\'s Western Province, made the arrest.', 'Western Province', 'lk-western-province'],
    ['Brokers were arrested in Cameroon\'s Centre Region.', 'Centre Region', 'cm-centre-region'],
    ['North Korean workers were found in New South Wales.', 'New South Wales', 'au-new-south-wales'],
    ['Traders crossed into Neimenggu.', 'Neimenggu', 'cn-inner-mongolia'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
    expect(places(text).find((p) => p.text === mention)?.norm).toMatchObject({ level: 'province', resolved: true });
  });

  it.each([
    // the city's own name stays the city: the division needs its kind
    ['Arms dealers met in Kabul.', ['af-kabul']],
    ['Refugees waited in Chiang Rai.', ['th-chiang-rai']],
    ['Ships sailed from Istanbul.', ['tr-istanbul']],
    // a generic division's name without its country in the sentence is no place
    ['Police in the Western Province arrested him.', []],
    ['The army\'s Central Division moved south.', []],
    ['The Centre Region office was closed.', []],
    // England inside another name, or as a team
    ['He studied in New England.', []],
    ['The England striker scored twice.', []],
  ])('%s', (text, expected) => {
    expect(places(text).map((p) => p.canonicalId)).toEqual(expected);
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
    // every prefecture of Japan; a bare name a city shares only beside "prefecture" or Japan
    ['The boats unloaded in Shimane, Tottori and Ishikawa prefectures.', 'Tottori', 'jp-tottori-prefecture'],
    ['The boats unloaded in Shimane, Tottori and Ishikawa prefectures.', 'Ishikawa', 'jp-ishikawa-prefecture'],
    ['Police in Tottori prefecture searched the freighter.', 'Tottori prefecture', 'jp-tottori-prefecture'],
    ['The drugs reached Miyagi by sea.', 'Miyagi', 'jp-miyagi-prefecture'],
    // the state of 1922-1991, not an organization named "Union"
    ['He trained in the Soviet Union before the war.', 'Soviet Union', 'su'],
  ])('%s', (text, mention, id) => {
    expect(places(text).find((p) => p.text === mention)?.canonicalId).toBe(id);
  });
});

describe("names the twelfth batch wrote: a country first in a sentence, Russia's Far East (entities12)", () => {
  it.each([
    // "russia" and "geneva" are in the English word list; the capitalised name is the place even first in a sentence
    ['Russia arrested 45 labourers from the North.', 'Russia', 'ru'],
    ['Geneva hosted the talks on the camps.', 'Geneva', 'ch-geneva'],
    ['India deported the two brokers.', 'India', 'in'],
    ['Labourers in the Maritime Provinces of Siberia left their work site.', 'Maritime Provinces of Siberia', 'ru-primorsky'],
    ['They were caught on the Kamchatka Peninsula.', 'Kamchatka Peninsula', 'region-kamchatka-peninsula'],
  ])('%s', (text, mention, id) => {
    expect(places(text).find((p) => p.text === mention)?.canonicalId).toBe(id);
  });
  it.each([
    // the lower-case words, a treaty, Canada's provinces
    'The india ink had faded on the letter.',
    'The Geneva Conventions bind every state.',
    'Fishing boats of the Maritime Provinces sailed from Halifax.',
  ])('no place of those: %s', (text) => {
    expect(places(text).filter((p) => ['ru', 'ch-geneva', 'in', 'ru-primorsky'].includes(p.canonicalId ?? ''))).toEqual([]);
  });
});

describe('names the thirteenth batch wrote: an Australian state, a drug region, ports and wards of Japan (entities13)', () => {
  it.each([
    ['Two sailors were arrested in the southern Victoria state.', 'Victoria state', 'au-victoria'],
    ['Police in Melbourne said Victoria would try the crew in Australia.', 'Victoria', 'au-victoria'],
    ['The heroin came from the "Golden Triangle," police said.', 'Golden Triangle', 'region-golden-triangle'],
    ['Police bust a smuggling ring in NE China', 'NE China', 'region-northeast-china'],
    ['Police raided a freighter at Sakaiminato port in Tottori Prefecture.', 'Sakaiminato port', 'jp-sakaiminato-port'],
    ['Drugs were dropped off Matsue, Shimane Prefecture.', 'Matsue', 'jp-matsue'],
    ["The gang's office is in Tokyo's Itabashi Ward.", 'Itabashi Ward', 'jp-itabashi'],
  ])('%s', (text, mention, id) => {
    expect(places(text).find((p) => p.text === mention)?.canonicalId).toBe(id);
  });
  it.each([
    // a queen, the golden triangle of a trade in lower case, the Seychelles' capital
    'Queen Victoria reigned for decades.',
    'The golden triangle of trade linked three ports.',
    'The boat reached Victoria in the Seychelles.',
  ])('no place of those: %s', (text) => {
    expect(places(text).filter((p) => ['au-victoria', 'region-golden-triangle'].includes(p.canonicalId ?? ''))).toEqual([]);
  });
});
