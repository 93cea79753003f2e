/**
 * What the events of an article take from the whole article once they are merged: the article's
 * death penalty for an execution, its dominant offence for an event without one; and which
 * sentences repeat its title.
 */
import type { Entity, Event } from '../../types.js';
import type { WorkingDoc } from '../doc.js';
import { argument, DRUG_TRADE } from './arguments.js';

/** How many mentions the article's dominant offence needs at the least (one mention dominates nothing). */
const DOMINANT_MIN_MENTIONS = 4;

/**
 * Whether a sentence repeats the article's title: the title is made flat once per article, a sentence only when asked,
 * and only when its length and first letter allow it (lowercasing lengthens no character but the dotted capital I).
 */
export function headlineTest(doc: WorkingDoc): (sentence: number) => boolean {
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const title = doc.title === null ? '' : flat(doc.title);
  if (title === '') return () => false;
  const lengthens = doc.text.includes('\u0130');
  return (sentence) => {
    const s = doc.sentences[sentence]!;
    if (!lengthens) {
      if (s.end - s.start < title.length) return false;
      let first = s.start;
      while (first < s.end && /\s/.test(doc.text.charAt(first))) first++;
      if (doc.text.charAt(first).toLowerCase() !== title.charAt(0)) return false;
    }
    return flat(doc.text.slice(s.start, s.end)) === title;
  };
}

/**
 * An execution whose sentence names no penalty ("firing squads executing alleged traffickers")
 * takes the article's death penalty, when the article names one: the guideline gives an
 * `execute` event the death penalty mention when there is one, and an execution is one.
 */
export function fillDeathPenalty(events: Event[], entities: readonly Entity[]): void {
  const death = entities.find((e) => e.type === 'PENALTY' && e.norm.kind === 'death_penalty');
  if (!death) return;
  for (const v of events) if (v.subtype === 'execute' && v.arguments.sentence === null) v.arguments.sentence = argument(death, true);
}

/**
 * The article's dominant offence: the CRIME of the offence named in more than half of the
 * article's CRIME mentions, and at least DOMINANT_MIN_MENTIONS times ("smugglers ... smuggling ...
 * the smuggler"); its first mention stands for it. Undefined when no offence dominates (the
 * guideline leaves the crime null when the text names several without one dominant).
 */
export function dominantOffence(entities: readonly Entity[]): Entity | undefined {
  const crimes = entities.filter((e) => e.type === 'CRIME');
  const counts = new Map<string, number>();
  for (const c of crimes) counts.set(c.norm.offence, (counts.get(c.norm.offence) ?? 0) + 1);
  for (const [offence, n] of counts) {
    if (n >= DOMINANT_MIN_MENTIONS && n * 2 > crimes.length) return crimes.find((c) => c.norm.offence === offence);
  }
  return undefined;
}

/**
 * An event whose sentence, and whose coreferent mentions, name no offence is about the
 * article's dominant offence, when one dominates: reporting names the offence once or twice
 * ("arrested for smuggling") and then tells the arrest, the trial and the execution without it.
 * The neighbouring sentence's offence was tried and lost precision on the development set.
 */
export function fillCrimeFromArticle(events: Event[], entities: readonly Entity[], drugTradeOffences: ReadonlySet<string>): void {
  const dominant = dominantOffence(entities);
  if (!dominant) return;
  for (const v of events) {
    if (v.arguments.crime !== null || v.genericity === 'generic') continue;
    const crime = argument(dominant, true)!;
    v.arguments.crime = v.arguments.drug !== null && drugTradeOffences.has(crime.value) ? { ...crime, value: DRUG_TRADE } : crime;
  }
}
