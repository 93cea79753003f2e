/**
 * The document while it moves through the stages. Stages fill it in order; the exported
 * Document (types.ts) is its public projection.
 */
import type { CompiledRules } from '../rules/compile.js';
import type { Word } from '../text/fold.js';
import type { Article, Entity, Event, Relation, Span } from '../types.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entity before the normalize stage settles overlaps, sentences and ids. */
export type Draft = DistributiveOmit<Entity, 'id' | 'sentence'>;

export interface Token {
  start: number;
  end: number;
}

export interface MatchWord extends Word {
  sentence: number;
  boilerplate: boolean;
}

export interface WorkingDoc {
  article: Article;
  id: string;
  source: string;
  text: string;
  /** same length as text: diacritics stripped, quotes straightened (text/fold.ts) */
  folded: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  /** spans excluded from extraction: site furniture, bylines */
  boilerplate: Span[];
  sentences: Span[];
  tokens: Token[];
  words: MatchWord[];
  drafts: Draft[];
  entities: Entity[];
  relations: Relation[];
  /** filled by the events stage */
  events: Event[];
}

export interface Stage {
  name: string;
  run(doc: WorkingDoc, rules: CompiledRules): WorkingDoc;
}

export function newWorkingDoc(article: Article): WorkingDoc {
  return {
    article,
    id: article.id,
    source: article.source,
    text: article.text,
    folded: '',
    title: null,
    outlet: null,
    author: null,
    url: article.url ?? null,
    published: null,
    boilerplate: [],
    sentences: [],
    tokens: [],
    words: [],
    drafts: [],
    entities: [],
    relations: [],
    events: [],
  };
}

/** Sorted, disjoint spans covering both lists (overlapsAny needs them so). */
export function mergeSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...a, ...b].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** True when [start, end) overlaps any of the sorted, disjoint spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < end;
}

/** Index of the sentence containing offset, or -1. Sentences are sorted and disjoint. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
