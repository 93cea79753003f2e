/**
 * CoNLL-2003-style BIO export: one token per line with its tag, a blank line between
 * sentences, the CoNLL-2003 line `-DOCSTART- -X- O O` and a blank line before each document
 * (spaCy's converter splits documents on exactly that line). Token lines have two columns
 * separated by a space, token and tag, the tag last as every CoNLL NER reader expects:
 *
 *     -DOCSTART- -X- O O
 *
 *     Police O
 *     in O
 *     Hyesan B-PLACE
 *     , O
 *     Ryanggang B-PLACE
 *     Province I-PLACE
 *
 * API, one document at a time, appended to one file in the order of documents.jsonl:
 *
 *     out.write(toConll(doc));
 *     const docs = parseConll(readFile('entities.conll'));   // read back: documents → sentences → [token, tag]
 *
 * Tokens: runs of letters, digits and marks (with apostrophes inside a word, as the
 * gazetteer's splitWords keeps them: P'yongsong), and every other non-space character on its
 * own, found on the folded text (so exotic spaces separate tokens) and written as the article
 * has them. A token is cut where an entity starts or ends, so every entity is a whole run of
 * tokens ("Hoeryong's" → "Hoeryong" B-PLACE, "'s" O). Sentences are the Document's sentences;
 * a token outside every sentence joins the one before it, and an entity is never split
 * across a blank line.
 */
import { foldText } from '../text/fold.js';
import type { Document } from '../types.js';

export const DOCSTART = '-DOCSTART- -X- O O';

const TOKEN = /[\p{L}\p{N}\p{M}\u00ad]+(?:'[\p{L}\p{N}\p{M}\u00ad]+)*|\S/gu;

/** One document as CoNLL lines, ending with the blank line after its last sentence. */
export function toConll(doc: Document): string {
  const text = doc.text;
  const folded = foldText(text);
  const entities = [...doc.entities].sort((a, b) => a.start - b.start);
  const sentenceStarts = doc.sentences.map((s) => s.start).sort((a, b) => a - b);
  const out: string[] = [DOCSTART, ''];
  let line = 0;
  let nextSentence = 1;
  let ent = 0;
  /** the entity whose tokens are being written, and whether its first one is out */
  let inEntity = false;

  const emit = (start: number, end: number) => {
    while (ent < entities.length && entities[ent]!.end <= start) {
      ent++;
      inEntity = false;
    }
    const e = entities[ent];
    const inside = e !== undefined && e.start <= start && end <= e.end;
    let startsSentence = false;
    while (nextSentence < sentenceStarts.length && start >= sentenceStarts[nextSentence]!) {
      nextSentence++;
      startsSentence = true;
    }
    if (startsSentence && line > 0 && !(inside && inEntity)) {
      out.push('');
      line = 0;
    }
    const tag = inside ? `${inEntity ? 'I' : 'B'}-${e.type}` : 'O';
    if (inside) inEntity = true;
    out.push(`${text.slice(start, end)} ${tag}`);
    line++;
  };

  // every entity boundary, in order: tokens are cut there
  const cuts = entities.flatMap((e) => [e.start, e.end]);
  let cut = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    let from = m.index;
    const to = m.index + m[0].length;
    while (cut < cuts.length && cuts[cut]! <= from) cut++;
    for (; cut < cuts.length && cuts[cut]! < to; cut++) {
      emit(from, cuts[cut]!);
      from = cuts[cut]!;
    }
    emit(from, to);
  }
  if (line > 0) out.push('');
  return `${out.join('\n')}\n`;
}

export type ConllToken = [token: string, tag: string];

export interface ConllDocument {
  sentences: ConllToken[][];
}

/**
 * Reads CoNLL text back: `-DOCSTART-` opens a document, a blank line ends a sentence, other
 * lines are whitespace-separated columns, the first the token and the last the tag. Lines
 * before the first `-DOCSTART-` form a document of their own.
 */
export function parseConll(content: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length === 0) return;
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push(sentence);
    sentence = [];
  };
  for (const raw of content.split('\n')) {
    const cols = raw.trim().split(/\s+/);
    if (cols[0] === '') {
      endSentence();
    } else if (cols[0] === '-DOCSTART-') {
      endSentence();
      doc = { sentences: [] };
      docs.push(doc);
    } else {
      sentence.push([cols[0]!, cols[cols.length - 1]!]);
    }
  }
  endSentence();
  return docs;
}
