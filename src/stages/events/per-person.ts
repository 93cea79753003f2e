/**
 * One verb that gives several people different penalties (annotation.md, adjudication 6): "sentenced Pak to six years
 * and Ri to four years", "Bang and Hwang were sentenced to seven and six years, respectively" are one event per penalty
 * given, each with that verb as its trigger, its own persons and its own penalty.
 */
import { parseNumber } from '../../normalize/numbers.js';
import type { Entity } from '../../types.js';
import type { TriggerContext } from './context.js';
import { CLAUSE_BREAK, firstWordFrom } from './words.js';

/**
 * The persons given one penalty, and the penalty: an entity, or (a term told before a shared head: "seven" of "seven and
 * six years") its words and the penalty entity of the head, whose kind it shares.
 */
export interface PenaltyGiven {
  persons: Entity[];
  penalty: Entity | { text: string; head: Entity };
}

/** What joins two members of a list: a comma, "and", or both. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** How many words after the trigger "respectively" may close the clause. */
const RESPECTIVELY_REACH = 14;

/** The penalties the trigger gives person by person: two or more, or none. */
export function penaltiesGiven(t: TriggerContext): PenaltyGiven[] {
  if (t.m.trigger.subtype !== 'sentence') return [];
  const pairs = pairedAfter(t);
  return pairs.length >= 2 ? pairs : respectively(t);
}

/** "sentenced Pak to six years, Ri to four years and Jo to two years": persons, "to", a penalty, again, after the trigger. */
function pairedAfter({ s, m, inReach }: TriggerContext): PenaltyGiven[] {
  const { text } = s;
  const out: PenaltyGiven[] = [];
  let at = s.words[m.last]!.end;
  let persons: Entity[] = [];
  for (const e of inReach) {
    if (e.start < at) continue;
    const gap = text.slice(at, e.start);
    if (e.type === 'PERSON' && (/^\s*$/.test(gap) ? out.length === 0 && persons.length === 0 : LIST_GAP.test(gap))) persons.push(e);
    else if (e.type === 'PENALTY' && persons.length > 0 && /^\s*to\s+$/.test(gap)) {
      out.push({ persons, penalty: e });
      persons = [];
    } else break;
    at = e.end;
  }
  return new Set(out.map((g) => g.penalty.text)).size === out.length ? out : [];
}

/**
 * "Bang and Hwang were sentenced to seven and six years behind bars, respectively": terms listed before the penalty's
 * head, "respectively" closing the clause; each term with the person of its rank when the persons before the trigger
 * are as many.
 */
function respectively({ s, m, inReach }: TriggerContext): PenaltyGiven[] {
  const { text, words, keys } = s;
  const close = keys.indexOf('respectively', m.last + 1);
  if (close === -1 || close - m.last > RESPECTIVELY_REACH) return [];
  const penalty = inReach.find((e) => e.type === 'PENALTY' && e.start > s.words[m.last]!.end && e.end <= words[close]!.start);
  if (penalty === undefined) return [];
  const head = firstWordFrom(words, penalty.start);
  const terms: number[] = [head];
  for (let next = head; ; ) {
    const i = keys[next - 1] === 'and' ? next - 2 : next - 1;
    if (i <= m.last || parseNumber(keys[i]!) === null || !LIST_GAP.test(text.slice(words[i]!.end, words[next]!.start))) break;
    terms.unshift(i);
    next = i;
  }
  if (terms.length < 2) return [];
  const rest = text.slice(words[head]!.end, penalty.end);
  const persons = listedBefore(s, inReach, words[m.first]!.start);
  return terms.map((i, rank) => ({
    persons: persons.length === terms.length ? [persons[rank]!] : [],
    penalty: i === head ? penalty : { text: `${text.slice(words[i]!.start, words[i]!.end)}${rest}`, head: penalty },
  }));
}

/** The persons listed before the trigger in its clause, the last with no clause break before the trigger ("Bang and Hwang were sentenced"). */
function listedBefore({ text }: TriggerContext['s'], inReach: readonly Entity[], start: number): Entity[] {
  const out: Entity[] = [];
  for (const e of inReach) {
    if (e.type !== 'PERSON' || e.end > start) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && !LIST_GAP.test(text.slice(prev.end, e.start))) out.length = 0;
    out.push(e);
  }
  const last = out[out.length - 1];
  return last === undefined || CLAUSE_BREAK.test(text.slice(last.end, start)) ? [] : out;
}
