/**
 * Cited code articles, each its own LAW entity: "Article 208 of the criminal code", "Article
 * 208 (drug smuggling and sales)", "Criminal Law Article 60", and every number of a list,
 * "Articles 206 and 208", "Articles 206, 207 and 208". The abbreviation "Art." is not read:
 * the sentence splitter ends a sentence at its dot.
 *
 * Spans (docs/annotation.md): the first number with its keyword ("Article 208", "Articles
 * 206"), each further number of a list alone ("208"); a law's name written right before the
 * keyword belongs to the span ("Criminal Law Article 60"); a parenthesised title and an "of
 * the criminal code" tail do not. A law name that is part of a citation, before or after, is
 * not an entity of its own: its gazetteer draft is withdrawn.
 *
 * The law an article belongs to, in order:
 * 1. a named law right after it ("of the criminal code", "of North Korea's criminal code",
 *    "in the Criminal Law") or right before it ("Criminal Law Article 60", "the penal code's
 *    Article 221"); an article "of" anything else is not extracted ("Article 5 of the UN
 *    Charter"), unless that is a back reference ("of the same law", "of the code");
 * 2. the named law nearest to it in its sentence, a preceding one first;
 * 3. the Criminal Code, when the paragraph names it or the back reference is to "the code";
 * 4. the Criminal Code, for an article cited bare (no "of ..." after it) in a sentence that
 *    states an offence or a penalty ("... punishable by death (Article 208)"), when every
 *    number cited is an article of the Criminal Code in rules/laws.yaml, or the article names
 *    no law but the Criminal Code;
 * 5. for "of the law" or "of the act" with no law named in its sentence, the law the article
 *    named last before it ("... the law against reactionary thought ... Article 27 of the law").
 * Otherwise the article is not extracted. Named laws are the gazetteer's LAW drafts without
 * an article number (rules/laws.yaml).
 *
 * canonical "Criminal Code Article 208" and norm.article as cited; canonicalId the rules
 * entry with that code whose number in force in the year of publication is the one cited
 * (its `revisions`; with no date, its current number), else null; norm.title the entry's, else
 * the parenthesised one.
 */
import type { CompiledRules } from '../rules/compile.js';
import type { LawEntry } from '../rules/schema.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny, sentenceAt } from '../stages/doc.js';

type LawDraft = Extract<Draft, { type: 'LAW' }>;
interface Item {
  article: number;
  start: number;
  end: number;
  title: string | null;
}
/** The law a citation belongs to, and the named law's draft when it is written as part of the citation. */
interface Attachment {
  code: string;
  before: LawDraft | null;
  after: LawDraft | null;
}

