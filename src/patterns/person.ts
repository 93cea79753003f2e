/**
 * Persons.
 * - Korean names: a surname from the `korean-surnames` lexicon and a given name of two
 *   romanized Korean syllables, spaced or hyphenated ("Kim Jong Un", "Kim Jong-un"), or one
 *   hyphenated syllable pair; canonical unhyphenated and capitalised ("Kim Jong Un").
 * - Other names: a first name from compromise's lexicon and a capitalised surname
 *   ("Elizabeth Shim"), or two capitalised non-dictionary words after a `person-triggers`
 *   word ("reporter Jiro Ishimaru").
 * - A single capitalised word after an `honorifics` or `surname-markers` word ("Mr. Choi",
 *   "a woman surnamed Ri"), and the Korean surnames listed after it ("surnamed Ri, Pak and Ok");
 *   after an honorific, two or three capitalised words no dictionary knows ("Mr. Somchai
 *   Wongsawat"). A surname marker's word is no English word unless it is a surname.
 * - Two capitalised words no dictionary knows before an appositive naming a role ("Vitit
 *   Muntarbhorn, a Thai law professor").
 * - A middle name, also an English word, when the surname after it is no known word
 *   ("Harold Winthrop Pemberly", "Mary Rose Pemberly"), or a middle initial ("Carol J. Williams").
 * - A hyphenated Korean given name before a Korean surname, in Western order ("Chol-hwan
 *   Kang"); canonical in the text's order, unhyphenated ("Chol Hwan Kang"); or two spaced
 *   syllables before it, the first no surname ("first mate Man Jin Ri"), canonical as written.
 * - A surname the lexicon lacks, one syllable before a hyphenated given name ("Kyong Won-ha"),
 *   kept over a place the gazetteer read across surname and given name (Kyongwon).
 * - After a role, a first name that is also an English word before a name ("Deputy Press
 *   Secretary Bill Burton"); a known leader's surname after a title ("President Bush").
 * - Two capitalised words after "PERSON and", not English words except a Korean surname last
 *   ("Laura Ling and Euna Lee"): a second person.
 * - Chinese names: a surname from `chinese-surnames` and a capitalised pinyin given name of one
 *   or two syllables, not an English word ("Wang Wenbin", "Xi Jinping", "Hua Chun-ying") except
 *   after a `person-triggers` word ("spokesman Qin Gang"); a surname that is an English word
 *   opens a sentence only with a two-syllable given name.
 * - Japanese names: two capitalised words made of Hepburn morae only, neither an English word
 *   ("Megumi Yokota", "Fumio Kishida"); Korean names fail the test (final -ng, -k, -l...).
 * - A name after a `pseudonym-markers` word ("the pseudonym Ji-hye"), hyphenated part included.
 * - Not a ship's name, wherever the article writes it ("the cargo ship Pong Su ... the Pong Su").
 * - Not a name in a byline or a photo credit ("|By NAME,", "NAME jane@outlet.com", "REUTERS / NAME /
 *   File photo", "(NAME, Flickr, Creative Commons)": credited).
 * - Not a name alone on its line: that is a byline or photo credit; unless it names the author of
 *   another outlet's piece (a repost's source block, a pointer to the original: citedAuthor).
 * - A second name in parentheses is the same person ("Lee Seung Eun (Euna Lee)"), found there
 *   even when no other form names it (two or three capitalised words); a surname
 *   alone, after an honorific or before an appositive, after the full name, is the full name's
 *   person; so is a Korean given name alone ("Yoo Chul" after "Kim Yoo Chul") and the name in the
 *   plural ("the Walter Whites" after "Walter White").
 */
import { createRequire } from 'node:module';
import type { CompiledRules } from '../rules/compile.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import type { MatchWord } from '../stages/doc.js';
import { ORG_KINDS } from '../types.js';
import { ENGLISH_WORDS as ENGLISH } from '../text/english.js';
import { tableOf, type KeyTable } from '../text/key-table.js';
import { isStopWord } from '../text/wink.js';
import { isSuffixDesignator, isWordDesignator } from './place-designator.js';

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** What compromise calls a word that is a name (a surname among them: "Richardson" is a LastName). */
const NAME_TAGS: ReadonlySet<string> = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person']);
/** A word list the rules lack: one shared set, so tableOf builds its table once, not per article. */
const NO_WORDS: ReadonlySet<string> = new Set();
// compromise's second level holds the whole lexicon: 0.2 s less to load, in every thread, than
// the full library. Its one-file CommonJS build, not the ESM source compromise exports to
// `import`: the same lexicon, 0.17 s less CPU in every process and thread (~200 modules fewer).
const nlp = createRequire(import.meta.url)('compromise/two') as { model(): { one: { lexicon: Record<string, string> } } };
const LEXICON = nlp.model().one.lexicon;

// One romanized Korean syllable in any of the common systems (MR without diacritics, RR, DPRK:
// its aspirated onsets are written th, kh, ph, as in "Jang Song Thaek"), and the spellings people
// choose for themselves ("you" for 여/유: "Shin Kyoung Min", "Lee Byoung Ho"; "eui" for 의: "Kim Eui Do").
const SYLLABLE = '(?:ch|sh|kk|tt|pp|ss|jj|ts|th|kh|ph|[kgndtrlmbpsjhyw])?(?:yae|yeo|you|wae|eui|ae|ai|ya|eo|eu|ye|oe|oi|wa|yo|wo|we|wi|yu|ui|oo|ee|ou|a|e|i|o|u)(?:ng|k|n|t|l|m|p|r|g|b|d)?';
// a hyphenated given name may end in a vowel written with an "h", as the press writes 오 and 아
// ("Jang Joon-oh", "Kim Dong-ah")
const KOREAN_GIVEN = new RegExp(`^${SYLLABLE}(?:[- ]${SYLLABLE}|-[ao]h)?$`, 'i');
/** One Korean syllable, capitalised: the shape of a surname the lexicon may lack ("Kyong", "Dong"). */
const ONE_SYLLABLE = new RegExp(`^${SYLLABLE}$`, 'i');
/** A given name of two syllables joined by a hyphen, the second lower-case ("Won-ha"). */
const HYPHENATED_GIVEN = /^[A-Z][a-z]+-[a-z]+$/;

