/**
 * gazetteer: finds every rule alias in the article's words, longest match first, and turns
 * each match into an entity draft carrying its entry's canonical name and norm.
 *
 * A match is kept only where its alias allows it: exact case for acronyms; for a one-word
 * alias that is also an English word ("China", "Orang", "ice"), a capital letter and, at the
 * start of a sentence, a following place designator; for aliases with `context`, one of the
 * context words in the sentence.
 *
 * An alias shared by several entries (stated with shares_alias_with) is settled, in order, by:
 * 1. an entry named unambiguously elsewhere in the article (its own expansion wins);
 * 2. for places, an entry whose province the article names;
 * 3. the publication year: an entry not yet named so (valid_from), or renamed before it (formerly.until);
 * 4. the entry's `context` words in the same sentence;
 * 5. the entry marked `default`.
 * Otherwise the mention is kept with canonicalId null.
 */
import type { AliasRef, CompiledRules, TrieNode } from '../rules/compile.js';
import type { GazetteerEntry } from '../rules/schema.js';
import { DESIGNATORS } from '../rules/variants.js';
import type { Draft, MatchWord, WorkingDoc } from './doc.js';

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
const TYPE_ORDER: readonly GazetteerEntry['type'][] = ['LAW', 'ORG', 'DRUG', 'PENALTY', 'PLACE', 'PERSON'];

function sentenceKeys(words: readonly MatchWord[], sentence: number, cache: Map<number, Set<string>>, from: number): Set<string> {
  let keys = cache.get(sentence);
  if (keys) return keys;
  keys = new Set();
  let i = from;
  while (i > 0 && words[i - 1]!.sentence === sentence) i--;
  for (; i < words.length && words[i]!.sentence === sentence; i++) keys.add(words[i]!.key);
  cache.set(sentence, keys);
  return keys;
}

function refAllowed(ref: AliasRef, doc: WorkingDoc, first: number, last: number, keysOf: () => Set<string>): boolean {
  const words = doc.words;
  const start = words[first]!.start;
  const end = words[last]!.end;
  if (ref.caseSensitive && doc.text.slice(start, end) !== ref.surface) return false;
  if (ref.ordinaryWord) {
    const c = doc.text[start]!;
    if (c === c.toLowerCase()) return false;
    const sentenceInitial = first === 0 || words[first - 1]!.sentence !== words[first]!.sentence;
    const next = words[last + 1];
    const designated = next !== undefined && next.sentence === words[last]!.sentence && DESIGNATOR_WORDS.has(next.key);
    if (sentenceInitial && !designated) return false;
  }
  if (ref.context && !ref.context.some((w) => keysOf().has(w))) return false;
  return true;
}

function findMatches(doc: WorkingDoc, trie: TrieNode): Match[] {
  const words = doc.words;
  const matches: Match[] = [];
  const cache = new Map<number, Set<string>>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.boilerplate) continue;
    let node = trie.next.get(w.key);
    let j = i;
    let best: Match | null = null;
    while (node) {
      if (node.refs) {
        const keysOf = () => sentenceKeys(words, w.sentence, cache, i);
        const refs = node.refs.filter((r) => refAllowed(r, doc, i, j, keysOf));
        if (refs.length > 0) best = { first: i, last: j, start: w.start, end: words[j]!.end, refs };
      }
      const next = words[j + 1];
      if (!words[j]!.joinsNext || !next || next.sentence !== w.sentence || next.boilerplate) break;
      j++;
      node = node.next.get(next.key);
    }
    if (best) matches.push(best);
  }
  return selectLongest(matches);
}

