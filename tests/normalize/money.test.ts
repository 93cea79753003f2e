import { describe, expect, test } from 'vitest';
import { currencyCode, moneyCanonical, wonByDollarRate } from '../../src/normalize/money.js';

const NK = 'Rice sold for 5,000 won in Hyesan.';

describe('currencyCode', () => {
  test.each([
    ['RMB', 'CNY'], ['yuan', 'CNY'], ['Chinese yuan', 'CNY'], ['renminbi', 'CNY'], ['CNY', 'CNY'],
    ['$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'], ['US dollars', 'USD'], ['U.S. dollars', 'USD'], ['American dollars', 'USD'],
    ['Hong Kong dollars', 'HKD'], ['HK$', 'HKD'], ['Canadian dollars', 'CAD'], ['NT$', 'TWD'], ['Taiwan dollars', 'TWD'],
    ['won', 'KPW'], ['Korean won', 'KPW'], ['North Korean won', 'KPW'], ['KPW', 'KPW'], ['₩', 'KPW'],
    ['South Korean won', 'KRW'], ['KRW', 'KRW'],
    ['euros', 'EUR'], ['€', 'EUR'], ['yen', 'JPY'], ['rubles', 'RUB'], ['roubles', 'RUB'], ['£', 'GBP'], ['pounds sterling', 'GBP'],
  ])('%s → %s', (written, code) => {
    expect(currencyCode(written, NK)).toBe(code);
  });

  test.each([
    ['A defector in South Korea earns 2 million won a month.', 'KRW'],
    ['Brokers in the Republic of Korea charge 10 million won.', 'KRW'],
    ['South Korean dramas sell for 5,000 won a disc in Sinuiju.', 'KPW'],
    ['A kilogram of rice costs 6,000 won in Pyongyang.', 'KPW'],
  ])('plain won in %j → %s', (sentence, code) => {
    expect(currencyCode('won', sentence)).toBe(code);
  });

  test('North Korean won stays KPW in a sentence naming South Korea', () => {
    expect(currencyCode('North Korean won', 'South Korea reported prices of 5,000 North Korean won.')).toBe('KPW');
  });

  test.each([['pounds'], ['points'], ['percent'], ['people']])('%s is not a currency', (written) => {
    expect(currencyCode(written, NK)).toBeNull();
  });
});

describe('moneyCanonical', () => {
  test.each([
    [2000, 2000, 'CNY', '2000 CNY'],
    [100, 170, 'CNY', '100-170 CNY'],
    [30_000_000, 30_000_000, 'KPW', '30000000 KPW'],
    [1.5, 1.5, 'USD', '1.5 USD'],
  ])('%d-%d %s → %s', (min, max, currency, canonical) => {
    expect(moneyCanonical(min, max, currency)).toBe(canonical);
  });
});

describe('wonByDollarRate', () => {
  test.each([
    [30_000_000, 27_000, 'KRW'], [1_200, 1, 'KRW'], [750, 1, 'KRW'],
    [8_000, 1, null], [140, 1, null], [20_000_000, 2_500, null], [5_000, 0, null],
  ] as const)('%d won for $%d → %s', (won, dollars, code) => expect(wonByDollarRate(won, dollars)).toBe(code));
});
