/**
 * gazetteer: finds every rule alias in the article's words, longest match first, and turns
 * each match into an entity draft carrying its entry's canonical name and norm.
 *
 * A match is kept only where its alias allows it: exact case for acronyms; for a one-word
 * name of a place, organization or person that is also an English word ("China", "Orang"),
 * a capital letter and, at the start of a sentence, a following place designator; a place in
 * capitals opening its line before a comma, a parenthesis or a dash is a dateline's and needs no
 * guard ("GENEVA (18 December 2013) –", "WASHINGTON, March 11 (Yonhap) --"); for
 * aliases with `context`, one of the context words in the sentence (or, for an offence after
 * "the", which refers back, in the sentence before: "The traffickers made ..."); for aliases with
 * `after`, one of those words right before the match ("the" before "party"), outside the span;
 * for aliases with `before`, one of those words right after it, outside the span ("fled to"
 * before "China": the place stays a PLACE of its own);
 * for aliases with `not_before`, none of those words right after it ("the North" but not
 * "the North Korean regime"); for aliases with `not_after`, none of those words right before
 * it ("defecting" but not "since defecting"). Each of these guard words may be a phrase
 * ("the North"). For aliases with `predicate`, one of its words said of the match: right after
 * or before it, with only its gap words or numerals between ("defectors were caught", "the
 * repatriation of 500 escapees").
 *
 * An offence (CRIME) may be split by quotation marks ("the “leakage” of information"); a head
 * shared by two offences ("drug producers and traders") gives the word after "and" a match of
 * its own where the same first words spell another offence ("drug traders").
 *
 * An alias shared by several entries (stated with shares_alias_with) is settled, in order, by:
 * 0. the one entry whose alias asked for words right before or after it, or a predicate, and found
 *    them ("smuggling" before "illegal drugs" is drug dealing, whatever else the article smuggles);
 * 1. an entry named unambiguously elsewhere in the article (its own expansion wins);
 * 2. for places, an entry whose province the article names;
 * 3. the publication year: an entry not yet named so (valid_from), or renamed before it (formerly.until);
 * 4. for organizations, the entry an earlier mention of the alias in the article was settled to;
 * 5. for laws and organizations with a `country`, the entry of the country named right before
 *    the name, by a possessive place or a demonym ("North Korea's Red Cross", "the South Korean
 *    Defense Security Command"), else of the countries the sentence names by its places and
 *    demonyms (`demonyms-of-<country id>` lexicons: "South Korean" → KR);
 * 6. the entry's `context` words in the same sentence;
 * 7. the entry marked `default`.
 * Otherwise the mention is kept with canonicalId null.
 *
 * A place named right before its camp's number in parentheses ("Yodok (Camp 15)") is the camp:
 * the name takes the camp's entry when the camp's canonical begins with the place's.
 *
 * The article's own outlet (its `outlet` field) by its initials, three letters or more, in
 * capitals ("TON" of The Orient News, "USAGM" of the U.S. Agency for Global Media, "ICC" of
 * International Christian Concern): each use is that outlet, whatever else the letters may stand
 * for; its canonical is the gazetteer organization of that name, else the outlet's name without a
 * leading "The", as every organization's (docs/annotation.md, "One canonical per outlet"). (Its
 * name as written on its own page is mostly its masthead, furniture: not taken.)
 */
import { provinceOf } from '../normalize/province.js';
import type { AliasRef, CompiledRules, Guard, TrieNode } from '../rules/compile.js';
import { demonymsOf } from '../rules/demonyms.js';
import type { GazetteerEntry } from '../rules/schema.js';
import { DESIGNATORS, KWANLISO_SPELLINGS } from '../rules/variants.js';
import { tableOf } from '../text/key-table.js';
import { isStopWord } from '../text/wink.js';
import type { Draft, MatchWord, WorkingDoc } from './doc.js';
import { overlapsAny } from './doc.js';

const DESIGNATOR_WORDS: ReadonlySet<string> = new Set(
  Object.values(DESIGNATORS).flat().map((d) => d.toLowerCase().split(' ')[0]!),
);

