/**
 * The repository's relation patterns (rules/relations.yaml) over hand-built documents: for
 * each relation, what must be extracted, and twin tables of what must not.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc, date, drug, law, money, org, penalty, person, place, quantity, relationsOf } from './build.js';

type Specs = Parameters<typeof buildDoc>[1];
type Case = [string, Specs, string[]];
type Not = [string, Specs];

const run = (s: string, specs: Specs) => relationsOf(buildDoc([s], specs), undefined, true);
const MSS = () => org('Ministry of State Security', 'security');
const MOSS = () => org('Ministry of Social Security', 'police');

describe('located_in', () => {
  const must: Case[] = [
    ['Arrests rose in the city of Hoeryong, North Hamgyong Province, last month.', [place('Hoeryong'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-comma-province]']],
    ['Hamhung in South Hamgyong Province has chemical plants.', [place('Hamhung'), place('South Hamgyong Province')],
      ['located_in Hamhung -> South Hamgyong Province [located-in-preposition]']],
    ['Smugglers were caught in Onsong County, North Hamgyong Province.', [place('Onsong County'), place('North Hamgyong Province')],
      ['located_in Onsong County -> North Hamgyong Province [located-in-comma-province]']],
    ["Traders in Ryanggang Province's Hyesan were fined.", [place('Ryanggang Province'), place('Hyesan')],
      ['located_in Hyesan -> Ryanggang Province [located-in-possessive]']],
    ['Raids hit the city of Hamhung in South Hamgyong Province.', [place('Hamhung'), place('South Hamgyong Province')],
      ['located_in Hamhung -> South Hamgyong Province [located-in-preposition]']],
    ['Hamhung and Sunchon in South Hamgyong and South Pyongan provinces, respectively, are hubs.',
      [place('Hamhung'), place('Sunchon'), place('South Hamgyong'), place('South Pyongan')],
      ['located_in Hamhung -> South Hamgyong [located-in-preposition]', 'located_in Sunchon -> South Pyongan [located-in-preposition]']],
    ['Sunchon city, in South Pyongan Province, was targeted.', [place('Sunchon'), place('South Pyongan Province')],
      ['located_in Sunchon -> South Pyongan Province [located-in-preposition]']],
    ['Sodu in northern Ryanggang Province grows hemp.', [place('Sodu', 'town'), place('Ryanggang Province')],
      ['located_in Sodu -> Ryanggang Province [located-in-preposition]']],
    ['Sodu, located in the southwestern Ryanggang Province, grows hemp.', [place('Sodu', 'town'), place('Ryanggang Province')],
      ['located_in Sodu -> Ryanggang Province [located-in-preposition]']],
    ['Hyesan, which is in Ryanggang Province, borders China.', [place('Hyesan'), place('Ryanggang Province'), place('China')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ['Musan County (North Hamgyong Province) has an iron mine.', [place('Musan County'), place('North Hamgyong Province')],
      ['located_in Musan County -> North Hamgyong Province [located-in-parenthesis]']],
    ['Meth has flooded Tanbong and the wider Musong Province.', [place('Tanbong', 'city'), place('Musong Province', 'province')],
      ['located_in Tanbong -> Musong Province [located-in-and-the-wider]']],
    ['Raids hit Tanbong and the rest of Musong Province.', [place('Tanbong', 'city'), place('Musong Province', 'province')],
      ['located_in Tanbong -> Musong Province [located-in-and-the-wider]']],
    ["Ryanggang's border city of Hyesan is busy.", [place('Ryanggang', 'province'), place('Hyesan')],
      ['located_in Hyesan -> Ryanggang [located-in-possessive]']],
    ['Dandong, China, faces Sinuiju.', [place('Dandong'), place('China'), place('Sinuiju', 'city')],
      ['located_in Dandong -> China [located-in-comma]']],
    ['Hyesan, Ryanggang Province, North Korea.', [place('Hyesan'), place('Ryanggang Province'), place('North Korea')],
      ['located_in Hyesan -> Ryanggang Province [located-in-comma-province]', 'located_in Ryanggang Province -> North Korea [located-in-comma]']],
    ['Hyesan, Ryanggang Province, and Hamhung, South Hamgyong Province, were hit.',
      [place('Hyesan'), place('Ryanggang Province'), place('Hamhung'), place('South Hamgyong Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-comma-province]', 'located_in Hamhung -> South Hamgyong Province [located-in-comma-province]']],
    // the text is kept when the gazetteer disagrees, and flagged
    ['Onsong County, South Hamgyong Province, saw arrests.', [place('Onsong County'), place('South Hamgyong Province')],
      ['located_in Onsong County -> South Hamgyong Province ! [located-in-comma-province]']],
    ['A distractor: sources in Pyongyang say Hamhung in South Hamgyong Province is busy.', [place('Pyongyang'), place('Hamhung'), place('South Hamgyong Province')],
      ['located_in Hamhung -> South Hamgyong Province [located-in-preposition]']],
    // an apposition naming the kind of place, then its holder
    ['Hyesan, the capital of Ryanggang Province, is cold.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ['Hoeryong, a border city in northern North Hamgyong Province, is busy.', [place('Hoeryong'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-preposition]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // a smaller place after "the wider", or two places side by side
    ['Meth has flooded Musong Province and the wider Tanbong.', [place('Musong Province', 'province'), place('Tanbong', 'city')]],
    ['Meth has flooded Tanbong and Musong Province.', [place('Tanbong', 'city'), place('Musong Province', 'province')]],
    ['Traders from Sodu went to northern Ryanggang Province.', [place('Sodu', 'town'), place('Ryanggang Province')]],
    ['Hyesan is not in North Hamgyong Province.', [place('Hyesan'), place('North Hamgyong Province')]],
    ['Hyesan, not in North Hamgyong Province, was chosen.', [place('Hyesan'), place('North Hamgyong Province')]],
    ['They moved from Hyesan to Hamhung.', [place('Hyesan'), place('Hamhung')]],
    ['They moved from Hyesan to South Hamgyong Province.', [place('Hyesan'), place('South Hamgyong Province')]],
    ['The drugs went from Hyesan to Hamhung and on to Pyongyang.', [place('Hyesan'), place('Hamhung'), place('Pyongyang')]],
    ['Hamhung in South Hamgyong and South Pyongan provinces is a hub.', [place('Hamhung'), place('South Hamgyong'), place('South Pyongan')]],
    ['Police in Hyesan, Hamhung in South Hamgyong Province and Pyongyang acted.', [place('Hyesan'), place('Hamhung'), place('South Hamgyong Province'), place('Pyongyang')]],
    ['Hamhung and Sunchon in South Hamgyong and South Pyongan Province are hubs.', [place('Hamhung'), place('Sunchon'), place('South Hamgyong'), place('South Pyongan Province')]],
    ['In Hamhung, Pyongyang has ordered a crackdown.', [place('Hamhung'), place('Pyongyang')]],
    ['In Dandong, China is building a bridge.', [place('Dandong'), place('China')]],
    ['Hyesan and Hamhung both grew.', [place('Hyesan'), place('Hamhung')]],
    ['Ryanggang Province, North Hamgyong Province and Chagang Province border China.', [place('Ryanggang Province'), place('North Hamgyong Province'), place('Chagang Province', 'province'), place('China')]],
    ['Hyesan near North Hamgyong Province grew.', [place('Hyesan'), place('North Hamgyong Province')]],
    ['Hyesan, a city near North Hamgyong Province, grew.', [place('Hyesan'), place('North Hamgyong Province')]],
    ['Hyesan, a rival of Hamhung, grew.', [place('Hyesan'), place('Hamhung')]],
    ['Traders from Samsu County went to the northern province of Ryanggang.', [place('Samsu County'), place('Ryanggang', 'province')]],
    ['Samsu County is in the north, not in the province of Ryanggang.', [place('Samsu County'), place('Ryanggang', 'province')]],
    ['Hyesan, the city in North Hamgyong Province\'s shadow, grew.', [place('Hyesan'), place('North Hamgyong Province')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('based_in', () => {
  const basedInNot: Not[] = [
    // an outlet a source talked to is not written with "the"
    ['A defector told Daily NK in Seoul about the arrests.', [org('Daily NK', 'media'), place('Seoul', 'special_city')]],
    ['The Ministry of State Security is not in Hyesan.', [MSS(), place('Hyesan')]],
    // a list of organizations: which organization is where is not said (a list of places, relations10: every one)
    ['The Ministry of State Security and the Ministry of Social Security in Hyesan made arrests.', [MSS(), MOSS(), place('Hyesan')]],
    ['He moved from the Ministry of State Security to Hyesan.', [MSS(), place('Hyesan')]],
    ['He fled the Ministry of State Security for Hyesan.', [MSS(), place('Hyesan')]],
    ['Daily NK, a Seoul resident said, is widely read.', [org('Daily NK', 'media'), place('Seoul', 'special_city')]],
    ['The Ministry of State Security, Hyesan police and others met.', [MSS(), place('Hyesan')]],
  ];
  it.each(basedInNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));

  const must: Case[] = [
    ['Officials from the Ministry of Unification in Seoul visited the border.', [org('Ministry of Unification', 'state'), place('Seoul', 'special_city')],
      ['based_in Ministry of Unification -> Seoul [based-in-org-in-place]']],
    ['He worked for the Citizens\' Alliance for North Korean Human Rights in Seoul for years.', [org("Citizens' Alliance for North Korean Human Rights", 'ngo'), place('Seoul', 'special_city')],
      ["based_in Citizens' Alliance for North Korean Human Rights -> Seoul [based-in-org-in-place]"]],
    ['Daily NK, a Seoul-based outlet, reported it.', [org('Daily NK', 'media'), place('Seoul', 'special_city')],
      ['based_in Daily NK -> Seoul [based-in-org-apposition-place-based]']],
    // the acronym in parentheses is not read
    ['The Transitional Justice Working Group (TJWG), a Seoul-based group, released a report.',
      [org('Transitional Justice Working Group', 'ngo'), org('TJWG', 'ngo', 'Transitional Justice Working Group'), place('Seoul', 'special_city')],
      ['based_in Transitional Justice Working Group -> Seoul [based-in-org-apposition-place-based]']],
    ['Daily NK, which is based in Seoul, reported it.', [org('Daily NK', 'media'), place('Seoul', 'special_city')],
      ['based_in Daily NK -> Seoul [based-in-org-based-in-place]']],
    ['The Seoul-based Daily NK reported it.', [place('Seoul', 'special_city'), org('Daily NK', 'media')],
      ['based_in Daily NK -> Seoul [based-in-place-based-org]']],
    ['The Yanggang Province branch of the Ministry of State Security led the raid.', [place('Yanggang Province'), MSS()],
      ['based_in Ministry of State Security -> Yanggang Province [based-in-place-unit-of-org]']],
    ["The Ministry of State Security's Onsong County branch questioned them.", [MSS(), place('Onsong County')],
      ['based_in Ministry of State Security -> Onsong County [based-in-org-possessive-place-unit]']],
    ["A major at Ryanggang Province's Ministry of People's Security unit took bribes.", [place('Ryanggang Province'), org("Ministry of People's Security", 'police')],
      ["based_in Ministry of People's Security -> Ryanggang Province [based-in-place-possessive-org]"]],
    ['A source in North Hamgyong Province said the provincial Ministry of State Security set up a task force.', [place('North Hamgyong Province'), MSS()],
      ['based_in Ministry of State Security -> North Hamgyong Province [based-in-provincial-org]']],
    ['The Hyesan City police of the Ministry of Social Security arrested three dealers.', [place('Hyesan City'), MOSS()],
      ['based_in Ministry of Social Security -> Hyesan City [based-in-place-unit-of-org]']],
    ['The North Hamgyong Province provincial branch of the Ministry of State Security.', [place('North Hamgyong Province'), MSS()],
      ['based_in Ministry of State Security -> North Hamgyong Province [based-in-place-unit-of-org]']],
    ['The Ministry of State Security office in Hyesan was raided.', [MSS(), place('Hyesan')],
      ['based_in Ministry of State Security -> Hyesan [based-in-org-unit-in-place]']],
    ['The provincial branches of the Ministry of Social Security in South Hamgyong Province and South Pyongan Province held sessions.',
      [MOSS(), place('South Hamgyong Province'), place('South Pyongan Province')],
      ['based_in Ministry of Social Security -> South Hamgyong Province [based-in-branch-of-org-in-place]', 'based_in Ministry of Social Security -> South Pyongan Province [based-in-branch-of-org-in-place]']],
    ['The Ryanggang provincial Ministry of State Security sent agents.', [place('Ryanggang', 'province'), MSS()],
      ['based_in Ministry of State Security -> Ryanggang [based-in-place-org-compound]']],
    ['The Seoul-based Daily NK reported it.', [place('Seoul', 'special_city'), org('Daily NK', 'media')],
      ['based_in Daily NK -> Seoul [based-in-place-based-org]']],
    ['Daily NK, which is based in Seoul, reported it.', [org('Daily NK', 'media'), place('Seoul', 'special_city')],
      ['based_in Daily NK -> Seoul [based-in-org-based-in-place]']],
    ['Officials said the county Ministry of State Security in Onsong County was purged.', [MSS(), place('Onsong County')],
      ['based_in Ministry of State Security -> Onsong County [based-in-county-org]']],
    ["Tanbong's official Tanbong Herald news agency said so.", [place('Tanbong', 'city'), org('Tanbong Herald', 'media')],
      ['based_in Tanbong Herald -> Tanbong [based-in-place-possessive-described-org]']],
    ["It was reported by Chongsan's semi-official state-run Chongsan Daily.", [place('Chongsan', 'city'), org('Chongsan Daily', 'media')],
      ['based_in Chongsan Daily -> Chongsan [based-in-place-possessive-described-org]']],
    ['Free Voices Korea, located in Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')],
      ['based_in Free Voices Korea -> Seoul [based-in-org-based-in-place]']],
    ['Free Voices Korea, which has its headquarters in Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')],
      ['based_in Free Voices Korea -> Seoul [based-in-org-based-in-place]']],
    ['Free Voices Korea, whose office is in Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')],
      ['based_in Free Voices Korea -> Seoul [based-in-org-based-in-place]']],
    ["Agents of the Ministry of State Security's office in Hyesan made arrests.", [MSS(), place('Hyesan')],
      ['based_in Ministry of State Security -> Hyesan [based-in-org-unit-in-place]']],
    ['A Seoul-based rights NGO, Free Voices Korea, said so.', [place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    ['The Seoul-headquartered Daily NK reported it.', [place('Seoul', 'special_city'), org('Daily NK', 'media')],
      ['based_in Daily NK -> Seoul [based-in-place-based-org]']],
    ['Free Voices Korea, a government-funded policy center in Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')],
      ['based_in Free Voices Korea -> Seoul [based-in-org-apposition-in-place]']],
    // a national body named with its country or capital: "ruling" says what the party is to it
    ["Tanbong's ruling Chollima Party met.", [place('Tanbong', 'country'), org('Chollima Party', 'party')],
      ['based_in Chollima Party -> Tanbong [based-in-place-possessive-described-org]']],
    // where a unit sits, alone in parentheses after its name, each of a list
    ['Officers of the 12th Brigade (in Tanbong Province), the 14th Brigade (in Chongsan Province) and the 16th Brigade (in Musong Province) met.',
      [org('12th Brigade', 'military'), place('Tanbong Province', 'province'), org('14th Brigade', 'military'), place('Chongsan Province', 'province'),
        org('16th Brigade', 'military'), place('Musong Province', 'province')],
      ['based_in 12th Brigade -> Tanbong Province [based-in-org-parenthesis]', 'based_in 14th Brigade -> Chongsan Province [based-in-org-parenthesis]',
        'based_in 16th Brigade -> Musong Province [based-in-org-parenthesis]']],
    ['The Chollima Mining Company (based in Tanbong) was fined.', [org('Chollima Mining Company', 'company'), place('Tanbong', 'city')],
      ['based_in Chollima Mining Company -> Tanbong [based-in-org-parenthesis]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['The Ministry of State Security arrested smugglers in Hyesan.', [MSS(), place('Hyesan')]],
    ['Agents of the Ministry of State Security traveled to Hyesan.', [MSS(), place('Hyesan')]],
    ['The Ministry of State Security has no branch in Hyesan.', [MSS(), place('Hyesan')]],
    ['The provincial Ministry of State Security acted, a source in Hyesan said.', [MSS(), place('Hyesan')]],
    ['The Ministry of State Security and the Ministry of Social Security in Hyesan were mobilized.', [MSS(), MOSS(), place('Hyesan')]],
    ['Pyongyang Times reported that the Pyongyang Daily NK office closed.', [org('Pyongyang Times', 'media'), place('Pyongyang'), org('Daily NK', 'media')]],
    ['The Ministry of State Security moved from Hyesan to Hamhung.', [MSS(), place('Hyesan'), place('Hamhung')]],
    // a possessive place and a word that is no standing: the place owns no organization named after it
    ["Tanbong's reporters told the Tanbong Herald news agency.", [place('Tanbong', 'city'), org('Tanbong Herald', 'media')]],
    // an office the organization has not, a place it moved to, its agents somewhere, a place near it
    ['Free Voices Korea, which has no office in Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')]],
    ['Free Voices Korea, which moved its office to Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')]],
    ["The Ministry of State Security's agents in Hyesan made arrests.", [MSS(), place('Hyesan')]],
    ['Free Voices Korea, located near Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')]],
    ['A Seoul-based rights NGO, a source told Free Voices Korea, is growing.', [place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')]],
    ['Free Voices Korea, a network of defectors in Seoul, said so.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')]],
    // a ruling by a place, not a ruling party; a parenthesis without "in", or saying where the unit went
    ["Tanbong's ruling against the Chollima Party stood.", [place('Tanbong', 'country'), org('Chollima Party', 'party')]],
    ['Chollima Daily (Tanbong) reported it.', [org('Chollima Daily', 'media'), place('Tanbong', 'city')]],
    ['The 12th Brigade (moved to Tanbong Province) was purged.', [org('12th Brigade', 'military'), place('Tanbong Province', 'province')]],
    ['The 12th Brigade (in Tanbong Province since May) was purged.', [org('12th Brigade', 'military'), place('Tanbong Province', 'province')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('quantity_of', () => {
  const must: Case[] = [
    ['The resident gave up 500 grams of drugs.', [quantity('500 grams'), drug('drugs')], ['quantity_of 500 grams -> drugs [quantity-of]']],
    ['He was caught with 0.2 grams of ice.', [quantity('0.2 grams'), drug('ice')], ['quantity_of 0.2 grams -> ice [quantity-of]']],
    ['Police seized 3 kilograms of methamphetamine.', [quantity('3 kilograms'), drug('methamphetamine')], ['quantity_of 3 kilograms -> methamphetamine [quantity-of]']],
    ['Police seized 1 kg of meth and 2 kg of opium.', [quantity('1 kg'), drug('meth'), quantity('2 kg'), drug('opium')],
      ['quantity_of 1 kg -> meth [quantity-of]', 'quantity_of 2 kg -> opium [quantity-of]']],
    ['They found 3 kilograms of high-purity crystal methamphetamine.', [quantity('3 kilograms'), drug('methamphetamine')], ['quantity_of 3 kilograms -> methamphetamine [quantity-of]']],
    ['They found 2 grams of "ice" (methamphetamine).', [quantity('2 grams'), drug('ice'), drug('methamphetamine')], ['quantity_of 2 grams -> ice [quantity-of]']],
    ['They found methamphetamine weighing about 3 kilograms.', [drug('methamphetamine'), quantity('3 kilograms')], ['quantity_of 3 kilograms -> methamphetamine [quantity-weighing]']],
    ['They seized 5 kilograms (11 pounds) of heroin.', [quantity('5 kilograms'), quantity('11 pounds'), drug('heroin')],
      ['quantity_of 5 kilograms -> heroin [quantity-of]', 'quantity_of 11 pounds -> heroin [quantity-of]']],
    // the amount a price is for
    ['Drugs are selling for about 100 RMB (15 USD) for a single gram.', [drug('Drugs'), money('100 RMB'), money('15 USD'), quantity('a single gram')],
      ['price_of 100 RMB -> Drugs [price-drug-sells-for]', 'price_of 15 USD -> Drugs [price-drug-sells-for]', 'quantity_of a single gram -> Drugs [quantity-unit-of-price]']],
    ['Heroin sold for 900 yuan for 5 grams, a dealer said.', [drug('Heroin'), money('900 yuan'), quantity('5 grams')],
      ['price_of 900 yuan -> Heroin [price-drug-sells-for]', 'quantity_of 5 grams -> Heroin [quantity-unit-of-price]']],
    ['Opium goes for 300 yuan per 10 grams.', [drug('Opium'), money('300 yuan'), quantity('10 grams')],
      ['price_of 300 yuan -> Opium [price-drug-sells-for]', 'quantity_of 10 grams -> Opium [quantity-unit-of-price]']],
    // an amount that names its own goods is theirs
    ['Ice sold for 100 yuan for 2 grams of opium.', [drug('Ice'), money('100 yuan'), quantity('2 grams'), drug('opium')],
      ['price_of 100 yuan -> Ice [price-drug-sells-for]', 'quantity_of 2 grams -> opium [quantity-of]']],
    ['Ice costs 100 yuan, and police seized 5 grams.', [drug('Ice'), money('100 yuan'), quantity('5 grams')], ['price_of 100 yuan -> Ice [price-drug-sells-for]']],
    // a fine is not a price: the amount stays unlinked
    ['Ice users were fined 500 yuan for a gram.', [drug('Ice'), money('500 yuan'), quantity('a gram')], []],
    // the amount's origin, or what holds it, between the amount and the drug
    ['Guards seized 3 kg of North Korean meth.', [quantity('3 kg'), drug('meth')], ['quantity_of 3 kg -> meth [quantity-of]']],
    ['Customs seized 8 kilograms of foreign-produced methamphetamine.', [quantity('8 kilograms'), drug('methamphetamine')],
      ['quantity_of 8 kilograms -> methamphetamine [quantity-of]']],
    ['They found a 2-kilogram bag of opium.', [quantity('2-kilogram'), drug('opium')], ['quantity_of 2-kilogram -> opium [quantity-of]']],
    ['A 3-gram ball of opium paste traded for 20 yuan.', [quantity('3-gram'), drug('opium'), money('20 yuan')],
      ['quantity_of 3-gram -> opium [quantity-of]', 'price_of 20 yuan -> opium [price-drug-sells-for]']],
    // the portions a drug is divided into or found in: every amount of the list
    ['She splits the heroin into small doses of 0.1 grams, 0.3 grams, and 1 gram for buyers.', [drug('heroin'), quantity('0.1 grams'), quantity('0.3 grams'), quantity('1 gram')],
      ['quantity_of 0.1 grams -> heroin [quantity-drug-in-portions]', 'quantity_of 0.3 grams -> heroin [quantity-drug-in-portions]', 'quantity_of 1 gram -> heroin [quantity-drug-in-portions]']],
    ['Opium from Tanbong was found in nine raids in Hyesan since 2019 in quantities of up to 4 kilograms, police said.',
      [drug('Opium'), place('Tanbong', 'city'), place('Hyesan'), date('2019'), quantity('4 kilograms')],
      ['quantity_of 4 kilograms -> Opium [quantity-drug-in-portions]']],
    // another drug between: the portions are the nearer drug's
    ['Opium was seized, but cannabis came in packets of 5 grams.', [drug('Opium'), drug('cannabis'), quantity('5 grams')],
      ['quantity_of 5 grams -> cannabis [quantity-drug-in-portions]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['They found 500 grams of rice and some drugs.', [quantity('500 grams'), drug('drugs')]],
    ['He carried 3 kilograms, and the drugs were hidden.', [quantity('3 kilograms'), drug('drugs')]],
    ['They seized 5 kg of gold from opium dealers.', [quantity('5 kg'), drug('opium')]],
    ['500 grams of meth and opium were seized.', [quantity('500 grams'), drug('meth'), drug('opium')]],
    ['Meth sold well, for 100 yuan for 5 grams.', [drug('Meth'), money('100 yuan'), quantity('5 grams')]],
    // goods, a negation or a new clause between the drug and the portions: the portions are not the drug's
    ['Opium was sold, and rice was sold in bags of 10 kg.', [drug('Opium'), quantity('10 kg')]],
    ['Opium was cheap; dealers sold it in doses of 2 grams.', [drug('Opium'), quantity('2 grams')]],
    ['Heroin was never found in quantities of over 1 kilogram.', [drug('Heroin'), quantity('1 kilogram')]],
    // an amount of money next to a drug is not an amount of it
    ['Police seized 3 kg bags of rice and opium worth 500 yuan.', [quantity('3 kg'), drug('opium'), money('500 yuan')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('price_of', () => {
  const must: Case[] = [
    ['In Hyesan, meth sells for 100-170 RMB per gram.', [place('Hyesan'), drug('meth'), money('100-170 RMB')], ['price_of 100-170 RMB -> meth [price-drug-sells-for]']],
    ['A gram of ice costs 15 USD.', [quantity('A gram'), drug('ice'), money('15 USD')], ['quantity_of A gram -> ice [quantity-of]', 'price_of 15 USD -> ice [price-drug-sells-for]']],
    ['Drugs are selling for about 100 yuan a gram.', [drug('Drugs'), money('100 yuan')], ['price_of 100 yuan -> Drugs [price-drug-sells-for]']],
    ['Ice is currently being sold at around 90 yuan.', [drug('Ice'), money('90 yuan')], ['price_of 90 yuan -> Ice [price-drug-sells-for]']],
    ['Last year ice rose to 150 yuan.', [drug('ice'), money('150 yuan')], ['price_of 150 yuan -> ice [price-drug-sells-for]']],
    ['By spring opium had climbed again to 200 yuan.', [drug('opium'), money('200 yuan')], ['price_of 200 yuan -> opium [price-drug-sells-for]']],
    ['A kilogram of meth inside Pyongsong cost about 4 million won.', [quantity('A kilogram'), drug('meth'), place('Pyongsong'), money('4 million won')],
      ['quantity_of A kilogram -> meth [quantity-of]', 'price_of 4 million won -> meth [price-drug-sells-for]']],
    ['A gram of ice in Chongjin rose first to 90 yuan.', [quantity('A gram'), drug('ice'), place('Chongjin'), money('90 yuan')],
      ['quantity_of A gram -> ice [quantity-of]', 'price_of 90 yuan -> ice [price-drug-sells-for]']],
    // a second price the drug moved to, after a date
    ['Opium rose first to 300 yuan (about $40) in May of last year and then to 450 yuan in June.',
      [drug('Opium'), money('300 yuan'), money('$40'), date('May'), money('450 yuan'), date('June')],
      ['price_of 300 yuan -> Opium [price-drug-sells-for]', 'price_of $40 -> Opium [price-drug-sells-for]', 'price_of 450 yuan -> Opium [price-drug-sells-for]']],
    ['Heroin climbed to 800 yuan in March and later fell to 600 yuan.', [drug('Heroin'), money('800 yuan'), date('March'), money('600 yuan')],
      ['price_of 800 yuan -> Heroin [price-drug-sells-for]', 'price_of 600 yuan -> Heroin [price-drug-sells-for]']],
    // the second amount is of other goods: only the first is the drug's
    ['Opium rose to 300 yuan in May and rice to 5,000 won.', [drug('Opium'), money('300 yuan'), date('May'), money('5,000 won')],
      ['price_of 300 yuan -> Opium [price-drug-sells-for]']],
    // a word after the drug that is not its form: the price is of something else
    ['The opium fields traded for 20 yuan a plot.', [drug('opium'), money('20 yuan')], []],
    ['The price of meth is 100 yuan.', [drug('meth'), money('100 yuan')], ['price_of 100 yuan -> meth [price-of-drug-is]']],
    ['The price of a gram of ice has risen to 15 USD.', [quantity('a gram'), drug('ice'), money('15 USD')], ['quantity_of a gram -> ice [quantity-of]', 'price_of 15 USD -> ice [price-drug-sells-for]']],
    ['The price of ice: 15 USD.', [drug('ice'), money('15 USD')], []],
    ['Dealers ask 100 yuan per gram of meth.', [money('100 yuan'), drug('meth')], ['price_of 100 yuan -> meth [price-per-unit-of-drug]']],
    // a price restated in parentheses
    ['Meth sells for 100-170 RMB (15-25 USD) a gram.', [drug('Meth'), money('100-170 RMB'), money('15-25 USD')],
      ['price_of 100-170 RMB -> Meth [price-drug-sells-for]', 'price_of 15-25 USD -> Meth [price-drug-sells-for]']],
    ['Ice was selling for 40-45 yuan ($6) per gram.', [drug('Ice'), money('40-45 yuan'), money('$6')],
      ['price_of 40-45 yuan -> Ice [price-drug-sells-for]', 'price_of $6 -> Ice [price-drug-sells-for]']],
    ['Opium went for 30 yuan (about 4 USD) a dose.', [drug('Opium'), money('30 yuan'), money('4 USD')],
      ['price_of 30 yuan -> Opium [price-drug-sells-for]', 'price_of 4 USD -> Opium [price-drug-sells-for]']],
    ['Dealers ask 100 yuan (15 USD) per gram of meth.', [money('100 yuan'), money('15 USD'), drug('meth')],
      ['price_of 100 yuan -> meth [price-per-unit-of-drug]', 'price_of 15 USD -> meth [price-per-unit-of-drug]']],
    ['The price of opium rose to 90 yuan (about 13 USD).', [drug('opium'), money('90 yuan'), money('13 USD')],
      ['price_of 90 yuan -> opium [price-drug-sells-for]', 'price_of 13 USD -> opium [price-drug-sells-for]']],
    // parentheses that say more than the amount restate nothing
    ['Meth sells for 100 yuan (15 USD at the official rate, 12 USD on the market).', [drug('Meth'), money('100 yuan'), money('15 USD'), money('12 USD')],
      ['price_of 100 yuan -> Meth [price-drug-sells-for]']],
    ['Meth sells for 100 yuan (down from 15 USD).', [drug('Meth'), money('100 yuan'), money('15 USD')], ['price_of 100 yuan -> Meth [price-drug-sells-for]']],
    // a drug's other name in apposition: the price is of the name it explains
    ['Pingdu, the street name for meth, was selling for 60 yuan (about 9 USD).', [drug('Pingdu'), drug('meth'), money('60 yuan'), money('9 USD')],
      ['price_of 60 yuan -> Pingdu [price-drug-alias-sells-for]', 'price_of 9 USD -> Pingdu [price-drug-alias-sells-for]']],
    ['Meth, known locally as ice, sold for 80 yuan.', [drug('Meth'), drug('ice'), money('80 yuan')], ['price_of 80 yuan -> Meth [price-drug-alias-sells-for]']],
    // a price per unit after the drug, with "for" it
    ['Smugglers bought ice in Hamhung for about 5 million won a kilogram.', [drug('ice'), place('Hamhung'), money('5 million won')],
      ['price_of 5 million won -> ice [price-unit-after-drug]']],
    ['The couple got opium from a farmer near Musan and sold it to Chinese buyers for 60 yuan a gram.', [drug('opium'), place('Musan', 'county'), money('60 yuan')],
      ['price_of 60 yuan -> opium [price-unit-after-drug]']],
    ['Dealers offered ice at the market in Hyesan at 120 yuan per gram, the source said.', [drug('ice'), place('Hyesan'), money('120 yuan')],
      ['price_of 120 yuan -> ice [price-unit-after-drug]']],
    ['They bought heroin in Dandong for 900 yuan (130 USD) a gram.', [drug('heroin'), place('Dandong'), money('900 yuan'), money('130 USD')],
      ['price_of 900 yuan -> heroin [price-unit-after-drug]', 'price_of 130 USD -> heroin [price-unit-after-drug]']],
    ['Three kilograms of methamphetamine fetched 8,000 yuan per kilogram.', [quantity('Three kilograms'), drug('methamphetamine'), money('8,000 yuan')],
      ['quantity_of Three kilograms -> methamphetamine [quantity-of]', 'price_of 8,000 yuan -> methamphetamine [price-drug-sells-for]']],
    // two drugs: the nearest before the price, and nothing for the other
    ['He sold meth, and his partner sold opium for 100 yuan a gram.', [drug('meth'), drug('opium'), money('100 yuan')],
      ['price_of 100 yuan -> opium [price-unit-after-drug]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Meth does not sell for 100 yuan anymore.', [drug('Meth'), money('100 yuan')]],
    ['Meth seized in Hyesan cost the smugglers 900 yuan in bribes.', [drug('Meth'), place('Hyesan'), money('900 yuan')]],
    ['He was fined 500 yuan for a gram of ice.', [money('500 yuan'), drug('ice')]],
    ['Dealers selling meth in Hyesan earned 1,000 yuan a day.', [drug('meth'), place('Hyesan'), money('1,000 yuan')]],
    ['Meth users paid bribes of 500 yuan.', [drug('Meth'), money('500 yuan')]],
    ['Meth and opium sell for 100 yuan.', [drug('Meth'), drug('opium'), money('100 yuan')]],
    ['The cost of meth addiction: 100 yuan fines.', [drug('meth'), money('100 yuan')]],
    // the price after a drug: something else priced, other money, no unit, a list, negation
    ['Meth use is spreading, while rice sold for 5,000 won a kilogram.', [drug('Meth'), money('5,000 won')]],
    ['Meth seizures rose in Hyesan, where gold went for 60,000 won a gram.', [drug('Meth'), place('Hyesan'), money('60,000 won')]],
    ['They bought meth in Hamhung, and 3 kilograms of copper for 5,000 won a kilogram.', [drug('meth'), place('Hamhung'), quantity('3 kilograms'), money('5,000 won')]],
    ['Ice smugglers paid border guards for 500 yuan a month.', [drug('Ice'), money('500 yuan')]],
    ['Ice dealers were fined for 500 yuan a gram.', [drug('Ice'), money('500 yuan')]],
    ['Ice dealers made a profit for 50 yuan a gram.', [drug('Ice'), money('50 yuan')]],
    ['He sold meth and opium for 100 yuan a gram.', [drug('meth'), drug('opium'), money('100 yuan')]],
    ['Meth is not sold for 100 yuan a gram anymore.', [drug('Meth'), money('100 yuan')]],
    ['They bought ice in Hamhung for 5 million won a kilogram of rice.', [drug('ice'), place('Hamhung'), money('5 million won')]],
    ['They bought ice in Hamhung for 5 million won.', [drug('ice'), place('Hamhung'), money('5 million won')]],
    // an apposition that is no other name
    ['Ice, the drug police took from methamphetamine cooks, sells for 80 yuan.', [drug('Ice'), drug('methamphetamine'), money('80 yuan')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('penalty_for', () => {
  const must: Case[] = [
    ["Article 208 (drug smuggling and sales) and Article 206 (opium cultivation) of North Korea's criminal code set the maximum penalty at death.",
      [law('Article 208'), law('Article 206'), place('North Korea'), law('criminal code'), penalty('death')],
      ['penalty_for Article 208 -> death [penalty-law-sets]', 'penalty_for Article 206 -> death [penalty-law-sets]', 'penalty_for criminal code -> death [penalty-law-sets]']],
    ['Article 60 carries a sentence of up to 10 years of reform through labor.', [law('Article 60'), penalty('10 years of reform through labor')],
      ['penalty_for Article 60 -> 10 years of reform through labor [penalty-law-sets]']],
    ['Drug dealing is punishable by death under Article 208.', [penalty('death'), law('Article 208')], ['penalty_for Article 208 -> death [penalty-under-law]']],
    ['He got 10 years of reform through labor for violating Article 60.', [penalty('10 years of reform through labor'), law('Article 60')],
      ['penalty_for Article 60 -> 10 years of reform through labor [penalty-under-law]']],
    ['He was sentenced to death under Article 60.', [penalty('death'), law('Article 60')], ['penalty_for Article 60 -> death [penalty-under-law]']],
    ['Dealing is punishable by up to 10 years (Article 208).', [penalty('10 years'), law('Article 208')], ['penalty_for Article 208 -> 10 years [penalty-law-in-parentheses]']],
    // the law as the agent
    ['Article 208 provides for the death penalty.', [law('Article 208'), penalty('death penalty')], ['penalty_for Article 208 -> death penalty [penalty-law-sets]']],
    ['Article 208 stipulates death for large-scale trafficking.', [law('Article 208'), penalty('death')], ['penalty_for Article 208 -> death [penalty-law-sets]']],
    ['Article 60 sets the maximum penalty at death.', [law('Article 60'), penalty('death')], ['penalty_for Article 60 -> death [penalty-law-sets]']],
    ['The Criminal Code punishes drug sales with death.', [law('Criminal Code'), penalty('death')], ['penalty_for Criminal Code -> death [penalty-law-sets]']],
    ['Article 60 punishes the sale of drugs with up to 10 years of reform through labor and carries death in grave cases.',
      [law('Article 60'), penalty('10 years of reform through labor'), penalty('death')],
      ['penalty_for Article 60 -> 10 years of reform through labor [penalty-law-sets]', 'penalty_for Article 60 -> death [penalty-law-sets]']],
    ['Article 208 prescribes 5 years of reform through labor or, in serious cases, death.', [law('Article 208'), penalty('5 years of reform through labor'), penalty('death')],
      ['penalty_for Article 208 -> 5 years of reform through labor [penalty-law-sets]', 'penalty_for Article 208 -> death [penalty-law-sets]']],
    ['The law, adopted in 2020, permits 10 years of labor training and allows the death penalty.', [law('The law'), date('2020'), penalty('10 years of labor training'), penalty('death penalty')],
      ['penalty_for The law -> 10 years of labor training [penalty-law-sets]', 'penalty_for The law -> death penalty [penalty-law-sets]']],
    // the joiner must be all that stands between the penalties
    ['Article 60 carries 10 years and allows the court to impose death.', [law('Article 60'), penalty('10 years'), penalty('death')],
      ['penalty_for Article 60 -> 10 years [penalty-law-sets]']],
    ['Article 60 punishes theft with 5 years but does not allow the death penalty.', [law('Article 60'), penalty('5 years'), penalty('death penalty')],
      ['penalty_for Article 60 -> 5 years [penalty-law-sets]']],
    // the penalties before "all|both under" the law
    ['The court gave him death and his wife 12 years of reform through labor, both under Article 208.', [penalty('death'), penalty('12 years of reform through labor'), law('Article 208')],
      ['penalty_for Article 208 -> death [penalty-all-under-law]', 'penalty_for Article 208 -> 12 years of reform through labor [penalty-all-under-law]']],
    ['Kim Chol received 10 years of reform through labor, Pak Yong five years and Ri Su two years, all under Article 60.',
      [person('Kim Chol'), penalty('10 years of reform through labor'), person('Pak Yong'), penalty('five years'), person('Ri Su'), penalty('two years'), law('Article 60')],
      ['penalty_for Article 60 -> 10 years of reform through labor [penalty-all-under-law]', 'penalty_for Article 60 -> five years [penalty-all-under-law]', 'penalty_for Article 60 -> two years [penalty-all-under-law]']],
    // a contrast keeps the penalty before it out
    ['He got death, while his wife got 10 years, all under Article 208.', [penalty('death'), penalty('10 years'), law('Article 208')],
      ['penalty_for Article 208 -> 10 years [penalty-all-under-law]']],
    // another law in between takes its own penalty
    ['He got death under Article 60 and she 10 years, both under Article 208.', [penalty('death'), law('Article 60'), penalty('10 years'), law('Article 208')],
      ['penalty_for Article 60 -> death [penalty-under-law]', 'penalty_for Article 208 -> 10 years [penalty-all-under-law]']],
    // a few words on the offence, then the law
    ['He was sentenced to death for drug trafficking under Article 208.', [penalty('death'), law('Article 208')], ['penalty_for Article 208 -> death [penalty-offence-under-law]']],
    ['She got 5 years of labor training for selling 3 grams of ice under Article 60.', [penalty('5 years of labor training'), quantity('3 grams'), drug('ice'), law('Article 60')],
      ['penalty_for Article 60 -> 5 years of labor training [penalty-offence-under-law]', 'quantity_of 3 grams -> ice [quantity-of]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Article 60 does not carry the death penalty.', [law('Article 60'), penalty('death penalty')]],
    ['Article 60 no longer sets the maximum penalty at death.', [law('Article 60'), penalty('death')]],
    ['Article 60 was replaced by a rule that sets death.', [law('Article 60'), penalty('death')]],
    ['He got 10 years (his lawyer cited Article 208 in vain).', [penalty('10 years'), law('Article 208')]],
    ['Article 60 was cited, and months later he was executed.', [law('Article 60'), penalty('executed')]],
    ['Article 60 sets rules; in Hyesan he was sent to a labor camp.', [law('Article 60'), place('Hyesan'), person('labor camp')]],
    ['He got 10 years and his partner was charged under Article 60.', [penalty('10 years'), law('Article 60')]],
    ['He got 10 years, and others were tried under Article 60.', [penalty('10 years'), law('Article 60')]],
    ['He received 10 years but not under Article 60.', [penalty('10 years'), law('Article 60')]],
    ['He got 10 years; the others, all under Article 60, were freed.', [penalty('10 years'), law('Article 60')]],
    ['He got death for crimes that his lawyers argued were never covered under Article 208.', [penalty('death'), law('Article 208')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('affiliated_with', () => {
  const must: Case[] = [
    ['Ri Pyong Chol, vice chairman of the Central Military Commission, attended.', [person('Ri Pyong Chol'), org('Central Military Commission', 'party')],
      ['affiliated_with Ri Pyong Chol -> Central Military Commission [affiliated-person-role-of-org]']],
    ['Unification Media Group spoke with reporter Yeom Seung Cheol today.', [org('Unification Media Group', 'media'), person('Yeom Seung Cheol')],
      ['affiliated_with Yeom Seung Cheol -> Unification Media Group [affiliated-reporter-outlet-in-sentence]']],
    ['An official of the Ministry of State Security named Kim Chol Su was arrested.', [MSS(), person('Kim Chol Su')],
      ['affiliated_with Kim Chol Su -> Ministry of State Security [affiliated-role-of-org-named]']],
    ['Han Su Jin, a spokesperson for the Ministry of Unification, spoke.', [person('Han Su Jin'), org('Ministry of Unification', 'state')],
      ['affiliated_with Han Su Jin -> Ministry of Unification [affiliated-person-role-of-org]']],
    ['Pak Yong, a senior research fellow at the Korea Institute for National Unification, said so.', [person('Pak Yong'), org('Korea Institute for National Unification', 'state')],
      ['affiliated_with Pak Yong -> Korea Institute for National Unification [affiliated-person-role-of-org]']],
    ['Ministry of Unification spokesperson Han Su Jin spoke.', [org('Ministry of Unification', 'state'), person('Han Su Jin')],
      ['affiliated_with Han Su Jin -> Ministry of Unification [affiliated-org-role-person]']],
    ['TNA Administrator Pak Yong said so in a statement.', [org('TNA', 'state', 'Tanbong Narcotics Administration'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> TNA [affiliated-org-role-person]']],
    ['Pak Yong, a lawmaker of the governing Tanbong Party, said so.', [person('Pak Yong'), org('Tanbong Party', 'party')],
      ['affiliated_with Pak Yong -> Tanbong Party [affiliated-person-role-of-org]']],
    ['We asked Pak Yong, editor and publisher of Tanbong Press, about it.', [person('Pak Yong'), org('Tanbong Press', 'media')],
      ['affiliated_with Pak Yong -> Tanbong Press [affiliated-person-role-of-org]']],
    ['Rep. Pak Yong - a former North Korean diplomat and currently a lawmaker of the governing Tanbong Party - contends so.', [person('Pak Yong'), org('Tanbong Party', 'party')],
      ['affiliated_with Pak Yong -> Tanbong Party [affiliated-person-role-of-org]']],
    ['Han Su Jin, Ministry of Unification spokesperson, spoke.', [person('Han Su Jin'), org('Ministry of Unification', 'state')],
      ['affiliated_with Han Su Jin -> Ministry of Unification [affiliated-person-comma-org-role]']],
    ['According to Kim Chol Su, Ministry of State Security official Pak Yong acted.', [person('Kim Chol Su'), MSS(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-org-role-person]']],
    ['Kim Min Ji, who works for Daily NK, wrote it.', [person('Kim Min Ji'), org('Daily NK', 'media')],
      ['affiliated_with Kim Min Ji -> Daily NK [affiliated-person-role-of-org]']],
    ['Pak Yong, head of the rights NGO Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a researcher from Seoul-based Free Voices Korea, spoke.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]', 'based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    // a critic is not a member: only the place-based organization is related
    ['Pak Yong, a critic from Seoul-based Free Voices Korea, spoke.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    ['Kim Chol Su and Pak Yong, reporters for Daily NK, were held.', [person('Kim Chol Su'), person('Pak Yong'), org('Daily NK', 'media')],
      ['affiliated_with Kim Chol Su -> Daily NK [affiliated-persons-roles-of-org]', 'affiliated_with Pak Yong -> Daily NK [affiliated-persons-roles-of-org]']],
    ["In an interview with Daily NK's Kim Min Ji, he spoke.", [org('Daily NK', 'media'), person('Kim Min Ji')],
      ['affiliated_with Kim Min Ji -> Daily NK [affiliated-outlet-possessive-person]']],
    ['Pak Yong, who heads Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a lawyer representing Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong of Free Voices Korea spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-of-org]']],
    ['Rep. Pak Yong of the ruling Tanbong Party spoke.', [person('Pak Yong'), org('Tanbong Party', 'party')],
      ['affiliated_with Pak Yong -> Tanbong Party [affiliated-person-of-org]']],
    // the role stated: "was a ROLE in ORG"
    ['The defector, Pak Yong (male, 29), was a private in the Tanbong People\'s Army.', [person('Pak Yong'), org("Tanbong People's Army", 'military')],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-role-of-org]"]],
    ['Pak Yong is now a researcher at Free Voices Korea.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    // after a list, the apposition is the last person's alone
    ['Former minister Kim Chol Su and Pak Yong, a senior official at the Ministry of Unification, were executed.',
      [person('Kim Chol Su'), person('Pak Yong'), org('Ministry of Unification', 'state')],
      ['affiliated_with Pak Yong -> Ministry of Unification [affiliated-person-role-of-org]']],
    ["Free Voices Korea's Asia director Pak Yong spoke.", [org('Free Voices Korea', 'ngo'), place('Asia', 'region'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-role-person]']],
    // an apposition after the role of the organization, closed
    ['The director of Free Voices Korea, Pak Yong, said so.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-role-of-org-apposition]']],
    ['The reply came from the founder of Free Voices Korea, Pak Yong.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-role-of-org-apposition]']],
    ['Pak Yong at Free Voices Korea said so.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-at-org-said]']],
    ['Pak Yong with the Tanbong Institute told reporters.', [person('Pak Yong'), org('Tanbong Institute', 'ngo')],
      ['affiliated_with Pak Yong -> Tanbong Institute [affiliated-person-at-org-said]']],
    ['Pak Yong, a professor of North Korean studies at Tanbong University, said so.', [person('Pak Yong'), org('Tanbong University', 'state')],
      ['affiliated_with Pak Yong -> Tanbong University [affiliated-person-role-of-org]']],
    ['Pak Yong, an expert on North Korea at the Tanbong Institute, said so.', [person('Pak Yong'), place('North Korea'), org('Tanbong Institute', 'ngo')],
      ['affiliated_with Pak Yong -> Tanbong Institute [affiliated-person-role-of-org]']],
    ['Pak Yong, who used to work for the Ministry of State Security, fled.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    ['Pak Yong, who previously worked at Daily NK, wrote it.', [person('Pak Yong'), org('Daily NK', 'media')],
      ['affiliated_with Pak Yong -> Daily NK [affiliated-person-role-of-org]']],
    ['Pak Yong, who teaches at Tanbong University, said so.', [person('Pak Yong'), org('Tanbong University', 'state')],
      ['affiliated_with Pak Yong -> Tanbong University [affiliated-person-role-of-org]']],
    ['Pak Yong, who heads the Seoul-based Free Voices Korea, said so.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]', 'based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    ['Pak Yong, who works for the Seoul-based group Free Voices Korea, said so.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]', 'based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    // visited it: only the seat
    ['Pak Yong, who visited the Seoul-based Free Voices Korea, said so.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    ["Pak Yong, col. gen. of the Korean People's Army, attended.", [person('Pak Yong'), org("Korean People's Army", 'military')],
      ["affiliated_with Pak Yong -> Korean People's Army [affiliated-person-role-of-org]"]],
    ['Tanbong Army Lt. Gen. Pak Yong attended.', [org('Tanbong Army', 'military'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Tanbong Army [affiliated-org-role-person]']],
    ['Pak Yong of the Seoul-based Free Voices Korea spoke.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-of-org]', 'based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    ['Pak Yong from the Seoul-based rights group Free Voices Korea said so.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-from-org]', 'based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    // fled from it: no member, only the seat
    ['Pak Yong fled from the Seoul-based Free Voices Korea office.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    // a fronted apposition: the sentence opens with the role
    ['A Ministry of Social Security officer at Hamhung Station and secretary of a local party cell, Pak Yong took bribes.',
      [MOSS(), place('Hamhung Station', 'facility'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Ministry of Social Security [affiliated-fronted-role-apposition]']],
    ['A former Daily NK reporter, Kim Min Ji said so.', [org('Daily NK', 'media'), person('Kim Min Ji')],
      ['affiliated_with Kim Min Ji -> Daily NK [affiliated-fronted-role-apposition]']],
    ["They heard the Ministry of Unification's spokesperson, Han Su Jin, on Monday.", [org('Ministry of Unification', 'state'), person('Han Su Jin')],
      ['affiliated_with Han Su Jin -> Ministry of Unification [affiliated-org-role-comma-person]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // a dash with no role after it opens no apposition; a role before "and" that the person does not hold now
    ['Pak Yong - who fled in 2016 - met lawmakers of the Tanbong Party.', [person('Pak Yong'), org('Tanbong Party', 'party')]],
    ['Pak Yong, a former diplomat and his wife, a lawmaker of the Tanbong Party, fled.', [person('Pak Yong'), org('Tanbong Party', 'party')]],
    ['According to Kim Chol Su, Ministry of State Security officials said nothing.', [person('Kim Chol Su'), MSS()]],
    ['Kim Chol Su, a critic of the Ministry of State Security, spoke.', [person('Kim Chol Su'), MSS()]],
    ['Kim Chol Su, not a member of the Workers\' Party of Korea, spoke.', [person('Kim Chol Su'), org("Workers' Party of Korea", 'party')]],
    ['Kim Chol Su was arrested by the Ministry of State Security.', [person('Kim Chol Su'), MSS()]],
    ['Reporter Kim Chol Su told Daily NK that Radio Free Asia was wrong.', [person('Kim Chol Su'), org('Daily NK', 'media'), org('Radio Free Asia', 'media')]],
    ['Reporter Kim Chol Su met the Ministry of Unification.', [person('Kim Chol Su'), org('Ministry of Unification', 'state')]],
    ['Kim Chol Su fled the Ministry of State Security with official Pak Yong.', [person('Kim Chol Su'), MSS(), person('Pak Yong')]],
    ['Kim Chol Su and Pak Yong, critics of Daily NK, were held.', [person('Kim Chol Su'), person('Pak Yong'), org('Daily NK', 'media')]],
    ['Kim Chol Su and Pak Yong, critics of the ruling Tanbong Party, were held.', [person('Kim Chol Su'), person('Pak Yong'), org('Tanbong Party', 'party')]],
    ['Pak Yong spoke of the ruling Tanbong Party.', [person('Pak Yong'), org('Tanbong Party', 'party')]],
    ['Pak Yong was a prisoner of the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['Pak Yong was not a member of the Tanbong Party.', [person('Pak Yong'), org('Tanbong Party', 'party')]],
    ['Pak Yong was a private citizen of the Tanbong Party state.', [person('Pak Yong'), org('Tanbong Party', 'party')]],
    ["Pak Yong's father was an officer of the Tanbong People's Army.", [person('Pak Yong'), org("Tanbong People's Army", 'military')]],
    ["The Ministry of State Security's Pak Yong was held.", [MSS(), person('Pak Yong')]],
    ["Daily NK's report on Kim Min Ji ran.", [org('Daily NK', 'media'), person('Kim Min Ji')]],
    ['Pak Yong, who criticized Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong, a man suing Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong, who led the march, left Free Voices Korea.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ['The release of Pak Yong by Free Voices Korea came late.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ["Free Voices Korea's Asia report named Pak Yong.", [org('Free Voices Korea', 'ngo'), place('Asia', 'region'), person('Pak Yong')]],
    // a person quoted next to an organization he does not belong to
    ['According to an official at Free Voices Korea, Pak Yong was arrested.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')]],
    ['According to the head of Free Voices Korea, Pak Yong was arrested.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')]],
    ['Kim Chol met Pak Yong at Free Voices Korea, where they talked.', [person('Kim Chol'), person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong at the Ministry of State Security said nothing.', [person('Pak Yong'), MSS()]],
    ['Pak Yong, a critic of North Korean studies at Tanbong University, said so.', [person('Pak Yong'), org('Tanbong University', 'state')]],
    ['Pak Yong, who used to criticize the Ministry of State Security, fled.', [person('Pak Yong'), MSS()]],
    ['Pak Yong, who worked against Daily NK, wrote it.', [person('Pak Yong'), org('Daily NK', 'media')]],
    ["Pak Yong, Dr. Kim's friend at the Korean People's Army, attended.", [person('Pak Yong'), org("Korean People's Army", 'military')]],
    ['Tanbong Army chased Mr. Pak Yong.', [org('Tanbong Army', 'military'), person('Pak Yong')]],
    // not at the sentence start, a plural role, a verb in the gap: the person is someone else
    ['After questioning a Ministry of State Security agent, Pak Yong confessed.', [MSS(), person('Pak Yong')]],
    ['The Ministry of State Security agents, Pak Yong said, were paid.', [MSS(), person('Pak Yong')]],
    ['A Ministry of State Security agent arrived, and Pak Yong fled.', [MSS(), person('Pak Yong')]],
    ['A Daily NK reporter said, Pak Yong fled.', [org('Daily NK', 'media'), person('Pak Yong')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('the patterns never cross sentences', () => {
  it.each([
    [['He bought 500 grams.', 'Of meth there was plenty.'], [quantity('500 grams'), drug('meth')]],
    [['Hyesan grew.', 'In Ryanggang Province, it rained.'], [place('Hyesan'), place('Ryanggang Province')]],
    [['Article 60 was cited.', 'It sets the maximum penalty at death.'], [law('Article 60'), penalty('death')]],
    [['Ri Pyong Chol attended.', 'He is vice chairman of the Central Military Commission.'], [person('Ri Pyong Chol'), org('Central Military Commission', 'party')]],
    [['Reporter Yeom Seung Cheol spoke.', 'Unification Media Group aired it.'], [person('Yeom Seung Cheol'), org('Unification Media Group', 'media')]],
  ] as [string[], Specs][])('%j', (sentences, specs) => {
    expect(relationsOf(buildDoc(sentences, specs))).toEqual([]);
  });
});

describe('dates and other entities in the gap', () => {
  it('a date between a law and its penalty is passed over', () => {
    expect(run('Article 60, revised in 2015, carries the death penalty.', [law('Article 60'), date('2015'), penalty('death penalty')]))
      .toEqual(['penalty_for Article 60 -> death penalty [penalty-law-sets]']);
  });
});

// Issue #16: forms of real reporting. Invented sentences; each table has its "must not" twin.
describe('located_in: holders named through another place, a part, a bracket or an apposition', () => {
  const must: Case[] = [
    ["It happened in Chonbong Village, in Ryanggang Province's Samsu County.", [place('Chonbong Village', 'village'), place('Ryanggang Province'), place('Samsu County')],
      ['located_in Chonbong Village -> Samsu County [located-in-preposition-possessive]', 'located_in Samsu County -> Ryanggang Province [located-in-possessive]']],
    ["Traders in Yanji in China's Jilin Province were questioned.", [place('Yanji'), place('China'), place('Jilin Province')],
      ['located_in Yanji -> Jilin Province [located-in-preposition-possessive]', 'located_in Jilin Province -> China [located-in-possessive]']],
    ['A man was shot in Hyesan, Ryanggang Province, in the northern region of North Korea.', [place('Hyesan'), place('Ryanggang Province'), place('North Korea')],
      ['located_in Hyesan -> Ryanggang Province [located-in-comma-province]', 'located_in Ryanggang Province -> North Korea [located-in-preposition]']],
    ['Kumsong Village in the heart of Samsu County grows hemp.', [place('Kumsong Village', 'village'), place('Samsu County')],
      ['located_in Kumsong Village -> Samsu County [located-in-preposition]']],
    ['The photo shows the Taesong District of downtown Pyongyang.', [place('Taesong District', 'district'), place('Pyongyang')],
      ['located_in Taesong District -> Pyongyang [located-in-preposition]']],
    ['A woman came from Onsong County [in North Hamgyong Province] to sell goods.', [place('Onsong County'), place('North Hamgyong Province')],
      ['located_in Onsong County -> North Hamgyong Province [located-in-parenthesis]']],
    ["Crowds gathered at the bridge to Dandong, China's largest border city.", [place('Dandong'), place('China')],
      ['located_in Dandong -> China [located-in-comma]']],
    ['Defectors reached Nagoya, Japan, last year.', [place('Nagoya'), place('Japan')],
      ['located_in Nagoya -> Japan [located-in-comma]']],
    ['Hyesan, Samsu County and Kapsan County in Ryanggang Province were searched.', [place('Hyesan'), place('Samsu County'), place('Kapsan County'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]', 'located_in Samsu County -> Ryanggang Province [located-in-preposition]', 'located_in Kapsan County -> Ryanggang Province [located-in-preposition]']],
    ['Border towns of Ryanggang Province such as Hyesan, Taehongdan and Pochon were hit.', [place('Ryanggang Province'), place('Hyesan'), place('Taehongdan', 'county'), place('Pochon', 'county')],
      ['located_in Hyesan -> Ryanggang Province [located-in-container-then-list]', 'located_in Taehongdan -> Ryanggang Province [located-in-container-then-list]', 'located_in Pochon -> Ryanggang Province [located-in-container-then-list]']],
    ["China's border cities, including Dandong and Yanji, tightened checks.", [place('China'), place('Dandong'), place('Yanji')],
      ['located_in Dandong -> China [located-in-container-plural-then-list]', 'located_in Yanji -> China [located-in-container-plural-then-list]']],
    ["Agents in Ryanggang Province searched the province's Samsu County.", [place('Ryanggang Province'), place('Samsu County')],
      ['located_in Samsu County -> Ryanggang Province [located-in-province-anaphora]']],
    ["Police in Hamhung raided homes in the city's Sapo District.", [place('Hamhung'), place('Sapo District', 'district')],
      ['located_in Sapo District -> Hamhung [located-in-city-anaphora]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // the holder's possessive names the place that holds it: not the holder itself
    ["It happened in Chonbong Village, in Ryanggang Province's Samsu County.", [place('Chonbong Village', 'village'), place('Ryanggang Province')]],
    ["Students at North Korea's Pyongyang Elementary School study.", [place('North Korea'), place('Pyongyang')]],
    ['Kumsong Village lies north of Samsu County.', [place('Kumsong Village', 'village'), place('Samsu County')]],
    ['Kumsong Village, in the north, traded with Samsu County.', [place('Kumsong Village', 'village'), place('Samsu County')]],
    ["In Dandong, China's border guards stopped them.", [place('Dandong'), place('China')]],
    ["In Dandong, China's leaders met envoys.", [place('Dandong'), place('China')]],
    ['A woman came from Onsong County [to North Hamgyong Province] to sell goods.', [place('Onsong County'), place('North Hamgyong Province')]],
    // the gazetteer does not put every listed place in the holder, nor the others elsewhere: which one is meant is unclear
    ['Hyesan and Kumsong Village in Ryanggang Province were searched.', [place('Hyesan'), place('Kumsong Village', 'county'), place('Ryanggang Province')]],
    ['Officials of Ryanggang Province such as Hyesan mayors met.', [place('Ryanggang Province'), place('Hyesan')]],
    ['Ryanggang Province and towns such as Hyesan were hit.', [place('Ryanggang Province'), place('Hyesan')]],
    // "the province's" refers to the nearest place before it, and that must be a province
    ["Agents in Hyesan searched the province's Samsu County.", [place('Hyesan'), place('Samsu County')]],
    ["Agents from Ryanggang Province went to Hyesan and the province's Samsu County.", [place('Ryanggang Province'), place('Hyesan'), place('Samsu County')]],
    ["Agents in Ryanggang Province did not search the province's Samsu County.", [place('Ryanggang Province'), place('Samsu County')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('based_in and affiliated_with: descriptors after "-based", an owner by name', () => {
  const must: Case[] = [
    ['Pak Yong, head of Seoul-based rights NGO Free Voices Korea, spoke.', [person('Pak Yong'), place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]', 'based_in Free Voices Korea -> Seoul [based-in-place-based-org]']],
    ['A report by the Seoul-based think tank Korea Policy Forum came out.', [place('Seoul', 'special_city'), org('Korea Policy Forum', 'ngo')],
      ['based_in Korea Policy Forum -> Seoul [based-in-place-based-org]']],
    ["The Forum's Pak Yong, who wrote the report, spoke.", [org('Forum', 'ngo'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Forum [affiliated-outlet-possessive-person]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['A Seoul-based critic of Free Voices Korea spoke.', [place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')]],
    ['The Seoul-based group and Free Voices Korea met.', [place('Seoul', 'special_city'), org('Free Voices Korea', 'ngo')]],
    // a security organ's person by name may be its prisoner
    ["The Ministry of Social Security's Pak Yong was held.", [MOSS(), person('Pak Yong')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('based_in: a state organ right before "in PLACE"; affiliated_with: more roles', () => {
  const must: Case[] = [
    // two provinces: the provincial organ is not placed by the sentence's one province, but "in" right after it places it
    ['A source in Ryanggang Province said the provincial Ministry of State Security in North Hamgyong Province acted.', [place('Ryanggang Province'), MSS(), place('North Hamgyong Province')],
      ['based_in Ministry of State Security -> North Hamgyong Province [based-in-organ-in-place]']],
    ['Agents of State Security in Hyesan questioned her.', [org('State Security', 'security', 'Ministry of State Security'), place('Hyesan')],
      ['based_in State Security -> Hyesan [based-in-organ-in-place]']],
    ['Pak Yong, an activist with Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, an expert at the independent think tank Korea Policy Forum, spoke.', [person('Pak Yong'), org('Korea Policy Forum', 'ngo')],
      ['affiliated_with Pak Yong -> Korea Policy Forum [affiliated-person-role-of-org]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // an outlet or a group a source spoke to is not where it sits
    ['A defector told Free Voices Korea in Seoul about it.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')]],
    ['A source told Daily NK in Hyesan that prices rose.', [org('Daily NK', 'media'), place('Hyesan')]],
    ['State Security moved in and Hyesan went quiet.', [org('State Security', 'security', 'Ministry of State Security'), place('Hyesan')]],
    ['Pak Yong, an activist who sued Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

// Issue #16: organizations named after their seat, and affiliations in the forms the issue lists.
describe('based_in: an organization whose name opens with its seat', () => {
  const must: Case[] = [
    ['Workers at the Hamhung Textile Mill were questioned.', [place('Hamhung'), org('Textile Mill', 'company', 'Hamhung Textile Mill')],
      ['based_in Textile Mill -> Hamhung [based-in-seat-of-named-org]']],
    ['The Ryanggang Province Trade Bureau exported copper.', [place('Ryanggang Province'), org('Trade Bureau', 'company', 'Ryanggang Province Trade Bureau')],
      ['based_in Trade Bureau -> Ryanggang Province [based-in-seat-of-named-org]']],
    ['Free Voices Korea, a human rights group in Hamhung, said so.', [org('Free Voices Korea', 'ngo'), place('Hamhung')],
      ['based_in Free Voices Korea -> Hamhung [based-in-org-apposition-in-place]']],
    ['Free Voices Korea, a think tank based in Hamhung, said so.', [org('Free Voices Korea', 'ngo'), place('Hamhung')],
      ['based_in Free Voices Korea -> Hamhung [based-in-org-apposition-in-place]']],
    // a local unit of a ministry, written after its place: read by the state-organ compound
    ['Hyesan City Security Department agents came.', [place('Hyesan City'), org('Security Department', 'security', 'Ministry of State Security')],
      ['based_in Security Department -> Hyesan City [based-in-place-org-compound]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // outlets and groups: the place is not their seat by name
    ['The Hamhung Daily reported it.', [place('Hamhung'), org('Daily', 'media', 'Hamhung Daily')]],
    ['The Hamhung Rescue Network helped them.', [place('Hamhung'), org('Rescue Network', 'ngo', 'Hamhung Rescue Network')]],
    // not side by side
    ['In Hamhung, the Textile Mill closed.', [place('Hamhung'), org('Textile Mill', 'company', 'Hamhung Textile Mill')]],
    // the apposition says something other than what the organization is
    ['Free Voices Korea, a group of defectors in Hamhung, said so.', [org('Free Voices Korea', 'ngo'), place('Hamhung')]],
    ['Free Voices Korea, a critic of arrests in Hamhung, said so.', [org('Free Voices Korea', 'ngo'), place('Hamhung')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('affiliated_with: joined roles, a field before the role, "from", a seat before the organization', () => {
  const must: Case[] = [
    ['Pak Yong, the founder and president of Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a North Korea expert at the Tanbong Institute, spoke.', [person('Pak Yong'), place('North Korea'), org('Tanbong Institute', 'state')],
      ['affiliated_with Pak Yong -> Tanbong Institute [affiliated-person-role-of-org]']],
    ['Pak Yong from Free Voices Korea said the camps were full.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-from-org]']],
    ['Pak Yong, manager of the Hamhung Textile Mill, was executed.', [person('Pak Yong'), place('Hamhung'), org('Textile Mill', 'company', 'Hamhung Textile Mill')],
      ['affiliated_with Pak Yong -> Textile Mill [affiliated-person-role-of-org]', 'based_in Textile Mill -> Hamhung [based-in-seat-of-named-org]']],
    ['Pak Yong of the Hamhung Textile Mill was executed.', [person('Pak Yong'), place('Hamhung'), org('Textile Mill', 'company', 'Hamhung Textile Mill')],
      ['affiliated_with Pak Yong -> Textile Mill [affiliated-person-of-org]', 'based_in Textile Mill -> Hamhung [based-in-seat-of-named-org]']],
    ["Pak Yong, a researcher at China's Tanbong Institute, spoke.", [person('Pak Yong'), place('China'), org('Tanbong Institute', 'state')],
      ['affiliated_with Pak Yong -> Tanbong Institute [affiliated-person-role-of-org]', 'based_in Tanbong Institute -> China [based-in-place-possessive-org]']],
    ['Pak Yong, who now works for Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['The report by Free Voices Korea, co-founded by Canadian researcher Pak Yong, came out.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-founded-by-person]']],
    ['Free Voices Korea, which is headed by Pak Yong, helped them.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-founded-by-person]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // "from" a security organ: who was taken from it, not its member
    ['Pak Yong was taken from the Ministry of State Security to a camp.', [person('Pak Yong'), MSS()]],
    ['Pak Yong from the Ministry of State Security said nothing.', [person('Pak Yong'), MSS()]],
    // "from" without a clause of saying after the organization
    ['Pak Yong from Free Voices Korea fled to China.', [person('Pak Yong'), org('Free Voices Korea', 'ngo'), place('China')]],
    // a place not opening the organization's name
    ['Pak Yong, a researcher at Hamhung, met Free Voices Korea.', [person('Pak Yong'), place('Hamhung'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong, the critic and foe of Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    // the possessive place must own the organization, right before it
    ["Pak Yong, a researcher at China's border, met Free Voices Korea.", [person('Pak Yong'), place('China'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong, who now criticizes Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ['Free Voices Korea was not founded by Pak Yong.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')]],
    ['The Ministry of State Security arrested the group headed by Pak Yong.', [MSS(), person('Pak Yong')]],
    ['Free Voices Korea, founded by defectors, and Pak Yong met.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

// Issue #16, real reporting: the forms the issue names, in the shapes the press writes them.
describe('affiliated_with: appositions opened by a dash, a seat before the role, a unit, what the person is besides', () => {
  const FVK = () => org('Free Voices Korea', 'ngo');
  const must: Case[] = [
    ['Pak Yong - a researcher at Free Voices Korea - spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, the Osaka-based editor of Asia Press, spoke.', [person('Pak Yong'), place('Osaka', 'city'), org('Asia Press', 'media')],
      ['affiliated_with Pak Yong -> Asia Press [affiliated-person-role-of-org]']],
    ['Pak Yong, chief of the Hyesan branch of the Ministry of State Security, was shot.', [person('Pak Yong'), place('Hyesan'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]', 'based_in Ministry of State Security -> Hyesan [based-in-place-unit-of-org]']],
    ['Pak Yong, a defector who now works for Free Voices Korea, spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a North Korean defector who heads Free Voices Korea, spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a defector and researcher at Free Voices Korea, spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, who is also chairman of Free Voices Korea, spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, who previously served as a researcher at Free Voices Korea, spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, head of the North Korea team at Free Voices Korea, spoke.', [person('Pak Yong'), place('North Korea'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, director of research at Free Voices Korea, spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, editor-in-chief of Free Voices Korea, spoke.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a former soldier in the Korean People\'s Army, spoke.', [person('Pak Yong'), org("Korean People's Army", 'military')],
      ["affiliated_with Pak Yong -> Korean People's Army [affiliated-person-role-of-org]"]],
    ['A spokesperson for Free Voices Korea, Pak Yong, said the camps were full.', [FVK(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-role-of-org-apposition]']],
    ["Free Voices Korea's senior North Korea researcher Pak Yong spoke.", [FVK(), place('North Korea'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-role-person]']],
    ["NK News' Pak Yong reported it.", [org('NK News', 'media'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> NK News [affiliated-outlet-possessive-person]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Pak Yong - a critic of Free Voices Korea - spoke.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, the Osaka-based critic of Asia Press, spoke.', [person('Pak Yong'), place('Osaka', 'city'), org('Asia Press', 'media')]],
    ['Pak Yong, a defector who fled with help from Free Voices Korea, spoke.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, a defector who sued Free Voices Korea, spoke.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, a defector and critic of Free Voices Korea, spoke.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, who is also a critic of Free Voices Korea, spoke.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, who previously served as a guide for Free Voices Korea, spoke.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, head of the North Korea team, met Free Voices Korea.', [person('Pak Yong'), place('North Korea'), FVK()]],
    // with "a", only an apposition closed: opening the sentence, or followed by the verb of saying
    ['According to an official at Free Voices Korea, Pak Yong was held.', [FVK(), person('Pak Yong')]],
    ['Police said an official at Free Voices Korea, Pak Yong, 45, was held.', [FVK(), person('Pak Yong')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('located_in: the holder naming the kind of place, an apposition then the holder\'s possessive', () => {
  const must: Case[] = [
    ['Raids hit the Ryanggang Province city of Hyesan.', [place('Ryanggang Province'), place('Hyesan')],
      ['located_in Hyesan -> Ryanggang Province [located-in-holder-place-noun-of]']],
    ['Raids hit the Hyesan City of Ryanggang Province.', [place('Hyesan City'), place('Ryanggang Province')],
      ['located_in Hyesan City -> Ryanggang Province [located-in-preposition]']],
    ["Brokers met in Shenyang, the capital of China's Liaoning Province.", [place('Shenyang', 'city'), place('China'), place('Liaoning Province', 'province')],
      ['located_in Shenyang -> Liaoning Province [located-in-preposition-possessive]', 'located_in Liaoning Province -> China [located-in-possessive]']],
    ["Brokers met in Yanji, a city in China's Jilin Province.", [place('Yanji'), place('China'), place('Jilin Province')],
      ['located_in Yanji -> Jilin Province [located-in-preposition-possessive]', 'located_in Jilin Province -> China [located-in-possessive]']],
    ["Many defectors live in China's northeastern Jilin Province.", [place('China'), place('Jilin Province')],
      ['located_in Jilin Province -> China [located-in-possessive]']],
    ["The market opened in North Korea's third-largest city, Hamhung.", [place('North Korea'), place('Hamhung')],
      ['located_in Hamhung -> North Korea [located-in-possessive]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Police in Ryanggang Province and the city of Hyesan acted.', [place('Ryanggang Province'), place('Hyesan')]],
    ['Raids hit Ryanggang Province, a city of Hyesan traders.', [place('Ryanggang Province'), place('Hyesan')]],
    ['Brokers met in Shenyang, a rival of Liaoning Province.', [place('Shenyang', 'city'), place('Liaoning Province', 'province')]],
    ["North Korea's border guards, Hamhung traders said, were paid.", [place('North Korea'), place('Hamhung')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('based_in: a city before the country of "-based", a state organ "of" a place, institutions "in" a place', () => {
  const must: Case[] = [
    ['The Tokyo, Japan-based group Life Funds helped them.', [place('Tokyo', 'city'), place('Japan'), org('Life Funds', 'ngo')],
      ['located_in Tokyo -> Japan [located-in-comma]', 'based_in Life Funds -> Tokyo [based-in-place-country-based-org]']],
    ['The State Security Department of Ryanggang Province acted.', [org('State Security Department', 'security', 'Ministry of State Security'), place('Ryanggang Province')],
      ['based_in State Security Department -> Ryanggang Province [based-in-organ-of-place]']],
    ['He studied at Kim Il Sung University in Pyongyang.', [org('Kim Il Sung University', 'state'), place('Pyongyang')],
      ['based_in Kim Il Sung University -> Pyongyang [based-in-institution-in-place]']],
    ["North Korea's state media KCNA reported it.", [place('North Korea'), org('KCNA', 'media')],
      ['based_in KCNA -> North Korea [based-in-place-possessive-described-org]']],
    ["South Korea's main spy agency, the National Intelligence Service, said so.", [place('South Korea', 'country'), org('National Intelligence Service', 'security')],
      ['based_in National Intelligence Service -> South Korea [based-in-place-possessive-described-org-apposition]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['From Tokyo, Japan-based critics of Life Funds spoke.', [place('Tokyo', 'city'), org('Life Funds', 'ngo')]],
    // outlets and civic groups "of" or "in" a place: a name, or where a source spoke to them
    ['Free Voices Korea of Hamhung helped them.', [org('Free Voices Korea', 'ngo'), place('Hamhung')]],
    ['A defector told Free Voices Korea in Seoul about it.', [org('Free Voices Korea', 'ngo'), place('Seoul', 'special_city')]],
    // the place owns what follows
    ["The Ministry of State Security of Ryanggang Province's Hyesan acted.", [MSS(), place('Ryanggang Province')]],
    ["South Korea's border, the Free Voices Korea office said, is closed.", [place('South Korea', 'country'), org('Free Voices Korea', 'ngo')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('quantity_of and penalty_for: a drug in single quotes, "worth of", what violators face under a law', () => {
  const must: Case[] = [
    ["Police found 3 kilograms of so-called 'ice' in the car.", [quantity('3 kilograms'), drug('ice')],
      ['quantity_of 3 kilograms -> ice [quantity-of]']],
    ['They sold 2 kg worth of meth.', [quantity('2 kg'), drug('meth')],
      ['quantity_of 2 kg -> meth [quantity-of]']],
    ['Under the National Security Act, violators face up to seven years in prison.', [law('National Security Act'), penalty('seven years in prison')],
      ['penalty_for National Security Act -> seven years in prison [penalty-law-sets]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ["Police found 3 kilograms of rice and 'ice' in the car.", [quantity('3 kilograms'), drug('ice')]],
    ['Under the National Security Act, violators no longer face seven years in prison.', [law('National Security Act'), penalty('seven years in prison')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('located_in, based_in, affiliated_with, quantity_of: lists "both in", declaratives, closed appositions, amounts in parentheses', () => {
  const must: Case[] = [
    ['Arrests hit Hoeryong and Musan County, both in North Hamgyong Province.', [place('Hoeryong'), place('Musan County'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-list-all-in]', 'located_in Musan County -> North Hamgyong Province [located-in-list-all-in]']],
    ['Hyesan, capital of Ryanggang Province, is cold.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ['Hyesan is located in northern Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ['Hyesan is a border city in Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ["KCNA, North Korea's state-run news agency, reported it.", [org('KCNA', 'media'), place('North Korea')],
      ['based_in KCNA -> North Korea [based-in-org-apposition-place-possessive]']],
    ['Pak Yong, an official with the South Korean Ministry of Unification, spoke.', [person('Pak Yong'), org('Ministry of Unification', 'state')],
      ['affiliated_with Pak Yong -> Ministry of Unification [affiliated-person-role-of-org]']],
    ['Pak Yong, a North Korean studies professor at Tanbong University, spoke.', [person('Pak Yong'), org('Tanbong University', 'state')],
      ['affiliated_with Pak Yong -> Tanbong University [affiliated-person-role-of-org]']],
    ['Pak Yong, a former Ministry of State Security agent who defected, spoke.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-comma-org-role]']],
    ['Police seized methamphetamine (about 3 kilograms) at the border.', [drug('methamphetamine'), quantity('3 kilograms')],
      ['quantity_of 3 kilograms -> methamphetamine [quantity-in-parenthesis]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Hoeryong and Musan County, both near North Hamgyong Province, grew.', [place('Hoeryong'), place('Musan County'), place('North Hamgyong Province')]],
    // the person from the place is there, not the place
    ['A trader from Hyesan was in Pyongyang.', [place('Hyesan'), place('Pyongyang')]],
    ['Hyesan is not located in North Hamgyong Province.', [place('Hyesan'), place('North Hamgyong Province')]],
    ["KCNA, North Korea's mouthpiece, reported it.", [org('KCNA', 'media'), place('North Korea')]],
    ["Pak Yong, North Korea's news agency chief, spoke.", [person('Pak Yong'), place('North Korea')]],
    ['Police seized methamphetamine (and 3 kilograms of rice) at the border.', [drug('methamphetamine'), quantity('3 kilograms')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('based_in: one organization named twice is an apposition, not a list', () => {
  const must: Case[] = [
    ["North Korea's secret police, the Ministry of State Security, acted.", [place('North Korea'), org('secret police', 'security', 'Ministry of State Security'), MSS()],
      ['based_in secret police -> North Korea [based-in-place-possessive-org]']],
    ["North Korea's rubber-stamp parliament, the Supreme People's Assembly, passed it.", [place('North Korea'), org("Supreme People's Assembly", 'state')],
      ["based_in Supreme People's Assembly -> North Korea [based-in-place-possessive-described-org-apposition]"]],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // two organizations: a list, and which one the possessive owns is not said
    ["North Korea's Ministry of Social Security, the Ministry of State Security and the courts acted.", [place('North Korea'), MOSS(), MSS()]],
    ["North Korea's critics, the Supreme People's Assembly said, lie.", [place('North Korea'), org("Supreme People's Assembly", 'state')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('quantity_of and affiliated_with: what the drug is called, how its weight is told, adverbs and plurals around the role', () => {
  const must: Case[] = [
    ['Police seized 1.5 tons of the stimulant methamphetamine.', [quantity('1.5 tons'), drug('methamphetamine')],
      ['quantity_of 1.5 tons -> methamphetamine [quantity-of]']],
    ['Police seized 40 kg of the highly addictive drug meth.', [quantity('40 kg'), drug('meth')],
      ['quantity_of 40 kg -> meth [quantity-of]']],
    ['They smuggled 30 kilograms of North Korean-produced meth.', [quantity('30 kilograms'), drug('meth')],
      ['quantity_of 30 kilograms -> meth [quantity-of]']],
    ['The meth, which weighed 3 kg, was hidden.', [drug('meth'), quantity('3 kg')],
      ['quantity_of 3 kg -> meth [quantity-weighing]']],
    ['Police seized meth weighing a total of 2 kilograms.', [drug('meth'), quantity('2 kilograms')],
      ['quantity_of 2 kilograms -> meth [quantity-weighing]']],
    ['The seized meth amounted to 2 kilograms.', [drug('meth'), quantity('2 kilograms')],
      ['quantity_of 2 kilograms -> meth [quantity-weighing]']],
    ['Pak Yong, now a researcher at Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a researcher for North Korea at Free Voices Korea, spoke.', [person('Pak Yong'), place('North Korea'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, 45, a former officer of the Ministry of State Security, spoke.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    ['Pak Yong, 45, a former Ministry of State Security agent, spoke.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-comma-org-role]']],
    ['Daily NK reporters Pak Yong and Kim Chol wrote it.', [org('Daily NK', 'media'), person('Pak Yong'), person('Kim Chol')],
      ['affiliated_with Pak Yong -> Daily NK [affiliated-org-roles-persons]', 'affiliated_with Kim Chol -> Daily NK [affiliated-org-roles-persons]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Police seized 40 kg of the rice and meth.', [quantity('40 kg'), drug('meth')]],
    ['The meth, which cost 3 kg of rice, was hidden.', [drug('meth'), quantity('3 kg')]],
    ['Pak Yong, now a critic of Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ['Daily NK readers Pak Yong and Kim Chol wrote in.', [org('Daily NK', 'media'), person('Pak Yong'), person('Kim Chol')]],
    ['Pak Yong, 45, a critic of Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong, 45, and a researcher from Free Voices Korea met.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('based_in: a city and what the organization is, before its name or in a closed apposition', () => {
  const FVK = () => org('Free Voices Korea', 'ngo');
  const must: Case[] = [
    ['The Seoul think tank Free Voices Korea published it.', [place('Seoul', 'special_city'), FVK()],
      ['based_in Free Voices Korea -> Seoul [based-in-city-described-org]']],
    ['A Seoul human rights group, Free Voices Korea, said so.', [place('Seoul', 'special_city'), FVK()],
      ['based_in Free Voices Korea -> Seoul [based-in-city-described-org]']],
    ['Free Voices Korea, a Seoul human rights group, said so.', [FVK(), place('Seoul', 'special_city')],
      ['based_in Free Voices Korea -> Seoul [based-in-org-apposition-city-described]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // a country before the words names the group's subject
    ['A North Korea human rights group, Free Voices Korea, said so.', [place('North Korea'), FVK()]],
    ['In Seoul, human rights group Free Voices Korea said so.', [place('Seoul', 'special_city'), FVK()]],
    ['Free Voices Korea, a Seoul critic, said so.', [FVK(), place('Seoul', 'special_city')]],
    ['Free Voices Korea, a Seoul human rights group member, said so.', [FVK(), place('Seoul', 'special_city')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('penalty_for: the law first, then the verb that gives or threatens the penalty', () => {
  const must: Case[] = [
    ['Under Article 208 of the Criminal Code, the court sentenced him to 15 years of reform through labor.', [law('Article 208'), law('Criminal Code'), penalty('15 years of reform through labor')],
      ['penalty_for Article 208 -> 15 years of reform through labor [penalty-law-sets]', 'penalty_for Criminal Code -> 15 years of reform through labor [penalty-law-sets]']],
    ['Citing Article 60, the court sentenced him to death.', [law('Article 60'), penalty('death')],
      ['penalty_for Article 60 -> death [penalty-law-sets]']],
    ['According to Article 208, dealers can receive up to 15 years of reform through labor.', [law('Article 208'), penalty('15 years of reform through labor')],
      ['penalty_for Article 208 -> 15 years of reform through labor [penalty-law-sets]']],
    ['The Law on Rejecting Reactionary Ideology and Culture calls for up to 15 years of reform through labor.', [law('Law on Rejecting Reactionary Ideology and Culture'), penalty('15 years of reform through labor')],
      ['penalty_for Law on Rejecting Reactionary Ideology and Culture -> 15 years of reform through labor [penalty-law-sets]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Article 208 allows death, yet the court sentenced him to 10 years of reform through labor.', [law('Article 208'), penalty('10 years of reform through labor')]],
    ['Article 60 was repealed, so the court did not sentence him to death.', [law('Article 60'), penalty('death')]],
    ['He was charged under Article 60 but the court sentenced him to death.', [law('Article 60'), penalty('death')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('affiliated_with: two roles before the name, "ORG, whose ROLE PERSON"', () => {
  const FVK = () => org('Free Voices Korea', 'ngo');
  const must: Case[] = [
    ['Free Voices Korea founder and director Pak Yong spoke.', [FVK(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-role-person]']],
    ['Free Voices Korea, whose director Pak Yong spoke, helped them.', [FVK(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-role-person]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['Free Voices Korea founder and critic Pak Yong spoke.', [FVK(), person('Pak Yong')]],
    ['Free Voices Korea, whose critics include Pak Yong, spoke.', [FVK(), person('Pak Yong')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('located_in: "the capital\'s" and "the border city\'s" refer back to the city', () => {
  const must: Case[] = [
    ["Police in Pyongyang searched homes in the capital's Moranbong District.", [place('Pyongyang'), place('Moranbong District', 'district')],
      ['located_in Moranbong District -> Pyongyang [located-in-capital-anaphora]']],
    ["Traders in Hyesan said the border city's Wiyon District was raided.", [place('Hyesan'), place('Wiyon District', 'district')],
      ['located_in Wiyon District -> Hyesan [located-in-city-anaphora]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // the nearest place before is a province: "the capital's" is not it
    ["Traders in Ryanggang Province said the capital's Moranbong District was raided.", [place('Ryanggang Province'), place('Moranbong District', 'district')]],
    ["Traders in Hyesan said the capital's police did not raid Wiyon District.", [place('Hyesan'), place('Wiyon District', 'district')]],
    // "the capital" after a provincial city is Pyongyang, not named
    ["Traders in Hyesan said the capital's Moranbong District was raided.", [place('Hyesan'), place('Moranbong District', 'district')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, seventh batch: the press forms its misses name', () => {
  const FVK = () => org('Free Voices Korea', 'ngo');
  const MSS_SHORT = () => org('MSS', 'security', 'Ministry of State Security');
  const TPA = () => org("Tanbong People's Army", 'military');
  const must: Case[] = [
    // affiliated_with: the role closed by the sentence's period; the role's field; the place of the post
    ['The report was presented by Free Voices Korea Deputy Asia Director, Pak Yong.', [FVK(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-role-comma-person]']],
    ["Pak Yong, Free Voices Korea's Director of Campaigns, said so.", [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-comma-org-role]']],
    ["Pak Yong, Free Voices Korea's East Asia researcher, said so.", [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-comma-org-role]']],
    ['Pak Yong, an MSS agent in Hyesan, was arrested.', [person('Pak Yong'), MSS_SHORT(), place('Hyesan')],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-comma-org-role]']],
    ["Pak Yong, Daily NK's Hyesan correspondent, said so.", [person('Pak Yong'), org('Daily NK', 'media'), place('Hyesan')],
      ['affiliated_with Pak Yong -> Daily NK [affiliated-person-comma-org-role]']],
    ['Pak Yong, a former MSS officer now living in Seoul, said so.', [person('Pak Yong'), MSS_SHORT(), place('Seoul', 'special_city')],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-comma-org-role]']],
    ['Pak Yong, an MSS agent until 2010, defected.', [person('Pak Yong'), MSS_SHORT(), date('2010')],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-comma-org-role]']],
    ['Pak Yong, then an MSS officer, was arrested.', [person('Pak Yong'), MSS_SHORT()],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-comma-org-role]']],
    // a clause of the person's own names the role
    ['Pak Yong, who worked as an MSS agent in Hyesan, defected.', [person('Pak Yong'), MSS_SHORT(), place('Hyesan')],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-who-org-role]']],
    ['Pak Yong, who was a Ministry of State Security officer until 2010, defected.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-who-org-role]']],
    ['Pak Yong, who had been an MSS agent, defected.', [person('Pak Yong'), MSS_SHORT()],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-who-org-role]']],
    ['Pak Yong, a defector who had worked as an MSS agent, said so.', [person('Pak Yong'), MSS_SHORT()],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-who-org-role]']],
    ['Pak Yong, who has worked as a researcher at Free Voices Korea, said so.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a former North Korean soldier who served in the Tanbong People\'s Army, said so.', [person('Pak Yong'), TPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-role-of-org]"]],
    ['Pak Yong, who heads the North Korea program at Free Voices Korea, said so.', [person('Pak Yong'), place('North Korea'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Yoon Chol, who sits on the Tanbong Assembly Unification Committee, said so.', [person('Yoon Chol'), org('Tanbong Assembly Unification Committee', 'state')],
      ['affiliated_with Yoon Chol -> Tanbong Assembly Unification Committee [affiliated-person-role-of-org]']],
    ["Pak Yong, who was in charge of the Ministry of State Security's investigations, fled.", [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    ['The head of the MSS in Hyesan, Pak Yong, was arrested.', [MSS_SHORT(), place('Hyesan'), person('Pak Yong')],
      ['based_in MSS -> Hyesan [based-in-org-in-place]', 'affiliated_with Pak Yong -> MSS [affiliated-role-of-org-apposition]']],
    // unclosed, the person begins a clause: the unit is still where it is
    ['The head of the MSS in Hyesan, Pak Yong said, was arrested.', [MSS_SHORT(), place('Hyesan'), person('Pak Yong')],
      ['based_in MSS -> Hyesan [based-in-org-in-place]']],
    ['The order came from the MSS chief in Hyesan, Pak Yong.', [MSS_SHORT(), place('Hyesan'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> MSS [affiliated-org-role-comma-person]']],
    ['A senior MSS official surnamed Pak was arrested.', [MSS_SHORT(), person('Pak')],
      ['affiliated_with Pak -> MSS [affiliated-org-role-person]']],
    ['An MSS official identified as Pak Yong was arrested.', [MSS_SHORT(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> MSS [affiliated-org-role-person]']],
    // joining the organization
    ['Hyon Ju Song was born in Kanggye, Chagang Province in 1962 and enlisted in Unit 974 after school.',
      [person('Hyon Ju Song'), place('Kanggye', 'city'), place('Chagang Province', 'province'), date('1962'), org('Unit 974', 'military')],
      ['affiliated_with Hyon Ju Song -> Unit 974 [affiliated-person-joined-org]', 'located_in Kanggye -> Chagang Province [located-in-comma-province]']],
    ["Pak Yong, who joined the Tanbong People's Army in 1990, defected.", [person('Pak Yong'), TPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-joined-org]"]],
    ["Pak Yong was drafted into the Tanbong People's Army at 17.", [person('Pak Yong'), TPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-joined-org]"]],
    // a city and its country before "-based", and a place naming the field, around "representing"
    ['Pak Yong, a North Korea expert representing the Osaka, Japan-based Tanbong Press, told reporters.',
      [person('Pak Yong'), place('North Korea'), place('Osaka', 'city'), place('Japan'), org('Tanbong Press', 'media')],
      ['affiliated_with Pak Yong -> Tanbong Press [affiliated-person-role-of-org]', 'located_in Osaka -> Japan [located-in-comma]',
        'based_in Tanbong Press -> Osaka [based-in-place-country-based-org]']],
    ['Pak Yong, a North Korea expert criticizing the Osaka, Japan-based Tanbong Press, spoke.',
      [person('Pak Yong'), place('North Korea'), place('Osaka', 'city'), place('Japan'), org('Tanbong Press', 'media')],
      ['located_in Osaka -> Japan [located-in-comma]', 'based_in Tanbong Press -> Osaka [based-in-place-country-based-org]']],
    // based_in: a law firm; the possessive place before an organization named after its seat
    ['Tanbong Rights, a human rights law firm in The Hague, said so.', [org('Tanbong Rights', 'ngo'), place('The Hague', 'city')],
      ['based_in Tanbong Rights -> The Hague [based-in-org-apposition-in-place]']],
    ['The 25th Brigade, which manages security on the Sino-North Korean border in Ryanggang Province, acted.', [org('25th Brigade', 'military'), place('Ryanggang Province')],
      ['based_in 25th Brigade -> Ryanggang Province [based-in-unit-duty-in-place]']],
    ['The 12th Corps, which guards the border with China in Ryanggang Province, acted.', [org('12th Corps', 'military'), place('China'), place('Ryanggang Province')],
      ['based_in 12th Corps -> Ryanggang Province [based-in-unit-duty-in-place]']],
    ['Soldiers of the 12th Corps stationed in Hyesan were arrested.', [org('12th Corps', 'military'), place('Hyesan')],
      ['based_in 12th Corps -> Hyesan [based-in-org-based-in-place]']],
    ['Tanbong News, a specialist website based in Seoul, said so.', [org('Tanbong News', 'media'), place('Seoul', 'special_city')],
      ['based_in Tanbong News -> Seoul [based-in-org-apposition-in-place]']],
    ['Free Voices Korea has an office in Seoul.', [FVK(), place('Seoul', 'special_city')],
      ['based_in Free Voices Korea -> Seoul [based-in-org-based-in-place]']],
    ['The Ministry of State Security opened a branch in Hyesan.', [MSS(), place('Hyesan')],
      ['based_in Ministry of State Security -> Hyesan [based-in-org-based-in-place]']],
    ["Sources in Hyesan said the city's Ministry of State Security made arrests.", [place('Hyesan'), MSS()],
      ['based_in Ministry of State Security -> Hyesan [based-in-city-org]']],
    ["Students at North Korea's Pyongyang Elementary School take lessons.",
      [place('North Korea'), place('Pyongyang'), org('Elementary School', 'state', 'Pyongyang Elementary School')],
      ['based_in Elementary School -> North Korea [based-in-possessive-place-seat-named-org]', 'based_in Elementary School -> Pyongyang [based-in-place-org-compound]']],
    // an outlet keeps the place in its name: the place is the country's, the outlet is not placed
    ["North Korea's Pyongyang Times reported it.", [place('North Korea'), place('Pyongyang'), org('Times', 'media', 'Pyongyang Times')],
      ['located_in Pyongyang -> North Korea [located-in-possessive]']],
    // located_in: a direction before the holder's owner; a comma before it; a part of the holder
    ["Smugglers in Linjiang in northeastern China's Jilin Province were caught.", [place('Linjiang', 'city'), place('China'), place('Jilin Province')],
      ['located_in Linjiang -> Jilin Province [located-in-preposition-possessive]', 'located_in Jilin Province -> China [located-in-possessive]']],
    ["Smugglers in Linjiang, China's Jilin Province, were caught.", [place('Linjiang', 'city'), place('China'), place('Jilin Province')],
      ['located_in Linjiang -> Jilin Province [located-in-comma-possessive]', 'located_in Jilin Province -> China [located-in-possessive]']],
    ["In Hyesan, China's Jilin Province is in view.", [place('Hyesan'), place('China'), place('Jilin Province')],
      ['located_in Jilin Province -> China [located-in-possessive]']],
    ["Smugglers in Yanji in China's northeast were caught.", [place('Yanji'), place('China')],
      ['located_in Yanji -> China [located-in-preposition-holder-part]']],
    ['The execution took place in Hyesan, the capital city of Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ['He lived in Hoeryong, a city near the Chinese border in North Hamgyong Province.', [place('Hoeryong'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-preposition]']],
    ['He lived in Hoeryong, a city on the border with China in North Hamgyong Province.', [place('Hoeryong'), place('China'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-preposition]']],
    ['Musan County, located on the Tumen River in North Hamgyong Province, grew.', [place('Musan County'), place('Tumen River', 'river'), place('North Hamgyong Province')],
      ['located_in Musan County -> North Hamgyong Province [located-in-preposition]', 'located_in Tumen River -> North Hamgyong Province [located-in-preposition]']],
    // the river, unknown to this test world, is a stretch of it in the province
    ["Dandong, a city on the Yalu River in China's Jilin Province, is busy.", [place('Dandong'), place('Yalu River', 'river'), place('China'), place('Jilin Province')],
      ['located_in Dandong -> Jilin Province [located-in-preposition-possessive]', 'located_in Yalu River -> Jilin Province [located-in-preposition-possessive]', 'located_in Jilin Province -> China [located-in-possessive]']],
    ['Onsong County, one of the counties of North Hamgyong Province, saw arrests.', [place('Onsong County'), place('North Hamgyong Province')],
      ['located_in Onsong County -> North Hamgyong Province [located-in-preposition]']],
    ['Hyesan and other cities in Ryanggang Province saw arrests.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    // the holder, then the places of it the sentence singles out
    ['Arrests rose in North Hamgyong Province, including Hoeryong and Onsong County.', [place('North Hamgyong Province'), place('Hoeryong'), place('Onsong County')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-holder-then-examples]', 'located_in Onsong County -> North Hamgyong Province [located-in-holder-then-examples]']],
    ['Arrests rose in Ryanggang Province, particularly in Hyesan.', [place('Ryanggang Province'), place('Hyesan')],
      ['located_in Hyesan -> Ryanggang Province [located-in-holder-then-examples]']],
    // a list and its province after a comma, when the gazetteer puts every place there
    ['Arrests hit Hoeryong and Onsong County, North Hamgyong Province, last month.', [place('Hoeryong'), place('Onsong County'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-comma-province]', 'located_in Onsong County -> North Hamgyong Province [located-in-comma-province]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    ['After questioning a Free Voices Korea director, Pak Yong confessed.', [FVK(), person('Pak Yong')]],
    ["According to Pak Yong, Free Voices Korea's director of campaigns resigned.", [person('Pak Yong'), FVK()]],
    ['According to Pak Yong, an MSS agent in Hyesan took bribes.', [person('Pak Yong'), MSS_SHORT(), place('Hyesan')]],
    ['According to Pak Yong, an MSS agent now takes bribes.', [person('Pak Yong'), MSS_SHORT()]],
    ['According to Pak Yong, an MSS agent living in Hyesan took bribes.', [person('Pak Yong'), MSS_SHORT(), place('Hyesan')]],
    ['According to Pak Yong, an MSS agent in 2010 took bribes.', [person('Pak Yong'), MSS_SHORT(), date('2010')]],
    ["Pak Yong, Daily NK's Hyesan source, said so.", [person('Pak Yong'), org('Daily NK', 'media'), place('Hyesan')]],
    ['Pak Yong, then an MSS target, was arrested.', [person('Pak Yong'), MSS_SHORT()]],
    ['Pak Yong, who was an MSS target, fled.', [person('Pak Yong'), MSS_SHORT()]],
    ['Pak Yong, who never worked as an MSS agent, fled.', [person('Pak Yong'), MSS_SHORT()]],
    ['Pak Yong, who met an MSS agent, fled.', [person('Pak Yong'), MSS_SHORT()]],
    ['Pak Yong, who has never worked at Free Voices Korea, said so.', [person('Pak Yong'), FVK()]],
    ["Pak Yong, a former soldier who fled the Tanbong People's Army, said so.", [person('Pak Yong'), TPA()]],
    ['Pak Yong, who heads the North Korea program, criticized Free Voices Korea.', [person('Pak Yong'), place('North Korea'), FVK()]],
    ['An MSS official arrested Pak Yong.', [MSS_SHORT(), person('Pak Yong')]],
    ['Pak Yong, who was put in charge of finding Free Voices Korea, fled.', [person('Pak Yong'), FVK()]],
    ['After questioning the MSS chief in Hyesan, Pak Yong confessed.', [MSS_SHORT(), place('Hyesan'), person('Pak Yong')]],
    ['Yoon Chol, who sits near the Tanbong Assembly Unification Committee, said so.', [person('Yoon Chol'), org('Tanbong Assembly Unification Committee', 'state')]],
    ["Pak Yong's son joined the Tanbong People's Army.", [person('Pak Yong'), TPA()]],
    ["Pak Yong said his son joined the Tanbong People's Army.", [person('Pak Yong'), TPA()]],
    ["Pak Yong denied he joined the Tanbong People's Army.", [person('Pak Yong'), TPA()]],
    ["Pak Yong never joined the Tanbong People's Army.", [person('Pak Yong'), TPA()]],
    ["Pak Yong fled after soldiers joined the Tanbong People's Army.", [person('Pak Yong'), TPA()]],
    ['Pak Yong, who had an MSS agent as a friend, fled.', [person('Pak Yong'), MSS_SHORT()]],
    ["Pak Yong joined Free Voices Korea's campaign last year.", [person('Pak Yong'), FVK()]],
    ['Pak Yong joined Daily NK reporters at the border.', [person('Pak Yong'), org('Daily NK', 'media')]],
    ['Tanbong Rights, a client of a law firm in The Hague, said so.', [org('Tanbong Rights', 'ngo'), place('The Hague', 'city')]],
    ['Free Voices Korea has no office in Seoul.', [FVK(), place('Seoul', 'special_city')]],
    ['Soldiers of the 12th Corps were sent to Hyesan.', [org('12th Corps', 'military'), place('Hyesan')]],
    ['The 25th Brigade, which arrested smugglers on the border in Ryanggang Province, acted.', [org('25th Brigade', 'military'), place('Ryanggang Province')]],
    ['Free Voices Korea, which monitors the border in Ryanggang Province, said so.', [FVK(), place('Ryanggang Province')]],
    ['Free Voices Korea closed its office in Seoul.', [FVK(), place('Seoul', 'special_city')]],
    ['The Ministry of State Security has agents in Hyesan.', [MSS(), place('Hyesan')]],
    ["Sources in Hyesan and Hamhung said the city's Ministry of State Security made arrests.", [place('Hyesan'), place('Hamhung'), MSS()]],
    // an unclosed apposition: the words are a name the finder missed, the outlet is the one reporting
    ["A director was retired after working with South Korea's National Intelligence Agency, Daily NK has learned.", [place('South Korea', 'country'), org('Daily NK', 'media')]],
    ['Hyesan in China\'s shadow is poor.', [place('Hyesan'), place('China')]],
    ['The execution took place in Hyesan, the capital city near Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')]],
    ['Onsong County, one of the counties near North Hamgyong Province, saw arrests.', [place('Onsong County'), place('North Hamgyong Province')]],
    ['He moved from Hoeryong, a city near the border, to North Hamgyong Province.', [place('Hoeryong'), place('North Hamgyong Province')]],
    ['Musan County, located across the Tumen River from North Hamgyong Province, grew.', [place('Musan County'), place('Tumen River', 'river'), place('North Hamgyong Province')]],
    ['Hyesan and other cities near Ryanggang Province saw arrests.', [place('Hyesan'), place('Ryanggang Province')]],
    ['Arrests rose in Ryanggang Province, including Pyongyang.', [place('Ryanggang Province'), place('Pyongyang')]],
    ['Trade with China, including Chinese firms in Dandong, fell.', [place('China'), place('Dandong')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, eighth session: press forms no development article shows', () => {
  const FVK = () => org('Free Voices Korea', 'ngo');
  const TPA = () => org("Tanbong People's Army", 'military');
  const TWP = () => org("Tanbong Workers' Party", 'party');
  const must: Case[] = [
    // located_in: the holder inside an apposition naming the kind of place
    ['Hyesan, the Ryanggang Province provincial capital, is cold.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-apposition-holder-kind]']],
    ['Police raided Sodu, a Musong Province mining town, last week.', [place('Sodu', 'town'), place('Musong Province', 'province')],
      ['located_in Sodu -> Musong Province [located-in-apposition-holder-kind]']],
    ['Sodu, a small Chinese border town in Musong Province, grew.', [place('Sodu', 'town'), place('Musong Province', 'province')],
      ['located_in Sodu -> Musong Province [located-in-preposition]']],
    // a population between the kind of place and its holder
    ['Hyesan, a city of about 200,000 people in Ryanggang Province, is cold.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ['Hyesan, a city of 1.2 million in Ryanggang Province, is cold.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    // the holder's kind before it
    ['Arrests rose in Sodu in the northern province of Musong.', [place('Sodu', 'town'), place('Musong', 'province')],
      ['located_in Sodu -> Musong [located-in-preposition]']],
    ['Sodu, located in the remote mountainous county of Tanbong, grew.', [place('Sodu', 'town'), place('Tanbong', 'county')],
      ['located_in Sodu -> Tanbong [located-in-preposition]']],
    // on the border, then the holder
    ['Hyesan, on the Chinese border in Ryanggang Province, is cold.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    // the kind of place, then where it is
    ['Sodu, a town located in Musong Province, grew.', [place('Sodu', 'town'), place('Musong Province', 'province')],
      ['located_in Sodu -> Musong Province [located-in-preposition]']],
    ['Sodu, a county in the north of Musong Province, grew.', [place('Sodu', 'county'), place('Musong Province', 'province')],
      ['located_in Sodu -> Musong Province [located-in-preposition]']],
    ['Sodu-dong, a neighborhood in Hyesan, was raided.', [place('Sodu-dong', 'village'), place('Hyesan')],
      ['located_in Sodu-dong -> Hyesan [located-in-preposition]']],
    ["Hoeryong, a city in North Korea's northeast, is cold.", [place('Hoeryong'), place('North Korea')],
      ['located_in Hoeryong -> North Korea [located-in-preposition-holder-part]']],
    // where the place lies from another, then its holder
    ['Sodu County is a remote border county west of Tanbong in Musong Province.', [place('Sodu County', 'county'), place('Tanbong', 'city'), place('Musong Province', 'province')],
      ['located_in Sodu County -> Musong Province [located-in-preposition]', 'located_in Tanbong -> Musong Province [located-in-preposition]']],
    ['Sodu, a town some 20 km north of Tanbong in Musong Province, grew.', [place('Sodu', 'town'), place('Tanbong', 'city'), place('Musong Province', 'province')],
      ['located_in Sodu -> Musong Province [located-in-preposition]', 'located_in Tanbong -> Musong Province [located-in-preposition]']],
    // a part of the holder opening the sentence, the place in a closed apposition
    ['In the northern region of Musong Province, Sodu County, guards shot three people.', [place('Musong Province', 'province'), place('Sodu County', 'county')],
      ['located_in Sodu County -> Musong Province [located-in-fronted-holder-part]']],
    // a list, its kind of place in the plural, then the holder of all
    ['Samsu, Kapsan and Sodu counties in Musong Province were flooded.',
      [place('Samsu', 'county'), place('Kapsan', 'county'), place('Sodu', 'county'), place('Musong Province', 'province')],
      ['located_in Samsu -> Musong Province [located-in-list-plural-in]', 'located_in Kapsan -> Musong Province [located-in-list-plural-in]',
        'located_in Sodu -> Musong Province [located-in-list-plural-in]']],
    // a declarative opening the sentence
    ['Hyesan is in Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-sentence-opening-is-in]']],
    ['The town of Sodu is in northern Musong Province.', [place('Sodu', 'town'), place('Musong Province', 'province')],
      ['located_in Sodu -> Musong Province [located-in-sentence-opening-is-in]']],
    // based_in: a list on one side of "based in", "has offices in"
    ['Daily NK and Free Voices Korea are based in Seoul.', [org('Daily NK', 'media'), FVK(), place('Seoul', 'special_city')],
      ['based_in Daily NK -> Seoul [based-in-org-based-in-place]', 'based_in Free Voices Korea -> Seoul [based-in-org-based-in-place]']],
    ["The Tanbong People's Army unit stationed in Hyesan was moved.", [TPA(), place('Hyesan')],
      ["based_in Tanbong People's Army -> Hyesan [based-in-org-based-in-place]"]],
    ['Free Voices Korea (FVK) is a Seoul-based NGO founded in 2014.', [FVK(), place('Seoul', 'special_city')],
      ['based_in Free Voices Korea -> Seoul [based-in-org-apposition-place-based]']],
    // affiliated_with: a change of post, in a clause of the person's own or declared of the name opening the sentence
    ["Pak Yong was appointed first vice chairman of the Tanbong Workers' Party.", [person('Pak Yong'), TWP()],
      ["affiliated_with Pak Yong -> Tanbong Workers' Party [affiliated-person-declared-role]"]],
    ["In 2010, Pak Yong was named director of the Tanbong Workers' Party.", [date('2010'), person('Pak Yong'), TWP()],
      ["affiliated_with Pak Yong -> Tanbong Workers' Party [affiliated-person-declared-role]"]],
    ["Pak Yong was elected a member of the Politburo of the Tanbong Workers' Party.", [person('Pak Yong'), TWP()],
      ["affiliated_with Pak Yong -> Tanbong Workers' Party [affiliated-person-declared-role]"]],
    ['Pak Yong was dismissed as director of the Ministry of State Security.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-declared-role]']],
    ['Pak Yong, who was removed from his post as director of the Ministry of State Security, was shot.',
      [person('Pak Yong'), penalty('removed from his post'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    ["Pak Yong became a general in the Tanbong People's Army.", [person('Pak Yong'), TPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-declared-role]"]],
    ["Pak Yong served as a colonel in the Tanbong People's Army.", [person('Pak Yong'), TPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-declared-role]"]],
    ['Defector Pak Yong worked for the Ministry of State Security.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-declared-role]']],
    ['He said Pak Yong used to work for Free Voices Korea.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-declared-role]']],
    ['Pak Yong, who spent ten years in the Ministry of State Security, defected.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-spent-years-in-org]']],
    // party organs between the role and the party; the party owned by a place with "the"
    ["Pak Yong, a member of the Central Committee of the Tanbong Workers' Party, spoke.", [person('Pak Yong'), TWP()],
      ["affiliated_with Pak Yong -> Tanbong Workers' Party [affiliated-person-role-of-org]"]],
    ["Pak Yong, a Politburo member of the Tanbong Workers' Party, spoke.", [person('Pak Yong'), TWP()],
      ["affiliated_with Pak Yong -> Tanbong Workers' Party [affiliated-person-role-of-org]"]],
    ["Pak Yong, a senior official in the North's ruling Tanbong Workers' Party, spoke.", [person('Pak Yong'), place('North', 'country'), TWP()],
      ["affiliated_with Pak Yong -> Tanbong Workers' Party [affiliated-person-role-of-org]", "based_in Tanbong Workers' Party -> North [based-in-place-possessive-described-org]"]],
    ["Ri Chol, chief of the general staff of the Tanbong People's Army, was shot.", [person('Ri Chol'), TPA()],
      ["affiliated_with Ri Chol -> Tanbong People's Army [affiliated-person-role-of-org]"]],
    // kin first, then the role
    ["Jang Chol, Pak Yong's uncle and vice chairman of the Tanbong Workers' Party, was shot.", [person('Jang Chol'), person('Pak Yong'), TWP()],
      ["affiliated_with Jang Chol -> Tanbong Workers' Party [affiliated-person-role-of-org]"]],
    // what the person is, then the work
    ['Pak Yong, a North Korean defector who works as a reporter for Daily NK, said so.', [person('Pak Yong'), org('Daily NK', 'media')],
      ['affiliated_with Pak Yong -> Daily NK [affiliated-person-role-of-org]']],
    ['Pak Yong, a defector now working for Free Voices Korea, said so.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, a defector employed by Free Voices Korea, said so.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ["Pak Yong, a former diplomat who is now a lawmaker with the Tanbong Workers' Party, said so.", [person('Pak Yong'), TWP()],
      ["affiliated_with Pak Yong -> Tanbong Workers' Party [affiliated-person-role-of-org]"]],
    ['Pak Yong, a defector and Daily NK reporter, said so.', [person('Pak Yong'), org('Daily NK', 'media')],
      ['affiliated_with Pak Yong -> Daily NK [affiliated-person-comma-org-role]']],
    ["Pak Yong, Tanbong's unification ministry spokesperson, said so.", [person('Pak Yong'), place('Tanbong', 'country'), org('unification ministry', 'state')],
      ['affiliated_with Pak Yong -> unification ministry [affiliated-person-comma-org-role]', 'based_in unification ministry -> Tanbong [based-in-place-possessive-org]']],
    // unclosed, the role begins a clause of its own: the ministry is still the country's
    ["According to Pak Yong, Tanbong's unification ministry spokesperson resigned.", [person('Pak Yong'), place('Tanbong', 'country'), org('unification ministry', 'state')],
      ['based_in unification ministry -> Tanbong [based-in-place-possessive-org]']],
    // the organization after "of" in a closed apposition; after the verb of saying
    ['Pak Yong, of Free Voices Korea, said so.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-comma-of-org]']],
    ['"It is cruel," said Pak Yong at Free Voices Korea.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-said-person-at-org]']],
    ['"It is cruel," said Pak Yong from Free Voices Korea, adding more.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-said-person-at-org]']],
    ["Pak Yong, who had officially held the position of director of the Tanbong People's Army, was shot.", [person('Pak Yong'), TPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-role-of-org]"]],
    ['Pak Yong, who studies North Korea at Free Voices Korea, said so.', [person('Pak Yong'), place('North Korea'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ["Pak Yong, who covers North Korea's economy for Daily NK, said so.", [person('Pak Yong'), place('North Korea'), org('Daily NK', 'media')],
      ['affiliated_with Pak Yong -> Daily NK [affiliated-person-role-of-org]']],
    // roles the press uses
    ['Pak Yong, chief executive of Free Voices Korea, said so.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, the newly appointed director of the Ministry of State Security, spoke.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    ['Pak Yong, a writer for Daily NK, said so.', [person('Pak Yong'), org('Daily NK', 'media')],
      ['affiliated_with Pak Yong -> Daily NK [affiliated-person-role-of-org]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));

  const mustNot: Not[] = [
    // the apposition does not close on a kind of place: the words after the comma begin a clause
    ['In Hyesan, Ryanggang Province officials arrested five.', [place('Hyesan'), place('Ryanggang Province', 'region')]],
    ['From Tanbong, a Sodu city official traveled home.', [place('Tanbong', 'town'), place('Sodu', 'city')]],
    // no population, no holder: "near", "from"
    ['Hyesan, a city of about 200,000 people near Ryanggang Province, is cold.', [place('Hyesan'), place('Ryanggang Province')]],
    ['Sodu, across the border from the northern province of Musong, grew.', [place('Sodu', 'town'), place('Musong', 'province')]],
    // a river or a mountain is not in a city; a list of holders says nothing
    ['The Tanbong River, on the border in Hyesan, froze.', [place('Tanbong River', 'river'), place('Hyesan')]],
    ['Samsu and Kapsan counties in Musong and Tanbong provinces were flooded.',
      [place('Samsu', 'county'), place('Kapsan', 'county'), place('Musong', 'province'), place('Tanbong', 'province')]],
    ['Sodu, a town located near Musong Province, grew.', [place('Sodu', 'town'), place('Musong Province', 'province')]],
    ['Sodu, a county north of Musong Province, grew.', [place('Sodu', 'county'), place('Musong Province', 'province')]],
    ["Hoeryong, a city in North Korea's shadow, is cold.", [place('Hoeryong'), place('North Korea')]],
    // where it lies from another place, without a holder after; the part not opening the sentence, or no closing comma
    ['Sodu is a town west of Tanbong, near Musong Province.', [place('Sodu', 'town'), place('Tanbong', 'city'), place('Musong Province', 'province')]],
    ['Guards said in the northern region of Musong Province, Sodu County, they shot three.', [place('Musong Province', 'province'), place('Sodu County', 'county')]],
    ['In the northern region of Musong Province, Sodu County traders were shot.', [place('Musong Province', 'province'), place('Sodu County', 'county')]],
    ['In Musong Province, Sodu County, guards shot three.', [place('Musong Province', 'province'), place('Sodu County', 'county')]],
    ["Pak Yong, who had held the position in talks with the Tanbong People's Army, was shot.", [person('Pak Yong'), TPA()]],
    // "is in" in the middle of a sentence, or said of a capital or a country
    ['A trader from Hyesan was in Pyongyang last week.', [place('Hyesan'), place('Pyongyang')]],
    ['Pyongyang is in Tanbong Province for talks.', [place('Pyongyang'), place('Tanbong Province', 'province')]],
    ['North Korea is in China this week.', [place('North Korea'), place('China')]],
    ['Hyesan is not in North Hamgyong Province.', [place('Hyesan'), place('North Hamgyong Province')]],
    // a home is not a seat; "has no office"
    ['Daily NK and Free Voices Korea said prices rose in Seoul.', [org('Daily NK', 'media'), FVK(), place('Seoul', 'special_city')]],
    ["The Tanbong People's Army unit sent to Hyesan was moved.", [TPA(), place('Hyesan')]],
    ['Free Voices Korea is a Seoul partner of Tanbong-based groups.', [FVK(), place('Seoul', 'special_city'), place('Tanbong', 'city')]],
    // the name is not the subject of the post: an object, someone's kin, a negation, a target
    ['The guard who beat Pak Yong worked for the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['The official who appointed Pak Yong was dismissed as director of the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ["Pak Yong's father worked for the Ministry of State Security.", [person('Pak Yong'), MSS()]],
    ['Pak Yong never worked for the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['Pak Yong became a victim of the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['Pak Yong was named in a report by Free Voices Korea.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, whose uncle worked for the Ministry of State Security, fled.', [person('Pak Yong'), MSS()]],
    ["Jang Chol, Pak Yong's nephew and a target of the Ministry of State Security, fled.", [person('Jang Chol'), person('Pak Yong'), MSS()]],
    ['Pak Yong, who studies at Free Voices Korea, said so.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, who studied North Korea with help from Free Voices Korea, said so.', [person('Pak Yong'), place('North Korea'), FVK()]],
    // time spent held by the organization; work with it, not for it
    ["Pak Yong, who spent two months in the Ministry of State Security's cells, fled.", [person('Pak Yong'), MSS()]],
    ['Pak Yong worked with Free Voices Korea on the report.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, a defector working with Free Voices Korea on the report, said so.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, a defector interviewed by Free Voices Korea, said so.', [person('Pak Yong'), FVK()]],
    // "of" a place; where one speaks; a security organ where one may be held; an unclosed phrase
    ['"We will respond," said Pak Yong at the Tanbong Nations.', [person('Pak Yong'), org('Tanbong Nations', 'international')]],
    ['"We will respond," said Pak Yong at the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['"It is cruel," said Pak Yong at the Free Voices Korea briefing.', [person('Pak Yong'), FVK()]],
    ['Pak Yong, of Free Voices Korea fame, said so.', [person('Pak Yong'), FVK()]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, eighth batch: the classes of the development set\'s misses', () => {
  const FVK = () => org('Free Voices Korea', 'ngo');
  const CODE = () => law('Criminal Code');
  const must: Case[] = [
    // a clause or an apposition of the person's own, closed, then the verb phrase of the post
    ["Pak Yong, who escaped North Korea at the age of 19, works as the research and development director at Seoul's Free Voices Korea.",
      [person('Pak Yong'), place('North Korea'), place('Seoul', 'special_city'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-clause-then-role]', 'based_in Free Voices Korea -> Seoul [based-in-place-possessive-org]']],
    ['Pak Yong, who fled in 2008, now works for Free Voices Korea.', [person('Pak Yong'), date('2008'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-clause-then-role]']],
    ['Pak Yong, who defected from Hyesan, is now a researcher at Free Voices Korea.', [person('Pak Yong'), place('Hyesan'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-clause-then-role]']],
    ['Pak Yong, a former soldier, now heads Free Voices Korea.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-clause-then-role]']],
    // "who now heads", "who has headed"; "led by"
    ['Pak Yong, who now heads Free Voices Korea, said so.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, who has headed Free Voices Korea since 2019, said so.', [person('Pak Yong'), FVK(), date('2019')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Free Voices Korea, led by former lawmaker Pak Yong, said so.', [FVK(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-founded-by-person]']],
    // the apposition closed after a date
    ['Tanbong fired the head of the Ministry of State Security, Pak Yong in January, over graft.', [place('Tanbong', 'country'), MSS(), person('Pak Yong'), date('January')],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-role-of-org-apposition]']],
    // located_in: a clause of the place's own, closed, then the verb that places it
    ['Hoeryong, which borders China, is in North Hamgyong Province.', [place('Hoeryong'), place('China'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-clause-then-is-in]']],
    ["Sodu, Tanbong's largest mining town, lies in Musong Province.", [place('Sodu', 'town'), place('Tanbong', 'country'), place('Musong Province', 'province')],
      ['located_in Sodu -> Musong Province [located-in-clause-then-is-in]', 'located_in Sodu -> Tanbong [located-in-comma]']],
    // near a possessive's border with another place, then the holder; a camp named as a penalty in an apposition
    ["The small town of Sodu near China's border with North Korea in Jilin Province is quiet.",
      [place('Sodu', 'town'), place('China'), place('North Korea'), place('Jilin Province')],
      ['located_in Sodu -> Jilin Province [located-in-preposition]']],
    ['He was sent to Sodu, a political prison camp in South Hamgyong Province.', [place('Sodu', 'county'), penalty('political prison camp'), place('South Hamgyong Province')],
      ['located_in Sodu -> South Hamgyong Province [located-in-preposition]']],
    // quantity_of: what holds the amount, after a count
    // the holder's own place after the possessive is no part of it: Hamhung is in the province, not named in the North
    ["The drugs came from Hamhung in the North's South Hamgyong Province.", [place('Hamhung'), place('North', 'country'), place('South Hamgyong Province')],
      ['located_in Hamhung -> South Hamgyong Province [located-in-preposition-possessive]', 'located_in South Hamgyong Province -> North [located-in-possessive]']],
    ['The car carried three five-kilogram boxes of methamphetamine.', [quantity('five-kilogram'), drug('methamphetamine')],
      ['quantity_of five-kilogram -> methamphetamine [quantity-of]']],
    // penalty_for: a bound before the next penalty joins the list; the law opening the sentence reaches further
    ['Under the Criminal Code, they could face a minimum of five years of hard labor, up to life in prison, or the death penalty.',
      [CODE(), penalty('five years of hard labor'), penalty('life in prison'), penalty('death penalty')],
      ['penalty_for Criminal Code -> five years of hard labor [penalty-law-sets]', 'penalty_for Criminal Code -> life in prison [penalty-law-sets]',
        'penalty_for Criminal Code -> death penalty [penalty-law-sets]']],
    ['Article 32 calls for disciplinary labor or up to two years of correctional labor.', [law('Article 32'), penalty('disciplinary labor'), penalty('two years of correctional labor')],
      ['penalty_for Article 32 -> disciplinary labor [penalty-law-sets]', 'penalty_for Article 32 -> two years of correctional labor [penalty-law-sets]']],
    ['Under Article 216 of the Criminal Code, anyone who manufactures or sells narcotics in the border region shall be sentenced to two to five years in the labor reeducation camp.',
      [law('Article 216'), drug('narcotics'), penalty('labor reeducation camp')],
      ['penalty_for Article 216 -> labor reeducation camp [penalty-fronted-under-law]']],
    // far from the law, but the law opening the sentence governs it
    ['Under Article 60 the court, in a long and bitter hearing that lasted for many days last spring in the old provincial capital, imposed death.', [law('Article 60'), penalty('death')],
      ['penalty_for Article 60 -> death [penalty-fronted-under-law]']],
    // the law the subject of a verb of saying: what follows "that" is what it provides
    ['Article 216 of the Criminal Code says that those who grow opium poppies or manufacture narcotics illegally in their homes or fields shall be sentenced to up to five years of reform through labor.',
      [law('Article 216'), drug('opium'), drug('narcotics'), penalty('five years of reform through labor')],
      ['penalty_for Article 216 -> five years of reform through labor [penalty-law-says-that]']],
    ['Article 60 states that those who commit treason in collusion with foreign powers and their many agents abroad or at home shall be punished by death.',
      [law('Article 60'), penalty('death')], ['penalty_for Article 60 -> death [penalty-law-says-that]']],
    // the plural kind of place, a list, then the holder of all; a unit's seat in parentheses after a possessive
    ['Opium is smuggled into the towns of Sodu and Tanbong in Jilin Province.', [drug('Opium'), place('Sodu', 'town'), place('Tanbong', 'town'), place('Jilin Province')],
      ['located_in Sodu -> Jilin Province [located-in-plural-of-list-in]', 'located_in Tanbong -> Jilin Province [located-in-plural-of-list-in]']],
    ["Bureau 78 (located in Pyongyang's Sosong District) raided the corps.", [org('Bureau 78', 'military'), place('Pyongyang'), place('Sosong District', 'district')],
      ['based_in Bureau 78 -> Sosong District [based-in-org-parenthesis]', 'located_in Sosong District -> Pyongyang [located-in-possessive]']],
    // joining a unit "of" an organization joins both
    ["Pak Yong was born in Hyesan in 1962 and enlisted in Unit 974 of the Tanbong People's Army after school.",
      [person('Pak Yong'), place('Hyesan'), date('1962'), org('Unit 974', 'military'), org("Tanbong People's Army", 'military')],
      ['affiliated_with Pak Yong -> Unit 974 [affiliated-person-joined-org]', "affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-joined-org]"]],
    // the second organization is not the unit's: a clause of its own
    ['Pak Yong enlisted in Unit 974 after the Ministry of State Security arrested his father.', [person('Pak Yong'), org('Unit 974', 'military'), MSS()],
      ['affiliated_with Pak Yong -> Unit 974 [affiliated-person-joined-org]']],
    // the unit, then the body it is at: both
    ['Pak Yong, director of the Center for Tanbong Studies at Free Voices Korea, said so.', [person('Pak Yong'), org('Center for Tanbong Studies', 'ngo'), FVK()],
      ['affiliated_with Pak Yong -> Center for Tanbong Studies [affiliated-person-role-of-org]', 'affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    // on the outskirts of the holder; other parts of it
    ['He lived in Sodu County on the outskirts of Pyongyang.', [place('Sodu County', 'county'), place('Pyongyang')],
      ['located_in Sodu County -> Pyongyang [located-in-preposition]']],
    ['Arrests were made in Hoeryong and other parts of North Hamgyong Province.', [place('Hoeryong'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-preposition]']],
    // a company "of" a party's department: the gold leaves the party out
    ["Pak Yong, a former vice-president of Tanbong Co. of the Workers' Party, said so.", [person('Pak Yong'), org('Tanbong Co.', 'company'), org("Workers' Party", 'party')],
      ['affiliated_with Pak Yong -> Tanbong Co. [affiliated-person-role-of-org]']],
    // the role in a unit named after its organization: both
    ["Pak Yong, vice director of the Workers' Party Central Committee, said so.", [person('Pak Yong'), org("Workers' Party", 'party'), org('Central Committee', 'party')],
      ["affiliated_with Pak Yong -> Workers' Party [affiliated-person-role-of-org]", 'affiliated_with Pak Yong -> Central Committee [affiliated-person-role-of-org]']],
    // the drug's prices; a unit of the drug and what it is; the whole amount in an apposition
    ['Meth prices in Hyesan rose to 150 yuan a gram.', [drug('Meth'), place('Hyesan'), money('150 yuan')], ['price_of 150 yuan -> Meth [price-drug-sells-for]']],
    ['A gram of opium is about 20 yuan.', [quantity('A gram'), drug('opium'), money('20 yuan')],
      ['quantity_of A gram -> opium [quantity-of]', 'price_of 20 yuan -> opium [price-unit-of-drug-is]']],
    ['Police seized methamphetamine, 3 kg in total, from his home.', [drug('methamphetamine'), quantity('3 kg')],
      ['quantity_of 3 kg -> methamphetamine [quantity-apposition-in-total]']],
    // an amount that is no unit gives no price; an amount in apposition without "in total" is another drug's
    ['3 kg of opium was 20 yuan short.', [quantity('3 kg'), drug('opium'), money('20 yuan')], ['quantity_of 3 kg -> opium [quantity-of]']],
    ['Police seized methamphetamine, 3 kg of heroin and cash.', [drug('methamphetamine'), quantity('3 kg'), drug('heroin')], ['quantity_of 3 kg -> heroin [quantity-of]']],
    // a declarative: the name opening the sentence heads the organization
    ["Pak Yong heads Free Voices Korea's North Korea division.", [person('Pak Yong'), FVK(), place('North Korea')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-declared-role]']],
    ['In 2014, Pak Yong founded Free Voices Korea.', [date('2014'), person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-declared-role]']],
    // a unit set in a place; a unit that may name a subject only for a place below a country
    ["Daily NK's China bureau reported it.", [org('Daily NK', 'media'), place('China')], ['based_in Daily NK -> China [based-in-org-possessive-place-unit]']],
    ['The Hyesan department of the Ministry of State Security acted.', [place('Hyesan'), MSS()],
      ['based_in Ministry of State Security -> Hyesan [based-in-local-unit-of-org]']],
    ["The Ministry of State Security's Onsong County department acted.", [MSS(), place('Onsong County')],
      ['based_in Ministry of State Security -> Onsong County [based-in-org-possessive-local-unit]']],
    // every penalty the law provides in its clause; the law's year between
    ['Article 27 of the law calls for five to 15 years of correctional labor for viewers, and life sentences or death for those who import them.',
      [law('Article 27'), penalty('five to 15 years of correctional labor'), penalty('life sentences'), penalty('death')],
      ['penalty_for Article 27 -> five to 15 years of correctional labor [penalty-law-sets]', 'penalty_for Article 27 -> life sentences [penalty-law-provides]',
        'penalty_for Article 27 -> death [penalty-law-provides]']],
    ['The regime carried out public executions under the 2020 Law on Rejecting Reactionary Thought.',
      [penalty('public executions'), date('2020'), law('Law on Rejecting Reactionary Thought')],
      ['penalty_for Law on Rejecting Reactionary Thought -> public executions [penalty-under-law]']],
    ['He got death and she got ten years, both under the 2014 Criminal Code.', [penalty('death'), penalty('ten years'), date('2014'), CODE()],
      ['penalty_for Criminal Code -> death [penalty-all-under-law]', 'penalty_for Criminal Code -> ten years [penalty-all-under-law]']],
    ['The code states that offenders face a minimum of 5 years imprisonment with hard labor or, in grave cases, a maximum of 10 years with hard labor.',
      [law('code'), penalty('5 years imprisonment with hard labor'), penalty('10 years with hard labor')],
      ['penalty_for code -> 5 years imprisonment with hard labor [penalty-law-sets]', 'penalty_for code -> 10 years with hard labor [penalty-law-sets]']],
    // another law, or a contrast, ends what the first provides
    ['Article 27 calls for ten years for viewers, while Article 28 sets life sentences or death for importers.',
      [law('Article 27'), penalty('ten years'), law('Article 28'), penalty('life sentences'), penalty('death')],
      ['penalty_for Article 27 -> ten years [penalty-law-sets]', 'penalty_for Article 28 -> life sentences [penalty-law-sets]', 'penalty_for Article 28 -> death [penalty-law-sets]']],
    ["Under Tanbong's penal code, Pak Yong was sentenced to death.", [place('Tanbong', 'country'), law('penal code'), person('Pak Yong'), penalty('death')],
      ['penalty_for penal code -> death [penalty-fronted-under-law]']],
    ['Such acts are subject to capital punishment through the 2013 revision of its Criminal Code.', [penalty('capital punishment'), date('2013'), CODE()],
      ['penalty_for Criminal Code -> capital punishment [penalty-under-law]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));

  const mustNot: Not[] = [
    // the verb after the clause has a subject of its own, or the clause names another person
    ['According to Pak Yong, a defector, officials worked for the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['Pak Yong, who met Kim Chol in 2010, now works for Free Voices Korea.', [person('Pak Yong'), person('Kim Chol'), date('2010'), FVK()]],
    ['Pak Yong, who fled in 2008, said officials work for Free Voices Korea.', [person('Pak Yong'), date('2008'), FVK()]],
    // the date not closed: the person may begin a clause
    ['According to the head of Free Voices Korea, Pak Yong in January was arrested.', [FVK(), person('Pak Yong'), date('January')]],
    // a clause, then something else in the holder
    ['In Hyesan, a border city, traders are in Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')]],
    ['Hyesan, where Pak Yong lived, is in Ryanggang Province.', [place('Hyesan'), person('Pak Yong'), place('Ryanggang Province')]],
    // the law not opening the sentence; a negation
    ['Under pressure, officials cited the Criminal Code and Pak Yong was sentenced to death.', [CODE(), person('Pak Yong'), penalty('death')]],
    ['Under Article 60, Pak Yong was not sentenced to death.', [law('Article 60'), person('Pak Yong'), penalty('death')]],
    // prices of something else
    ['Meth sellers said rice prices rose to 150 yuan.', [drug('Meth'), money('150 yuan')]],
    // moving to the outskirts
    ['He moved from Hyesan to the outskirts of Pyongyang.', [place('Hyesan'), place('Pyongyang')]],
    // someone else heads it: the name is the object of the clause
    ['The man who hired Pak Yong heads Free Voices Korea.', [person('Pak Yong'), FVK()]],
    ["Pak Yong's brother founded Free Voices Korea.", [person('Pak Yong'), FVK()]],
    // a country before a unit that may name its subject
    ["The report cites Free Voices Korea's North Korea division.", [FVK(), place('North Korea')]],
    ['The North Korea department of Free Voices Korea said so.', [place('North Korea'), FVK()]],
    // the verb of saying is someone else's; no plural kind before the list
    ['Article 60 was cited in the trial of the smugglers, and the judges of the court in the city of Tanbong said that they were sentenced to death.',
      [law('Article 60'), penalty('death')]],
    ['Opium reached Sodu and Tanbong in Jilin Province.', [drug('Opium'), place('Sodu', 'town'), place('Tanbong', 'town'), place('Jilin Province')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations10: coordination, relative clauses and posts in the press forms', () => {
  const FVK = () => org('Free Voices Korea', 'ngo');
  const JN = () => org('Justice Now', 'ngo');
  const TPI = () => org('Tanbong Policy Institute', 'state');
  const TPA = () => org("Tanbong People's Army", 'military');
  const SEOUL = () => place('Seoul', 'special_city');
  const must: Case[] = [
    // a list of persons, then a plural role of the organization: "both", a number
    ['Pak Yong and Kim Chol, both researchers at the Tanbong Policy Institute, said so.', [person('Pak Yong'), person('Kim Chol'), TPI()],
      ['affiliated_with Pak Yong -> Tanbong Policy Institute [affiliated-persons-roles-of-org]', 'affiliated_with Kim Chol -> Tanbong Policy Institute [affiliated-persons-roles-of-org]']],
    ['Pak Yong and Kim Chol, two reporters for Free Voices Korea, said so.', [person('Pak Yong'), person('Kim Chol'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-persons-roles-of-org]', 'affiliated_with Kim Chol -> Free Voices Korea [affiliated-persons-roles-of-org]']],
    // the plural role before the list, the organization after it
    ['Researchers Pak Yong and Kim Chol of the Tanbong Policy Institute said so.', [person('Pak Yong'), person('Kim Chol'), TPI()],
      ['affiliated_with Pak Yong -> Tanbong Policy Institute [affiliated-roles-persons-of-org]', 'affiliated_with Kim Chol -> Tanbong Policy Institute [affiliated-roles-persons-of-org]']],
    ['Senior researchers Pak Yong and Kim Chol at the Tanbong Policy Institute said so.', [person('Pak Yong'), person('Kim Chol'), TPI()],
      ['affiliated_with Pak Yong -> Tanbong Policy Institute [affiliated-roles-persons-of-org]', 'affiliated_with Kim Chol -> Tanbong Policy Institute [affiliated-roles-persons-of-org]']],
    // a list of organizations and where every one is
    ['Free Voices Korea and Justice Now, both based in Seoul, reported it.', [FVK(), JN(), SEOUL()],
      ['based_in Free Voices Korea -> Seoul [based-in-org-based-in-place]', 'based_in Justice Now -> Seoul [based-in-org-based-in-place]']],
    ['Free Voices Korea and Justice Now, two Seoul-based groups, reported it.', [FVK(), JN(), SEOUL()],
      ['based_in Free Voices Korea -> Seoul [based-in-orgs-apposition-place-based]', 'based_in Justice Now -> Seoul [based-in-orgs-apposition-place-based]']],
    ['The Seoul-based groups Free Voices Korea and Justice Now reported it.', [SEOUL(), FVK(), JN()],
      ['based_in Free Voices Korea -> Seoul [based-in-place-based-orgs]', 'based_in Justice Now -> Seoul [based-in-place-based-orgs]']],
    ['Seoul-based rights groups, including Free Voices Korea and Justice Now, reported it.', [SEOUL(), FVK(), JN()],
      ['based_in Free Voices Korea -> Seoul [based-in-place-based-orgs]', 'based_in Justice Now -> Seoul [based-in-place-based-orgs]']],
    // one organ, a list of places: its units in each
    ['The Ministry of State Security in Hyesan and Musan County arrested smugglers.', [MSS(), place('Hyesan'), place('Musan County')],
      ['based_in Ministry of State Security -> Hyesan [based-in-org-in-place]', 'based_in Ministry of State Security -> Musan County [based-in-org-in-place]']],
    ['Arrests by State Security in Hyesan and Musan County rose.', [org('State Security', 'security'), place('Hyesan'), place('Musan County')],
      ['based_in State Security -> Hyesan [based-in-organ-in-place]', 'based_in State Security -> Musan County [based-in-organ-in-place]']],
    // a list of places, a plural kind opening the apposition
    ['Hyesan and Samsu County, two border areas of Ryanggang Province, were hit.', [place('Hyesan'), place('Samsu County'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-list-plural-in]', 'located_in Samsu County -> Ryanggang Province [located-in-list-plural-in]']],
    ['Hoeryong and Musan County, both border counties of North Hamgyong Province, were hit.', [place('Hoeryong'), place('Musan County'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-list-plural-in]', 'located_in Musan County -> North Hamgyong Province [located-in-list-plural-in]']],
    // relative clauses on the organization whose subject is the person
    ['Free Voices Korea, which Pak Yong founded in 2005, helps defectors.', [FVK(), person('Pak Yong'), date('2005')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-which-person-heads]']],
    ['Free Voices Korea, which Pak Yong now heads, helps defectors.', [FVK(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-which-person-heads]']],
    ['Free Voices Korea, where Pak Yong works as a researcher, helps defectors.', [FVK(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-where-person-works]']],
    ['The Tanbong Policy Institute, where Pak Yong is a senior fellow, published it.', [TPI(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Tanbong Policy Institute [affiliated-org-where-person-works]']],
    // leaving the service, then the service; years as a role; speaking for the body
    ["Pak Yong, who defected in 2010 after serving in the Tanbong People's Army, said so.", [person('Pak Yong'), date('2010'), TPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-role-of-org]"]],
    ['Pak Yong, who fled to China after working for the Ministry of State Security, said so.', [person('Pak Yong'), place('China'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    ['Pak Yong, who spent 20 years as an officer in the Ministry of State Security, said so.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-spent-years-in-org]']],
    ['Han Su-jin, who speaks for the Tanbong Policy Institute, said so.', [person('Han Su-jin'), TPI()],
      ['affiliated_with Han Su-jin -> Tanbong Policy Institute [affiliated-person-role-of-org]']],
    // a role of the organization opening the sentence, the person in a closed apposition; the unit's place or the unit around it
    ['An official from the Ministry of State Security, Pak Yong, was arrested.', [MSS(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-role-of-org-apposition]']],
    ['The head of the Hyesan City Security Department, Pak Yong, was dismissed.', [place('Hyesan City'), org('Security Department', 'security'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Security Department [affiliated-role-of-org-apposition]', 'based_in Security Department -> Hyesan City [based-in-place-org-compound]']],
    ['An official at Free Voices Korea, Pak Yong, 45, was held.', [FVK(), person('Pak Yong')], ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-role-of-org-apposition]']],
    ['The director of the Ministry of State Security branch, Pak Yong, was dismissed.', [MSS(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-role-of-org-apposition]']],
    // what the organization is, then its seat
    ['Free Voices Korea, an NGO that is headquartered in Seoul, released it.', [FVK(), SEOUL()], ['based_in Free Voices Korea -> Seoul [based-in-org-apposition-in-place]']],
    ['According to Free Voices Korea, a nonprofit organization headquartered in Seoul, he was shot.', [FVK(), SEOUL()],
      ['based_in Free Voices Korea -> Seoul [based-in-org-apposition-in-place]']],
    ['Free Voices Korea is an NGO based in Seoul that helps defectors.', [FVK(), SEOUL()], ['based_in Free Voices Korea -> Seoul [based-in-org-apposition-in-place]']],
    ['Free Voices Korea, which operates out of Seoul, released it.', [FVK(), SEOUL()], ['based_in Free Voices Korea -> Seoul [based-in-org-based-in-place]']],
    // an organ's officer at his post
    ['A Ministry of State Security officer stationed in Hyesan was arrested.', [MSS(), place('Hyesan')],
      ['based_in Ministry of State Security -> Hyesan [based-in-organ-role-posted-in-place]']],
    ['Ministry of State Security agents posted in China hunt defectors.', [MSS(), place('China')],
      ['based_in Ministry of State Security -> China [based-in-organ-role-posted-in-place]']],
    // work declared of the name: "was working for", the organization's place before it; "affiliated with"
    ['Pak Yong was working for the Ministry of State Security when he fled.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-declared-role]']],
    ["Pak Yong worked for Tanbong's Ministry of State Security for years.", [person('Pak Yong'), place('Tanbong', 'country'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-declared-role]', 'based_in Ministry of State Security -> Tanbong [based-in-place-possessive-org]']],
    ['Kim Chol, a pastor affiliated with Free Voices Korea, was arrested.', [person('Kim Chol'), FVK()],
      ['affiliated_with Kim Chol -> Free Voices Korea [affiliated-person-role-of-org]']],
    // a unit and the stretch it is charged with: "in charge of", "responsible for", "deployed along"
    ["The Tanbong People's Army, responsible for guarding the border in Ryanggang Province, arrested two smugglers.", [TPA(), place('Ryanggang Province')],
      ["based_in Tanbong People's Army -> Ryanggang Province [based-in-unit-duty-in-place]"]],
    ["The Tanbong People's Army, which is in charge of the border in Ryanggang Province, arrested two smugglers.", [TPA(), place('Ryanggang Province')],
      ["based_in Tanbong People's Army -> Ryanggang Province [based-in-unit-duty-in-place]"]],
    ["The Tanbong People's Army, deployed along the border in Ryanggang Province, arrested two smugglers.", [TPA(), place('Ryanggang Province')],
      ["based_in Tanbong People's Army -> Ryanggang Province [based-in-unit-duty-in-place]"]],
    // cities of two countries joined by "and" are a list, whatever their sizes
    ['Free Voices Korea has offices in Pyongyang and Nagoya.', [FVK(), place('Pyongyang'), place('Nagoya')],
      ['based_in Free Voices Korea -> Pyongyang [based-in-org-based-in-place]', 'based_in Free Voices Korea -> Nagoya [based-in-org-based-in-place]']],
    // a country joined to a foreign city is not: the apposition after the city is the city's
    ["They wait at the crossing between North Korea and Dandong, China's largest border city.", [place('North Korea'), place('Dandong'), place('China')],
      ['located_in Dandong -> China [located-in-comma]']],
    // the ninth batch's forms: what the group is before its name; a role and what the person is besides; a part of the
    // holder named "extreme"; a direction before the holder's owner; a camp said to be in its holder; alternatives
    ['It quoted Pak Yong of activist group Free Voices Korea as saying so.', [person('Pak Yong'), FVK()],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-of-org]']],
    ["It was organized by Tanbong People's Army general and North Korean defector Pak Yong.", [TPA(), person('Pak Yong')],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-org-role-person]"]],
    ['Meth is traded in Ryanggang Province, in the extreme north of North Korea.', [drug('Meth'), place('Ryanggang Province'), place('North Korea')],
      ['located_in Ryanggang Province -> North Korea [located-in-preposition]']],
    ["A court in the city of Yanji, northeast China's Jilin Province, convicted them.", [place('Yanji'), place('China'), place('Jilin Province')],
      ['located_in Yanji -> Jilin Province [located-in-comma-possessive]', 'located_in Jilin Province -> China [located-in-possessive]']],
    ['Camp 16 is the largest political prison camp in North Korea.', [place('Camp 16', 'prison_camp'), penalty('political prison camp'), place('North Korea')],
      ['located_in Camp 16 -> North Korea [located-in-preposition]']],
    ['Possession of more than one kilogram of methamphetamine or heroin is punishable by death.', [quantity('one kilogram'), drug('methamphetamine'), drug('heroin')],
      ['quantity_of one kilogram -> methamphetamine [quantity-of]', 'quantity_of one kilogram -> heroin [quantity-of]']],
    ['Trading 50 grams of meth, heroin or opium is a crime.', [quantity('50 grams'), drug('meth'), drug('heroin'), drug('opium')],
      ['quantity_of 50 grams -> meth [quantity-of]', 'quantity_of 50 grams -> heroin [quantity-of]', 'quantity_of 50 grams -> opium [quantity-of]']],
    // a price changed from one amount to another: both
    ['International heroin prices more than tripled from $69 last year to $281 per kg.', [drug('heroin'), money('$69'), date('last year'), money('$281')],
      ['price_of $69 -> heroin [price-drug-sells-for]', 'price_of $281 -> heroin [price-drug-sells-for]']],
    ['Meth prices rose from 100 yuan to 150 yuan.', [drug('Meth'), money('100 yuan'), money('150 yuan')],
      ['price_of 100 yuan -> Meth [price-drug-sells-for]', 'price_of 150 yuan -> Meth [price-drug-sells-for]']],
    // "of it" after an amount; another portion of the drug named before
    ['They smuggled 14.8kg of meth and sold 12.3kg of it to dealers.', [quantity('14.8kg'), drug('meth'), quantity('12.3kg')],
      ['quantity_of 14.8kg -> meth [quantity-of]', 'quantity_of 12.3kg -> meth [quantity-of-it]']],
    ['They sold 4.5 kilograms of meth, and one was charged with holding an additional batch of 5.7 kilograms.', [quantity('4.5 kilograms'), drug('meth'), quantity('5.7 kilograms')],
      ['quantity_of 4.5 kilograms -> meth [quantity-of]', 'quantity_of 5.7 kilograms -> meth [quantity-drug-in-portions]']],
    ['He sold meth and was caught with an additional batch of 5 kilograms of opium.', [drug('meth'), quantity('5 kilograms'), drug('opium')],
      ['quantity_of 5 kilograms -> opium [quantity-of]']],
    // a post written as a title before the name
    ['Minister of State Security Pak Yong was dismissed.', [org('State Security', 'security', 'Ministry of State Security'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> State Security [affiliated-role-of-org-title]']],
    ["Vice Director of the Tanbong People's Army Kim Chol issued a statement.", [TPA(), person('Kim Chol')],
      ["affiliated_with Kim Chol -> Tanbong People's Army [affiliated-role-of-org-title]"]],
    // a dash (or the letter the Korean press types for it) opens the list of places of the holder
    ['He said the three provinces of Jilin Province - Yanji, Dandong and Tanbong - were hit.', [place('Jilin Province'), place('Yanji'), place('Dandong'), place('Tanbong', 'city')],
      ['located_in Yanji -> Jilin Province [located-in-container-then-list]', 'located_in Dandong -> Jilin Province [located-in-container-then-list]', 'located_in Tanbong -> Jilin Province [located-in-container-then-list]']],
    ['The cities of Jilin Province ㅡ Yanji and Tanbong ㅡ were hit.', [place('Jilin Province'), place('Yanji'), place('Tanbong', 'city')],
      ['located_in Yanji -> Jilin Province [located-in-container-then-list]', 'located_in Tanbong -> Jilin Province [located-in-container-then-list]']],
    // the unit's seat before the organization in the apposition; a unit of two words
    ['Pak Yong, the Onsong County MSS chief, was dismissed.', [person('Pak Yong'), place('Onsong County'), org('MSS', 'security', 'Ministry of State Security')],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-comma-org-role]', 'based_in MSS -> Onsong County [based-in-place-org-compound]']],
    ["The Ministry of State Security's branch office in Onsong County arrested him.", [MSS(), place('Onsong County')],
      ['based_in Ministry of State Security -> Onsong County [based-in-org-unit-in-place]']],
    // not closed: the unit's chief is the subject of what follows, and Pak Yong is not he
    ['According to Pak Yong, the Onsong County MSS chief arrested him.', [person('Pak Yong'), place('Onsong County'), org('MSS', 'security', 'Ministry of State Security')],
      ['based_in MSS -> Onsong County [based-in-place-org-compound]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));

  const mustNot: Not[] = [
    // persons of a list who are not said to hold a role
    ['Pak Yong and Kim Chol, both defectors from Hyesan, told the Tanbong Policy Institute.', [person('Pak Yong'), person('Kim Chol'), place('Hyesan'), TPI()]],
    ['Police arrested Pak Yong and Kim Chol of Free Voices Korea.', [person('Pak Yong'), person('Kim Chol'), FVK()]],
    ['Defectors Pak Yong and Kim Chol told Free Voices Korea.', [person('Pak Yong'), person('Kim Chol'), FVK()]],
    // a singular apposition after a list is the last one's; a list of organizations and one place
    ['Free Voices Korea and Justice Now, a Seoul-based group, reported it.', [FVK(), JN(), SEOUL()]],
    ['Seoul-based groups have criticized Free Voices Korea and Justice Now.', [SEOUL(), FVK(), JN()]],
    ['The Ministry of State Security and the Ministry of Social Security in Hyesan arrested smugglers.', [MSS(), MOSS(), place('Hyesan')]],
    // near the holder, or in a part of another place
    ['Hyesan and Samsu County, two cities near Ryanggang Province, were hit.', [place('Hyesan'), place('Samsu County'), place('Ryanggang Province')]],
    // the person is not leading it, or is its prisoner
    ['Free Voices Korea, which Pak Yong ran to for help, helps defectors.', [FVK(), person('Pak Yong')]],
    ['Free Voices Korea, which Pak Yong criticized, helps defectors.', [FVK(), person('Pak Yong')]],
    ['The Ministry of State Security, which Pak Yong fled in 2005, arrested him.', [MSS(), person('Pak Yong'), date('2005')]],
    ['The Ministry of State Security, where Pak Yong was held for a month, denied it.', [MSS(), person('Pak Yong')]],
    ['Free Voices Korea, where Pak Yong gave a speech, helps defectors.', [FVK(), person('Pak Yong')]],
    // someone else served; a prison term is no service; a prisoner is no role
    ["Pak Yong, who defected after his son was drafted into the Tanbong People's Army, said so.", [person('Pak Yong'), TPA()]],
    ['Pak Yong, who fled after serving a prison term, said the Ministry of State Security lied.', [person('Pak Yong'), MSS()]],
    ['Pak Yong, who spent 20 years as a prisoner of the Ministry of State Security, said so.', [person('Pak Yong'), MSS()]],
    // "a|an" not opening the sentence, or the apposition not closed
    ['According to an official at Free Voices Korea, Pak Yong was arrested.', [FVK(), person('Pak Yong')]],
    ['After an official from the Ministry of State Security left, Pak Yong was questioned.', [MSS(), person('Pak Yong')]],
    ['The head of the Hyesan City Security Department, Pak Yong said, was dismissed.', [place('Hyesan City'), org('Security Department', 'security'), person('Pak Yong')]],
    // a field of work, not a seat
    ['Free Voices Korea, an NGO that works in Hyesan, released it.', [FVK(), place('Hyesan')]],
    ['Free Voices Korea, which operates in Hyesan, released it.', [FVK(), place('Hyesan')]],
    // where the officer lives, or was sent
    ['A Ministry of State Security officer living in Seoul was interviewed.', [MSS(), SEOUL()]],
    ['A Ministry of State Security officer sent to Hyesan was arrested.', [MSS(), place('Hyesan')]],
    // a task, an act, an errand: not a post
    ["The Tanbong People's Army, in charge of the investigation in Ryanggang Province, arrested two smugglers.", [TPA(), place('Ryanggang Province')]],
    ["The Tanbong People's Army, responsible for the killings in Hyesan, denied it.", [TPA(), place('Hyesan')]],
    ["The Tanbong People's Army, deployed to fight floods in Ryanggang Province, helped.", [TPA(), place('Ryanggang Province')]],
    // the amount of two drugs together; an adjective of place, not a part of the holder
    ['Police seized 500 grams of meth, heroin and opium.', [quantity('500 grams'), drug('meth'), drug('heroin'), drug('opium')]],
    ['Hyesan, north of Pyongyang, is cold.', [place('Hyesan'), place('Pyongyang')]],
    // the price of something else
    ['Meth sellers said rice prices rose from 100 yuan to 150 yuan.', [drug('Meth'), money('100 yuan'), money('150 yuan')]],
    // a person between: "it" may be what he was sold
    ['He sold meth to Pak Yong and 3 kg of it went to Seoul.', [drug('meth'), person('Pak Yong'), quantity('3 kg'), place('Seoul', 'special_city')]],
    // several posts: the name begins a clause
    ['Officials of the Ministry of State Security Pak Yong had trained were dismissed.', [MSS(), person('Pak Yong')]],
    // no plural kind of place before the holder; the dash opens a clause
    ['In Jilin Province - Yanji and Tanbong were hit.', [place('Jilin Province'), place('Yanji'), place('Tanbong', 'city')]],
    ['The cities of Jilin Province - and Yanji officials agree - are booming.', [place('Jilin Province'), place('Yanji')]],
    // someone else's work
    ["Pak Yong's son was working for the Ministry of State Security.", [person('Pak Yong'), MSS()]],
    ['The guard who beat Pak Yong was working for the Ministry of State Security.', [person('Pak Yong'), MSS()]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => {
    const found = run(s, specs).filter((r) => !r.startsWith('based_in Security Department'));
    expect(found).toEqual([]);
  });
});

describe('issue #16, relations11: the tenth batch forms', () => {
  const SEOUL = () => place('Seoul', 'special_city');
  const must: Case[] = [
    // the holder first, then the place, as Korean addresses are written: the gazetteer must agree
    ['A trader in Ryanggang Province, Hyesan City and another from South Hamgyong Province, Hamhung on charges of graft were shot.',
      [place('Ryanggang Province'), place('Hyesan City'), place('South Hamgyong Province'), place('Hamhung')],
      ['located_in Hyesan City -> Ryanggang Province [located-in-province-comma-place]', 'located_in Hamhung -> South Hamgyong Province [located-in-province-comma-place]']],
    ['He was tried in North Hamgyong Province, Onsong County.', [place('North Hamgyong Province'), place('Onsong County')],
      ['located_in Onsong County -> North Hamgyong Province [located-in-province-comma-place]']],
    // the price of the drug in a place, restated in parentheses
    ['The price of a gram of methamphetamine in Hyesan is $11 (70 yuan).', [quantity('a gram'), drug('methamphetamine'), place('Hyesan'), money('$11'), money('70 yuan')],
      ['price_of $11 -> methamphetamine [price-of-drug-is]', 'price_of 70 yuan -> methamphetamine [price-of-drug-is]', 'quantity_of a gram -> methamphetamine [quantity-of]']],
    // what the organization is, without a standing word, after the possessive place
    ["The show aired on Japan's public broadcaster Tanbong TV in May.", [place('Japan'), org('Tanbong TV', 'media')],
      ['based_in Tanbong TV -> Japan [based-in-place-possessive-described-org]']],
    // a closed apposition: what the body is to the country
    ["Judges are elected by the Tanbong Assembly, North Korea's one-party parliament.", [org('Tanbong Assembly', 'state'), place('North Korea')],
      ['based_in Tanbong Assembly -> North Korea [based-in-org-apposition-place-possessive]']],
    // a city, what the organization is, "called", its name
    ['The trade ran through a Pyongyang front company called Tanbong Trading Co.', [place('Pyongyang'), org('Tanbong Trading Co.', 'company')],
      ['based_in Tanbong Trading Co. -> Pyongyang [based-in-city-described-org]']],
    // what the organization is, where, then its name
    ['He worked for a shadowy surveillance operation inside North Korea called the Tanbong Groups.', [place('North Korea'), org('Tanbong Groups', 'security')],
      ['based_in Tanbong Groups -> North Korea [based-in-described-in-place-called-org]']],
    ['She met a human rights group in Seoul named Justice Now.', [SEOUL(), org('Justice Now', 'ngo')],
      ['based_in Justice Now -> Seoul [based-in-described-in-place-called-org]']],
    // the field of the role before it, without an article
    ['Pak Yong, foreign currency director for the Tanbong Trade Company in Hyesan, built a villa.', [person('Pak Yong'), org('Tanbong Trade Company', 'company'), place('Hyesan')],
      ['affiliated_with Pak Yong -> Tanbong Trade Company [affiliated-person-role-of-org]', 'based_in Tanbong Trade Company -> Hyesan [based-in-org-in-place]']],
    // a press officer's title before the name; a former role written "ex-"
    ['It was announced by Free Voices Korea Deputy Press Secretary Pak Yong.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-org-role-person]']],
    ["Pak Yong, an ex-soldier in the Tanbong People's Army, defected.", [person('Pak Yong'), org("Tanbong People's Army", 'military')],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-role-of-org]"]],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));

  const mustNot: Not[] = [
    // the comma opens a clause; the gazetteer puts the place elsewhere; an unresolved place
    ['In North Hamgyong Province, Hoeryong traders were arrested.', [place('North Hamgyong Province'), place('Hoeryong')]],
    ['Wonsan in Kangwon Province, Hoeryong in North Hamgyong Province and Hyesan were named.', [place('Wonsan', 'city'), place('Kangwon Province', 'province'), place('Hoeryong'), place('North Hamgyong Province'), place('Hyesan')]],
    ['He fled from Ryanggang Province, Hoeryong and Musan County.', [place('Ryanggang Province'), place('Hoeryong'), place('Musan County')]],
    ['He was tried in Ryanggang Province, Tanbong City.', [place('Ryanggang Province'), place('Tanbong City', 'city')]],
    // the price of something else in the place
    ['The price of rice in Hyesan is 5,000 won, and meth is banned.', [place('Hyesan'), money('5,000 won'), drug('meth')]],
    // no description of the organization after the possessive place
    ["Japan's reporters told Tanbong TV in May.", [place('Japan'), org('Tanbong TV', 'media')]],
    // a telephone call; a person, not an organization, before "in"
    ['Police in Hyesan called the Ministry of State Security.', [place('Hyesan'), MSS()]],
    ['A police officer in Hyesan called the Ministry of State Security.', [place('Hyesan'), MSS()]],
    ['A man in Seoul named Justice Now as his employer.', [SEOUL(), org('Justice Now', 'ngo')]],
    // the press is no role; a former prisoner is no member
    ['Free Voices Korea press reports named Pak Yong.', [org('Free Voices Korea', 'ngo'), person('Pak Yong')]],
    ['Pak Yong, an ex-prisoner of the Ministry of State Security, said so.', [person('Pak Yong'), MSS()]],
  ];
  // the places' own prepositions may still place them: only this batch's patterns must stay silent
  const ours = /\[(located-in-province-comma-place|price-of-drug-is|based-in-place-possessive-described-org|based-in-described-in-place-called-org|affiliated-org-role-person|affiliated-person-role-of-org)\]/;
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs).filter((r) => ours.test(r))).toEqual([]));
});

describe('a list whose nearest item alone the gazetteer puts in the holder (eighth session)', () => {
  const must: Case[] = [
    ['Hamhung and Sunchon in South Pyongan Province are hubs.', [place('Hamhung'), place('Sunchon'), place('South Pyongan Province')],
      ['located_in Sunchon -> South Pyongan Province [located-in-preposition]']],
    ['Hamhung, Hyesan and Sunchon, South Pyongan Province, were hit.', [place('Hamhung'), place('Hyesan'), place('Sunchon'), place('South Pyongan Province')],
      ['located_in Sunchon -> South Pyongan Province [located-in-comma-province]']],
    ['Arrests hit Hamhung and Hyesan, Ryanggang Province, last month.', [place('Hamhung'), place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-comma-province]']],
    ['Dandong and Sunchon of South Pyongan Province trade a lot.', [place('Dandong'), place('Sunchon'), place('South Pyongan Province')],
      ['located_in Sunchon -> South Pyongan Province [located-in-preposition]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs)).toEqual(expected));
  const mustNot: Not[] = [
    // the nearest is not the holder's, or an earlier item is nowhere the gazetteer knows
    ['Sunchon and Hamhung in South Pyongan Province were searched.', [place('Sunchon'), place('Hamhung'), place('South Pyongan Province')]],
    ['Tanbong and Sunchon in South Pyongan Province were searched.', [place('Tanbong', 'city'), place('Sunchon'), place('South Pyongan Province')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations12: affiliations named by a mandate, a verb of appointment, reporting', () => {
  const UN = () => org('Tanbong Nations', 'international');
  const must: Case[] = [
    // a post named by its mandate, the person after it in a closed apposition
    ['"It was staged," said the Tanbong Nations Special Rapporteur on the situation of human rights in the DPRK, Pak Yong.',
      [UN(), place('DPRK', 'country'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Tanbong Nations [affiliated-org-role-comma-person]']],
    ['"We deplore it," the Tanbong Nations Special Rapporteur on extrajudicial, summary or arbitrary executions, Pak Yong, said.',
      [UN(), person('Pak Yong')],
      ['affiliated_with Pak Yong -> Tanbong Nations [affiliated-org-role-comma-person]']],
    // the person first, the post by its mandate after the organization
    ["Pak Yong, the Tanbong Nations' special rapporteur on human rights in North Korea, said the camps grew.",
      [person('Pak Yong'), UN(), place('North Korea')],
      ['affiliated_with Pak Yong -> Tanbong Nations [affiliated-person-comma-org-role]']],
    ['Pak Yong, the Tanbong Nations special rapporteur on torture.', [person('Pak Yong'), UN()],
      ['affiliated_with Pak Yong -> Tanbong Nations [affiliated-person-comma-org-role]']],
    // a spy for an agency works for it
    ['Pak Yong, a spy for the Ministry of State Security, was arrested.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    // a unit before the role; two words naming what the unit does
    ["Pak Yong, a platoon leader in the Tanbong People's Army, was shot.", [person('Pak Yong'), org("Tanbong People's Army", 'military')],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-role-of-org]"]],
    ['Pak Yong, a squad leader of the border guard unit of the 27th Brigade, was shot.', [person('Pak Yong'), org('27th Brigade', 'military')],
      ['affiliated_with Pak Yong -> 27th Brigade [affiliated-person-role-of-org]']],
    // a title with "High"
    ['"The executions must stop," said Pak Yong, the Tanbong Nations High Commissioner for Human Rights.', [person('Pak Yong'), UN()],
      ['affiliated_with Pak Yong -> Tanbong Nations [affiliated-person-comma-org-role]']],
    // "another" before the role
    ["Kim Chol, son of Pak Yong, another high-level Tanbong Party official, defected.",
      [person('Kim Chol'), person('Pak Yong'), org('Tanbong Party', 'party')],
      ['affiliated_with Pak Yong -> Tanbong Party [affiliated-person-comma-org-role]']],
    ['Pak Yong, another official of the Ministry of State Security, was shot.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    // a word naming what the unit does
    ['Pak Yong, an official in the investigation bureau of the Ministry of State Security, was shot.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    // the age as one hyphenated word before the role
    ['Pak Yong, a 45-year-old MSS officer in Hyesan, was arrested.', [person('Pak Yong'), org('MSS', 'security', 'Ministry of State Security'), place('Hyesan')],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-comma-org-role]']],
    ['Pak Yong, a 45-year-old officer of the Ministry of State Security, was arrested.', [person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-role-of-org]']],
    // a verb giving or taking a post, the person its object, then "as" the post
    ['In 1998 the Tanbong Assembly reconfirmed Pak Yong as Chairman of the Tanbong Defense Commission.',
      [date('1998'), org('Tanbong Assembly', 'state'), person('Pak Yong'), org('Tanbong Defense Commission', 'state')],
      ['affiliated_with Pak Yong -> Tanbong Defense Commission [affiliated-verb-person-as-role]']],
    ['Kim Jong Un appointed Pak Yong as director of the Ministry of State Security.', [person('Kim Jong Un'), person('Pak Yong'), MSS()],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-verb-person-as-role]']],
    // reporting or writing for an outlet
    ['Pak Yong reports for the Tanbong Times that the camps are growing.', [person('Pak Yong'), org('Tanbong Times', 'media')],
      ['affiliated_with Pak Yong -> Tanbong Times [affiliated-person-reports-for-outlet]']],
    ['Pak Yong, who writes for Tanbong News, said so.', [person('Pak Yong'), org('Tanbong News', 'media')],
      ['affiliated_with Pak Yong -> Tanbong News [affiliated-person-reports-for-outlet]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));

  const mustNot: Not[] = [
    // the mandate not closed before the name, or the name opening a clause
    ['The Tanbong Nations Special Rapporteur on human rights in North Korea criticized the regime, Pak Yong said.', [UN(), place('North Korea'), person('Pak Yong')]],
    ['The Tanbong Nations rapporteur on human rights in North Korea, Pak Yong and Kim Chol met.', [UN(), place('North Korea'), person('Pak Yong'), person('Kim Chol')]],
    ['According to Pak Yong, the Tanbong Nations Special Rapporteur on human rights in North Korea is blocked.', [person('Pak Yong'), UN(), place('North Korea')]],
    // the age of another person; the role not closing the apposition
    ['Pak Yong, a 45-year-old defector, met the Ministry of State Security officer.', [person('Pak Yong'), MSS()]],
    ['According to Pak Yong, a 45-year-old MSS officer took bribes.', [person('Pak Yong'), org('MSS', 'security', 'Ministry of State Security')]],
    // a unit word and a role that are not the person's post in the organization named
    ['Pak Yong, a company worker, said the 27th Brigade was late.', [person('Pak Yong'), org('27th Brigade', 'military')]],
    ['Pak Yong, a squad leader who fled the raid on the office of the 27th Brigade, was shot.', [person('Pak Yong'), org('27th Brigade', 'military')]],
    // a spy the agency caught
    ['Pak Yong, a spy caught by the Ministry of State Security, was shot.', [person('Pak Yong'), MSS()]],
    // "another" what is no role
    ['Kim Chol, son of Pak Yong, another victim of the Ministry of State Security, was shot.', [person('Kim Chol'), person('Pak Yong'), MSS()]],
    // a unit word that does not stand right before "of" the organization
    ['Pak Yong, a member of the team that raided the office of the Ministry of State Security, was held.', [person('Pak Yong'), MSS()]],
    // verbs that give no post; "as" no role
    ['Police regarded Pak Yong as a member of the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['The court named Pak Yong as a suspect of the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    // reporting for duty to an organ; someone else writes
    ['Pak Yong reported for duty at the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['Pak Yong reports for the Ministry of State Security.', [person('Pak Yong'), MSS()]],
    ['The guard who beat Pak Yong writes for Tanbong News.', [person('Pak Yong'), org('Tanbong News', 'media')]],
    ["Pak Yong's son writes for Tanbong News.", [person('Pak Yong'), org('Tanbong News', 'media')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations12: a camp or facility "at" its place, or said to be in it', () => {
  const CAMP = (text: string) => place(text, 'prison_camp');
  const must: Case[] = [
    ['Satellite images of Camp 16 at Hwasong in North Hamgyong Province were analysed.', [CAMP('Camp 16'), place('Hwasong', 'county'), place('North Hamgyong Province')],
      ['located_in Camp 16 -> Hwasong [located-in-site-at]', 'located_in Hwasong -> North Hamgyong Province [located-in-preposition]']],
    ['He was moved from Camp 15 at Yodok to Camp 16.', [CAMP('Camp 15'), place('Yodok', 'county'), CAMP('Camp 16')],
      ['located_in Camp 15 -> Yodok [located-in-site-at]']],
    ['Camp 22 is in North Hamgyong Province.', [CAMP('Camp 22'), place('North Hamgyong Province')],
      ['located_in Camp 22 -> North Hamgyong Province [located-in-site-is-in]']],
    ['The Tanbong camp, also known as Camp 22, is in North Hamgyong Province.', [CAMP('Tanbong camp'), CAMP('Camp 22'), place('North Hamgyong Province')],
      ['located_in Tanbong camp -> North Hamgyong Province [located-in-site-is-in]']],
    ['The Tanbong Market is in northern Hyesan.', [place('Tanbong Market', 'facility'), place('Hyesan')],
      ['located_in Tanbong Market -> Hyesan [located-in-site-is-in]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));

  const mustNot: Not[] = [
    // a town is never "at" another; someone of the camp is somewhere; a possessive holder
    ['Traders from Hyesan at Pyongyang were held.', [place('Hyesan'), place('Pyongyang')]],
    ['A guard from Camp 22 is in Pyongyang now.', [CAMP('Camp 22'), place('Pyongyang')]],
    ['A guard from Camp 22 was in Pyongyang last week.', [CAMP('Camp 22'), place('Pyongyang')]],
    ["Camp 22 is in China's sights.", [CAMP('Camp 22'), place('China')]],
    ['Hyesan is in turmoil, and Pyongyang is calm.', [place('Hyesan'), place('Pyongyang')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations12: declaratives and a post in charge of something', () => {
  const KPA = () => org("Tanbong People's Army", 'military');
  const must: Case[] = [
    ["Pak Yong, the Tanbong Party secretary in charge of propaganda, was purged.", [person('Pak Yong'), org('Tanbong Party', 'party')],
      ['affiliated_with Pak Yong -> Tanbong Party [affiliated-person-comma-org-role]']],
    ['Pak Yong, 45, was a Ministry of State Security officer in Hyesan.', [person('Pak Yong'), MSS(), place('Hyesan')],
      ['affiliated_with Pak Yong -> Ministry of State Security [affiliated-person-declared-org-role]']],
    ['Pak Yong is a Tanbong News reporter.', [person('Pak Yong'), org('Tanbong News', 'media')],
      ['affiliated_with Pak Yong -> Tanbong News [affiliated-person-declared-org-role]']],
    ["Pak Yong spent ten years in the Tanbong People's Army.", [person('Pak Yong'), KPA()],
      ["affiliated_with Pak Yong -> Tanbong People's Army [affiliated-person-declared-spent-years]"]],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));

  const mustNot: Not[] = [
    // the apposition not closed; someone else is the officer; no post named; the kin's service; what the organ owns
    ['According to Pak Yong, the MSS official in charge of the case took bribes.', [person('Pak Yong'), org('MSS', 'security', 'Ministry of State Security')]],
    ['The man who arrested Pak Yong was an MSS officer.', [person('Pak Yong'), org('MSS', 'security', 'Ministry of State Security')]],
    ["Pak Yong was a Tanbong News reporters' source.", [person('Pak Yong'), org('Tanbong News', 'media')]],
    ['Pak Yong was a Ministry of State Security target.', [person('Pak Yong'), MSS()]],
    ["Pak Yong's father spent ten years in the Tanbong People's Army.", [person('Pak Yong'), KPA()]],
    ["Pak Yong spent ten years in the Ministry of State Security's prison camps.", [person('Pak Yong'), MSS()]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations12: the organization, its place and a seat unit side by side', () => {
  const must: Case[] = [
    ['They wrote to the Tanbong Refugee Agency Moscow office.', [org('Tanbong Refugee Agency', 'international'), place('Moscow', 'special_city')],
      ['based_in Tanbong Refugee Agency -> Moscow [based-in-org-place-unit]']],
    ['The MSS Hyesan branch arrested him.', [org('MSS', 'security', 'Ministry of State Security'), place('Hyesan')],
      ['based_in MSS -> Hyesan [based-in-org-place-unit]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // a unit naming a subject; the place opens another phrase
    ['The Tanbong Institute North Korea division published it.', [org('Tanbong Institute', 'ngo'), place('North Korea')]],
    ['He told Tanbong News Hyesan residents were angry.', [org('Tanbong News', 'media'), place('Hyesan')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations12: a post alone in parentheses after the name', () => {
  const must: Case[] = [
    ["Testimony by Pak Yong (former Chairman of the Standing Committee of the Tanbong Assembly) says so.", [person('Pak Yong'), org('Standing Committee of the Tanbong Assembly', 'state')],
      ['affiliated_with Pak Yong -> Standing Committee of the Tanbong Assembly [affiliated-person-parenthesis-role]']],
    ['Pak Yong (a researcher at the Tanbong Institute) said so.', [person('Pak Yong'), org('Tanbong Institute', 'ngo')],
      ['affiliated_with Pak Yong -> Tanbong Institute [affiliated-person-parenthesis-role]']],
    ['Pak Yong (Tanbong News reporter) said so.', [person('Pak Yong'), org('Tanbong News', 'media')],
      ['affiliated_with Pak Yong -> Tanbong News [affiliated-person-parenthesis-org-role]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    ['Pak Yong (arrested by the Ministry of State Security) said so.', [person('Pak Yong'), MSS()]],
    ['Pak Yong (Tanbong News) said so.', [person('Pak Yong'), org('Tanbong News', 'media')]],
    ["Pak Yong (the Ministry of State Security's prisoner) said so.", [person('Pak Yong'), MSS()]],
    ['Pak Yong (a researcher at the Tanbong Institute and a critic of the Ministry of State Security) said so.', [person('Pak Yong'), org('Tanbong Institute', 'ngo'), MSS()]],
  ];
  // the researcher's institute is his; the ministry must stay out
  it.each(mustNot)('nothing of the ministry or the bare outlet in: %s', (s, specs) =>
    expect(run(s, specs).filter((r) => !r.includes('Tanbong Institute'))).toEqual([]));
});

describe('issue #16, relations13: seats and places over a coordination, an apposition or a clause', () => {
  const must: Case[] = [
    // a possessive over a coordination seats every item
    ["Reports by North Korea's Tanbong Agency and Rodong Times newspaper differ.",
      [place('North Korea'), org('Tanbong Agency', 'media'), org('Rodong Times', 'media')],
      ["based_in Tanbong Agency -> North Korea [based-in-place-possessive-org]", "based_in Rodong Times -> North Korea [based-in-place-possessive-org]"]],
    // an item with its own seat is no item of the list
    ["Reports by North Korea's Tanbong Agency and the Japan-based Rodong Times differ.",
      [place('North Korea'), org('Tanbong Agency', 'media'), place('Japan'), org('Rodong Times', 'media')],
      ["based_in Tanbong Agency -> North Korea [based-in-place-possessive-org]", 'based_in Rodong Times -> Japan [based-in-place-based-org]']],
    // an outlet and its place alone in parentheses
    ['Source: Tanbong Times (Japan)', [org('Tanbong Times', 'media'), place('Japan')],
      ['based_in Tanbong Times -> Japan [based-in-outlet-parenthesis-place]']],
    // the holder in an apposition naming the kind of place
    ['Police detained ten men in Dandong, a Jilin Province city neighboring North Korea.',
      [place('Dandong'), place('Jilin Province'), place('North Korea')],
      ['located_in Dandong -> Jilin Province [located-in-apposition-holder-kind]']],
    ['Yanji, a Jilin Province border town, is busy.', [place('Yanji'), place('Jilin Province')],
      ['located_in Yanji -> Jilin Province [located-in-apposition-holder-kind]']],
    // the holder, then a clause saying it administers the place
    ['Jilin Province, which administers Yanji, borders North Korea.', [place('Jilin Province'), place('Yanji'), place('North Korea')],
      ['located_in Yanji -> Jilin Province [located-in-holder-which-administers]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // a unit's place in parentheses after a state organ; an outlet's acronym
    ['The Ministry of State Security (Hyesan) raided homes.', [MSS(), place('Hyesan')]],
    // the kind of place is no place head, or the head opens another noun
    ['In Dandong, a Jilin Province official said so.', [place('Dandong'), place('Jilin Province')]],
    ['In Yanji, a Jilin Province city official said so.', [place('Yanji'), place('Jilin Province')]],
    // a clause that governs nothing
    ['Dandong, which trades with Yanji, is busy.', [place('Dandong'), place('Yanji')]],
    ['Jilin Province, which borders Yanji, is cold.', [place('Jilin Province'), place('Yanji')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations13: a speaker for a body, persons who work for it', () => {
  const UN = () => org('Office of the Tanbong Commissioner', 'international');
  const must: Case[] = [
    // a briefing's speaker and the body she speaks for, the apposition closed
    ['Pak Yong, for the Office of the Tanbong Commissioner (OTC), gave the following statement:', [person('Pak Yong'), UN(), org('OTC', 'international', 'Office of the Tanbong Commissioner')],
      ['affiliated_with Pak Yong -> Office of the Tanbong Commissioner [affiliated-person-comma-for-org]']],
    ['Pak Yong, on behalf of the Office of the Tanbong Commissioner, said the report was grim.', [person('Pak Yong'), UN()],
      ['affiliated_with Pak Yong -> Office of the Tanbong Commissioner [affiliated-person-comma-for-org]']],
    // persons in a list who work for the body, its seat written "-based"
    ['Pak Yong and Kim Chol both work for the Japan-based Tanbong Times media venture.',
      [person('Pak Yong'), person('Kim Chol'), place('Japan'), org('Tanbong Times', 'media')],
      ['affiliated_with Pak Yong -> Tanbong Times [affiliated-persons-work-for]', 'affiliated_with Kim Chol -> Tanbong Times [affiliated-persons-work-for]',
        'based_in Tanbong Times -> Japan [based-in-place-based-org]']],
    ['Pak Yong and Kim Chol work for Tanbong Times.', [person('Pak Yong'), person('Kim Chol'), org('Tanbong Times', 'media')],
      ['affiliated_with Pak Yong -> Tanbong Times [affiliated-persons-work-for]', 'affiliated_with Kim Chol -> Tanbong Times [affiliated-persons-work-for]']],
    // an adverb of frequency in the clause of work
    ['The group includes photographer Pak Yong, who often worked for the Tanbong Times.', [person('Pak Yong'), org('Tanbong Times', 'media')],
      ['affiliated_with Pak Yong -> Tanbong Times [affiliated-person-role-of-org]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    ['Pak Yong, for the first time, met the Office of the Tanbong Commissioner.', [person('Pak Yong'), UN()]],
    ["Thanks to Pak Yong, for the Office of the Tanbong Commissioner's staff it was a win.", [person('Pak Yong'), UN()]],
    ['Pak Yong, for the Office of the Tanbong Commissioner had released him, was glad.', [person('Pak Yong'), UN()]],
    ['The guards who beat Pak Yong and Kim Chol work for the Tanbong Times.', [person('Pak Yong'), person('Kim Chol'), org('Tanbong Times', 'media')]],
    ["Pak Yong and Kim Chol's sons work for the Tanbong Times.", [person('Pak Yong'), person('Kim Chol'), org('Tanbong Times', 'media')]],
    ['Pak Yong, who often criticized the Tanbong Times, left.', [person('Pak Yong'), org('Tanbong Times', 'media')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations13: a seat written "-based", then the city the organization is in', () => {
  const must: Case[] = [
    ['Pak Yong works for the Jilin Province-based Tanbong TV media venture in Yanji.',
      [person('Pak Yong'), place('Jilin Province'), org('Tanbong TV', 'media'), place('Yanji')],
      ['affiliated_with Pak Yong -> Tanbong TV [affiliated-persons-work-for]', 'based_in Tanbong TV -> Jilin Province [based-in-place-based-org]',
        'located_in Yanji -> Jilin Province [located-in-based-org-in-city]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // where something was told; a country after the name; a place the first cannot hold (and no second seat)
    ['He told the Jilin Province-based Tanbong TV in Yanji that it was cold.', [place('Jilin Province'), org('Tanbong TV', 'media'), place('Yanji')]],
    ['Reporters of the Jilin Province-based Tanbong TV news channel in China agree.', [place('Jilin Province'), org('Tanbong TV', 'media'), place('China')]],
    ['Reporters of the Yanji-based Tanbong TV news channel in Hyesan agree.', [place('Yanji'), org('Tanbong TV', 'media'), place('Hyesan')]],
  ];
  // the seat written "-based" stands; nothing more
  it.each(mustNot)('only the "-based" seat in: %s', (s, specs) =>
    expect(run(s, specs)).toEqual([`based_in Tanbong TV -> ${specs[0]!.text} [based-in-place-based-org]`]));
});

describe('issue #16, relations13: organizations and their seats, respectively', () => {
  const must: Case[] = [
    ['He worked for two companies—Tanbong Trading and Chollima Export—based in China and Japan, respectively.',
      [org('Tanbong Trading', 'company'), org('Chollima Export', 'company'), place('China'), place('Japan')],
      ['based_in Tanbong Trading -> China [based-in-orgs-based-in-places-respectively]', 'based_in Chollima Export -> Japan [based-in-orgs-based-in-places-respectively]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // which one is where is not said
    ['He worked for Tanbong Trading and Chollima Export, based in China and Japan.',
      [org('Tanbong Trading', 'company'), org('Chollima Export', 'company'), place('China'), place('Japan')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations14: a city and its country unclosed, a country as an outlet\'s attribute, a law as the offence', () => {
  const must: Case[] = [
    // a caption: the city, its country, then the verb of the sentence
    ['Traders in Dandong, China unload crates bound for Hyesan.', [place('Dandong'), place('China'), place('Hyesan')],
      ['located_in Dandong -> China [located-in-comma-known-country]']],
    ['In Yanji, China cross-border trade fuels a meth habit.', [place('Yanji'), place('China')],
      ['located_in Yanji -> China [located-in-comma-known-country]']],
    // the country as the attribute of what the outlet is
    ['Japan news site Tanbong Times claimed that the ring was broken.', [place('Japan'), org('Tanbong Times', 'media')],
      ['based_in Tanbong Times -> Japan [based-in-country-attributive-media-org]']],
    ['China state news agency Chollima Press said so.', [place('China'), org('Chollima Press', 'media')],
      ['based_in Chollima Press -> China [based-in-country-attributive-media-org]']],
    // the law that sets the penalty still gives it
    ['Article 60 carries a sentence of up to 10 years of reform through labor.', [law('Article 60'), penalty('10 years of reform through labor')],
      ['penalty_for Article 60 -> 10 years of reform through labor [penalty-law-sets]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // the comma opens a clause whose subject is the country
    ['In Dandong, China has tightened its controls.', [place('Dandong'), place('China')]],
    ['In Yanji, China will close the border.', [place('Yanji'), place('China')]],
    // no preposition governs the city; the gazetteer does not put it in the country
    ['Dandong, China trade grew.', [place('Dandong'), place('China')]],
    ['Traders in Hyesan, China unload crates.', [place('Hyesan'), place('China')]],
    // the country is where something happened, or a media word is no outlet's attribute
    ['He was arrested in China state media Chollima Press said.', [place('China'), org('Chollima Press', 'media')]],
    ['Japan news site Tanbong Trading claimed it.', [place('Japan'), org('Tanbong Trading', 'company')]],
    ['Japan hosts the Tanbong Times.', [place('Japan'), org('Tanbong Times', 'media')]],
    // the law named as the offence a court judged
    ['The court found him guilty of Passport Act violation and sentenced him to a year in prison.', [law('Passport Act'), penalty('a year in prison')]],
    ['He faced Passport Act charges and was given a year in prison.', [law('Passport Act'), penalty('a year in prison')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations14: a person of a unit written after its body', () => {
  const must: Case[] = [
    ['A paper by Pak Yong of Tanbong University School of Law in Jilin Province found more users.',
      [person('Pak Yong'), org('Tanbong University', 'state'), org('School of Law', 'state'), place('Jilin Province')],
      ['affiliated_with Pak Yong -> Tanbong University [affiliated-person-of-org]', 'affiliated_with Pak Yong -> School of Law [affiliated-person-of-org-unit]',
        'based_in School of Law -> Jilin Province [based-in-institution-in-place]']],
    ["Pak Yong of Tanbong University's School of Law said so.",
      [person('Pak Yong'), org('Tanbong University', 'state'), org('School of Law', 'state')],
      ['affiliated_with Pak Yong -> Tanbong University [affiliated-person-of-org]', 'affiliated_with Pak Yong -> School of Law [affiliated-person-of-org-unit]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // a word between: the second organization is no unit of the first
    ['Pak Yong of Free Voices Korea told Tanbong TV so.', [person('Pak Yong'), org('Free Voices Korea', 'ngo'), org('Tanbong TV', 'media')]],
    // the second organization opens a noun phrase of its own
    ["Pak Yong of Free Voices Korea Tanbong TV reporters met.", [person('Pak Yong'), org('Free Voices Korea', 'ngo'), org('Tanbong TV', 'media')]],
  ];
  it.each(mustNot)('only the first body in: %s', (s, specs) =>
    expect(run(s, specs)).toEqual(['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-of-org]']));
});

describe('issue #16, relations14: "while working at" said of the person opening the sentence', () => {
  const must: Case[] = [
    ['Pak Yong, 35, was indicted in 2013 over allegations that he passed on files while working at the Tanbong city government.',
      [person('Pak Yong'), org('Tanbong city government', 'state')],
      ['affiliated_with Pak Yong -> Tanbong city government [affiliated-person-while-working-at-org]']],
    ['Pak Yong was arrested in Hyesan while working for Tanbong Trading.', [person('Pak Yong'), place('Hyesan'), org('Tanbong Trading', 'company')],
      ['affiliated_with Pak Yong -> Tanbong Trading [affiliated-person-while-working-at-org]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    ['Pak Yong said the man was arrested while working for Tanbong Trading.', [person('Pak Yong'), org('Tanbong Trading', 'company')]],
    ["Pak Yong's brother was arrested while working for Tanbong Trading.", [person('Pak Yong'), org('Tanbong Trading', 'company')]],
    ['Pak Yong fled after the guards caught a man while working for Tanbong Trading.', [person('Pak Yong'), org('Tanbong Trading', 'company')]],
    ['Pak Yong met Kim Chol while working for Tanbong Trading.', [person('Pak Yong'), person('Kim Chol'), org('Tanbong Trading', 'company')]],
    ['Pak Yong learned that the man was caught while working for Tanbong Trading.', [person('Pak Yong'), org('Tanbong Trading', 'company')]],
    ['Police say Pak Yong was caught while working for Tanbong Trading.', [person('Pak Yong'), org('Tanbong Trading', 'company')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations14: a post named by its mandate, the name right after it', () => {
  const must: Case[] = [
    ['Taking aim at U.N. High Commissioner for Human Rights Pak Yong and his office, groups issued a statement.',
      [org('U.N.', 'international'), person('Pak Yong')],
      ['affiliated_with Pak Yong -> U.N. [affiliated-org-role-person]']],
    ['The UN Special Rapporteur on North Korea Pak Yong visited Seoul.', [org('UN', 'international'), place('North Korea'), person('Pak Yong'), place('Seoul')],
      ['affiliated_with Pak Yong -> UN [affiliated-org-role-person]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // the mandate ends on a joiner: a second person
    ['The UN envoy for human rights and Pak Yong met.', [org('UN', 'international'), person('Pak Yong')]],
    // no role: what the body did
    ['The UN calls for human rights Pak Yong said.', [org('UN', 'international'), person('Pak Yong')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations14: a former officer "from" a place; the leaving, then the work', () => {
  const must: Case[] = [
    ['Pak Yong, a former MSS officer from Hyesan, said bribes were common.', [person('Pak Yong'), org('MSS', 'security'), place('Hyesan')],
      ['affiliated_with Pak Yong -> MSS [affiliated-person-comma-org-role]']],
    ['Pak Yong, who defected in 2010 and now works for Free Voices Korea, spoke.', [person('Pak Yong'), date('2010'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
    ['Pak Yong, who fled the North in 2010 and now heads Free Voices Korea, spoke.', [person('Pak Yong'), place('North'), date('2010'), org('Free Voices Korea', 'ngo')],
      ['affiliated_with Pak Yong -> Free Voices Korea [affiliated-person-role-of-org]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // the apposition is not closed: "from Hyesan" opens what the sentence says
    ['According to Kim Chol, an MSS officer from Hyesan took bribes.', [person('Kim Chol'), org('MSS', 'security'), place('Hyesan')]],
    // another subject works for it; what the person did is no work
    ['Pak Yong, who defected in 2010 and whose son works for Free Voices Korea, spoke.', [person('Pak Yong'), date('2010'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong, who defected in 2010 and now criticizes Free Voices Korea, spoke.', [person('Pak Yong'), date('2010'), org('Free Voices Korea', 'ngo')]],
    ['Pak Yong, who met officials and then worked for Free Voices Korea, spoke.', [person('Pak Yong'), org('Free Voices Korea', 'ngo')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});

describe('issue #16, relations14: a place said to lie in a part of its holder', () => {
  const must: Case[] = [
    ['Hoeryong lies in the northeast of North Hamgyong Province.', [place('Hoeryong'), place('North Hamgyong Province')],
      ['located_in Hoeryong -> North Hamgyong Province [located-in-preposition]']],
    ['Hyesan sits in the far north of Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
    ['Hyesan, located at the northern tip of Ryanggang Province, is a hub.', [place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province [located-in-preposition]']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(run(s, specs).sort()).toEqual([...expected].sort()));
  const mustNot: Not[] = [
    // outside the holder: a direction without "in the ... of", or from another place
    ['Hoeryong lies north of North Hamgyong Province.', [place('Hoeryong'), place('North Hamgyong Province')]],
    ['Hyesan sits across the river from the far north of Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')]],
    ['Hyesan lies at the end of the road to Ryanggang Province.', [place('Hyesan'), place('Ryanggang Province')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(run(s, specs)).toEqual([]));
});
