/**
 * Penalty durations and life sentences. Penalties themselves come from the gazetteer
 * (rules/penalties.yaml) with no duration; this finder extends such a draft over a length
 * stated next to it ("two months of labor training", "15 years in a kyohwaso", "reform
 * through labor for 10 years"), keeping its canonical and canonicalId so the longer draft
 * wins in normalize. Life terms ("life-term reform through labor", "hard labor for life") keep
 * the kind of the penalty they extend, with `life: true`; a bare "life sentence", "sentenced to
 * life", "life imprisonment" and "life in prison" are imprisonment (the kind the words name, or
 * none: docs/annotation.md, adjudications 2 and 5). Ranges ("5 to 10 years") state
 * no single duration and leave the penalty as it is; a maximum ("imprisonment for no more than 10
 * years", a law's wording) states the term. A term "in prison" or "in jail" ("10 years
 * in prison", "several years in jail") is the gazetteer's imprisonment entry, with its duration
 * when a number states it: "prison" alone names no penalty ("prison guards"), the term does.
 * A term in a "labor camp" ("three years in a labor camp", "labor camps for three to five
 * years") is the press's word for either camp: a year or more is reform through labor (its
 * terms run from one to fifteen years), less is labor training; "labor camp" alone stays no
 * penalty (docs/annotation.md), since the press uses it for every kind of camp.
 */
import { NUMBER_SOURCE, followingWord, followsRangeStart, inAmount, matchAt, matchEndingAt, parseNumber } from '../normalize/numbers.js';
import { DURATION_UNIT_SOURCE, isoDuration } from '../normalize/penalty.js';
import type { CompiledRules } from '../rules/compile.js';
import type { GazetteerEntry } from '../rules/schema.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import type { PenaltyKind } from '../types.js';
import { overlapsAny } from '../stages/doc.js';
import { OPTIONAL_WORD_GAP, WORD_GAP } from '../text/space.js';

type PenaltyDraft = Extract<Draft, { type: 'PENALTY' }>;

const SP = WORD_GAP;
const LENGTH = `(${NUMBER_SOURCE}|an?)(?:${SP}|-)(${DURATION_UNIT_SOURCE})(${SP}and${SP}a${SP}half)?`;
// Sticky patterns, read from a gazetteer penalty's start backwards or from its end forwards.
/** "two months of", "15 years in a", "three years at a", "10 years with", "a 10-year sentence of", "six months' ", right before the penalty. */
const LENGTH_BEFORE = new RegExp(
  `(?<![\\w.,])${LENGTH}'?(?:-long)?(?:${SP}(?:prison${SP})?(?:sentence|term))?(?:${SP}(?:of|in|at|with)(?:${SP}(?:a|an|the))?)?${OPTIONAL_WORD_GAP}["']?$`,
  'iy',
);
/** "for 10 years", "of three years", "sentence of six months", right after the penalty. */
const LENGTH_AFTER = new RegExp(`["']?(?:${SP}(?:camp|center|centre|facility|sentence|term))?,?${SP}(?:of|for)${SP}(?:(?:up${SP}to|no${SP}more${SP}than|not${SP}more${SP}than|a${SP}maximum${SP}of|at${SP}most|more${SP}than|over|about|around|nearly|almost)${SP})?${LENGTH}\\b`, 'iy');
const LIFE_BEFORE = new RegExp(`(?<![\\w-])(?:life|lifelong|life-long|(?:life|unlimited|indefinite)[ -]term)(?:${WORD_GAP}(?:sentence|term)${WORD_GAP}(?:of|in)(?:${WORD_GAP}(?:a|an|the))?)?[ \\t-]+["']?$`, 'iy');
const LIFE_AFTER = new RegExp(`["']?(?:${WORD_GAP}(?:sentence|term))?${WORD_GAP}for${WORD_GAP}life\\b`, 'iy');
/** "life imprisonment", "life in prison", "a life sentence", "jailed for life"; "sentenced to life" (the span is "life"). */
const LIFE_SENTENCE = new RegExp(`\\blife${WORD_GAP}(?:imprisonment|in${WORD_GAP}prison|sentences?|terms?)\\b|\\bjailed${WORD_GAP}for${WORD_GAP}life\\b|\\bsentenced${WORD_GAP}to${WORD_GAP}(life)\\b(?!${WORD_GAP}(?:imprisonment|in${WORD_GAP}prison|sentences?|terms?)\\b)`, 'gi');
/** "10 years in prison", "several years in a jail", "years in prison", "six years behind bars": a term served in a prison; group 1-3 are LENGTH's. */
/** "jailed for three years", "jailed 10 years" (not "jailed two years ago"): a bare "jailed" is custody, not a penalty (docs/annotation.md, adjudication 5); a term makes it a sentence. Groups 1-3 are LENGTH's. */
const JAILED_TERM = new RegExp(`\\bjailed${SP}(?:for${SP}(?:(?:up${SP}to|at${SP}least)${SP})?)?${LENGTH}\\b(?!${SP}(?:ago|earlier|later)\\b)`, 'gi');
const PRISON_TERM = new RegExp(`(?<![\\w.,])(?:${LENGTH}|(?:(?:several|many|a${SP}few)${SP})?(?:${DURATION_UNIT_SOURCE}))${SP}(?:in${SP}(?:(?:a|the)${SP})?(?:prison|jail)|behind${SP}bars)\\b`, 'gi');
/** "three years in a labor camp": groups 1-3 are LENGTH's. */
const LABOR_CAMP_TERM_BEFORE = new RegExp(`(?<![\\w.,])${LENGTH}${SP}(?:in|at)${SP}(?:(?:a|the)${SP})?labou?r${SP}camps?\\b`, 'gi');
/** "labor camps for five years", "a labor camp for three to five years": groups 1-3 LENGTH's, or a range. */
const LABOR_CAMP_TERM_AFTER = new RegExp(`\\blabou?r${SP}camps?${SP}for${SP}(?:${LENGTH}|(?:${NUMBER_SOURCE})${SP}(?:to|or)${SP}(?:${NUMBER_SOURCE})${SP}(?:${DURATION_UNIT_SOURCE}))\\b`, 'gi');
/**
 * A verb of sentencing right before a term: "sentenced to", "sentenced the pair to", "faces up
 * to", "got 10-" (the start of a range).
 */