interface Match {
  first: number;
  last: number;
  start: number;
  end: number;
  refs: AliasRef[];
}

/** Type preference when entries of different types claim the same span. */
const TYPE_ORDER: readonly GazetteerEntry['type'][] = ['LAW', 'ORG', 'DRUG', 'PENALTY', 'CRIME', 'PLACE', 'PERSON'];

/**
 * Whether words k and k + 1 belong to one phrase: only joining characters between them in one
 * sentence or, for an offence (`loose`), also quotation marks ("leakage" of information).
 */
function joins(doc: WorkingDoc, k: number, loose: boolean): boolean {
  const a = doc.words[k]!;
  const b = doc.words[k + 1];
  if (!b || b.boilerplate || a.sentence !== b.sentence) return false;
  if (a.joinsNext) return true;
  if (!loose) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = doc.folded[i]!;
    if (c !== ' ' && c !== '"' && c !== "'") return false;
  }
  return true;
}

/** Whether one of the guard phrases stands right after word `last` (forward) or right before word `first` (backward). */
function guardAt(doc: WorkingDoc, guard: NonNullable<Guard>, at: number, forward: boolean, loose: boolean): boolean {
  const words = doc.words;
  return guard.some((keys) => {
    const from = forward ? at + 1 : at - keys.length;
    if (from < 0 || from + keys.length > words.length) return false;
    for (let i = 0; i < keys.length; i++) if (words[from + i]!.key !== keys[i]) return false;
    // each word of the guard joined to the next, and the guard to the match
    const to = forward ? from + keys.length - 1 : at;
    for (let k = forward ? at : from; k < to; k++) if (!joins(doc, k, loose)) return false;
    return true;
  });
}

const NUMERAL = /^[0-9]/;

/**
 * Whether a predicate word is said of words [first, last]: after them or before them, with only
 * gap words and numerals between ("repatriated 500 defectors"), in their sentence.
 */
function predicateAt(doc: WorkingDoc, predicate: NonNullable<AliasRef['predicate']>, first: number, last: number): boolean {
  const words = doc.words;
  const sentence = words[first]!.sentence;
  const inGap = (k: number) => k >= 0 && k < words.length && words[k]!.sentence === sentence && (predicate.gap.has(words[k]!.key) || NUMERAL.test(words[k]!.key));
  for (const step of [1, -1]) {
    let k = step === 1 ? last + 1 : first - 1;
    while (inGap(k)) k += step;
    if (k >= 0 && k < words.length && words[k]!.sentence === sentence && predicate.words.has(words[k]!.key)) return true;
  }
  return false;
}

/**
 * Whether words [first, last] are a dateline's place: written in capitals, opening their line,
 * before a comma, a parenthesis or a dash ("GENEVA (18 December 2013) –", "WASHINGTON, March 11
 * (Yonhap) --"). The capitals and the place of the words say what a guard word would.
 */
