/**
 * The relations stage: wired to the compiled rules, and end to end over sentences whose
 * entities the gazetteer and pattern finders already find.
 */
import { describe, expect, it } from 'vitest';
import { relations } from '../../src/stages/relations.js';
import { DocumentSchema } from '../../src/types.js';
import { extract } from '../helpers.js';
import { buildDoc, drug, place, quantity, realRules } from '../relations/build.js';

describe('relations stage', () => {
  it('replaces the relations of the document with those the compiled patterns find', () => {
    const doc = buildDoc(['He sold 500 grams of meth in Hamhung in South Hamgyong Province.'], [quantity('500 grams'), drug('meth'), place('Hamhung'), place('South Hamgyong Province')]);
    const out = relations(doc, realRules());
    expect(out.relations.map((r) => [r.type, r.subject, r.object, r.rule])).toEqual([
      ['quantity_of', 'e1', 'e2', 'quantity-of'],
      ['located_in', 'e3', 'e4', 'located-in-preposition'],
    ]);
  });

  it('finds nothing without patterns', () => {
    const doc = buildDoc(['He sold 500 grams of meth.'], [quantity('500 grams'), drug('meth')]);
    expect(relations(doc, { ...realRules(), relations: [] }).relations).toEqual([]);
  });
});

/** [type, subject text, object text, conflict] of every relation the pipeline finds. */
function rows(text: string): [string, string, string, boolean][] {
  const doc = extract(text);
  const textOf = (id: string) => doc.entities.find((e) => e.id === id)!.text;
  return doc.relations.map((r) => [r.type, textOf(r.subject), textOf(r.object), r.conflict]);
}

describe('the province of a place the gazetteer does not know', () => {
  const provinceOf = (text: string, name: string) => {
    const e = extract(text).entities.find((x) => x.text === name);
    return e?.type === 'PLACE' ? [e.norm.level, e.norm.province, e.norm.country, e.norm.resolved] : null;
  };

  it('comes from the known place the text puts it in', () => {
    expect(provinceOf('Police raided Sinhung-dong in Hyesan last week.', 'Sinhung-dong')).toEqual(['district', 'Ryanggang Province', 'KP', false]);
    expect(provinceOf('Residents of Toksong Village in Kapsan County were fined.', 'Toksong Village')).toEqual(['village', 'Ryanggang Province', 'KP', false]);
    expect(provinceOf('Guards in Pongchon-ri, North Hamgyong Province, were named.', 'Pongchon-ri')).toEqual(['village', 'North Hamgyong Province', 'KP', false]);
  });

  it('comes through a container the gazetteer does not know either, once that one has its province', () => {
    // Ryonpung-dong in Songbong District (unknown), Songbong District in Hyesan (known)
    expect(provinceOf('Police raided Ryonpung-dong in Songbong District of Hyesan.', 'Ryonpung-dong')).toEqual(['district', 'Ryanggang Province', 'KP', false]);
    expect(provinceOf('Guards at Kumbit Stadium in Songbong District, Hyesan, were named.', 'Kumbit Stadium')).toEqual(['facility', 'Ryanggang Province', 'KP', false]);
    // the unknown container itself has no province: nothing to pass on
    expect(provinceOf('Police raided Ryonpung-dong in Songbong District, and a house in Hyesan.', 'Ryonpung-dong')).toEqual(['district', null, null, false]);
  });

  it('comes from its sentence when every place there with a province lies in that one', () => {
    expect(provinceOf('Musan authorities gathered thousands at Kumbit Stadium.', 'Kumbit Stadium')).toEqual(['facility', 'North Hamgyong Province', 'KP', false]);
    expect(provinceOf('Police searched Ryonhwa District, a source in North Hamgyong Province said.', 'Ryonhwa District')).toEqual(['district', 'North Hamgyong Province', 'KP', false]);
    expect(provinceOf('A market in Kumsong-ri near Hoeryong was closed.', 'Kumsong-ri')).toEqual(['village', 'North Hamgyong Province', 'KP', false]);
    expect(provinceOf('Police raided Ryonpung-dong, Kumsong-ri, Kapsan County.', 'Ryonpung-dong')).toEqual(['district', 'Ryanggang Province', 'KP', false]);
  });

  it('not from a sentence of two provinces, of places set side by side, or of places abroad only', () => {
    expect(provinceOf('Guards from Hyesan and Musan met at Kumbit Stadium.', 'Kumbit Stadium')).toEqual(['facility', null, 'KP', false]);
    expect(provinceOf('He fled from Kumsong-ri to Hyesan.', 'Kumsong-ri')).toEqual(['village', null, null, false]);
    expect(provinceOf('Traders in Kumsong-ri or Hyesan were fined.', 'Kumsong-ri')).toEqual(['village', null, null, false]);
    expect(provinceOf('He fled from Kumsong District to Yanji.', 'Kumsong District')).toEqual(['district', null, null, false]);
    // a river or mountain may span provinces: it takes none from its sentence
    expect(provinceOf('Smugglers crossed the Yalu River near Hyesan.', 'Yalu River')).toEqual(['river', null, 'KP', true]);
  });

  it('stays unknown when the text does not put it in a known place', () => {
    expect(provinceOf('Police raided Sinhung-dong last week.', 'Sinhung-dong')).toEqual(['district', null, null, false]);
    expect(provinceOf('Police raided Sinhung-dong and then Hyesan.', 'Sinhung-dong')).toEqual(['district', null, null, false]);
    // a possessive names the container, not a lower place: Pyongyang stays a place of its own
    expect(provinceOf("Guards in Pyongyang's Moranbong District checked phones.", 'Pyongyang')).toEqual(['special_city', 'Pyongyang', 'KP', true]);
  });
});

