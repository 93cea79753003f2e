/**
 * tokenize: wink-nlp over the folded text gives tokens and sentence boundaries; tokens carry
 * character offsets computed here (wink-nlp gives token indices). In news text a line is at
 * most a paragraph, so a line break ends a sentence, except a single one in hard-wrapped text
 * where the line before plainly runs on (`endsSentence`). The gazetteer's match words
 * (text/fold.ts) are attached to their sentence, and a name continues across such a break.
 */
import type { CompiledRules } from '../rules/compile.js';
import { splitWords } from '../text/fold.js';
import { breakLongRuns, isSpace } from '../text/space.js';
import { ENGLISH_WORDS } from '../text/english.js';
import { isStopWord, wink } from '../text/wink.js';
import type { Span } from '../types.js';
import type { MatchWord, Token, WorkingDoc } from './doc.js';

/** Our token for each wink-nlp token index; null where wink-nlp's value is not in the text verbatim. */
function tokensWithOffsets(text: string, values: string[]): (Token | null)[] {
  const tokens: (Token | null)[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, cursor);
    // such a token is skipped, never misplaced
    if (at === -1 || at - cursor > 64 + v.length) {
      tokens.push(null);
      continue;
    }
    tokens.push({ start: at, end: at + v.length });
    cursor = at + v.length;
  }
  return tokens;
}

/**
 * A full stop between letters with no space, then two or three letters that are no word, is
 * inside a name ("News.Az reports"), not a sentence end; a word after it ("in Seoul.Nine
 * women") is a sentence whose space was lost.
 */
const DOT_INSIDE_NAME = /^\p{L}\.(\p{L}{2,3})(?!\p{L})/u;
const dotInsideName = (text: string, end: number): boolean => {
  const m = DOT_INSIDE_NAME.exec(text.slice(end - 2, end + 4));
  return m !== null && !ENGLISH_WORDS.has(m[1]!.toLowerCase()) && !isStopWord(m[1]!.toLowerCase());
};