/**
 * The rule of a name that wholly contains a place the gazetteer read inside it: a Korean name read
 * across its surname and given name ("Kyong Won-ha" holds "Kyong Won", a spelling of Kyongwon), a
 * first name after a role before a surname that is a place ("Deputy Attorney General Jane
 * Monaco"): normalize keeps the name, as it keeps an organization named after a place.
 */
export const PERSON_OVER_PLACE_RULE = 'pattern:person-over-place';
const CAPITALISED = /^[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*$/;
/** A given name of one or two Korean syllables written as one word ("Sokeel", "Dahye", "Euna"). */
const KOREAN_WORD = new RegExp(`^${SYLLABLE}(?:${SYLLABLE})?$`, 'i');
/** What compromise may call a syllable that is a one-syllable given name: nothing, a noun, an abbreviation, a name ("Mi", "Min"). */
const ONE_SYLLABLE_NAME_TAGS: ReadonlySet<string> = new Set(['none', 'Noun', 'Abbreviation', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);
/** A ship's tonnage right before its name ("the 4,480-ton Pong Su", "a 3,000-tonne Harbor Star"). */
const TONNAGE_BEFORE = /\d[\d,.]*[- ]tonn?e?s?\s+$/i;
/** A dash after a name's word: a given name broken by a dash ("Ha Tae—keung") is not a name of one syllable. */
const DASH = /^[-\u2010-\u2015]/;

// One pinyin syllable (tone marks folded away); a given name is one or two, written together or hyphenated.
const PINYIN = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)';
const PINYIN_GIVEN = new RegExp(`^${PINYIN}(?:-?${PINYIN})?$`, 'i');
const PINYIN_TWO = new RegExp(`^${PINYIN}-?${PINYIN}$`, 'i');
// Hepburn morae: a consonant (or none) and a vowel, or a syllable-final n; at least two of them
const MORA = '(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrwyfj])?[aeiou]|n(?![aeiouy]))';
const JAPANESE_WORD = new RegExp(`^${MORA}{2,}$`, 'i');
/** Demonyms read as morae ("Korean" is ko-re-a-n): an adjective, never part of a name ("a South Korean NGO", "the Sino-Korean border"). */
const DEMONYM = /(?:ean|ese|ian)$/;

function koreanCanonical(surname: string, given: string): string {
  const parts = given.split(/[- ]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase());
  return `${surname} ${parts.join(' ')}`;
}

function person(doc: WorkingDoc, start: number, end: number, canonical: string, rule: string): Draft {
  // a name split by a wrapped line keeps the line break in its span, not in its canonical
  return { type: 'PERSON', text: doc.text.slice(start, end), start, end, canonical: canonical.replace(/\s+/g, ' '), canonicalId: null, rule, norm: {} };
}

const isCapitalised = (s: string) => /^[A-Z]/.test(s);
/** isCapitalised for the word starting at `at`, without cutting it out: this runs on every word. */
const capitalAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
};

const WRAPPED_LINE = /^[ \t]*\r?\n[ \t]*$/;

/** Exactly one space or hyphen in [from, to), or a wrapped line's line break (the callers keep to one sentence). */
function spaceOrHyphenBetween(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  return (to - from === 1 && (c === 32 || c === 45)) || WRAPPED_LINE.test(text.slice(from, to));
}

/**
 * A name that is a whole line by itself is a writer's or photographer's credit (a byline under
 * the outlet, a name above "/ AFP"), which docs/annotation.md counts as furniture, not a mention.
 */
function aloneOnLine(text: string, p: Draft): boolean {
  const before = text.lastIndexOf('\n', p.start - 1) + 1;
  const after = text.indexOf('\n', p.end);
  return text.slice(before, p.start).trim() === '' && text.slice(p.end, after === -1 ? text.length : after).trim() === '';
}

/** The non-blank lines before the line holding `at`, nearest first, at most `count`, trimmed. */
function linesBefore(text: string, at: number, count: number): string[] {
  const lines: string[] = [];
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && lines.length < count) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '') lines.push(line);
    end = start - 1;
  }
  return lines;
}

