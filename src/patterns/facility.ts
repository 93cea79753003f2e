/**
 * Facilities named after a place: "Kilju Station", "Onsong Detention Centre", "Hoeryong Forced
 * Labor Camp". A PLACE draft already found (gazetteer or designator), followed by up to three
 * capitalised qualifiers and a capitalised head (rules/place-words.yaml), becomes one PLACE of
 * level `facility` named by the whole span, in the place's province and country. The place's
 * own draft and every draft that overlaps the facility's words ("Detention Centre for a month"
 * as a penalty) give way to it: those words are a name here.
 *
 * In an article that names a North Korean place, a capitalised word no dictionary knows and no
 * finder took, before the same qualifiers and a head of `facility-heads-after-a-name`
 * ("Shinpoong Stadium", "Samdong Prison"), is a facility with a name of its own, in North
 * Korea, province unknown. Its head may be in lower case when the phrase ends there ("Mirim
 * airport in March"), not when a noun follows ("Mirim airport staff"); so may a site's head right
 * after a place ("the Pyongyang airport and ..." is Pyongyang Airport).
 *
 * A camp the gazetteer knows by its place ("Chongo-ri" for the kyohwaso there), followed by the
 * press's words for a camp, capitalised or in lower case ("the Chongo-ri reeducation center"), is
 * that camp, its words in the span: no facility of another name, and no penalty inside it.
 */
import { provinceOf } from '../normalize/province.js';
import type { CompiledRules } from '../rules/compile.js';
import type { Draft, MatchWord, WorkingDoc } from '../stages/doc.js';
import { ENGLISH_WORDS as ENGLISH } from '../text/english.js';
import { isStopWord } from '../text/wink.js';

const NO_WORDS: ReadonlySet<string> = new Set();
/** Places too large to name a facility: "China Market" is not a market in China. */
const NOT_A_BASE = new Set(['country', 'region']);
/** The words after a place, up to the end of a capitalised run (at most four words). */
const FOLLOWING = /^ ((?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)* ){0,3}[A-Z][a-z]+(?:-[a-z]+)*)/;

type PlaceDraft = Extract<Draft, { type: 'PLACE' }>;

/** After a lower-case head, the phrase ends: punctuation, or a word no noun ("in", "with", "which"). */
const PHRASE_ENDS = /^(?:[,.;:)!?\u2019\u201d"']|$)/;
/** A lower-case word right after a place: a site's head written in lower case ("Pyongyang airport"). */
const LOWER_CASE_NEXT = /^ ([a-z]+)/;

/** A head written syllable by syllable ("Kyo-hwa-so") is the head of the lexicon ("kyohwaso"). */
const unhyphenated = (word: string) => word.replace(/-/g, '');

/**
 * The length of the facility phrase at the start of `words`, or 0: qualifiers then a head,
 * capitalised; the first word may be a name of the facility's own that no dictionary knows
 * ("Yanji Chaoyangchuan Airport").
 */
function facilityLength(run: string, heads: ReadonlySet<string>, qualifiers: ReadonlySet<string>): number {
  const words = run.split(' ');
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    length += (i > 0 ? 1 : 0) + words[i]!.length;
    if (heads.has(w) || heads.has(unhyphenated(w))) return length;
    if (!qualifiers.has(w) && !(i === 0 && words.length > 1 && OWN_NAME.test(words[i]!) && !ENGLISH.has(w) && !isStopWord(w))) return 0;
  }
  return 0;
}

/** A facility's own name after its place: one capitalised word of letters ("Chaoyangchuan"). */
const OWN_NAME = /^[A-Z][a-z]{2,}$/;

/** The facility words with a syllable-hyphenated head written as the lexicon lists it. */
function headAsListed(words: string, heads: ReadonlySet<string>): string {
  const at = words.lastIndexOf(' ') + 1;
  const head = words.slice(at);
  return heads.has(head.toLowerCase()) ? words : words.slice(0, at) + unhyphenated(head);
}

/** The drafts with each place that names a facility replaced by the facility. */
export function withFacilities(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const heads = rules.lexicon.get('facility-heads') ?? NO_WORDS;
  const siteHeads = rules.lexicon.get('facility-heads-after-a-name') ?? NO_WORDS;
  const qualifiers = rules.lexicon.get('facility-qualifiers') ?? NO_WORDS;
  const facilities: PlaceDraft[] = [];
  for (const d of doc.drafts) {
    if (d.type !== 'PLACE' || (d.norm.level !== null && NOT_A_BASE.has(d.norm.level))) continue;
    const after = doc.text.slice(d.end, d.end + 80);
    const run = FOLLOWING.exec(after)?.[1];
    // a camp the gazetteer knows by its place, then the press's words for it: the camp itself
    if (d.norm.level === 'prison_camp' && d.canonicalId !== null) {
      const camp = run === undefined ? lowerCaseCampWords(doc, d.end, after, heads, qualifiers) : facilityLength(run, heads, qualifiers);
      if (camp > 0) facilities.push({ ...d, text: doc.text.slice(d.start, d.end + 1 + camp), end: d.end + 1 + camp, rule: 'pattern:facility-known-camp' });
      continue;
    }
    const length = run === undefined ? lowerCaseSiteHead(doc, d.end, after, siteHeads) : facilityLength(run, heads, qualifiers);
    if (length === 0) continue;
    const end = d.end + 1 + length;
    // a name the gazetteer knows whole ("Yodok Camp", a prison camp) stays the gazetteer's
    if (doc.drafts.some((g) => g.canonicalId !== null && g.start <= d.start && end <= g.end)) continue;
    // the longest place ending here names the facility ("Hyesan City Market", not "City Market")
    if (facilities.some((f) => f.end === end && f.start <= d.start)) continue;
    const text = doc.text.slice(d.start, end);
    const province = provinceOf(d);
    const listed = headAsListed(doc.folded.slice(d.end + 1, end), heads);
    const words = run === undefined ? capitalised(listed) : listed;
    facilities.push({
      type: 'PLACE', text, start: d.start, end, canonical: `${d.canonical} ${words}`, canonicalId: null, rule: 'pattern:facility',
      norm: { level: 'facility', province, country: d.norm.country, lat: null, lon: null, resolved: false },
    });
  }
  facilities.push(...namedFacilities(doc, rules, qualifiers));
  if (facilities.length === 0) return doc.drafts;
  const kept = facilities.filter((f) => !facilities.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start));
  const yields = (d: Draft) => kept.some((f) => (f.start <= d.start && d.end <= f.end) || (d.start < f.end && f.end < d.end && d.start > f.start));
  return [...doc.drafts.filter((d) => !yields(d)), ...kept];
}