/** Full stop, question or exclamation mark, colon or semicolon, then closing quotes or brackets. */
const TERMINAL_END = /[.!?:;]['")\]]*$/;
/** A list item: a bullet, or a number or one letter with a full stop or bracket, then a space ("Mr. Kim" is none). */
const LIST_ITEM = /^(?:[-*\u2022\u00b7\u25aa\u25c6\u25a0\u25cf\u25ba\u2192\u2190]|\(?(?:\p{N}{1,3}|\p{L})[.)])\s/u;
/**
 * The next line starts, after any opening quotes or brackets, with a lower-case letter or a
 * number that is no list item ("on March\n3, 2021", "seized\n5 kilograms").
 */
const CONTINUING_START = /^['"(\[]*[\p{Ll}\p{N}]/u;
/** The line's last word, and whether a possessive 's closes it. */
const LAST_WORD = /(\p{L}+)('s)?$/u;

/**
 * A title-case line: two capitalised words or more, every other word a continuing word ("Who
 * We Are", "Crackdown on Phones in the North"). A heading, or navigation, even when the next
 * line starts in lower case.
 */
function titleCase(line: string, continuing: ReadonlySet<string>): boolean {
  let capitalised = 0;
  for (const [word] of line.matchAll(/\p{L}[\p{L}'-]*/gu)) {
    if (/^\p{Lu}/u.test(word)) capitalised++;
    else if (!continuing.has(word)) return false;
  }
  return capitalised >= 2;
}

const count = (line: string, ch: string) => line.split(ch).length - 1;

/** A bracket or double quotation mark opened on the line and not closed on it. */
const leavesOpen = (line: string) => count(line, '(') > count(line, ')') || count(line, '[') > count(line, ']') || count(line, '"') % 2 === 1;

/**
 * Whether the line break between two lines (trimmed) ends a sentence. A blank line always
 * does; so does a line ending in terminal punctuation, and a break before a list item.
 * Otherwise the break is inside a sentence when the line before runs on: it ends in a comma,
 * a possessive ("Democratic Women's\nUnions") or a continuing word written in lower case
 * ("from the\nDepartment"), or leaves a bracket or quotation open; or the next line continues
 * in lower case or with a number ("outside phone\ncalls", "in March\n2021") after a line
 * that is no title-case heading. A
 * headline, byline, dateline or navigation line does none of these and keeps its line.
 */
function endsSentence(before: string, after: string, continuing: ReadonlySet<string>): boolean {
  if (before === '' || after === '' || TERMINAL_END.test(before) || LIST_ITEM.test(after)) return true;
  if (before.endsWith(',') || leavesOpen(before)) return false;
  const last = LAST_WORD.exec(before);
  if (last?.[2] || (last && continuing.has(last[1]!))) return false;
  return !CONTINUING_START.test(after) || titleCase(before, continuing);
}

/**
 * The offsets of the line breaks that end a sentence. A break next to a boilerplate line
 * (site furniture, a byline: clean and metadata) always does: "Share on WhatsApp\nshare with
 * facebook" is no wrapped sentence.
 */
function sentenceBreaks(text: string, boilerplate: readonly Span[], continuing: ReadonlySet<string>): number[] {
  const breaks: number[] = [];
  let bi = 0;
  const touchesBoilerplate = (start: number, end: number) => {
    while (bi < boilerplate.length && boilerplate[bi]!.end <= start) bi++;
    return bi < boilerplate.length && boilerplate[bi]!.start < end;
  };
  let lineStart = 0;
  let nl = text.indexOf('\n');
  let beforeIsBoilerplate = touchesBoilerplate(0, nl === -1 ? text.length : nl);
  while (nl !== -1) {
    const nextNl = text.indexOf('\n', nl + 1);
    const afterEnd = nextNl === -1 ? text.length : nextNl;
    const afterIsBoilerplate = touchesBoilerplate(nl + 1, afterEnd);
    const before = text.slice(lineStart, nl).trim();
    const after = text.slice(nl + 1, afterEnd).trim();
    if (beforeIsBoilerplate || afterIsBoilerplate || endsSentence(before, after, continuing)) breaks.push(nl);
    lineStart = nl + 1;
    nl = nextNl;
    beforeIsBoilerplate = afterIsBoilerplate;
  }
  return breaks;
}

/**
 * Cuts [start, end) at the given line breaks and trims white space; empty pieces are dropped.
 * Spans arrive in text order, so one cursor over the breaks serves them all.
 */
function lineSplitter(text: string, breaks: readonly number[]): (start: number, end: number, out: Span[]) => void {
  let next = 0;
  const push = (a: number, b: number, out: Span[]) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  return (start, end, out) => {
    while (next < breaks.length && breaks[next]! < start) next++;
    let s = start;
    while (next < breaks.length && breaks[next]! < end) {
      push(s, breaks[next]!, out);
      s = breaks[next]! + 1;
      next++;
    }
    push(s, end, out);
  };
}

/** Only white space, with a line break in it: between two words of one sentence, a wrapped line. */
function wrappedGap(text: string, from: number, to: number): boolean {
  let lineBreak = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return false;
    if (c === 0x0a) lineBreak = true;
  }
  return lineBreak;
}

const NO_WORDS: ReadonlySet<string> = new Set();

export function tokenize(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  const nlp = wink();
  const text = doc.folded;
  const wtext = breakLongRuns(text);
  const wdoc = nlp.readDoc(wtext);
  const byIndex = tokensWithOffsets(wtext, wdoc.tokens().out(nlp.its.value) as string[]);
  const tokens = byIndex.filter((t): t is Token => t !== null);

  const sentences: Span[] = [];
  const splitLines = lineSplitter(text, sentenceBreaks(text, doc.boilerplate, rules.lexicon.get('line-continuing-words') ?? NO_WORDS));
  let prevEnd = 0;
  // [first, last] token index of each sentence, all at once: cheaper than an item per sentence
  for (const [first, last] of wdoc.sentences().out(nlp.its.span) as unknown as [number, number][]) {
    let i = last;
    while (i >= first && byIndex[i] === null) i--;
    const end = i >= first ? byIndex[i]!.end : prevEnd;
    if (end <= prevEnd || dotInsideName(text, end)) continue;
    splitLines(prevEnd, end, sentences);
    prevEnd = end;
  }
  if (prevEnd < text.length) splitLines(prevEnd, text.length, sentences);

  // words, sentences and boilerplate spans are all in text order: one cursor each
  const boilerplate = doc.boilerplate;
  const words: MatchWord[] = [];
  let si = 0;
  let bi = 0;
  for (const w of splitWords(text)) {
    while (si < sentences.length && sentences[si]!.end <= w.start) si++;
    while (bi < boilerplate.length && boilerplate[bi]!.end <= w.start) bi++;
    const sentence = si < sentences.length && sentences[si]!.start <= w.start ? si : -1;
    if (sentence === -1) continue;
    const prev = words[words.length - 1];
    if (prev && !prev.joinsNext && prev.sentence === sentence && wrappedGap(text, prev.end, w.start)) prev.joinsNext = true;
    // an explicit literal: spreading `w` here cost more than wink-nlp's readDoc itself
    words.push({
      start: w.start,
      end: w.end,
      key: w.key,
      joinsNext: w.joinsNext,
      sentence,
      boilerplate: bi < boilerplate.length && boilerplate[bi]!.start < w.end,
    });
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
  doc.words = words;
  return doc;
}
