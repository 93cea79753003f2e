import { describe, expect, test } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import type { EntityOf } from '../../src/types.js';
import { rulesDir } from '../helpers.js';

// no gazetteer: the finder alone, independent of the rule files being edited
const pipe = createPipeline({ rulesDir: rulesDir({ 'empty.yaml': 'kind: lexicon\nentries: []\n' }) });
const quantities = (text: string) =>
  pipe.process({ id: 't', source: 't.txt', text }).entities.filter((e): e is EntityOf<'QUANTITY'> => e.type === 'QUANTITY');

describe('quantities of mass', () => {
  test.each([
    ['Police seized 500g of methamphetamine.', '500g', 500],
    ['They found 1.5 kg of opium.', '1.5 kg', 1500],
    ['He hid two kilograms of ice in a coal shed.', 'two kilograms', 2000],
    ['She carried half a kilogram of heroin.', 'half a kilogram', 500],
    ['Agents recovered 3 Kilograms of drugs.', '3 Kilograms', 3000],
    ['The dealer sold 1,200 grams in a month.', '1,200 grams', 1200],
    ['He was caught with a kilogram of meth.', 'a kilogram', 1000],
    ['They weighed out a single gram for each buyer.', 'a single gram', 1],
    ['Guards found 0.2 grams of ice.', '0.2 grams', 0.2],
    ['Smugglers moved 2 tons of ephedrine.', '2 tons', 2_000_000],
    ['Customs seized 1.5 metric tons of precursors.', '1.5 metric tons', 1_500_000],
    ['He bought a 500-gram bag.', '500-gram', 500],
    ['They split it into 5kg packages.', '5kg', 5000],
    ['Police seized twenty-five kilos of opium.', 'twenty-five kilos', 25_000],
    ['The pill contained 30 mg of the drug.', '30 mg', 0.03],
    ['He carried one and a half kilograms of ice.', 'one and a half kilograms', 1500],
    ['Two kilograms were found at the station.', 'Two kilograms', 2000],
    ['Agents found 2 pounds of crystal meth in the van.', '2 pounds', 907.18474],
    ['She hid a pound of opium in a rice sack.', 'a pound', 453.59237],
    ['Each courier carried 10 lbs of ephedrine.', '10 lbs', 4535.9237],
    ['The pouch held 4 ounces of heroin.', '4 ounces', 113.398093],
    ['A 1-oz packet was found on him.', '1-oz', 28.349523],
  ])('%j → %j = %d g', (text, span, grams) => {
    const q = quantities(text);
    expect(q.map((e) => [e.text, e.norm.grams])).toEqual([[span, grams]]);
    expect(q[0]!.canonical).toBe(`${grams} g`);
    expect(q[0]!.rule).toBe('pattern:quantity');
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe(span);
  });

  test('canonical is plain decimal, never an exponent', () => {
    expect(quantities('They moved 20 tonnes of ephedrine.')[0]!.canonical).toBe('20000000 g');
  });

  test('a conversion in parentheses restates the amount before it', () => {
    expect(quantities('They carried 450 grams (1 lb) of ice.').map((e) => e.text)).toEqual(['450 grams']);
    expect(quantities('They carried 2 pounds (907 grams) of ice.').map((e) => e.text)).toEqual(['2 pounds']);
    expect(quantities('They carried 450 grams of ice (and 2 kg of opium).').map((e) => e.text)).toEqual(['450 grams', '2 kg']);
  });

  test('several quantities in one sentence', () => {
    expect(quantities('They seized 500 grams of ice and 2 kg of opium.').map((e) => e.text)).toEqual(['500 grams', '2 kg']);
  });
});

describe('not quantities', () => {
  test.each([
    ['Several hundred grams of ice were seized.'],
    ['Hundreds of kilograms of drugs crossed the border.'],
    ['Tons of meth were produced in Hamhung.'],
    ['A large volume of drugs was found.'],
    ['A few grams is enough to be arrested.'],
    ['The border fence is 10 km long.'],
    ['Each bottle holds 3 liters of alcohol.'],
    ['The river is 200 meters wide here.'],
    ['More than 500 people were arrested.'],
    ['He bought a 5G phone in China.'],
    ['The prices were 2-3 kg equivalents.'],
    ['Each dealer carried between 2 and 3 kilograms.'],
    ['Ice sells for 5,000 yuan a kilogram.'],
    ['Ice sells for $30 a gram.'],
    ['The price per 1 kg fell sharply.'],
    ['Article 208 punishes drug crimes.'],
    ['Call +82 2 1234 5678 for details.'],
    ['Prices rose 15% this year.'],
    ['He served two months in a labor camp.'],
    ['She is in her 40s and lives in Hyesan.'],
    ['The broker asked for 500 pounds sterling.'],
    ['He paid 300 British pounds for the phone.'],
    ['The 10 OZ bottle was empty.'],
  ])('%j', (text) => {
    expect(quantities(text)).toEqual([]);
  });
});

describe('quantities across a wrapped line', () => {
  test('a wrapped line between the number and its unit', () => {
    expect(quantities('He hid two\nkilograms of ice in a coal shed.').map((e) => [e.text, e.norm.grams, e.canonical])).toEqual([['two\nkilograms', 2000, '2000 g']]);
    expect(quantities('Police seized two metric\ntons of ice.').map((e) => [e.text, e.norm.grams])).toEqual([['two metric\ntons', 2_000_000]]);
  });

  test('a blank line ends the quantity', () => {
    expect(quantities('He hid two\n\nkilograms of ice in a coal shed.')).toEqual([]);
  });
});

describe("a vessel's tonnage is its size, no quantity (adjudication 8)", () => {
  const withVessels = createPipeline({ rulesDir: rulesDir({ 'vessels.yaml': 'kind: lexicon\nentries:\n  - { id: vessel-nouns, words: [ship, vessel, freighter] }\n' }) });
  const found = (text: string) => withVessels.process({ id: 't', source: 't.txt', text }).entities.filter((e): e is EntityOf<'QUANTITY'> => e.type === 'QUANTITY').map((e) => e.text);
  test.each([
    'Troops boarded the 4,480-ton Tanbong Star off the coast.',
    'The Chollima 3 was a 300 tonne vessel.',
    'It was a 2,000-ton cargo ship.',
    'The Chollima 3 was a 300 tonne\nvessel across a wrapped line.',
  ])('%s', (text) => expect(found(text)).toEqual([]));
  test.each([
    ['Customs seized 300 tons of ship fuel.', ['300 tons']],
    ['Police found 2 tons of methamphetamine on the ship.', ['2 tons']],
    ['A 10-ton shipment of coal left Nampo.', ['10-ton']],
    ['Ri Chol sold a 500-gram bag to a Freighter Company clerk.', ['500-gram']],
  ])('must not match: %s', (text, expected) => expect(found(text)).toEqual(expected));
});