const SENTENCING_BEFORE = `(?<=(?:\\b(?:sentenced|sentences?|condemned)(?:${SP}[A-Za-z'’-]+){0,4}?${SP}to|\\b(?:given|gets?|got|faces?|faced|facing|serves?|served|serving|receiv(?:e|es|ed|ing)))${SP}(?:(?:up${SP}to|at${SP}least)${SP})?(?:\\d+${OPTIONAL_WORD_GAP}(?:-|–|to|or)${OPTIONAL_WORD_GAP})?)`;
/**
 * "sentenced to 12 years of labour", "faces up to six months of labor": a term of bare "labor"
 * is a sentence only after a verb of sentencing ("30 years of labor in the mines" is a career).
 * Groups 1-3 are LENGTH's.
 */
const SENTENCED_LABOR_TERM = new RegExp(
  `${SENTENCING_BEFORE}${LENGTH}${SP}of${SP}labou?r\\b(?!${SP}(?:camps?|training|reform|re-?education|mobili[sz]ation|units?|brigades?|cent(?:er|re)s?)\\b)`,
  'gi',
);
/** "got 10-12 years of labor camp": a term "of" a labor camp, after a verb of sentencing; groups 1-3 are LENGTH's. */
const LABOR_CAMP_TERM_OF = new RegExp(`${SENTENCING_BEFORE}${LENGTH}${SP}of${SP}(?:(?:a|the)${SP})?labou?r${SP}camps?\\b`, 'gi');
const MENTIONS_LABOR_CAMP = new RegExp(`labou?r${WORD_GAP}camp`, 'i');
/** Every "labor camp" of a text, made once: the per-article pass only resets `lastIndex`. */
const LABOR_CAMPS = new RegExp(MENTIONS_LABOR_CAMP.source, 'gi');
/**
 * A bare term after a verb of sentencing, with no penalty word after it ("sentenced to 10 to 12
 * years.", "punishable by up to 10 years", "get sentenced for one year", "serving the longest term
 * of 12 years", "may face five years and", "sentenced to 12 years there", "received three-year
 * terms"): the term restates a sentence the article names
 * elsewhere (docs/annotation.md, adjudication 2). Groups 1-3 are LENGTH's.
 */