describe('the spelling of a place of the North the gazetteer does not know (adjudication 7)', () => {
  const canonicalOf = (text: string, name: string) => extract(text).entities.find((x) => x.text === name)?.canonical;

  it('is McCune–Reischauer once the text puts it in North Korea', () => {
    expect(canonicalOf('Police raided Hwajeon Village in Kapsan County.', 'Hwajeon Village')).toBe('Hwajon');
    expect(canonicalOf('Three were shot at Shinpoong Stadium in Hoeryong.', 'Shinpoong Stadium')).toBe('Sinpung Stadium');
  });

  it('stays as written abroad or where the text puts it nowhere', () => {
    expect(canonicalOf('Police raided Hwajeon Village last week.', 'Hwajeon Village')).toBe('Hwajeon');
    expect(canonicalOf('Traders met in Seongdong-gu in Seoul.', 'Seongdong-gu')).not.toBe('Songdong');
  });
});

describe('end to end', () => {
  const must: [string, [string, string, string, boolean][]][] = [
    ['Police arrested dozens of people in the city of Hoeryong, North Hamgyong Province, last month.', [['located_in', 'Hoeryong', 'North Hamgyong Province', false]]],
    ["Traders in Ryanggang Province's Hyesan reported the arrests.", [['located_in', 'Hyesan', 'Ryanggang Province', false]]],
    ['Hamhung and Sunchon in South Hamgyong and South Pyongan provinces are drug hubs.',
      [['located_in', 'Hamhung', 'South Hamgyong', false], ['located_in', 'Sunchon', 'South Pyongan', false]]],
    ['Onsong County, South Hamgyong Province, saw many arrests.', [['located_in', 'Onsong County', 'South Hamgyong Province', true]]],
    ['The Yanggang Province branch of the Ministry of State Security led the raid.', [['based_in', 'Ministry of State Security', 'Yanggang Province', false]]],
    ['A source in North Hamgyong Province said the provincial Ministry of State Security had set up a task force.',
      [['based_in', 'Ministry of State Security', 'North Hamgyong Province', false]]],
    ['He handed over 500 grams of drugs to the police.', [['quantity_of', '500 grams', 'drugs', false]]],
    ['In Hyesan, meth sells for 100-170 RMB per gram.', [['price_of', '100-170 RMB', 'meth', false]]],
    ["The Ministry of State Security's Onsong County branch questioned the traders.", [['based_in', 'Ministry of State Security', 'Onsong County', false]]],
    ['The Hyesan City police of the Ministry of Social Security arrested three dealers.', [['based_in', 'Ministry of Social Security', 'Hyesan City', false]]],
    ['A gram of ice costs 15 USD in the border region.', [['quantity_of', 'A gram', 'ice', false], ['price_of', '15 USD', 'ice', false]]],
    ['Article 208 of the Criminal Code allows the death penalty for large amounts.', [['penalty_for', 'Article 208', 'death penalty', false]]],
    ['Drug dealers face the death penalty under Article 208 of the Criminal Code.', [['penalty_for', 'Article 208', 'death penalty', false]]],
    ['Ri Pyong Chol, vice chairman of the Central Military Commission, attended the meeting.', [['affiliated_with', 'Ri Pyong Chol', 'Central Military Commission', false]]],
    ['Unification Media Group spoke with reporter Yeom Seung Cheol about the case.', [['affiliated_with', 'Yeom Seung Cheol', 'Unification Media Group', false]]],
    ['An official of the Ministry of State Security named Kim Chol Su was arrested.', [['affiliated_with', 'Kim Chol Su', 'Ministry of State Security', false]]],
    ['In Hyesan, meth sells for 100-170 RMB (15-25 USD) per gram.', [['price_of', '100-170 RMB', 'meth', false], ['price_of', '15-25 USD', 'meth', false]]],
    ['Smugglers bought ice in Hamhung for about 5 million won a kilogram.', [['price_of', '5 million won', 'ice', false]]],
    ['Heroin sold for 900 yuan for 5 grams, a dealer said.', [['price_of', '900 yuan', 'Heroin', false], ['quantity_of', '5 grams', 'Heroin', false]]],
    ['One trafficker received life imprisonment and another 12 years of reform through labor, both under Article 208 of the Criminal Code.',
      [['penalty_for', 'Article 208', 'life imprisonment', false], ['penalty_for', 'Article 208', '12 years of reform through labor', false]]],
    ['Article 60 of the Criminal Code punishes drug sales with up to 10 years of reform through labor and allows the death penalty in grave cases.',
      [['penalty_for', 'Article 60', '10 years of reform through labor', false], ['penalty_for', 'Article 60', 'death penalty', false]]],
    ['He was sentenced to death for drug trafficking under Article 208 of the Criminal Code.', [['penalty_for', 'Article 208', 'death', false]]],
    ['The Ministry of Unification in Seoul released the figures.', [['based_in', 'Ministry of Unification', 'Seoul', false]]],
    ['The Transitional Justice Working Group (TJWG), a Seoul-based group, released a report.', [['based_in', 'Transitional Justice Working Group', 'Seoul', false]]],
  ];
  it.each(must)('%s', (text, expected) => expect(rows(text)).toEqual(expected));

  it.each([
    'The smugglers moved from Hyesan to Hamhung last year.',
    'Hyesan is not in North Hamgyong Province.',
    'Sunchon and Hamhung in South Pyongan Province are drug hubs.',
    'In Hamhung, Pyongyang has ordered a crackdown.',
    'Meth does not sell for 100 yuan anymore.',
    'Meth use is spreading in Hyesan, while rice sold for 5,000 won a kilogram.',
    'A defector told Daily NK in Seoul about the arrests.',
    'He got 10 years of reform through labor and his partner was charged under Article 60 of the Criminal Code.',
  ])('nothing in: %s', (text) => expect(rows(text)).toEqual([]));

  it('gives the sentence as evidence and a valid document', () => {
    const text = 'Prices rose. In Hyesan, meth sells for 100 yuan per gram. Police watched.';
    const doc = extract(text);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.relations).toHaveLength(1);
    const r = doc.relations[0]!;
    expect(r.evidence).toBe('In Hyesan, meth sells for 100 yuan per gram.');
    expect(doc.sentences[r.sentence]).toEqual({ start: text.indexOf('In Hyesan'), end: text.indexOf(' Police') });
  });
});