/** The page's own outlet, without what follows it in parentheses ("North Korean Economy Watch (Asia Times)"). */
const outletName = (outlet: string) => outlet.replace(/\s*\(.*$/, '').trim().toLowerCase();

/**
 * A name alone on its line that names the author of another piece, which docs/annotation.md
 * counts as content (a citation line, adjudication 3; the tenth batch's repost blocks): under a
 * line that is only another outlet's name ("Asia Times / Andrei Lankov / 6/28/2006" reposted on a
 * blog), or under a title after a pointer to the original ("Read the full story here: / TITLE /
 * NAME", rules/names.yaml citation-pointers). Under the page's own outlet, or when the page's
 * outlet is unknown, the block is the page's byline: furniture.
 */
function citedAuthor(doc: WorkingDoc, p: Draft, pointers: ReadonlySet<string>): boolean {
  const [above, aboveTitle] = linesBefore(doc.text, p.start, 2);
  if (above === undefined) return false;
  const pointer = (line: string | undefined) => line !== undefined && pointers.has(line.replace(/[:.\s]+$/, '').toLowerCase());
  if (pointer(aboveTitle)) return true;
  if (doc.outlet === null) return false;
  const lineStart = doc.text.lastIndexOf(above, p.start);
  const outlet = doc.drafts.find((d) => d.type === 'ORG' && d.canonicalId !== null && d.start === lineStart && d.text === above);
  return outlet !== undefined && outletName(doc.outlet) !== outlet.canonical.toLowerCase() && outletName(doc.outlet) !== above.toLowerCase();
}

/** Before a name on its line: a byline's "By", maybe after a bar, and the names it lists before this one. */
const BYLINE_BEFORE = /(?:^|\|)[ \t]*By[ \t]+(?:[A-Z][\w.'-]*[ \t]+|and[ \t]+|,[ \t]*)*$/;
/** After a name on its line: the writer's e-mail address ("Jane Roe jane@outlet.com"). */
const EMAIL_AFTER = /^[ \t]*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * A name in a credit, which docs/annotation.md counts as furniture: after a byline's "By" at the
 * start of a line or after a bar ("March 20, 2005|By Jane Roe, Tribune", "By Jane Roe and Ann
 * Poe, The Outlet |"), before the writer's e-mail address, between the slashes of a photo credit
 * ("REUTERS / Jane Roe / File photo"), or in a parenthesis that names a picture library or
 * licence (rules/names.yaml credit-words: "(Jane Roe, Flickr, Creative Commons)").
 */
function credited(text: string, p: Draft, creditWords: ReadonlySet<string>): boolean {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  const lineEnd = text.indexOf('\n', p.end) === -1 ? text.length : text.indexOf('\n', p.end);
  const before = text.slice(lineStart, p.start);
  const after = text.slice(p.end, lineEnd);
  if (BYLINE_BEFORE.test(before) || EMAIL_AFTER.test(after)) return true;
  if (/\/ ?$/.test(before) && /^(?: ?\/|\s*$|\))/.test(after)) return true;
  const open = before.lastIndexOf('(');
  const close = after.indexOf(')');
  if (open === -1 || close === -1 || before.slice(open).includes(')')) return false;
  // whole words, a credit word of several words too: the parenthesis as words joined by single spaces, padded
  const inside = ` ${(before.slice(open + 1) + ' ' + after.slice(0, close)).toLowerCase().split(/[^a-z]+/).filter(Boolean).join(' ')} `;
  for (const word of creditWords) if (inside.includes(` ${word} `)) return true;
  return false;
}

const orgHeadSets = new WeakMap<CompiledRules, ReadonlySet<string>>();

/** Every organization head word of every kind (rules/organization-heads.yaml), made once per rules. */
function orgHeadsOf(rules: CompiledRules): ReadonlySet<string> {
  let heads = orgHeadSets.get(rules);
  if (!heads) orgHeadSets.set(rules, (heads = new Set(ORG_KINDS.flatMap((kind) => [...(rules.lexicon.get(`org-heads-${kind}`) ?? NO_WORDS)]))));
  return heads;
}

const prefixSets = new WeakMap<CompiledRules, ReadonlySet<string>>();

/** The first two words of every known person's name of three (rules/persons.yaml: "kim jong"), made once per rules. */
function knownPrefixesOf(rules: CompiledRules): ReadonlySet<string> {
  let prefixes = prefixSets.get(rules);
  if (!prefixes) {
    prefixes = new Set([...rules.entries.values()].filter((e) => e.type === 'PERSON').map((e) => e.canonical.toLowerCase().split(' ')).filter((p) => p.length > 2).map((p) => `${p[0]} ${p[1]}`));
    prefixSets.set(rules, prefixes);
  }
  return prefixes;
}

/**
 * The surname of a person mention, read from its own words: first in Korean and Chinese order
 * (a known person's name whose first word is a Korean or Chinese surname: "Kim Jong Un", "Xi
 * Jinping"; a known person's Korean name of three words: "Pae Jun Ho" of Kenneth Bae), else last
 * ("Bill Clinton").
 */
function surnameOf(text: string, p: Draft, eastAsianSurname: (key: string) => boolean): string {
  const parts = text.slice(p.start, p.end).split(/[ -]/);
  // a known person written by his Korean name ("Pae Jun Ho" of Kenneth Bae) has it first too
  const koreanWritten = p.canonicalId !== null && parts.length === 3 && eastAsianSurname(parts[0]!.toLowerCase());
  const surnameFirst = p.rule === 'pattern:korean-name' || p.rule === 'pattern:chinese-name' || koreanWritten || (p.canonicalId !== null && eastAsianSurname(p.canonical.split(' ')[0]!.toLowerCase()));
  return (surnameFirst ? parts[0]! : parts[parts.length - 1]!).toLowerCase();
}

/** What joins a person's other name to the first: "Pae Jun-ho, known in the US as Kenneth Bae", "also known as". */
const KNOWN_AS = /^,? (?:(?:also|better|more commonly|widely) )?known (?:(?:in|to) (?:the )?[A-Za-z.]+(?: [A-Za-z.]+)? )?as $/;

/**
 * A second name in parentheses right after a person ("Lee Seung Eun (Euna Lee)"), or after "known
 * (in the US) as" ("Pae Jun-ho, known in the US as Kenneth Bae"), is the same person under another
 * name: every mention of either name takes the canonical of the one the article uses most, the
 * first used on a tie.
 */
function joinAliases(text: string, persons: Draft[]): Draft[] {
  const sorted = [...persons].sort((a, b) => a.start - b.start);
  const renamed = new Map<string, string>();
  const current = (canonical: string) => renamed.get(canonical) ?? canonical;
  const uses = (canonical: string) => sorted.filter((p) => current(p.canonical) === canonical).length;
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1]!;
    const b = sorted[k]!;
    const between = text.slice(a.end, b.start);
    if (!(between === ' (' && text.charAt(b.end) === ')') && !KNOWN_AS.test(between)) continue;
    const names = [...new Set([current(a.canonical), current(b.canonical)])];
    const firstUsed = current(sorted.find((p) => names.includes(current(p.canonical)))!.canonical);
    const kept = names.reduce((x, y) => (uses(y) > uses(x) ? y : x), firstUsed);
    for (const [from, to] of renamed) if (names.includes(to)) renamed.set(from, kept);
    renamed.set(a.canonical, kept);
    renamed.set(b.canonical, kept);
  }
  return renamed.size === 0 ? persons : persons.map((p) => (renamed.has(p.canonical) ? { ...p, canonical: renamed.get(p.canonical)! } : p));
}

/**
 * After a full name, the press writes the surname alone ("Yeom said"), after an honorific ("Ms.
 * Ling") or before an appositive ("Kim, a missionary"): such a mention is the same person, with
 * the full name as canonical. A surname
 * two persons share stays unlinked, and so does one a surname marker introduces as a new
 * person ("a man identified as Kim").
 */
function surnameRepeats(doc: WorkingDoc, persons: readonly Draft[], eastAsianSurname: (key: string) => boolean): Draft[] {
  const full = new Map<string, string | null>();
  const firstAt = new Map<string, number>();
  for (const p of persons) {
    if (!p.canonical.includes(' ')) continue;
    const surname = surnameOf(doc.folded, p, eastAsianSurname);
    const known = full.get(surname);
    full.set(surname, known === undefined || known === p.canonical ? p.canonical : null);
    firstAt.set(surname, Math.min(firstAt.get(surname) ?? Infinity, p.start));
  }
  if (full.size === 0) return [...persons];
  const fullNameOf = (key: string, at: number) => {
    const canonical = full.get(key);
    return canonical && at > firstAt.get(key)! ? canonical : null;
  };
  // a surname before an appositive naming a role other than the leader's ("Kim, a missionary")
  // is the one person found with a full name of that surname, not a known leader sharing it
  const found = new Map<string, string | null>();
  for (const p of persons) {
    if (p.canonicalId !== null || !p.canonical.includes(' ')) continue;
    const surname = surnameOf(doc.folded, p, eastAsianSurname);
    found.set(surname, found.get(surname) === undefined || found.get(surname) === p.canonical ? p.canonical : null);
  }
  const foundNameOf = (key: string, at: number) => {
    const canonical = found.get(key);
    return canonical && at > firstAt.get(key)! ? canonical : null;
  };
  const resolved = persons.map((p) => {
    const key = p.canonical.toLowerCase();
    const canonical = p.rule === 'pattern:honorific' ? fullNameOf(key, p.start) : p.rule === 'pattern:surname-appositive' ? fullNameOf(key, p.start) ?? foundNameOf(key, p.start) : null;
    return canonical ? { ...p, canonical } : p;
  });
  const taken = [...persons].sort((a, b) => a.start - b.start);
  const inside = (at: number) => taken.some((p) => p.start <= at && at < p.end);
  const words = doc.words;
  const text = doc.text;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // the capital first: it rules out most words without a lookup
    if (w.boilerplate || !capitalAt(text, w.start)) continue;
    const canonical = fullNameOf(w.key, w.start);
    if (!canonical || inside(w.start)) continue;
    const next = words[i + 1];
    // not the start of another name ("Yeom Mi Ran")
    if (next && w.joinsNext && next.sentence === w.sentence && capitalAt(text, next.start) && spaceOrHyphenBetween(text, w.end, next.start)) continue;
    resolved.push(person(doc, w.start, w.end, canonical, 'pattern:surname-repeat'));
  }
  return resolved;
}

