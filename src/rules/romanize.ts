/**
 * Romanization variants of a Korean place name written in Hangul.
 *
 * Each syllable is decomposed into its jamo (initial consonant, vowel, final consonant).
 * Between syllables the sound changes that shape place names are applied where a system
 * transcribes pronunciation: a final consonant moves onto a following vowel (백암 Paegam),
 * ㄹ after ㅁ/ㅇ and stops becomes n (강령 Kangnyong), stops nasalise before n/m/r (압록
 * Amnok), ㄴ+ㄹ becomes ll. Word-initial ㄹ and ㄴ are kept (North Korean usage: Ryanggang,
 * Nyongbyon) or dropped/softened (South Korean usage: Yanggang, Yongbyon).
 *
 * Families, each a rendering of the same jamo:
 * - McCune–Reischauer (MR): Hamhung, Chongjin, Pyongsong. Breves and apostrophes are left out:
 *   text folding (src/text/fold.ts) already makes "Hamhŭng" and "P'yŏngsŏng" the same key.
 * - Revised Romanization (RR): Hamheung, Cheongjin, Hoeryeong, Pyeongseong.
 * - North Korea's official system (NK): MR vowels, j for ㅈ, h-marked aspirates, syllables
 *   written as spelled: Phungso, Jagang, Hwaphyong, Rakwon.
 * - Older press spellings: ㅓ→u, ㅕ→yu, ㅚ→oi, si→shi, stops voiceless after a consonant:
 *   Chungjin, Onsung, Hamkyung, Hoiryung, Shinuiju.
 * - Joining: a syllable starting with a vowel may be split off (Sin-uiju, Sin Uiju).
 * - Press hybrids: one word mixing McCune–Reischauer and older-press syllables (Pyongsung,
 *   Hoeryung), and oo for ㅜ (Woonsan).
 * Variants that fold to the same key are kept once; the output is deterministic.
 */
import { nameKeys } from '../text/fold.js';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Initial consonants in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'] as const;
type Onset = (typeof INITIALS)[number] | 'l';

/** Final consonants in Unicode order, as the sound class they close a syllable with. */
type Coda = '' | 'K' | 'N' | 'T' | 'L' | 'M' | 'P' | 'NG';
const FINALS: readonly Coda[] = ['', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'K', 'M', 'L', 'L', 'L', 'P', 'L', 'M', 'P', 'P', 'T', 'T', 'NG', 'T', 'T', 'K', 'T', 'P', 'T'];
/** The consonant a final becomes when the next syllable starts with a vowel. */
const LINKS: readonly Onset[] = ['', 'g', 'kk', 'g', 'n', 'n', 'n', 'd', 'r', 'g', 'm', 'b', 'r', 'r', 'p', 'r', 'm', 'b', 'b', 's', 'ss', '', 'j', 'ch', 'k', 't', 'p', ''];