function datelinePlace(doc: WorkingDoc, first: number, last: number): boolean {
  const start = doc.words[first]!.start;
  const end = doc.words[last]!.end;
  const name = doc.text.slice(start, end);
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return false;
  if (!/(?:^|\n)[ \t]*$/.test(doc.text.slice(Math.max(0, start - 8), start))) return false;
  return /^(?:,| \(| [-–—])/.test(doc.text.slice(end, end + 2));
}

function refAllowed(ref: AliasRef, doc: WorkingDoc, first: number, last: number, keysOf: SentenceKeys): boolean {
  const words = doc.words;
  const start = words[first]!.start;
  // before the case rule: a case-sensitive name ("Geneva", "Russia") in a dateline's capitals
  if (ref.entry.type === 'PLACE' && !ref.predicate && datelinePlace(doc, first, last)) return true;
  if (ref.caseSensitive && doc.text.slice(start, words[last]!.end) !== ref.surface) return false;
  if (ref.ordinaryWord) {
    const c = doc.text[start]!;
    if (c === c.toLowerCase()) return false;
    const sentenceInitial = first === 0 || words[first - 1]!.sentence !== words[first]!.sentence;
    const next = words[last + 1];
    const designated = next !== undefined && next.sentence === words[last]!.sentence && DESIGNATOR_WORDS.has(next.key);
    if (sentenceInitial && !designated) return false;
  }
  // a person's given name may go on in lower case after a hyphen ("Kim Jong-un")
  const lowerCase = (w: MatchWord) => !isStopWord(w.key) && /^\p{Ll}/u.test(doc.text.slice(w.start, w.end)) && !(ref.entry.type === 'PERSON' && doc.text[w.start - 1] === '-');
  if (ref.capitalisedName && words.slice(first, last + 1).some(lowerCase)) return false;
  if (ref.context) {
    const keys = keysOf.of(first);
    // an offence noun after "the" refers back: "The traffickers made ..." after a sentence about drug traffickers
    const definite = ref.entry.type === 'CRIME' && first > 0 && words[first - 1]!.key === 'the' && words[first - 1]!.sentence === words[first]!.sentence;
    if (!ref.context.some((w) => keys.has(w)) && !(definite && ref.context.some((w) => keysOf.before(first).has(w)))) return false;
  }
  const loose = ref.entry.type === 'CRIME';
  if (ref.notBefore && guardAt(doc, ref.notBefore, last, true, loose)) return false;
  if (ref.before && !guardAt(doc, ref.before, last, true, loose)) return false;
  if (ref.notAfter && guardAt(doc, ref.notAfter, first, false, loose)) return false;
  if (ref.after && !guardAt(doc, ref.after, first, false, loose)) return false;
  if (ref.predicate && !predicateAt(doc, ref.predicate, first, last)) return false;
  return true;
}

/** The lower-case words of each sentence, made the first time a context word is asked about. */
class SentenceKeys {
  private readonly cache = new Map<number, Set<string>>();

  constructor(private readonly words: readonly MatchWord[]) {}

  /** The keys of the sentence before the sentence of word `at` (none for the first). */
  before(at: number): Set<string> {
    const sentence = this.words[at]!.sentence;
    let i = at;
    while (i > 0 && this.words[i - 1]!.sentence === sentence) i--;
    return i === 0 ? new Set() : this.of(i - 1);
  }

  /** The keys of the sentence of word `at`. */
  of(at: number): Set<string> {
    const words = this.words;
    const sentence = words[at]!.sentence;
    let keys = this.cache.get(sentence);
    if (keys) return keys;
    keys = new Set();
    let i = at;
    while (i > 0 && words[i - 1]!.sentence === sentence) i--;
    for (; i < words.length && words[i]!.sentence === sentence; i++) keys.add(words[i]!.key);
    this.cache.set(sentence, keys);
    return keys;
  }
}

/** The match of the longest alias starting at word i, from trie node `node` (the node of word i), or null. */
function longestFrom(doc: WorkingDoc, node: TrieNode | undefined, i: number, first: number, keysOf: SentenceKeys): Match | null {
  const words = doc.words;
  let j = i;
  let loose = false;
  let best: Match | null = null;
  while (node) {
    if (node.refs) {
      let refs: AliasRef[] | null = null;
      // past a quotation mark only an offence goes on
      for (const r of node.refs) if ((!loose || r.entry.type === 'CRIME') && refAllowed(r, doc, first, j, keysOf)) (refs ??= []).push(r);
      if (refs) {
        // "U.S.": an alias written with a final period keeps it, though words end before it
        const end = words[j]!.end + (doc.text[words[j]!.end] === '.' && refs.some((r) => r.trailingDot) ? 1 : 0);
        best = { first, last: j, start: words[first]!.start, end, refs };
      }
    }
    if (!joins(doc, j, false)) {
      if (!joins(doc, j, true)) break;
      loose = true;
    }
    j++;
    node = node.next.get(words[j]!.key);
  }
  return best;
}

/**
 * "drug producers and traders": an offence whose last word is followed by "and" or "or" and a
 * word that, after the same first words, spells another offence ("drug traders"); that word is
 * a match of its own.
 */
function coordinated(doc: WorkingDoc, trie: TrieNode, m: Match, keysOf: SentenceKeys): Match | null {
  const words = doc.words;
  if (m.last === m.first || !m.refs.some((r) => r.entry.type === 'CRIME')) return null;
  const conj = words[m.last + 1];
  if (!conj || (conj.key !== 'and' && conj.key !== 'or') || !joins(doc, m.last, false) || !joins(doc, m.last + 1, false)) return null;
  let node: TrieNode | undefined = trie;
  for (let k = m.first; k < m.last && node; k++) node = node.next.get(words[k]!.key);
  const at = m.last + 2;
  const shared = node && longestFrom(doc, node.next.get(words[at]!.key), at, at, keysOf);
  // "drug trafficking and selling meth": a word with its own object is a verb, not a shared noun
  if (!shared || (joins(doc, shared.last, false) && trie.next.has(words[shared.last + 1]!.key))) return null;
  const refs = shared.refs.filter((r) => r.entry.type === 'CRIME');
  return refs.length > 0 ? { ...shared, refs } : null;
}

// Most words start no alias: the loop is written for that case, allocating nothing for them.
function findMatches(doc: WorkingDoc, trie: TrieNode): Match[] {
  const words = doc.words;
  const matches: Match[] = [];
  const keysOf = new SentenceKeys(words);
  const firstWords = tableOf(trie.next);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.boilerplate) continue;
    const node = firstWords.get(w.key);
    if (!node) continue;
    const best = longestFrom(doc, node, i, i, keysOf);
    if (!best) continue;
    matches.push(best);
    const other = coordinated(doc, trie, best, keysOf);
    if (other) matches.push(other);
  }
  return selectLongest(matches, words.length);
}

