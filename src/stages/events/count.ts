/**
 * How many persons an event befalls ("three women", "dozens of residents"), and the further groups
 * a clause lists place by place ("20 defectors were arrested in Qingdao, and nine others in Kunming").
 */
import { parseNumber } from '../../normalize/numbers.js';
import type { Entity, Event } from '../../types.js';
import { contains } from '../event-coref.js';
import type { Cues } from './cues.js';
import { ARGUMENT_REACH, firstWordFrom, hasPhrase, phraseAt, type SentenceWords } from './words.js';

/** Counts written as words of vagueness: the least they mean. */
const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([['dozens', 24], ['hundreds', 200], ['thousands', 2000], ['several', 3], ['dozen', 12]]);

/** How many words a count may stand before its person noun ("three young women"). */
const COUNT_GAP = 2;

/** Whether a count stands right before the word at `first` ("16 drug busts", "dozens of"): a series, not one event. */
export function countsSeries(keys: readonly string[], first: number): boolean {
  return /^\d/.test(keys[first - 1] ?? '') || VAGUE_COUNTS.has(keys[first - 1] ?? '');
}

/** The count of persons stated nearest the word `at`: "three women", "dozens of residents". */
export function countOf(keys: readonly string[], at: number, personNouns: ReadonlySet<string>): Event['count'] {
  let best: { distance: number; count: NonNullable<Event['count']> } | null = null;
  // a person noun after the word, tested first: it is rarer than a word that parses as a number
  const nounFollows = (i: number) => {
    for (let j = i + 1; j < Math.min(keys.length, i + 2 + COUNT_GAP); j++) if (personNouns.has(keys[j]!)) return true;
    return false;
  };
  for (let i = Math.max(0, at - ARGUMENT_REACH); i < Math.min(keys.length, at + ARGUMENT_REACH); i++) {
    if (!nounFollows(i)) continue;
    const vague = VAGUE_COUNTS.get(keys[i]!);
    const n = vague === undefined ? parseNumber(keys[i]!) : null;
    if (vague === undefined && (n === null || !Number.isInteger(n))) continue;
    const distance = Math.abs(i - at);
    const count = vague === undefined ? { min: n!, max: n! } : { min: vague, max: null };
    if (!best || distance < best.distance) best = { distance, count };
  }
  return best?.count ?? null;
}

type Place = Extract<Entity, { type: 'PLACE' }>;

/** One more group of a list of places ("and nine others in Kunming"): its place and its count. */
export interface ListedGroup {
  place: Entity;
  count: NonNullable<Event['count']>;
}

/**
 * The groups a clause lists after the event's place, each with a count and its own place: "20
 * defectors were arrested in Qingdao, Shandong Province, and nine others in Kunming", "detained
 * five defectors near Beijing, seven in Shenyang and around 10 in Yanji and Dandong". Each group is
 * one event of the guideline's (one per place); the walk stops at the first word that continues no
 * group, and at a group in several places ("10 in Yanji and Dandong"), which has no place of its own
 * and would merge into the first group as a coreferent mention.
 */
export function listedGroups({ text, words, keys }: SentenceWords, entities: readonly Entity[], place: Place, cues: Cues): ListedGroup[] {
  const places = entities.filter((e): e is Place => e.type === 'PLACE');
  const placeAt = (i: number) => places.find((e) => firstWordFrom(words, e.start) === i);
  const lastWord = (e: Entity) => firstWordFrom(words, e.end - 1);
  // "Qingdao, Shandong Province": a place's province or country after a comma belongs to it
  const withRegion = (e: Place) => {
    const region = placeAt(lastWord(e) + 1);
    return region !== undefined && contains(region, e) && text.slice(e.end, region.start).trim() === ',' ? lastWord(region) : lastWord(e);
  };
  const groups: ListedGroup[] = [];
  let at = withRegion(place) + 1;
  for (;;) {
    let i = at;
    if (text.slice(words[i - 1]!.end, words[i]?.start ?? text.length).trim() !== ',' && keys[i] !== 'and') break;
    if (keys[i] === 'and') i++;
    while (i < keys.length && hasPhrase(keys, i, i + 1, cues.countHedges)) i += phraseAt(keys, i, cues.countHedges)!.length;
    const n = parseNumber(keys[i] ?? '');
    if (n === null || !Number.isInteger(n)) break;
    i++;
    if (cues.personNouns.has(keys[i] ?? '')) i++;
    if (!cues.listedPlaceLinks.has(keys[i] ?? '')) break;
    const next = placeAt(keys[i + 1] === 'the' ? i + 2 : i + 1);
    if (next === undefined || (keys[withRegion(next) + 1] === 'and' && placeAt(withRegion(next) + 2) !== undefined)) break;
    groups.push({ place: next, count: { min: n, max: n } });
    at = withRegion(next) + 1;
  }
  return groups;
}
