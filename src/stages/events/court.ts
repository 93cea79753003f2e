/**
 * Where a court's proceeding happened: the seat of the court that the article names ("The Seoul Central District Court
 * said harsh punishment was required" after "was sentenced Friday to five years in jail"). A court sits in one place,
 * and a report of its trial, verdict and sentence names it once or twice; the gold fills the place of every step of the
 * proceeding from it (argumentsFromContext).
 */
import type { Entity, Event } from '../../types.js';
import { argument } from './arguments.js';

type Place = Extract<Entity, { type: 'PLACE' }>;

/** The subtypes that a court carries out: their place is the court's seat. */
export const COURT_SUBTYPES: ReadonlySet<string> = new Set(['trial-hearing', 'convict', 'acquit', 'sentence', 'appeal']);

/** Penalties that no court hands down: an official's dismissal, a camp for political prisoners (the security service sends there). */
const EXTRAJUDICIAL_PENALTIES: ReadonlySet<string> = new Set(['dismissal', 'political_prison_camp']);

/** What stands between a place and the name of the court it is the seat of: a space, or a possessive ("Pyongyang's Central Court"). */
const BEFORE_COURT = /^(?:['\u2019]s)?\s+$/;

/**
 * The seat of each court the article names, undefined for a court whose name gives none: the place right before its name
 * ("the Seoul Central District Court", "Pyongyang's Central Court").
 */
export function courtSeats(entities: readonly Entity[], text: string): (Place | undefined)[] {
  const places = entities.filter((e): e is Place => e.type === 'PLACE');
  return entities.flatMap((court) => {
    if (court.type !== 'ORG' || court.norm.kind !== 'judicial') return [];
    return [places.find((p) => p.end <= court.start && BEFORE_COURT.test(text.slice(p.end, court.start)))];
  });
}

/**
 * Whether an event is a court's step of `subtypes`: specific and asserted (a law's penalty or a threatened trial has no
 * court yet), and no penalty that no court hands down.
 */
function courtStep(v: Event, entities: readonly Entity[], subtypes: ReadonlySet<string>): boolean {
  if (!subtypes.has(v.subtype) || v.genericity === 'generic' || v.modality !== 'asserted') return false;
  const penalty = v.arguments.sentence?.entity ? entities.find((e) => e.id === v.arguments.sentence!.entity) : undefined;
  return penalty?.type !== 'PENALTY' || !EXTRAJUDICIAL_PENALTIES.has(penalty.norm.kind);
}

/**
 * A court's event that its mentions left unplaced takes the seat of the court the article names, when all the article's
 * courts sit in one place (a trial in Seoul and an appeal in Pyongyang leave both unplaced), marked fromContext.
 */
export function placeAtCourt(events: readonly Event[], entities: readonly Entity[], text: string): void {
  const seats = courtSeats(entities, text);
  // one court, or several in one place: a court of no named seat may sit elsewhere ("the Supreme Court of the DPRK")
  if (seats.length === 0 || seats.some((p) => p === undefined) || new Set(seats.map((p) => p!.canonical)).size > 1) return;
  for (const v of events) if (courtStep(v, entities, COURT_SUBTYPES) && v.arguments.place === null) v.arguments.place = argument(seats[0]!, true);
}

/** A TIMEX3 value that names a day ("2016-03-16", "XXXX-03-16"). */
const DAY = /^(\d{4}|XXXX)-\d{2}-\d{2}$/;

/** The steps a court takes on the day of its hearing: the trial, the verdict and the sentence read at its end. */
const HEARING_STEPS: ReadonlySet<string> = new Set(['trial-hearing', 'convict', 'acquit', 'sentence']);

/**
 * "The Supreme Court ... on Wednesday held a trial on Otto Frederick Warmbier ... The court sentenced him to fifteen years
 * of hard labor": a court tries, convicts and sentences on the day of its hearing. A step left undated takes the day of
 * the article's dated steps, when they all fall on one day and the step has the same place (or none on both), marked fromContext.
 */
export function dateAtCourt(events: readonly Event[], entities: readonly Entity[]): void {
  const steps = events.filter((v) => courtStep(v, entities, HEARING_STEPS));
  const days = new Set(steps.flatMap((v) => (v.arguments.time === null ? [] : [v.arguments.time.value])));
  if (days.size !== 1) return;
  const dated = steps.find((v) => v.arguments.time !== null)!;
  if (!DAY.test(dated.arguments.time!.value)) return;
  for (const v of steps) {
    if (v.arguments.time !== null) continue;
    if ((v.arguments.place?.value ?? null) !== (dated.arguments.place?.value ?? null)) continue;
    v.arguments.time = { ...dated.arguments.time!, fromContext: true };
  }
}
