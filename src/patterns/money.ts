/**
 * Money: an amount or a range with its currency written after ("10,000 yuan", "100-170 RMB",
 * "between 100 and 150 yuan", "5,000 North Korean won") or before it ("$15", "RMB 2,000",
 * "$15-$20"), or a range with the currency written twice ("between 400,000 won and 600,000
 * won"). "NK won" is the North Korean won. A scale word on the second number of a range applies to the first ("1.5-2
 * million won"). Rates are left out of the span ("2,000 yuan a head" is 2,000 yuan). Vague
 * amounts ("several thousand won", "hundreds of dollars") have no number and never match.
 *
 * The finder looks for currencies, which are rare, and reads the amount next to each:
 * before a name or code, after a symbol or code. Plain "won" with a dollar equivalent beside
 * it is the won whose rate that is (normalize/money.ts), else decided by its sentence.
 */
import { currencyCode, moneyCanonical, wonByDollarRate } from '../normalize/money.js';
import { NUMBER_SOURCE, inAmount, matchAt, matchEndingAt, mayEndNumber, parseNumber, precedingWord, roundDecimal, scaleOf } from '../normalize/numbers.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny, sentenceAt } from '../stages/doc.js';
import { KeyTable } from '../text/key-table.js';
import { OPTIONAL_WORD_GAP, WORD_GAP } from '../text/space.js';

/** Currency words: codes, written before or after the amount ("RMB 2,000", "100-170 RMB"), and names, written after it ("10,000 yuan"). */
const CURRENCY_WORDS = new KeyTable<'code' | 'name'>([
  ...['rmb', 'cny', 'usd', 'kpw', 'krw', 'eur', 'jpy', 'hkd', 'gbp', 'cad', 'aud', 'sgd', 'twd'].map((w) => [w, 'code'] as const),
  ...['won', 'yuan', 'renminbi', 'dollar', 'dollars', 'euro', 'euros', 'yen', 'ruble', 'rubles', 'rouble', 'roubles', 'sterling'].map((w) => [w, 'name'] as const),
]);
/** Currency symbols, written before the amount ("$15", "HK$8,000"). */
const SYMBOLS = ['$', '€', '£', '₩'];
/** The letters that name which dollar a "$" is: "US$", "HK$", "NT$", "U.S. $" (the country no PLACE then). */
const DOLLAR_PREFIX = /(?<![A-Za-z.])(?:US|HK|NT|C|A|S|U\.S\.[ \t]?)$/y;
/** Words that name which currency: "North Korean won", "Hong Kong dollars", "pounds sterling". */
const QUALIFIER_BEFORE = new RegExp(`(?<![\\w.])(?:north${WORD_GAP}korean|south${WORD_GAP}korean|korean|nk|chinese|u\\.s\\.|us|american|hong${WORD_GAP}kong|canadian|australian|singapore|(?:new${WORD_GAP})?taiwan(?:ese)?|japanese|russian|(?:british${WORD_GAP})?pounds?)${WORD_GAP}$`, 'iy');
/** The last word of a qualifier: "korean" (won), "kong" (dollars), "pounds" (sterling)... */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(['korean', 'nk', 'chinese', 'us', 'american', 'kong', 'canadian', 'australian', 'singapore', 'taiwan', 'taiwanese', 'japanese', 'russian', 'pound', 'pounds']);
const RANGE_SEPARATOR = `${OPTIONAL_WORD_GAP}(-|~|to|and)${OPTIONAL_WORD_GAP}`;
const AMOUNT_BEFORE = new RegExp(`(?<![\\w.,$€£₩])(?:(between)${WORD_GAP})?(${NUMBER_SOURCE})(?:${RANGE_SEPARATOR}(${NUMBER_SOURCE}))?${OPTIONAL_WORD_GAP}$`, 'iyd');
const AMOUNT_AFTER = new RegExp(
  `[ \\t]?(${NUMBER_SOURCE})(?:${RANGE_SEPARATOR}(?:(?:US|HK|NT|C|A|S)?\\$|[€£₩]|(?:RMB|CNY|USD|KPW|KRW|EUR|JPY|HKD|GBP)[ \\t]?)?(${NUMBER_SOURCE}))?`,
  'iyd',
);
const BETWEEN_BEFORE = new RegExp(`between${WORD_GAP}$`, 'iy');
/** What joins the two amounts of "between 400,000 won and 600,000 won". */
const AND_BETWEEN = new RegExp(`^${WORD_GAP}and${WORD_GAP}$`, 'i');
/** How many words before a currency its amount may take: "between one hundred and two hundred". */
const AMOUNT_WORDS = 8;

