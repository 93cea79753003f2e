/**
 * What the persons chain licenses (docs/events.md, events17). A mention whose persons are a reference to an earlier
 * event's ("They were sentenced to ten years" after "Three smugglers were arrested") names those persons: it takes them,
 * marked fromContext, whatever the two subtypes. One of the same subtype ("They were sent back to North Korea" after "the
 * repatriation on Oct. 9") is the event told again: left undated, it also takes the earlier mention's time. Measured
 * and left out: the place so carried (no gain), and a place or time carried between subtypes, which are other steps of
 * the case (adjudication 5: a step's own place and time are not another step's).
 */
import type { Event } from '../../types.js';

export function fromChain(chain: ReadonlyMap<Event, Event>): void {
  for (const [v, a] of chain) {
    if (v.arguments.persons.length === 0) v.arguments.persons = a.arguments.persons.map((p) => ({ ...p, fromContext: true }));
    if (v.subtype !== a.subtype || v.genericity === 'generic' || v.modality !== 'asserted' || v.polarity === 'negative') continue;
    if (v.arguments.time !== null || a.arguments.time === null) continue;
    v.arguments.time = { ...a.arguments.time, fromContext: true };
  }
}