/** Non-overlapping matches, longest first, then leftmost; returned in text order. */
function selectLongest(matches: Match[], wordCount: number): Match[] {
  if (matches.length < 2) return matches;
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  const used = new Uint8Array(wordCount);
  for (const m of byLength) {
    let free = true;
    for (let k = m.first; k <= m.last && free; k++) if (used[k]) free = false;
    if (!free) continue;
    used.fill(1, m.first, m.last + 1);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function publishedYear(doc: WorkingDoc): number | null {
  return doc.published ? Number(doc.published.slice(0, 4)) : null;
}

function validInYear(e: GazetteerEntry, ref: AliasRef, year: number | null): boolean {
  if (year === null || e.type !== 'ORG') return true;
  const former = e.formerly.find((f) => f.name === ref.surface || f.acronym === ref.surface);
  if (former) return year <= former.until;
  return e.valid_from === undefined || year >= e.valid_from;
}

function countryOf(e: GazetteerEntry): string | null {
  return e.type === 'LAW' || e.type === 'PLACE' ? e.country : e.type === 'ORG' ? e.country ?? null : null;
}

/** Demonyms outside any match, as [first word, last word, country]; two-word ones first ("South Korean"). */
function findDemonyms(words: readonly MatchWord[], table: Map<string, GazetteerEntry>, matched: Uint8Array): [number, number, string][] {
  const found: [number, number, string][] = [];
  if (table.size === 0) return found;
  const code = (e: GazetteerEntry | undefined) => (e ? countryOf(e) ?? undefined : undefined);
  for (let i = 0; i < words.length; i++) {
    if (matched[i]) continue;
    const two = i + 1 < words.length && !matched[i + 1] && words[i + 1]!.sentence === words[i]!.sentence ? code(table.get(`${words[i]!.key} ${words[i + 1]!.key}`)) : undefined;
    if (two) {
      found.push([i, i + 1, two]);
      i++;
      continue;
    }
    const one = code(table.get(words[i]!.key));
    if (one) found.push([i, i, one]);
  }
  return found;
}

/** Picks the entry a shared alias means here, with the reason, or null. */
function resolveShared(refs: AliasRef[], doc: WorkingDoc, sentence: Set<string>, named: Set<string>, settled: Set<string>, provinces: Set<string>, countries: ReadonlySet<string>, ownerCountry: string | null, outletCountry: string | null): [AliasRef, string] | null {
  const steps: [string, (r: AliasRef) => boolean][] = [
    // an alias whose neighbouring words were asked for and found says more than one that asked for none
    ['guard', hasWordGuard],
    ['expansion', (r) => named.has(r.entry.id)],
    ['province', (r) => r.entry.type === 'PLACE' && r.entry.province !== null && provinces.has(r.entry.province)],
    ['date', (r) => validInYear(r.entry, r, publishedYear(doc))],
    ['earlier', (r) => r.entry.type === 'ORG' && settled.has(r.entry.id)],
    ['country', (r) => {
      const country = r.entry.type === 'LAW' || r.entry.type === 'ORG' ? countryOf(r.entry) : null;
      if (country === null) return false;
      return r.entry.type === 'ORG' && ownerCountry !== null ? country === ownerCountry : countries.has(country);
    }],
    ['context', (r) => r.entry.context.some((w) => sentence.has(w.toLowerCase()))],
    // a state's own outlet names its state's bodies without the state ("the Ministry of Foreign
    // Affairs said" in China Daily, "the senior foreign ministry official" in Yonhap)
    ['outlet', (r) => r.entry.type === 'ORG' && outletCountry !== null && countryOf(r.entry) === outletCountry],
    ['default', (r) => r.entry.default],
  ];
  let candidates = refs;
  for (const [reason, keep] of steps) {
    const kept = candidates.filter(keep);
    if (kept.length === 1) return [kept[0]!, reason];
    // the date only narrows; it never empties the set
    if (kept.length > 1 || reason === 'date') candidates = kept.length > 0 ? kept : candidates;
  }
  return null;
}

// Each case spells out its object: spreading a shared base here cost as much as the matching.
export function entryDraft(e: GazetteerEntry, start: number, end: number, text: string, rule: string, rules: CompiledRules): Draft {
  const canonical = e.canonical;
  const canonicalId = e.id;
  switch (e.type) {
    case 'PLACE': {
      const province = e.province === null ? (e.level === 'province' || e.level === 'special_city' ? e : null) : rules.entries.get(e.province);
      return { text, start, end, canonical, canonicalId, rule, type: 'PLACE', norm: { level: e.level, province: province?.canonical ?? null, country: e.country, lat: e.lat, lon: e.lon, resolved: true } };
    }
    case 'ORG':
      return { text, start, end, canonical, canonicalId, rule, type: 'ORG', norm: { kind: e.kind, acronym: e.acronym ?? null } };
    case 'LAW':
      return { text, start, end, canonical, canonicalId, rule, type: 'LAW', norm: { code: e.code, article: e.article, title: e.title } };
    case 'DRUG':
      return { text, start, end, canonical, canonicalId, rule, type: 'DRUG', norm: {} };
    case 'PENALTY':
      return { text, start, end, canonical, canonicalId, rule, type: 'PENALTY', norm: { kind: e.kind, status: null, duration: null } };
    case 'PERSON':
      return { text, start, end, canonical, canonicalId, rule, type: 'PERSON', norm: {} };
    case 'CRIME':
      return { text, start, end, canonical, canonicalId, rule, type: 'CRIME', norm: { offence: e.id } };
  }
}

function unresolvedDraft(type: GazetteerEntry['type'], start: number, end: number, text: string): Draft | null {
  const base = { text, start, end, canonical: text, canonicalId: null, rule: 'gazetteer:unresolved' };
  if (type === 'PLACE') return { ...base, type, norm: { level: null, province: null, country: null, lat: null, lon: null, resolved: false } };
  if (type === 'ORG') return { ...base, type, norm: { kind: null, acronym: null } };
  if (type === 'PERSON' || type === 'DRUG') return { ...base, type, norm: {} };
  return null;
}

const hasWordGuard = (r: AliasRef) => r.before !== null || r.after !== null || r.predicate !== null;

/** The entries a match may mean: those of the preferred type, each once (by its alias with a word guard, if one matched). */
function pick(m: Match): AliasRef[] {
  if (m.refs.length === 1) return m.refs;
  const type = TYPE_ORDER.find((t) => m.refs.some((r) => r.entry.type === t))!;
  const ofType = m.refs.filter((r) => r.entry.type === type).sort((a, b) => Number(hasWordGuard(b)) - Number(hasWordGuard(a)));
  return ofType.filter((r, i) => ofType.findIndex((o) => o.entry.id === r.entry.id) === i);
}

export function gazetteer(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  const matches = findMatches(doc, rules.trie);
  const picked = matches.map(pick);
  const named = new Set<string>();
  const provinces = new Set<string>();
  for (const refs of picked) {
    if (refs.length !== 1) continue;
    const e = refs[0]!.entry;
    named.add(e.id);
    if (e.type === 'PLACE') provinces.add(e.province ?? e.id);
  }
  // the countries each sentence names by its places and demonyms, for a shared name of two
  // states' laws or bodies; and the country each word ends the name of, for the one right before
  // a name ("North Korea's Red Cross", "the South Korean Defense Security Command")
  const countriesOf = new Map<number, Set<string>>();
  const countryEndingAt = new Map<number, string>();
  const addCountry = (last: number, country: string, possessive: boolean) => {
    const sentence = doc.words[last]!.sentence;
    countriesOf.set(sentence, (countriesOf.get(sentence) ?? new Set()).add(country));
    const after = doc.text.slice(doc.words[last]!.end, doc.words[last]!.end + 3);
    if (!possessive || /^['\u2019]s\s/.test(after)) countryEndingAt.set(last, country);
  };
  const matched = new Uint8Array(doc.words.length);
  matches.forEach((m, k) => {
    matched.fill(1, m.first, m.last + 1);
    const e = picked[k]!.length === 1 ? picked[k]![0]!.entry : null;
    if (e?.type === 'PLACE' && e.country !== null) addCountry(m.last, e.country, true);
  });
  for (const [, last, country] of findDemonyms(doc.words, demonymsOf(rules), matched)) addCountry(last, country, false);
  const noCountries: ReadonlySet<string> = new Set();
  const outlet = outletEntry(doc, rules);
  const outletCountry = outlet ? countryOf(outlet) : null;
  const keysOf = new SentenceKeys(doc.words);
  const settled = new Set<string>();
  matches.forEach((m, k) => {
    const refs = picked[k]!;
    const text = doc.text.slice(m.start, m.end);
    if (refs.length === 1) {
      doc.drafts.push(entryDraft(refs[0]!.entry, m.start, m.end, text, 'gazetteer', rules));
      return;
    }
    // the owner's word ends right before the name, or before a "the" that opens it
    const before = m.first > 0 && doc.words[m.first - 1]!.key === 'the' ? m.first - 2 : m.first - 1;
    const ownerCountry = before >= 0 && doc.words[before]!.sentence === doc.words[m.first]!.sentence ? countryEndingAt.get(before) ?? null : null;
    const resolved = resolveShared(refs, doc, keysOf.of(m.first), named, settled, provinces, countriesOf.get(doc.words[m.first]!.sentence) ?? noCountries, ownerCountry, outletCountry);
    if (resolved) settled.add(resolved[0].entry.id);
    if (resolved) doc.drafts.push(entryDraft(resolved[0].entry, m.start, m.end, text, `gazetteer:shared-by-${resolved[1]}`, rules));
    else {
      const d = unresolvedDraft(refs[0]!.entry.type, m.start, m.end, text);
      if (d) doc.drafts.push(d);
    }
  });
  nameCampsByPlace(doc, rules);
  nameNumberedCamps(doc);
  outletByInitials(doc, rules);
  return doc;
}

/** A kwanliso by a number the gazetteer does not list, its place in parentheses right after: "Kwan-li-so No. 11 (Kyongsong)". */
const NUMBERED_KWANLISO = new RegExp(`\\b(?:${KWANLISO_SPELLINGS.map((w) => w.replace(/-/g, '-?')).join('|')})[ \\t]+(?:no\\.?[ \\t]*)?\\d{1,3}(?=[ \\t]*\\()`, 'gi');
/** The place in those parentheses when the gazetteer does not know it either: one capitalised word. */
const CAMP_PLACE_WORD = /^[A-Z][a-z]+(?:-[a-z]+)?(?=[ \t]*\))/;

/**
 * A political prison camp named by an unlisted number and the place it is known by
 * ("transferred to Camp 22 (Kwan-li-so No. 11 (Kyongsong) in 1989, ..."): one PLACE camp,
 * canonical by the place as adjudication 6 names camps (`Kyongsong political prison camp`),
 * over the number and over the place in parentheses, which names the camp there and not the
 * county. The kwanliso word inside is then no penalty (it names the camp, not a sentence).
 */
function nameNumberedCamps(doc: WorkingDoc): void {
  NUMBERED_KWANLISO.lastIndex = 0;
  for (let m = NUMBERED_KWANLISO.exec(doc.folded); m !== null; m = NUMBERED_KWANLISO.exec(doc.folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(doc.boilerplate, start, end)) continue;
    if (doc.drafts.some((d) => d.type === 'PLACE' && d.norm.level === 'prison_camp' && d.start < end && start < d.end)) continue;
    const open = doc.text.indexOf('(', end);
    const at = open + 1 + KNOWN_AS.exec(doc.text.slice(open + 1, open + 24))![0].length;
    const place = doc.drafts.find((d): d is Extract<Draft, { type: 'PLACE' }> => d.type === 'PLACE' && d.start === at && /^\s*\)/.test(doc.text.slice(d.end, d.end + 3)));
    const word = place ? null : CAMP_PLACE_WORD.exec(doc.text.slice(at, at + 40));
    if (!place && !word) continue;
    const name = place ? place.canonical : word![0];
    const placeEnd = place ? place.end : at + word![0].length;
    const province = place ? provinceOf(place) : null;
    const camp = (s: number, e: number): Draft => ({
      type: 'PLACE', text: doc.text.slice(s, e), start: s, end: e, canonical: `${name} political prison camp`, canonicalId: null,
      rule: 'gazetteer:numbered-camp', norm: { level: 'prison_camp', province, country: 'KP', lat: null, lon: null, resolved: false },
    });
    doc.drafts = doc.drafts.filter((d) => !(d.start < end && start < d.end) && d !== place);
    doc.drafts.push(camp(start, end), camp(at, placeEnd));
  }
}

/** What follows an outlet's name that is no part of it: "The Press United (Daily NK)". */
const OUTLET_QUALIFIER = /\s*\(.*\)\s*$/;
/** The fewest letters an outlet's initials need: "ON" or "DN" could be anything. */
const MIN_INITIALS = 3;

/**
 * The initials of an outlet's name: the first letter of each capitalised word and every letter
 * of an abbreviation ("U.S."), with and without a leading "The".
 */
export function outletInitials(name: string): string[] {
  const words = name.replace(OUTLET_QUALIFIER, '').split(/\s+/).filter((w) => w !== '');
  const letters = (w: string) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, '') : /^\p{Lu}/u.test(w) ? w[0]! : '');
  const all = words.map(letters).join('');
  const withoutThe = words[0] === 'The' ? words.slice(1).map(letters).join('') : all;
  return [...new Set([all, withoutThe])].filter((x) => x.length >= MIN_INITIALS);
}