/** A head written in lower case, capitalised as the facility's canonical name spells it ("Pyongyang airport" → Pyongyang Airport). */
const capitalised = (head: string) => head.charAt(0).toUpperCase() + head.slice(1);

/**
 * The length of a site's head in lower case right after a place, where the phrase ends after it
 * ("the Pyongyang airport and", "at Hyesan airport in 2014"), else 0: "Pyongyang airport staff" is
 * the staff's.
 */
function lowerCaseSiteHead(doc: WorkingDoc, placeEnd: number, after: string, siteHeads: ReadonlySet<string>): number {
  const head = LOWER_CASE_NEXT.exec(after)?.[1];
  if (head === undefined || !siteHeads.has(head)) return 0;
  const headEnd = placeEnd + 1 + head.length;
  const next = doc.words.find((w) => w.start > headEnd);
  return PHRASE_ENDS.test(doc.text.slice(headEnd, headEnd + 1)) || isStopWord(next?.key ?? '') ? head.length : 0;
}

/** The press's words for a camp after its place, in lower case: "the Chongo-ri reeducation center in ...". */
const LOWER_CASE_RUN = /^ ((?:[a-z]+(?:-[a-z]+)* ){0,2}[a-z]+)/;

/**
 * The length of lower-case qualifiers and a facility head right after a known camp's place, where
 * the phrase ends after them ("the Tanbong reeducation center in Hamgyong"), else 0.
 */
function lowerCaseCampWords(doc: WorkingDoc, placeEnd: number, after: string, heads: ReadonlySet<string>, qualifiers: ReadonlySet<string>): number {
  const run = LOWER_CASE_RUN.exec(after)?.[1];
  if (run === undefined) return 0;
  const words = run.split(' ');
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    length += (i > 0 ? 1 : 0) + words[i]!.length;
    if (heads.has(words[i]!) || heads.has(unhyphenated(words[i]!))) {
      const headEnd = placeEnd + 1 + length;
      const next = doc.words.find((w) => w.start > headEnd);
      return (PHRASE_ENDS.test(doc.text.slice(headEnd, headEnd + 1)) || isStopWord(next?.key ?? '')) ? length : 0;
    }
    if (!qualifiers.has(words[i]!)) return 0;
  }
  return 0;
}

/** No draft holds the word. */
function freeWord(doc: WorkingDoc, w: MatchWord): boolean {
  return !doc.drafts.some((d) => d.start <= w.start && w.end <= d.end);
}

/** Facilities named by a word of their own: "Shinpoong Stadium", "Mirim airport". */
function namedFacilities(doc: WorkingDoc, rules: CompiledRules, qualifiers: ReadonlySet<string>): PlaceDraft[] {
  const heads = rules.lexicon.get('facility-heads-after-a-name') ?? NO_WORDS;
  if (heads.size === 0 || !doc.drafts.some((d) => d.type === 'PLACE' && d.norm.country === 'KP')) return [];
  const out: PlaceDraft[] = [];
  const words = doc.words;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    // a capital first, tested before the word is sliced out: this runs at every word
    const first = doc.folded.charCodeAt(w.start);
    if (w.boilerplate || first < 65 || first > 90 || !/^[A-Z][a-z]{2,}$/.test(doc.folded.slice(w.start, w.end)) || ENGLISH.has(w.key) || isStopWord(w.key)) continue;
    let k = i + 1;
    while (k < words.length && k - i <= 4 && qualifiers.has(words[k]!.key) && /^[A-Z]/.test(doc.folded[words[k]!.start]!)) k++;
    const head = words[k];
    if (head === undefined || !heads.has(head.key) || head.sentence !== w.sentence || !/^ +$/.test(doc.folded.slice(words[k - 1]!.end, head.start)) || !freeWord(doc, w)) continue;
    if (!/^ +$/.test(doc.folded.slice(w.end, words[i + 1]!.start))) continue;
    const capitalHead = /^[A-Z]/.test(doc.folded[head.start]!);
    if (!capitalHead && (k > i + 1 || !PHRASE_ENDS.test(doc.text.slice(head.end, head.end + 1)) && !isStopWord(words[k + 1]?.key ?? ''))) continue;
    if (words[k + 1] !== undefined && /^[A-Z]/.test(doc.folded[words[k + 1]!.start]!) && /^ +$/.test(doc.folded.slice(head.end, words[k + 1]!.start))) continue;
    const text = doc.text.slice(w.start, head.end);
    out.push({
      type: 'PLACE', text, start: w.start, end: head.end, canonical: doc.folded.slice(w.start, head.end), canonicalId: null, rule: 'pattern:facility-named',
      norm: { level: 'facility', province: null, country: 'KP', lat: null, lon: null, resolved: false },
    });
    i = k;
  }
  return out;
}
