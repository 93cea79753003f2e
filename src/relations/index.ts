/**
 * The relation engine: runs the compiled patterns of the `relations` rule files over the
 * entities of one sentence at a time (a relation never crosses a sentence boundary).
 *
 * A pattern pairs two entities in one of three ways (docs/relations.md):
 * - `between`: two entities whose whole gap is one of the pattern's phrases; an entity in the
 *   gap is a `<TYPE>` item of the phrase, so without such items the two are neighbours;
 * - `near`: the first partner of the right type within a few words (every one, with `all`), the gap holding a trigger
 *   phrase and no veto phrase;
 * - `anywhere`: the one entity of the object's kind in the sentence.
 * Anything in complete parentheses between two entities is not read, entities included.
 * Entities written as a list ("Hamhung and Sunchon") are paired as the pattern's `lists`
 * says, all or nothing, and only where the pattern's `list_after` words ("respectively")
 * follow; or, with `nearest`, only the two items that stand side by side. A subject restated in parentheses ("100 RMB (15 USD)") takes its relations too, where
 * the pattern says so. For `located_in` the object must be a larger kind of place than the
 * subject; where the gazetteer puts the subject in another province or country than the text
 * does, the relation is kept and flagged `conflict`.
 */
import type { WorkingDoc } from '../stages/doc.js';
import { evidenceOf } from '../text/evidence.js';
import type { Entity, EntityOf, Relation, Span } from '../types.js';
import { TYPE_BIT, type RelationPattern, type Side } from './compile.js';
import { compilePhrase, entityToken, isEntity, isWord, matchPhrase, occursIn, tokenize, type Phrase } from './phrase.js';

type Place = EntityOf<'PLACE'>;

/** Place levels by size; levels without a rank (rivers, camps...) are contained, never containers. */
const LEVEL_RANK: Readonly<Record<string, number>> = {
  country: 5, province: 4, special_city: 4, city: 3, county: 3, region: 3, district: 2, workers_district: 2, town: 1, village: 0,
};

/**
 * A place's size as a holder. A region the gazetteer knows is sized by what it puts it in: one inside a
 * province (a prefecture: "Yanji in Yanbian") holds cities and counties, one inside a country only
 * ("Jilin in Northeast China") holds provinces; an unknown region, or one in no country, holds as a city does.
 */
function rankOf(p: Place): number | undefined {
  if (p.norm.level === 'region' && p.canonicalId !== null) {
    if (p.norm.province !== null) return LEVEL_RANK.province! - 0.5;
    if (p.norm.country !== null) return LEVEL_RANK.country! - 0.5;
  }
  return LEVEL_RANK[p.norm.level ?? ''];
}

/** Places that run across units: no city holds a river or a region. */
const SPANNING: ReadonlySet<string> = new Set(['river', 'region']);

/** Features that sit in one unit, a county or a city, unless the gazetteer puts them in no province. */
const LOCAL_FEATURES: ReadonlySet<string> = new Set(['mountain', 'lake']);

/**
 * True when the outer place is of a larger kind than the inner one (an unknown inner kind fits
 * any). A river or region fits only a province or a country: "the Yalu River in Ryanggang
 * Province" names a stretch of a river that runs along several provinces. A mountain or lake
 * fits any unit ("Mount Masik in Wonsan"). Any of them the gazetteer knows and puts in no
 * province spans provinces: only a country holds it.
 */
export function canContain(outer: Place, inner: Place): boolean {
  const o = rankOf(outer);
  const i = LEVEL_RANK[inner.norm.level ?? ''];
  if (o === undefined) return false;
  const level = inner.norm.level ?? '';
  if (SPANNING.has(level) || LOCAL_FEATURES.has(level)) {
    const spansProvinces = inner.canonicalId !== null && inner.norm.province === null;
    if (spansProvinces) return o >= LEVEL_RANK.country!;
    if (SPANNING.has(level)) return o >= LEVEL_RANK.province!;
  }
  return i === undefined || o > i;
}

/** The gazetteer puts the inner place in another country or province than the text does. */
export function conflicts(inner: Place, outer: Place): boolean {
  if (inner.canonicalId === null || outer.canonicalId === null) return false;
  if (inner.norm.country !== null && outer.norm.country !== null && inner.norm.country !== outer.norm.country) return true;
  if (outer.norm.level === 'province' || outer.norm.level === 'special_city') return inner.norm.province !== null && inner.norm.province !== outer.canonical;
  return false;
}