const BARE_TERM = new RegExp(
  `(?:${SENTENCING_BEFORE}|(?<=\\b(?:punishable${SP}by|sentenced${SP}for|terms?${SP}of)${SP}(?:(?:up${SP}to|at${SP}least)${SP})?))${LENGTH}(?:${SP}(?:prison${SP})?(?:sentences|terms))?`
  + `(?=${OPTIONAL_WORD_GAP}[,.;:!?)"'\u201d\u2019]|\\s*$|${SP}(?:and|or|but|while|for|after|each|apiece)\\b|${SP}(?:there|here)${OPTIONAL_WORD_GAP}[,.;:!?])`,
  'gi',
);
/** The first number of a range and its link, right before the second ("10 to ", "10-"). */
const RANGE_START = new RegExp(`(?:${NUMBER_SOURCE})${OPTIONAL_WORD_GAP}(?:-|–|to|or)${OPTIONAL_WORD_GAP}$`, 'i');
/** Every BARE_TERM match holds a unit of time. */
const MENTIONS_TERM = /year|month/i;
/** The kinds a term is served in. */
const TERM_KINDS: ReadonlySet<PenaltyKind> = new Set(['reform_through_labor', 'labor_training', 'imprisonment']);
const MENTIONS_LABOR = /labou?r/i;
/** Every PRISON_TERM and JAILED_TERM match holds one of the words; the cheap test first. */
const MENTIONS_PRISON = /prison|jail|behind bars/i;
/** Every LIFE_SENTENCE match holds the word: most articles lack it, and this test is several times cheaper than the pattern. */
const MENTIONS_LIFE = /life/i;
/** How far before a penalty its length or life term may start, in characters and in words. */
const NEAR = 60;
const LENGTH_WORDS = 10;
const UNIT_WORDS = ['year', 'month', 'week', 'day'];
/** The words a length before a penalty can contain besides numbers: "years of", "month sentence in a". */
const LENGTH_LINK_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.flatMap((u) => [u, `${u}s`]), 'of', 'in', 'at', 'with', 'the', 'sentence', 'term', 'prison', 'long',
]);
const inLength = (word: string) => inAmount(word) || LENGTH_LINK_WORDS.has(word);
/** The word right after a penalty that can lead to its length: "for 10 years", "camp for six months". */
const AFTER_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'camp', 'center', 'centre', 'facility', 'sentence', 'term']);

const entriesOfKind = new WeakMap<CompiledRules, Map<PenaltyKind, GazetteerEntry | null>>();

/** The first gazetteer penalty of a kind. */
function entryOfKind(rules: CompiledRules, kind: PenaltyKind): GazetteerEntry | null {
  let byKind = entriesOfKind.get(rules);
  if (byKind === undefined) {
    byKind = new Map();
    entriesOfKind.set(rules, byKind);
  }
  let e = byKind.get(kind);
  if (e === undefined) {
    e = [...rules.entries.values()].find((x) => x.type === 'PENALTY' && x.kind === kind) ?? null;
    byKind.set(kind, e);
  }
  return e;
}

/** ISO duration of a LENGTH match's groups (number, unit, "and a half"). */
function durationOf(number: string, unit: string, andAHalf: string | undefined): string | null {
  const n = /^an?$/i.test(number) ? 1 : parseNumber(number);
  return n === null ? null : isoDuration(n + (andAHalf ? 0.5 : 0), unit);
}

function extend(doc: WorkingDoc, p: PenaltyDraft, start: number, end: number, duration: string): PenaltyDraft {
  return { ...p, text: doc.text.slice(start, end), start, end, rule: 'pattern:penalty-duration', norm: { kind: p.norm.kind, status: null, duration } };
}

/**
 * A life sentence over [start, end): the kind of the penalty it extends where the text names one
 * ("life-term reform through labor", "hard labor for life"), else imprisonment, as a bare "life
 * sentence" or "life in prison" names a custodial sentence and no kind (docs/annotation.md,
 * adjudications 2 and 5); without an imprisonment entry in the rules, an unresolved one.
 */
