/**
 * tokenize: wink-nlp over the folded text gives tokens and sentence boundaries; tokens carry
 * character offsets computed here (wink-nlp gives token indices). Sentences never cross a line
 * break: in news text a line is at most a paragraph. The gazetteer's match words
 * (text/fold.ts) are attached to their sentence.
 */
import { splitWords } from '../text/fold.js';
import { breakLongRuns, isSpace } from '../text/space.js';
import { wink } from '../text/wink.js';
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
 * Cuts [start, end) at line breaks and trims white space; empty pieces are dropped. Spans
 * arrive in text order, so one cursor over the precomputed line breaks serves them all.
 */
function lineSplitter(text: string): (start: number, end: number, out: Span[]) => void {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
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

export function tokenize(doc: WorkingDoc): WorkingDoc {
  const nlp = wink();
  const text = doc.folded;
  const wtext = breakLongRuns(text);
  const wdoc = nlp.readDoc(wtext);
  const byIndex = tokensWithOffsets(wtext, wdoc.tokens().out(nlp.its.value) as string[]);
  const tokens = byIndex.filter((t): t is Token => t !== null);

  const sentences: Span[] = [];
  const splitLines = lineSplitter(text);
  let prevEnd = 0;
  // [first, last] token index of each sentence, all at once: cheaper than an item per sentence
  for (const [first, last] of wdoc.sentences().out(nlp.its.span) as unknown as [number, number][]) {
    let i = last;
    while (i >= first && byIndex[i] === null) i--;
    const end = i >= first ? byIndex[i]!.end : prevEnd;
    if (end <= prevEnd) continue;
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
