/**
 * Document-level event coreference (docs/events.md, "One event per reported event"): the
 * per-trigger events of one document are merged when they have the same subtype, the same
 * modality, polarity and genericity, and arguments that do not conflict. Two events conflict
 * when their places differ and neither contains the other, their times differ and neither
 * refines the other ("August" and "August 30" agree, "August" and "September" do not), their
 * penalties differ (kind and duration), or both name persons and none in common.
 *
 * A mention further than the sentence after the cluster's latest mention joins it only when
 * place and time are the same (both null or equal): the guideline takes a missing role from
 * the previous sentence about the same event, not from anywhere in the article; on the
 * development set, refining from any distance merged events the gold keeps apart. Two
 * exceptions: a country's lead told in one of its towns at the same time (`refinesCountry`), and
 * the same penalty term told again (`samePenaltyTerm`). After the merging, kept events that came
 * to one place and time are merged too (`mergeToldTwice`).
 *
 * An anaphoric mention (a definite determiner right before its trigger: "The execution took
 * place in October", "the August execution") points back to an event already told: it joins
 * the nearest earlier cluster it agrees with at any distance, and gives it only its time,
 * persons and count. Its other roles are often another clause's ("The crackdown has not stopped
 * ... people inside North Korea"): on the development set, letting it fill or refine the place
 * lost what the merge gained (events F1 0.591 against 0.598), and its offences and agencies
 * lowered the fixtures' argument precision.
 *
 * Events are taken in document order; each joins the nearest earlier cluster it agrees with,
 * else starts its own. The first mention is kept: its trigger, offsets and evidence; a role
 * it leaves null is filled from a later mention, and a place or time is replaced by a more
 * specific one that agrees (the city rather than its province), both marked fromContext.
 * Persons are the union; the count is the first one stated.
 */
import type { Entity, Event, EventArgument } from '../types.js';

type Place = Extract<Entity, { type: 'PLACE' }>;

/** The roles a later mention may fill when the kept one has none (place and time are refined instead). */
const FILLED = ['agent', 'crime', 'sentence', 'law', 'money', 'drug', 'quantity'] as const;

/** Whether `outer` contains `inner`: a country its places, a province its cities and counties. */
export function contains(outer: Place, inner: Place): boolean {
  if (outer.norm.level === 'country') return inner.norm.level !== 'country' && inner.norm.country !== null && inner.norm.country === outer.norm.country;
  if (outer.norm.level === 'province' || outer.norm.level === 'special_city') return inner.norm.province !== null && inner.norm.province === outer.canonical && inner.canonical !== outer.canonical;
  // a site named after its town ("Hyesan Airfield", "Hoeryong Stadium") is in that town
  if (inner.norm.level === 'facility') return inner.norm.province === outer.norm.province && inner.canonical.startsWith(`${outer.canonical} `);
  return false;
}

/** A TIMEX3 value split into its parts: "2023-10-09" refines "2023-10", "XXXX-10" matches "2023-10" no further than that. */
const timeParts = (v: string) => v.split('-');

/** -1: a is less specific than b (b refines a); 1: a refines b; 0: equal; null: conflict. */
function compareTime(a: string, b: string): -1 | 0 | 1 | null {
  if (a === b) return 0;
  const [pa, pb] = [timeParts(a), timeParts(b)];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) if (pa[i] !== pb[i]) return null;
  return pa.length < pb.length ? -1 : 1;
}

/** -1: a is less specific than b; 1: a is more specific; 0: the same place; null: conflict. */
function comparePlace(a: EventArgument, b: EventArgument, places: ReadonlyMap<string, Place>): -1 | 0 | 1 | null {
  if (a.value.toLowerCase() === b.value.toLowerCase()) return 0;
  const [pa, pb] = [a.entity === null ? undefined : places.get(a.entity), b.entity === null ? undefined : places.get(b.entity)];
  if (pa === undefined || pb === undefined) return null;
  if (contains(pa, pb)) return -1;
  if (contains(pb, pa)) return 1;
  return null;
}

