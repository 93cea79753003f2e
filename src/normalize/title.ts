/**
 * The title of a plain-text article from its first line. A headline (a line of at most
 * TITLE_MAX characters) is the title as it stands. A longer first line is the article's
 * first paragraph, not a headline: its first sentence is the title when that ends within
 * TITLE_MAX characters, else the line is cut at the last word boundary that leaves room for
 * an ellipsis.
 */
export const TITLE_MAX = 120;

/** Words whose final period does not end a sentence ("Mr. Kim", "Gen. Ri", "No. 12"). */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Gov', 'Sen', 'Rep', 'Amb',
  'St', 'Jr', 'Sr', 'No', 'Nos', 'Vol', 'Art', 'Inc', 'Co', 'Corp', 'Ltd', 'vs', 'etc', 'approx',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** A sentence end: terminal punctuation and closing quotes or brackets, then space and a capital, digit or quote. */
const SENTENCE_END = /([\p{L}\p{N}.]{0,40})[.!?]+["'\u2019\u201d)\]]*(?=\s+["'\u2018\u201c(\[]?[\p{Lu}\p{N}])/gu;

/**
 * Room past TITLE_MAX for the closing quotes and the space and capital that confirm a sentence
 * end; only a sentence ending within TITLE_MAX matters.
 */
const LOOKAHEAD = 40;

/**
 * Where the first sentence of a line ends (after its punctuation), or null when it does not end
 * within the first TITLE_MAX characters. Only the line's head is scanned: a whole 2 MB line
 * without punctuation would make the scan quadratic.
 */
function firstSentenceEnd(line: string): number | null {
  for (const m of line.slice(0, TITLE_MAX + LOOKAHEAD).matchAll(SENTENCE_END)) {
    const word = m[1]!;
    // an initial ("J.", "U.S.") or an abbreviation is not the end of a sentence
    if (/^\p{Lu}$|\.\p{L}$/u.test(word) || ABBREVIATIONS.has(word)) continue;
    return m.index + m[0].length;
  }
  return null;
}

export function titleFromFirstLine(line: string): string {
  if (line.length <= TITLE_MAX) return line;
  const sentence = firstSentenceEnd(line);
  if (sentence !== null && sentence <= TITLE_MAX) return line.slice(0, sentence);
  const room = line.slice(0, TITLE_MAX);
  // the last space that ends a word within the room left for "…"
  const space = /\s/.test(line[TITLE_MAX - 1]!) ? TITLE_MAX - 1 : room.slice(0, TITLE_MAX - 1).search(/\s\S*$/);
  const head = space > 0 ? room.slice(0, space) : room.slice(0, TITLE_MAX - 1);
  return `${head.trimEnd().replace(/[\s,;:–—-]+$/, '')}…`;
}