/**
 * The gazetteer puts the inner place inside the outer one: both resolved, the outer a country
 * holding the inner's country, or a province or special city holding the inner's province.
 */
export function knownInside(inner: Entity, outer: Entity): boolean {
  if (inner.type !== 'PLACE' || outer.type !== 'PLACE' || inner.canonicalId === null || outer.canonicalId === null) return false;
  if (!canContain(outer, inner)) return false;
  if (outer.norm.level === 'country') return inner.norm.country !== null && inner.norm.country === outer.norm.country;
  if (outer.norm.level === 'province' || outer.norm.level === 'special_city') return inner.norm.province === outer.canonical;
  return false;
}

function phrase(source: string): Phrase {
  const p = compilePhrase(source, new Map());
  if (typeof p === 'string') throw new Error(p);
  return p;
}

/** What joins the items of a list: English grammar, not a rule an analyst tunes. */
const LIST_JOINERS: readonly Phrase[] = [', the?', ',? and|or|& the?', ',? as well as the?'].map(phrase);
/** What joins alternatives: "meth or heroin", "meth, heroin or opium". */
const OR_JOINERS: readonly Phrase[] = [', the?', ',? or the?'].map(phrase);

/** The joiners that never state a location, as a bare comma may ("Hyesan, Ryanggang Province"). */
const AND_OR: readonly Phrase[] = [',? and|or|& the?', ',? as well as the?'].map(phrase);

/** Levels that hold cities of their own country: joined to a foreign city they may still be read as its holder. */
const WIDE_LEVELS: ReadonlySet<string> = new Set(['country', 'province', 'region']);

/** Both places resolved, neither a country, province or region, in two countries: neither holds the other. */
function otherCountries(a: Place, b: Place): boolean {
  return a.canonicalId !== null && b.canonicalId !== null && a.norm.country !== null && b.norm.country !== null
    && a.norm.country !== b.norm.country && !WIDE_LEVELS.has(a.norm.level ?? '') && !WIDE_LEVELS.has(b.norm.level ?? '');
}

function fits(side: Side, e: Entity): boolean {
  if ((side.typeMask & TYPE_BIT[e.type]) === 0) return false;
  if (side.levels && e.type === 'PLACE' && (e.norm.level === null || !side.levels.has(e.norm.level))) return false;
  if (side.kinds && e.type === 'ORG' && (e.norm.kind === null || !side.kinds.has(e.norm.kind))) return false;
  return true;
}

type RelationDraft = Omit<Relation, 'id' | 'sentence' | 'evidence'>;

/** How far before and after an entity its `before` and `after` phrases are looked for. */
const WINDOW = 120;

/** How many entities apart a pattern looks for its partner, at most, besides a `near` pattern's words. */
const REACH = 12;

const BRACKET = /[()[\]]/g;

/** The offsets of the brackets "()[]" in the text, which are rare: each sentence reads its own from them. */
function bracketsOf(folded: string): number[] {
  const out: number[] = [];
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(folded); m !== null; m = BRACKET.exec(folded)) out.push(m.index);
  return out;
}

