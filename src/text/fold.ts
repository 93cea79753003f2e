/**
 * Length-preserving folding and the word units the gazetteer matches on.
 *
 * `foldText` maps every UTF-16 code unit to exactly one code unit, so an offset into the
 * folded text is the same offset into the original: wink-nlp and every regex run on the
 * folded text and their offsets need no translation. Folding strips diacritics (Hamhŭng →
 * Hamhung), straightens quotes and apostrophes (Hoeryong’s → Hoeryong's), turns dashes into
 * hyphens and exotic spaces (NBSP, zero-width) into plain spaces.
 *
 * `splitWords` is the single tokenizer for gazetteer matching, applied to article text and
 * to rule aliases alike, so both sides always agree on word boundaries.
 */

const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = c;

function foldRange(from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    if (base < 0x80 && base !== c) FOLD[c] = base;
  }
}
// Latin-1, Latin Extended-A/B and Latin Extended Additional: ŏ ŭ é ō ... → o u e o
foldRange(0x00c0, 0x024f);
foldRange(0x1e00, 0x1eff);

const set = (chars: string, to: string) => {
  for (const ch of chars) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);
};
set('\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\u0060\u00b4\u02b9\u02bd', "'");
set('\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb', '"');
set('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d', '-');
set('\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');
set('\u200b\u200c\u200d\u2060\ufeff', ' ');
set('\u2028\u2029\u0085', '\n');

/** Folded code units pass to String.fromCharCode through this reused array, this many at a time. */
const chunk: number[] = [];
const CHUNK = 8192;

/**
 * Same length as the input; see the module comment. Built from the folded code units rather
 * than from slices of the input: the result is then a one-byte string whenever folding left no
 * character beyond Latin-1 (curly quotes are the usual reason an article is two-byte), and every
 * later scan, case mapping and regular expression on it runs up to twice as fast.
 */
export function foldText(text: string): string {
  let first = 0;
  while (first < text.length && FOLD[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  let out = '';
  for (let from = 0; from < text.length; from += CHUNK) {
    chunk.length = Math.min(CHUNK, text.length - from);
    for (let i = 0; i < chunk.length; i++) chunk[i] = FOLD[text.charCodeAt(from + i)]!;
    out += String.fromCharCode.apply(null, chunk);
  }
  return out;
}

export interface Word {
  start: number;
  end: number;
  /** lower-case, apostrophes and soft hyphens removed: the trie key */
  key: string;
  /** the next word may continue the same name: only spaces, hyphens, dots or apostrophes between */
  joinsNext: boolean;
}

/** A word is a run of letters, numbers, marks (\p{L}\p{N}\p{M}) and soft hyphens, code point by code point. */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\u00ad]/u;
const STRIP_FROM_KEY = /['\u00ad]/g;
const APOSTROPHE = 0x27;
const LOWER_S = 0x73;

// Whether a code unit is a word character, learnt from WORD_CHAR on first sight (a whole table
// at load would cost tens of milliseconds per process). High surrogates stay UNKNOWN: whether
// one starts a word character depends on the code point it forms with the next unit.
const UNKNOWN = 0;
const IN_WORD = 1;
const NOT_IN_WORD = 2;
const unitClass = new Uint8Array(0x10000);
const astralInWord = new Map<number, boolean>();

/** Code units of the word character at i (1, or 2 for a surrogate pair), or 0 if there is none; the slow path. */
function classifyAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    // a lone high surrogate is no letter, number or mark
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    const point = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    let inWord = astralInWord.get(point);
    if (inWord === undefined) {
      inWord = WORD_CHAR.test(String.fromCodePoint(point));
      astralInWord.set(point, inWord);
    }
    return inWord ? 2 : 0;
  }
  const inWord = WORD_CHAR.test(String.fromCharCode(c));
  unitClass[c] = inWord ? IN_WORD : NOT_IN_WORD;
  return inWord ? 1 : 0;
}

/** Where the run of word characters from i ends. */
function wordCharsEnd(text: string, i: number): number {
  while (i < text.length) {
    const k = unitClass[text.charCodeAt(i)];
    if (k === IN_WORD) i++;
    else if (k === NOT_IN_WORD) break;
    else {
      const n = classifyAt(text, i);
      if (n === 0) break;
      i += n;
    }
  }
  return i;
}

/** `'s` or `'S` at i: `| 0x20` lower-cases an ASCII letter. */
const possessiveAt = (text: string, i: number) => text.charCodeAt(i) === APOSTROPHE && (text.charCodeAt(i + 1) | 0x20) === LOWER_S;

/** The gap lets a name continue: an optional possessive 's, then only spaces, tabs, hyphens, dots, apostrophes, ampersands, slashes. */
function joiningGap(text: string, from: number, to: number): boolean {
  let i = to - from >= 2 && possessiveAt(text, from) ? from + 2 : from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x2d && c !== 0x2e && c !== APOSTROPHE && c !== 0x26 && c !== 0x2f) return false;
  }
  return true;
}

/**
 * Splits folded text into words; `text` must already be folded. A word is a run of word
 * characters, and apostrophes inside a word belong to it (P'yongsong); a trailing possessive
 * 's does not. Runs over every article: a scan over code units with the character classes
 * memoised, instead of a Unicode property regular expression.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  // only then can a key hold one: most texts have none, and a search per word is costly
  const hasSoftHyphen = text.includes('\u00ad');
  let prev: Word | null = null;
  let i = 0;
  while (i < text.length) {
    const k = unitClass[text.charCodeAt(i)];
    // one unit on even past a pair's high surrogate: a low surrogate alone is no word character
    if (k === NOT_IN_WORD || (k === UNKNOWN && classifyAt(text, i) === 0)) {
      i++;
      continue;
    }
    const start = i;
    let hasApostrophe = false;
    i = wordCharsEnd(text, i);
    while (text.charCodeAt(i) === APOSTROPHE) {
      const after = wordCharsEnd(text, i + 1);
      if (after === i + 1) break;
      hasApostrophe = true;
      i = after;
    }
    const end = i - start > 3 && possessiveAt(text, i - 2) ? i - 2 : i;
    if (prev) prev.joinsNext = joiningGap(text, prev.end, start);
    const lower = text.slice(start, end).toLowerCase();
    // hasApostrophe may count a possessive cut off above: stripping a key without one changes nothing
    const key = hasApostrophe || (hasSoftHyphen && lower.includes('\u00ad')) ? lower.replace(STRIP_FROM_KEY, '') : lower;
    prev = { start, end, key, joinsNext: false };
    words.push(prev);
  }
  return words;
}

/** The trie key sequence of a name as a rule author wrote it, or null if punctuation would split it. */
export function nameKeys(name: string): string[] | null {
  const folded = foldText(name.normalize('NFC'));
  const words = splitWords(folded);
  if (words.length === 0) return null;
  if (words.slice(0, -1).some((w) => !w.joinsNext)) return null;
  return words.map((w) => w.key);
}