/** The organizations of the rules by each of their names, lower case: made once per rules, for the outlet lookup. */
const orgsByName = new WeakMap<CompiledRules, ReadonlyMap<string, GazetteerEntry>>();

/** The gazetteer organization the article's `outlet` field names (its qualifier dropped), or null. */
function outletEntry(doc: WorkingDoc, rules: CompiledRules): GazetteerEntry | null {
  if (!doc.outlet) return null;
  let byName = orgsByName.get(rules);
  if (byName === undefined) {
    const names = new Map<string, GazetteerEntry>();
    for (const e of rules.entries.values()) {
      if (e.type !== 'ORG') continue;
      // the first entry of a name wins, as the scan in entry order did
      for (const n of [e.canonical, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))]) if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), e);
    }
    byName = names;
    orgsByName.set(rules, byName);
  }
  return byName.get(doc.outlet.replace(OUTLET_QUALIFIER, '').trim().toLowerCase()) ?? null;
}

/** Replaces every draft on a use of the article's outlet's initials with the outlet (see the file's comment). */
function outletByInitials(doc: WorkingDoc, rules: CompiledRules): void {
  if (!doc.outlet) return;
  const name = doc.outlet.replace(OUTLET_QUALIFIER, '').trim();
  const initials = outletInitials(name);
  if (initials.length === 0) return;
  const known = outletEntry(doc, rules);
  const uses: [number, number][] = [];
  for (const w of doc.words) {
    if (w.boilerplate || w.end - w.start < MIN_INITIALS) continue;
    if (initials.includes(doc.text.slice(w.start, w.end))) uses.push([w.start, w.end]);
  }
  if (uses.length === 0) return;
  doc.drafts = doc.drafts.filter((d) => !uses.some(([start, end]) => d.start < end && start < d.end));
  for (const [start, end] of uses) {
    const text = doc.text.slice(start, end);
    doc.drafts.push(known
      ? entryDraft(known, start, end, text, 'gazetteer:outlet-initials', rules)
      : { text, start, end, canonical: name.replace(/[\u2018\u2019]/g, "'").replace(/^The /, ''), canonicalId: null, rule: 'gazetteer:outlet-initials', type: 'ORG', norm: { kind: 'media', acronym: text } });
  }
}

