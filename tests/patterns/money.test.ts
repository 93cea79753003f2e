import { describe, expect, test } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import type { EntityOf } from '../../src/types.js';
import { rulesDir } from '../helpers.js';

// no gazetteer: the finder alone, independent of the rule files being edited
const pipe = createPipeline({ rulesDir: rulesDir({ 'empty.yaml': 'kind: lexicon\nentries: []\n' }) });
const money = (text: string) => pipe.process({ id: 't', source: 't.txt', text }).entities.filter((e): e is EntityOf<'MONEY'> => e.type === 'MONEY');
const rows = (text: string) => money(text).map((e) => [e.text, e.canonical]);

describe('amounts and ranges', () => {
  test.each([
    ['A gram sold for 100-170 RMB last month.', '100-170 RMB', '100-170 CNY', 100, 170],
    ['The bribe was RMB 2,000.', 'RMB 2,000', '2000 CNY', 2000, 2000],
    ['A gram cost 15-25 USD at the border.', '15-25 USD', '15-25 USD', 15, 25],
    ['He paid $15 for the phone.', '$15', '15 USD', 15, 15],
    ['She paid 10,000 yuan to the guards.', '10,000 yuan', '10000 CNY', 10000, 10000],
    ['Rice costs 1,000 won per kilogram.', '1,000 won', '1000 KPW', 1000, 1000],
    ['He was fined 5,000 North Korean won.', '5,000 North Korean won', '5000 KPW', 5000, 5000],
    ['The house sold for 30 million won.', '30 million won', '30000000 KPW', 30_000_000, 30_000_000],
    ['Brokers charge 2,000 yuan a head.', '2,000 yuan', '2000 CNY', 2000, 2000],
    ['A gram sells for between 100 and 150 yuan.', 'between 100 and 150 yuan', '100-150 CNY', 100, 150],
    ['The fine was 5 million KPW.', '5 million KPW', '5000000 KPW', 5_000_000, 5_000_000],
    ['They paid 40 to 45 yuan a gram.', '40 to 45 yuan', '40-45 CNY', 40, 45],
    ['A phone costs $15-$20 there.', '$15-$20', '15-20 USD', 15, 20],
    ['Bribes ran from $100 to $150.', '$100 to $150', '100-150 USD', 100, 150],
    ['A flat sells for 1.5-2 million won.', '1.5-2 million won', '1500000-2000000 KPW', 1_500_000, 2_000_000],
    ['He paid two million won.', 'two million won', '2000000 KPW', 2_000_000, 2_000_000],
    ['The smugglers earned $1.5 million.', '$1.5 million', '1500000 USD', 1_500_000, 1_500_000],
    ['He paid US$300 to a broker.', 'US$300', '300 USD', 300, 300],
    ['Officials demand U.S. $30 for a permit.', 'U.S. $30', '30 USD', 30, 30],
    ['A room costs 500 Chinese yuan.', '500 Chinese yuan', '500 CNY', 500, 500],
    ['He sent 300 US dollars home.', '300 US dollars', '300 USD', 300, 300],
    ['He sent 300 U.S. dollars home.', '300 U.S. dollars', '300 USD', 300, 300],
    ['The fee was 200 dollars.', '200 dollars', '200 USD', 200, 200],
    ['He was paid 1,000 Hong Kong dollars.', '1,000 Hong Kong dollars', '1000 HKD', 1000, 1000],
    ['The broker wanted HK$8,000.', 'HK$8,000', '8000 HKD', 8000, 8000],
    ['The fine was 50 euros.', '50 euros', '50 EUR', 50, 50],
    ['The fine is between 300,000 won and 500,000 won.', 'between 300,000 won and 500,000 won', '300000-500000 KPW', 300_000, 500_000],
    ['The rate is 2,600 NK won to the dollar.', '2,600 NK won', '2600 KPW', 2600, 2600],
  ])('%j → %j', (text, span, canonical, min, max) => {
    const m = money(text);
    expect(m.map((e) => [e.text, e.canonical])).toEqual([[span, canonical]]);
    expect(m[0]!.norm).toMatchObject({ min, max });
    expect(text.slice(m[0]!.start, m[0]!.end)).toBe(span);
  });

  test('rule names single amounts and ranges', () => {
    expect(money('He paid $15 and then between 10 and 20 yuan.').map((e) => e.rule)).toEqual(['pattern:money', 'pattern:money-range']);
  });

  test('"and" without "between" is two amounts, not a range', () => {
    expect(rows('He paid $500 and 10 more packs.')).toEqual([['$500', '500 USD']]);
    expect(rows('The fines were 500 and 1,000 won.')).toEqual([['1,000 won', '1000 KPW']]);
    expect(rows('She paid 300,000 won and 500 yuan.')).toEqual([['300,000 won', '300000 KPW'], ['500 yuan', '500 CNY']]);
    expect(rows('Between them they paid 300,000 won and 500,000 won.').length).toBe(2);
  });
});

