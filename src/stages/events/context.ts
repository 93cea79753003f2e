/**
 * What the helpers of the events stage read: the sentence, with what is computed once for all its
 * triggers (clause starts, cue positions, its entities in order, its dateline), and one trigger
 * with the entities and other triggers within its reach.
 */
import type { Entity, Span } from '../../types.js';
import { countsSeries } from './count.js';
import type { Cues } from './cues.js';
import { LAW_VERB_TRIGGER, type TriggerMatch } from './triggers.js';
import { ARGUMENT_REACH, clauseStarts, firstWordFrom, hasPhrase, lowerBound, phraseCounts, quotationCounts, type SentenceWords } from './words.js';

/**
 * A dateline at the head of a sentence: a place in capitals, then a comma and a country or date, or
 * a dash at once ("SEOUL, Oct. 19 (UPI) --", "NEW YORK - "); or a place in title case, a comma, a
 * country and a long dash ("Changchun, China \u2014"); or, with no place, a date and the wire's name ("Feb. 6 (UPI)
 * \u2014"); each may follow a leftover bracketed tag of the page ("[imText1]", "[Alpha Biz= Kim Jisun] "). Or a page's
 * date line left before the text ("date 2024-06-27 ").
 */
const DATELINE = /^[ \t]*(?:\[[^\]\n]{0,30}\]\s*)?(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:,[^\n]{0,40}?)?(?:\s--?|\s\u2014|\s\u2013)\s|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)? ?(?:\u2014|\u2013|--)\s|[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z]+\) ?(?:\u2014|\u2013|--?)\s|date \d{4}-\d{2}-\d{2}\s)/;

/** How many words before the trigger a modality, negation or request cue, or a verb of saying of its source, may stand. */
export const CUE_WINDOW = 5;

/** One sentence with triggers, and what every trigger of it reads. */
export interface SentenceContext extends SentenceWords {
  cues: Cues;
  sentence: number;
  span: Span;
  /** the sentence's entities, as the document lists them */
  entities: readonly Entity[];
  /** the same in text order, with the index of each one's first word */
  ordered: readonly Entity[];
  entityWords: readonly number[];
  /** the triggers, in text order, with the index of each one's first word */
  matches: readonly TriggerMatch[];
  matchWords: readonly number[];
  /** where the verbs of saying (event-saying) and the words of sequence (event-sequence) start: prefix counts */
  saying: Uint32Array;
  sequence: Uint32Array;
  /** where each word's clause begins */
  clauseStart: Uint32Array;
  /** how many quotation marks stand before each word in the sentence (and, last, before its end) */
  quotesBefore: Uint32Array;
  /** the words of a DATE entity ("May 3"), which no cue word is */
  inDate: Uint8Array;
  /** where a wire dateline at the head of the sentence ends; -1 when there is none */
  datelineEnd: number;
  /** the words where a generic cue starts, not right after an article */
  genericCues: readonly number[];
  /** the sentence opens on a condition ("If you flee to China, you'll be caught") */
  conditional: boolean;
  /** the sentence states a law's penalty: its "can" is the law's range, not the writer's doubt */
  ofLaw: boolean;
  /** the words right after a trigger that counts no series: a cue of another fact's date there dates the trigger */
  afterTrigger: ReadonlySet<number>;
  /** the sentence repeats the article's title */
  headline: boolean;
}

/** One trigger of a sentence, with the entities and the other triggers within its reach. */
export interface TriggerContext {
  s: SentenceContext;
  m: TriggerMatch;
  /** the trigger's offsets in the text */
  start: number;
  end: number;
  /** the sentence's entities within ARGUMENT_REACH words of the trigger, in text order */
  inReach: readonly Entity[];
  othersInReach: readonly TriggerMatch[];
}

export interface SentenceInput extends SentenceWords {
  cues: Cues;
  sentence: number;
  span: Span;
  entities: readonly Entity[];
  matches: readonly TriggerMatch[];
  saying: Uint32Array;
  headline: boolean;
}

export function sentenceContext(input: SentenceInput): SentenceContext {
  const { text, words, keys, cues, sentence, span, entities, matches, saying, headline } = input;
  // a wire dateline ("SEOUL, Oct. 19 (UPI) --", "HYESAN, North Korea —") names where the story was filed, not where the event happened
  const dateline = DATELINE.exec(text.slice(span.start, span.end));
  // a cue right after an article modifies the adjective of a noun phrase ("a typically terse statement"), not the event
  const genericCues = keys.flatMap((_, i) => (hasPhrase(keys, i, i + 1, cues.generic) && !cues.articles.has(keys[i - 1] ?? '') ? [i] : []));
  // a generic penalty of a law ("under Article 183 a person can be sentenced to one year", "shall be punished by"): its
  // "can" is the law's range, not the writer's doubt; a penalty faced ("those arrested could face ten years") stays other
  const ofLaw = (genericCues.length > 0 || matches.some((m) => m.trigger === LAW_VERB_TRIGGER)) && (entities.some((e) => e.type === 'LAW') || hasPhrase(keys, 0, keys.length, cues.lawNouns));
  const ordered = entities.every((e, i) => i === 0 || entities[i - 1]!.start <= e.start) ? entities : [...entities].sort((a, b) => a.start - b.start);
  const inDate = new Uint8Array(words.length);
  for (const e of entities) if (e.type === 'DATE') for (let i = firstWordFrom(words, e.start); i < words.length && words[i]!.start < e.end; i++) inDate[i] = 1;
  // every field written out, in one literal: a spread of the input would leave V8 a slow object for all the reads after
  return {
    text,
    words,
    keys,
    cues,
    sentence,
    span,
    entities,
    matches,
    saying,
    headline,
    ordered,
    entityWords: ordered.map((e) => firstWordFrom(words, e.start)),
    matchWords: matches.map((o) => o.first),
    sequence: phraseCounts(keys, cues.sequence),
    clauseStart: clauseStarts(text, words),
    quotesBefore: quotationCounts(text, words, span.end),
    inDate,
    datelineEnd: dateline === null ? -1 : span.start + dateline[0].length,
    genericCues,
    conditional: cues.conditional.has(keys[0] ?? ''),
    ofLaw,
    // "arrested since November" dates the arrest; "16 drug busts since 2008" counts a series the date only bounds
    afterTrigger: new Set(matches.filter((m) => !countsSeries(keys, m.first)).map((m) => m.last + 1)),
  };
}

export function triggerContext(s: SentenceContext, m: TriggerMatch): TriggerContext {
  // a trigger's arguments stand within its reach: a run-on sentence of thousands of words costs per trigger what a sentence does
  return {
    s,
    m,
    start: s.words[m.first]!.start,
    end: s.words[m.last]!.end,
    inReach: s.ordered.slice(lowerBound(s.entityWords, m.first - ARGUMENT_REACH), lowerBound(s.entityWords, m.last + ARGUMENT_REACH + 1)),
    othersInReach: s.matches.slice(lowerBound(s.matchWords, m.first - ARGUMENT_REACH), lowerBound(s.matchWords, m.last + ARGUMENT_REACH + 1)).filter((o) => o !== m),
  };
}

