/**
 * The entity of a type nearest to the trigger, of those that may be an argument of its event:
 * not in a wire dateline, not the source's, and for a place or a date none the filters set aside.
 */
import type { Entity } from '../../types.js';
import type { TriggerContext } from './context.js';
import { dateRejected, distance } from './date-filters.js';
import { placeRejected } from './place-filters.js';
import { acrossSaying } from './source.js';
import { acrossQuotation, inQuotedTitle } from './words.js';

export type EntityOf<T extends Entity['type']> = Extract<Entity, { type: T }>;

/**
 * The nearest entity of the type within the trigger's reach that `accept` takes and the filters keep (the earlier on a
 * tie). The filters are tried only on an entity nearer than the best so far: they are pure, and the costliest part.
 */
export function nearest<T extends Entity['type']>(t: TriggerContext, type: T, accept: (e: EntityOf<T>) => boolean = () => true): EntityOf<T> | undefined {
  let best: EntityOf<T> | undefined;
  let bestDistance = Infinity;
  for (const e of t.inReach) {
    if (e.type !== type) continue;
    const d = distance(e, t.start, t.end);
    if (d >= bestDistance || !accept(e as EntityOf<T>) || !argumentOf(t, e)) continue;
    [best, bestDistance] = [e as EntityOf<T>, d];
  }
  return best;
}

/** A semicolon or a colon: what follows it is another clause. */
const CLAUSE_END = /[;:]/;

/**
 * Whether a place or a date stands after the trigger past a semicolon or a colon, in another clause: "was arrested in May
 * for leaving a Bible in a public place: spreading Christianity is viewed as incendiary in communist North Korea". In a
 * headline a colon joins its parts ("Strengthening 'Social Order' Through Public Execution: North Korea").
 */
const pastClauseEnd = (t: TriggerContext, e: Entity) => !t.s.headline && e.start >= t.end && CLAUSE_END.test(t.s.text.slice(t.end, e.start));

/**
 * Whether one quotation mark, or an odd number, stands between the trigger and the entity: one is inside a quotation and
 * the other outside it, in another speaker's words ("as spies for the U.S. or South Korea, \u201cmany people will be
 * arrested this year\u201d").
 */
const acrossQuote = (t: TriggerContext, e: Entity) => {
  const { text, span } = t.s;
  if (!acrossQuotation(e.end <= t.start ? text.slice(e.end, t.start) : text.slice(t.end, e.start))) return false;
  // "a declaration entitled \u201cThe Crackdown on Drug Use\u201d was issued in Hoeryung": a title quoted is no one's words
  return !inQuotedTitle(text, t.start, span.start, span.end) && !inQuotedTitle(text, e.start, span.start, span.end);
};

/** Whether the entity may be an argument of the trigger's event, as far as its type's filters say. */
function argumentOf(t: TriggerContext, e: Entity): boolean {
  switch (e.type) {
    case 'PLACE':
      return e.end > t.s.datelineEnd && !pastClauseEnd(t, e) && !acrossQuote(t, e) && !acrossSaying(t, e) && !placeRejected(t, e);
    case 'DATE':
      return e.end > t.s.datelineEnd && !pastClauseEnd(t, e) && !acrossQuote(t, e) && !acrossSaying(t, e) && !dateRejected(t, e);
    // "according to Human Rights Watch", "the Good Friends aid agency said": the source, not the agent
    case 'ORG':
      return !acrossSaying(t, e);
    default:
      return true;
  }
}
