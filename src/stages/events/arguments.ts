/**
 * An event's arguments from the entities of its trigger's sentence, one per role by entity type,
 * the nearest to the trigger that the role's filters keep (docs/events.md, Arguments).
 */
import type { Entity, Event, EventArgument, EventSubtype } from '../../types.js';
import type { TriggerContext } from './context.js';
import { isRuler } from './cues.js';
import { nearest } from './nearest.js';
import { eventPlace } from './place.js';
import { avoidanceAt, type Genericity } from './properties.js';
import { acrossSaying, reportedSubject } from './source.js';
import { PREPOSITIONS } from './place-filters.js';
import { CLAUSE_BREAK, firstWordFrom, phraseEndsBefore } from './words.js';

/** The offence of an event whose offence of event-drug-trade-offences is committed with a drug of its sentence. */
export const DRUG_TRADE = 'drug-dealing';

/**
 * The subtypes that impose no penalty: a trial, a charge or a crackdown in a sentence with a
 * penalty ("will be tried under Article 208, which allows the death penalty") does not take it as
 * its own; the guideline's `sentence` role is the penalty an event imposes, threatens or provides.
 */
const PENALTYLESS_SUBTYPES: ReadonlySet<EventSubtype> = new Set(['trial-hearing', 'charge-indict', 'convict', 'crackdown', 'extradite', 'appeal', 'pardon', 'acquit']);

/** How many words before the trigger a subject pronoun may stand ("she was released", "he had been sentenced"). */
const PRONOUN_REACH = 3;
/** How many sentences back a subject pronoun's antecedent may be named. */
const PRONOUN_SENTENCES = 3;

/** The value an argument carries: a date's TIMEX3 value, an offence id, else the canonical name. */
export function valueOf(e: Entity): string {
  if (e.type === 'DATE') return e.norm.value;
  if (e.type === 'CRIME') return e.norm.offence;
  return e.canonical;
}

export const argument = (e: Entity | undefined, fromContext = false): EventArgument | null => (e ? { entity: e.id, value: valueOf(e), fromContext } : null);

/**
 * The arguments of the trigger's event. A generic event (what a law provides, what happens as a rule) is no one
 * occurrence: it has no time of its own (and a place only as eventPlace says); a trigger of an `undated` entry takes no
 * time ("arrested this past March on charges of spying": the date is the arrest's).
 */
export function argumentsOf(t: TriggerContext, genericity: Genericity): Event['arguments'] {
  const { m } = t;
  const { cues } = t.s;
  // "fled to China in 1999 to avoid arrest": an event avoided did not happen, the sentence's place and time are the flight's
  const avoided = avoidanceAt(t) !== undefined;
  return {
    // the press, aid groups and international bodies report and protest; the state's organs arrest, try and execute
    agent: argument(nearest(t, 'ORG', (e) => cues.agentKinds.has(e.norm.kind ?? ''))),
    persons: personsOf(t).map((e) => argument(e)!),
    crime: crimeArgument(nearest(t, 'CRIME'), nearest(t, 'DRUG'), cues.drugTradeOffences),
    // an arrest holds, a seizure confiscates: another kind of penalty is another event's ("arrested and sent to a camp")
    sentence: PENALTYLESS_SUBTYPES.has(m.trigger.subtype) ? null : argument(nearest(t, 'PENALTY', (e) => m.trigger.penaltyKinds.size === 0 || m.trigger.penaltyKinds.has(e.norm.kind))),
    law: argument(nearest(t, 'LAW')),
    place: avoided ? null : argument(eventPlace(t, genericity.byCue)),
    time: genericity.generic || avoided ? null : argument(m.trigger.undated ? ownDate(t) : nearest(t, 'DATE')),
    money: argument(nearest(t, 'MONEY')),
    drug: argument(nearest(t, 'DRUG')),
    quantity: argument(nearest(t, 'QUANTITY')),
  };
}

/** How many words of the object (a count, an adjective, a noun) may stand between an undated trigger and its own date. */
const OBJECT_GAP = 4;

/**
 * The date an `undated` trigger states itself: right after it ("charged Monday with smuggling", "indicted on Dec. 11"), or
 * with "in" right after it ("was indicted in February 2013": the charge told again with its date), or after its object
 * with "on" ("indicted 14 North Korean men on Dec. 11"). A date past a preposition of the trigger's phrase is another
 * verb's or the offence's ("charged with smuggling in 2019", "arrested in May on charges of spying"), and "in" after the
 * object may date the object ("indicted the broker in March").
 */
function ownDate(t: TriggerContext): Entity | undefined {
  const { s, m } = t;
  const date = t.inReach.find((e) => e.type === 'DATE' && e.start >= t.end);
  if (date === undefined) return undefined;
  const at = firstWordFrom(s.words, date.start);
  const gap = s.keys.slice(m.last + 1, at);
  if (gap.length === 1 && gap[0] === 'in') return CLAUSE_BREAK.test(s.text.slice(t.end, date.start)) ? undefined : date;
  const object = gap.length > 0 && gap[gap.length - 1] === 'on' ? gap.slice(0, -1) : gap;
  if (object.length > 0 && gap.length === object.length) return undefined;
  if (object.length > OBJECT_GAP || object.some((k) => PREPOSITIONS.has(k))) return undefined;
  return CLAUSE_BREAK.test(s.text.slice(t.end, date.start)) ? undefined : date;
}

/**
 * The persons within the trigger's reach, but the source ("according to Jang Se-yul", "..., Choi told reporters"; not the
 * subject of what was said: "said that Kim illegally entered") and a ruler.
 */
function personsOf(t: TriggerContext): Entity[] {
  return t.inReach.filter((e) => e.type === 'PERSON' && (!acrossSaying(t, e) || reportedSubject(t, e)) && !ruler(t, e));
}

/**
 * "North Korean leader Kim Jong Un", "dictator Kim Jong Il's death": the ruler who orders or is named, no one the event
 * befalls (a possessive is no cue: "the confiscation of Han's home" befalls Han); a ruler of event-rulers by name.
 */
function ruler({ s }: TriggerContext, e: Entity): boolean {
  if (isRuler(e.canonical, s.cues)) return true;
  return phraseEndsBefore(s.keys, firstWordFrom(s.words, e.start), s.cues.rulerTitles);
}

/** "smugglers caught with 5 kg of meth" are drug dealers: the offence of the drug trade, as "drug smuggling" is. */
export function crimeArgument(crime: Entity | undefined, drug: Entity | undefined, drugTradeOffences: ReadonlySet<string>): EventArgument | null {
  const a = argument(crime);
  return a && drug && drugTradeOffences.has(a.value) ? { ...a, value: DRUG_TRADE } : a;
}

/**
 * "Her husband had good connections, so she was released": a subject pronoun right before the trigger stands for the
 * person last named in the sentences before (not a ruler), when the sentence names no person.
 */
export function pronounAntecedent(t: TriggerContext, entitiesOf: ReadonlyMap<number, readonly Entity[]>): Entity | undefined {
  const { s, m } = t;
  let pronoun = false;
  for (let i = Math.max(0, m.first - PRONOUN_REACH); i < m.first; i++) if (s.cues.subjectPronouns.has(s.keys[i]!)) pronoun = true;
  if (!pronoun) return undefined;
  let antecedent: Entity | undefined;
  for (let n = s.sentence - PRONOUN_SENTENCES; n < s.sentence; n++) {
    for (const e of entitiesOf.get(n) ?? []) if (e.type === 'PERSON' && !isRuler(e.canonical, s.cues)) antecedent = e;
  }
  return antecedent;
}
