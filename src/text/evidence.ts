/**
 * The evidence a relation or an event carries: the sentence that states it. A run-on "sentence"
 * (a list or a page without full stops, thousands of words long) is cut to the words around what it
 * states, or every event of it would carry the whole page and one article's rows could outgrow a string.
 */

/** The longest sentence kept whole as evidence, in characters. */
export const EVIDENCE_MAX_CHARS = 2000;

/** The evidence for what `text[start, end)` states within the sentence `text[sentenceStart, sentenceEnd)`. */
export function evidenceOf(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): string {
  if (sentenceEnd - sentenceStart <= EVIDENCE_MAX_CHARS) return text.slice(sentenceStart, sentenceEnd);
  const margin = Math.max(0, (EVIDENCE_MAX_CHARS - (end - start)) >> 1);
  let from = Math.max(sentenceStart, start - margin);
  let to = Math.min(sentenceEnd, end + margin);
  // whole words only: a cut inside a word moves to the space after (or before) it
  while (from > sentenceStart && from < start && !/\s/.test(text.charAt(from - 1))) from++;
  while (to < sentenceEnd && to > end && !/\s/.test(text.charAt(to))) to--;
  return text.slice(from, to).trim();
}
