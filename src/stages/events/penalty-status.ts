/**
 * A penalty mention's status (imposed, requested, possible, generic) comes from the event it
 * belongs to: the nearest event of its sentence that deals in penalties, else the nearest event.
 */
import type { Entity, Event, EventSubtype, PenaltyStatus } from '../../types.js';
import { lowerBound } from './words.js';

/** The subtypes that hand down, ask for or threaten a penalty: they decide its status before any other. */
const PENALTY_SUBTYPES: ReadonlySet<EventSubtype> = new Set(['sentence', 'execute', 'convict', 'trial-hearing', 'charge-indict', 'fine']);

export function penaltyStatus(event: Event, requested: boolean): PenaltyStatus | null {
  if (event.polarity === 'negative') return null;
  if (event.genericity === 'generic') return 'generic';
  if (requested) return 'requested';
  return event.modality === 'other' ? 'possible' : 'imposed';
}

/**
 * Sets the status of each PENALTY of a sentence from the events of that sentence (in the order of their triggers, at
 * least one), `requested` telling which asked for their penalty.
 */
export function setPenaltyStatuses(entities: readonly Entity[], sentenceEvents: readonly Event[], requested: ReadonlyMap<Event, boolean>): void {
  const penaltyEvents = sentenceEvents.filter((v) => PENALTY_SUBTYPES.has(v.subtype));
  const deciders = penaltyEvents.length > 0 ? penaltyEvents : sentenceEvents;
  const deciderStarts = deciders.map((v) => v.start);
  for (const p of entities) {
    if (p.type !== 'PENALTY') continue;
    const decider = nearestEvent(deciders, deciderStarts, p.start);
    p.norm.status = penaltyStatus(decider, requested.get(decider)!);
  }
}

/** The event whose trigger starts nearest to `offset` (the earlier on a tie), from events in the order of their starts. */
export function nearestEvent(events: readonly Event[], starts: readonly number[], offset: number): Event {
  const at = lowerBound(starts, offset);
  if (at === 0) return events[0]!;
  const before = events[lowerBound(starts, starts[at - 1]!)]!;
  return at === events.length || offset - before.start <= events[at]!.start - offset ? before : events[at]!;
}
