/**
 * Currencies as the press names them, to ISO 4217. A dollar is the US dollar unless another
 * dollar is named ("Hong Kong dollars", "HK$"). Plain "won" is the North Korean won (KPW),
 * the currency of the places this reporting covers, unless the sentence names South Korea
 * or the currency is named "South Korean won" (KRW).
 */
import { formatDecimal } from './numbers.js';

const S = '[ \\t]+';

/** Regex source (compile case-insensitively) for a currency written after the amount. */
export const CURRENCY_AFTER_SOURCE = `(?:${[
  `(?:north|south)${S}korean${S}won`, `korean${S}won`, `nk${S}won`, 'won', 'kpw', 'krw',
  `chinese${S}(?:yuan|renminbi)`, 'yuan', 'renminbi', 'rmb', 'cny',
  `(?:u\\.s\\.|us|american|hong${S}kong|canadian|australian|singapore|(?:new${S})?taiwan(?:ese)?)${S}dollars?`, 'dollars?', 'usd', 'hkd', 'cad', 'aud', 'sgd', 'twd',
  'euros?', 'eur', `(?:japanese${S})?yen`, 'jpy', `(?:russian${S})?ro?ubles?`, `(?:british${S})?pounds?${S}sterling`, 'gbp',
].join('|')})\\b`;

const WON = 'WON';
/** Every written form, lower case with single spaces, and its code. */
const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ...['north korean won', 'nk won', 'kpw'].map((w) => [w, 'KPW'] as const),
  ...['south korean won', 'krw'].map((w) => [w, 'KRW'] as const),
  ...['korean won', 'won', '₩'].map((w) => [w, WON] as const),
  ...['chinese yuan', 'chinese renminbi', 'yuan', 'renminbi', 'rmb', 'cny'].map((w) => [w, 'CNY'] as const),
  ...dollars(['hong kong'], ['hk$', 'hkd'], 'HKD'),
  ...dollars(['canadian'], ['c$', 'cad'], 'CAD'),
  ...dollars(['australian'], ['a$', 'aud'], 'AUD'),
  ...dollars(['singapore'], ['s$', 'sgd'], 'SGD'),
  ...dollars(['taiwan', 'taiwanese', 'new taiwan'], ['nt$', 'twd'], 'TWD'),
  ...dollars(['u.s.', 'us', 'american', ''], ['us$', 'u.s.$', 'u.s. $', '$', 'usd'], 'USD'),
  ...['euro', 'euros', '€', 'eur'].map((w) => [w, 'EUR'] as const),
  ...['yen', 'japanese yen', 'jpy'].map((w) => [w, 'JPY'] as const),
  ...['ruble', 'rubles', 'rouble', 'roubles'].flatMap((w) => [[w, 'RUB'], [`russian ${w}`, 'RUB']] as const),
  ...['pound sterling', 'pounds sterling', 'british pound sterling', 'british pounds sterling', '£', 'gbp'].map((w) => [w, 'GBP'] as const),
]);

function dollars(adjectives: string[], codes: string[], code: string): [string, string][] {
  const names = adjectives.flatMap((a) => ['dollar', 'dollars'].map((d) => (a === '' ? d : `${a} ${d}`)));
  return [...names, ...codes].map((w) => [w, code]);
}

/** A sentence that names South Korea makes plain "won" the South Korean won. */
const SOUTH_KOREA = /\bSouth Korea\b(?!n)|\bRepublic of Korea\b|\bROK\b/;

/**
 * Won per US dollar that only the South Korean won has had since 1997 (750-1,600). The North
 * Korean won trades far from it: about 100-160 officially and 2,000-9,000 and more in markets.
 */
const KRW_PER_USD = { min: 700, max: 1700 } as const;

/** The won an amount is, given the dollar amount the text gives beside it ("30 million won ($25,000)"), or null when the rate tells neither. */
export function wonByDollarRate(won: number, dollars: number): 'KRW' | null {
  if (!(dollars > 0)) return null;
  const rate = won / dollars;
  return rate >= KRW_PER_USD.min && rate <= KRW_PER_USD.max ? 'KRW' : null;
}

/**
 * ISO 4217 code of a currency as written, or null if unknown. The sentence it is written in
 * (a function, called only for plain "won") decides between KPW and KRW.
 */
export function currencyCode(written: string, sentence: string | (() => string)): string | null {
  const code = CURRENCIES.get(written.trim().toLowerCase().replace(/\s+/g, ' '));
  if (code === undefined) return null;
  if (code !== WON) return code;
  return SOUTH_KOREA.test(typeof sentence === 'string' ? sentence : sentence()) ? 'KRW' : 'KPW';
}

/** Canonical form: "2000 CNY" or "100-170 CNY". */
export function moneyCanonical(min: number, max: number, currency: string): string {
  return min === max ? `${formatDecimal(min)} ${currency}` : `${formatDecimal(min)}-${formatDecimal(max)} ${currency}`;
}
