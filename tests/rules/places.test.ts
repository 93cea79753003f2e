import { describe, expect, it } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { extract, found } from '../helpers.js';

const places = (text: string): EntityOf<'PLACE'>[] =>
  extract(text).entities.filter((e): e is EntityOf<'PLACE'> => e.type === 'PLACE');
/** [text, canonicalId] of each place. */
const ids = (text: string) => places(text).map((e) => [e.text, e.canonicalId]);

describe('every romanization family finds the place', () => {
  it.each([
    // McCune–Reischauer with and without diacritics
    ['Police in Hamhŭng arrested a dealer.', 'Hamhŭng', 'kp-hamhung'],
    ['Police in Hamhung arrested a dealer.', 'Hamhung', 'kp-hamhung'],
    ["Traders in Ch'ŏngjin sold the goods.", "Ch'ŏngjin", 'kp-chongjin'],
    ["Traders in P'yŏngsŏng sold the goods.", "P'yŏngsŏng", 'kp-pyongsong'],
    ['Traders in Pyongsong sold the goods.', 'Pyongsong', 'kp-pyongsong'],
    ['Families in Hoeryŏng were searched.', 'Hoeryŏng', 'kp-hoeryong'],
    // Revised Romanization
    ['Police in Hamheung arrested a dealer.', 'Hamheung', 'kp-hamhung'],
    ['Traders in Cheongjin sold the goods.', 'Cheongjin', 'kp-chongjin'],
    ['Families in Hoeryeong were searched.', 'Hoeryeong', 'kp-hoeryong'],
    ['Traders in Pyeongseong sold the goods.', 'Pyeongseong', 'kp-pyongsong'],
    ['Smugglers in Yanggang Province were caught.', 'Yanggang Province', 'kp-ryanggang'],
    // North Korea's official system
    ['Farmers in Phungso County went hungry.', 'Phungso County', 'kp-pungso'],
    ['Officials in Jagang Province met.', 'Jagang Province', 'kp-chagang'],
    ['Farmers in Hwaphyong County went hungry.', 'Hwaphyong County', 'kp-hwapyong'],
    // older press spellings
    ['Families in Hoiryeong were searched.', 'Hoiryeong', 'kp-hoeryong'],
    ['Traders in Chungjin sold the goods.', 'Chungjin', 'kp-chongjin'],
    ['Guards in Onsung county were bribed.', 'Onsung county', 'kp-onsong'],
    ['A source in Shinuiju said so.', 'Shinuiju', 'kp-sinuiju'],
    ['Workers in North Hamkyung Province struck.', 'North Hamkyung Province', 'kp-north-hamgyong'],
    // initial R kept or dropped
    ['Smugglers in Ryanggang Province were caught.', 'Ryanggang Province', 'kp-ryanggang'],
    ['Farmers in Ryongchon County planted rice.', 'Ryongchon County', 'kp-ryongchon'],
    ['Farmers in Yongchon County planted rice.', 'Yongchon County', 'kp-ryongchon'],
    ['The reactor at Yongbyon was restarted.', 'Yongbyon', 'kp-nyongbyon'],
    // joining variants
    ['A source in Sin-uiju said so.', 'Sin-uiju', 'kp-sinuiju'],
    ['A source in Sin Uiju said so.', 'Sin Uiju', 'kp-sinuiju'],
    ['A source in Sinuiju said so.', 'Sinuiju', 'kp-sinuiju'],
    // Korean designators
    ['Ten people from Hyesan-si were held.', 'Hyesan-si', 'kp-hyesan'],
    ['Ten people from Musan-gun were held.', 'Musan-gun', 'kp-musan'],
    ['Ten people from Jagang-do were held.', 'Jagang-do', 'kp-chagang'],
    // the dataset's own spelling
    ['Ten people from Kabsan County were held.', 'Kabsan County', 'kp-kapsan'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
  });
});

describe('province names in every form', () => {
  it.each([
    ['North Hamgyong Province', 'kp-north-hamgyong'],
    ['North Hamgyong', 'kp-north-hamgyong'],
    ['N. Hamgyong', 'kp-north-hamgyong'],
    ['North Hamgyeong Province', 'kp-north-hamgyong'],
    ['Hamgyongbuk-do', 'kp-north-hamgyong'],
    ['Hamgyeongbuk-do', 'kp-north-hamgyong'],
    ['Hamgyŏng-pukto', 'kp-north-hamgyong'],
    ['S. Pyongan', 'kp-south-pyongan'],
    ['Pyeongannam-do', 'kp-south-pyongan'],
    ["P'yŏngan-bukto", 'kp-north-pyongan'],
    ['South Hwanghae', 'kp-south-hwanghae'],
    ['Hwanghae-namdo', 'kp-south-hwanghae'],
    ['Hwanghae-nam-do', 'kp-south-hwanghae'],
    ['Hamgyong-buk-do', 'kp-north-hamgyong'],
    ['Dandung', 'cn-dandong'],
    ['Kangwon-do', 'kp-kangwon'],
    ['Chagang Province', 'kp-chagang'],
  ])('%s', (mention, id) => {
    expect(ids(`The cadres of ${mention} were replaced.`)).toEqual([[mention, id]]);
  });

  it('"Hamgyong" alone names neither half: it is the old undivided province, a region', () => {
    expect(ids('The cadres of Hamgyong were replaced.')).toEqual([['Hamgyong', 'kp-hamgyong']]);
  });
});

describe('norm: level, province, country, coordinates', () => {
  it.each([
    ['Hyesan', 'city', 'Ryanggang Province'],
    ['Kangdong County', 'county', 'Pyongyang'],
    ['Unjong District', 'district', 'Pyongyang'],
    ['Tukchang District', 'district', 'South Pyongan Province'],
    ['Samjiyon', 'city', 'Ryanggang Province'],
    ['Rason', 'special_city', 'Rason'],
    ['Kaesong', 'special_city', 'Kaesong'],
    ['Nampo', 'special_city', 'Nampo'],
    ['Pyongyang', 'special_city', 'Pyongyang'],
    ['Chongjin', 'city', 'North Hamgyong Province'],
    ['Dandong', 'city', 'Liaoning Province'],
    ['Yanji', 'city', 'Jilin Province'],
  ])('%s', (name, level, province) => {
    const [p] = places(`Inspectors arrived in ${name} on Monday.`);
    expect(p).toMatchObject({ text: name, norm: { level, province, resolved: true } });
    expect([p!.norm.lat, p!.norm.lon]).not.toContain(null);
  });

  // the border provinces' prefecture-level cities are all known, not only the ones reporting named so far
  it.each([
    ...['Changchun', 'Siping', 'Liaoyuan', 'Tonghua', 'Baishan', 'Songyuan', 'Baicheng'].map((c) => [c, 'Jilin Province']),
    ...['Dalian', 'Anshan', 'Fushun', 'Benxi', 'Jinzhou', 'Yingkou', 'Fuxin', 'Liaoyang', 'Panjin', 'Tieling', 'Chaoyang', 'Huludao'].map((c) => [c, 'Liaoning Province']),
  ])('%s is a Chinese city of %s', (name, province) => {
    const [p] = places(`The woman was arrested in ${name} last spring.`);
    expect(p).toMatchObject({ text: name, norm: { level: 'city', province, country: 'CN', resolved: true } });
  });

  it('"Jilin" alone is the province, not the city of that name', () => {
    expect(places('The woman was arrested in Jilin last spring.')).toMatchObject([{ text: 'Jilin', canonicalId: 'cn-jilin' }]);
  });

  it('a place without known coordinates keeps its level and province', () => {
    expect(places('Inspectors arrived in Mangyongdae on Monday.')).toMatchObject([
      { text: 'Mangyongdae', canonicalId: 'kp-mangyongdae', norm: { level: 'district', province: 'Pyongyang', country: 'KP', lat: null, lon: null, resolved: true } },
    ]);
  });

  it('countries have no province', () => {
    expect(places('Officials of North Korea and South Korea met.').map((p) => [p.canonical, p.norm.level, p.norm.country, p.norm.province])).toEqual([
      ['North Korea', 'country', 'KP', null],
      ['South Korea', 'country', 'KR', null],
    ]);
  });
});

describe('North Korea, not the adjective', () => {
  it.each([
    ['The DPRK tightened the border.', 'DPRK'],
    ["The Democratic People's Republic of Korea tightened the border.", "Democratic People's Republic of Korea"],
    ['Trade with North Korea fell.', 'North Korea'],
    ["North Korea's border was closed.", 'North Korea'],
  ])('%s', (text, mention) => {
    expect(ids(text)).toEqual([[mention, 'kp']]);
  });

  it.each(['North Korean officials tightened the border.', 'The dprk tightened the border.'])('no place in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('shared aliases are settled by the documented order', () => {
  it.each([
    // two Unsans: the province named in the article decides
    ['A woman in Unsan, South Pyongan Province, was arrested.', 'kp-unsan-south-pyongan', 'gazetteer:shared-by-province'],
    ['A woman in Unsan County, North Pyongan Province, was arrested.', 'kp-unsan-north-pyongan', 'gazetteer:shared-by-province'],
    // an older spelling of both Sonchon and Sunchon
    ['Smugglers in Sunchun, South Pyongan Province, were caught.', 'kp-sunchon', 'gazetteer:shared-by-province'],
    // Tumen: the river when the sentence speaks of crossing it, else the Chinese city
    ['He crossed the Tumen at night.', 'kp-tumen-river', 'gazetteer:shared-by-context'],
    ['Guards patrol the banks of the Tumen.', 'kp-tumen-river', 'gazetteer:shared-by-context'],
    ['She found work in a restaurant in Tumen.', 'cn-tumen', 'gazetteer'],
    ['The train station in Tumen city was crowded.', 'cn-tumen', 'gazetteer'],
  ])('%s', (text, id, rule) => {
    const p = places(text).find((e) => /Unsan|Sunchun|Tumen/.test(e.text))!;
    expect([p.canonicalId, p.rule]).toEqual([id, rule]);
  });

  it('a shared alias nothing settles is kept unresolved', () => {
    const [p] = places('A woman in Unsan was arrested.');
    expect(p).toMatchObject({ text: 'Unsan', canonicalId: null, rule: 'gazetteer:unresolved', norm: { resolved: false } });
  });

  it.each([
    ['He swam across the Tumen River.', 'kp-tumen-river'],
    ['He lived in Tumen City.', 'cn-tumen'],
  ])('designated forms are not shared: %s', (text, id) => {
    expect(places(text).map((e) => e.canonicalId)).toEqual([id]);
  });
});

describe('counties named after persons match only with their designator', () => {
  it.each([
    ['Officials in Kim Jong Suk County met.', 'Kim Jong Suk County', 'kp-kim-jong-suk'],
    ['Officials in Kim Jong Suk-gun met.', 'Kim Jong Suk-gun', 'kp-kim-jong-suk'],
    ['Officials in Kimjongsuk County met.', 'Kimjongsuk County', 'kp-kim-jong-suk'],
    ['Officials in Kim Hyong Jik County met.', 'Kim Hyong Jik County', 'kp-kim-hyong-jik'],
    ['Officials in Kim Hyong Gwon County met.', 'Kim Hyong Gwon County', 'kp-kim-hyong-gwon'],
    ['Officials in Kim Hyong Kwon County met.', 'Kim Hyong Kwon County', 'kp-kim-hyong-gwon'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toEqual([[mention, id]]);
  });

  it.each([
    ['The broker hails from Kimjongsuk.', 'Kimjongsuk', 'Kimjongsuk'],
    ['Officials in Kim Jong Suk County met.', 'Kim Jong Suk County', 'Kimjongsuk'],
    ['Smugglers in Kimhyongjik were caught.', 'Kimhyongjik', 'Kimhyongjik'],
    ['Smugglers in Kim Hyong Gwon County were caught.', 'Kim Hyong Gwon County', 'Kimhyonggwon'],
  ])('written as one word the name needs no designator, and is the canonical: %s', (text, mention, canonical) => {
    expect(places(text).map((e) => [e.text, e.canonical])).toEqual([[mention, canonical]]);
  });

  it.each([
    'Kim Jong Suk was the mother of Kim Jong Il.',
    'A statue of Kim Hyong Jik stands there.',
    'Kim Hyong Gwon was an uncle of Kim Il Sung.',
  ])('no place in %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('places that are English words', () => {
  it.each([
    ['Smugglers bring goods from China to Hyesan.', 'China', 'cn'],
    ['China tightened the border.', 'China', 'cn'],
    ['Aid came from Japan last year.', 'Japan', 'jp'],
    ['Japan protested.', 'Japan', 'jp'],
    ['Smugglers in Orang were arrested.', 'Orang', 'kp-orang'],
    ['Orang County police arrested them.', 'Orang County', 'kp-orang'],
    ['Defectors travel through Turkey to reach Seoul.', 'Turkey', 'tr'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
  });

  it.each([
    ['She sold china plates at the market.', null],
    ['A japan finish covered the box.', null],
    ['They ate turkey at the party.', null],
    ['Turkey sandwiches were sold.', null],
    ['An orang was seen at the zoo.', null],
    ['Orang residents were searched.', null],
  ])('no place in %j', (text) => {
    expect(places(text).filter((p) => ['cn', 'jp', 'tr', 'kp-orang'].includes(p.canonicalId ?? ''))).toEqual([]);
  });
});

describe('South Korean homonyms of North Korean units', () => {
  it.each([
    ['Defectors live in Gangnam, Seoul.', 'Gangnam'],
    ['The defector moved to Suncheon.', 'Suncheon'],
    ['A festival was held in Icheon.', 'Icheon'],
  ])('%s: %s is not the North Korean unit', (text, mention) => {
    expect(places(text).filter((p) => p.text === mention)).toEqual([]);
  });

  it('the North Korean spelling still matches', () => {
    expect(ids('Farmers in Kangnam County and Sunchon were fined.')).toEqual([['Kangnam County', 'kp-kangnam'], ['Sunchon', 'kp-sunchon']]);
  });
});

describe('places beyond the admin list', () => {
  it.each([
    ['He was sent to the Yodok political prison camp.', 'Yodok political prison camp', 'kp-camp-15'],
    ['He survived Camp 15.', 'Camp 15', 'kp-camp-15'],
    ['He survived the Yoduk camp.', 'Yoduk camp', 'kp-camp-15'],
    ['He was held at Kwanliso No. 16.', 'Kwanliso No. 16', 'kp-camp-16'],
    ['She was born in Camp 14.', 'Camp 14', 'kp-camp-14'],
    ['Women are held at the Kaechon kyohwaso.', 'Kaechon kyohwaso', 'kp-kyohwaso-1'],
    ['He served five years in Chongori.', 'Chongori', 'kp-kyohwaso-12'],
    ['He served five years in Jongori.', 'Jongori', 'kp-kyohwaso-12'],
    ['He was sent to the No. 12 Reeducation Camp in the north.', 'No. 12 Reeducation Camp', 'kp-kyohwaso-12'],
    ['Meth floods the three provinces of Northeast China.', 'Northeast China', 'region-northeast-china'],
    ['Under the criminal law of the People’s Republic of Korea, he was tried.', 'People’s Republic of Korea', 'kp'],
    ['Trucks crossed the Sino-Korean Friendship Bridge.', 'Sino-Korean Friendship Bridge', 'kp-crossing-sinuiju-dandong'],
    ['Traffic at the Sinuiju-Dandong crossing resumed.', 'Sinuiju-Dandong crossing', 'kp-crossing-sinuiju-dandong'],
    ['Traffic at the Hyesan–Changbai crossing resumed.', 'Hyesan–Changbai crossing', 'kp-crossing-hyesan-changbai'],
    ['Goods were smuggled across the Yalu.', 'Yalu', 'kp-yalu-river'],
    ['Goods were smuggled across the Amnok River.', 'Amnok River', 'kp-yalu-river'],
    ['Bodies were found in the Taedong River.', 'Taedong River', 'kp-taedong-river'],
    ['They climbed Mount Paektu.', 'Mount Paektu', 'kp-paektu'],
    ['They climbed Baekdu Mountain.', 'Baekdu Mountain', 'kp-paektu'],
    ['They climbed Changbai Mountain from China.', 'Changbai Mountain', 'kp-paektu'],
    ['Tourists visited Kumgangsan.', 'Kumgangsan', 'kp-kumgang-mountain'],
    ['A ship docked at Rajin Port.', 'Rajin Port', 'kp-rajin-port'],
    ['A ship docked at the port of Nampo.', 'port of Nampo', 'kp-nampo-port'],
    ['Markets in Sunam District reopened.', 'Sunam District', 'kp-sunam'],
    ['A fire broke out in Wiyon-dong.', 'Wiyon-dong', 'kp-wiyon-dong'],
    ['The test site at Punggye-ri was closed.', 'Punggye-ri', 'kp-punggye-ri'],
    ['Smugglers in Namyang were arrested.', 'Namyang', 'kp-namyang'],
    ['He fled to Vladivostok.', 'Vladivostok', 'ru-vladivostok'],
    ['She was caught in Yanbian.', 'Yanbian', 'cn-yanbian'],
    ["She was caught in Ji'an.", "Ji'an", 'cn-jian'],
    ['He reached Laos and then Thailand.', 'Laos', 'la'],
    ['Spies for the U.S. imperialists were tried.', 'U.S.', 'us'],
    ['The US imposed new sanctions.', 'US', 'us'],
    ['He was resettled in the United States.', 'United States', 'us'],
    // a compound names the state in any sentence; clipped names in headlines
    ['Pyongyang called it a US-led plot.', 'US', 'us'],
    // after "the" in any sentence: the pronoun never takes it
    ['Tensions rose between North Korea and the US this week.', 'US', 'us'],
    ['Executed for watching Sokor films', 'Sokor', 'kr'],
    ['Death penalty for viewers of SK videos', 'SK', 'kr'],
    // Pyongyang's halls and squares, and the sites of executions
    ['The two were shown at the People\'s Palace of Culture.', "People's Palace of Culture", 'kp-peoples-palace-of-culture'],
    ['A trial took place at the April 25 House of Culture.', 'April 25 House of Culture', 'kp-april-25-house-of-culture'],
    ['Crowds filled Kim Il Sung Square.', 'Kim Il Sung Square', 'kp-kim-il-sung-square'],
    ['Two men were executed at Hyesan airport.', 'Hyesan airport', 'kp-hyesan-airfield'],
    // a site of executions in Pyongyang whose name is no place of the map: in any sentence
    ['The envoy was executed at Mirim airport in March.', 'Mirim airport', 'kp-mirim-airport'],
    ['Officials were shot at the Mirim Airfield.', 'Mirim Airfield', 'kp-mirim-airport'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
  });

  it.each([
    // the place alone is the county or city, never the camp
    ['He was born in Yodok.', 'kp-yodok'],
    ['He lived in Kaechon.', 'kp-kaechon'],
    ['Tourists visited the Kumgang area.', 'kp-kumgang'],
    ['The Taedong County farm failed.', 'kp-taedong'],
    ['Traders came from Changbai.', 'cn-changbai'],
  ])('%s', (text, id) => {
    expect(places(text).map((p) => p.canonicalId)).toEqual([id]);
  });

  it.each(['SK Telecom shares rose.', 'The SK chairman resigned.'])('no country in %j: a company', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('a venue named after a person is no person', () => {
    expect(extract('Crowds filled Kim Il Sung Square.').entities.map((e) => e.type)).toEqual(['PLACE']);
  });

  it.each(['Rice cost 2 U.S. dollars a kilogram.', 'Rice cost 2 US dollars a kilogram.', 'Let us go.', 'THEY TOLD US THE TRUTH.'])('no United States in %j: a currency, not a state', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each(['The Hwasong-15 missile was launched.', 'The Moranbong Band performed.', 'Jung-gu in Seoul is busy.'])('no North Korean place in %j', (text) => {
    expect(places(text).filter((p) => p.norm.country === 'KP')).toEqual([]);
  });
});

describe('press hybrid spellings (one word mixing two systems)', () => {
  it.each([
    ['Raids in Pyungsung were reported.', 'Pyungsung', 'kp-pyongsong'],
    ['Raids in Pyongsung were reported.', 'Pyongsung', 'kp-pyongsong'],
    ['A notice went up in Hoeryung.', 'Hoeryung', 'kp-hoeryong'],
    ['Videos were seized in Woonsan, North Pyongan.', 'Woonsan', 'kp-unsan-north-pyongan'],
    ['Inspections in North Hamkyong Province began.', 'North Hamkyong Province', 'kp-north-hamgyong'],
  ])('%s', (text, mention, id) => {
    expect(ids(text)).toContainEqual([mention, id]);
  });

  it('a hybrid that is another place\'s own spelling stays that place\'s (Sunchon is 순천, not 선천)', () => {
    expect(ids('Farmers in Sunchon were fined.')).toEqual([['Sunchon', 'kp-sunchon']]);
  });
});

describe('a name capitalised only (#16 §2, entities9)', () => {
  it('"northeast China" in lower case is China with an adjective', () => {
    expect(found('Police in northeast China detained ten.', 'PLACE')).toEqual([['China', 'China']]);
  });
});

describe('a misspelt name of a place (#16 §2, entities9)', () => {
  it('"Huiryeong" is Hoeryong; Huichon stays Huichon', () => {
    expect(found('He was shot in Huiryeong city and buried in Huichon.', 'PLACE')).toEqual([['Huiryeong city', 'Hoeryong'], ['Huichon', 'Huichon']]);
  });
});

describe('the undivided historical provinces (#16 §2, entities11)', () => {
  it.each([
    ['Opium was grown in the mountainous Hamkyung and Yangkang provinces.', [['Hamkyung', 'kp-hamgyong'], ['Yangkang', 'kp-ryanggang']]],
    ['The farm near Sangdong in Hamkyung Province grew poppies.', [['Hamkyung Province', 'kp-hamgyong']]],
    ['Refugees from the Pyongan provinces crossed first.', [['Pyongan provinces', 'kp-pyongan']]],
    // the halves stay the halves, with or without "region"
    ['Smugglers in the North Hamgyong region were caught.', [['North Hamgyong', 'kp-north-hamgyong']]],
    ['Traders in South Pyongan Province met.', [['South Pyongan Province', 'kp-south-pyongan']]],
    ['Hamhung and Sunchon in South Hamgyong and South Pyongan provinces are hubs.', [['Hamhung', 'kp-hamhung'], ['Sunchon', 'kp-sunchon'], ['South Hamgyong', 'kp-south-hamgyong'], ['South Pyongan', 'kp-south-pyongan']]],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('camps in every spelling of kwanliso, and by an unlisted number (#16 §2, entities11)', () => {
  const camps = (text: string) => places(text).map((e) => [e.text, e.canonical, e.norm.level, e.norm.province]);
  it.each([
    ['Camp 22 (or Kwan-li-so No. 22) held thousands.', [['Camp 22', 'Hoeryong political prison camp', 'prison_camp', 'North Hamgyong Province'], ['Kwan-li-so No. 22', 'Hoeryong political prison camp', 'prison_camp', 'North Hamgyong Province']]],
    ['Inmates of Gwalliso No. 15 were moved.', [['Gwalliso No. 15', 'Yodok political prison camp', 'prison_camp', 'South Hamgyong Province']]],
    // an unlisted number: the camp is named by the place in parentheses, which names the camp there
    ['Prisoners came from Kwan-li-so No. 12 (Onsong) in 1991.', [['Kwan-li-so No. 12', 'Onsong political prison camp', 'prison_camp', 'North Hamgyong Province'], ['Onsong', 'Onsong political prison camp', 'prison_camp', 'North Hamgyong Province']]],
    ['Prisoners came from Kwanliso No. 13 (Sambong) in 1992.', [['Kwanliso No. 13', 'Sambong political prison camp', 'prison_camp', null], ['Sambong', 'Sambong political prison camp', 'prison_camp', null]]],
  ])('%s', (text, expected) => {
    expect(camps(text)).toEqual(expected);
  });
  it.each([
    // no place in parentheses, or a year there: no camp of its own, the county stays the county
    ['Kwanliso No. 12 closed in 1989.', []],
    ['Kwanliso No. 12 (1989) held few people; Onsong is quiet.', [['Onsong', 'Onsong', 'county', 'North Hamgyong Province']]],
  ])('no numbered camp: %s', (text, expected) => {
    expect(camps(text)).toEqual(expected);
  });
});