function lifeDraft(doc: WorkingDoc, rules: CompiledRules, p: PenaltyDraft | undefined, start: number, end: number): PenaltyDraft {
  const entry = p ? null : entryOfKind(rules, 'imprisonment');
  const [canonical, canonicalId, kind]: [string, string | null, PenaltyKind] = p
    ? [p.canonical, p.canonicalId, p.norm.kind]
    : entry ? [entry.canonical, entry.id, 'imprisonment'] : ['life imprisonment', null, 'imprisonment'];
  return {
    type: 'PENALTY', text: doc.text.slice(start, end), start, end, canonical, canonicalId,
    rule: 'pattern:penalty-life', norm: { kind, status: null, duration: null, life: true },
  };
}

/** A length or life term stated next to a gazetteer penalty. */
function extendPenalty(doc: WorkingDoc, rules: CompiledRules, p: PenaltyDraft): PenaltyDraft | null {
  // a death sentence has no term: a length beside it dates something else ("in the last 10 years executions have ...")
  if (p.norm.kind === 'death_penalty') return null;
  const text = doc.folded;
  // cheap tests first: a unit of time or a life word near the penalty, a linking word after it
  const near = text.slice(Math.max(0, p.start - NEAR), p.start).toLowerCase();
  const hasUnit = UNIT_WORDS.some((u) => near.includes(u));
  const next = followingWord(text, p.end)?.word ?? '';
  const b = hasUnit ? matchEndingAt(LENGTH_BEFORE, text, p.start, LENGTH_WORDS, inLength) : null;
  if (b && !followsRangeStart(text, b.index)) {
    const duration = durationOf(b[1]!, b[2]!, b[3]);
    if (duration) return extend(doc, p, b.index, p.end, duration);
  }
  const linked = AFTER_WORDS.has(next);
  const a = linked ? matchAt(LENGTH_AFTER, text, p.end) : null;
  if (a) {
    const duration = durationOf(a[1]!, a[2]!, a[3]);
    if (duration) return extend(doc, p, p.start, p.end + a[0].length, duration);
  }
  const lb = near.includes('life') || near.includes('term') ? matchEndingAt(LIFE_BEFORE, text, p.start, 5) : null;
  if (lb) return lifeDraft(doc, rules, p, lb.index, p.end);
  const la = linked ? matchAt(LIFE_AFTER, text, p.end) : null;
  if (la) return lifeDraft(doc, rules, p, p.start, p.end + la[0].length);
  return null;
}