/** A penalty's identity: its kind and duration (the scoring key), else its value. */
function penaltyKey(a: EventArgument, penalties: ReadonlyMap<string, Extract<Entity, { type: 'PENALTY' }>>): string {
  const p = a.entity === null ? undefined : penalties.get(a.entity);
  return p === undefined ? a.value : `${p.norm.kind}/${p.norm.duration ?? ''}`;
}

interface Lookup {
  headlines: ReadonlySet<number>;
  places: ReadonlyMap<string, Place>;
  penalties: ReadonlyMap<string, Extract<Entity, { type: 'PENALTY' }>>;
}

/**
 * How many sentences after a cluster's last mention a mention may still fill or refine its
 * place and time: the guideline's "previous sentence about the same event".
 */
const NEAR_SENTENCES = 1;

/** How many kept events, latest first, a mention is compared with: keeps a huge document linear (a news article has far fewer). */
const LOOKBACK = 200;

/** The sentence of each kept event's latest mention. */
const lastSentence = new WeakMap<Event, number>();

const valueOf = (a: EventArgument | null) => (a === null ? null : a.value.toLowerCase());

/** Whether mention `b` comes more than the next sentence after the cluster `a`'s latest mention. */
const far = (a: Event, b: Event) => b.sentence - (lastSentence.get(a) ?? a.sentence) > NEAR_SENTENCES;

/**
 * A lead naming a country, told in detail further on in one of its places ("Police in China
 * detained 10 people" ... "The 10 suspects were caught in Dandong"): `b`'s place inside `a`'s
 * country, the same time or none on both. Not a headline's country: a headline sums up events
 * the body may tell place by place ("North Korea executes 80" over "eight were shot in Wonsan").
 */
function refinesCountry(a: Event, b: Event, lookup: Lookup): boolean {
  const [A, B] = [a.arguments, b.arguments];
  const country = A.place?.entity ? lookup.places.get(A.place.entity) : undefined;
  if (country === undefined || country.norm.level !== 'country' || !B.place || lookup.headlines.has(a.sentence)) return false;
  if (comparePlace(A.place!, B.place, lookup.places) !== -1) return false;
  return valueOf(A.time) === valueOf(B.time);
}

/**
 * The same penalty with the same term, told again further on with no place or time of its own
 * ("sentenced to 12 years of hard labor Monday" ... "the women were sentenced to 12 years of
 * reform through labor"): a term identifies the sentence.
 */
function samePenaltyTerm(a: Event, b: Event, lookup: Lookup): boolean {
  const [A, B] = [a.arguments, b.arguments];
  if (B.place !== null || B.time !== null || A.sentence === null || B.sentence === null) return false;
  const p = A.sentence.entity === null ? undefined : lookup.penalties.get(A.sentence.entity);
  return p !== undefined && p.norm.duration !== null && penaltyKey(A.sentence, lookup.penalties) === penaltyKey(B.sentence, lookup.penalties);
}

/** Whether event `b` may be the same reported event as the (merged) event `a`; an anaphoric `b` at any distance. */
export function compatible(a: Event, b: Event, lookup: Lookup, anaphoric = false): boolean {
  // beyond the next sentence, a mention is the same event only with the same place and time, when it points back,
  // when it places a country's lead in one of its towns, or when it repeats the penalty term
  if (!anaphoric && far(a, b) && !refinesCountry(a, b, lookup) && !samePenaltyTerm(a, b, lookup) && (valueOf(a.arguments.place) !== valueOf(b.arguments.place) || valueOf(a.arguments.time) !== valueOf(b.arguments.time))) return false;
  if (a.subtype !== b.subtype || a.modality !== b.modality || a.polarity !== b.polarity || a.genericity !== b.genericity) return false;
  const [A, B] = [a.arguments, b.arguments];
  if (A.place && B.place && comparePlace(A.place, B.place, lookup.places) === null) return false;
  if (A.time && B.time && compareTime(A.time.value, B.time.value) === null) return false;
  if (A.sentence && B.sentence && penaltyKey(A.sentence, lookup.penalties) !== penaltyKey(B.sentence, lookup.penalties)) return false;
  if (A.persons.length > 0 && B.persons.length > 0) {
    const names = new Set(A.persons.map((p) => p.value));
    if (!B.persons.some((p) => names.has(p.value))) return false;
  }
  return true;
}

