/**
 * Numbers as the press writes them: digits with thousands separators and decimals ("1,200",
 * "1.5"), number words ("two", "twenty-five", "one and a half", "half a"), either followed by
 * scale words ("30 million", "a hundred thousand"). A bare scale word is not a number:
 * "several hundred", "hundreds of", "tens of thousands" are vague amounts and never match.
 *
 * Finders find a rare anchor first (a unit, a currency) and read the number backwards from
 * it; the helpers at the end of this module make that reading cheap.
 */

const SMALL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}));

const alternation = (words: ReadonlyMap<string, number>) => [...words.keys()].sort((a, b) => b.length - a.length).join('|');
/** Regex source for a number in digits: "1,200", "1.5", "500". */
export const DIGITS_SOURCE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const WORD = `(?:(?:${alternation(TENS_WORDS)})(?:-(?:${ONES}))?|${alternation(SMALL_WORDS)})\\b`;
const SCALE = `(?:${alternation(SCALE_WORDS)})\\b`;

/**
 * Regex source (no capturing groups, to be compiled case-insensitively) for one number with
 * optional scale words. Callers add their own left boundary: digits must not follow a digit,
 * dot or comma.
 */
export const NUMBER_SOURCE = `(?:(?:${DIGITS_SOURCE})|${WORD}(?: and a half\\b)?|half(?: an?\\b)?|an?[ \\t]${SCALE})(?:[ \\t]${SCALE})*`;

/** A whole string that is one number as NUMBER_SOURCE finds it. */
const WHOLE = new RegExp(`^${NUMBER_SOURCE}$`, 'i');
const DIGITS_WHOLE = new RegExp(`^(?:${DIGITS_SOURCE})$`);

function baseValue(base: string): number | null {
  if (DIGITS_WHOLE.test(base)) return Number(base.replace(/,/g, ''));
  if (base === 'a' || base === 'an') return 1;
  if (base === 'half' || base === 'half a' || base === 'half an') return 0.5;
  let value = 0;
  let rest = base;
  if (rest.endsWith(' and a half')) {
    value += 0.5;
    rest = rest.slice(0, -' and a half'.length);
  }
  const [tens, ones] = rest.split('-');
  if (ones !== undefined) {
    const t = TENS_WORDS.get(tens!);
    const o = SMALL_WORDS.get(ones);
    return t === undefined || o === undefined || o === 0 || o > 9 ? null : value + t + o;
  }
  const w = SMALL_WORDS.get(rest) ?? TENS_WORDS.get(rest);
  return w === undefined ? null : value + w;
}

/** The value of a number as NUMBER_SOURCE matches it, or null for anything else. */
export function parseNumber(text: string): number | null {
  const first = text.charCodeAt(0);
  // digits alone, the common case, need only the digits pattern
  if (first >= 48 && first <= 57 && !text.includes(' ') && !text.includes('\t')) return DIGITS_WHOLE.test(text) ? Number(text.split(',').join('')) : null;
  const t = text.trim().toLowerCase().replace(/[ \t]+/g, ' ');
  if (!WHOLE.test(t)) return null;
  const words = t.split(' ');
  let scale = 1;
  while (words.length > 1 && SCALE_WORDS.has(words[words.length - 1]!)) scale *= SCALE_WORDS.get(words.pop()!)!;
  const base = baseValue(words.join(' '));
  return base === null ? null : roundDecimal(base * scale);
}

/** The product of a number's trailing scale words: 1e6 for "30 million", 1 for "500". */
export function scaleOf(number: string): number {
  let scale = 1;
  for (const w of number.trim().toLowerCase().split(/[ \t]+/).reverse()) {
    const s = SCALE_WORDS.get(w);
    if (s === undefined) break;
    scale *= s;
  }
  return scale;
}