/** "in 2018 won the award": a year after a temporal word is no amount of won. */
const YEAR_BEFORE_WON = new RegExp(`(?:in|since|by|until|till|during|before|after|from)${WORD_GAP}$`, 'iy');
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;
const BARE_WON = /^won$/i;
/** A dollar equivalent in parentheses right after an amount: "($25,000)", "(about US$1.2 million)". */
const DOLLARS_AFTER = new RegExp(`${OPTIONAL_WORD_GAP}\\((?:about|around|roughly|approximately|nearly|some|over|almost)?${OPTIONAL_WORD_GAP}(?:US|U\\.S\\.)?[ \\t]?\\$[ \\t]?(${NUMBER_SOURCE})`, 'iy');

interface Amount {
  start: number;
  end: number;
  first: string;
  second: string | undefined;
  written: string;
}

/** [min, max] of an amount or range, or null when a number does not parse. */
function range(a: Amount): [number, number] | null {
  let min = parseNumber(a.first);
  if (min === null) return null;
  if (a.second === undefined) return [min, min];
  const max = parseNumber(a.second);
  if (max === null) return null;
  const scale = scaleOf(a.second);
  if (scaleOf(a.first) === 1 && min * scale <= max) min = roundDecimal(min * scale);
  return min <= max ? [min, max] : null;
}

function sentenceText(doc: WorkingDoc, offset: number): string {
  const i = sentenceAt(doc.sentences, offset);
  if (i !== -1) return doc.folded.slice(doc.sentences[i]!.start, doc.sentences[i]!.end);
  const lineStart = doc.folded.lastIndexOf('\n', offset) + 1;
  const lineEnd = doc.folded.indexOf('\n', offset);
  return doc.folded.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
}

/**
 * The amount written before a currency that starts at `at`. "and" makes a range only after
 * "between"; otherwise the amount is the number next to the currency ("... and 1,000 won").
 */
function amountBefore(text: string, at: number, written: string): Amount | null {
  const last = precedingWord(text, at);
  if (!last || !mayEndNumber(last.word)) return null;
  const m = matchEndingAt(AMOUNT_BEFORE, text, at, AMOUNT_WORDS, inAmount);
  if (!m) return null;
  const [, between, first, separator, second] = m;
  const end = at + written.length;
  if (separator?.toLowerCase() !== 'and' || between !== undefined) return { start: m.index, end, first: first!, second, written };
  return { start: m.indices![4]![0], end, first: second!, second: undefined, written };
}

/** The amount written after a currency symbol or code that spans [currencyStart, at). */
function amountAfter(text: string, currencyStart: number, at: number, written: string): Amount | null {
  const m = matchAt(AMOUNT_AFTER, text, at);
  if (!m) return null;
  const [, first, separator, second] = m;
  const between = matchEndingAt(BETWEEN_BEFORE, text, currencyStart, 1);
  if (separator?.toLowerCase() === 'and' && !between) return { start: currencyStart, end: m.indices![1]![1], first: first!, second: undefined, written };
  return { start: between ? between.index : currencyStart, end: m.index + m[0].length, first: first!, second, written };
}