/** The words that make a mention anaphoric (`event-anaphoric-determiners`), and those that make it a new event after all (`event-novelty-words`). */
export interface AnaphoraCues {
  determiners: ReadonlySet<string>;
  novelty: ReadonlySet<string>;
  /** `event-addition-adverbs`: right before a trigger ("was also arrested"), one word between at most, a new event of the kind */
  addition: ReadonlySet<string>;
}

/** How many words may stand between a determiner and the trigger it makes definite ("the August execution"). */
const DETERMINER_GAP = 1;

/** The words that join two nouns under one determiner, or two places under one link (events.ts). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** What ends a clause or a sentence right before a trigger: no determiner reaches across it. */
const BREAK_BEFORE = /[.!?;:,\u2014\u2013"\u201c\u201d()]\s*$/;

/**
 * Whether a mention points back to an event already told: a determiner of `cues.determiners`
 * right before its trigger, at most DETERMINER_GAP words between ("The execution took place",
 * "the August execution", "these arrests"), or before a noun coordinated with it ("the trial
 * and execution"). A word of `cues.novelty` between ("the new
 * crackdown", "the latest execution") announces another event; a trigger that opens with its own
 * determiner ("the execution of nine people") introduces its event.
 */
export function anaphoric(ev: Event, text: string, cues: AnaphoraCues): boolean {
  if (cues.determiners.has(ev.trigger.split(/\s+/)[0]!.toLowerCase())) return false;
  let before = text.slice(Math.max(0, ev.start - 60), ev.start);
  const words: string[] = [];
  // a coordinator right before the trigger: the determiner governs both nouns ("the trial and execution")
  const reach = () => DETERMINER_GAP + (COORDINATORS.has(words[0] ?? '') ? 2 : 0);
  while (words.length <= reach() && !BREAK_BEFORE.test(before)) {
    const m = /([A-Za-z0-9'\u2019-]+)\s*$/.exec(before);
    if (m === null) break;
    words.push(m[1]!.toLowerCase());
    before = before.slice(0, m.index);
  }
  const at = words.findIndex((w) => cues.determiners.has(w));
  return at >= 0 && !words.slice(0, at).some((w) => cues.novelty.has(w));
}

/**
 * Whether a mention adds another event of its kind to those told: an adverb of `cues.addition` right
 * before its trigger, one word between at most and no clause break ("The merchant ... was also
 * apprehended", "Two men were also executed at Hyesan airport"). Such a mention joins no earlier event.
 */
export function announcesAnother(ev: Event, text: string, cues: AnaphoraCues): boolean {
  // two words at most before the trigger, only spaces between them
  const before = /(?:^|[^A-Za-z'\u2019-])([A-Za-z]+)(?:\s+([A-Za-z]+))?\s+$/.exec(text.slice(Math.max(0, ev.start - 40), ev.start));
  return before !== null && [before[1], before[2]].some((w) => w !== undefined && cues.addition.has(w.toLowerCase()));
}

/**
 * Whether two mentions count the same group of persons, two or more ("executed two women repatriated from China" ...
 * "These two women were executed because", "the execution of nine people on August 30" ... "Nine people were executed
 * by firing squad in August"): a group told again by its number is the event already told, at any distance.
 */
function sameGroup(a: Event, b: Event): boolean {
  return a.count !== null && b.count !== null && b.count.min !== null && b.count.min >= 2 && a.count.min === b.count.min && a.count.max === b.count.max;
}

/** A mention with neither place nor time. */
const unplaced = (v: Event) => v.arguments.place === null && v.arguments.time === null;

const fromContext = (a: EventArgument): EventArgument => ({ ...a, fromContext: true });

/** Folds event `b` into the kept event `a` (in place); a far anaphoric `b` gives only its time, persons and count. */
function absorb(a: Event, b: Event, lookup: Lookup, anaphoric: boolean): void {
  const [A, B] = [a.arguments, b.arguments];
  const farAnaphor = anaphoric && far(a, b);
  if (!farAnaphor) for (const role of FILLED) if (A[role] === null && B[role] !== null) A[role] = fromContext(B[role]!);
  if (!farAnaphor && B.place && (A.place === null || comparePlace(A.place, B.place, lookup.places) === -1)) A.place = fromContext(B.place);
  if (B.time && (A.time === null || compareTime(A.time.value, B.time.value) === -1)) A.time = fromContext(B.time);
  const names = new Set(A.persons.map((p) => p.value));
  for (const p of B.persons) {
    if (names.has(p.value)) continue;
    names.add(p.value);
    A.persons.push(fromContext(p));
  }
  a.count ??= b.count;
}

/**
 * Merges the coreferent events of one document (in document order) and numbers the kept ones
 * v1, v2, ... The input events are changed in place; the kept ones are returned.
 */
export function mergeCoreferentEvents(events: readonly Event[], entities: readonly Entity[], text: string, cues: AnaphoraCues, headlines: ReadonlySet<number> = new Set()): Event[] {
  const lookup: Lookup = {
    headlines,
    places: new Map(entities.flatMap((e) => (e.type === 'PLACE' ? [[e.id, e] as const] : []))),
    penalties: new Map(entities.flatMap((e) => (e.type === 'PENALTY' ? [[e.id, e] as const] : []))),
  };
  const kept: Event[] = [];
  // each mention's cluster: the kept event it joined (or itself); mergeToldTwice may join a kept event to another
  const clusterOf = new Map<Event, Event>();
  // the subtypes told in the body so far, and the kept events of headlines that had neither place nor time
  const bodySubtypes = new Set<string>();
  const bareHeadlines = new Set<Event>();
  for (const ev of events) {
    let target: Event | undefined;
    const firstBody = !headlines.has(ev.sentence) && !bodySubtypes.has(ev.subtype);
    if (!headlines.has(ev.sentence)) bodySubtypes.add(ev.subtype);
    const pointsBack = anaphoric(ev, text, cues);
    // "The merchant who lent her the CD was also apprehended": another event of the kind, no repeat of one told
    const another = announcesAnother(ev, text, cues);
    for (let i = another ? -1 : kept.length - 1; i >= Math.max(0, kept.length - LOOKBACK); i--) {
      const k = kept[i]!;
      // a headline's event with neither place nor time is the article's event of its kind: the first body mention of the
      // kind tells it in detail, a later mention with neither place nor time repeats it
      const ofBareHeadline = bareHeadlines.has(k) && ((firstBody && headlines.has(lastSentence.get(k) ?? k.sentence)) || unplaced(ev));
      if (compatible(k, ev, lookup, pointsBack || sameGroup(k, ev) || ofBareHeadline)) {
        target = kept[i]!;
        break;
      }
    }
    if (target) absorb(target, ev, lookup, pointsBack);
    else {
      kept.push(ev);
      if (headlines.has(ev.sentence) && unplaced(ev)) bareHeadlines.add(ev);
    }
    lastSentence.set(target ?? ev, ev.sentence);
    clusterOf.set(ev, target ?? ev);
  }
  const merged = joinPlacedHeadlines(joinBareHeadlines(mergeToldTwice(kept, lookup, clusterOf), bareHeadlines, lookup, clusterOf), lookup, clusterOf);
  shareAcrossCoordination(events, clusterOf, entities, lookup, text);
  merged.forEach((ev, i) => (ev.id = `v${i + 1}`));
  return merged;
}

/** The subtypes that are steps of the proceeding that ends in an execution told in their sentence. */
const PROCEEDING_STEPS: ReadonlySet<string> = new Set(['sentence', 'trial-hearing', 'convict']);

/** How many words may stand between two coordinated triggers ("detained 10 people and seized a haul of meth"). */
const COORDINATED_REACH = 10;

/** The kept event a mention ended in. */
function clusterRoot(ev: Event, clusterOf: ReadonlyMap<Event, Event>): Event {
  let c = clusterOf.get(ev) ?? ev;
  while (clusterOf.get(c) !== undefined && clusterOf.get(c) !== c) c = clusterOf.get(c)!;
  return c;
}

/**
 * Two events told in one sentence and joined by "and" ("Police detained 10 people and seized a haul
 * of meth", "The guard was indicted under military law and sentenced to three years") happened where
 * and when the other's event did, as its other mentions tell: "The 10 suspects were caught in
 * Dandong", "a border guard in Hyesan was caught and punished in late June". A place or time an event
 * has from outside the sentence of such a pair is given to the other event when that one has no time,
 * or no place or a place containing it, marked fromContext. A sentencing, trial or conviction told
 * anywhere in the sentence of an execution is a step of its proceeding and shares its place and time
 * the same way ("At the execution site, he was sentenced", "before the execution, officials conducted
 * an hour-long trial", "They pronounced sentences of death and carried out public executions").
 */
function shareAcrossCoordination(mentions: readonly Event[], clusterOf: ReadonlyMap<Event, Event>, entities: readonly Entity[], lookup: Lookup, text: string): void {
  const sentenceOf = new Map(entities.map((e) => [e.id, e.sentence] as const));
  const outside = (a: EventArgument | null, sentence: number) => a !== null && a.entity !== null && sentenceOf.get(a.entity) !== sentence;
  // pairs only within a sentence: a long text holds thousands of mentions
  const bySentence = new Map<number, Event[]>();
  for (const m of mentions) {
    const same = bySentence.get(m.sentence);
    if (same) same.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const x of mentions) {
    for (const y of bySentence.get(x.sentence)!) {
      if (x === y) continue;
      const between = text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start));
      // "sentenced them to death, and immediately shot them", "a public trial and execution": one proceeding, wherever in the sentence
      const proceeding = PROCEEDING_STEPS.has(x.subtype) && y.subtype === 'execute';
      if (!proceeding && (!/\band\b/i.test(between) || /[,;:\u2014\u2013"\u201c\u201d()]/.test(between) || between.split(/\s+/).length > COORDINATED_REACH)) continue;
      const [a, b] = [clusterRoot(x, clusterOf), clusterRoot(y, clusterOf)];
      if (a !== x || a === b || a.genericity === 'generic' || b.genericity === 'generic') continue;
      const [A, B] = [a.arguments, b.arguments];
      if (outside(B.place, x.sentence) && (A.place === null || comparePlace(A.place, B.place!, lookup.places) === -1)) A.place = fromContext(B.place!);
      if (outside(B.time, x.sentence) && A.time === null) A.time = fromContext(B.time!);
    }
  }
}

/** A TIMEX3 value that names a day ("2023-08-30", "XXXX-08-30"): two mentions on one day in nested places are one event. */
const DAY = /^(\d{4}|XXXX)-\d{2}-\d{2}$/;

/**
 * Two kept events that came to the same place and time (each completed by its own later
 * mentions) and agree otherwise are one event told twice: "forcibly repatriated ... to Yanggang
 * Province in early October", then, seven sentences on, "were repatriated from China in early
 * October" and, next, "to Hyesan's ... Yanggang". So are two on the same day in places of
 * which one contains the other ("the execution of nine people on August 30" in Hyesan, then
 * "Hyesan Airfield, where nine people had been executed on August 30"). The later joins the
 * earlier, refining its place.
 */
function mergeToldTwice(kept: readonly Event[], lookup: Lookup, clusterOf: Map<Event, Event>): Event[] {
  const out: Event[] = [];
  const key = (v: Event) => `${v.subtype}\u0000${v.arguments.time?.value ?? ''}`;
  const byKey = new Map<string, Event[]>();
  const samePlace = (a: Event, b: Event) =>
    valueOf(a.arguments.place) === valueOf(b.arguments.place) ||
    (a.arguments.time !== null && DAY.test(a.arguments.time.value) && a.arguments.place !== null && b.arguments.place !== null && comparePlace(a.arguments.place, b.arguments.place, lookup.places) !== null);
  for (const ev of kept) {
    const same = byKey.get(key(ev)) ?? [];
    const target = same.find((a) => samePlace(a, ev) && compatible(a, ev, lookup, true));
    if (target) {
      if (ev.arguments.place && target.arguments.place && comparePlace(target.arguments.place, ev.arguments.place, lookup.places) === -1) target.arguments.place = { ...ev.arguments.place, fromContext: true };
      absorb(target, ev, lookup, true);
      clusterOf.set(ev, target);
      continue;
    }
    same.push(ev);
    byKey.set(key(ev), same);
    out.push(ev);
  }
  return out;
}

/**
 * A headline's event that no mention placed or dated ("North Korean 'executed for communicating with outside world'")
 * is the article's event of its kind that the body places or dates ("Then, in Hyesan, someone got executed" in March):
 * it joins the first later kept event of its subtype with a place or a time that it agrees with, whatever the distance.
 */
function joinBareHeadlines(kept: readonly Event[], bareHeadlines: ReadonlySet<Event>, lookup: Lookup, clusterOf: Map<Event, Event>): Event[] {
  const joined = new Set<Event>();
  for (const [i, k] of kept.entries()) {
    if (!bareHeadlines.has(k) || !unplaced(k)) continue;
    const body = kept.slice(i + 1).find((v) => !joined.has(v) && v.subtype === k.subtype && !unplaced(v) && compatible(k, v, lookup, true));
    if (body === undefined) continue;
    absorb(k, body, lookup, false);
    clusterOf.set(body, k);
    joined.add(body);
  }
  return kept.filter((v) => !joined.has(v));
}

/**
 * A headline's event with a place or a time ("N. Korean remittance broker arrested" dated February by its lead, "North
 * Korean defector in Russia unexpectedly repatriated" to North Korea) is the body's event of its kind told in the same
 * place: it joins the first later kept event of its subtype, outside the headlines, whose place is the headline's own (both
 * none, or the same) and which agrees with it otherwise, whatever the distance, and takes the body's more specific time and
 * other roles ("The woman was actually arrested in ... Sinpo"). A headline's place must be the body event's: a headline's
 * country over a body's town sums up events the body may tell town by town ("North Korea executes 80" over "eight were shot
 * in Wonsan"), and a headline with a place over a body mention with none is often a separate event of the gold's.
 */
function joinPlacedHeadlines(kept: readonly Event[], lookup: Lookup, clusterOf: Map<Event, Event>): Event[] {
  const joined = new Set<Event>();
  for (const [i, k] of kept.entries()) {
    if (!lookup.headlines.has(k.sentence) || joined.has(k)) continue;
    // a headline that places its event and leaves it undated names the kind of event the article is about, not a dated one
    const samePlace = (v: Event) => k.arguments.place === null || (valueOf(k.arguments.place) === valueOf(v.arguments.place) && (k.arguments.time !== null || v.arguments.time === null));
    const body = kept.slice(i + 1).find((v) => !joined.has(v) && !lookup.headlines.has(v.sentence) && v.subtype === k.subtype && samePlace(v) && compatible(k, v, lookup, true));
    if (body === undefined) continue;
    absorb(k, body, lookup, false);
    clusterOf.set(body, k);
    joined.add(body);
  }
  return kept.filter((v) => !joined.has(v));
}
