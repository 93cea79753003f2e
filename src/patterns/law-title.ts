/**
 * Laws named by their form, not listed in rules/laws.yaml: a capitalized title ending in a
 * law's head word ("the Youth Education Guarantee Act", "the Anti-Drug Law", "the Decree on
 * Border Control", "the Cultural Language Protection Regulations"). Lower-case links inside a
 * title ("of", "on", "for", "the", "and") are part of it; a leading "The" is not. The title is
 * the canonical (canonicalId null) and the law's code, as a gazetteer named law's.
 *
 * Not laws: a title-case line (a headline capitalizes every word: "Regime Signs New Law"),
 * a name that is already another entity (the gazetteer's laws, "Ministry of Law"), and a
 * bare head word ("the Act", "Law").
 */
import { LAW_WORDS_OF, type CompiledRules } from '../rules/compile.js';
import type { GazetteerEntry } from '../rules/schema.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny } from '../stages/doc.js';
import { ENGLISH_WORDS } from '../text/english.js';
import { isTitleCaseLine } from '../text/title-case.js';

const POSSESSIVE = /^['’]s?(?=[ \t])/u;
const LEADING_POSSESSIVE = /^(\p{L}+)['’]s[ \t]+/u;
const PLURAL_POSSESSIVE = /^(?:people|women|children|men|workers)$/iu;
/** What follows a place that opens a title as its subject: the title's next word, no link ("North Korea Sanctions ... Act"). */
const PLACE_IN_TITLE = /^[ \t]+\p{Lu}/u;
const LINKS_AT_START = /^(?:[ \t]+|(?:of|on|for|the|and|against|to)(?![\p{L}]))+/u;

const WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|\d{1,4})`;
const LINK = String.raw`(?:of|on|for|the|and|against|to)`;
const HEAD = String.raw`(?:Law|Act|Decree|Regulations|Code|Ordinance)`;
/** One to six capitalized words, with links between them, then the head word; an opening quote may stand before it ("'Anti-reactionary ... Act'"), an apostrophe inside a word may not. */
const TITLE = new RegExp(String.raw`(?<![\p{L}\p{N}-]|[\p{L}\p{N}]['’])${WORD}(?:[ \t]+(?:${LINK}[ \t]+)*${WORD}){0,5}?[ \t]+${HEAD}(?![\p{L}\p{N}])`, 'gu');
/** A head word that can end a title: TITLE needs blank space before it. */
const TITLE_END = new RegExp(String.raw`(?<=[ \t])${HEAD}(?![\p{L}\p{N}])`, 'gu');
/** How far before its head word a title can begin: six words and their links fit in far less. */
const TITLE_REACH = 400;
/** A character after which TITLE cannot begin (its lookbehind). */
const INSIDE_WORD = /[\p{L}\p{N}'’-]/u;

/**
 * TITLE's matches over the text, the same as a global search, each searched only in the stretch
 * that ends at a head word: run over the whole text, the regex tries every capitalized word.
 * The lazy repetition ends a title at the first head word it can reach, so the first head word
 * after the last match is where the next match, if any, can end.
 */
function* titleMatches(text: string): Generator<{ index: number; title: string }> {
  let from = 0;
  for (const head of text.matchAll(TITLE_END)) {
    if (head.index < from) continue;
    let at = Math.max(from, head.index - TITLE_REACH);
    // a stretch starting inside a word would let the lookbehind pass where the whole text fails it
    while (at > 0 && at < head.index && INSIDE_WORD.test(text[at - 1]!)) at++;
    TITLE.lastIndex = 0;
    const m = TITLE.exec(text.slice(at, head.index + head[0].length));
    if (m === null) continue;
    yield { index: at + m.index, title: m[0] };
    from = at + m.index + m[0].length;
  }
}

/**
 * A head word first, then "on" and the subject: "Decree on Border Control", "Act on the
 * Protection of Songs"; the state may stand between ("Law of the DPRK on the Prevention of ...").
 * A capitalised subject makes a title of a lower-case "law", "decree" or "ordinance" too ("the
 * law on Emergency Quarantine"); its canonical is capitalised.
 */
const HEAD_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${HEAD}|law|decree|ordinance)([ \t]+of[ \t]+the[ \t]+(?:DPRK|Democratic[ \t]+People['’]s[ \t]+Republic[ \t]+of[ \t]+Korea))?[ \t]+on[ \t]+(?:the[ \t]+)?${WORD}(?:[ \t]+(?:${LINK}[ \t]+)*${WORD}){0,5}(?![\p{L}\p{N}])`, 'uy');
/** Where a head-first title can begin: tried first, so HEAD_FIRST's lookbehind runs only there. */
const HEAD_FIRST_START = new RegExp(String.raw`${HEAD}|law|decree|ordinance`, 'g');

/** HEAD_FIRST's matches over the text, the same as a global search. */
function* headFirstMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const candidate of text.matchAll(HEAD_FIRST_START)) {
    if (candidate.index < from) continue;
    HEAD_FIRST.lastIndex = candidate.index;
    const m = HEAD_FIRST.exec(text);
    if (m === null) continue;
    yield m;
    from = m.index + m[0].length;
  }
}
/** A day or month after "on" is when, not what ("the law on Monday"). */
const CALENDAR_SUBJECT = /[ \t]on[ \t]+(?:the[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/u;
/** A decree, order or directive cited by its quoted title: the decree "On Eradicating ...". */
const QUOTED_TITLE = /\b(?:decree|order|directive|instruction|edict)s?,?[ \t]+(?:(?:titled|entitled|called|named|known[ \t]+as)[ \t]+)?["“](On[ \t]+\p{Lu}[^"”\n]{2,150}?)[,.]?["”]/giu;
/** What every quoted title holds: texts without it skip QUOTED_TITLE, which tries every word. */
const QUOTED_TITLE_OPENING = /["“]on[ \t]/i;
/** Words that open a title which is not a law's: determiners, sentence openers, and the article a citation names ("Article 29 of the ... Law"). */
const LEAD = /^(?:(?:The|A|An|This|That|These|Its|Their|His|Her|New|Under|In|By|Both)[ \t]+|Articles?[ \t]+\d{1,4}(?:[ \t]*(?:,|and|or)[ \t]*\d{1,4})*[ \t]+of[ \t]+(?:the[ \t]+)?)+/u;
/** The rule of a title that holds the state's name ("Law of the DPRK on ..."): normalize lets it win over the place. */
export const CONTAINING_LAW_RULE = 'pattern:law-title-containing';

function lawDraft(doc: WorkingDoc, start: number, end: number, canonical = doc.text.slice(start, end), rule = 'pattern:law-title', known: GazetteerEntry | null = null): Draft {
  if (known?.type === 'LAW') {
    return { type: 'LAW', text: doc.text.slice(start, end), start, end, canonical: known.canonical, canonicalId: known.id, rule: KNOWN_LAW_RULE, norm: { code: known.code ?? known.canonical, article: null, title: null } };
  }
  return { type: 'LAW', text: doc.text.slice(start, end), start, end, canonical, canonicalId: null, rule, norm: { code: canonical, article: null, title: null } };
}

/** The rule of a title that the words of a listed law identify (rules/law-words.yaml). */
const KNOWN_LAW_RULE = 'pattern:law-title-known';
/** The words of a title, in lower case, a hyphenated word by its parts ("anti-reactionary"). */
const titleWords = (title: string): Set<string> => new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''));

/** Each listed law's groups of words (`law-words-of-<id>`), read once per compiled rules. */
const lawWordsCache = new WeakMap<CompiledRules, { entry: GazetteerEntry; groups: Set<string>[] }[]>();
function lawWordsOf(rules: CompiledRules): { entry: GazetteerEntry; groups: Set<string>[] }[] {
  let out = lawWordsCache.get(rules);
  if (out) return out;
  out = [];
  for (const [id, items] of rules.lexicon) {
    const entry = id.startsWith(LAW_WORDS_OF) ? rules.entries.get(id.slice(LAW_WORDS_OF.length)) : undefined;
    if (entry) out.push({ entry, groups: [...items].map((item) => new Set(item.split(/\s+/))) });
  }
  lawWordsCache.set(rules, out);
  return out;
}

/**
 * The listed law whose words a title holds, one of each group ("Reactionary Thought Rejection
 * Law" → Law on Rejecting Reactionary Ideology and Culture); none when two laws' words fit.
 */
function knownLaw(title: string, rules: CompiledRules): GazetteerEntry | null {
  const words = titleWords(title);
  const listed = lawWordsOf(rules);
  // a name of its own in the title ("Tanbong", "Hamhung") makes another law
  if ([...words].some((w) => !ENGLISH_WORDS.has(w) && !/^\d+$/.test(w) && !listed.some(({ groups }) => groups.some((g) => g.has(w))))) return null;
  const fits = listed.filter(({ groups }) => groups.every((g) => [...g].some((w) => words.has(w))));
  return fits.length === 1 ? fits[0]!.entry : null;
}

/** A lower-case law named by its subject: "the law on reactionary thought", "the youth upbringing act". */
const LOWER_HEAD = /(?<![\p{L}\p{N}'’-])(?:law|act)(?![\p{L}\p{N}'’-])/gu;
/** The lower-case words right before a head word ("the new youth upbringing law"): at most five. */
const WORDS_BEFORE = /(?:(?<![\p{L}'’-])[\p{Ll}][\p{Ll}-]*[ \t]+){1,5}$/u;
/** A subject after the head word ("law on reactionary thought", "law against reactionary culture"): at most five words. */
const WORDS_AFTER = /^[ \t]+(?:on|against|rejecting|banning|to[ \t]+reject)(?:[ \t]+(?:the[ \t]+)?[\p{Ll}][\p{Ll}-]*){1,5}/u;

/**
 * Lower-case paraphrases of the listed laws: a "law" or "act" with the words of one of them
 * right before it or in the subject after it. The span runs from the first word that belongs to
 * the law's words (the adjectives before it describe) to the head, or from the head to the last
 * such word.
 */
function lowerCaseKnownLaws(doc: WorkingDoc, rules: CompiledRules, taken: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  if (lawWordsOf(rules).length === 0) return out;
  const free = (start: number, end: number) => !taken.some((d) => d.start < end && start < d.end) && !out.some((d) => d.start < end && start < d.end) && !overlapsAny(doc.boilerplate, start, end);
  for (const head of doc.text.matchAll(LOWER_HEAD)) {
    const headEnd = head.index + head[0].length;
    const before = WORDS_BEFORE.exec(doc.text.slice(Math.max(0, head.index - 120), head.index));
    if (before) {
      const law = knownLaw(before[0], rules);
      if (law) {
        const listed = lawWordsOf(rules).find((l) => l.entry === law)!;
        const words = [...before[0].matchAll(/[\p{Ll}][\p{Ll}-]*/gu)];
        const from = words.find((w) => titleWords(w[0]).size > 0 && [...titleWords(w[0])].some((x) => listed.groups.some((g) => g.has(x))));
        const start = head.index - before[0].length + from!.index;
        if (free(start, headEnd)) out.push(lawDraft(doc, start, headEnd, undefined, undefined, law));
        continue;
      }
    }
    const after = WORDS_AFTER.exec(doc.text.slice(headEnd, headEnd + 120));
    if (after) {
      const law = knownLaw(after[0], rules);
      if (!law) continue;
      const listed = lawWordsOf(rules).find((l) => l.entry === law)!;
      const words = [...after[0].matchAll(/[\p{Ll}][\p{Ll}-]*/gu)];
      const last = words.filter((w) => [...titleWords(w[0])].some((x) => listed.groups.some((g) => g.has(x)))).pop()!;
      const end = headEnd + last.index + last[0].length;
      if (free(head.index, end)) out.push(lawDraft(doc, head.index, end, undefined, undefined, law));
    }
  }
  return out;
}

export function findLawTitles(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const out: Draft[] = [];
  // an offence word inside a title is part of it ("Anti-Smuggling Law"); normalize drops it
  const names = doc.drafts.filter((d) => d.type !== 'CRIME');
  for (const m of QUOTED_TITLE_OPENING.test(doc.text) ? doc.text.matchAll(QUOTED_TITLE) : []) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (names.some((d) => d.start < end && start < d.end && d.type === 'LAW') || overlapsAny(doc.boilerplate, start, end)) continue;
    out.push(lawDraft(doc, start, end));
  }
  for (const m of headFirstMatches(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const state = m[1] === undefined ? null : { start: start + m[0].indexOf(m[1]), end: start + m[0].indexOf(m[1]) + m[1].length };
    // the state's name inside the title is part of it; any other entity there is not
    const inTitle = names.filter((d) => d.start < end && start < d.end && !(state && state.start <= d.start && d.end <= state.end));
    // the law's name without the state: "Law on the Prevention of ..."
    const written = state ? doc.text.slice(start, state.start) + doc.text.slice(state.end, end) : doc.text.slice(start, end);
    // a place in a listed law's title is part of it ("the Law on Protecting the Pyongyang Dialect")
    const known = knownLaw(written, rules);
    const ownPlaces = known !== null && inTitle.every((d) => d.type === 'PLACE' && d.start >= start && d.end <= end);
    if (isTitleCaseLine(doc.text, start) || inTitle.length > 0 && !ownPlaces || CALENDAR_SUBJECT.test(m[0]) || out.some((o) => o.start < end && start < o.end) || overlapsAny(doc.boilerplate, start, end)) continue;
    const canonical = written.charAt(0).toUpperCase() + written.slice(1).replace(/\s+/g, ' ');
    out.push(lawDraft(doc, start, end, canonical, state ? CONTAINING_LAW_RULE : 'pattern:law-title', known));
  }
  for (const m of titleMatches(doc.text)) {
    const end = m.index + m.title.length;
    let start = m.index + (LEAD.exec(m.title)?.[0].length ?? 0);
    // another entity opening the match ("Pyongyang and the Anti-Drug Law") is not part of the title
    const before = names.filter((d) => d.start < end && start < d.end);
    if (before.some((d) => d.end >= end - 1)) continue;
    // but a place or a body right before the title's words names its subject: "the North Korea
    // Sanctions and Policy Enhancement Act", "the People's Security Enforcement Law"
    const subject = before.length === 1 && (before[0]!.type === 'PLACE' || before[0]!.type === 'ORG') && before[0]!.start === start && PLACE_IN_TITLE.test(doc.text.slice(before[0]!.end, end));
    if (subject) {
      if (!out.some((o) => o.start < end && start < o.end) && !isTitleCaseLine(doc.text, start) && !overlapsAny(doc.boilerplate, start, end)) out.push(lawDraft(doc, start, end, undefined, CONTAINING_LAW_RULE, knownLaw(doc.text.slice(start, end), rules)));
      continue;
    }
    // after another state's possessive the title is that state's law, none the gazetteer lists for the North
    const foreign = before.some((d) => d.type === 'PLACE' && d.norm.country !== 'KP');
    if (before.length > 0) {
      start = Math.max(...before.map((d) => d.end));
      // another state's law after its possessive: "China's Exit and Entry Administration Law"
      start += POSSESSIVE.exec(doc.text.slice(start, end))?.[0].length ?? 0;
      start += LINKS_AT_START.exec(doc.text.slice(start, end))?.[0].length ?? 0;
      start += LEAD.exec(doc.text.slice(start, end))?.[0].length ?? 0;
    }
    // a possessive name opens no title ("Kim's Act of ..."), but a plural noun's is part of one ("People's Security Law")
    const owner = LEADING_POSSESSIVE.exec(doc.text.slice(start, end));
    if (owner && !PLURAL_POSSESSIVE.test(owner[1]!)) start += owner[0].length;
    const title = doc.text.slice(start, end);
    if (out.some((o) => o.start < end && start < o.end)) continue;
    if (!/^\p{Lu}/u.test(title) || !/[ \t]/.test(title)) continue;
    if (isTitleCaseLine(doc.text, start) || overlapsAny(doc.boilerplate, start, end)) continue;
    out.push(lawDraft(doc, start, end, undefined, undefined, foreign ? null : knownLaw(title, rules)));
  }
  return [...out, ...lowerCaseKnownLaws(doc, rules, [...names, ...out])];
}