/** Vowels in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ). */
const MR_VOWELS = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];
const RR_VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const OLD_VOWELS = ['a', 'ae', 'ya', 'yae', 'u', 'e', 'yu', 'ye', 'o', 'wa', 'wae', 'oi', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const OE = 11;
/** ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: before these a word-initial ㄹ or ㄴ is dropped in South Korean usage */
const IOTIZED = new Set([2, 3, 6, 7, 12, 17, 20]);

interface Syllable {
  onset: Onset;
  vowel: number;
  coda: Coda;
  /** the final jamo index, for what it links to before a vowel */
  final: number;
}

/** Where an onset stands: first in the word, after a vowel, after a voiced or a voiceless final. */
type Position = 'initial' | 'vowel' | 'voiced' | 'voiceless';

/** How a system writes the plain stops ㄱ ㄷ ㅂ ㅈ in each position, and the other consonants. */
interface Scheme {
  stops: Record<Position, readonly [string, string, string, string]>;
  other: Partial<Record<Onset, string>>;
  vowels: readonly string[];
  /** ㅅ before i is written sh */
  shi: boolean;
  /** a syllable starting with ㅜ is written woo (Woonsan) */
  woo?: boolean;
}

const VOICED = ['g', 'd', 'b', 'j'] as const;
const VOICELESS_CH = ['k', 't', 'p', 'ch'] as const;
const VOICELESS_J = ['k', 't', 'p', 'j'] as const;

const MR: Scheme = {
  stops: { initial: VOICELESS_CH, vowel: VOICED, voiced: VOICED, voiceless: VOICELESS_CH },
  other: { jj: 'tch' },
  vowels: MR_VOWELS,
  shi: false,
};
const RR: Scheme = {
  stops: { initial: VOICED, vowel: VOICED, voiced: VOICED, voiceless: VOICED },
  other: {},
  vowels: RR_VOWELS,
  shi: false,
};
const NK: Scheme = {
  stops: { initial: VOICELESS_J, vowel: VOICED, voiced: VOICED, voiceless: VOICED },
  other: { k: 'kh', t: 'th', p: 'ph' },
  vowels: MR_VOWELS,
  shi: false,
};
const OLD: Scheme = {
  stops: { initial: VOICELESS_CH, vowel: VOICED, voiced: VOICELESS_J, voiceless: VOICELESS_J },
  other: { jj: 'tch' },
  vowels: OLD_VOWELS,
  shi: true,
};
const withVowels = (s: Scheme, patch: Record<number, string>): readonly string[] => s.vowels.map((v, i) => patch[i] ?? v);
const MR_OI: Scheme = { ...MR, vowels: withVowels(MR, { [OE]: 'oi' }) };
const RR_OI: Scheme = { ...RR, vowels: withVowels(RR, { [OE]: 'oi' }) };
const MR_SHI: Scheme = { ...MR, shi: true };
const U = 13;
const OLD_OO: Scheme = { ...OLD, vowels: withVowels(OLD, { [U]: 'oo' }), woo: true };
/** ㅚ written as ㅢ is ("Huiryeong" for 회령): a writer's confusion of two vowels, not a system. */
const MR_UI: Scheme = { ...MR, vowels: withVowels(MR, { [OE]: 'ui' }) };
const RR_UI: Scheme = { ...RR, vowels: withVowels(RR, { [OE]: 'ui' }) };

interface Family {
  scheme: Scheme;
  /** transcribe the sound changes between syllables, or write each syllable as spelled */
  pronounced: boolean;
  /** keep word-initial ㄹ/ㄴ (North Korean usage) or drop/soften them (South Korean usage) */
  keepInitial: boolean;
}

/**
 * The forms the press most often uses; collisions between places are judged on these. The
 * first is the press's McCune–Reischauer for North Korean names, written as spelled like the
 * North's own spellings (Rakwon, Songrim, Paekam rather than Ragwon, Songnim, Paegam).
 */
const STANDARD: readonly Family[] = [
  { scheme: MR, pronounced: false, keepInitial: true },
  { scheme: MR, pronounced: true, keepInitial: true },
  { scheme: MR, pronounced: true, keepInitial: false },
  { scheme: RR, pronounced: true, keepInitial: false },
  { scheme: NK, pronounced: false, keepInitial: true },
  { scheme: NK, pronounced: true, keepInitial: true },
];
const SECONDARY: readonly Family[] = [
  { scheme: RR, pronounced: true, keepInitial: true },
  { scheme: RR, pronounced: false, keepInitial: true },
  { scheme: OLD, pronounced: true, keepInitial: true },
  { scheme: OLD, pronounced: true, keepInitial: false },
  { scheme: MR_OI, pronounced: true, keepInitial: true },
  { scheme: RR_OI, pronounced: true, keepInitial: false },
  { scheme: MR_SHI, pronounced: true, keepInitial: true },
  { scheme: OLD_OO, pronounced: true, keepInitial: true },
];
/**
 * Misspellings the press prints, weaker evidence still: like the hybrids, the gazetteer drops one
 * that another place claims (희천 is Huichon, so no 회천 may be "Huichon").
 */
const MISSPELLED: readonly Family[] = [
  { scheme: MR_UI, pronounced: true, keepInitial: true },
  { scheme: RR_UI, pronounced: true, keepInitial: true },
];
/** The two families whose syllables the press mixes inside one word (Pyong + sung). */
const HYBRID: readonly [Family, Family] = [
  { scheme: MR, pronounced: true, keepInitial: true },
  { scheme: OLD, pronounced: true, keepInitial: true },
];

function decompose(word: string): Syllable[] | null {
  const out: Syllable[] = [];
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    if (code < HANGUL_FIRST || code > HANGUL_LAST) return null;
    const offset = code - HANGUL_FIRST;
    const final = offset % 28;
    out.push({ onset: INITIALS[Math.floor(offset / 588)]!, vowel: Math.floor(offset / 28) % 21, coda: FINALS[final]!, final });
  }
  return out.length > 0 ? out : null;
}

