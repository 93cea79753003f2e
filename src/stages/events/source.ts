/**
 * The source of a report is no participant of the event it reports: a place, date, organization
 * or person on the other side of a verb of saying ("a source in Musan told us on Monday that
 * police arrested ...", "..., a source said on Monday") is the source's.
 */
import type { Entity } from '../../types.js';
import { CUE_WINDOW, type TriggerContext } from './context.js';
import { anyIn, firstWordFrom, hasKey } from './words.js';

/** An opening quotation mark: what follows it is what a source said. */
const OPENING_QUOTE = /[\u201c"]/;

/**
 * Whether the entity stands across a verb of saying from the trigger, or just after one before
 * it: the source's, not the event's.
 */
export function acrossSaying({ s, m, start, end }: TriggerContext, e: Entity): boolean {
  const { text, words, keys, saying } = s;
  const first = firstWordFrom(words, e.start);
  if (e.end <= start) {
    // "In North Korea, the JoongAng Daily reported that ...": a place opening the sentence frames what it tells
    if (e.type === 'PLACE' && first <= 1 && (first === 0 || keys[0] === 'in') && /^\s*,/.test(text.slice(e.end, e.end + 2))) return false;
    // the nearest verb of saying decides; a quotation it opens before the entity holds what was said, not the source's
    // (The source said, “In February, 30 people were captured”)
    for (let j = m.first - 1; j >= Math.max(0, first - CUE_WINDOW); j--) if (anyIn(saying, j, j + 1)) return !OPENING_QUOTE.test(text.slice(words[j]!.end, e.start));
    // "reported at a meeting ... held on February 28 that X was purged": between a verb of saying and the "that" of what
    // it reports, the report's place and date
    const last = firstWordFrom(words, e.end - 1);
    if (!hasKey(keys, last + 1, m.first, 'that')) return false;
    return anyIn(saying, s.clauseStart[first]!, first);
  }
  if (e.start < end) return false;
  // after the trigger: a verb of saying between them, or a trailing attribution (", a source in Musan said"), its verb
  // within a few words of the entity: a clause's subject further from the verb acts ("to crack down on X, China
  // distributed guidelines to ..., a source told")
  if (anyIn(saying, m.last + 1, first)) return true;
  return anyIn(saying, first + 1, Math.min(keys.length, firstWordFrom(words, e.end - 1) + 1 + CUE_WINDOW)) && text.slice(end, e.start).includes(',');
}

/**
 * "the report said that Kim illegally entered the North, where he was captured": a person after "said that" is what
 * was said, the subject of the reported clause, not the source.
 */
export function reportedSubject({ s, start }: TriggerContext, e: Entity): boolean {
  const first = firstWordFrom(s.words, e.start);
  return e.end <= start && s.keys[first - 1] === 'that' && anyIn(s.saying, first - 2, first - 1);
}