function moneyDraft(doc: WorkingDoc, a: Amount): Draft | null {
  const text = doc.folded;
  if (BARE_WON.test(a.written)) {
    // "no one won", "in 2018 won": words and years before the verb "won"
    if (!/\d/.test(a.first) && scaleOf(a.first) === 1) return null;
    if (YEAR_LIKE.test(a.first) && matchEndingAt(YEAR_BEFORE_WON, text, a.start, 1)) return null;
  }
  const r = range(a);
  if (r === null) return null;
  const dollars = BARE_WON.test(a.written) ? matchAt(DOLLARS_AFTER, text, a.end) : null;
  const byRate = dollars && a.second === undefined ? wonByDollarRate(r[0], parseNumber(dollars[1]!) ?? 0) : null;
  const currency = byRate ?? currencyCode(a.written, () => sentenceText(doc, a.start));
  if (currency === null) return null;
  return {
    type: 'MONEY', text: doc.text.slice(a.start, a.end), start: a.start, end: a.end, canonical: moneyCanonical(r[0], r[1], currency), canonicalId: null,
    rule: a.second === undefined ? 'pattern:money' : 'pattern:money-range', norm: { currency, min: r[0], max: r[1] },
  };
}

/** Where currencies are written, which is rarely: [start, end, kind] in text order. */
function currencies(doc: WorkingDoc): [number, number, 'symbol' | 'code' | 'name'][] {
  const text = doc.folded;
  const found: [number, number, 'symbol' | 'code' | 'name'][] = [];
  for (const w of doc.words) {
    const kind = CURRENCY_WORDS.get(w.key);
    if (kind !== undefined) found.push([w.start, w.end, kind]);
  }
  for (const symbol of SYMBOLS) {
    for (let i = text.indexOf(symbol); i !== -1; i = text.indexOf(symbol, i + 1)) found.push([i, i + 1, 'symbol']);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

export function findMoney(doc: WorkingDoc): Draft[] {
  const text = doc.folded;
  const out: Draft[] = [];
  for (const [at, end, kind] of currencies(doc)) {
    const prefix = kind === 'symbol' && text.charCodeAt(at) === 36 ? matchEndingAt(DOLLAR_PREFIX, text, at, 2) : null;
    const start = prefix ? prefix.index : at;
    const written = text.slice(start, end);
    let amount: Amount | null;
    if (kind === 'symbol') amount = amountAfter(text, start, end, written);
    else if (kind === 'code') amount = amountBefore(text, start, written) ?? amountAfter(text, start, end, written);
    else {
      const last = precedingWord(text, start);
      // no word right before: punctuation, as in "U.S. dollars"
      const q = !last || QUALIFIER_WORDS.has(last.word) ? matchEndingAt(QUALIFIER_BEFORE, text, start, 3) : null;
      const qualified = q ? text.slice(q.index, end) : null;
      const name = qualified !== null && currencyCode(qualified, '') !== null ? qualified : written;
      amount = amountBefore(text, end - name.length, name);
    }
    const d = amount && moneyDraft(doc, amount);
    if (!d || overlapsAny(doc.boilerplate, d.start, d.end) || out.some((o) => o.start < d.end && d.start < o.end)) continue;
    const joined = out.length > 0 ? rangeWrittenTwice(doc, out[out.length - 1]!, d) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(d);
  }
  return out;
}

/** "between 400,000 won and 600,000 won": two single amounts of one currency after "between", one range. */
function rangeWrittenTwice(doc: WorkingDoc, first: Draft, second: Draft): Draft | null {
  if (first.type !== 'MONEY' || second.type !== 'MONEY' || !/^between\b/i.test(first.text)) return null;
  const a = first.norm;
  const b = second.norm;
  if (a.currency !== b.currency || a.min !== a.max || b.min !== b.max || !(a.min < b.min) || !AND_BETWEEN.test(doc.text.slice(first.end, second.start))) return null;
  return {
    ...first, text: doc.text.slice(first.start, second.end), end: second.end, canonical: moneyCanonical(a.min, b.max, a.currency), rule: 'pattern:money-range',
    norm: { currency: a.currency, min: a.min, max: b.max },
  };
}