/**
 * After a Korean name of three words in Korean order, the press may write the given name alone
 * ("manager Kim Yoo Chul ... Yoo Chul traveled a lot"), which the finder reads as a name of its
 * own: it is the full name's person. Not when two full names share the given name, nor for a
 * name in Western order, whose last two words are no given name ("Man Jin Ri").
 */
function givenNameRepeats(persons: readonly Draft[], eastAsianSurname: (key: string) => boolean): Draft[] {
  const full = new Map<string, { canonical: string | null; start: number }>();
  for (const p of persons) {
    const parts = p.canonical.split(' ');
    if (parts.length !== 3 || p.rule === 'pattern:korean-name-given-first' || !eastAsianSurname(parts[0]!.toLowerCase())) continue;
    const given = parts.slice(1).join(' ');
    const known = full.get(given);
    full.set(given, { canonical: known === undefined || known.canonical === p.canonical ? p.canonical : null, start: Math.min(known?.start ?? Infinity, p.start) });
  }
  return persons.map((p) => {
    const owner = full.get(p.canonical);
    return owner?.canonical && owner.start < p.start ? { ...p, canonical: owner.canonical } : p;
  });
}

/**
 * A person's name in the plural names that person as a type ("the North Korean Walter Whites"
 * of an article about "North Korea's Walter White"): the person, when the article also writes the
 * name in the singular.
 */
function pluralNames(persons: readonly Draft[]): Draft[] {
  const names = new Set(persons.map((p) => p.canonical));
  return persons.map((p) => (p.canonical.endsWith('s') && p.canonical.includes(' ') && names.has(p.canonical.slice(0, -1)) ? { ...p, canonical: p.canonical.slice(0, -1) } : p));
}

/** A bare surname names a person only when the article uses it this often, with no full name to own it. */
const BARE_SURNAME_USES = 2;

/**
 * A Korean surname the article uses alone as a person's name: mid-sentence, no capitalised word
 * beside it nor a noun of a ruling family after it (`surname-family-nouns`: "the Kim regime"), no
 * English word, and no person found with that surname in a full name (the
 * leader's "Kim" is Kim Jong Un's; a full name's later surname is linked by surnameRepeats).
 * After a person a marker introduced by that surname ("identified by his surname of Choe"),
 * each later use is that person; with none, the article must use it at least twice ("allowed
 * Choi to work at sea ... an example out of Choi").
 */
function bareSurnames(doc: WorkingDoc, persons: readonly Draft[], surnames: KeyTable<true>, familyNouns: KeyTable<true>, knownSurnames: KeyTable<true>, triggers: ReadonlySet<string>): Draft[] {
  const text = doc.folded;
  const words = doc.words;
  const owned = new Set(persons.filter((p) => p.canonical.includes(' ')).flatMap((p) => p.canonical.toLowerCase().split(' ')));
  const introducedAt = new Map<string, number>();
  for (const p of persons) if (!p.canonical.includes(' ')) introducedAt.set(p.canonical.toLowerCase(), Math.min(introducedAt.get(p.canonical.toLowerCase()) ?? Infinity, p.start));
  const taken = [...doc.drafts, ...persons];
  const uses = new Map<string, MatchWord[]>();
  const out: Draft[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.boilerplate || !capitalAt(text, w.start) || owned.has(w.key)) continue;
    const known = knownSurnames.has(w.key);
    if (!known && (!surnames.has(w.key) || ENGLISH.has(w.key) || isStopWord(w.key))) continue;
    const prev = words[i - 1]!;
    const next = words[i + 1];
    // a capitalised word before may be a name's first, not a sentence's "The" or a title ("President
    // Bush") before a leader's surname; a leader's surname may open a sentence ("Obama administration officials said"),
    // unless it is an English word there too ("Bush fires raged")
    const opens = prev.sentence !== w.sentence;
    if ((opens && (!known || ENGLISH.has(w.key))) || (!opens && capitalAt(text, prev.start) && !(known && (isStopWord(prev.key) || triggers.has(prev.key)))) || (next && next.sentence === w.sentence && capitalAt(text, next.start) && spaceOrHyphenBetween(text, w.end, next.start))) continue;
    // the ruling family named by its surname ("the Kim regime", "the Kim family") is no person; a leader's administration is his
    if (!known && next && next.sentence === w.sentence && familyNouns.has(next.key)) continue;
    if (taken.some((d) => d.start < w.end && w.start < d.end)) continue;
    if (known) out.push(person(doc, w.start, w.end, text.slice(w.start, w.end), 'pattern:known-surname'));
    else if (w.start > (introducedAt.get(w.key) ?? Infinity)) out.push(person(doc, w.start, w.end, text.slice(w.start, w.end), 'pattern:surname-repeat'));
    else uses.set(w.key, [...(uses.get(w.key) ?? []), w]);
  }
  for (const ws of uses.values()) if (ws.length >= BARE_SURNAME_USES) out.push(...ws.map((w) => person(doc, w.start, w.end, text.slice(w.start, w.end), 'pattern:bare-surname')));
  return out;
}