/** Rounds away float noise (1.1 * 1000 = 1100.0000000000002) to six decimals. */
export function roundDecimal(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Plain decimal notation, never an exponent: 1500, 0.5, 3000000. */
export function formatDecimal(x: number): string {
  const r = roundDecimal(x);
  if (Math.abs(r) >= 1e21) return BigInt(Math.round(r)).toString();
  if (Number.isInteger(r)) return String(r);
  return r.toFixed(6).replace(/0+$/, '');
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isGap = (c: number) => c === 32 || c === 9 || c === 45 || c === 44 || c === 34 || c === 39;
/** A gap, a carriage return, or a wrapped line's line break: the first one `countLineBreak` counts. */
const isGapOrWrap = (c: number, countLineBreak: () => number) => isGap(c) || c === 13 || (c === 10 && countLineBreak() === 1);

/** A word next to an offset, lower case, with where it starts and ends. */
export interface NearWord {
  word: string;
  start: number;
  end: number;
}

/**
 * The word just before `at`, past spaces, tabs, hyphens, commas, quotes and one line break: a cheap test
 * before running a pattern that must end at `at` ("is there a number or a lead word?").
 */
export function precedingWord(text: string, at: number): NearWord | null {
  let end = at;
  let lineBreaks = 0;
  while (end > 0 && at - end < 3 && isGapOrWrap(text.charCodeAt(end - 1), () => ++lineBreaks)) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end ? { word: text.slice(start, end).toLowerCase(), start, end } : null;
}

/** The word just after `at`, past the same separators. */
export function followingWord(text: string, at: number): NearWord | null {
  let start = at;
  let lineBreaks = 0;
  while (start < text.length && start - at < 3 && isGapOrWrap(text.charCodeAt(start), () => ++lineBreaks)) start++;
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return start < end ? { word: text.slice(start, end).toLowerCase(), start, end } : null;
}

/** Words a number in words can end with ("twenty-five" ends with "five", "half a" with "a"). */
const NUMBER_END_WORDS: ReadonlySet<string> = new Set([...SMALL_WORDS.keys(), ...TENS_WORDS.keys(), ...SCALE_WORDS.keys(), 'half', 'a', 'an']);

/** True when a word can be the last word of a number: digits, or a number word. */
export function mayEndNumber(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last >= 48 && last <= 57) || NUMBER_END_WORDS.has(word);
}

/**
 * The match of a sticky, `$`-terminated regex that ends exactly at `at`: tried at the starts
 * of the last `maxWords` words before `at` on its line or the line before it (a wrapped line:
 * the patterns stage drops a match across a sentence boundary), farthest first, so the longest match
 * wins. `partOf`, when given, says which words the match can contain: the words before `at`
 * are taken only while it holds, so most anchors cost one or two attempts, not a scan.
 */
export function matchEndingAt(re: RegExp, text: string, at: number, maxWords = 8, partOf?: (word: string) => boolean): RegExpExecArray | null {
  const starts: number[] = [];
  let wordEnd = at;
  let lineBreaks = 0;
  for (let i = at - 1; i >= 0 && starts.length < maxWords; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && ++lineBreaks > 1) break;
    if (!isWordChar(c)) {
      wordEnd = i;
      continue;
    }
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    if (partOf && !partOf(text.slice(i, wordEnd).toLowerCase())) break;
    starts.push(i);
  }
  const head = text.slice(0, at);
  for (let k = starts.length - 1; k >= 0; k--) {
    re.lastIndex = starts[k]!;
    const m = re.exec(head);
    if (m) return m;
  }
  return null;
}

/** The match of a sticky regex starting exactly at `offset`, or null. */
export function matchAt(re: RegExp, text: string, offset: number): RegExpExecArray | null {
  re.lastIndex = offset;
  return re.exec(text);
}

/** Words of a number, a range of numbers or "between": what an amount before its unit can contain. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([...NUMBER_END_WORDS, 'and', 'to', 'or', 'between']);

/** True when a word can be part of an amount: digits, number words, "and", "to", "between". */
export function inAmount(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 48 && first <= 57) || AMOUNT_WORDS.has(word);
}

const RANGE_START_BEFORE = new RegExp(`(?:\\d[\\d,.]*|${WORD})[ \\t]*(?:-|~|to|or|and)[ \\t]*$`, 'iy');

/** True when the text before `at` ends with the first half of a range ("2-", "two to", "5 or"). */
export function followsRangeStart(text: string, at: number): boolean {
  const separator = precedingWord(text, at)?.word;
  if (separator === undefined || (separator !== 'to' && separator !== 'or' && separator !== 'and' && !mayEndNumber(separator))) return false;
  return matchEndingAt(RANGE_START_BEFORE, text, at, 3, inAmount) !== null;
}
