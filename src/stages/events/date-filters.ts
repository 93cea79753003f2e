/**
 * Why a date of the trigger's sentence is not when the event happened: when another fact began or
 * a document came out, a bound of a period, the date of a phrase of sequence or of another trigger
 * (docs/events.md, Arguments).
 */
import type { Entity } from '../../types.js';
import { COORDINATORS } from '../event-coref.js';
import type { TriggerContext } from './context.js';
import { rightAfterOtherTrigger } from './place-filters.js';
import { anyIn, CLAUSE_BREAK, firstWordFrom, hasPhrase, phraseAt, phraseEndsBefore } from './words.js';

/** How many words before a date a cue of another fact's date may end ("since the December 2020", "adopted in 2020"). */
const OTHER_DATE_REACH = 3;

/** How many words after a word of sequence a date of the event it introduces may stand ("after dictator Kim Jong Il's death in December"). */
const SEQUENCE_DATE_REACH = 8;

/** How many words before its verb of publishing a publication may stand ("a 400-page report issued in 2013"). */
const PUBLISHED_SUBJECT_REACH = 6;

/** How many words of a title may stand between a year and the publication or law it dates ("the 2024 North Korean Human Rights Report"). */
const DOCUMENT_TITLE_WORDS = 5;

/** Whether a date of the trigger's sentence is set aside as no time of the event's. */
/** The words that date the trigger right before them ("released in 2017", "executed on Monday"). */
const DATE_AFTER_TRIGGER: ReadonlySet<string> = new Set(['in', 'on']);

export function dateRejected(t: TriggerContext, e: Entity): boolean {
  return isOtherDate(t, e) || isBound(t, e) || ofSequencePhrase(t, e) || nearerOtherTrigger(t, e) || rightAfterOtherTrigger(t, e, DATE_AFTER_TRIGGER);
}

/**
 * "executions had declined since 2000", "the law adopted in 2020": the date another verb's state began or a law
 * was made, not the event's; a cue right after a trigger dates that event ("arrested since November").
 */
export function isOtherDate(t: TriggerContext, e: Entity): boolean {
  const { words, keys, cues, afterTrigger } = t.s;
  const first = firstWordFrom(words, e.start);
  if (published(t, first)) return true;
  return cues.otherDate.some((p) => {
    for (let i = Math.max(0, first - OTHER_DATE_REACH - p.length + 1); i + p.length <= first; i++) {
      if (!afterTrigger.has(i) && p.every((k, j) => keys[i + j] === k)) return true;
    }
    return false;
  });
}

/**
 * "a report issued in 2013", "the 2024 North Korean Human Rights Report released on Thursday": the date (at word
 * `first`) a publication came out, a verb of publishing between them.
 */
function published({ s }: TriggerContext, first: number): boolean {
  const { text, words, keys, cues } = s;
  const on = first - 1;
  if (keys[on] !== 'on' && keys[on] !== 'in') return false;
  const verb = on - 1;
  if (!cues.publishing.has(keys[verb] ?? '')) return false;
  for (let i = verb - 1; i >= Math.max(0, verb - PUBLISHED_SUBJECT_REACH); i--) {
    if (CLAUSE_BREAK.test(text.slice(words[i]!.end, words[i + 1]!.start))) return false;
    if (cues.publications.has(keys[i]!)) return true;
  }
  return false;
}

/**
 * "a 2021 report", "the 2024 North Korean Human Rights Report", "under a 2020 law", "the 2020 Reactionary Ideology Law":
 * a year before a publication or a law (from word `next`), the words of its title between, dates the document, not the event.
 */
function namesDocument({ s, inReach }: TriggerContext, next: number): boolean {
  const { text, words, keys, cues } = s;
  for (let i = next; i < Math.min(keys.length, next + DOCUMENT_TITLE_WORDS + 1); i++) {
    if (cues.publications.has(keys[i]!) || hasPhrase(keys, i, i + 1, cues.lawNouns) || inReach.some((o) => o.type === 'LAW' && firstWordFrom(words, o.start) === i)) return true;
    if (!/^[A-Z]/.test(text.slice(words[i]!.start, words[i]!.end))) return false;
  }
  return false;
}

/**
 * "executed at least 27 times by 2018", "detained from 2009 to 2019": a date that bounds a period, not the event's date
 * ("between July 15 and July 17": the date coordinated with a bound one bounds it too); "a 2021 report": a publication's date.
 */
export function isBound(t: TriggerContext, e: Entity): boolean {
  const { words, keys, cues } = t.s;
  const first = firstWordFrom(words, e.start);
  if (namesDocument(t, firstWordFrom(words, e.end - 1) + 1)) return true;
  // "by the middle of 2012", "until the end of May": a bound before the date's article too
  if (phraseEndsBefore(keys, keys[first - 1] === 'the' ? first - 1 : first, cues.dateBounds)) return true;
  // "from 2009 to 2019": a date that a bound follows starts the period
  const next = firstWordFrom(words, e.end - 1) + 1;
  const bound = phraseAt(keys, next, cues.dateBounds);
  if (bound !== undefined && t.inReach.some((d) => d.type === 'DATE' && firstWordFrom(words, d.start) === next + bound.length)) return true;
  if (!COORDINATORS.has(keys[first - 1] ?? '')) return false;
  const before = t.inReach.find((d) => d.type === 'DATE' && d.end <= words[first - 1]!.start && firstWordFrom(words, d.end - 1) === first - 2);
  return before !== undefined && isBound(t, before);
}

/**
 * "strengthened border security after dictator Kim Jong Il's death in December", "After his arrest in March, he was
 * executed": a date in the phrase a word of sequence opens dates what that phrase tells, not a trigger outside it.
 */
export function ofSequencePhrase({ s, m }: TriggerContext, e: Entity): boolean {
  const { text, words, sequence } = s;
  const first = firstWordFrom(words, e.start);
  for (let i = first - 1; i >= Math.max(0, first - SEQUENCE_DATE_REACH); i--) {
    if (CLAUSE_BREAK.test(text.slice(words[i]!.end, words[i + 1]!.start))) return false;
    if (anyIn(sequence, i, i + 1)) return !(m.first > i && m.first < first);
  }
  return false;
}

/** How many characters lie between an entity and the span [from, to): 0 when they overlap. */
export const distance = (e: Entity, from: number, to: number): number => (e.end <= from ? from - e.end : e.start >= to ? e.start - to : 0);

/**
 * "were convicted ... after they were arrested in March", "executed Aug. 31 after a public trial": a date nearer to
 * another trigger of the sentence, with a word of sequence between the two, dates that event alone (one happened after
 * the other); "arrested since November amid a crackdown" shares it.
 */
export function nearerOtherTrigger({ s, m, start, end, othersInReach }: TriggerContext, e: Entity): boolean {
  const { words, sequence } = s;
  const [first, last] = [firstWordFrom(words, e.start), firstWordFrom(words, e.end - 1)];
  // the word of sequence stands between the date and this trigger: "executed at Hyesan airport in 2014 after being
  // charged" dates the execution, the charge comes after the word
  const apart = e.end <= start ? anyIn(sequence, last + 1, m.first) : anyIn(sequence, m.last + 1, first);
  return apart && othersInReach.some((o) => distance(e, words[o.first]!.start, words[o.last]!.end) < distance(e, start, end) &&
    anyIn(sequence, Math.min(o.last, m.last) + 1, Math.max(o.first, m.first)));
}