export function findPersons(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const surnames = tableOf(rules.lexicon.get('korean-surnames') ?? NO_WORDS);
  const triggers = rules.lexicon.get('person-triggers') ?? NO_WORDS;
  const honorifics = tableOf(rules.lexicon.get('honorifics') ?? NO_WORDS);
  const surnameMarkers = tableOf(rules.lexicon.get('surname-markers') ?? NO_WORDS);
  const chineseSurnames = tableOf(rules.lexicon.get('chinese-surnames') ?? NO_WORDS);
  const pseudonymMarkers = tableOf(rules.lexicon.get('pseudonym-markers') ?? NO_WORDS);
  const orgHeads = orgHeadsOf(rules);
  const knownPrefixes = knownPrefixesOf(rules);
  const words = doc.words;
  // names are read on the folded text (Jŏng → Jong), spans are cut from the original
  const text = doc.folded;
  const surface = (w: MatchWord) => text.slice(w.start, w.end);
  // a name of another language keeps the text's letters as its canonical ("Lü Chao", "Jürgen
  // Weber": ü is a letter of its own there); a Korean name's breves are a system's ("Jŏng" → Jong)
  const written = (start: number, end: number) => doc.text.slice(start, end);
  // the next word continues the name: same sentence, only a space or a hyphen between
  const continues = (a: MatchWord, b: MatchWord | undefined): b is MatchWord =>
    b !== undefined && !b.boilerplate && b.sentence === a.sentence && spaceOrHyphenBetween(text, a.end, b.start);
  const out: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.boilerplate || !capitalAt(text, w.start)) continue;
    const prev = words[i - 1];
    const sentenceInitial = prev === undefined || prev.sentence !== w.sentence;
    const next = words[i + 1];
    const next2 = words[i + 2];

    // a surname the lexicon lacks, known by the hyphenated given name after it ("Kyong Won-ha"):
    // one syllable no English word, then two syllables joined by a hyphen, the second no place's
    // designator ("Musan Sin-ri" is a village), inside no longer capitalised name
    if (!surnames.has(w.key) && continues(w, next) && text.charCodeAt(w.end) === 32 && continues(next, next2) && text.charCodeAt(next.end) === 45
      && ONE_SYLLABLE.test(surface(w)) && CAPITALISED.test(surface(w)) && !ENGLISH.has(w.key) && !isStopWord(w.key) && !isSuffixDesignator(next2.key)
      && HYPHENATED_GIVEN.test(text.slice(next.start, next2.end)) && KOREAN_GIVEN.test(text.slice(next.start, next2.end))
      && !(prev && !sentenceInitial && capitalAt(text, prev.start)) && !(continues(next2, words[i + 3]) && capitalAt(text, words[i + 3]!.start))) {
      out.push(person(doc, w.start, next2.end, koreanCanonical(surface(w), text.slice(next.start, next2.end)), rareSurnameRule(w.start, next2.end)));
      i += 2;
      continue;
    }
    // Western order, two spaced syllables of a given name and the surname last ("first mate Man Jin
    // Ri", "its secretary Dong Song Choi"): the first word no Korean surname (else the name is in
    // Korean order), opening a sentence no English word, the three inside no longer capitalised name
    if (!surnames.has(w.key) && continues(w, next) && continues(next, next2) && text.charCodeAt(w.end) === 32 && text.charCodeAt(next.end) === 32
      && surnames.has(next2.key) && [w, next, next2].every((x) => CAPITALISED.test(surface(x)) && !isStopWord(x.key)) && KOREAN_GIVEN.test(text.slice(w.start, next.end))
      && !(sentenceInitial && ENGLISH.has(w.key)) && !(prev && !sentenceInitial && capitalAt(text, prev.start))
      && !(continues(next2, words[i + 3]) && capitalAt(text, words[i + 3]!.start)) && !named(w.start, next2.end)) {
      out.push(person(doc, w.start, next2.end, text.slice(w.start, next2.end), 'pattern:korean-name-given-first'));
      i += 2;
      continue;
    }
    if (surnames.has(w.key) && continues(w, next)) {
      const korean = koreanName(w, next, continues(next, next2) ? next2 : undefined, sentenceInitial);
      if (korean) {
        out.push(person(doc, w.start, korean.end, korean.canonical, text.charCodeAt(next.end) === 45 ? rareSurnameRule(w.start, korean.end) : 'pattern:korean-name'));
        i += korean.words - 1;
        continue;
      }
    }
    if (prev && !sentenceInitial && afterMarker(i, pseudonymMarkers)) {
      // the name runs on through capitalised words and hyphenated parts ("Ji-hye", "Kim Min-ji")
      let last = i;
      while (continues(words[last]!, words[last + 1]) && (capitalAt(text, words[last + 1]!.start) || text.charCodeAt(words[last]!.end) === 45)) last++;
      out.push(person(doc, w.start, words[last]!.end, text.slice(w.start, words[last]!.end), 'pattern:pseudonym'));
      i = last;
      continue;
    }
    if (chineseSurnames.has(w.key) && continues(w, next)) {
      const hyphenated = continues(next, next2) && text.charCodeAt(next.end) === 45 && !capitalAt(text, next2.start);
      const end = hyphenated ? next2.end : next.end;
      const given = text.slice(next.start, end);
      // an appositive naming a role after the name ("Lu Chao, an expert at ...")
      const roleAppositive = !hyphenated && roleFollows(i + 1);
      // a surname that is an English word opens a sentence only with a two-syllable given name ("Xi
      // Jinping") or before such an appositive
      const plausible = !(sentenceInitial && ENGLISH.has(w.key)) || PINYIN_TWO.test(given) || roleAppositive;
      // not the start of a longer capitalised name ("Wang Market Street")
      const last = hyphenated ? next2 : next;
      const after = words[i + (hyphenated ? 3 : 2)];
      const longer = continues(last, after) && capitalAt(text, after.start);
      // after a role ("spokesman Qin Gang") or before one ("Lu Chao, an expert") a given name may be an English word too
      const afterRole = prev !== undefined && triggers.has(prev.key);
      if (plausible && capitalAt(text, next.start) && PINYIN_GIVEN.test(given) && (!ENGLISH.has(next.key) || afterRole || roleAppositive) && !isStopWord(next.key) && !longer) {
        out.push(person(doc, w.start, end, written(w.start, end), 'pattern:chinese-name'));
        i += hyphenated ? 2 : 1;
        continue;
      }
    }
    if (continues(w, next) && capitalAt(text, next.start) && JAPANESE_WORD.test(surface(w)) && JAPANESE_WORD.test(surface(next))
      && !ENGLISH.has(w.key) && !ENGLISH.has(next.key) && !DEMONYM.test(w.key) && !DEMONYM.test(next.key) && !surnames.has(w.key) && !(continues(next, next2) && capitalAt(text, next2.start))) {
      out.push(person(doc, w.start, next.end, written(w.start, next.end), 'pattern:japanese-name'));
      i += 1;
      continue;
    }
    // a letter after an honorific stands for an unnamed person ("Mr. A"): no name (docs/annotation.md)
    if (prev && !sentenceInitial && honorifics.has(prev.key) && w.end - w.start > 1) {
      // a full name after the honorific, of words no dictionary knows ("Mr. Somchai Wongsawat")
      const last = unknownRun(i);
      if (last > i || !(continues(w, next) && capitalAt(text, next.start))) {
        const end = words[last]!.end;
        out.push(person(doc, w.start, end, written(w.start, end), last > i ? 'pattern:honorific-full-name' : 'pattern:honorific'));
        i = last;
        continue;
      }
    }
    // a surname marker introduces a name, not an English word ("identified as Chinese")
    if (prev && !sentenceInitial && !(continues(w, next) && capitalAt(text, next.start)) && afterMarker(i, surnameMarkers) && !honorifics.has(w.key)
      && (!ENGLISH.has(w.key) || surnames.has(w.key) || chineseSurnames.has(w.key))) {
      out.push(person(doc, w.start, w.end, surface(w), 'pattern:surnamed'));
      i = surnameList(i);
      continue;
    }
    // Western order: the hyphen makes the given name Korean, not an English word ("Chol-hwan Kang")
    if (continues(w, next) && text.charCodeAt(w.end) === 45 && continues(next, next2) && text.charCodeAt(next.end) === 32
      && surnames.has(next2.key) && CAPITALISED.test(surface(next2)) && KOREAN_GIVEN.test(text.slice(w.start, next.end))) {
      const given = koreanCanonical('', text.slice(w.start, next.end)).trim();
      out.push(person(doc, w.start, next2.end, `${given} ${surface(next2)}`, 'pattern:korean-name-given-first'));
      i += 2;
      continue;
    }
    // Western order, the given name one word of Korean syllables no dictionary knows ("Sokeel Park", "Dahye Kim")
    if (continues(w, next) && text.charCodeAt(w.end) === 32 && surnames.has(next.key) && CAPITALISED.test(surface(next)) && !surnames.has(w.key)
      && KOREAN_WORD.test(surface(w)) && unknownWord(w) && !(prev && !sentenceInitial && capitalAt(text, prev.start))
      && !(continues(next, next2) && capitalAt(text, next2.start)) && !named(w.start, next.end)) {
      out.push(person(doc, w.start, next.end, text.slice(w.start, next.end), 'pattern:korean-name-given-first'));
      i += 1;
      continue;
    }
    // a surname alone before an appositive naming a role ("Yu, a police officer with the bureau");
    // not a ruler's ("Kim, the leader": which Kim the surname does not say)
    if (!sentenceInitial && (surnames.has(w.key) || chineseSurnames.has(w.key)) && CAPITALISED.test(surface(w)) && !isStopWord(w.key) && roleFollows(i, 'leader') && !named(w.start, w.end)) {
      out.push(person(doc, w.start, w.end, surface(w), 'pattern:surname-appositive'));
      continue;
    }
    if (!sentenceInitial && unknownWord(w)) {
      const last = unknownRun(i);
      if (last > i && roleFollows(last)) {
        out.push(person(doc, w.start, words[last]!.end, written(w.start, words[last]!.end), 'pattern:person-appositive'));
        i = last;
        continue;
      }
    }
    // a middle initial between a first name and a surname: "Carol J. Williams"
    if (next !== undefined && next2 !== undefined && !surnames.has(w.key) && FIRST_NAME_TAGS.has(LEXICON[w.key] ?? '') && next.sentence === w.sentence
      && next2.sentence === w.sentence && /^ [A-Z]\. $/.test(text.slice(w.end, next2.start)) && CAPITALISED.test(surface(next2)) && !orgHeads.has(next2.key)) {
      out.push(person(doc, w.start, next2.end, written(w.start, next2.end), 'pattern:first-name'));
      i += 2;
      continue;
    }
    if (!continues(w, next) || !CAPITALISED.test(surface(next)) || isStopWord(next.key)) continue;
    // a Korean surname was judged above: "Kim Il" is not a Western "first name + surname"
    // a first name before an organization's head word names the organization ("Akira Television")
    // nor before a place's designator ("a Pierce County man")
    const firstName = !surnames.has(w.key) && FIRST_NAME_TAGS.has(LEXICON[w.key] ?? '') && !orgHeads.has(next.key) && !isWordDesignator(next.key);
    const roleBefore = prev !== undefined && !sentenceInitial && triggers.has(prev.key);
    // after a role, a first name that is an English word too, before a word that is a name ("Deputy
    // Press Secretary Bill Burton", "Rep. Bill Richardson"); not a second role ("Secretary General")
    const triggered = roleBefore && ((!ENGLISH.has(w.key) && !ENGLISH.has(next.key))
      || (!isStopWord(w.key) && !triggers.has(w.key) && !orgHeads.has(w.key) && !orgHeads.has(next.key) && (NAME_TAGS.has(LEXICON[next.key] ?? '') || unknownWord(next))));
    const coordinated = !firstName && !triggered && prev?.key === 'and' && coordinatedWithPerson(i)
      && !ENGLISH.has(w.key) && (!ENGLISH.has(next.key) || surnames.has(next.key));
    if (!firstName && !triggered && !coordinated) continue;
    // a middle name: "Mary Jane Smith", "Harold Winthrop Baxter", "Mary Rose Pemberly" (an English
    // middle word only before a surname no dictionary knows)
    const three = continues(next, next2) && CAPITALISED.test(surface(next2))
      && (FIRST_NAME_TAGS.has(LEXICON[next.key] ?? '') || (firstName && unknownWord(next2)));
    const end = three ? next2.end : next.end;
    // a surname that is a place the gazetteer read, after a role and a first name that is no place
    // ("Deputy Attorney General Jane Monaco"): the name keeps it
    const placeSurname = roleBefore && !three && isPlaceDraft(next.start, next.end) && !doc.drafts.some((d) => d.type === 'PLACE' && d.start <= w.start && w.start < d.end);
    const rule = placeSurname ? PERSON_OVER_PLACE_RULE : firstName ? 'pattern:first-name' : triggered ? 'pattern:person-trigger' : 'pattern:person-coordinated';
    out.push(person(doc, w.start, end, written(w.start, end), rule));
    i += three ? 2 : 1;
  }
  // a known person the gazetteer named (rules/persons.yaml) is that person, under its canonical,
  // and its full name owns the surname's later uses like a name found here
  const known = doc.drafts.filter((d) => d.type === 'PERSON' && d.canonicalId !== null);
  const pointers = rules.lexicon.get('citation-pointers') ?? NO_WORDS;
  const vessels = vesselNames();
  const creditWords = rules.lexicon.get('credit-words') ?? NO_WORDS;
  const unknown = out.filter((p) => !vessels.has(p.canonical) && !credited(text, p, creditWords) && !(aloneOnLine(text, p) && !citedAuthor(doc, p, pointers)) && !known.some((k) => k.start < p.end && p.start < k.end));
  const found = joinAliases(text, parenthesisedNames(unknown));
  const eastAsianSurname = (key: string) => surnames.has(key) || chineseSurnames.has(key);
  const linked = surnameRepeats(doc, givenNameRepeats(pluralNames([...found, ...known]), eastAsianSurname), eastAsianSurname).filter((p) => !known.includes(p));
  const familyNouns = tableOf(rules.lexicon.get('surname-family-nouns') ?? NO_WORDS);
  return [...linked, ...bareSurnames(doc, [...linked, ...known], surnames, familyNouns, tableOf(rules.lexicon.get('known-surnames') ?? NO_WORDS), triggers)];

  /**
   * The word before `w` makes it part of another name: a capitalised word in mid-sentence ("Book Do
   * Chung"), not a possessive ("Amnesty International's Kim Chol"), or "the" ("the Pong Su", a ship).
   */
  function insideName(w: MatchWord): boolean {
    const k = words.indexOf(w);
    const before = words[k - 1];
    // a possessive ends the name before ("Amnesty International's Kim Chol")
    const possessive = before !== undefined && /'s\s+$/.test(text.slice(before.start, w.start));
    return before !== undefined && before.sentence === w.sentence && (before.key === 'the' || (capitalAt(text, before.start) && !possessive && k > 1 && words[k - 2]!.sentence === w.sentence));
  }

  /** The gazetteer read a place over exactly [start, end). */
  function isPlaceDraft(start: number, end: number): boolean {
    return doc.drafts.some((d) => d.type === 'PLACE' && d.start === start && d.end === end);
  }

  /**
   * The rule of a Korean name with a hyphenated given name over [start, end): a place the gazetteer
   * read from its surname and the given name's first syllable, ending at the hyphen, gives way.
   */
  function rareSurnameRule(start: number, end: number): string {
    const readAsPlace = doc.drafts.some((d) => d.type === 'PLACE' && d.start === start && d.end < end && text.charCodeAt(d.end) === 45);
    return readAsPlace ? PERSON_OVER_PLACE_RULE : 'pattern:korean-name';
  }

  /**
   * The names the article gives a ship: a name right after a `vessel-nouns` word, or after one and
   * "named" or "called" ("the cargo ship Pong Su", "a North Korean ship named Pong Su"), or after
   * its tonnage ("the 4,480-ton Pong Su": no person is weighed in tons). A vessel is
   * no entity (docs/annotation.md), in any of its mentions ("the Pong Su", "Pong Su four").
   */
  function vesselNames(): ReadonlySet<string> {
    const vesselNouns = rules.lexicon.get('vessel-nouns') ?? NO_WORDS;
    const names = new Set<string>();
    const wordAt = new Map(words.map((w, k) => [w.start, k] as const));
    for (const p of out) {
      const k = wordAt.get(p.start) ?? -1;
      if (k < 0) continue;
      const before = (n: number) => (k - n >= 0 && words[k - n]!.sentence === words[k]!.sentence ? words[k - n]!.key : '');
      if (vesselNouns.has(before(1)) || ((before(1) === 'named' || before(1) === 'called') && vesselNouns.has(before(2))) || TONNAGE_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) names.add(p.canonical);
    }
    return names;
  }

  /** A gazetteer name (a place, a body) holds part of [start, end): "Hong Kong" is no person. */
  function named(start: number, end: number): boolean {
    return doc.drafts.some((d) => d.canonicalId !== null && d.start < end && start < d.end);
  }

  /** Neither an English word nor one compromise's lexicon tags (a weekday, a month, a place...). */
  function unknownWord(w: MatchWord): boolean {
    return !ENGLISH.has(w.key) && !isStopWord(w.key) && LEXICON[w.key] === undefined;
  }

  /**
   * Adds the name in parentheses right after a person when no finder took it: two or three
   * capitalised words, none an English word unless a surname ("Lee Seung Eun (Euna Lee)").
   */
  function parenthesisedNames(persons: Draft[]): Draft[] {
    const starts = new Set(persons.map((p) => p.start));
    const added: Draft[] = [];
    for (const p of persons) {
      const m = /^ \(([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\)/.exec(text.slice(p.end, p.end + 60));
      if (!m || starts.has(p.end + 2)) continue;
      const parts = m[1]!.toLowerCase().split(' ');
      if (parts.some((k) => isStopWord(k) || (ENGLISH.has(k) && !surnames.has(k) && !chineseSurnames.has(k)))) continue;
      const start = p.end + 2;
      added.push(person(doc, start, start + m[1]!.length, m[1]!, 'pattern:alias'));
    }
    return added.length === 0 ? persons : [...persons, ...added];
  }

  /** The last of up to three capitalised words from `i` no dictionary knows, the first one included; `i` if the second is not one. */
  function unknownRun(i: number): number {
    let last = i;
    while (last - i < 2 && continues(words[last]!, words[last + 1]) && CAPITALISED.test(surface(words[last + 1]!)) && unknownWord(words[last + 1]!)) last++;
    return last > i && unknownWord(words[i]!) ? last : i;
  }

  /**
   * The name ending at word `i` is followed by an appositive naming a person's role: a comma,
   * an article and within four more words a `person-triggers` word ("Vitit Muntarbhorn, a Thai
   * law professor").
   */
  function roleFollows(i: number, except?: string): boolean {
    const name = words[i]!;
    const article = words[i + 1];
    if (!article || article.sentence !== name.sentence || text.slice(name.end, article.start) !== ', ') return false;
    if (article.key !== 'a' && article.key !== 'an' && article.key !== 'the') return false;
    for (let j = i + 2; j <= i + 6 && j < words.length && words[j]!.sentence === name.sentence; j++) {
      if (triggers.has(words[j]!.key)) return words[j]!.key !== except;
      if (/[,.;:]/.test(text.slice(words[j - 1]!.end, words[j]!.start))) return false;
    }
    return false;
  }

  /**
   * After "surnamed Ri", more Korean surnames joined by ",", "and" or ", and" are persons too
   * ("three women surnamed Ri, Pak and Ok"); returns the index of the list's last word.
   */
  function surnameList(i: number): number {
    let last = i;
    for (let j = i + 1; j < words.length; j++) {
      const w = words[j]!;
      if (w.sentence !== words[i]!.sentence || w.boilerplate) break;
      // the "and" of a joiner is a word: read the whole joiner from the surname after it
      if (w.key === 'and') continue;
      const joiner = text.slice(words[last]!.end, w.start).trim();
      if (joiner !== ',' && joiner !== 'and' && joiner !== ', and') break;
      if (!surnames.has(w.key) || !CAPITALISED.test(surface(w))) break;
      const after = words[j + 1];
      if (continues(w, after) && capitalAt(text, after.start)) break;
      out.push(person(doc, w.start, w.end, surface(w), 'pattern:surnamed'));
      last = j;
    }
    return last;
  }

  /** The word at `i` follows "and" right after a person found in the same sentence ("Laura Ling and Euna Lee"). */
  function coordinatedWithPerson(i: number): boolean {
    const before = words[i - 2];
    const last = out[out.length - 1];
    return before !== undefined && before.sentence === words[i]!.sentence && last !== undefined && last.end === before.end;
  }

  /** The word at `i` follows a word or pair of `markers`, with an optional "of" ("family name of"). */
  function afterMarker(i: number, markers: typeof surnameMarkers): boolean {
    const sentence = words[i]!.sentence;
    const at = (j: number) => (j >= 0 && words[j]!.sentence === sentence ? words[j]!.key : '');
    const j = at(i - 1) === 'of' ? i - 2 : i - 1;
    return markers.has(at(j)) || markers.has(`${at(j - 1)} ${at(j)}`);
  }

  /** A Korean name starting at surname `s`, or null. */
  function koreanName(s: MatchWord, g1: MatchWord, g2: MatchWord | undefined, sentenceInitial: boolean) {
    // surnames that are English function words ("So", "No", "Do") open a sentence as a name only
    // before a spaced two-syllable given name that is no surname itself ("Do Hee Yun said", not
    // "So Kim Jong Un said")
    const functionWord = sentenceInitial && isStopWord(s.key);
    if (functionWord && (g2 === undefined || surnames.has(g1.key))) return null;
    const candidates = functionWord ? [[g1, g2!]] : g2 ? [[g1, g2], [g1]] : [[g1]];
    for (const parts of candidates) {
      const last = parts[parts.length - 1]!;
      const given = text.slice(g1.start, last.end);
      const spaced = given.split(' ');
      if (!KOREAN_GIVEN.test(given) || !spaced.every(isCapitalised)) continue;
      // a one-syllable given name is rare and collides with English ("Kim Il"): spaced, only a
      // syllable no common word (compromise's lexicon knows verbs and adjectives: "Kim Met"),
      // that ends the name and does not begin a known person's name ("Hwang Min", "Jang Mi";
      // not "Kim Jong" of Kim Jong Un)
      if (parts.length === 1 && !given.includes('-') && (isStopWord(g1.key) || !ONE_SYLLABLE_NAME_TAGS.has(LEXICON[g1.key] ?? 'none') || DASH.test(text.slice(g1.end, g1.end + 1))
        // opening a sentence, where any word is capitalised, not an English word of three letters or more ("Shin Sun left")
        || (sentenceInitial && g1.key.length > 2 && ENGLISH.has(g1.key))
        || (g2 !== undefined && capitalAt(text, g2.start)) || knownPrefixes.has(`${s.key} ${g1.key}`) || named(s.start, g1.end) || insideName(s))) continue;
      // a function word inside a spaced given name ends it, except as its last syllable ("Moon Jae In")
      if (spaced.slice(0, -1).some((p) => isStopWord(p.toLowerCase()))) continue;
      return { end: last.end, words: parts.length + 1, canonical: koreanCanonical(surface(s), given) };
    }
    return null;
  }
}
