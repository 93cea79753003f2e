/**
 * Places the gazetteer does not know but the text marks as places: "X County", "X City",
 * "X Province", "X Workers' District", "X-gun", "X-ri", "the city of X", "Mount X". They become PLACE
 * with canonicalId null and norm.resolved false; where the gazetteer knows the same span,
 * its entity wins (normalize).
 *
 * The name must look like a name, not like English: a word of the name that is an ordinary
 * English word ("State Security Province", "Inner City", "Machine-gun", "Start-up") or a
 * nationality adjective ("a Chinese province") disqualifies it. Leading words that are
 * English or stop words ("In Musan County", "Yesterday Musan County") are dropped rather than
 * losing the place; compass words stay part of the name ("North Gyeongsang Province").
 * Korean names that happen to be English words (Orang, Song) are the gazetteer's job.
 *
 * A town abroad named with its state after a comma, after a preposition ("a resident of
 * Bakersfield, California", "from Miamisburg, Ohio"), is a city of that state: the state is a
 * province-level place the gazetteer knows outside North Korea, and the name one or two
 * capitalised words no finder took, neither English nor a surname.
 */
import type { CompiledRules } from '../rules/compile.js';
import type { PlaceLevel } from '../types.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny } from '../stages/doc.js';
import { ENGLISH_WORDS } from '../text/english.js';
import { isStopWord } from '../text/wink.js';

/** The rule of a place marked by its designator; normalize lets a lower-level one win over the gazetteer place inside it. */
export const DESIGNATED_PLACE_RULE = 'pattern:designated-place';

type DesignatedLevel = Extract<PlaceLevel, 'province' | 'city' | 'county' | 'district' | 'workers_district' | 'village' | 'town' | 'mountain'>;

/** Designators written as a separate word, either case ("Musan County", "Musan county"). */
const WORD_DESIGNATORS: Readonly<Record<string, DesignatedLevel>> = {
  province: 'province', city: 'city', county: 'county', district: 'district', "workers' district": 'workers_district', village: 'village',
};
/** Korean designators joined with a hyphen ("Musan-gun"), lower or title case. */
const SUFFIX_DESIGNATORS: Readonly<Record<string, DesignatedLevel>> = {
  do: 'province', si: 'city', gun: 'county', guyok: 'district', gu: 'district', jigu: 'district',
  rodongjagu: 'workers_district', ri: 'village', dong: 'district', up: 'town', eup: 'town',
};
/** A designator written as a word of its own ("County" of "Musan County"), in any case. */
export const isWordDesignator = (word: string): boolean => Object.hasOwn(WORD_DESIGNATORS, word.toLowerCase());
/** A Korean designator joined with a hyphen ("gun" of "Musan-gun"), in any case. */
export const isSuffixDesignator = (word: string): boolean => Object.hasOwn(SUFFIX_DESIGNATORS, word.toLowerCase());
const CITY_OF_LEVELS: Readonly<Record<string, DesignatedLevel>> = { city: 'city', county: 'county', village: 'village', town: 'town', district: 'district', province: 'province' };