describe('which won', () => {
  test.each([
    ['Rice sold for 5,000 won in Hyesan.', 'KPW'],
    ['A defector in South Korea earns 2 million won a month.', 'KRW'],
    ['A used car costs 10 million South Korean won.', 'KRW'],
    ['South Korean dramas sell for 5,000 won a disc in Sinuiju.', 'KPW'],
  ])('%j → %s', (text, currency) => {
    expect(money(text).map((e) => e.norm.currency)).toEqual([currency]);
  });

  test.each([
    ['The agency gave the family 40 million won ($36,000) to settle.', 'KRW'],
    ['The broker charged 2.5 million won (about US$2,100) per person.', 'KRW'],
    ['A kilogram sold for 20 million won ($2,500) in Hyesan.', 'KPW'],
    ['Rice cost 5,000 won ($0.60) a kilogram at the market.', 'KPW'],
    ['Officials were paid 150 won ($1) a month, a fixed rate.', 'KPW'],
  ])('a dollar equivalent in parentheses tells which won by its rate: %j → %s', (text, currency) => {
    expect(money(text).filter((e) => e.norm.currency !== 'USD').map((e) => e.norm.currency)).toEqual([currency]);
  });

  test('only the sentence naming South Korea makes won KRW', () => {
    const m = money('A defector in South Korea earns 2 million won a month. In Hyesan rice costs 5,000 won.');
    expect(m.map((e) => e.norm.currency)).toEqual(['KRW', 'KPW']);
  });
});

describe('not money', () => {
  test.each([
    ['He earned several thousand won.'],
    ['They spent hundreds of dollars on bribes.'],
    ['Tens of thousands of won changed hands.'],
    ['Thousands of yuan were seized.'],
    ['No one won the argument with the police.'],
    ['Kim, who in 2018 won a medal, was arrested.'],
    ['The team won 3-1 in Pyongyang.'],
    ['Prices rose 15% this year.'],
    ['Call +82 2 1234 5678 for details.'],
    ['Article 208 punishes drug crimes.'],
    ['Over 500 people were arrested in 2019.'],
    ['He carried 500 grams of ice.'],
    ['He served 15 days in a holding center.'],
  ])('%j', (text) => {
    expect(money(text)).toEqual([]);
  });
});

describe('amounts across a wrapped line', () => {
  test('a wrapped line between the number and its currency', () => {
    expect(rows('She paid 10,000\nyuan to the guards.')).toEqual([['10,000\nyuan', '10000 CNY']]);
    expect(rows('He was fined 5,000 North Korean\nwon.')).toEqual([['5,000 North Korean\nwon', '5000 KPW']]);
  });

  test('a blank line ends the amount', () => {
    expect(rows('She paid 10,000\n\nyuan to the guards.')).toEqual([]);
  });
});
