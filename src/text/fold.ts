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

/** Same length as the input; see the module comment. */
export function foldText(text: string): string {
  let out = '';
  let chunkStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c]!;
    if (f !== c) {
      out += text.slice(chunkStart, i) + String.fromCharCode(f);
      chunkStart = i + 1;
    }
  }
  return chunkStart === 0 ? text : out + text.slice(chunkStart);
}

export interface Word {
  start: number;
  end: number;
  /** lower-case, apostrophes and soft hyphens removed: the trie key */
  key: string;
  /** the next word may continue the same name: only spaces, hyphens, dots or apostrophes between */
  joinsNext: boolean;
}

// Apostrophes inside a word belong to it (P'yongsong); a trailing possessive 's does not.
const WORD = /[\p{L}\p{N}\p{M}\u00ad]+(?:'[\p{L}\p{N}\p{M}\u00ad]+)*/gu;
const STRIP_FROM_KEY = /['\u00ad]/g;
const APOSTROPHE = 0x27;
const LOWER_S = 0x73;

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
 * Splits folded text into words; `text` must already be folded. Runs over every article:
 * character tests instead of a regular expression per word.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let prev: Word | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    let surface = m[0];
    if (surface.length > 3 && possessiveAt(surface, surface.length - 2)) surface = surface.slice(0, -2);
    if (prev) prev.joinsNext = joiningGap(text, prev.end, start);
    const lower = surface.toLowerCase();
    const key = lower.includes("'") || lower.includes('\u00ad') ? lower.replace(STRIP_FROM_KEY, '') : lower;
    prev = { start, end: start + surface.length, key, joinsNext: false };
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