const NAME_WORD = "[A-Z][a-z]+(?:['-][a-z]+)*";
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,2}`;
const titleCase = (w: string) => w.split(' ').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
const bothCases = (words: readonly string[]) => words.flatMap((w) => [w, titleCase(w)]).join('|');
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const WORD_DESIGNATED = new RegExp(`\\b(${NAME}) (${bothCases(byLength(Object.keys(WORD_DESIGNATORS)))})\\b`, 'g');
// one word before a Korean suffix: "Kim Jae-dong" is a person, and its "Jae-dong" no place
const SUFFIX_DESIGNATED = new RegExp(`\\b(${NAME_WORD})-(${bothCases(byLength(Object.keys(SUFFIX_DESIGNATORS)))})\\b`, 'g');
/** Where the place lies, between "the" and its designator: "the northern city of X", "the border town of X". */
const CITY_OF_ADJECTIVE = '(?:(?:north|south)?(?:east|west)ern|northern|southern|border|coastal|port) ';
const CITY_OF = new RegExp(`\\b[Tt]he (?:${CITY_OF_ADJECTIVE})?(${Object.keys(CITY_OF_LEVELS).join('|')}) of (${NAME})\\b`, 'g');
const PRECEDING_WORD = /([A-Za-z]+) $/;
/** A preposition, then a name and a comma: the state's name follows ("of Bakersfield, California"). */
const TOWN_OF_STATE = new RegExp(`\\b(?:of|in|from|near|at) (${NAME_WORD}(?: ${NAME_WORD})?), $`);
/** A mountain named after its designator: "Mount Masik", "Mt. Kuwol"; canonical "Mount X". */
const MOUNT = new RegExp(`\\b(?:Mount|Mt\\.) (${NAME_WORD})\\b`, 'g');

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
/** "Korean", "Japanese", "Russian", "Vietnamese", "Thai"...: adjectives, not names. */
const NATIONALITY = /(?:ese|ean|ian|ish|thai|lao)$/;
/** Words that take a Korean-looking suffix without being places (Taekwon-do). */
const NOT_PLACES = new Set(['kwon', 'taekwon']);

const isEnglish = (w: string) => isStopWord(w) || ENGLISH_WORDS.has(w) || NATIONALITY.test(w);

/**
 * The part of the matched words that is a name, as an offset into `words` and its length in
 * characters, or null. Leading English words are dropped; any other English word rejects.
 */
function nameWithin(words: string): { skip: number; length: number } | null {
  const parts = words.split(' ');
  let first = 0;
  while (first < parts.length && isEnglish(parts[first]!.toLowerCase()) && !COMPASS.has(parts[first]!.toLowerCase())) first++;
  const name = parts.slice(first);
  if (name.length === 0) return null;
  const lower = name.map((w) => w.toLowerCase());
  if (lower.every((w) => COMPASS.has(w))) return null;
  if (lower.some((w, i) => (i > 0 || !COMPASS.has(w)) && isEnglish(w))) return null;
  const skip = parts.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
  return { skip, length: words.length - skip };
}

/**
 * The canonical name is the one the gazetteer would give: provinces with "Province"
 * (Kyonggi-do → Kyonggi Province), every level below bare (Haksong-gun → Haksong, Samgye-ri →
 * Samgye: docs/annotation.md, adjudications 4 and 5).
 */
function unresolved(doc: WorkingDoc, start: number, end: number, nameEnd: number, level: DesignatedLevel, rule: string): Draft {
  const text = doc.text.slice(start, end);
  // canonical names carry no diacritics, like the gazetteer's (Hwasŏng-ri → Hwasong-ri)
  const name = doc.folded.slice(start, nameEnd);
  const canonical = level === 'province' ? `${name} Province` : level === 'mountain' ? `Mount ${doc.folded.slice(nameEnd, end)}` : name;
  return {
    type: 'PLACE', text, start, end, canonical, canonicalId: null, rule,
    norm: { level, province: null, country: null, lat: null, lon: null, resolved: false },
  };
}

export function findDesignatedPlaces(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const surnames = rules.lexicon.get('korean-surnames') ?? new Set<string>();
  const out: Draft[] = [];
  const add = (start: number, nameEnd: number, end: number, level: DesignatedLevel, rule: string) => {
    if (!overlapsAny(doc.boilerplate, start, end)) out.push(unresolved(doc, start, end, nameEnd, level, rule));
  };
  for (const m of doc.folded.matchAll(WORD_DESIGNATED)) {
    const name = nameWithin(m[1]!);
    if (!name) continue;
    const start = m.index + name.skip;
    add(start, start + name.length, m.index + m[0].length, WORD_DESIGNATORS[m[2]!.toLowerCase()]!, DESIGNATED_PLACE_RULE);
  }
  for (const m of doc.folded.matchAll(SUFFIX_DESIGNATED)) {
    const name = m[1]!.replace(/['-]/g, '').toLowerCase();
    if (isEnglish(name) || NOT_PLACES.has(name)) continue;
    const before = PRECEDING_WORD.exec(doc.folded.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase();
    if (before !== undefined && surnames.has(before)) continue;
    add(m.index, m.index + m[1]!.length, m.index + m[0].length, SUFFIX_DESIGNATORS[m[2]!.toLowerCase()]!, DESIGNATED_PLACE_RULE);
  }
  for (const m of doc.folded.matchAll(MOUNT)) {
    if (isEnglish(m[1]!.toLowerCase())) continue;
    add(m.index, m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'mountain', DESIGNATED_PLACE_RULE);
  }
  for (const state of doc.drafts) {
    if (state.type !== 'PLACE' || state.canonicalId === null || state.norm.level !== 'province' || state.norm.country === 'KP' || state.norm.country === null) continue;
    const m = TOWN_OF_STATE.exec(doc.folded.slice(Math.max(0, state.start - 40), state.start));
    if (!m) continue;
    const start = state.start - m[0].length + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const words = m[1]!.toLowerCase().split(' ');
    if (words.some((w) => isEnglish(w) || surnames.has(w)) || doc.drafts.some((d) => d.start < end && start < d.end) || overlapsAny(doc.boilerplate, start, end)) continue;
    out.push({
      type: 'PLACE', text: doc.text.slice(start, end), start, end, canonical: doc.folded.slice(start, end), canonicalId: null, rule: 'pattern:town-of-state',
      norm: { level: 'city', province: state.canonical, country: state.norm.country, lat: null, lon: null, resolved: false },
    });
  }
  for (const m of doc.folded.matchAll(CITY_OF)) {
    const name = nameWithin(m[2]!);
    if (!name) continue;
    const start = m.index + m[0].length - name.length;
    add(start, start + name.length, start + name.length, CITY_OF_LEVELS[m[1]!]!, 'pattern:city-of');
  }
  return out;
}