/** Non-overlapping matches, longest first, then leftmost; returned in text order. */
function selectLongest(matches: Match[]): Match[] {
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  const used = new Set<number>();
  for (const m of byLength) {
    let free = true;
    for (let k = m.first; k <= m.last && free; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = m.first; k <= m.last; k++) used.add(k);
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

/** Picks the entry a shared alias means here, with the reason, or null. */
function resolveShared(refs: AliasRef[], doc: WorkingDoc, sentence: Set<string>, named: Set<string>, provinces: Set<string>): [AliasRef, string] | null {
  const steps: [string, (r: AliasRef) => boolean][] = [
    ['expansion', (r) => named.has(r.entry.id)],
    ['province', (r) => r.entry.type === 'PLACE' && r.entry.province !== null && provinces.has(r.entry.province)],
    ['date', (r) => validInYear(r.entry, r, publishedYear(doc))],
    ['context', (r) => r.entry.context.some((w) => sentence.has(w.toLowerCase()))],
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

export function entryDraft(e: GazetteerEntry, start: number, end: number, text: string, rule: string, rules: CompiledRules): Draft {
  const base = { text, start, end, canonical: e.canonical, canonicalId: e.id, rule };
  switch (e.type) {
    case 'PLACE': {
      const province = e.province === null ? (e.level === 'province' || e.level === 'special_city' ? e : null) : rules.entries.get(e.province);
      return { ...base, type: 'PLACE', norm: { level: e.level, province: province?.canonical ?? null, country: e.country, lat: e.lat, lon: e.lon, resolved: true } };
    }
    case 'ORG':
      return { ...base, type: 'ORG', norm: { kind: e.kind, acronym: e.acronym ?? null } };
    case 'LAW':
      return { ...base, type: 'LAW', norm: { code: e.code, article: e.article, title: e.title } };
    case 'DRUG':
      return { ...base, type: 'DRUG', norm: {} };
    case 'PENALTY':
      return { ...base, type: 'PENALTY', norm: { kind: e.kind, duration: null } };
    case 'PERSON':
      return { ...base, type: 'PERSON', norm: {} };
  }
}

function unresolvedDraft(type: GazetteerEntry['type'], start: number, end: number, text: string): Draft | null {
  const base = { text, start, end, canonical: text, canonicalId: null, rule: 'gazetteer:unresolved' };
  if (type === 'PLACE') return { ...base, type, norm: { level: null, province: null, country: null, lat: null, lon: null, resolved: false } };
  if (type === 'ORG') return { ...base, type, norm: { kind: null, acronym: null } };
  if (type === 'PERSON' || type === 'DRUG') return { ...base, type, norm: {} };
  return null;
}

export function gazetteer(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  const matches = findMatches(doc, rules.trie);
  const pick = (m: Match): AliasRef[] => {
    const type = TYPE_ORDER.find((t) => m.refs.some((r) => r.entry.type === t))!;
    const ofType = m.refs.filter((r) => r.entry.type === type);
    return ofType.filter((r, i) => ofType.findIndex((o) => o.entry.id === r.entry.id) === i);
  };
  const cache = new Map<number, Set<string>>();
  const named = new Set<string>();
  const provinces = new Set<string>();
  for (const m of matches) {
    const refs = pick(m);
    if (refs.length !== 1) continue;
    const e = refs[0]!.entry;
    named.add(e.id);
    if (e.type === 'PLACE') provinces.add(e.province ?? e.id);
  }
  for (const m of matches) {
    const refs = pick(m);
    const text = doc.text.slice(m.start, m.end);
    if (refs.length === 1) {
      doc.drafts.push(entryDraft(refs[0]!.entry, m.start, m.end, text, 'gazetteer', rules));
      continue;
    }
    const sentence = sentenceKeys(doc.words, doc.words[m.first]!.sentence, cache, m.first);
    const resolved = resolveShared(refs, doc, sentence, named, provinces);
    if (resolved) doc.drafts.push(entryDraft(resolved[0].entry, m.start, m.end, text, `gazetteer:shared-by-${resolved[1]}`, rules));
    else {
      const d = unresolvedDraft(refs[0]!.entry.type, m.start, m.end, text);
      if (d) doc.drafts.push(d);
    }
  }
  return doc;
}
