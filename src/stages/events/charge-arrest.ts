/**
 * A charge stated as the ground of an arrest ("arrested by Chinese police on charges of drug trafficking in Dandong on
 * the evening of March 2", "has arrested one of its citizens on spy charges") is brought at that arrest: it takes the
 * arrest's place and time (docs/annotation.md, adjudication 5: "the arrest it is made at"). Only a charge phrase opened
 * by "on", which attaches to the verb before it, and only after an arrest: a charge behind an execution or a sentence
 * ("executed on charges of spying") does not take the punishment's place or time.
 */
import type { Event } from '../../types.js';

/** The charge's trigger is a prepositional phrase of the verb before it. */
const ATTACHED = /^on\s/i;

export function chargesAtArrests(sentenceEvents: readonly Event[]): void {
  const ordered = [...sentenceEvents].sort((a, b) => a.start - b.start);
  ordered.forEach((charge, i) => {
    if (charge.subtype !== 'charge-indict' || !ATTACHED.test(charge.trigger) || i === 0) return;
    const before = ordered[i - 1]!;
    if (before.subtype !== 'arrest-jail' || before.modality !== charge.modality) return;
    if (charge.arguments.place === null && before.arguments.place !== null) charge.arguments.place = { ...before.arguments.place };
    if (charge.arguments.time === null && before.arguments.time !== null) charge.arguments.time = { ...before.arguments.time };
  });
}
