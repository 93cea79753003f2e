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
 * A court's event that its mentions left unplaced takes the seat of the court the article names, when all the article's
 * courts sit in one place (a trial in Seoul and an appeal in Pyongyang leave both unplaced), marked fromContext. Only a
 * specific, asserted event: a law's penalty or a threatened trial has no court yet.
 */
export function placeAtCourt(events: readonly Event[], entities: readonly Entity[], text: string): void {
  const seats = courtSeats(entities, text);
  // one court, or several in one place: a court of no named seat may sit elsewhere ("the Supreme Court of the DPRK")
  if (seats.length === 0 || seats.some((p) => p === undefined) || new Set(seats.map((p) => p!.canonical)).size > 1) return;
  for (const v of events) {
    if (!COURT_SUBTYPES.has(v.subtype) || v.arguments.place !== null || v.genericity === 'generic' || v.modality !== 'asserted') continue;
    const penalty = v.arguments.sentence?.entity ? entities.find((e) => e.id === v.arguments.sentence!.entity) : undefined;
    if (penalty?.type === 'PENALTY' && EXTRAJUDICIAL_PENALTIES.has(penalty.norm.kind)) continue;
    v.arguments.place = argument(seats[0]!, true);
  }
}