export function findPenalties(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const penalties = doc.drafts.filter((d): d is PenaltyDraft => d.type === 'PENALTY' && d.canonicalId !== null);
  const out: PenaltyDraft[] = [];
  for (const p of penalties) {
    const d = extendPenalty(doc, rules, p);
    if (d && !overlapsAny(doc.boilerplate, d.start, d.end)) out.push(d);
  }
  // "life imprisonment", "sentenced to life" where no penalty next to it was extended
  LIFE_SENTENCE.lastIndex = 0;
  for (let m = MENTIONS_LIFE.test(doc.folded) ? LIFE_SENTENCE.exec(doc.folded) : null; m !== null; m = LIFE_SENTENCE.exec(doc.folded)) {
    const end = m.index + m[0].length;
    const start = m[1] === undefined ? m.index : end - m[1].length;
    if (overlapsAny(doc.boilerplate, start, end) || out.some((o) => o.start < end && start < o.end)) continue;
    out.push(lifeDraft(doc, rules, penalties.find((p) => p.start >= start && p.end <= end), start, end));
  }
  // "10 years in prison", "three years in a labor camp" where no penalty there was extended
  if (MENTIONS_PRISON.test(doc.folded)) out.push(...terms(doc, rules, [PRISON_TERM, JAILED_TERM], () => 'imprisonment', 'pattern:penalty-prison-term', out));
  if (MENTIONS_LABOR_CAMP.test(doc.folded)) out.push(...terms(doc, rules, [LABOR_CAMP_TERM_BEFORE, LABOR_CAMP_TERM_AFTER, LABOR_CAMP_TERM_OF], laborCampKind, 'pattern:penalty-labor-camp-term', out));
  // penalties the gazetteer found stand: "five years of labor training" was extended above or is a penalty of its own
  const found = [...out, ...penalties];
  if (MENTIONS_LABOR.test(doc.folded)) out.push(...terms(doc, rules, [SENTENCED_LABOR_TERM], laborCampKind, 'pattern:penalty-labor-term', found));
  if (MENTIONS_TERM.test(doc.folded)) out.push(...bareTerms(doc, rules, [...out, ...penalties]));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Bare terms after a verb of sentencing (BARE_TERM), each of the kind the article gives the
 * sentence it restates: the kind of a penalty of the same duration, else of the nearest term
 * penalty or "labor camp" before it (a camp's kind by the duration), else after it; none when
 * the article names no term penalty at all.
 */
function bareTerms(doc: WorkingDoc, rules: CompiledRules, taken: readonly PenaltyDraft[]): PenaltyDraft[] {
  const text = doc.folded;
  // where the article names a term's kind: its term penalties and its labor camps
  const kinds: { at: number; kind: (duration: string | null) => PenaltyKind }[] = taken
    .filter((p) => TERM_KINDS.has(p.norm.kind))
    .map((p) => ({ at: p.start, kind: () => p.norm.kind }));
  LABOR_CAMPS.lastIndex = 0;
  for (let m = LABOR_CAMPS.exec(text); m !== null; m = LABOR_CAMPS.exec(text)) kinds.push({ at: m.index, kind: laborCampKind });
  if (kinds.length === 0) return [];
  const out: PenaltyDraft[] = [];
  BARE_TERM.lastIndex = 0;
  for (let m = BARE_TERM.exec(text); m !== null; m = BARE_TERM.exec(text)) {
    const ranged = followsRangeStart(text, m.index);
    // a range's span starts at its first number ("10 to 12 years")
    const start = ranged ? m.index - (RANGE_START.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[0].length ?? 0) : m.index;
    const end = m.index + m[0].length;
    if (overlapsAny(doc.boilerplate, start, end) || taken.some((o) => o.start < end && start < o.end)) continue;
    const duration = ranged ? null : durationOf(m[1]!, m[2]!, m[3]);
    const same = duration === null ? undefined : taken.find((p) => p.norm.duration === duration && TERM_KINDS.has(p.norm.kind));
    const before = kinds.filter((k) => k.at < start).sort((a, b) => b.at - a.at)[0];
    const after = kinds.filter((k) => k.at > end).sort((a, b) => a.at - b.at)[0];
    const kind = same?.norm.kind ?? (before ?? after)!.kind(duration);
    const entry = entryOfKind(rules, kind);
    if (entry === null) continue;
    out.push({ type: 'PENALTY', text: doc.text.slice(start, end), start, end, canonical: entry.canonical, canonicalId: entry.id, rule: 'pattern:penalty-bare-term', norm: { kind, status: null, duration } });
  }
  return out;
}

/** A labor camp's term of a year or more (or a range) is reform through labor, a shorter one labor training. */
const laborCampKind = (duration: string | null): PenaltyKind => (duration !== null && !duration.includes('Y') ? 'labor_training' : 'reform_through_labor');

/**
 * Terms the patterns find (groups 1-3 are LENGTH's) where no penalty was taken: the gazetteer
 * entry of the kind the duration gives; without such an entry in the rules, nothing.
 */
function terms(doc: WorkingDoc, rules: CompiledRules, patterns: readonly RegExp[], kindOf: (duration: string | null) => PenaltyKind, rule: string, taken: readonly PenaltyDraft[]): PenaltyDraft[] {
  const out: PenaltyDraft[] = [];
  const free = (start: number, end: number) => !taken.some((o) => o.start < end && start < o.end) && !out.some((o) => o.start < end && start < o.end);
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.folded); m !== null; m = re.exec(doc.folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(doc.boilerplate, start, end) || !free(start, end)) continue;
      // a range ("five to 10 years in prison") states no single duration
      const duration = m[1] === undefined || followsRangeStart(doc.folded, start) ? null : durationOf(m[1], m[2]!, m[3]);
      const kind = kindOf(duration);
      const entry = entryOfKind(rules, kind);
      if (entry === null) continue;
      out.push({ type: 'PENALTY', text: doc.text.slice(start, end), start, end, canonical: entry.canonical, canonicalId: entry.id, rule, norm: { kind, status: null, duration } });
    }
  }
  return out;
}
