/**
 * The event's place: the nearest place the filters keep, then the most specific one the sentence
 * gives inside it ("Hyesan, Ryanggang Province"), none for two places of one rank ("in Hyesan and
 * Musan"), and none for a generic event but the state that is its subject.
 */
import type { Entity } from '../../types.js';
import { contains, COORDINATORS } from '../event-coref.js';
import type { TriggerContext } from './context.js';
import { nearest, type EntityOf } from './nearest.js';
import { placeRejected, PREPOSITIONS, rightAfterIn, subjectOf } from './place-filters.js';
import { anyIn, ARGUMENT_REACH, CLAUSE_BREAK, firstWordFrom } from './words.js';

type Place = EntityOf<'PLACE'>;

/**
 * The subtypes that take no place from their own sentence, only from their other mentions: a charge's clause places the
 * offence or another verb ("charged with espionage by North Korea, appeared before a press conference in Pyongyang"); 31 of
 * the 39 charges of the development gold have no place. The state that charges is its place ("North Korea has charged two
 * officials"), and so is a place right after the trigger with "in" ("face drug charges in China"); a charge stated as the
 * ground of an arrest takes the arrest's place and time (charge-arrest.ts).
 */
const UNPLACED_SUBTYPES: ReadonlySet<string> = new Set(['charge-indict']);

/** How many words (an auxiliary, a verb, an adjective) may stand between a state and the generic event it is the subject of ("North Korea has resumed frequent public executions"). */
const STATE_SUBJECT_GAP = 3;

/**
 * The place of the trigger's event. A generic event by a cue (what a law provides, what happens as a rule) is no one
 * occurrence and has none (measured: a law's "in North Korea" is mostly no place of the gold's), unless the country is
 * its subject; a habitual form keeps the place of its own sentence, which bounds it ("inside North Korea, where citizens
 * are detained").
 */
export function eventPlace(t: TriggerContext, genericByCue: boolean): Place | undefined {
  if (genericByCue && !stateSubject(t)) return undefined;
  const unplaced = UNPLACED_SUBTYPES.has(t.m.trigger.subtype);
  // the clause says where the event happened: no source's place ("said a resident of Hyesan, where the execution took place")
  const where = unplaced ? undefined : relativeWhere(t);
  const first = (where !== undefined && !placeRejected(t, where) ? where : undefined) ?? nearest(t, 'PLACE', (e) => !unplaced || subjectOf(t, e) || rightAfterIn(t, e));
  return first === undefined ? undefined : placeOf(t, mostSpecific(t, first));
}

/**
 * "A public trial was held in Manpo City, Chagang Province, where three residents accused of smuggling scrap copper into
 * China were sentenced": the place a relative clause opened by "where" is about, when the trigger stands in that clause,
 * is the event's, before any place nearer to the trigger inside the clause (China is the smuggling's).
 */
function relativeWhere({ s, m, inReach }: TriggerContext): Place | undefined {
  const { words, keys } = s;
  // "the city where ...", or after a comma: "Manpo City, Chagang Province, where ..."
  for (let i = m.first - 1; i >= Math.max(s.clauseStart[m.first]!, m.first - ARGUMENT_REACH) && i > 0; i--) {
    if (keys[i] === 'where') return inReach.find((e): e is Place => e.type === 'PLACE' && firstWordFrom(words, e.end - 1) === i - 1);
  }
  return undefined;
}

/** A dash, a bracket, a semicolon or a colon: a place past one is in an aside or another clause, not inside this one's event. */
const ASIDE = /[;:\u2014\u2013()]|\s-\s/;

/**
 * The most specific place the sentence gives: "Hyesan, Ryanggang Province", "the North executed a manager in South
 * Pyongan Province" take the place inside the nearest one; not across a word of sequence ("arrested in North Hamgyong
 * province after attempting to smuggle meth to Hoeryong"), nor past a dash, a bracket, a colon or a semicolon ("North
 * Korea's expansive crackdown on calls to other countries – namely China – some 30 residents of Musan County have been
 * arrested"). A country's province may itself hold a city of the sentence ("Hyesan, Ryanggang Province in northern North
 * Korea").
 */
function mostSpecific(t: TriggerContext, p: Place): Place {
  const { text, words, sequence } = t.s;
  const at = firstWordFrom(words, p.start);
  const apart = (q: Entity) => {
    const other = firstWordFrom(words, q.start);
    return anyIn(sequence, Math.min(at, other), Math.max(at, other)) || ASIDE.test(text.slice(Math.min(p.end, q.end), Math.max(p.start, q.start)));
  };
  const inner = nearest(t, 'PLACE', (q) => contains(p, q) && !apart(q));
  return inner === undefined ? p : mostSpecific(t, inner);
}

/**
 * "arrested in Hyesan and Musan": two places of the same rank joined by a coordinator give no one place of the event,
 * only one holding both does ("in Hyesan and Musan, Ryanggang Province"); docs/annotation.md, adjudication 3.
 */
function placeOf(t: TriggerContext, p: Place): Place | undefined {
  const other = sameRankConjunct(t, p);
  if (other === undefined) return p;
  return nearest(t, 'PLACE', (q) => contains(q, p) && contains(q, other));
}

function sameRankConjunct({ s, inReach }: TriggerContext, p: Place): Place | undefined {
  const { text, words, keys } = s;
  const first = firstWordFrom(words, p.start);
  const last = firstWordFrom(words, p.end - 1);
  const joined = (q: Entity): q is Place => {
    if (q.type !== 'PLACE' || q.norm.level === null || q.norm.level !== p.norm.level || q.canonical === p.canonical) return false;
    const [qFirst, qLast] = [firstWordFrom(words, q.start), firstWordFrom(words, q.end - 1)];
    return (qLast === first - 2 && COORDINATORS.has(keys[first - 1] ?? '')) || (qFirst === last + 2 && COORDINATORS.has(keys[last + 1] ?? ''))
      || ((qLast === first - 1 || qFirst === last + 1) && /^\s*,\s*$/.test(text.slice(Math.min(p.end, q.end), Math.max(p.start, q.start))));
  };
  return inReach.find(joined);
}

/**
 * "North Korea has resumed frequent public executions": a generic event keeps the country that acts as its subject
 * (annotation.md: a state acting at home gives its country), not a country of a law or a warning ("punishable by death
 * in North Korea").
 */
function stateSubject(t: TriggerContext): boolean {
  const p = nearest(t, 'PLACE');
  if (p === undefined || p.norm.level !== 'country' || p.end > t.start) return false;
  const { text, words, keys } = t.s;
  const [first, last] = [firstWordFrom(words, p.start), firstWordFrom(words, p.end - 1)];
  return !PREPOSITIONS.has(keys[first - 1] ?? '') && t.m.first - last <= STATE_SUBJECT_GAP + 1 && !CLAUSE_BREAK.test(text.slice(p.end, t.start));
}