/** The index of the first offset >= at in the sorted offsets. */
function firstAtOrAfter(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One sentence: its span and its entities in text order; gaps are cut into tokens once. */
class SentenceView {
  private readonly mateCache = new Map<readonly Phrase[], Map<number, boolean>>();
  /** by k * entities.length + j */
  private readonly gapCache = new Map<number, string[]>();
  private readonly beforeCache = new Map<Entity, string[]>();
  private readonly afterCache = new Map<Entity, { tokens: string[]; end: number; toSentenceEnd: boolean }>();
  private readonly markedAfterCache = new Map<Entity, string[]>();
  private readonly markedBeforeCache = new Map<Entity, string[]>();
  /** entity id → index, made when first asked: most sentences state no relation */
  private indexOf: Map<string, number> | null = null;
  /** per entity, the start of the outermost complete parenthetical holding it, or -1 */
  private readonly enclosing: readonly number[];

  /** `brackets`: the offsets of every bracket of the document, in order (bracketsOf) */
  constructor(readonly folded: string, readonly span: Span, readonly entities: readonly Entity[], brackets: readonly number[]) {
    const outermost: Span[] = [];
    const opened: number[] = [];
    for (let b = firstAtOrAfter(brackets, span.start); b < brackets.length && brackets[b]! < span.end; b++) {
      const i = brackets[b]!;
      const c = folded.charCodeAt(i);
      if (c === 0x28 || c === 0x5b) opened.push(i);
      else if (opened.length > 0) {
        const start = opened.pop()!;
        if (opened.length === 0) outermost.push({ start, end: i + 1 });
      }
    }
    let s = 0;
    this.enclosing = entities.map((e) => {
      while (s < outermost.length && outermost[s]!.end <= e.start) s++;
      const p = outermost[s];
      return p && p.start < e.start && e.end < p.end ? p.start : -1;
    });
  }

  entity(id: string): [Entity, number] {
    this.indexOf ??= new Map(this.entities.map((e, i) => [e.id, i]));
    const i = this.indexOf.get(id)!;
    return [this.entities[i]!, i];
  }

  /** Entity j is inside complete parentheses that do not hold entity k: read from k, it is not there. */
  hidden(k: number, j: number): boolean {
    const p = this.enclosing[j]!;
    return p !== -1 && p !== this.enclosing[k];
  }

  /** The tokens between entities k and j, each entity between them one `<type>` token. */
  gap(k: number, j: number): string[] {
    const key = k * this.entities.length + j;
    let tokens = this.gapCache.get(key);
    if (!tokens) {
      const marks = this.entities.slice(k + 1, j).map((e) => ({ start: e.start, end: e.end, token: entityToken(e.type) }));
      this.gapCache.set(key, (tokens = tokenize(this.folded, this.entities[k]!.end, this.entities[j]!.start, marks)));
    }
    return tokens;
  }

  /** Entities k and k+1 are items of one list, joined as English joins them or by one of the pattern's joiners. */
  private mates(k: number, joiners: readonly Phrase[]): boolean {
    let cache = this.mateCache.get(joiners);
    if (!cache) this.mateCache.set(joiners, (cache = new Map()));
    let m = cache.get(k);
    if (m === undefined) {
      const a = this.entities[k]!;
      const b = this.entities[k + 1]!;
      const joined = (p: Phrase) => matchPhrase(p, this.gap(k, k + 1), 'whole');
      // a place and a place that can hold it are a location ("Hyesan, Ryanggang"), not a list, unless "and" or
      // "or" joins cities of two countries ("offices in Seoul and Tokyo"; "between North Korea and Dandong, China's
      // largest border city" stays the city's apposition); one entity named twice is an apposition ("the secret
      // police, the Ministry of State Security")
      m = a.type === b.type
        && !(a.type === 'PLACE' && (canContain(a, b as Place) || canContain(b as Place, a))
          && !(otherCountries(a as Place, b as Place) && AND_OR.some(joined)))
        && !(a.canonicalId !== null && a.canonicalId === b.canonicalId)
        && (LIST_JOINERS.some(joined) || joiners.some(joined));
      cache.set(k, m);
    }
    return m;
  }

  /** The list that ends with entity k (just [k] when it is not in a list). */
  listEndingAt(k: number, joiners: readonly Phrase[]): Entity[] {
    let i = k;
    while (i > 0 && this.mates(i - 1, joiners)) i--;
    return this.entities.slice(i, k + 1);
  }

  /** Every item of the list (consecutive entities, in text order) is joined to the next by "or" or a comma, and "or" joins one. */
  alternatives(list: readonly Entity[]): boolean {
    if (list.length < 2) return true;
    const first = this.entity(list[0]!.id)[1];
    const gaps = list.slice(1).map((_, i) => this.gap(first + i, first + i + 1));
    return gaps.every((g) => OR_JOINERS.some((ph) => matchPhrase(ph, g, 'whole'))) && gaps.some((g) => g.includes('or'));
  }

  /** No item after the first opens with an article: "Yonhap and Dong-A Ilbo", not "the MSS, the MoSS". */
  bare(list: readonly Entity[]): boolean {
    if (list.length < 2) return true;
    const first = this.entity(list[0]!.id)[1];
    return list.slice(1).every((_, i) => !this.gap(first + i, first + i + 1).includes('the'));
  }

  /** The list that starts with entity k. */
  listStartingAt(k: number, joiners: readonly Phrase[]): Entity[] {
    let j = k;
    while (j + 1 < this.entities.length && this.mates(j, joiners)) j++;
    return this.entities.slice(k, j + 1);
  }

  /**
   * The entity that restates entity k: the next one, of its type, alone in parentheses right
   * after k ("100 RMB (15 USD)"), the words before it in the parentheses one of the phrases.
   */
  restatement(k: number, phrases: readonly Phrase[]): Entity | null {
    const e = this.entities[k]!;
    const r = this.entities[k + 1];
    if (!r || r.type !== e.type || this.enclosing[k + 1] === -1) return null;
    const gap = this.gap(k, k + 1);
    if (!OPEN_PAREN.has(gap[0] ?? '') || !phrases.some((ph) => matchPhrase(ph, gap, 'whole', 1))) return null;
    return CLOSE_PAREN.has(this.tokensAfter(r).tokens[0] ?? '') ? r : null;
  }

  /** The words before an entity, read backwards from it, up to the sentence start or the window's. */
  private tokensBefore(e: Entity): { backwards: string[]; from: number } {
    const from = Math.max(this.span.start, e.start - WINDOW);
    let backwards = this.beforeCache.get(e);
    if (!backwards) this.beforeCache.set(e, (backwards = tokenize(this.folded.slice(from, e.start)).reverse()));
    return { backwards, from };
  }

  /** The same words with each entity standing there one `<type>` token, for the phrases that name one. */
  private markedBefore(e: Entity, from: number): string[] {
    let marked = this.markedBeforeCache.get(e);
    if (!marked) {
      const marks = this.entities.filter((x) => x.start >= from && x.end <= e.start).map((x) => ({ start: x.start, end: x.end, token: entityToken(x.type) }));
      this.markedBeforeCache.set(e, (marked = tokenize(this.folded, from, e.start, marks).reverse()));
    }
    return marked;
  }

  /** One of the (reversed) phrases ends right before the entity; none given: true. */
  beforeMatches(phrases: readonly Phrase[], e: Entity): boolean {
    if (phrases.length === 0) return true;
    const { backwards, from } = this.tokensBefore(e);
    // a cut window does not reach the sentence start; reversed, a `<start>` phrase must use every token
    return phrases.some((ph) => (!ph.toEnd || from === this.span.start) && matchPhrase(ph, ph.entities > 0 ? this.markedBefore(e, from) : backwards, 'prefix'));
  }

  /** The words after an entity as written, up to the sentence end or the window's. */
  private tokensAfter(e: Entity): { tokens: string[]; end: number; toSentenceEnd: boolean } {
    let after = this.afterCache.get(e);
    if (!after) {
      const end = Math.min(this.span.end, e.end + WINDOW);
      // a cut window does not reach the sentence end
      this.afterCache.set(e, (after = { tokens: tokenize(this.folded.slice(e.end, end)), end, toSentenceEnd: end === this.span.end }));
    }
    return after;
  }

  /** The same words with each entity standing there one `<type>` token, for the phrases that name one. */
  private markedAfter(e: Entity): string[] {
    let marked = this.markedAfterCache.get(e);
    if (!marked) {
      const { end } = this.tokensAfter(e);
      const marks = this.entities.filter((x) => x.start >= e.end && x.end <= end).map((x) => ({ start: x.start, end: x.end, token: entityToken(x.type) }));
      this.markedAfterCache.set(e, (marked = tokenize(this.folded, e.end, end, marks)));
    }
    return marked;
  }

  afterMatches(phrases: readonly Phrase[], e: Entity): boolean {
    if (phrases.length === 0) return true;
    const { tokens, toSentenceEnd } = this.tokensAfter(e);
    // a phrase without entity items reads the words as written, entities' words included ("last week")
    return phrases.some((ph) => (!ph.toEnd || toSentenceEnd) && matchPhrase(ph, ph.entities > 0 ? this.markedAfter(e) : tokens, 'prefix'));
  }
}

const OPEN_PAREN = new Set(['(', '[']);
const CLOSE_PAREN = new Set([')', ']']);

function draft(p: RelationPattern, subject: Entity, object: Entity): RelationDraft | null {
  if (!fits(p.subject, subject) || !fits(p.object, object)) return null;
  let conflict = false;
  if (p.relation === 'located_in' && subject.type === 'PLACE' && object.type === 'PLACE') {
    if (!canContain(object, subject)) return null;
    if (p.knownInside && !knownInside(subject, object)) return null;
    conflict = conflicts(subject, object);
  }
  return { type: p.relation, subject: subject.id, object: object.id, rule: p.id, conflict };
}

/** Pairs the list ending at the first entity with the list starting at the second: all pairs or none. */
function pairLists(view: SentenceView, p: RelationPattern, k: number, j: number): RelationDraft[] {
  const firsts = view.listEndingAt(k, p.listJoiners);
  const seconds = view.listStartingAt(j, p.listJoiners);
  const last = seconds[seconds.length - 1]!;
  if (!view.beforeMatches(p.before, firsts[0]!) || !view.afterMatches(p.after, last)) return [];
  if (p.notBefore.length > 0 && view.beforeMatches(p.notBefore, firsts[0]!)) return [];
  if (p.notAfter.length > 0 && view.afterMatches(p.notAfter, last)) return [];
  if (p.listsOfAlternatives && !(view.alternatives(firsts) && view.alternatives(seconds))) return [];
  if (p.bareLists && !(view.bare(firsts) && view.bare(seconds))) return [];
  const subjects = p.subjectFirst ? firsts : seconds;
  const objects = p.subjectFirst ? seconds : firsts;
  const known = p.distributeKnown && subjects.length > 1 && objects.length === 1
    && subjects.every((s) => knownInside(s, objects[0]!));
  // "Dandong and Sinuiju of North Pyongan Province": the gazetteer puts the nearest item in the holder and every other elsewhere
  const nearestOnly = !known && p.distributeKnown && p.subjectFirst && subjects.length > 1 && objects.length === 1
    && knownInside(subjects[subjects.length - 1]!, objects[0]!) && subjects.slice(0, -1).every((s) => s.type === 'PLACE' && objects[0]!.type === 'PLACE' && conflicts(s, objects[0]!));
  if ((firsts.length > 1 || seconds.length > 1) && !known && !nearestOnly && !view.afterMatches(p.listAfter, last)) return [];
  let pairs: [Entity, Entity][];
  if (firsts.length === 1 && seconds.length === 1) pairs = [[firsts[0]!, seconds[0]!]];
  else if (nearestOnly) pairs = [[subjects[subjects.length - 1]!, objects[0]!]];
  else if (known) pairs = p.subjectFirst ? firsts.map((f) => [f, seconds[0]!]) : seconds.map((s) => [firsts[0]!, s]);
  else if (p.lists === 'respectively' && firsts.length === seconds.length) pairs = firsts.map((f, i) => [f, seconds[i]!]);
  else if (p.lists === 'distribute' && firsts.length === 1) pairs = seconds.map((s) => [firsts[0]!, s]);
  else if (p.lists === 'distribute' && seconds.length === 1) pairs = firsts.map((f) => [f, seconds[0]!]);
  // "the Ministry of State Security in Hyesan and Musan": its units in both; "the MSS and the MoSS in Hyesan" says not which
  else if (p.lists === 'distribute_objects' && subjects.length === 1) pairs = objects.map((o) => (p.subjectFirst ? [subjects[0]!, o] : [o, subjects[0]!]));
  // an apposition or a phrase right after a list item is that item's alone ("Kim and Pak, an official at ...")
  else if (p.lists === 'nearest') pairs = [[firsts[firsts.length - 1]!, seconds[0]!]];
  else return [];
  const out: RelationDraft[] = [];
  for (const [first, second] of pairs) {
    const d = p.subjectFirst ? draft(p, first, second) : draft(p, second, first);
    if (!d) return [];
    out.push(d);
  }
  return out;
}

/** The drafts, and for each whose subject is restated in parentheses, the same with the restatement. */
function withRestatements(view: SentenceView, p: RelationPattern, drafts: RelationDraft[]): RelationDraft[] {
  if (p.subjectRestatement.length === 0) return drafts;
  const out = [...drafts];
  for (const d of drafts) {
    const r = view.restatement(view.entity(d.subject)[1], p.subjectRestatement);
    const extra = r && draft(p, r, view.entity(d.object)[0]);
    if (extra) out.push(extra);
  }
  return out;
}

function applyPattern(view: SentenceView, p: RelationPattern): RelationDraft[] {
  const es = view.entities;
  const firstSide = p.subjectFirst ? p.subject : p.object;
  const secondSide = p.subjectFirst ? p.object : p.subject;
  const out: RelationDraft[] = [];
  const pairing = p.pairing;
  if (pairing.mode === 'anywhere') {
    const objects = es.filter((e) => fits(p.object, e));
    for (const a of objects.length > 0 ? es : []) {
      if (!fits(p.subject, a)) continue;
      const candidates = objects.filter((e) => e !== a);
      // the same organization named twice ("Daily NK ... DNK") is still one
      if (new Set(candidates.map((e) => e.canonicalId ?? e.canonical.toLowerCase())).size !== 1) continue;
      if (!view.beforeMatches(p.before, a) || !view.afterMatches(p.after, a)) continue;
      if (p.notBefore.length > 0 && view.beforeMatches(p.notBefore, a)) continue;
      if (p.notAfter.length > 0 && view.afterMatches(p.notAfter, a)) continue;
      const nearest = candidates.reduce((x, y) => (Math.abs(y.start - a.start) < Math.abs(x.start - a.start) ? y : x));
      const d = draft(p, a, nearest);
      if (d) out.push(d);
    }
    return withRestatements(view, p, out);
  }
  for (let k = 0; k < es.length; k++) {
    const a = es[k]!;
    if (!fits(firstSide, a)) continue;
    if (pairing.mode === 'between') {
      // entities standing between k and j; those hidden in parentheses are not read
      let standing = 0;
      for (let j = k + 1; j < es.length && j - k <= REACH; j++) {
        if (j > k + 1 && !view.hidden(k, j - 1)) standing++;
        if (standing > pairing.entities) break;
        if (!fits(secondSide, es[j]!)) continue;
        const gap = view.gap(k, j);
        if (pairing.phrases.some((ph) => matchPhrase(ph, gap, 'whole'))) out.push(...pairLists(view, p, k, j));
      }
      continue;
    }
    // each entity passed counts as a word, so more than max_words of them can never match; with `all`,
    // the partners met on the way may stand between too, and a veto ends the search
    for (let j = k + 1, standing = 0; j < es.length && j - k <= pairing.maxWords + REACH; j++) {
      const b = es[j]!;
      if (!fits(secondSide, b)) {
        if (!view.hidden(k, j) && (!pairing.skip.has(b.type) || ++standing > pairing.maxWords)) break;
        continue;
      }
      const gap = view.gap(k, j);
      // an entity between them counts as one word
      const words = gap.filter((t) => isWord(t) || isEntity(t)).length;
      if (words > pairing.maxWords || pairing.unless.some((ph) => occursIn(ph, gap))) break;
      if (pairing.words.some((ph) => occursIn(ph, gap))) out.push(...pairLists(view, p, k, j));
      if (!pairing.all) break;
      standing++;
    }
  }
  return withRestatements(view, p, out);
}

/** The relations stated in the document, sentence by sentence, numbered r1, r2... */
export function findRelations(doc: WorkingDoc, patterns: readonly RelationPattern[]): Relation[] {
  const out: Relation[] = [];
  let from = 0;
  const entities = doc.entities;
  let brackets: number[] | undefined;
  while (from < entities.length) {
    const sentence = entities[from]!.sentence;
    let to = from;
    while (to < entities.length && entities[to]!.sentence === sentence) to++;
    if (to - from >= 2) {
      const span = doc.sentences[sentence]!;
      brackets ??= bracketsOf(doc.folded);
      const view = new SentenceView(doc.folded, span, entities.slice(from, to), brackets);
      let types = 0;
      for (const e of view.entities) types |= TYPE_BIT[e.type];
      const present = (side: Side) => (side.typeMask & types) !== 0;
      const seen = new Set<string>();
      const found: { d: RelationDraft; lo: number; hi: number; end: number }[] = [];
      // earlier patterns win when two state the same relation
      for (const p of patterns) {
        if (!present(p.subject) || !present(p.object)) continue;
        for (const d of applyPattern(view, p)) {
          const key = `${d.type} ${d.subject} ${d.object}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const a = view.entity(d.subject)[0];
          const b = view.entity(d.object)[0];
          found.push({ d, lo: Math.min(a.start, b.start), hi: Math.max(a.start, b.start), end: Math.max(a.end, b.end) });
        }
      }
      found.sort((x, y) => x.lo - y.lo || x.hi - y.hi);
      for (const { d, lo, end } of found) out.push({ id: `r${out.length + 1}`, sentence, evidence: evidenceOf(doc.text, span.start, span.end, lo, end), ...d });
    }
    from = to;
  }
  return out;
}