/** Word-initial ㄹ/ㄴ in South Korean usage: 량강 Yanggang, 락원 Nagwon, 녕변 Yongbyon. */
function softenInitial(s: Syllable): Syllable {
  if (s.onset === 'r') return { ...s, onset: IOTIZED.has(s.vowel) ? '' : 'n' };
  if (s.onset === 'n' && IOTIZED.has(s.vowel)) return { ...s, onset: '' };
  return s;
}

const STOP_TO_NASAL: Partial<Record<Coda, Coda>> = { K: 'NG', P: 'M', T: 'N' };

/** The sound change at one syllable boundary: returns the new final of `a` and onset of `b`. */
function assimilate(a: Syllable, b: Syllable): [Coda, Onset] {
  const { coda } = a;
  const onset = b.onset;
  if (coda === '') return [coda, onset];
  if (onset === '') return coda === 'NG' ? [coda, onset] : ['', LINKS[a.final]!];
  if (onset === 'h' && (coda === 'K' || coda === 'T' || coda === 'P')) return ['', coda === 'K' ? 'k' : coda === 'T' ? 't' : 'p'];
  if (onset === 'r') {
    if (coda === 'N' || coda === 'L') return ['L', 'l'];
    return [STOP_TO_NASAL[coda] ?? coda, 'n'];
  }
  if (onset === 'n' && coda === 'L') return ['L', 'l'];
  if (onset === 'n' || onset === 'm') return [STOP_TO_NASAL[coda] ?? coda, onset];
  return [coda, onset];
}

const CODA_LETTERS: Record<Coda, string> = { '': '', K: 'k', N: 'n', T: 't', L: 'l', M: 'm', P: 'p', NG: 'ng' };
const STOP_INDEX: Partial<Record<Onset, number>> = { g: 0, d: 1, b: 2, j: 3 };

function position(prev: Coda | null): Position {
  if (prev === null) return 'initial';
  if (prev === '') return 'vowel';
  return prev === 'K' || prev === 'T' || prev === 'P' ? 'voiceless' : 'voiced';
}

/** A written syllable: its initial consonant, and its vowel with the final. */
type Piece = readonly [string, string];

/** One word in one family, as its syllables (a split may fall between any two). */
function renderWord(syllables: readonly Syllable[], family: Family): string[] {
  return renderPieces(syllables, family).map(([c, v]) => c + v);
}

