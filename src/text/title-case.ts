/** A line with at least this share of capitalized words is a headline or a title, not prose. */
const TITLE_CASE_SHARE = 0.7;
const MIN_WORDS_FOR_TITLE_CASE = 4;

/** Whether the line holding offset `at` is a headline or a title (most words capitalized), not prose. */
export function isTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const words = text.slice(start, nl === -1 ? text.length : nl).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS_FOR_TITLE_CASE) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}