const CRIMINAL_CODE = 'Criminal Code';
const KEYWORD = /\b(Articles?)[ \t]+(?=\d)/gi;
const NUMBER = /(\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/uy;
const TITLE = /[ \t]*\(([^()\n]*\p{L}[^()\n]*)\)/uy;
const NEXT_ITEM = /(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*&[ \t]*)(?=\d)/iy;
const OF = /[ \t]+(?:of|in)[ \t]+/iy;
/** What may stand between "of" and the law's name: "the", "North Korea's", "its revised". */
const LEAD_IN = /^(?:[\p{L}\p{N}'.-]+[ \t]+){0,4}$/u;
const LEAD_IN_MAX = 48;
const BACK_REFERENCE = /^(?:(?:the|this|that|same|said|above|relevant|its)[ \t]+)*(code|law|act)\b/i;
/** Between a law's name and a following "Article": "Criminal Law Article 60", "the code's Article 208". */
const NAME_BEFORE = /^(?:'s)?[ \t]*$/;

const indexes = new WeakMap<CompiledRules, ReadonlyMap<string, readonly LawEntry[]>>();

/** Rules entries with an article number, by code. */
function articleIndex(rules: CompiledRules): ReadonlyMap<string, readonly LawEntry[]> {
  let index = indexes.get(rules);
  if (!index) {
    const byCode = new Map<string, LawEntry[]>();
    for (const e of rules.entries.values()) {
      if (e.type !== 'LAW' || e.article === null) continue;
      const list = byCode.get(e.code) ?? [];
      list.push(e);
      byCode.set(e.code, list);
    }
    indexes.set(rules, (index = byCode));
  }
  return index;
}

/** The article's number in the code in force in `year`; its current number when the year is unknown. */
function numberInForce(e: LawEntry, year: number | null): number | null {
  if (year === null || e.revisions.length === 0) return e.article;
  let inForce: LawEntry['revisions'][number] | null = null;
  for (const r of e.revisions) if (r.year <= year && (inForce === null || r.year > inForce.year)) inForce = r;
  return inForce === null ? null : inForce.article;
}

/** The numbers and titles of the list after a keyword, and where the list ends. */
function readItems(text: string, keywordStart: number, numbersStart: number): { items: Item[]; end: number } {
  const items: Item[] = [];
  let pos = numbersStart;
  let end = numbersStart;
  for (;;) {
    NUMBER.lastIndex = pos;
    const n = NUMBER.exec(text);
    if (!n || Number(n[1]) === 0) break;
    const numberEnd = pos + n[0].length;
    TITLE.lastIndex = numberEnd;
    const t = TITLE.exec(text);
    end = t ? numberEnd + t[0].length : numberEnd;
    items.push({ article: Number(n[1]), start: items.length === 0 ? keywordStart : pos, end: numberEnd, title: t ? t[1]!.trim() : null });
    NEXT_ITEM.lastIndex = end;
    const next = NEXT_ITEM.exec(text);
    if (!next) break;
    pos = end + next[0].length;
  }
  return { items, end };
}

/** The law a citation belongs to, or null when it is not a code article we extract. */
function attach(doc: WorkingDoc, laws: readonly LawDraft[], keywordStart: number, listEnd: number, inCriminalCode: () => boolean): Attachment | null {
  const text = doc.folded;
  let backReference: string | null = null;
  OF.lastIndex = listEnd;
  const of = OF.exec(text);
  if (of) {
    const leadStart = listEnd + of[0].length;
    const after = laws.find((l) => l.start >= leadStart && l.start - leadStart <= LEAD_IN_MAX && LEAD_IN.test(text.slice(leadStart, l.start)));
    if (after) return { code: after.norm.code!, before: null, after };
    const back = BACK_REFERENCE.exec(text.slice(leadStart, leadStart + LEAD_IN_MAX));
    if (!back) return null;
    backReference = back[1]!.toLowerCase();
  }
  const before = laws.find((l) => l.end <= keywordStart && NAME_BEFORE.test(text.slice(l.end, keywordStart)));
  if (before) return { code: before.norm.code!, before, after: null };
  const inSentence = nearestInSentence(doc, laws, keywordStart, listEnd);
  if (inSentence) return { code: inSentence.norm.code!, before: null, after: null };
  // "Article 27 of the law": the law the article named last before it
  if (backReference === 'law' || backReference === 'act') {
    const named = laws.filter((l) => l.end <= keywordStart).pop();
    if (named) return { code: named.norm.code!, before: null, after: null };
  }
  const lineStart = text.lastIndexOf('\n', keywordStart) + 1;
  const newline = text.indexOf('\n', keywordStart);
  const lineEnd = newline === -1 ? text.length : newline;
  const inParagraph = laws.some((l) => l.norm.code === CRIMINAL_CODE && l.start >= lineStart && l.end <= lineEnd);
  if (inParagraph || backReference === 'code') return { code: CRIMINAL_CODE, before: null, after: null };
  // a bare citation in a sentence about an offence or a penalty: the Criminal Code's, when the
  // rules list it there or the article names no law but the Criminal Code
  const onlyCriminalCode = laws.length > 0 && laws.every((l) => l.norm.code === CRIMINAL_CODE);
  return !of && inLegalSentence(doc, keywordStart) && (inCriminalCode() || onlyCriminalCode) ? { code: CRIMINAL_CODE, before: null, after: null } : null;
}

/** The sentence at `offset` states an offence or a penalty: a code article cited there is the Criminal Code's. */
function inLegalSentence(doc: WorkingDoc, offset: number): boolean {
  const s = sentenceAt(doc.sentences, offset);
  if (s === -1) return false;
  const { start, end } = doc.sentences[s]!;
  return doc.drafts.some((d) => (d.type === 'PENALTY' || d.type === 'CRIME') && d.start >= start && d.end <= end);
}

/** The named law of the citation's sentence: the nearest preceding one, else the nearest following. */
function nearestInSentence(doc: WorkingDoc, laws: readonly LawDraft[], keywordStart: number, listEnd: number): LawDraft | null {
  const s = sentenceAt(doc.sentences, keywordStart);
  if (s === -1) return null;
  const sentence = doc.sentences[s]!;
  let preceding: LawDraft | null = null;
  let following: LawDraft | null = null;
  for (const l of laws) {
    if (l.start < sentence.start || l.end > sentence.end) continue;
    if (l.end <= keywordStart) preceding = l;
    else if (l.start >= listEnd && following === null) following = l;
  }
  return preceding ?? following;
}

export function findLawArticles(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const laws = doc.drafts
    .filter((d): d is LawDraft => d.type === 'LAW' && d.norm.article === null && d.norm.code !== null)
    .sort((a, b) => a.start - b.start);
  const index = articleIndex(rules);
  const year = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const withdrawn = new Set<Draft>();
  const out: Draft[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(doc.folded); m !== null; m = KEYWORD.exec(doc.folded)) {
    const { items, end } = readItems(doc.folded, m.index, m.index + m[0].length);
    if (items.length === 0 || overlapsAny(doc.boilerplate, m.index, end)) continue;
    KEYWORD.lastIndex = end;
    const inCriminalCode = () => items.every((item) => index.get(CRIMINAL_CODE)?.some((e) => numberInForce(e, year) === item.article));
    const at = attach(doc, laws, m.index, end, inCriminalCode);
    if (at === null) continue;
    for (const d of [at.before, at.after]) if (d) withdrawn.add(d);
    items[0]!.start = at.before?.start ?? items[0]!.start;
    for (const item of items) {
      const entry = index.get(at.code)?.find((e) => numberInForce(e, year) === item.article) ?? null;
      out.push({
        type: 'LAW',
        text: doc.text.slice(item.start, item.end),
        start: item.start,
        end: item.end,
        canonical: `${at.code} Article ${item.article}`,
        canonicalId: entry?.id ?? null,
        rule: 'pattern:law-article',
        norm: { code: at.code, article: item.article, title: entry?.title ?? item.title },
      });
    }
  }
  // a law name that is part of a citation is not a mention of its own (docs/annotation.md)
  if (withdrawn.size > 0) doc.drafts = doc.drafts.filter((d) => !withdrawn.has(d));
  return out;
}