function renderPieces(syllables: readonly Syllable[], family: Family): Piece[] {
  const { scheme } = family;
  const s = syllables.map((x) => ({ ...x }));
  if (!family.keepInitial) s[0] = softenInitial(s[0]!);
  for (let i = 0; i + 1 < s.length; i++) {
    // ㄴ/ㄹ meeting ㄹ/ㄴ is written ll even by spellings that ignore other changes (Chollima)
    const liquid = (s[i]!.coda === 'N' && s[i + 1]!.onset === 'r') || (s[i]!.coda === 'L' && (s[i + 1]!.onset === 'n' || s[i + 1]!.onset === 'r'));
    if (!family.pronounced && !liquid) continue;
    const [coda, onset] = assimilate(s[i]!, s[i + 1]!);
    s[i]!.coda = coda;
    s[i + 1]!.onset = onset;
  }
  const out: Piece[] = [];
  for (let i = 0; i < s.length; i++) {
    const syl = s[i]!;
    const stop = STOP_INDEX[syl.onset];
    const pos = position(i === 0 ? null : s[i - 1]!.coda);
    let consonant = stop === undefined ? scheme.other[syl.onset] ?? syl.onset : scheme.stops[pos][stop]!;
    const vowel = scheme.vowels[syl.vowel]!;
    if (scheme.shi && consonant === 's' && vowel.startsWith('i')) consonant = 'sh';
    if (scheme.woo && consonant === '' && syl.vowel === U) consonant = 'w';
    out.push([consonant, vowel + CODA_LETTERS[syl.coda]]);
  }
  return out;
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const STARTS_WITH_VOWEL = /^[aeiouwy]/;

/** The solid form and, where a syllable starts with a vowel, the form split there. */
function forms(parts: readonly string[], split: boolean): string[] {
  const solid = capitalize(parts.join(''));
  if (!split || !parts.slice(1).some((p) => STARTS_WITH_VOWEL.test(p))) return [solid];
  let joined = parts[0]!;
  for (const p of parts.slice(1)) joined += STARTS_WITH_VOWEL.test(p) ? `-${p}` : p;
  return [solid, capitalize(joined)];
}

/**
 * Every word whose syllables each take their consonant and their vowel from either rendering:
 * Pyong+song × Pyung+sung gives Pyongsung; Ham+gyong × Ham+kyung gives Hamkyong.
 */
function mixedWords(a: readonly Piece[], b: readonly Piece[]): string[] {
  let acc = [''];
  for (let i = 0; i < a.length; i++) {
    const consonants = [...new Set([a[i]![0], b[i]![0]])];
    const vowels = [...new Set([a[i]![1], b[i]![1]])];
    acc = acc.flatMap((w) => consonants.flatMap((c) => vowels.map((v) => w + c + v)));
  }
  return acc.map(capitalize);
}

const combine = (perWord: readonly string[][]) => perWord.reduce<string[]>((acc, alts) => acc.flatMap((a) => alts.map((b) => (a ? `${a} ${b}` : b))), ['']);

function render(hangul: string, families: readonly Family[], hybrids: boolean): string[] | null {
  const words = hangul.trim().split(/\s+/).map(decompose);
  if (words.some((w) => w === null)) return null;
  const out: string[] = [];
  const seen = new Set<string>();
  const perFamily = families.map((family) =>
    combine(
      // spelled renderings keep the syllable boundary a writer may mark with a hyphen or space
      words.map((w) => forms(renderWord(w!, family), !family.pronounced)),
    ),
  );
  if (hybrids) perFamily.push(combine(words.map((w) => mixedWords(renderPieces(w!, HYBRID[0]), renderPieces(w!, HYBRID[1])))));
  for (const variants of perFamily) {
    for (const v of variants) {
      const key = nameKeys(v)?.join(' ');
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

/**
 * The forms the press most often uses (MR with North or South Korean initials, RR, the
 * North Korean official system): the basis for judging which of two places that romanize
 * alike owns a spelling.
 */
export function standardRomanizations(hangul: string): string[] {
  return render(hangul, STANDARD, false) ?? [];
}

/** Every romanization variant of a Hangul name, the press's MR form first; [] when it is not Hangul. */
export function romanizations(hangul: string): string[] {
  return render(hangul, [...STANDARD, ...SECONDARY], false) ?? [];
}

/**
 * The press hybrids of a Hangul name that no system above writes (Pyongsung, Hamkyong,
 * Hoeryung), and its misspellings (Huiryeong). They are weaker evidence than a system's form:
 * the gazetteer drops one that another place claims (src/rules/compile.ts).
 */
export function hybridRomanizations(hangul: string): string[] {
  const known = romanizations(hangul).length;
  return render(hangul, [...STANDARD, ...SECONDARY, ...MISSPELLED], true)?.slice(known) ?? [];
}

/**
 * The spellings of a Korean person's name written in Hangul, surname and given name apart
 * ("김 정은"): the press writes a name syllable by syllable, each syllable in whatever system the
 * writer chose (Kim Jong Un, Kim Jong-eun, Kim Jung Un, Kim Chong-un), so every syllable takes
 * any onset and any rhyme any family above gives it; a given name's syllables are spaced (the
 * gazetteer matches "Jong-un" as "Jong Un"), a surname's written together (Namgung). [] when it
 * is not Hangul.
 */
export function personRomanizations(hangul: string): string[] {
  const words = hangul.trim().split(/\s+/).map(decompose);
  if (words.length === 0 || words.some((w) => w === null)) return [];
  const families = [...STANDARD, ...SECONDARY];
  const syllableForms = (syl: Syllable): string[] => {
    const onsets = new Set<string>();
    const rhymes = new Set<string>();
    for (const family of families) {
      const [c, v] = renderPieces([syl], family)[0]!;
      onsets.add(c);
      rhymes.add(v);
    }
    return [...onsets].flatMap((c) => [...rhymes].map((v) => capitalize(c + v)));
  };
  const wordForms = words.map((w, i) => {
    const perSyllable = w!.map(syllableForms);
    const joiner = i === 0 ? '' : ' ';
    return perSyllable.reduce<string[]>((acc, forms) => acc.flatMap((a) => forms.map((f) => (a ? a + joiner + (joiner ? f : f.toLowerCase()) : f))), ['']);
  });
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of combine(wordForms)) {
    const key = nameKeys(v)?.join(' ');
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}
