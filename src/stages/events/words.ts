/**
 * Lookups on a sentence's words: the word at an offset, the cue phrases that start at a word,
 * where clauses break. Every helper of the events stage reads the sentence through these.
 */
import type { MatchWord } from '../doc.js';

/** A cue list of rules/event-words.yaml, each phrase as its lower-case word keys. */
export type Phrases = readonly (readonly string[])[];

/** How many words before and after its trigger an event's arguments may stand (far beyond any real sentence's clause). */
export const ARGUMENT_REACH = 60;

/** What ends a clause between two words: a comma, a colon or semicolon, a dash, a quotation mark, a bracket. */
export const CLAUSE_BREAK = /[,;:\u2014\u2013"\u201c\u201d()]/;

/** The index of the first word ending after `offset` (binary search; words.length when none). */
export function firstWordFrom(words: readonly MatchWord[], offset: number): number {
  let [lo, hi] = [0, words.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Each cue list's phrases by their first word, built once per list: a word is compared only with the phrases it can start. */
const byFirstWord = new WeakMap<Phrases, Map<string, Phrases>>();

/** The first phrase of the list (in list order) that starts at keys[i], if any. */
export function phraseAt(keys: readonly string[], i: number, phrases: Phrases): readonly string[] | undefined {
  let index = byFirstWord.get(phrases);
  if (index === undefined) {
    const built = new Map<string, (readonly string[])[]>();
    for (const p of phrases) {
      const list = built.get(p[0]!);
      if (list) list.push(p);
      else built.set(p[0]!, [p]);
    }
    index = built;
    byFirstWord.set(phrases, index);
  }
  return index.get(keys[i] ?? '')?.find((p) => p.every((k, j) => keys[i + j] === k));
}

/** Prefix counts of the words where one of the phrases starts: how many in [from, to) is counts[to] - counts[from]. */
export function phraseCounts(keys: readonly string[], phrases: Phrases): Uint32Array {
  const counts = new Uint32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) counts[i + 1] = counts[i]! + (phraseAt(keys, i, phrases) === undefined ? 0 : 1);
  return counts;
}

/** Whether a phrase of the prefix counts starts at a word of [from, to), both clamped to the sentence. */
export function anyIn(counts: Uint32Array, from: number, to: number): boolean {
  const [a, b] = [Math.max(0, Math.min(from, counts.length - 1)), Math.max(0, Math.min(to, counts.length - 1))];
  return b > a && counts[b]! - counts[a]! > 0;
}

/** Whether one of the phrases starts at a word of keys[from, to). */
export function hasPhrase(keys: readonly string[], from: number, to: number, phrases: Phrases): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (phraseAt(keys, i, phrases) !== undefined) return true;
  return false;
}

/** Whether one of the phrases ends right before keys[at] ("North Korean leader" before "Kim Jong Un"). */
export function phraseEndsBefore(keys: readonly string[], at: number, phrases: Phrases): boolean {
  return phrases.some((p) => p.length <= at && p.every((k, j) => keys[at - p.length + j] === k));
}

/** The index of the first value not below `value` in an ascending list. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where each word's clause begins: the first word after the last clause break before it. */
export function clauseStarts(text: string, words: readonly MatchWord[]): Uint32Array {
  const starts = new Uint32Array(words.length);
  for (let i = 1; i < words.length; i++) starts[i] = CLAUSE_BREAK.test(text.slice(words[i - 1]!.end, words[i]!.start)) ? i : starts[i - 1]!;
  return starts;
}

/** Quotation marks, opening or closing. */
const QUOTES = /["\u201c\u201d]/g;

/** Whether a stretch of text holds an odd number of quotation marks: what stands on its two sides is inside a quotation and outside it. */
export function acrossQuotation(between: string): boolean {
  return (between.match(QUOTES)?.length ?? 0) % 2 === 1;
}

/**
 * Prefix counts of the quotation marks of a sentence: counts[i] is how many stand before word i (from the first word's
 * start), counts[words.length] how many before `end`. Two words are on the two sides of a quotation when their counts differ
 * by an odd number.
 */
export function quotationCounts(text: string, words: readonly MatchWord[], end: number): Uint32Array {
  const counts = new Uint32Array(words.length + 1);
  let count = 0;
  let at = words[0]?.start ?? end;
  for (let i = 0; i <= words.length; i++) {
    const until = i < words.length ? words[i]!.start : end;
    for (; at < until; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x22 || c === 0x201c || c === 0x201d) count++;
    }
    counts[i] = count;
  }
  return counts;
}

/** A word of a title: capitalised, or short ("on", "of", "the"). */
const TITLE_CASE_WORD = /^(?:\p{Lu}|\p{Ll}{1,3}$)/u;

/**
 * Whether the offset stands inside a quotation in title case within [from, to): a title or a name ("a declaration
 * entitled \u201cThe Crackdown on Drug Use\u201d"), not what someone said.
 */
export function inQuotedTitle(text: string, offset: number, from: number, to: number): boolean {
  const before = text.slice(from, offset);
  const after = text.slice(offset, to);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('\u201c'));
  const close = [after.indexOf('"'), after.indexOf('\u201d')].filter((i) => i !== -1).reduce((a, b) => Math.min(a, b), Infinity);
  if (open === -1 || close === Infinity) return false;
  const quoted = text.slice(from + open + 1, offset + close).split(/\s+/).filter((w) => w !== '');
  return quoted.length > 0 && quoted.every((w) => TITLE_CASE_WORD.test(w.replace(/^\W+/, '')));
}

/** One sentence's words: the document's text, the words and their lower-case keys, index for index. */
export interface SentenceWords {
  text: string;
  words: readonly MatchWord[];
  keys: readonly string[];
}

/** Whether keys[from, to) holds the word. */
export function hasKey(keys: readonly string[], from: number, to: number, key: string): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, keys.length); i++) if (keys[i] === key) return true;
  return false;
}
