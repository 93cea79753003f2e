/**
 * What the persons chain licenses (docs/events.md, events17). A mention whose persons are those of an earlier mention of
 * the same subtype ("They were sent back to North Korea" after "the repatriation on Oct. 9") is the event told again:
 * left undated, it takes the earlier mention's time, marked fromContext, and the merge then joins the two. Measured and
 * left out: the place so carried (no gain), and either role carried between subtypes, which are other steps of the
 * case (adjudication 5: a step's own place and time are not another step's).
 */
import type { Event } from '../../types.js';

export function timeFromChain(chain: ReadonlyMap<Event, Event>): void {
  for (const [v, a] of chain) {
    if (v.subtype !== a.subtype || v.genericity === 'generic' || v.modality !== 'asserted' || v.polarity === 'negative') continue;
    if (v.arguments.time !== null || a.arguments.time === null) continue;
    v.arguments.time = { ...a.arguments.time, fromContext: true };
  }
}
