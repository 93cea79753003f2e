/**
 * A persons chain across sentences: "Three smugglers were arrested in Hyesan on May 3. They were executed a month
 * later." The persons of an event named by a pronoun or a definite group noun ("they", "he", "the two men", "the
 * defendants") are those of the nearest earlier event they can refer to, by number, within the paragraph or the two
 * sentences before. The chain says which persons are the same ones: what separates a context that ties an event to
 * another sentence from the same cue words that do not (docs/events.md, events16 and events17).
 */
import { parseNumber } from '../../normalize/numbers.js';
import type { Entity, Event, Span } from '../../types.js';
import type { MatchWord } from '../doc.js';
import type { Cues } from './cues.js';
import { firstWordFrom } from './words.js';

/** How many words before its trigger a subject may end ("they were later arrested"), and after it an object may start ("executed the two men"). */
const SUBJECT_REACH = 3;
const OBJECT_REACH = 1;
/** How many sentences back an antecedent may stand outside the paragraph of the reference. */
const CHAIN_SENTENCES = 2;

/** How many persons a reference stands for: one, several, or exactly n ("the two men"). */
type Plurality = { kind: 'one' } | { kind: 'several' } | { kind: 'exactly'; n: number };

/** What the chain reads of a document. */
export interface ChainDoc {
  text: string;
  sentences: readonly Span[];
  words: readonly MatchWord[];
  entities: readonly Entity[];
}

/**
 * Each event whose persons are named only by a reference (a pronoun, a definite group noun) in its subject or object,
 * with the earlier event those persons are of. Events are in document order, one per reported event.
 */
export function personsChain(doc: ChainDoc, events: readonly Event[], cues: Cues): Map<Event, Event> {
  const chain = new Map<Event, Event>();
  const keysOf = sentenceWords(doc.words);
  for (const [i, v] of events.entries()) {
    if (v.arguments.persons.some((p) => !p.fromContext)) continue;
    const words = keysOf.get(v.sentence) ?? [];
    const number = referenceAt(words, v, cues);
    if (number === undefined) continue;
    const antecedent = antecedentOf(doc, events.slice(0, i), v, number, cues, chain);
    if (antecedent !== undefined) chain.set(v, antecedent);
  }
  return chain;
}

function sentenceWords(words: readonly MatchWord[]): Map<number, MatchWord[]> {
  const by = new Map<number, MatchWord[]>();
  for (const w of words) {
    const list = by.get(w.sentence);
    if (list) list.push(w);
    else by.set(w.sentence, [w]);
  }
  return by;
}

/** The number of the reference in the event's subject (ending within SUBJECT_REACH words before the trigger) or object (right after it). */
function referenceAt(words: readonly MatchWord[], v: Event, cues: Cues): Plurality | undefined {
  const keys = words.map((w) => w.key);
  const first = firstWordFrom(words, v.start);
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < v.end) last++;
  for (let end = first - 1; end >= Math.max(0, first - SUBJECT_REACH); end--) {
    const number = referenceEndingAt(keys, end, cues);
    if (number) return number;
  }
  for (let start = last + 1; start <= Math.min(keys.length - 1, last + OBJECT_REACH); start++) {
    const number = referenceStartingAt(keys, start, cues);
    if (number) return number;
  }
  return undefined;
}

/** A pronoun of the subject ("they", "he") or a definite group noun ending at word `end` ("the two men", "the defendants"). */
function referenceEndingAt(keys: readonly string[], end: number, cues: Cues): Plurality | undefined {
  const k = keys[end]!;
  if (k === 'he' || k === 'she') return { kind: 'one' };
  if (k === 'they') return { kind: 'several' };
  if (!cues.chainGroupNouns.has(k)) return undefined;
  // "the two men", "the defendants", "the three": a determiner, at most a count between; not "the other men", "two women"
  const count = end >= 1 ? parseNumber(keys[end - 1]!) : null;
  const determiner = count !== null && Number.isInteger(count) ? end - 2 : end - 1;
  if (!cues.chainDeterminers.has(keys[determiner] ?? '')) return undefined;
  if (cues.anaphora.novelty.has(keys[determiner + 1] ?? '')) return undefined;
  return count !== null && Number.isInteger(count) ? { kind: 'exactly', n: count } : { kind: 'several' };
}

/** An object right after the trigger: "arrested them", "executed him", "sentenced the two men". */
function referenceStartingAt(keys: readonly string[], start: number, cues: Cues): Plurality | undefined {
  const k = keys[start]!;
  if (k === 'him' || k === 'her') return { kind: 'one' };
  if (k === 'them') return { kind: 'several' };
  if (!cues.chainDeterminers.has(k)) return undefined;
  const counted = parseNumber(keys[start + 1] ?? '');
  const noun = counted !== null && Number.isInteger(counted) ? start + 2 : start + 1;
  if (!cues.chainGroupNouns.has(keys[noun] ?? '')) return undefined;
  return counted !== null && Number.isInteger(counted) ? { kind: 'exactly', n: counted } : { kind: 'several' };
}

/** How many persons an event names or counts: the count when stated, else its named persons. */
function sizeOf(v: Event): { min: number; max: number | null } | undefined {
  if (v.count !== null && v.count.min !== null) return { min: v.count.min, max: v.count.max };
  const named = v.arguments.persons.length;
  return named === 0 ? undefined : { min: named, max: named };
}

function agrees(number: Plurality, size: { min: number; max: number | null }): boolean {
  if (number.kind === 'one') return size.min === 1 && size.max === 1;
  if (number.kind === 'several') return size.min >= 2;
  return size.min === number.n && size.max === number.n;
}

/**
 * The nearest earlier event of another sentence, in the paragraph or the two sentences before, whose persons agree in
 * number; none when a nearer group could be meant: for "they", an agency or a plural of persons named since ("They" after
 * a sentence about the police); for "he" or "she", a person named since who is not the event's.
 */
function antecedentOf(doc: ChainDoc, earlier: readonly Event[], v: Event, number: Plurality, cues: Cues, chain: ReadonlyMap<Event, Event>): Event | undefined {
  for (let j = earlier.length - 1; j >= 0; j--) {
    const a = earlier[j]!;
    if (a.sentence >= v.sentence) continue;
    if (!inReach(doc, a.sentence, v.sentence)) return undefined;
    // an event whose own persons are a reference has the size of the persons it is chained to
    const size = sizeOf(a) ?? sizeOf(chain.get(a) ?? a);
    if (size === undefined || !agrees(number, size)) continue;
    return interveningGroup(doc, a, v, number, cues) ? undefined : a;
  }
  return undefined;
}

/** Whether sentence `from` is in the paragraph of sentence `to`, or at most CHAIN_SENTENCES before it. */
function inReach(doc: ChainDoc, from: number, to: number): boolean {
  if (to - from <= CHAIN_SENTENCES) return true;
  return !doc.text.slice(doc.sentences[from]!.end, doc.sentences[to]!.start).includes('\n');
}

/** A group between the antecedent's trigger and the reference's sentence that the reference could stand for instead. */
function interveningGroup(doc: ChainDoc, a: Event, v: Event, number: Plurality, cues: Cues): boolean {
  const own = new Set(a.arguments.persons.map((p) => p.entity));
  const between = doc.entities.filter((e) => e.start >= a.end && e.sentence > a.sentence && e.sentence < v.sentence);
  if (number.kind === 'one') return between.some((e) => e.type === 'PERSON' && !own.has(e.id));
  return between.some((e) => (e.type === 'ORG' && cues.agentKinds.has(e.norm.kind ?? '')) || (e.type === 'PERSON' && !own.has(e.id)));
}