const CAMP_IN_PARENTHESES = /^\s*\(\s*$/;
/** What may stand between the parenthesis and the place that names a camp: "kwanliso 15 (also known as Yodok)". */
const KNOWN_AS = /^\s*(?:(?:also\s+)?known\s+as\s+|a\.?k\.?a\.?\s+)?/i;

/**
 * A place and a camp, one in parentheses right after the other, are both the camp, when the
 * camp's canonical begins with the place's: "Yodok (Camp 15)", "kwanliso 15 (also known as Yodok)".
 */
function nameCampsByPlace(doc: WorkingDoc, rules: CompiledRules): void {
  const byStart = new Map<number, number>();
  doc.drafts.forEach((d, i) => byStart.set(d.start, i));
  const isCamp = (d: Draft | undefined): d is Extract<Draft, { type: 'PLACE' }> => d?.type === 'PLACE' && d.norm.level === 'prison_camp' && d.canonicalId !== null;
  const namesCamp = (place: Draft, camp: Extract<Draft, { type: 'PLACE' }>) => place.type === 'PLACE' && place.canonicalId !== null && camp.canonical.startsWith(`${place.canonical} `);
  const renamed = new Map<number, Extract<Draft, { type: 'PLACE' }>>();
  doc.drafts.forEach((d, i) => {
    if (d.type !== 'PLACE' || d.canonicalId === null) return;
    // only the next characters: a search to the text's end per place would scan the text again and again
    const near = doc.text.slice(d.end, d.end + 3).indexOf('(');
    const open = d.end + near;
    if (near < 0 || !CAMP_IN_PARENTHESES.test(doc.text.slice(d.end, open + 1))) return;
    const at = open + 1 + KNOWN_AS.exec(doc.text.slice(open + 1, open + 24))![0].length;
    const k = byStart.get(at);
    const inside = k === undefined ? undefined : doc.drafts[k];
    if (inside === undefined || !/^\s*\)/.test(doc.text.slice(inside.end, inside.end + 3))) return;
    // "Yodok (Camp 15)": the place before; "Camp 15 (Yodok)": the place inside
    if (isCamp(inside) && namesCamp(d, inside)) renamed.set(i, inside);
    else if (isCamp(d) && namesCamp(inside, d)) renamed.set(k!, d);
  });
  for (const [i, camp] of renamed) {
    const place = doc.drafts[i]!;
    const entry = rules.entries.get(camp.canonicalId!);
    if (entry) doc.drafts[i] = entryDraft(entry, place.start, place.end, place.text, 'gazetteer:camp-named-by-place', rules);
  }
}
